import { defineRule } from '../../src/engine/index.js';
import { blocksIn, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range } from '../../src/model/index.js';
import { readSales, type Hit } from './shared/sale-statements.js';

// ---- what names the categories -------------------------------------------------------------

/** Categories of personal information (§1798.140(v)(1)) and the usual concrete kinds. */
const PI_CATEGORY =
  /\bidentifiers?\b|\b(?:e-?mail|IP|postal|home)\s+address(?:es)?\b|\b(?:device|cookie|advertising|mobile\s+ad(?:vertising)?|online)\s+(?:ids?|identifiers)\b|\binternet\s+(?:or\s+other\s+(?:electronic\s+)?network\s+)?activity\b|\bbrowsing\s+(?:history|activity|data|behaviou?r)\b|\bgeolocation\b|\blocation\s+data\b|\bcommercial\s+information\b|\bpurchase\s+(?:history|information)\b|\binferences?\b|\bdemographic\s+(?:data|information)\b|\bcontact\s+(?:data|information|details)\b|\bprofessional\s+or\s+employment\b|\bbiometric\b|\baudio,?\s+(?:electronic|visual)\b|\bsensitive\s+personal\s+information\b/i;
/** Categories of third parties (11 CCR §7001: "types or groupings of third parties"). */
const THIRD_PARTY_CATEGORY =
  /\badvertis(?:ers|ing\s+(?:partners|networks|companies|providers|platforms|technology\s+(?:companies|providers)))\b|\bad(?:[- ]tech|\s+tech(?:nology)?|\s+networks?|\s+platforms|\s+(?:(?:mediation|measurement|serving|targeting|retargeting)\s+)?partners|\s+exchanges?)\b|\bdata\s+(?:brokers?|resellers?|aggregators?)\b|\bmarketing\s+(?:partners|companies|providers)\b|\banalytics\s+(?:providers|partners|companies)\b|\bsocial\s+(?:media\s+)?(?:networks|platforms|media\s+companies)\b|\bbusiness\s+partners\b|\baffiliates\b|\bjoint\s+marketing\s+partners\b|\bGoogle\b|\bMeta\b|\bFacebook\b|\bTikTok\b|\bLinkedIn\b|\bCriteo\b|\bThe\s+Trade\s+Desk\b|\b(?:marketers|insurers|insurance\s+(?:companies|carriers)|lenders|financial\s+institutions|retailers|publishers|(?:consumer\s+)?brands|manufacturers|dealerships|employers|recruiters|researchers|sponsors|charities|non-?profits|political\s+(?:campaigns|organi[sz]ations|parties|committees)|(?:credit|consumer\s+reporting)\s+(?:bureaus|agencies)|(?:advertising|marketing)\s+agencies|lead\s+(?:generators|buyers)|background[- ]check\s+(?:companies|providers)|people[- ]search\s+(?:sites|services))\b/i;

/** Where the categories of a sale are told: its section (with sub-sections), or its table. */
function scopeText(doc: PolicyDocument, block: Block): string {
  if (block.cell) return block.cell.table.rows.map((row) => row.map((c) => c.text).join(' \u0000 ')).join('\n');
  const section = block.section;
  if (section.level > 0) return blocksIn(section).map((b) => b.text).join('\n');
  // No heading: the paragraphs around it, where labelled lines often come first ("Categories
  // of personal information: …", "Third parties: …", then "Sale/Sharing: we share …").
  return doc.blocks.slice(Math.max(0, block.index - 4), block.index + 8).map((b) => b.text).join('\n');
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
    aboutProcessing: true,
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
