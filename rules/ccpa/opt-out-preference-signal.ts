import { defineRule } from '../../src/engine/index.js';
import { isNegated, missingAt } from '../../src/model/index.js';
import type { PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { corporateTransfer, inRightToKnowList, itemStatesNothing, negatedVerb, readSales } from './shared/sale-statements.js';

/**
 * Names of an opt-out preference signal (11 CCR §7025; Cal. Civ. Code §1798.135(b), (e)):
 * the Global Privacy Control, "GPC", the `Sec-GPC` header, and the regulation's own terms
 * ("opt-out preference signal", "universal opt-out mechanism"). "Do Not Track" is NOT one:
 * it is not meant to opt the consumer out of sale and sharing (§7025(b)(2)).
 */
const SIGNAL =
  /\b(?:global\s{1,2}privacy\s{1,2}control(?:s)?|GPC|Sec-GPC|opt[- ]?out\s{1,2}preference\s{1,2}signals?|universal\s{1,2}opt[- ]?out\s{1,2}(?:mechanisms?|signals?)|(?:browser|user)[- ](?:based|enabled)\s{1,2}(?:privacy\s{1,2})?(?:opt[- ]?out\s{1,2})?(?:signals?|controls?)|privacy\s{1,2}preference\s{1,2}signals?)\b/i;

/** "Do Not Track" / DNT: a browser signal that §7025 does not treat as an opt-out of sale or sharing. */
const DNT = /\bdo[- ]not[- ]track\b|\bDNT\b/i;

/**
 * Statements that the business sells or shares personal information in the CCPA's sense
 * (§1798.140(ad) "sell", (ah) "share" = for cross-context behavioural advertising). A plain
 * "we share your data with service providers" is NOT sharing in this sense and is not listed.
 */
const SELLS_OR_SHARES: RegExp[] = [
  // "we (may) sell your personal information", "we have sold the following categories"
  /\bwe\s{1,2}(?:(?:may|might|do|will|can|also|have|had|could|sometimes)\s{1,2}){0,2}(?:sell|sold)\b(?!\s{1,2}(?:products|services|goods|subscriptions|licen[cs]es|plans|our\s{1,2}(?:products|services|software)))/i,
  // "… is sold to / shared for cross-context behavioural advertising"
  /\b(?:sold|shared)\s{1,2}(?:to|with)\s{1,2}(?:[\w-]+\s{1,2}){0,4}?(?:for\s{1,2}(?:cross[- ]context\s{1,2}behavio(?:u)?ral|targeted|interest[- ]based|personali[sz]ed)\s{1,2}advertising)/i,
  /\bshar(?:e|es|ed|ing)\b[^.;]{0,80}?\bfor\s{1,2}(?:the\s{1,2}purposes?\s{1,2}of\s{1,2})?(?:cross[- ]context\s{1,2}behavio(?:u)?ral|targeted|interest[- ]based)\s{1,2}advertising\b/i,
  // "the sale or sharing of your personal information" stated as a practice ("we engage in")
  /\bwe\s{1,2}(?:may\s{1,2})?engage\s{1,2}in\s{1,2}(?:the\s{1,2})?(?:sale|selling|sharing)\b/i,
  // The link only a business that sells or shares must post (§1798.135(a)(1)).
  /(?:["“'‘]|\b)Do\s{1,2}Not\s{1,2}Sell\s{1,2}(?:or\s{1,2}Share\s{1,2})?My\s{1,2}Personal\s{1,2}Information["”'’]?\s{1,2}link\b/i,
  // An opt-out offered with a way to use it: "opt out of the sale or sharing … by clicking the link in the footer".
  /\bopt(?:s|ing)?[- ]?out\s{1,2}of\s{1,2}(?:the\s{1,2}|our\s{1,2}|any\s{1,2})?(?:sales?|selling|sharing)\b[^.;]{0,80}?\b(?:by|via|through|using|at)\s{1,2}(?:click\w*|tap\w*|select\w*|visit\w*|(?:the|our|this)\s{1,2}(?:link|form|page|toggle|button|settings?))\b/i,
  // The link in use: "opt out … by clicking “Do Not Sell or Share My Personal Information”".
  /\b(?:click(?:ing)?|select(?:ing)?|tap(?:ping)?|visit(?:ing)?|us(?:e|ing)|via|through)\s{1,2}(?:on\s{1,2})?(?:the\s{1,2}|our\s{1,2})?["“'‘]Do\s{1,2}Not\s{1,2}Sell\s{1,2}(?:or\s{1,2}Share\s{1,2})?My\s{1,2}Personal\s{1,2}Information["”'’]/i,
];

/** The sale or sharing verbs of a match. */
const SALE_VERB = /\b(?:sell|sold|shar(?:e|es|ed|ing)|sale)\b/gi;
/** The link's name, in title or upper case ("we do not sell" is a denial): its "Not" negates nothing. */
const LINK_NAME = /\b(?:Do\s{1,2}Not\s{1,2}Sell|DO\s{1,2}NOT\s{1,2}SELL)\b/;

/** "the right to know whether we sell", "if we sell": a right described, not a practice. */
const HYPOTHETICAL_BEFORE = /\b(?:whether|if|in\s{1,2}case|in\s{1,2}the\s{1,2}event)\s{1,2}(?:or\s{1,2}not\s{1,2})?[^.;]{0,20}$/i;

/** "We do not sell or share personal information": §7025(c)(1) then does not require processing the signal. */
const NO_SALE =
  /\b(?:(?:do(?:es)?\s{1,2}not|don['’]t|doesn['’]t|never|will\s{1,2}not|won['’]t|have\s{1,2}not|haven['’]t)\s{1,2}(?:and\s{1,2}will\s{1,2}not\s{1,2})?(?:sell|sold)|(?:is|are)\s{1,2}(?:never|not)\s{1,2}sold|no\s{1,2}(?:sale|selling)\s{1,2}of)\b/i;

const HEADING = /\b(?:do\s+not\s+sell|sell|sale|shar(?:e|ing)|opt[- ]?out|privacy\s+choices|california|ccpa|cpra|do\s+not\s+track|tracking)\b/i;

const isProse = (s: Sentence): boolean => s.block.kind !== 'code' && s.block.kind !== 'navigation';

/**
 * The pack's one reading of sale statements (shared with ccpa/sale-and-sharing, ccpa/opt-out-link
 * and ccpa/minors) catches what the list above misses: another subject ("Acme sells certain
 * categories of personal information"), the passive ("Personal information may be sold to our
 * affiliates"), disclosure for targeted advertising. It reads list items by their intro, as below.
 */
function sharedReading(doc: PolicyDocument): Range | null {
  const reading = readSales(doc);
  const hit = [...reading.sales, ...reading.sharings][0];
  return hit ? hit.sentence.rangeOf(hit.start, hit.end) : null;
}

function sells(doc: PolicyDocument, s: Sentence): Range | null {
  // An item under "We do not:" or a bare "Selling personal information" under "Financial incentives for:" sells nothing.
  if (itemStatesNothing(s.block, doc.blocks, s.text)) return null;
  for (const p of SELLS_OR_SHARES) {
    const m = p.exec(s.text);
    if (!m) continue;
    if (isNegated(s.text, m.index)) continue;
    // The verb that states the practice is the last one in the match: a label before it
    // ("Right to Opt-Out of Sharing: we do not sell … or share it for targeted advertising") is no stance.
    const verbs = [...m[0].matchAll(SALE_VERB)];
    const last = verbs[verbs.length - 1];
    if (last && !LINK_NAME.test(m[0]) && negatedVerb(s.text, m.index + last.index)) continue;
    if (HYPOTHETICAL_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "We may sell … in the course of a merger": no sale (§1798.140(ad)(2)(C)).
    if (corporateTransfer(s.text, m.index)) continue;
    return s.rangeOf(m.index, m.index + m[0].length);
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'ccpa/opt-out-preference-signal',
    description: 'A business that sells or shares personal information says how it processes opt-out preference signals such as the Global Privacy Control.',
    reference: 'Cal. Civ. Code §1798.135(b), (e); 11 CCR §7025, §7011(e)(3)(F)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {},
    messages: {
      missing: {
        text: 'The policy says the business sells or shares personal information ("{text}") but not how it processes opt-out preference signals such as the Global Privacy Control (11 CCR §7025, §7011(e)(3)(F)).',
        severity: 'warning',
        suggestion:
          'Say that you treat the Global Privacy Control (GPC) and other opt-out preference signals as a valid request to opt out of sale and sharing, for which browser, device or account, and how consumers turn it on.',
      },
      dntOnly: {
        text: 'Only "Do Not Track" is addressed; it is not an opt-out preference signal under 11 CCR §7025, and the business sells or shares personal information ("{text}").',
        severity: 'warning',
        suggestion: 'Add how you process the Global Privacy Control (GPC) and other opt-out preference signals (11 CCR §7025); a Do Not Track statement does not satisfy it.',
      },
      refused: {
        text: 'The policy says it does not honour opt-out preference signals ("{text}"), yet the business sells or shares personal information; §7025(b) requires it to process them as opt-out requests.',
        severity: 'error',
        suggestion: 'Process the Global Privacy Control as a valid request to opt out of sale and sharing (11 CCR §7025(b), (c)) and say so in the policy.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'processing of opt-out preference signals (GPC)';
    const sentences = doc.sentences.filter(isProse);

    let selling: { range: Range; text: string } | null = null;
    let noSale: Range | null = null;
    let signal: Range | null = null;
    let refused: { range: Range; text: string } | null = null;
    let dnt: Range | null = null;
    for (const s of sentences) {
      const m = SIGNAL.exec(s.text);
      if (m) {
        const range = s.rangeOf(m.index, m.index + m[0].length);
        // "We do not respond to GPC signals" / "we don't currently honor Global Privacy Control".
        const refusal = /\b(?:do(?:es)?\s{1,2}not|don['’]t|doesn['’]t|cannot|can['’]t|will\s{1,2}not|won['’]t|not\s{1,2}(?:currently\s{1,2})?)\s{1,2}(?:currently\s{1,2}|yet\s{1,2})?(?:respond|honou?r|recogni[sz]e|process|support|act\s{1,2}on|treat)\w{0,3}\b[^.;]{0,40}$/i.test(
          s.text.slice(Math.max(0, m.index - 80), m.index),
        );
        if (refusal && !NO_SALE.test(s.text)) refused ??= { range, text: m[0] };
        else signal ??= range;
      }
      if (!dnt) {
        const d = DNT.exec(s.text);
        if (d) dnt = s.rangeOf(d.index, d.index + d[0].length);
      }
      if (!noSale) {
        const n = NO_SALE.exec(s.text);
        if (n) noSale = s.rangeOf(n.index, n.index + n[0].length);
      }
      if (!selling) {
        const r = sells(doc, s);
        // "- the categories of personal information that we sold" under "You have a right to know:" admits nothing.
        if (r && !inRightToKnowList(s.block, doc.blocks)) selling = { range: r, text: doc.source.slice(r.start.offset, r.end.offset).replace(/\s+/g, ' ') };
      }
    }
    if (!selling) {
      const r = sharedReading(doc);
      if (r) selling = { range: r, text: doc.source.slice(r.start.offset, r.end.offset).replace(/\s+/g, ' ') };
    }

    if (!selling) {
      // §7025(c)(1): processing the signal "is not required for a business that does not sell or share".
      context.evidence({ item, status: signal ? 'met' : 'not-applicable', ...(signal ? { at: signal } : noSale ? { at: noSale } : {}) });
      return;
    }
    if (signal && !refused) {
      context.evidence({ item, status: 'met', at: signal });
      return;
    }
    if (refused) {
      context.report({ messageId: 'refused', data: { text: refused.text }, at: refused.range });
      context.evidence({ item, status: 'partial', at: refused.range });
      return;
    }
    if (dnt) {
      context.report({ messageId: 'dntOnly', data: { text: selling.text }, at: dnt });
      context.evidence({ item, status: 'missing', at: dnt });
      return;
    }
    context.report({ messageId: 'missing', data: { text: selling.text }, at: missingAt(doc, HEADING) });
    context.evidence({ item, status: 'missing' });
  },
});
