import { defineRule } from '../../src/engine/index.js';
import { missingAt, proseSentences } from '../../src/model/index.js';
import type { PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { readSales, type Hit } from './shared/sale-statements.js';

// ---- what offers the opt-out -------------------------------------------------------------------

/**
 * The link titles of §1798.135(a)(1) and (a)(3), and the "Your Privacy Choices" title the
 * regulations allow for the alternative opt-out link (11 CCR §7015).
 */
const OPT_OUT_LINK =
  /\bDo\s+Not\s+(?:Sell|Share)(?:\s+(?:or|and|\/)\s+(?:Sell|Share))?\s+My\s+(?:Personal\s+)?(?:Information|Data|Info)\b|\bYour\s+(?:California\s+)?Privacy\s+Choices\b/gi;
/** Opt-out preference signals (§1798.135(b); 11 CCR §7025): honouring them is a method. */
const SIGNAL = /\b(?:Global\s+Privacy\s+Control|GPC|opt[- ]out\s+preference\s+signals?)\b/gi;
/** The right or the act of opting out of sale or sharing ("opt out of the sale", "to stop sharing"). */
const OPT_OUT =
  /\bopt(?:s|ing)?[- ]?out\b[^.;]{0,60}?\b(?:sales?|sell|selling|sold|sharing|share|shared|targeted|behaviou?ral|cross[- ]context)\b|\b(?:sales?|selling|sharing)\b[^.;]{0,40}?\bopt(?:[- ]?out)\b|\b(?:stop|limit)\s+(?:us\s+from\s+)?(?:the\s+)?(?:sales?|selling|sharing)\b/gi;
/**
 * An opt-out request, form or tool without the word "sale": in a policy that sells or shares,
 * it is the opt-out of sale ("Submit an opt-out request through our privacy portal") — unless
 * the sentence is about marketing messages ("the opt-out link in our e-mails").
 */
const OPT_OUT_TOOL = /\bopt(?:[- ]?out)\s+(?:requests?|forms?|links?|pages?|portal|tool|button|options?|mechanism|preferences?)\b/gi;
const MARKETING_MESSAGES = /\b(?:e-?mails?|newsletters?|unsubscrib\w*|text\s+messages|SMS|marketing\s+(?:messages|communications|e-?mails))\b/i;
/** How: a link, a form, a setting, an address or a number. */
const METHOD =
  /\b(?:click\w*|link|visit\w*|form|toggle|settings?|preference\s+(?:center|centre|page)|cookie\s+(?:settings|banner|preferences)|e-?mail\w*|call\w*|toll[- ]free|phone|contact\s+us|write\s+to|submit\w*|webpage|web\s+page|page\s+at|portal)\b|\b\d{3}[-.\s)]{1,2}\d{3}[-.\s]\d{4}\b/i;
/**
 * An online method (11 CCR §7026(a)(1): a business that collects personal information online
 * accepts opt-outs through the opt-out link's form, the Alternative Opt-out Link, or the
 * privacy policy with frictionless signal processing). A cookie banner alone is not one
 * (§7026(a)(4)); e-mail, phone and post are other methods (§7026(a)(3)).
 */
