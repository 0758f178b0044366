// Whether a policy declares that no personal data is collected at all ("This extension does
// not collect any data"). Such a policy owes none of the information the laws require about
// processing (purposes, legal bases, rights, retention…): the rules about processing do not
// run on it. Like jurisdiction detection, a reading of the whole document made once.
import type { PolicyDocument, Sentence } from '../model/types.js';
import { proseSentences } from '../model/index.js';

/** Cheap tests first: most sentences of most policies say nothing of the kind. */
const MAY_DECLARE = /\b(?:collect|gather|process|record|store|track)|\bno\s{1,3}(?:personal\s{1,3}|user\s{1,3})?(?:data|information)\b/i;
/** Every declaration denies: "not", "n't", "never" or "no". */
const DENIES = /\b(?:not|never|no)\b|n['’]t\b/i;

const SUBJECT =
  String.raw`(?:we|i|(?:the|this|our|my)\s{1,3}(?:app(?:lication)?|extension|add-on|plugin|plug-in|website|site|service|game|software|tool|bot|theme)(?:\s{1,3}itself)?)`;
// Emphasis left in plain text: "We do **not** collect".
const NOT = String.raw`(?:do(?:es)?\s{1,3}[*_]{0,2}not[*_]{0,2}|don['’]t|doesn['’]t|never|will\s{1,3}not|won['’]t)`;
const COLLECT = String.raw`(?:collect|gather|process|record|store|track)`;
const VERB = String.raw`(?:collect|gather|process|record|store|track|transmit|save|share|use|sell)`;
/**
 * "collect, store, or transmit", "collect or process": collecting comes first; "we do not
 * share any personal data" alone says nothing about collecting it.
 */
const VERBS = String.raw`${COLLECT}(?:,?\s{1,3}(?:or\s{1,3}|and\s{1,3}|nor\s{1,3})?${VERB}){0,3}`;
const KIND = String.raw`(?:personal(?:ly)?\s{1,3}(?:identifiable\s{1,3})?|user\s{1,3}|usage\s{1,3}|device\s{1,3}|identifying\s{1,3})?`;
const THING = String.raw`(?:data|information|info)`;

/**
 * "We do not collect any personal data", "This app does not collect, store, or share any
 * user data", "The app itself collects no information whatsoever", "No personal data is
 * collected", "We do not collect personal information." Only "any"/"no" data, or data that
 * ends the sentence: "we do not collect sensitive data" or "more data than necessary" is
 * not a declaration that nothing is collected.
 */
const DECLARATION = new RegExp(
  String.raw`\b(?:` +
    String.raw`${SUBJECT}\s{1,3}${NOT}\s{1,3}${VERBS}\s{1,3}any\s{1,3}${KIND}${THING}` +
    String.raw`|${SUBJECT}\s{1,3}${NOT}\s{1,3}${VERBS}\s{1,3}${KIND}${THING}(?:\s{1,3}(?:whatsoever|at\s{1,3}all|about\s{1,3}you|from\s{1,3}you))?\s{0,3}[.!]?\s{0,3}$` +
    String.raw`|${SUBJECT}\s{1,3}${COLLECT}s?\s{1,3}no\s{1,3}${KIND}${THING}` +
    String.raw`|no\s{1,3}${KIND}${THING}\s{1,3}(?:(?:of\s{1,3}(?:yours|any\s{1,3}kind)|about\s{1,3}you)\s{1,3})?(?:is|are|will\s{1,3}be|gets?)\s{1,3}(?:ever\s{1,3})?(?:collected|gathered|processed|recorded|stored|tracked)` +
    String.raw`)(?:\b|$)`,
  'i',
);

/** The same said by name: "Acme Notes does not collect any personal data" (case matters here). */
const NAMED_DECLARATION = new RegExp(
  String.raw`(?:^|[^\p{L}\d])\p{Lu}[\p{L}\d.&'’-]*(?:\s{1,3}\p{Lu}[\p{L}\d.&'’-]*){0,3}\s{1,3}(?:does\s{1,3}not|doesn['’]t|never)\s{1,3}${VERBS}\s{1,3}any\s{1,3}${KIND}${THING}\b`,
  'u',
);

/** What turns a declaration into a partial one: "…from children", "…except your e-mail". */
const QUALIFIED =
  /\b(?:except|other\s{1,3}than|apart\s{1,3}from|beyond|unless|without\s{1,3}your|from\s{1,3}(?:children|minors|kids|anyone\s{1,3}under)|under\s{1,3}(?:the\s{1,3}age|\d)|more\s{1,3}than|than\s{1,3}(?:is\s{1,3})?(?:necessary|needed|required)|ourselves|directly|knowingly|automatically|sensitive|special\s{1,3}categor)/i;

/**
 * First-person collection elsewhere in the policy contradicts the declaration: "I may
 * receive personally identifiable information upon submission of a bug report". So does
 * the reader's data said to be kept, in the passive that template policies use: "Your
 * personal information is kept private and stored securely", "All personal details
 * relating to subscriptions are held securely" (a cookie paragraph's "No personal
 * information is stored" then speaks of the cookies only).
 */
const AFFIRMS =
  /\b(?:we|i|the\s{1,3}developer)\s{1,3}(?:may\s{1,3}|might\s{1,3}|will\s{1,3}|also\s{1,3}|only\s{1,3}|can\s{1,3})?(?:collect|gather|receive|process|record|log|obtain|hold\s{1,3}(?:(?:the\s{1,3}|your\s{1,3}|their\s{1,3})?(?:names?|contact|personal|e-?mail|addresses|details|data|information|records))|use\s{1,3}(?:cookies|analytics|google\s{1,3}analytics|tracking))|\b(?:information|data|details)\s{1,3}(?:that\s{1,3})?(?:we|i)\s{1,3}(?:collect|receive|obtain|process|hold|keep)|\b(?:your|all)\s{1,3}(?:personal\s{1,3})?(?:information|data|details)\s{1,3}(?:relating\s{1,3}to\s{1,3}[\w-]{1,20}\s{1,3})?(?:is|are)\s{1,3}(?:kept|stored|held|retained|processed)\b/i;
/** The organisation by its name, in the relative clause: "The data Mossley Civic Society holds on its members" (case matters). */
const AFFIRMS_NAMED =
  /\b(?:[Dd]ata|[Ii]nformation|[Dd]etails)\s{1,3}\p{Lu}[\p{L}&'’-]{1,30}(?:\s{1,3}\p{Lu}[\p{L}&'’-]{1,30}){0,3}\s{1,3}(?:holds|keeps|collects|processes)\b/u;
