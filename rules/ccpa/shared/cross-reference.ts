// A supplementary California notice often gives an item by naming where it is: "Please see the
// “Your rights with respect to your information” section of our Privacy Policy". 11 CCR
// §7012 lets a notice at collection given online link to the section of the privacy policy
// that holds its information, and the rights, the request methods and the agent instructions
// belong to the privacy policy itself (§7011(e)(2)–(3)), not to a notice at collection. The
// rules see one document: a reference that names a section of another document (a quoted
// title that is no heading of this one, or a named schedule or table of "our Privacy Policy")
// counts as the item given there, unverified; a bare
// "see our privacy policy" names no place and counts for nothing.
import type { PolicyDocument, Range } from '../../../src/model/index.js';
import { proseSentences } from '../../../src/model/index.js';

/** "see the “Your Rights” section of our Privacy Policy", "described in the 'Retention' section of this notice". */
const REFERENCE =
  /\b(?:see|refer\s{1,3}to|described\s{1,3}in|set\s{1,3}out\s{1,3}in|explained\s{1,3}in|found\s{1,3}in|review)\s{1,3}(?:the\s{1,3})?["“‘']([^"“”\n]{3,80}?)["”’']\s{1,3}(?:section|part|heading)\b[^.;]{0,40}?\b(?:policy|notice|statement)\b/gi;
/**
 * A named part of another document, unquoted: "for the periods in the retention schedule of
 * our Privacy Policy", "listed in the categories table of our Privacy Notice". "The table
 * below" or "this policy" names no other document.
 */
const NAMED_PART =
  /\b(?:in|see|per|under|set\s{1,3}out\s{1,3}in|described\s{1,3}in|listed\s{1,3}in)\s{1,3}(?:the|our)\s{1,3}((?:[\w-]{1,20}\s{1,3}){1,2}?(?:schedule|table|appendix|annex))\s{1,3}(?:of|in)\s{1,3}our\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:policy|notice|statement)\b/gi;
/** The cheap test in front of REFERENCE and NAMED_PART. */
const GATE = /\b(?:section|schedule|table|appendix|annex)\b/i;

/** A reference to where requests are made: "…and how to exercise them", "how to submit a request". */
export const HOW_TO_EXERCISE = /\bexercis\w{0,4}\b|\brequests?\b|\bsubmit\w{0,4}\b/i;

export interface Reference {
  /** The quoted title of the section referred to. */
  title: string;
  /** The sentence around it, for the topic. */
  text: string;
  at: Range;
}

const cache = new WeakMap<PolicyDocument, Reference[]>();

/** References to a named section of another document (read once per document). */
function references(doc: PolicyDocument): Reference[] {
  let found = cache.get(doc);
  if (found) return found;
  const headings = new Set(doc.sections.map((s) => s.title.trim().toLowerCase()));
  found = [];
  for (const sentence of proseSentences(doc)) {
    if (!GATE.test(sentence.text)) continue;
    for (const m of [...sentence.text.matchAll(REFERENCE), ...sentence.text.matchAll(NAMED_PART)]) {
      const title = (m[1] ?? '').trim();
      // A section of this document is read where it stands, not trusted by name.
      if (headings.has(title.toLowerCase())) continue;
      found.push({ title, text: sentence.text, at: sentence.rangeOf(m.index, m.index + m[0].length) });
    }
  }
  cache.set(doc, found);
  return found;
}

/** The first reference whose title or sentence is about `topic`, if any. */
export function referenceTo(doc: PolicyDocument, topic: RegExp): Reference | undefined {
  return references(doc).find((r) => topic.test(r.title) || topic.test(r.text));
}
