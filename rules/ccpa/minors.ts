import { defineRule } from '../../src/engine/index.js';
import { isProseBlock, missingAt } from '../../src/model/index.js';
import type { PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { readSales, type Hit } from './shared/sale-statements.js';

// ---- what speaks of minors ------------------------------------------------------------------------

/** Consumers under 16 named in words or numbers ("minors", "children", "under 16", "13 to 15"). */
const MINOR =
  /\b(?:minors?|children|child|kids|teen(?:ager)?s?|under\s+(?:the\s+age\s+of\s+)?1[3-8]|(?:less|younger)\s+than\s+(?:the\s+age\s+of\s+)?1[3-8]|below\s+(?:the\s+age\s+of\s+)?1[3-8]|1[3-5]\s{0,2}(?:-|–|to|and)\s{0,2}1[5-6]|under-1[36]s?|aged?\s+1[3-5])\b/i;
/** What the §1798.120(c) statement is about: selling or sharing, the opt-in, or actual knowledge. */
const SALE_CONTEXT =
  /\b(?:sell|sells|selling|sold|sale|share|shares|sharing|shared|opt[- ]?in|affirmative(?:ly)?\s+authori[sz]\w*|actual\s+knowledge|willful(?:ly)?\s+disregard\w*)\b/i;
/**
 * An age limit: "we do not knowingly collect …", "not intended for …", "you must be 16 or
 * older", "users must be at least 13", "meant for adults 18 and over", "18+ only", "for
 * adults only". With an age of 16 or more (or "minors", "adults only"), the business has no
 * actual knowledge of consumers under 16.
 */
const AGE_LIMIT =
  /\b(?:do(?:es)?\s+not|don['’]t|never|will\s+not)\s{1,2}knowingly\s{1,2}(?:collect|sell|share|process|solicit|obtain|receive)\b|\bnot\s+(?:intended|directed|designed|meant|available)\s+(?:for|to|at)\b|\b(?:must|need\s+to|have\s+to)\s+be\b|\bor\s+older\b|\bat\s+least\b|\bminimum\s+age\b|\b(?:and|or)\s+(?:over|above|up)\b|\b1[3-9]\s?\+|\b(?:intended|meant|designed|restricted|limited|reserved|only)\s+(?:only\s+)?(?:for|to)\s+adults\b|\badults?\s+only\b/i;
/** The 13–15 band itself ("aged 13 to 15", "under-16s"): a statement about it covers every consumer under 16. */
const BAND_13_15 = /\b1[3-5]\s{0,2}(?:-|–|to|and)\s{0,2}1[5-6]\b|\bunder-16s?\b/i;
/** An age limit in words: adults only. */
const ADULTS_ONLY = /\b(?:for|to)\s+adults\b|\badults?\s+only\b/i;

/** Sections where a reader looks for minors. */
const MINORS_HEADING = /\b(?:child(?:ren)?['’]?s?|minors?|kids|age|teen\w*|under\s+1[36])\b|\bcalifornia\b|\bccpa\b|\bcpra\b/i;

/** The highest age limit a sentence sets ("under 18", "16 or older"; "minors" counts as 18). */
function coveredAge(doc: PolicyDocument, sentence: Sentence): number {
  const from = sentence.range.start.offset;
  const to = sentence.range.end.offset;
  let best = 0;
  for (const age of doc.entities.ages) {
    if (age.relation !== 'exact' && age.range.start.offset >= from && age.range.end.offset <= to) best = Math.max(best, age.age);
  }
  if (/\bminors?\b/i.test(sentence.text) || ADULTS_ONLY.test(sentence.text)) best = Math.max(best, 18);
  return best;
}

/** A statement about minors that speaks of selling only ("We do not sell the personal information of consumers under 16"). */
const SALE_ONLY = /\b(?:sell|sells|selling|sold|sale)\b/i;
/** …and not of sharing, opting in or authorizing, which cover the rest. */
const NOT_SALE_ONLY = /\b(?:share|shares|sharing|shared|cross[- ]context|targeted\s+advertising)\b/i;

const rangeOf = (hit: Hit): Range => hit.sentence.rangeOf(hit.start, hit.end);

export default defineRule({
  meta: {
    id: 'ccpa/minors',
    description:
      'The policy says whether the business sells or shares personal information of consumers under 16, who must opt in (13–15) or have a parent opt in (under 13).',
    reference: 'Cal. Civ. Code §1798.120(c)–(d); 11 CCR §7011(e)(3)(I), §7070–§7072',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy says the business {verb} personal information but not whether it does so for consumers under 16 (Cal. Civ. Code §1798.120(c)).',
        severity: 'error',
        suggestion:
          'State whether you have actual knowledge that you sell or share personal information of consumers under 16, and if you do, describe the opt-in (by the consumer at 13–15, by a parent or guardian under 13; 11 CCR §7070–§7072).',
      },
      noStatement: {
        text: 'The policy does not say whether the business sells or shares personal information of consumers under 16 (Cal. Civ. Code §1798.120(c); 11 CCR §7072(a)).',
        severity: 'error',
        suggestion:
          'State whether you sell or share personal information at all, and whether you have actual knowledge that you sell or share personal information of consumers under 16, e.g. "We do not sell or share the personal information of consumers under 16."',
      },
      saleOnly: {
        text: 'The policy says whether the business sells personal information of consumers under 16, but not whether it shares it for cross-context behavioral advertising (Cal. Civ. Code §1798.120(c); 11 CCR §7071).',
        severity: 'warning',
        suggestion: 'Cover sharing too, e.g. "We do not sell or share the personal information of consumers under 16."',
      },
      under13Only: {
        text: 'The policy speaks of children under {age} but not of consumers aged {age} to 15, whose personal information may be sold or shared only if they opt in (Cal. Civ. Code §1798.120(c)).',
        severity: 'warning',
        suggestion: 'Say whether you sell or share personal information of consumers under 16, not only of children under {age}.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const reading = readSales(doc);
    const item = 'sale or sharing of personal information of consumers under 16 (§1798.120(c))';
    const selling = reading.sales.length > 0 || reading.sharings.length > 0;
    // A denial that speaks of all consumers ("We do not sell or share personal information"), not only of children.
    const denial = [...reading.saleDenials, ...reading.sharingDenials].find((d) => !MINOR.test(d.sentence.text));
    if (!selling && denial) {
      // Nothing is sold or shared: no consumer under 16 either, and no opt-in to describe.
      context.evidence({ item, status: 'not-applicable', at: rangeOf(denial) });
      return;
    }
    const verb = reading.sales.length > 0 && reading.sharings.length > 0 ? 'sells or shares' : reading.sales.length > 0 ? 'sells' : 'shares';
    let partial: { sentence: Sentence; age: number } | undefined;
    let saleOnly: Sentence | undefined;
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block)) continue;
      const minor = MINOR.exec(sentence.text);
      const age = coveredAge(doc, sentence);
      if (!minor && age === 0) continue;
      const at = minor ? sentence.rangeOf(minor.index, minor.index + minor[0].length) : sentence.range;
      // "We do not sell the personal information of consumers under 16", "minors must opt in".
      if (minor && SALE_CONTEXT.test(sentence.text)) {
        // "We do not sell personal information of children under 13" leaves 13–15 open.
        if (age > 0 && age < 16 && !BAND_13_15.test(sentence.text)) {
          partial ??= { sentence, age };
          continue;
        }
        // "We do not sell the personal information of consumers under 16" as the policy's only word on
        // sale and sharing leaves sharing open (a policy that states its practices is read with them).
        if (!selling && SALE_ONLY.test(sentence.text) && !NOT_SALE_ONLY.test(sentence.text) && reading.sharingDenials.length === 0) {
          saleOnly ??= sentence;
          continue;
        }
        context.evidence({ item, status: 'met', at });
        return;
      }
      // "Not intended for anyone under 16; we do not knowingly collect …", "You must be 18 or older": no actual knowledge.
      if (AGE_LIMIT.test(sentence.text)) {
        if (age >= 16) {
          context.evidence({ item, status: 'met', at });
          return;
        }
        if (age > 0) partial ??= { sentence, age };
      }
    }
    if (saleOnly && !partial) {
      context.evidence({ item, status: 'partial', at: saleOnly });
      context.report({ messageId: 'saleOnly', at: saleOnly });
      return;
    }
    if (partial) {
      context.evidence({ item, status: 'partial', at: partial.sentence });
      context.report({ messageId: 'under13Only', data: { age: partial.age }, at: partial.sentence });
      return;
    }
    context.evidence({ item, status: 'missing' });
    // A business that sells or shares the personal information of consumers under 16 must describe
    // the opt-in in its privacy policy (11 CCR §7072(a), §7011(e)(3)(I)); a policy that says nothing
    // leaves the reader unable to tell whether that applies, even one silent about selling.
    if (!selling) context.report({ messageId: 'noStatement', at: missingAt(doc, MINORS_HEADING) });
    else context.report({ messageId: 'missing', data: { verb }, at: missingAt(doc, MINORS_HEADING) });
  },
});