/** "what information we collect", "how we process": a topic named, not a claim made. */
const TOPIC_BEFORE = /\b(?:what|which|how|whether|if|when|why)\s{1,3}(?:\w+\s{1,3}){0,3}$/i;
/** Storing on the user's own device is not collection by the publisher. */
const ON_DEVICE = /\blocally\b|\bon\s{1,3}your\s{1,3}(?:device|computer|phone)\b|\bin\s{1,3}your\s{1,3}browser\b/i;
const NEGATION = /\b(?:not|never|no|n['’]t|neither|nor|without)\b/i;

// The engine and a rule (last-updated) both ask; the document is read once.
const read = new WeakMap<PolicyDocument, Sentence | null>();

/** The sentence that declares no personal data is collected, unless the policy says otherwise elsewhere. */
export function findNoCollectionDeclaration(doc: PolicyDocument): Sentence | undefined {
  let found = read.get(doc);
  if (found === undefined) {
    found = readDeclaration(doc) ?? null;
    read.set(doc, found);
  }
  return found ?? undefined;
}

function readDeclaration(doc: PolicyDocument): Sentence | undefined {
  let declaration: Sentence | undefined;
  const rest: Sentence[] = [];
  for (const sentence of proseSentences(doc)) {
    const text = sentence.text;
    // A heading ("Information We Collect") names a topic; it claims nothing.
    if (sentence.block.kind === 'heading') continue;
    const m = MAY_DECLARE.test(text) && DENIES.test(text) ? (DECLARATION.exec(text) ?? NAMED_DECLARATION.exec(text)) : null;
    if (m && !QUALIFIED.test(text.slice(m.index))) declaration ??= sentence;
    else rest.push(sentence);
  }
  if (!declaration) return undefined;
  return rest.some(affirmsCollection) ? undefined : declaration;
}

function affirmsCollection(sentence: Sentence): boolean {
  const text = sentence.text;
  const m = AFFIRMS.exec(text) ?? AFFIRMS_NAMED.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  // "We do not collect…" is handled above; "we never receive" or a topic is no claim.
  const clause = before.slice(Math.max(0, before.search(/[,;:][^,;:]*$/)));
  if (NEGATION.test(text.slice(m.index, m.index + m[0].length)) || NEGATION.test(clause)) return false;
  // A title-like line ("Data We Collect") or a topic ("what information we collect").
  if (!/\w/.test(text.slice(m.index + m[0].length)) || TOPIC_BEFORE.test(before)) return false;
  return !ON_DEVICE.test(text);
}