const ONLINE_METHOD = /\b(?:click\w*|(?<!cookie\s{1,3})(?:link|form|toggle|settings?|button)|visit\w*|preference\s+(?:center|centre|page)|webpage|web\s+page|page\s+at|portal|online|website|app)\b/i;
/** "To opt out, email us": an opt-out without the word "sale", next to a statement of sale. */
const BARE_OPT_OUT = /\bopt(?:s|ing)?[- ]?out\b/gi;
/** An opt-out of selling alone, not of sharing or targeted advertising. */
const saleOnly = (text: string): boolean => /\b(?:sales?|sell|selling|sold)\b/i.test(text) && !/\bshar|\btargeted\b|\bbehaviou?ral\b|\bcross[- ]context\b/i.test(text);
/** "We do not honour GPC": not a method. */
const SIGNAL_REFUSED = /\b(?:not|never|n['’]t)\b[^.;]{0,30}$/i;

/** Sections where a reader looks for the opt-out. */
const OPT_OUT_HEADING = /\bopt(?:[- ]?out)\b|\bdo\s+not\s+sell\b|\b(?:sell|sale|sharing)\b|\bcalifornia\b|\bccpa\b|\bcpra\b|\b(?:your|privacy)\s+(?:privacy\s+)?(?:rights|choices)\b/i;

/** The method offered near an opt-out: 'online' (a link, form, page), 'other' (e-mail, phone, post), or none. */
function methodNear(doc: PolicyDocument, sentence: Sentence): 'online' | 'other' | undefined {
  const block = sentence.block;
  const next = doc.blocks.slice(block.index, block.index + 3);
  const i = block.sentences.indexOf(sentence);
  const texts = [sentence.text, ...block.sentences.slice(i + 1, i + 3).map((s) => s.text), ...next.slice(1).filter((b) => b.kind !== 'heading').map((b) => b.text)];
  const withMethod = texts.filter((t) => METHOD.test(t));
  if (doc.entities.urls.some((e) => next.includes(e.block)) || withMethod.some((t) => ONLINE_METHOD.test(t))) return 'online';
  return withMethod.length > 0 || doc.entities.emails.some((e) => next.includes(e.block)) ? 'other' : undefined;
}

const rangeOf = (hit: Hit): Range => hit.sentence.rangeOf(hit.start, hit.end);

export default defineRule({
  meta: {
    id: 'ccpa/opt-out-link',
    description:
      'A policy that says the business sells or shares personal information offers the "Do Not Sell or Share My Personal Information" link or another way to opt out.',
    reference: 'Cal. Civ. Code §1798.120(a)–(b), §1798.135(a)(1), (c)(2); 11 CCR §7013, §7026',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy says the business {verb} personal information but offers no way to opt out (Cal. Civ. Code §1798.120(a), §1798.135).',
        severity: 'error',
        suggestion:
          'Describe the right to opt out of sale and sharing and link to the "Do Not Sell or Share My Personal Information" page (or say that you honour opt-out preference signals such as Global Privacy Control).',
      },
      offlineOnly: {
        text: 'The policy offers opting out of the sale or sharing of personal information only by e-mail, phone or post; online, a business must accept it through the "Do Not Sell or Share My Personal Information" link (or the Alternative Opt-out Link) and opt-out preference signals (11 CCR §7026(a)(1)).',
        severity: 'warning',
        suggestion: 'Link to an opt-out form titled "Do Not Sell or Share My Personal Information" (or "Your Privacy Choices") and say that you honour opt-out preference signals such as Global Privacy Control.',
      },
      noMethod: {
        text: 'The policy mentions opting out of the sale or sharing of personal information but not how to do it (Cal. Civ. Code §1798.135(c)(2)).',
        severity: 'warning',
        suggestion: 'Add the "Do Not Sell or Share My Personal Information" link, a form or another method (11 CCR §7026(a)), or say that you honour opt-out preference signals.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const reading = readSales(doc);
    const item = 'opt-out of sale or sharing (§1798.120, §1798.135)';
    if (reading.sales.length === 0 && reading.sharings.length === 0) {
      // Nothing sold or shared is stated: ccpa/sale-and-sharing reports a silent policy.
      const denial = reading.saleDenials[0] ?? reading.sharingDenials[0];
      context.evidence({ item, status: 'not-applicable', ...(denial ? { at: rangeOf(denial) } : {}) });
      return;
    }
    const verb = reading.sales.length > 0 && reading.sharings.length > 0 ? 'sells or shares' : reading.sales.length > 0 ? 'sells' : 'shares';
    const sentences = proseSentences(doc);
    let mention: { sentence: Sentence; start: number; end: number } | undefined;
    for (const sentence of sentences) {
      for (const m of sentence.text.matchAll(OPT_OUT_LINK)) {
        context.evidence({ item, status: 'met', at: sentence.rangeOf(m.index, m.index + m[0].length) });
        return;
      }
      for (const m of sentence.text.matchAll(SIGNAL)) {
        if (SIGNAL_REFUSED.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) continue;
        context.evidence({ item, status: 'met', at: sentence.rangeOf(m.index, m.index + m[0].length) });
        return;
      }
    }
    // Paragraphs that state a sale or sharing: a bare "opt out" there is the opt-out of it.
    const saleBlocks = new Set([...reading.sales, ...reading.sharings].map((h) => h.sentence.block));
    let offline: { sentence: Sentence; start: number; end: number } | undefined;
    for (const sentence of sentences) {
      const marketing = MARKETING_MESSAGES.test(sentence.text);
      const tools = marketing ? [] : [...sentence.text.matchAll(OPT_OUT_TOOL)];
      const bare = marketing || !saleBlocks.has(sentence.block) ? [] : [...sentence.text.matchAll(BARE_OPT_OUT)];
      for (const m of [...sentence.text.matchAll(OPT_OUT), ...tools, ...bare]) {
        // "opting out of sale (we never sell)" in a policy that only shares: that opt-out is moot.
        if (reading.sales.length === 0 && saleOnly(m[0])) continue;
        const method = methodNear(doc, sentence);
        if (method === 'online') {
          context.evidence({ item, status: 'met', at: sentence.rangeOf(m.index, m.index + m[0].length) });
          return;
        }
        if (method === 'other') offline ??= { sentence, start: m.index, end: m.index + m[0].length };
        mention ??= { sentence, start: m.index, end: m.index + m[0].length };
      }
    }
    if (offline) {
      const at = offline.sentence.rangeOf(offline.start, offline.end);
      context.evidence({ item, status: 'partial', at });
      context.report({ messageId: 'offlineOnly', at });
      return;
    }
    if (mention) {
      const at = mention.sentence.rangeOf(mention.start, mention.end);
      context.evidence({ item, status: 'partial', at });
      context.report({ messageId: 'noMethod', at });
      return;
    }
    context.evidence({ item, status: 'missing' });
    context.report({ messageId: 'missing', data: { verb }, at: missingAt(doc, OPT_OUT_HEADING) });
  },
});
