import { defineRule } from '../../src/engine/index.js';
import { blocksIn, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';

// ---- what says the business sells or shares personal information ----------------------------
// The same reading of "sell" and "share" is used by ccpa/opt-out-link and ccpa/minors; rules
// may not import each other, so each keeps its own copy of these lists (keep them in step).

/**
 * "Sell" (§1798.140(ad)) as a verb with personal information as its object, active or passive:
 * "we sell your personal information", "we may sell or share identifiers", "we sell contact
 * information / purchase history", "we have sold or shared the following categories of
 * personal information", "your data may be sold".
 */
const SELL_AFFIRM: RegExp[] = [
  /\b(?:sell|sells|selling|sold)\b(?:\s{0,2}(?:,|or|and|\/|and\/or)\s{1,2}(?:share|shares|sharing|shared|rent|rents|trade|trades|license|licenses|disclose|discloses|disclosed|lease)\b)*\s{1,2}(?:(?:certain|some|all|the\s+following|your|our\s+users['’]?|such|limited|this|that|these|those)\s{1,2}){0,2}(?:categories\s+of\s+)?(?:personal(?:ly\s+identifiable)?\s+|consumers['’]\s+|[\w-]{2,20}\s{1,2})?(?:data|information|info|PII|identifiers|history|addresses|profiles|records)\b/gi,
  /\b(?:personal\s+(?:data|information)|your\s+(?:personal\s+)?(?:data|information))\s{1,2}(?:may|might|will|can|could|is|are|was|were|has\s+been|have\s+been)\s{1,2}(?:also\s+)?(?:be\s+)?(?:sold|rented\s+or\s+sold)\b/gi,
  /\b(?:may|might|could|would)\s{1,2}(?:be\s+)?(?:considered|deemed|constitute|qualify\s+as)\s{1,2}(?:as\s+)?(?:an?\s+)?["“'‘]?(?:sale|selling)\b/gi,
];

/**
 * "Share" (§1798.140(ah)): disclosure for cross-context behavioral advertising (§1798.140(k)).
 * Sharing with service providers is not "sharing"; only advertising that follows people across
 * sites, apps or services is. Targeted, behavioural and interest-based advertising name it.
 */
const CBA = String.raw`(?:cross[- ]context\s+behaviou?ral\s+advertising|(?:targeted|behaviou?ral|interest[- ]based|cross[- ](?:site|context))\s+(?:advertising|ads|advertisements|marketing))`;
const SHARE_AFFIRM: RegExp[] = [
  new RegExp(String.raw`\bshar(?:e|es|ing|ed)\b[^.;]{0,80}?\b(?:for|with|to)\b[^.;]{0,40}?${CBA}`, 'gi'),
  /\b(?:sold\s+or\s+shared|sell\s+or\s+share|sells\s+or\s+shares|selling\s+or\s+sharing)\b(?:\s{1,2}(?:your|the\s+following|certain|some|categories\s+of))?\s{1,2}(?:personal\s+)?(?:data|information|identifiers|categories)\b/gi,
  /\b(?:may|might|could|would)\s{1,2}(?:be\s+)?(?:considered|deemed|constitute|qualify\s+as)\s{1,2}(?:as\s+)?["“'‘]?(?:sharing|share)\b/gi,
  new RegExp(String.raw`\b(?:third[- ]part(?:y|ies)|advertising\s+partners|ad(?:vertising)?\s+networks|advertisers)\b[^.;]{0,80}?${CBA}`, 'gi'),
  /\bwe\s{1,2}(?:may\s+|also\s+)?(?:use|engage\s+in|serve|show|display|deliver)\s{1,2}(?:you\s+)?(?:targeted|interest[- ]based|behaviou?ral|cross[- ]context(?:\s+behaviou?ral)?)\s+(?:advertising|ads|advertisements)\b/gi,
];

/** Anything about selling, for denials: "No sale of personal data", "is never sold", "we don't sell it". */
const SELL_WORD = /\b(?:sell|sells|selling|sold|sale)\b/gi;
/** What may be sold: personal information in general. */
const PI_OBJECT = /\b(?:data|information|info|PII|identifiers|it|them)\b/i;
/** Anything about sharing for advertising, for denials: "we do not sell or share", "no targeted advertising". */
const SHARE_DENIAL_WORD = new RegExp(String.raw`\bshar(?:e|es|ing|ed)\b|${CBA}|\badvertis(?:ing|ers?|ements?)\b|\btrack(?:s|ing)?\s+(?:you|users|visitors|your\s+\w+(?:\s+activity)?)\s+(?:across|on\s+other|over\s+time\s+and\s+across)\b|\bcross[- ]site\s+tracking\b`, 'gi');

/** "Right to opt out of sale (not applicable)", "Sale of personal information: No". */
const NOT_APPLICABLE = /\b(?:sale|sell|selling|sold|sharing|shared|share)\b[^.;]{0,60}?(?:\(\s{0,2}(?:not\s+applicable|n\/a|none)\s{0,2}\)|[:?–—-]\s{0,3}(?:no|none|never|not\s+applicable|n\/a)\b\.?\s*$)/i;

/** The link title is a name, not a denial: "Do Not Sell or Share My Personal Information". */
const LINK_TITLE = /\bdo\s+not\s+(?:sell|share)(?:\s+(?:or|and|\/)\s+(?:sell|share))?\s+my\s+(?:personal\s+)?(?:information|data|info)\b/gi;
/** "Do Not Track" is the name of a browser signal, not a denial ("we do not track you" is one). */
const DNT = /\bdo\s+not\s+track\b(?=\s{0,2}(?:\(|["”'’]|signals?\b|settings?\b|requests?\b|preferences?\b|headers?\b|[.,;:]|$))/gi;

/** Words that negate what follows in the same clause (an ❌ bullet, "We do NOT:"). */
const NEGATION = /\b(?:not|never|no|none|neither|nor|without|cannot)\b|n['’]t\b|[❌✗✘🚫⛔]/iu;
/** Where a clause ends; a comma list ("sell, rent, or share") does not end it. */
const CLAUSE_END = /[.;:!?(]|,\s*(?:but|however|unless|except|although|though|while|whereas|we)\b|,\s*(?:and|or)\s+(?:we|they|it|our|you|this)\b|\b(?:but|however|unless|except|although)\b/gi;
/**
 * Hedges: a right, a condition or a definition, not a statement of practice ("the right to
 * know whether we sell", "if we sell our business", "you may direct us not to sell").
 */
const HEDGE = /\b(?:if|whether|when|where|should|unless|in\s+the\s+event|in\s+case|right|rights|opt(?:[- ]?out)?|opting|request|requests|ask|direct|directing|know|means|defin\w*|prohibit\w*|restrict\w*|limit)\b/i;

function clauseBefore(text: string, index: number, window = 70): string {
  const before = text.slice(Math.max(0, index - window), index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  return before.slice(start);
}

function clauseAfter(text: string, index: number, window = 70): string {
  const after = text.slice(index, index + window);
  const end = after.search(/[.;!?]|,\s*(?:but|although|however|we)\b/i);
  return end < 0 ? after : after.slice(0, end);
}

/** "We Do NOT:", "We will never:": a list intro that negates every item under it. */
const NEGATING_INTRO = /\b(?:do(?:es)?\s+not|don['’]t|never|will\s+not|won['’]t|shall\s+not)\s{0,2}(?:ever\s{1,2})?[:：]?\s*$/i;

function introNegates(block: Block, blocks: readonly Block[]): boolean {
  if (block.kind !== 'listItem') return false;
  for (let i = block.index - 1, n = 0; i >= 0 && n < 20; i--, n++) {
    const prev = blocks[i];
    if (!prev) return false;
    if (prev.kind === 'listItem') continue;
    return NEGATING_INTRO.test(prev.text);
  }
  return false;
}

interface Hit {
  sentence: Sentence;
  start: number;
  end: number;
}

interface SaleReading {
  sales: Hit[];
  sharings: Hit[];
  saleDenials: Hit[];
  sharingDenials: Hit[];
  /** Table cells saying yes/no under a "Sold" or "Shared" column. */
  tableSales: Hit[];
}

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/** Reads every prose sentence for what it says about selling and sharing. */
function readSales(doc: PolicyDocument): SaleReading {
  const out: SaleReading = { sales: [], sharings: [], saleDenials: [], sharingDenials: [], tableSales: [] };
  const negatingIntro = new Map<Block, boolean>();
  for (const sentence of doc.sentences) {
    const block = sentence.block;
    if (block.kind === 'code' || block.kind === 'navigation') continue;
    const text = blank(blank(sentence.text, LINK_TITLE), DNT);
    let listNegated = negatingIntro.get(block);
    if (listNegated === undefined) {
      listNegated = introNegates(block, doc.blocks) && sentence === block.sentences[0];
      negatingIntro.set(block, listNegated);
    }
    const negatedAt = (i: number): boolean => NEGATION.test(clauseBefore(text, i)) || (listNegated === true && i < 40 && !/[.;]/.test(text.slice(0, i)));
    const hedgedAt = (i: number): boolean => HEDGE.test(clauseBefore(text, i));
    // Table cells under a "Sold" / "Shared" column: "Yes" or "No".
    if (block.cell && !block.cell.header && block.cell.columnHeader && /\b(?:sold|sale|sell|shared|sharing)\b/i.test(block.cell.columnHeader)) {
      const shared = /\bshar/i.test(block.cell.columnHeader);
      const sold = /\b(?:sold|sale|sell)/i.test(block.cell.columnHeader);
      const hit = { sentence, start: 0, end: sentence.text.length };
      if (/^\s*(?:yes|✓|✔|x)\b/i.test(text)) {
        if (sold) out.sales.push(hit);
        if (shared) out.sharings.push(hit);
        out.tableSales.push(hit);
        continue;
      }
      if (/^\s*(?:no|none|never|n\/a|[-–—])\s*\.?\s*$/i.test(text)) {
        if (sold) out.saleDenials.push(hit);
        if (shared) out.sharingDenials.push(hit);
        continue;
      }
    }
    // A question and its answer in one table row: "| Do we sell your data? | No |".
    if (block.cell && !block.cell.header && /^\s*(?:no|none|never|n\/a)\s*\.?\s*$/i.test(text)) {
      const row = block.cell.table.rows[block.cell.row] ?? [];
      const question = row.filter((c) => c !== block).map((c) => c.text).join(' ');
      const hit = { sentence, start: 0, end: sentence.text.length };
      if (/\b(?:sell|sells|sold|sale)\b/i.test(question)) out.saleDenials.push(hit);
      if (/\bshar(?:e|es|ed|ing)\b/i.test(question)) out.sharingDenials.push(hit);
    }
    // Affirmations ("Sharing for targeted advertising: No" is a denial, below).
    // A question ("Do we sell your data?") states nothing; nor does an answer of no.
    const answeredNo = NOT_APPLICABLE.test(text) || /\?\s*$/.test(text);
    for (const pattern of answeredNo ? [] : SELL_AFFIRM) {
      for (const m of text.matchAll(pattern)) {
        if (negatedAt(m.index) || hedgedAt(m.index)) continue;
        out.sales.push({ sentence, start: m.index, end: m.index + m[0].length });
        if (/\bshar/i.test(m[0])) out.sharings.push({ sentence, start: m.index, end: m.index + m[0].length });
      }
    }
    for (const pattern of answeredNo ? [] : SHARE_AFFIRM) {
      for (const m of text.matchAll(pattern)) {
        if (negatedAt(m.index) || hedgedAt(m.index)) continue;
        const inner = /\bshar|\badvertis|\bads\b/i.exec(m[0]);
        const at = m.index + (inner ? inner.index : 0);
        if (inner && (negatedAt(at) || hedgedAt(at))) continue;
        out.sharings.push({ sentence, start: m.index, end: m.index + m[0].length });
        if (/\b(?:sell|sold)\b/i.test(m[0])) out.sales.push({ sentence, start: m.index, end: m.index + m[0].length });
      }
    }
    // Denials.
    if (NOT_APPLICABLE.test(text)) {
      const m = /\b(?:sale|sell|selling|sold|sharing|shared|share)\b/i.exec(text);
      if (m) {
        const hit = { sentence, start: m.index, end: m.index + m[0].length };
        if (/\b(?:sale|sell|selling|sold)\b/i.test(text)) out.saleDenials.push(hit);
        if (/\bshar/i.test(text)) out.sharingDenials.push(hit);
      }
    }
    for (const m of text.matchAll(SELL_WORD)) {
      if (!negatedAt(m.index) || hedgedAt(m.index)) continue;
      const around = clauseBefore(text, m.index, 50) + clauseAfter(text, m.index, 80);
      if (!PI_OBJECT.test(around)) continue;
      out.saleDenials.push({ sentence, start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(SHARE_DENIAL_WORD)) {
      if (!negatedAt(m.index) || hedgedAt(m.index)) continue;
      const word = m[0].toLowerCase();
      const before = clauseBefore(text, m.index);
      const after = clauseAfter(text, m.index, 100);
      if (word.startsWith('shar')) {
        // "we do not sell or share", "we neither sell nor share", "we don't share your data for advertising",
        // "we do not share your personal information with (any) third parties" — said by us, of personal information in general.
        const sellOrShare = /\b(?:sell|sold|rent|trade)\b/i.test(before) || /^\w+\s{1,2}(?:,|or|nor|and)\s{1,2}(?:sell|sold)\b/i.test(text.slice(m.index));
        const forAds = /\badvertis|\bads\b|\bmarketing\s+purposes\b/i.test(after);
        const blanket =
          /\b(?:we|i|us)\b/i.test(before) &&
          /^\w+\s{1,2}(?:(?:your|any|the|users['’]?)\s{1,2})?(?:personal\s+)?(?:data|information|info)\s{1,2}(?:with|to)\s{1,2}(?:any\s+)?(?:third\s+parties|third\s+party|anyone|others|other\s+companies|outside\s+parties)\b(?![^.;]{0,30}\b(?:except|other\s+than|unless|apart\s+from|beyond)\b)/i.test(text.slice(m.index));
        if (!sellOrShare && !forAds && !blanket) continue;
      } else if (word.startsWith('advertis')) {
        // "We do not use your data for advertising", "no advertising cookies" — not "we do not host advertising".
        if (!/\b(?:data|information|cookies?|trackers?|tracking|identifiers|profil\w*|metrics)\b/i.test(before + after)) continue;
      }
      out.sharingDenials.push({ sentence, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

// ---- what names the categories -------------------------------------------------------------

/** Categories of personal information (§1798.140(v)(1)) and the usual concrete kinds. */
const PI_CATEGORY =
  /\bidentifiers?\b|\b(?:e-?mail|IP|postal|home)\s+address(?:es)?\b|\b(?:device|cookie|advertising|mobile\s+ad(?:vertising)?|online)\s+(?:ids?|identifiers)\b|\binternet\s+(?:or\s+other\s+(?:electronic\s+)?network\s+)?activity\b|\bbrowsing\s+(?:history|activity|data|behaviou?r)\b|\bgeolocation\b|\blocation\s+data\b|\bcommercial\s+information\b|\bpurchase\s+(?:history|information)\b|\binferences?\b|\bdemographic\s+(?:data|information)\b|\bcontact\s+(?:data|information|details)\b|\bprofessional\s+or\s+employment\b|\bbiometric\b|\baudio,?\s+(?:electronic|visual)\b|\bsensitive\s+personal\s+information\b/i;
/** Categories of third parties (11 CCR §7001: "types or groupings of third parties"). */
const THIRD_PARTY_CATEGORY =
  /\badvertis(?:ers|ing\s+(?:partners|networks|companies|providers|platforms|technology\s+(?:companies|providers)))\b|\bad(?:[- ]tech|\s+tech(?:nology)?|\s+networks?|\s+partners|\s+exchanges?)\b|\bdata\s+(?:brokers?|resellers?|aggregators?)\b|\bmarketing\s+(?:partners|companies|providers)\b|\banalytics\s+(?:providers|partners|companies)\b|\bsocial\s+(?:media\s+)?(?:networks|platforms|media\s+companies)\b|\bbusiness\s+partners\b|\baffiliates\b|\bjoint\s+marketing\s+partners\b|\bGoogle\b|\bMeta\b|\bFacebook\b|\bTikTok\b|\bLinkedIn\b|\bCriteo\b|\bThe\s+Trade\s+Desk\b/i;

/** Where the categories of a sale are told: its section (with sub-sections), or its table. */
function scopeText(doc: PolicyDocument, block: Block): string {
  if (block.cell) return block.cell.table.rows.map((row) => row.map((c) => c.text).join(' \u0000 ')).join('\n');
  const section = block.section;
  if (section.level > 0) return blocksIn(section).map((b) => b.text).join('\n');
  return doc.blocks.slice(block.index, block.index + 8).map((b) => b.text).join('\n');
}

/** Sections a reader consults for the sale disclosure. */
const SALE_HEADING = /\b(?:sell|sale|sold|shar(?:e|es|ing)|disclos\w*|california|ccpa|cpra|(?:your|privacy)\s+(?:privacy\s+)?(?:rights|choices))\b/i;
const CALIFORNIA = /\b(?:california|ccpa|cpra)\b/i;

/** In a "California" / "CCPA" section, or in a list under a line that names the law. */
function inCaliforniaSection(doc: PolicyDocument, block: Block): boolean {
  for (let s: Block['section'] | null = block.section; s; s = s.parent) if (s.level > 0 && CALIFORNIA.test(s.title)) return true;
  for (let i = block.index - 1; i >= 0 && i >= block.index - 6; i--) {
    const prev = doc.blocks[i];
    if (prev && prev.kind !== 'listItem') return CALIFORNIA.test(prev.text);
  }
  return false;
}

const rangeOf = (hit: Hit): Range => hit.sentence.rangeOf(hit.start, hit.end);

export default defineRule({
  meta: {
    id: 'ccpa/sale-and-sharing',
    description:
      'The policy says whether the business sells or shares personal information and, if it does, the categories of personal information and of third parties involved.',
    reference: 'Cal. Civ. Code §1798.115(c), §1798.130(a)(5)(C), §1798.140(ad), (ah); 11 CCR §7011(e)(1)',
    jurisdictions: ['ccpa'],
    defaultSeverity: 'error',
    options: {
      requireSharingStatement: {
        type: 'boolean',
        default: true,
        description: 'Warn when the policy says it does not sell personal information but says nothing about sharing it for cross-context behavioral advertising.',
      },
    },
    messages: {
      missing: {
        text: 'The policy does not say whether the business sells or shares personal information (Cal. Civ. Code §1798.115(c), §1798.130(a)(5)(C)).',
        severity: 'error',
        suggestion:
          'State the categories of personal information sold or shared in the preceding 12 months and the categories of third parties to whom, or state plainly: "We do not sell or share personal information."',
      },
      sharingNotAddressed: {
        text: 'The policy says it does not sell personal information, but not whether it shares it for cross-context behavioral advertising (Cal. Civ. Code §1798.140(ah)).',
        severity: 'warning',
        suggestion: 'Since the CPRA, "share" is a separate term: write "We do not sell or share personal information" if that is true, or disclose the sharing.',
      },
      noCategories: {
        text: 'The policy says the business {verb} personal information but does not name the categories of personal information {verbPast}.',
        severity: 'error',
        suggestion: 'List the categories of personal information {verbPast} in the preceding 12 months (e.g. identifiers, internet activity, geolocation, inferences), by the categories of §1798.140(v)(1).',
      },
      noThirdParties: {
        text: 'The policy says the business {verb} personal information but does not name the categories of third parties to whom it is {verbPast}.',
        severity: 'warning',
        suggestion: 'For each category of personal information {verbPast}, name the categories of third parties (e.g. advertising networks, data brokers, analytics providers).',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const reading = readSales(doc);
    const { sales, sharings, saleDenials, sharingDenials } = reading;
    const item = 'whether personal information is sold or shared (§1798.115(c))';

    if (sales.length > 0 || sharings.length > 0) {
      const verb = sales.length > 0 && sharings.length > 0 ? 'sells or shares' : sales.length > 0 ? 'sells' : 'shares';
      const verbPast = sales.length > 0 && sharings.length > 0 ? 'sold or shared' : sales.length > 0 ? 'sold' : 'shared';
      const affirmations = [...sales, ...sharings].sort((a, b) => a.sentence.range.start.offset + a.start - (b.sentence.range.start.offset + b.start));
      const first = affirmations[0] as Hit;
      context.evidence({ item, status: 'met', at: rangeOf(first) });
      // The categories may be told next to any of the statements (its section, its table).
      const scopes = [...new Set(affirmations.map((h) => h.sentence.block))].map((b) => scopeText(doc, b));
      const categories = reading.tableSales.length > 0 || scopes.some((t) => PI_CATEGORY.test(t));
      const thirdParties = scopes.some((t) => THIRD_PARTY_CATEGORY.test(t)) || reading.tableSales.some((h) => /\bthird|recipient|disclosed\s+to|sold\s+to|shared\s+with/i.test(h.sentence.block.cell?.table.rows[0]?.map((c) => c.text).join(' ') ?? ''));
      context.evidence({ item: `categories of personal information ${verbPast} (11 CCR §7011(e)(1))`, status: categories ? 'met' : 'missing', at: categories ? rangeOf(first) : undefined });
      context.evidence({ item: `categories of third parties to whom personal information is ${verbPast} (11 CCR §7011(e)(1))`, status: thirdParties ? 'met' : 'missing' });
      if (!categories) context.report({ messageId: 'noCategories', data: { verb, verbPast }, at: rangeOf(first) });
      if (!thirdParties) context.report({ messageId: 'noThirdParties', data: { verb, verbPast }, at: rangeOf(first) });
      return;
    }

    if (saleDenials.length > 0) {
      // Point at the denial a California reader finds: the one in a CCPA section, else the first.
      const denial = saleDenials.find((h) => inCaliforniaSection(doc, h.sentence.block)) ?? (saleDenials[0] as Hit);
      context.evidence({ item, status: 'not-applicable', at: rangeOf(denial) });
      if (sharingDenials.length > 0) {
        context.evidence({ item: 'sharing for cross-context behavioral advertising (§1798.140(ah))', status: 'not-applicable', at: rangeOf(sharingDenials[0] as Hit) });
        return;
      }
      context.evidence({ item: 'sharing for cross-context behavioral advertising (§1798.140(ah))', status: 'missing' });
      if (context.options.requireSharingStatement) context.report({ messageId: 'sharingNotAddressed', at: rangeOf(denial) });
      return;
    }

    if (sharingDenials.length > 0 && sharingDenials.some((h) => /\b(?:sell|sold|sale)\b/i.test(h.sentence.text))) {
      context.evidence({ item, status: 'not-applicable', at: rangeOf(sharingDenials[0] as Hit) });
      return;
    }

    context.evidence({ item, status: 'missing' });
    context.report({ messageId: 'missing', at: missingAt(doc, SALE_HEADING) });
  },
});
