import { defineRule } from '../../src/engine/index.js';
import { gdprName, missingAt, proseSentences } from '../../src/model/index.js';
import type { Block, Range, Sentence } from '../../src/model/index.js';
import { article6 } from './shared/article6.js';

/**
 * Also in the third person, with the controller named before the verb: "the Student consents to the University processing
 * their personal data".
 * "you consent to the collection and use of your location data", "you consent to us sending you marketing e-mails",
 * "you consent to receiving our newsletter", "you consent to our contacting you": consent given to processing or to
 * being contacted, not to a document.
 */
const CONSENT_TO_PROCESSING =
  /\b(?:you|(?:the|each|every)\s{1,3}(?:students?|users?|customers?|members?|participants?|patients?|applicants?|clients?|parents?|employees?|candidates?|subscribers?|data\s{1,3}subjects?))\s{1,3}(?:(?:hereby|expressly|explicitly)\s{1,3})?consents?\s{1,3}to\s{1,3}(?:(?:the|our|us)\s{1,3})?(?:[A-Z][\w-]{1,20}\s{1,3})?(?:collect(?:ion|ing)|us(?:e|ing)|process(?:ing)?|shar(?:e|ing)|disclos(?:ure|ing)|transfer(?:ring)?|track(?:ing)?|stor(?:age|ing)|send(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|call(?:ing)?|text(?:ing)?|messag(?:e|ing)|keep(?:ing)?|record(?:ing)?|publish(?:ing)?|analy[sz](?:e|ing)|profil(?:e|ing)|receiv(?:e|ing))\b/i;

/**
 * Consent relied on as a legal basis (Art. 6(1)(a), Art. 9(2)(a)): "with your consent",
 * "based on your consent", "Consent (Art. 6(1)(a))", "we ask for your consent before …", and
 * in other words: "only if you have agreed / opted in", "only after you accept them in our
 * banner", "with your permission".
 * Not "By using the Service, you consent to this Policy" (that is `consent-by-use`) and not
 * "without your consent" (a promise, not a basis).
 */
const RELIANCE: RegExp[] = [
  /\b(?:with|upon|given|subject\s+to|based\s+(?:on|upon)|on\s+the\s+(?:basis|grounds?)\s+of|rel(?:y|ies|ying)\s+(?:up)?on|where\s+we\s+have|once\s+we\s+have|after\s+(?:obtaining|receiving))\s+(?:(?:your|the\s+user's|users'|the\s+data\s+subject's|their|prior|explicit|express|separate|specific|affirmative|opt-in|freely\s+given)\s+){0,3}consent\b/i,
  /\b(?:we|will|to|have|has|had)\s+(?:ask|request|seek|obtain|get|collect|record)\w{0,2}\s+(?:for\s+)?(?:your|the\s+user's|users'|their|prior|explicit|express|separate)\s+(?:(?:prior|explicit|express|separate)\s+)?consent\b/i,
  /\bwhere\s+you\s+(?:have\s+)?(?:given|provided|give|provide|gave)\s+(?:us\s+)?(?:your\s+)?(?:(?:prior|explicit|express|specific)\s+)?consent\b|\b(?:where|when|once|after|because|since)\s+you\s+(?:have\s+|['’]ve\s+)?(?:consented|opted[- ]in|opt[- ]in)\b/i,
  /\bif\s+you\s+(?:have\s+)?(?:consent(?:ed)?|opt(?:ed)?[- ]in)\b/i,
  // Agreement to the processing itself, not to terms: "If you agreed to receive offers", "if you have agreed to us sharing …".
  /\b(?:if|where|once)\s{1,3}you\s{1,3}(?:have\s{1,3})?agreed\s{1,3}to\s{1,3}(?:receiv\w{0,3}|being\s{1,3}(?:contacted|sent|called|emailed|e-mailed|texted|photographed|recorded)|(?:us|our)\s{1,3}(?:using|sending|contacting|sharing|keeping|publishing|recording))\b/i,
  // The person gives it: "only if you have given us your consent", "you can give your consent to marketing at sign-up".
  // Also the readers by their role: "Research participants give their consent on the information form".
  /(?<!\bwithout\s{1,3})\b(?:you|(?:the\s{1,3})?(?:participants?|students?|users?|customers?|members?|patients?|parents?|guardians?|applicants?|clients?|subscribers?|employees?|candidates?|volunteers?))\s{1,3}(?:(?:can|may|will|have|has|had|must|could|['’]ve)\s{1,3})?(?:also\s{1,3})?(?:give|gives|gave|given|grant|grants|granted|provide|provides|provided)\s{1,3}(?:us\s{1,3})?(?:(?:your|their|his\s{1,3}or\s{1,3}her)\s{1,3})?(?:(?:prior|explicit|express|specific|separate|written|informed)\s{1,3})?consent\b/i,
  // An affirmative act: "By ticking the box you consent to …", "by clicking 'Allow', you agree to us using your location".
  /\bby\s{1,3}(?:ticking|checking|clicking|tapping|selecting|switching\s{1,3}on|toggling|enabling|opting\s{1,3}in)\b[^.;]{0,80}?\byou\s{1,3}(?:(?:expressly|explicitly|hereby)\s{1,3})?(?:consent|agree|opt\s{1,3}in)\b(?!\s{1,3}to\s{1,3}(?:our|the|these|this)\s{1,3}(?:terms|policy|conditions|privacy|agreement|EULA))/i,
  /\bconsent[- ]based\b/i,
  // The people who gave it: "only to subscribers who opted in", "members who have consented", "users that have given their consent".
  /\b(?:who|that)\s{1,3}(?:have\s{1,3}|has\s{1,3}|['’]ve\s{1,3})?(?:opted[- ]in|consented|given\s{1,3}(?:us\s{1,3})?(?:their|his\s{1,3}or\s{1,3}her)\s{1,3}(?:consent|permission))\b/i,
  // Consent described as given: "Consent, once given, remains valid …", "the consent you give at sign-up covers …", "consent given at registration".
  // Also the other order ("Once given, consent cannot be withdrawn") and consent declared final ("Consent is irrevocable").
  /\bconsent,?\s{1,3}once\s{1,3}(?:given|granted|provided)\b|\bonce\s{1,3}(?:given|granted|provided),?\s{1,3}(?:your\s{1,3}|the\s{1,3})?consent\b|\bconsent\s{1,3}(?:is|shall\s{1,3}be|will\s{1,3}be)\s{1,3}(?:irrevocable|final|permanent)\b|\bconsent\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:give|gave|have\s{1,3}given|provide|provided)\s{1,3}(?:us\s{1,3})?(?:at|when|during|on|upon|for|by)\b|\bconsent\s{1,3}(?:given|granted|obtained)\s{1,3}(?:at|when|during|on|upon)\s{1,3}(?:the\s{1,3}time\s{1,3}of\s{1,3})?(?:sign[- ]?up|signing\s{1,3}up|registration|registering|enrol(?:l?ment|ling)|joining|check-?out|booking)\b/i,
  // Someone else's consent: "published with the consent of the people shown", "on the basis of the written consent of a parent".
  /\b(?:with|upon|based\s{1,3}(?:on|upon)|subject\s{1,3}to|on\s{1,3}the\s{1,3}basis\s{1,3}of)\s{1,3}(?:the\s{1,3})?(?:(?:prior|explicit|express|written|signed|informed)\s{1,3})?consent\s{1,3}of\s{1,3}(?:the|their|each|every|a|an|all)\s{1,3}\p{L}{3,20}\b/iu,
  // "you consent to the collection and use of your device identifiers" (after any act: downloading, signing up, using).
  CONSENT_TO_PROCESSING,
  // The same as a clause: "by signing up you agree that we may use your e-mail address for …".
  /\byou\s{1,3}(?:(?:hereby|expressly|explicitly)\s{1,3})?(?:agree|consent)\s{1,3}(?:that\s{1,3})?(?:we|us)\s{1,3}(?:may|can|will|are\s{1,3}allowed\s{1,3}to)\s{1,3}(?:use|process|collect|store|share|send|analy[sz]e|track|record|contact|pass)\b/i,
  // Consent in other words: processing only once the person agrees, or with their permission.
  // Also with the verb between: "cookies are only set if you agree to them", "only sent once you have opted in".
  /\bonly\s+(?:(?:be\s{1,3})?(?:set|used|placed|sent|collected|processed|shared|enabled|activated|loaded|stored|run|started|turned\s{1,3}on|switched\s{1,3}on)\s{1,3})?(?:if|after|once|when|where)\s+you\s+(?:have\s+|['’]ve\s+)?(?:agreed|agree|accept(?:ed)?|opted[- ]?in|opt[- ]in|said\s+yes|say\s+yes|ticked|tick|checked|allowed|allow|given\s+(?:us\s+)?(?:your\s+)?(?:permission|agreement|OK))\b(?!\s+(?:to\s+)?(?:our|the|these|this)\s+(?:terms|policy|conditions|privacy|agreement))/i,
  // With words between: "We'll only put you on our mailing list if you tick the box", "only added to the newsletter after you opt in".
  /\bonly\b[^.;]{0,60}?\b(?:if|after|once|when)\s{1,3}you\s{1,3}(?:have\s{1,3}|['’]ve\s{1,3})?(?:opted[- ]?in|opt[- ]in|said\s{1,3}yes|say\s{1,3}yes|(?:tick|ticked|check|checked)\s{1,3}(?:the|a|this|that)\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:box|checkbox))\b/i,
  // A click on the banner's accept button: "cookies are only set once you click 'Accept'", "loaded only after you tap “Allow all”".
  /\bonly\b[^.;]{0,60}?\b(?:if|after|once|when)\s{1,3}you\s{1,3}(?:have\s{1,3})?(?:click|tap|press|select|hit)(?:s|ed|ped)?\s{1,3}(?:on\s{1,3})?["'‘“]?(?:accept|allow|agree|I\s{1,3}agree|yes)\b/i,
  /\b(?:with|upon)\s+your\s+(?:prior\s+|explicit\s+|express\s+)?permission\b|\b(?:ask|request|seek|obtain)\w{0,2}\s+(?:for\s+)?your\s+(?:prior\s+|explicit\s+|express\s+)?permission\b|\b(?:ask|request)\w{0,2}\s{1,3}you\s{1,3}for\s{1,3}(?:your\s{1,3})?(?:(?:prior|explicit|express|separate)\s{1,3})?(?:permission|consent)\b/i,
  article6('a', 'i'),
  /\bArt(?:icle|\.)?\s*9\s*\(\s*2\s*\)\s*\(\s*a\s*\)/i,
  /\b(?:legal|lawful)\s+bas(?:is|es)\b[^.;]{0,30}?\bconsent\b/i,
  /\bconsent\b[^.;]{0,30}?\b(?:legal|lawful)\s+bas(?:is|es)\b/i,
];

/** A legal-basis label at the start of a bullet, a cell or a heading: "Consent", "User consent (for optional features)". */
const RELIANCE_LABEL = /(?:^\s*|[:|\u2014\u2013]\s*|\s-\s+)(?:(?:your|user|explicit|express|data\s+subject)\s+)?consent\b(?!\s+(?:to\s+(?:this|these|our)\s+(?:policy|terms|privacy)|record|banner|manager|management|preferences?|cookie)\b)/i;

/** Where a label means a legal basis: its section or its table column is about legal bases. */
const BASIS_CONTEXT = /\b(?:legal|lawful)\s+(?:bas(?:is|es)|grounds?)\b|\bbas(?:is|es)\s+(?:for|of)\s+processing\b|\bwhy\s+we\s+(?:process|use)\b|\bprocessing\s+grounds?\b/i;

/** "We do not rely on consent": the requirement does not apply. */
const NO_CONSENT =
  /\b(?:we\s+(?:do\s+not|don't|never|will\s+not|won't)\s+(?:rely|base|process)\w{0,3}\b[^.;]{0,50}?\b(?:on|upon|the\s+basis\s+of)\s+(?:your\s+)?consent|consent\s+is\s+not\s+(?:used|relied\s+on|our\s+(?:legal|lawful)\s+basis|a\s+(?:legal|lawful)\s+basis)|(?:none|no\s+part)\s+of\s+(?:our|the)\s+processing\s+(?:is|relies)\s+(?:based\s+)?on\s+consent|we\s+do\s+not\s+(?:ask\s+for|request|use)\s+(?:your\s+)?consent\s+(?:as\s+(?:a|the)\s+(?:legal|lawful)\s+basis|for\s+any\s+processing))\b/i;

/**
 * The right to withdraw consent at any time (Art. 7(3)), in the ways policies put it:
 * "withdraw your consent", "withdrawal of consent", "revoke your consent", "consent can be
 * withdrawn", "you can change your mind at any time". An opt-out or unsubscribe "at any
 * time" also counts: for consent-based e-mail it is the withdrawal (evidence "partial").
 */
const WITHDRAWAL: RegExp[] = [
  // Also in the third person: "Doing so withdraws the consent you gave", "unticking it revokes your permission".
  /\b(?:withdraws?|withdrawal|withdrawing|revokes?|revoking|revocation|retracts?|retracting|rescinds?|rescinding|take\s+back|taking\s+back|takes\s+back)\b[^.;]{0,40}?\b(?:consent|permission|opt-in)s?\b/i,
  /\b(?:consent|permission)s?\b[^.;]{0,40}?\b(?:withdrawn|withdrawable|revoked|revocable|retracted|rescinded|withdraw|revoke)\b/i,
  // Also the reader's own question: "Can I change my mind? Yes."
  // Also "Changed your mind?" and "changing your mind".
  /\bchang(?:e|ed|ing)\s+(?:your|my)\s+mind\b/i,
  // Consent called an agreement: "you can take that agreement back whenever you like", "withdraw your agreement".
  /\b(?:withdraw|revoke|retract|cancel)\s{1,3}(?:your|that|this|the)\s{1,3}agreement\b(?!\s{1,3}(?:with|between)\b)|\btake\s{1,3}(?:your|that|this|the)\s{1,3}agreement\s{1,3}back\b/i,
  // In a relative clause after the consent: "your consent (which you can take back at any time …)", "permission, which you may cancel".
  /\b(?:consent|permission)s?\b[^.;]{0,40}?\b(?:which|that)\s{1,3}you\s{1,3}(?:can|may|are\s{1,3}free\s{1,3}to|are\s{1,3}able\s{1,3}to)\s{1,3}(?:(?:always|also)\s{1,3})?(?:withdraw|revoke|retract|take\s{1,3}back|cancel)\b/i,
  // "We ask for your consent …; you can withdraw it in the banner", "… and take it back whenever you want": the pronoun takes back the consent.
  /\b(?:consent|permission)s?\b[^.]{0,80}?\b(?:(?:withdraw|revoke|retract|take\s{1,3}back)\s{1,3}(?:it|this|that|them)|take\s{1,3}(?:it|this|that|them)\s{1,3}back)\b/i,
];
/**
 * "You are free to withdraw at any time", "you may withdraw whenever you wish": withdrawal without the word consent,
 * read as the withdrawal of consent only in a block that speaks of consent ("Taking part is based on your consent.").
 */
const BARE_WITHDRAWAL =
  /\b(?:withdraw|withdrawal|withdrawing|revoke)\b(?!\s{1,3}(?:money|funds|cash|(?:your\s{1,3})?(?:savings|deposits?|balance)))[^.;]{0,40}?\b(?:at\s{1,3}any\s{1,3}(?:time|point|stage)|any\s{0,3}time|whenever\s{1,3}you)\b|\b(?:withdrawal|revocation)\s{1,3}(?:is\s{1,3})?(?:possible|available|allowed|permitted)\b/i;
// Also spelt "un-subscribe".
const OPT_OUT_ANY_TIME = /\b(?:opt(?:-|\s)?out|un-?subscribe|turn\s+(?:it|them)\s+off|switch\s+(?:it|them)\s+off)\b[^.;]{0,60}?\b(?:at\s+any\s+time|any\s*time)\b|\b(?:at\s+any\s+time|any\s*time)\b[^.;]{0,30}?\b(?:opt(?:-|\s)?out|un-?subscribe)\b/i;

/** Negation just before a phrase, within its clause ("you cannot withdraw", "consent cannot be withdrawn"). */
const NEGATION_BEFORE = /\b(?:not|never|cannot|no|nor|unable)\b|n't\b/i;

/** "We never share your data unless you give us your consent": a condition opens a clause of its own. */
const CONDITION_WORD = /\b(?:unless|except\s+(?:if|when|where|with)|only\s+(?:if|when|where|once|after))\b/gi;

function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const cut = Math.max(...[',', ';', ':', '.', '(', ')', '\u2014', '\u2013', ' - '].map((c) => before.lastIndexOf(c)));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  const condition = [...clause.matchAll(CONDITION_WORD)].pop();
  return NEGATION_BEFORE.test(condition ? clause.slice(condition.index + condition[0].length) : clause);
}

/**
 * A withdrawal limited in time is not "at any time" (Art. 7(3)): "you may withdraw that consent within 14 days of giving it",
 * "revoke it no later than the day before the event", "withdrawal is possible for 30 days".
 */
const TIME_LIMITED = /^[^.;]{0,60}?\b(?:within\s{1,3}(?:\d{1,3}|one|two|three|seven|fourteen|thirty)\s{1,3}(?:hours?|days?|weeks?|months?)|no\s{1,3}later\s{1,3}than|up\s{1,3}to\s{1,3}\d{1,3}\s{1,3}(?:hours?|days?|weeks?)|(?:only\s{1,3})?for\s{1,3}(?:\d{1,3}|seven|fourteen|thirty)\s{1,3}(?:days?|weeks?))\b/i;

/** A match that is not negated: the first word of a "withdrawn"-type match may be negated from inside it. */
/** Periods of abbreviations ("Art. 6(1)(a)", "e.g.") are not clause ends: blank them, same length. */
// The dot first, then what precedes it: the engine looks at dots only, not at every word.
const ABBREVIATION_DOT = /\.(?<=\b(?:Arts?|e\.g|i\.e|No|Sec|para|lit)\.)/gi;

function firstMatch(patterns: RegExp[], raw: string, withdrawing = false): { start: number; end: number } | undefined {
  const text = raw.replace(ABBREVIATION_DOT, ' ');
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    // "consent cannot be withdrawn": look for the negation inside the match too.
    if (negatedBefore(text, m.index) || /\b(?:cannot|not|never|n't)\b[^.;]{0,15}$/i.test(m[0].replace(/(?<!\w)\w+$/, ''))) continue;
    if (withdrawing && TIME_LIMITED.test(text.slice(end))) continue;
    return { start: m.index, end };
  }
  return undefined;
}

/** A list's lead-in that announces legal bases: "Where applicable, processing is based on:". */
const BASIS_LEAD_IN = /\bbased\s+on\s*:|\b(?:legal|lawful)\s+bas(?:is|es)\b|\bgrounds?\s+for\s+processing\b|\bwhy\s+we\s+(?:process|use)\b/i;

function basisContext(block: Block, blocks: readonly Block[]): boolean {
  if (block.cell) {
    const header = block.cell.columnHeader ?? '';
    if (BASIS_CONTEXT.test(header) || /^\s*bas(?:is|es)\b/i.test(header)) return true;
    const row = block.cell.table.rows[block.cell.row] ?? [];
    if (row.some((c) => c !== block && BASIS_CONTEXT.test(c.text))) return true;
  }
  for (let s: typeof block.section | null = block.section; s; s = s.parent) if (s.level > 0 && BASIS_CONTEXT.test(s.title)) return true;
  if (block.kind !== 'listItem') return false;
  for (let i = block.index - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const prev = blocks[i];
    if (!prev) break;
    if (prev.kind === 'listItem') continue;
    return prev.kind !== 'code' && BASIS_LEAD_IN.test(prev.text);
  }
  return false;
}

/** "Cookies that are not strictly necessary …": a kind of cookie, not a negation of what follows. Blanked, same length. */
const NOT_NECESSARY = /\bnot\s+(?:strictly\s+)?(?:necessary|essential|required)\b/gi;

/** Consent relied on in a sentence: the phrase, or undefined. */
function relianceIn(sentence: Sentence, blocks: readonly Block[]): { start: number; end: number } | undefined {
  const text = sentence.text;
  // "By using the Service you consent to this Policy" is `consent-by-use`; but "by using the App you consent to the
  // collection of your location data" still relies on consent for that processing, and withdrawal must be offered.
  if (/\bby\s+(?:using|accessing|visiting|continuing|browsing)\b|\bcontinued\s+use\b/i.test(text)) {
    const m = CONSENT_TO_PROCESSING.exec(text);
    return m && !negatedBefore(text, m.index) ? { start: m.index, end: m.index + m[0].length } : undefined;
  }
  const hit = firstMatch(RELIANCE, text.replace(NOT_NECESSARY, (m) => ' '.repeat(m.length)));
  if (hit) return hit;
  const block = sentence.block;
  if (block.kind !== 'paragraph' && block.sentences[0] === sentence && basisContext(block, blocks)) {
    const m = RELIANCE_LABEL.exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A heading or a column about withdrawing: "11.2 Withdrawal", "Withdrawing your consent", "How to opt out", "Revocation". */
const WITHDRAWAL_TITLE =
  /^\W{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s{1,3})?(?:(?:how\s{1,3}(?:to|can\s{1,3}I|do\s{1,3}I)\s{1,3})?(?:withdraw\w{0,3}|revok\w{0,3}|revocation|opt(?:ing)?[- ]?out|unsubscrib\w{0,3}))\b(?!\s{1,3}(?:of\s{1,3})?(?:money|funds|cash|savings|deposits?|balance))/i;
/** A means the reader can use: "Unsubscribe links in all emails or email privacy@…", "Reply STOP", "in the app settings". */
const MEANS = /\b(?:unsubscrib\w{0,3}|opt(?:-|\s)?out|e-?mail|contact|write|reply|text|settings?|link|click|tap|toggle|switch|banner|dashboard|account|form|call|phone|STOP)\b/i;

const MONEY = /\b(?:funds|money|cash|savings|deposits?|balance|winnings|payouts?|earnings)\b/i;

/**
 * A statement of how to withdraw by where it stands: the body of a section headed "Withdrawal" (its first sentence, when it
 * gives a means), or a cell of a column headed "How to opt out" / "Withdrawal" in a row that relies on consent.
 */
function withdrawalPlace(sentence: Sentence): 'withdrawal' | 'optOut' | null {
  const block = sentence.block;
  // An opt-out or unsubscribe title is read like "unsubscribe at any time": for consent-based e-mail it is the withdrawal (partial).
  const kind = (title: string): 'withdrawal' | 'optOut' => (/opt|unsubscrib/i.test(title) ? 'optOut' : 'withdrawal');
  if (block.cell) {
    const header = block.cell.columnHeader ?? '';
    if (!WITHDRAWAL_TITLE.test(header) || /^\W{0,3}(?:n\/a|none|no|-|—)?\W{0,3}$/i.test(block.text)) return null;
    const row = block.cell.table.rows[block.cell.row] ?? [];
    return row.some((c) => c !== block && /\bconsent\b/i.test(c.text)) ? kind(header) : null;
  }
  const section = block.section;
  if (block.kind === 'heading' || section.level === 0 || !WITHDRAWAL_TITLE.test(section.title)) return null;
  if (sentence !== section.blocks.find((b) => b.kind !== 'heading')?.sentences[0]) return null;
  // Not money: "## Withdrawals / You can withdraw funds by e-mailing support".
  return MEANS.test(sentence.text) && !MONEY.test(sentence.text) && !negatedBefore(sentence.text, sentence.text.length) ? kind(section.title) : null;
}

const RIGHTS_HEADING =
  /\b(?:your|data[- ]subjects?'?|individual|user|privacy|data protection|gdpr|legal)\s+(?:privacy\s+)?rights\b|^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?rights\b|\brights\s+(?:under|of|and|&)\b|\byour\s+choices\b|\bconsent\b|\baccess(?:ing)?,?\s+(?:and|&)\s+(?:control|correct|updat|delet)/i;

export default defineRule({
  meta: {
    id: 'gdpr/withdraw-consent',
    description: 'Where processing is based on consent, the policy tells users they can withdraw it at any time.',
    reference: 'GDPR Art. 13(2)(c), Art. 14(2)(d), Art. 7(3)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy relies on consent ("{phrase}", line {line}) but does not say it can be withdrawn at any time ({law} Art. 13(2)(c), Art. 7(3)).',
        severity: 'error',
        suggestion:
          'State the right to withdraw consent, e.g. "Where we rely on your consent, you may withdraw it at any time; this does not affect the lawfulness of processing before the withdrawal."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const sentences = proseSentences(doc);
    let reliance: { sentence: Sentence; range: Range; phrase: string } | undefined;
    let notApplicable: Sentence | undefined;
    let withdrawal: Range | undefined;
    let optOut: Range | undefined;
    const consentBlocks = new Map<Block, boolean>();
    for (const sentence of sentences) {
      const text = sentence.text;
      if (NO_CONSENT.test(text)) {
        notApplicable ??= sentence;
        continue;
      }
      if (!withdrawal) {
        // The bare form only where the sentence can hold it; the block is read once, not once per sentence.
        const bare = (): boolean => {
          if (!/\b(?:withdraw|revok|revocation)/i.test(text)) return false;
          if (!consentBlocks.has(sentence.block)) consentBlocks.set(sentence.block, /consent/i.test(sentence.block.text));
          return consentBlocks.get(sentence.block) === true;
        };
        const w = firstMatch(WITHDRAWAL, text, true) ?? (bare() ? firstMatch([BARE_WITHDRAWAL], text, true) : undefined);
        const place = w ? null : withdrawalPlace(sentence);
        if (w) withdrawal = sentence.rangeOf(w.start, w.end);
        else if (place === 'withdrawal') withdrawal = sentence.range;
        else if (place === 'optOut') optOut ??= sentence.range;
      }
      if (!optOut) {
        const o = firstMatch([OPT_OUT_ANY_TIME], text);
        if (o) optOut = sentence.rangeOf(o.start, o.end);
      }
      if (!reliance) {
        const r = relianceIn(sentence, doc.blocks);
        if (r) reliance = { sentence, range: sentence.rangeOf(r.start, r.end), phrase: text.slice(r.start, r.end).trim() };
      }
    }
    const item = 'right to withdraw consent (Art. 7(3))';
    if (withdrawal) {
      context.evidence({ item, status: 'met', at: withdrawal });
      return;
    }
    if (!reliance) {
      context.evidence({ item, status: 'not-applicable', ...(notApplicable ? { at: notApplicable } : {}) });
      return;
    }
    if (optOut) {
      context.evidence({ item, status: 'partial', at: optOut });
      return;
    }
    context.evidence({ item, status: 'missing', at: reliance.range });
    const phrase = reliance.phrase.length > 50 ? `${reliance.phrase.slice(0, 47)}…` : reliance.phrase;
    context.report({
      messageId: 'missing',
      data: { phrase, line: reliance.range.start.line, law: gdprName(doc) },
      at: missingAt(doc, RIGHTS_HEADING),
    });
  },
});
