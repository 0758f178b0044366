import { defineRule } from '../../src/engine/index.js';
import { isNegated, proseBlocks } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';

// ---- the conduct the policy treats as consent -------------------------------------------

/** Acts of using a service: none of them is a statement or an affirmative act of consent. */
const USE_ING =
  'using|utili[sz]ing|making\\s+use\\s+of|engaging\\s+with|accessing|visiting|browsing|navigating|interacting|remaining|staying|scrolling|downloading|installing|proceeding|continuing|talking|chatting|speaking|clicking\\s+(?:on\\s+)?(?:any|a)\\s+link|(?:continued|further|ongoing)\\s+use|use';
/** Acts that are affirmative, but not a consent of their own: consent is bundled with them. */
const BUNDLED_ING =
  'checking\\s+out|registering|registration|submission|provision|setting\\s+up|activating|pairing|signing[- ]?up|creating\\s+an?\\s+account|opening\\s+an?\\s+account|(?:logging|signing)\\s+in|submitting|providing|giving\\s+us|sharing|uploading|storing|sending|entering|filling\\s+(?:in|out)|completing|placing\\s+an?\\s+order|ordering|purchasing|buying|booking|making\\s+an?\\s+(?:booking|purchase|reservation|order|enquiry|inquiry|application|donation)|applying|participating|attending|taking\\s+part|clicking\\s+(?:on\\s+)?["\'“‘]?(?:sign[- ]?up|register|create|join|submit|continue|get\\s+started)';
/** Getting in touch: a call or a message is made to be answered, not to consent to recording or other uses. */
const CONTACT_ING = 'calling|dial(?:l)?ing|phoning|ringing\\s+us|(?:contacting|e-?mailing|messaging|texting)\\s+us|writing\\s+to\\s+us';
const CONTACT_BASE = 'call|dial|phone|ring\\s+us|(?:contact|e-?mail|message|text)\\s+us|write\\s+to\\s+us';
const USE_BASE = 'use|utili[sz]e|make\\s+use\\s+of|engage\\s+with|access|visit|browse|navigate|interact|remain|stay|scroll|download|install|continue|talk|chat|speak';
const BUNDLED_BASE =
  'check\\s?out|register|set\\s+up|activate|pair|sign\\s+up|create\\s+an?\\s+account|open\\s+an?\\s+account|(?:log|sign)\\s+in|submit|provide|give\\s+us|share|upload|store|send|enter|fill\\s+(?:in|out)|complete|place\\s+an?\\s+order|order|purchase|buy|book|apply|participate|attend|take\\s+part';

/** "By using the Service", "through your continued use of", "upon registering". */
const BY_ACT = new RegExp(
  `\\b(?:by|through|upon|on|(?<!\\b(?:connection|accordance|associated|line|compliance|together|along|deal|help|problems?|issues?)\\s)with)\\s+(?:your\\s+|the\\s+)?(?:(?:continu(?:ing|ed)|further|mere(?:ly)?|simply|ongoing)\\s+(?:to\\s+)?)?(?:${USE_ING}|${BUNDLED_ING}|${CONTACT_ING})\\b`,
  'gi',
);
/** "If you use the Site", "when you create an account", "users who continue to use the Service". */
const IF_ACT = new RegExp(
  `\\b(?:(?:if|when|whenever|once|as\\s+long\\s+as)\\s+you|should\\s+you|(?:anyone|those|people|[a-z]{2,20}s)\\s+who)\\s+(?:(?:choose|decide|elect|continue|proceed)\\s+to\\s+|continue\\s+)?(?:${USE_BASE}|${BUNDLED_BASE}|${CONTACT_BASE}|(?:keep|carry)\\s+(?:on\\s+)?(?:using|browsing|visiting|scrolling|navigating))\\b`,
  'gi',
);
/**
 * An act equated with consent by a symbol, as terse lists do: "Sign up = you agree to …",
 * "Registration → consent to marketing", "Using the app = accepting this policy". The symbol
 * is left out of the match: it is the link (see LINK).
 */
const SYMBOL_ACT = new RegExp(
  `(?:^|[,;:(]\\s*)(?:${USE_BASE}|${USE_ING}|${BUNDLED_BASE}|${BUNDLED_ING}|sign-up|signup)(?:\\s+[\\w'’-]{1,20}){0,3}(?=\\s{0,3}(?:=|→|⇒|->))`,
  'gi',
);
/** "Your use of the Site …", "Continued use …", "Continuing to browse …": needs a linking verb. */
const USE_AS_SUBJECT =
  /(?:\b(?:(?:your|the|any|such)\s+)?(?:(?:continued|further|mere|ongoing)\s+)?(?:use|usage|utili[sz]ation|access|browsing|visits?|registration)(?:\s+(?:of|to|on)\b|(?=\s+(?:constitutes?|signifies|means|indicates|shall|will|is|implies|amounts))))|(?:^|[,;:(]\s*|\bthat\s+)(?:simply\s+|merely\s+)?(?:continuing\s+to\s+(?:use|browse|access|visit|navigate)|using|utili[sz]ing|making\s+use\s+of|accessing|visiting|browsing|navigating|staying|remaining|scrolling|opening|launching|installing|downloading)\b/gi;
/** Silence and inactivity (GDPR Recital 32): "unless you opt out", "if you do not tell us otherwise", a box left ticked. */
const INACTION =
  /\b(?:unless|until)\s+you\s+(?:opt[- ]?out|object|tell\s+us\s+otherwise|say\s+otherwise|let\s+us\s+know\s+otherwise|unsubscribe|change|disable|adjust|decline|block|untick|uncheck|deselect)\b|\b(?:if|where|when)\s+you\s+(?:do\s+not|don['’]t|fail\s+to)\s+(?:opt[- ]?out|object|change|disable|adjust|decline|unsubscribe|block|untick|uncheck|deselect|respond|reply|tell\s+us\s+otherwise|say\s+otherwise|let\s+us\s+know)\b|\b(?:users|visitors|those|anyone)\s+who\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t)\s+(?:change|adjust|disable|block|opt[- ]?out|object)\b|\bif\s+we\s+(?:do\s+not|don['’]t)\s+(?:hear\s+(?:back\s+)?from\s+you|receive\s+(?:an?\s+)?(?:objection|response|reply))\b|\b(?:if|where|when)\s+(?:no\s+(?:objection|reply|response|answer)\s+is\s+received|we\s+receive\s+no\s+(?:objection|reply|response|answer)|(?:the|your|a)\s+(?:(?:signed|completed|consent|reply|objection|opt-out)\s+)?(?:form|reply|response|objection|letter|slip)\s+is\s+not\s+(?:returned|received|sent\s+back))\b|\bby\s+not\s+(?:opting[- ]?out|objecting|unsubscribing|changing|unticking|unchecking)\b|\bwithout\s+(?:changing|adjusting)\s+your\s+(?:browser\s+|cookie\s+|privacy\s+)?settings\b|\b(?:by\s+|if\s+you\s+|when\s+you\s+)?leav(?:e|ing)\s+(?:(?:the|this|that|these|those|all)\s+)?(?:(?:pre-?(?:ticked|checked|selected)|marketing|newsletter|consent|opt-in)\s+)?(?:(?:check\s?)?box(?:es)?|options?|settings?|toggles?|it|them)\s+(?:ticked|checked|selected|enabled|switched\s+on|unchanged)\b/gi;
/** Silence as the subject of a linking verb: "Your silence will be taken as consent", "failure to opt out constitutes …". */
const SILENCE_AS_SUBJECT =
  /\b(?:your\s+|the\s+)?(?:silence|inaction|inactivity|failure\s+to\s+(?:opt[- ]?out|object|respond|reply|unsubscribe|untick|uncheck))\b/gi;
/** A bundled act as the subject: "Creating an account means you have consented …", "Submitting the form constitutes …". */
const BUNDLED_AS_SUBJECT =
  /(?:^|[,;:(]\s*|\bthat\s+)(?:simply\s+|merely\s+)?(?:registering|signing[- ]?up|creating\s+an?\s+(?:account|profile)|opening\s+an?\s+account|submitting|providing|giving\s+us|sending\s+us|entering|uploading|setting\s+up|activating|(?:your\s+|the\s+|any\s+)?(?:submission|provision)\s+of)\b/gi;
/** "… constitutes", "… means that", "… is deemed (to be)". */
const LINK =
  /(?:(?<=\s|^)(?:=|→|⇒|->)|\b(?:constitutes?|constituted|signif(?:y|ies)|means?|indicates?|impl(?:y|ies)|demonstrates?|confirms?|represents?|evidences?|amounts?\s+to|acts?\s+as|serves?\s+as|(?:shall|will)\s+(?:constitute|signify|mean|indicate|be\s+(?:deemed|considered|taken|treated|regarded))|(?:is|are)\s+(?:deemed|considered|taken|treated|regarded)))(?:\s+(?:to\s+be|as))?(?:\s+that)?\s*/gi;

const LINK_ANYWHERE = new RegExp(LINK.source, 'i');

// ---- the consent itself ----------------------------------------------------------------------

/** "you consent", "you hereby agree", "you are deemed to have accepted", "you signify your consent", "you declare yourself agreed" (German "erklären sich einverstanden"). */
const YOU_CONSENT =
  /\byou(?:['’]re|\s+are|\s+will\s+be|\s+shall\s+be|\s+have|['’]ve)?\s+(?:(?:hereby|thereby|expressly|explicitly|specifically|freely|voluntarily|irrevocably|also|automatically|therefore|thus|fully)\s+){0,2}(?:(?:acknowledge|understand|confirm|represent|(?:have\s+)?read(?:,?\s+(?:and\s+)?understood)?),?\s+and\s+)?(?:consent(?:ing|ed)?|agree(?:ing|d)?|accept(?:ing|ed)?|authori[sz](?:e|ing|ed)|(?:deemed|considered|taken|treated|regarded)\s+(?:to\s+(?:have\s+)?|as\s+(?:having\s+)?)(?:consent(?:ed|ing)?|agree(?:d|ing)?|accept(?:ed|ing)?|given\s+(?:your\s+)?consent)|declar(?:e|ing)\s+(?:yourself\s+)?(?:to\s+be\s+)?(?:agreed|in\s+agreement|consenting)|(?:signify(?:ing)?|signal(?:l?ing)?|indicat(?:e|ing)|giv(?:e|ing)|provid(?:e|ing)|express(?:ing)?|grant(?:ing)?|confirm(?:ing)?|declar(?:e|ing))\s+(?:us\s+)?(?:your\s+)?(?:express\s+|explicit\s+|full\s+|informed\s+)?(?:consent|agreement|acceptance|permission)|(?:allow|permit)(?:ing)?\s+us)\b/gi;
/** Without "you": "Users who continue to use the Service are deemed to have consented …". */
const DEEMED =
  /\b(?:are|is|will\s+be|shall\s+be)\s+(?:deemed|considered|taken|treated|regarded)\s+(?:to\s+(?:have\s+)?|as\s+(?:having\s+)?)(?:consent(?:ed|ing)?|agree(?:d|ing)?|accept(?:ed|ing)?|given\s+(?:their\s+|your\s+)?consent)\b/gi;
/** Consent presumed by the business: "we'll assume that you are happy to receive all cookies", "we will take this as your consent". */
const ASSUMED =
  /\b(?:assume|presume|take\s+(?:it|this|that)|treat\s+(?:it|this|that))\s+(?:(?:as|to\s+mean)\s+)?(?:that\s+)?(?:you(?:['’]re|\s+are)\s+(?:happy|ok(?:ay)?|fine|content|comfortable)|(?:your\s+)?(?:consent|agreement|acceptance|permission)|(?:an?\s+|your\s+)?(?:yes|ok(?:ay)?|go-ahead|green\s+light))\b|\b(?:treat|consider|deem|regard|take)\s+you\s+(?:as\s+having|to\s+have)\s+(?:consented|agreed|accepted|given\s+(?:your\s+)?consent)\b/gi;
/** "… assume that users who do not change their settings are happy to …": the act stands between. */
const ASSUMING = /\b(?:assume|presume)s?\b/i;
const ARE_HAPPY = /\b(?:are|is)\s+(?:happy|ok(?:ay)?|fine|content|comfortable)\s+(?=to\b|for\b|with\b)/gi;
/** "We consider your use of the website as consent to …": the act between the verb and "as". */
const TREATED_AS =
  /\b(?:consider|treat|regard|take|deem|interpret|view)(?:s|ed|ing)?\s+(?:your|any|the)\s+(?:(?:continued|further|ongoing)\s+)?(?:use|usage|browsing|access|visits?|silence|inaction|inactivity|registration)\b[^.;]{0,80}?\b(as\s+(?:(?:your|an?|implied|tacit)\s+)?(?:consent|agreement|acceptance|permission))\b/gi;
/** After a linking verb: "(your) consent", "acceptance", "agreement", "means accepting …". */
const CONSENT_NOUN =
  /^(?:(?:your\s+|an?\s+|the\s+)?(?:(?:express|explicit|implied|informed|full|tacit)\s+)?(?:consent|agreement|acceptance|permission|authori[sz]ation)|accepting|agreeing\s+to|consenting\s+to)\b/i;
/**
 * "unless you specifically agree to be contacted", "only if you consent to it": consent as a
 * condition still to be met — an opt-in, not consent inferred from an act. Tested on the text
 * right before the consent.
 */
const CONDITION_BEFORE = /\b(?:unless|if|provided(?:\s+that)?|in\s+case)\s+$/i;
/**
 * An affirmative act of consent opening the clause: "By ticking the box on the registration
 * form you consent to …" — the registration only says where the box is.
 */
const CONSENT_ACT =
  /\b(?:by|through|upon)\s+(?:(?:actively|expressly|explicitly|separately)\s+)?(?:ticking|checking|selecting|tapping|pressing|toggling|switching\s+on|opting[- ]in|subscribing|signing\s+(?:the|a|our)\s+consent)\b/i;
/** "you agree not to …": an obligation, not consent. */
const NOT_AFTER = /^\s*(?:not|never)\b/i;

// ---- what is consented to ----------------------------------------------------------------------

/** The privacy policy itself (agreeing to a notice is bundled consent), never the Terms alone. */
const POLICY =
  /\b(?:privacy|cookies?|data(?:\s+protection)?|POPIA?|GDPR|CCPA|PAIA)(?:\s+Act)?\s+(?:policy|policies|notice|statement|disclaimer|declaration|charter)\b|\b(?:this|these)\s+(?:policy|statement|notice)\b|\bour\s+(?:policy|policies)\s+and\s+practices\b/i;
/** Processing of personal information: a processing word followed by a data word. */
const PROCESSING =
  /(?<!\bterms\s{1,3}of\s{1,3})\b(?:collect\w{0,4}|process(?:es|ed|ing)?|us(?:e|es|ed|ing|age)(?!\s+(?:the|our|this|these|any)\s+(?:services?|site|website|platform|apps?|application|products?)\b)|stor(?:e|es|ed|ing|age)|disclos\w{1,4}|shar(?:e|es|ed|ing)|pass(?:es|ed|ing)?|forward\w{0,3}|transfer\w{0,5}|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sale|retention|retain\w{0,3}|read(?:s|ing)?|receiv\w{1,3}|obtain\w{0,3}|gather\w{0,3}|monitor\w{0,3}|track\w{0,3}|record\w{0,3}|analy[sz]\w{1,4}|handl\w{1,4}|access(?:ing)?)\b[^.;]{0,60}?\b(?:data|information|info|details|identifiers?|location|messages|communications|contacts|contact\s+lists?|address\s+books?|names?|photo(?:graph)?s?|images?|recordings?|records?|history|profiles?)\b/i;
/** Nouns that are processing of their own: cookies, tracking, transfers, "such processing", "the sharing of your readings". */
const PROCESSING_NOUN =
  /\b(?:collection|use|sharing|disclosure|storage|recording|analysis|transfer)\s{1,3}of\s{1,3}your\s{1,3}(?!(?:own\s{1,3})?(?:account|device|browser|rights|choices?|settings)\b)|\bcookies?\b|\btracking\s+technolog\w{1,5}|\bsimilar\s+technolog\w{1,5}|\bweb\s+beacons?\b|\btransfers?\b|\btransferr(?:ed|ing)\b|(?<!\bpayments?\s)\bprocessing\b(?!\s+(?:of\s+)?(?:your\s+)?(?:payments?|orders?|transactions?|refunds?|requests?)\b)|\b(?:marketing|promotional|advertising|advertisements|newsletters?|personali[sz]ed\s+ads|offers|promotions)\b|\breceiv(?:e|ing)\s+(?:(?:our|marketing|promotional)\s+)?(?:text\s+messages|sms(?:es)?|e-?mails?|calls|communications|updates|news)\b|\b(?:such|this|these|that|the\s+(?:above|foregoing))\s+(?:collection|use|uses|storage|disclosures?|sharing|practices)\b|\b(?:data|information)\s+(?:sharing|collection|disclosures?)\b|\b(?:data|privacy|information)(?:[- ]handling)?\s+practices\b|\b(?:usage\s+|web\s+)?analytics\b|\brecording\s+(?:of\s+)?(?:(?:the|your|this|all|such)\s+)?(?:(?:phone|telephone)\s+)?(?:calls?|conversations?)\b|\bcall\s+recording\b|\bbeing\s+(?:photographed|filmed|recorded)\b|\b(?:data|information|details|conversations|calls?|chats|messages|activity|location)\s+(?:(?:may|will|can|shall)\s+)?(?:be|are|is)\s+(?:collected|processed|recorded|shared|used|stored|analy[sz]ed|monitored|tracked|disclosed|transferred)\b/i;
/** What a reader acknowledges, not agrees to ("agree to our Terms and acknowledge our Privacy Policy"). */
const ACKNOWLEDGE = /\b(?:acknowledge|read|review|understood|see|refer)\b/i;
/** The object ends where a new clause with its own subject begins. */
const CLAUSE_END = /[;]|,\s*(?:but|while|whereas|however)\b|,\s+and\s+(?:we|our|they|it)\b|(?<!\s|\bwe|\byou)\s+and\s+(?:we|our|they|it)\b|,\s*which\s+(?:we|are|is)\b/i;

/**
 * "If you complete the form, you agree that we may use your information to answer your enquiry":
 * processing that the act itself needs — a misnamed basis at most, not consent to another purpose.
 */
const FOR_THE_ACT =
  /\b(?:to|in\s+order\s+to|so\s+(?:that\s+)?we\s+can)\s+(?:respond|reply|answer|deal|handle|process|fulfil|fulfill|deliver|complete|manage|administer)\w{0,3}\s+(?:to\s+|with\s+)?(?:your|the|this)\s+(?:enquiry|inquiry|request|order|application|booking|question|message|purchase|reservation|entry)\b/i;
/** Purposes beyond the act: with one of these, the consent reaches past what the act needs. */
const BEYOND_THE_ACT = /\b(?:marketing|advertis\w{0,5}|newsletters?|offers|promotions?|partners?|third[- ]part\w{1,4}|profil\w{1,5}|analytics|research|future|other\s+purposes)\b/i;

/**
 * An object that refers back ("we'll take that as a yes", "If you do not agree, leave the site",
 * "are deemed to have consented to its use", "constitutes your consent to us sharing it with
 * employers"): what it refers to is in the clause before the consent or in the sentence before.
 */
const REFERS_BACK =
  /^\W{0,3}(?:(?:to|with)\s{1,3}(?:this|that|it|them|these)\W{0,3})?(?:then\W{0,3}|please\W{0,3})?$|\b(?:its|their)\s{1,3}(?:use|processing|disclosure|storage|collection|sharing|retention)\b|\b(?:us|we)\s{1,3}(?:shar|us|process|stor|disclos|pass|forward|transferr?|send|keep|retain|analy[sz]|show|display|publish)\w{0,4}\s{1,3}(?:it|them)\b/i;
/** What the act hands over ("Submitting your CV …", "Uploading your photos …"): "it" after it is that data. */
const DATA_NOUN = /\b(?:data|information|info|details|cookies?|forms?|answers|responses|entries|submissions|photos?|CVs?|documents?|files?|recordings?)\b|\br[ée]sum[ée]s?(?!\p{L})/iu;

/** "Continued use … after the changes constitutes acceptance of the updated Policy." */
const POLICY_CHANGE =
  /\bafter\s[^.;]{0,60}?\b(?:chang|updat|revis|modif|amend)\w{0,6}|\b(?:the|such|any|these|those)\s+(?:changes|updates|revisions|modifications|amendments)\b|\b(?:updated|revised|amended|modified|new|changed)\s+(?:privacy\s+)?(?:policy|statement|notice|terms|version)\b|\b(?:update|change|revise|modify|amend)s?\s+(?:this|the|our)\s+(?:privacy\s+)?(?:policy|statement|notice)\b/i;

// ---- "If you do not agree with this Policy, do not use the Service" ----------------------------

const IF_NOT_AGREE =
  /\bif\s+you\s+(?:(?:do\s+not|don['’]t|cannot|can['’]t|are\s+(?:not\s+willing|unwilling)\s+to)\s+(?:agree|consent|accept|want|wish)|disagree|object)\b/gi;
/**
 * Every finding needs one of these words (in YOU_CONSENT, DEEMED, ASSUMED, CONSENT_NOUN or
 * IF_NOT_AGREE): a sentence without any is skipped before the costlier patterns run.
 */
const CONSENT_WORD = /consent|agree|accept|authori[sz]|permission|want|wish|object|\b(?:take|treat)\s(?:it|this|that)\sas|(?:are|['’]re)\s(?:happy|ok|fine|content|comfortable)|(?:allow|permit)(?:ing|ting)?\sus/i;
const THEN_DO_NOT_USE =
  /\b(?:(?:please\s+)?(?:do\s+not|don['’]t)|(?:you\s+)?(?:should|must|may)\s+not|please\s+(?:stop|cease|discontinue|refrain\s+from)|(?:you\s+(?:should|must)\s+)?(?:stop|cease|discontinue|refrain\s+from|exit|leave))\s+(?:(?:to\s+)?(?:use|using|access|accessing|visit|visiting|browse|browsing)\b|(?:our|this|the)\s+(?:site|website|app|portal|platform)\b)|\b(?:exit|leave)\s+(?:now|immediately)\b|\byour\s+(?:only\s+)?(?:choice|option|recourse|remedy)\s+is\s+(?:not\s+to|to\s+(?:stop|discontinue|cease))\s+(?:use|using|access)\b/i;

/** Opening and closing quotes shortly before an offset: an odd count means the phrase is quoted. */
function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 400), index);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

type Act = 'use' | 'bundled' | 'contact' | 'inaction';
type Form = 'by' | 'subject' | 'inaction';

const BUNDLED = new RegExp(`\\b(?:${BUNDLED_ING}|${BUNDLED_BASE})\\b`, 'i');
const CONTACT = new RegExp(`\\b(?:${CONTACT_ING}|${CONTACT_BASE})\\b`, 'i');

interface Finding {
  start: number;
  end: number;
  act: Act;
  /** "If you do not agree, do not use the Service": the converse of "by using it you agree", not a clause of its own. */
  converse?: boolean;
}

interface Span {
  start: number;
  end: number;
}

function spans(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Where the clause that starts at `from` ends, trailing punctuation left out. */
function clauseEnd(text: string, from: number, to = text.length): number {
  let window = text.slice(from, Math.min(to, from + 220));
  const cut = CLAUSE_END.exec(window);
  if (cut) window = window.slice(0, cut.index);
  return from + window.replace(/(?<![\s.,:;!?)\]*_])[\s.,:;!?)\]*_]+$/, '').length;
}

/**
 * What is consented to, from `from` to the end of its clause: personal-data processing
 * (or cookies, transfers, marketing) or the privacy policy itself — never the Terms alone.
 */
function objectOf(text: string, from: number, to = text.length, antecedent = ''): { end: number; policyOnly: boolean } | null {
  const end = clauseEnd(text, from, to);
  const window = text.slice(from, end);
  const usable = (m: RegExpExecArray | null): boolean => m !== null && !ACKNOWLEDGE.test(window.slice(0, m.index));
  const processing = usable(PROCESSING.exec(window)) || usable(PROCESSING_NOUN.exec(window));
  if (processing || usable(POLICY.exec(window))) return { end, policyOnly: !processing };
  if (!antecedent || !REFERS_BACK.test(window)) return null;
  const before = PROCESSING.test(antecedent) || PROCESSING_NOUN.test(antecedent) || DATA_NOUN.test(antecedent);
  return before || POLICY.test(antecedent) ? { end, policyOnly: !before } : null;
}

/** "Continued use after the changes constitutes acceptance of the updated Policy": notice of a change, not a claim of consent. */
function isPolicyChange(text: string, object: { policyOnly: boolean }): boolean {
  return object.policyOnly && POLICY_CHANGE.test(text);
}

/** Implied consents in one sentence, each as the clause that states it; `previous` is the sentence before. */
export function findingsIn(sentence: Pick<Sentence, 'text'>, previous = ''): Finding[] {
  const text = sentence.text;
  /** What an object that refers back may refer to: the sentence before and this one up to `at`. */
  const antecedent = (at: number): string => `${previous} ${text.slice(0, at)}`;
  if (!CONSENT_WORD.test(text)) return [];
  const out: Finding[] = [];
  const acts: Array<Span & { text: string; form: Form; act: Act }> = [];
  const add = (re: RegExp, form: Form, kind?: Act): void => {
    for (const m of text.matchAll(re)) {
      // A subject matched after punctuation ("Registration: opening an account …") starts at its first word.
      const lead = /^[\s,;:(]*/.exec(m[0])?.[0].length ?? 0;
      const act = kind ?? (form === 'inaction' ? 'inaction' : CONTACT.test(m[0]) ? 'contact' : BUNDLED.test(m[0]) ? 'bundled' : 'use');
      acts.push({ start: m.index + lead, end: m.index + m[0].length, text: m[0], form, act });
    }
  };
  add(BY_ACT, 'by');
  add(SYMBOL_ACT, 'by');
  add(IF_ACT, 'by');
  add(USE_AS_SUBJECT, 'subject');
  add(BUNDLED_AS_SUBJECT, 'subject', 'bundled');
  add(INACTION, 'inaction');
  add(SILENCE_AS_SUBJECT, 'subject', 'inaction');

  const consents = [...spans(text, YOU_CONSENT), ...spans(text, DEEMED), ...spans(text, ASSUMED)].map((c) => ({ ...c, linked: false }));
  // "We assume that users who do not change their settings are happy to receive cookies."
  const assumed = ASSUMING.exec(text);
  if (assumed) for (const c of spans(text, ARE_HAPPY)) if (c.start > assumed.index) consents.push({ ...c, linked: false });
  for (const m of text.matchAll(TREATED_AS)) {
    // "We never regard your use …, or your silence, as consent": the negation is before the verb.
    if (isNegated(text, m.index)) continue;
    const tail = m[1] ?? '';
    consents.push({ start: m.index + m[0].length - tail.length, end: m.index + m[0].length, linked: true });
  }
  for (const m of text.matchAll(LINK)) {
    const noun = CONSENT_NOUN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (noun) consents.push({ start: m.index, end: m.index + m[0].length + noun[0].length, linked: true });
  }
  /** Negation words between two offsets ("By using the Site you do not thereby consent"). */
  const negatedBetween = (from: number, to: number): boolean => isNegated(text.slice(from, to), to - from, 200);

  for (const c of consents) {
    if (NOT_AFTER.test(text.slice(c.end, c.end + 12)) || insideQuotes(text, c.start)) continue;
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) continue;
    // The act before the consent: "By using …, you consent …", "Your use … constitutes consent …".
    const act = acts
      .filter((a) => a.end <= c.start && c.start - a.end <= 120 && !/[.;]/.test(text.slice(a.end, c.start)))
      .filter((a) => a.form !== 'subject' || c.linked || LINK_ANYWHERE.test(text.slice(a.end, c.start)))
      .sort((a, b) => b.end - a.end)[0];
    if (act) {
      if (isNegated(text, act.start) || negatedBetween(act.end, c.start)) continue;
      const lead = text.slice(Math.max(0, act.start - 100), act.start);
      if (CONSENT_ACT.test(lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';')) + 1))) continue;
      const object = objectOf(text, c.end, text.length, antecedent(c.start));
      if (!object || isPolicyChange(`${previous} ${text}`, object)) continue;
      const consentedTo = text.slice(c.end, object.end);
      if (act.act !== 'use' && act.act !== 'inaction' && FOR_THE_ACT.test(consentedTo) && !BEYOND_THE_ACT.test(consentedTo)) continue;
      // "If you continue without changing your settings": the clause opens with the first act.
      const opener = acts.find((a) => a.end <= act.start && act.start - a.end <= 3) ?? act;
      out.push({ start: opener.start, end: object.end, act: act.act });
      continue;
    }
    // Or after it: "You consent to our use of cookies by continuing to browse."
    if (c.linked || isNegated(text, c.start)) continue;
    const later = acts.find((a) => a.form === 'by' && a.start >= c.end && a.start - c.end <= 160);
    if (!later || /[;]/.test(text.slice(c.end, later.start))) continue;
    const object = objectOf(text, c.end);
    if (!object || isPolicyChange(`${previous} ${text}`, object)) continue;
    out.push({ start: c.start, end: Math.max(object.end, clauseEnd(text, later.end)), act: later.act });
  }

  // "If you do not agree with this Policy, please do not use the Service."
  for (const m of text.matchAll(IF_NOT_AGREE)) {
    if (insideQuotes(text, m.index)) continue;
    const from = m.index + m[0].length;
    const then = THEN_DO_NOT_USE.exec(text.slice(from, from + 200));
    if (!then) continue;
    const object = objectOf(text, from, from + then.index, antecedent(m.index));
    if (!object || isPolicyChange(`${previous} ${text}`, object)) continue;
    out.push({ start: m.index, end: from + then.index + then[0].length, act: 'use', converse: true });
  }

  // One finding per stretch of text: overlapping findings are the same statement.
  out.sort((a, b) => a.start - b.start);
  return out.filter((f, i) => i === 0 || f.start >= (out[i - 1] as Finding).end);
}

/** How far apart (in blocks) "by using … you agree" and its converse "if you do not agree, do not use" are one statement. */
const NEIGHBOUR_BLOCKS = 2;

/** How many list items after "By using the app, you consent to:" are read as what is consented to. */
const LIST_ITEMS = 6;

/**
 * "By using the app, you consent to:" followed by a list: the items are the object of the
 * consent, read as one clause joined by commas. Empty unless the sentence ends with a colon
 * and a list follows at once.
 */
function listAfter(doc: PolicyDocument, block: Block, sentence: Sentence): string {
  // A lead-in with no word of consent ("Here's what we collect and use your data for:") lends
  // its items no act: each item is read on its own.
  if (block.kind === 'listItem' || !/:\s*$/.test(sentence.text) || block.sentences.at(-1) !== sentence || !CONSENT_WORD.test(sentence.text)) return '';
  const items: string[] = [];
  for (let i = block.index + 1; i <= block.index + LIST_ITEMS; i++) {
    const b = doc.blocks[i];
    if (!b || b.kind !== 'listItem') break;
    items.push(b.text.replace(/(?<![\s.;,])[\s.;,]+$/, ''));
  }
  return items.join(', ');
}

const ACT_LABEL: Record<Act, string> = {
  use: 'using or browsing the service',
  bundled: 'signing up, or providing or storing information',
  contact: 'calling or writing to the business',
  inaction: 'silence or inaction',
};

export default defineRule({
  meta: {
    id: 'consent-by-use',
    description: 'The policy does not treat using the service, or an act done for another purpose, as consent to processing.',
    reference: 'GDPR Art. 4(11), Art. 7(2) and 7(4), Recitals 32, 42 and 43; POPIA s1 ("consent") and s11(1)(a); Cal. Civ. Code §1798.140(h)',
    jurisdictions: 'all',
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {
      bundledActs: {
        type: 'boolean',
        default: true,
        description:
          'Also report consent tied to signing up, registering, providing or storing information, or calling or writing to the business — affirmative acts, but not a separate consent to the processing.',
      },
    },
    messages: {
      impliedConsent: {
        text: 'Consent is inferred from {act}; consent must be a voluntary, specific and informed choice.',
        severity: 'warning',
        suggestion:
          'Name the lawful basis that really applies (e.g. performance of a contract); where consent is needed, ask for it separately with an explicit opt-in and say how to withdraw it.',
      },
      impliedConsentGdpr: {
        text: 'Consent is inferred from {act}; under the GDPR consent must be a clear affirmative act (Art. 4(11), Recital 32).',
        severity: 'error',
        suggestion:
          'Name the lawful basis that really applies (Art. 6(1)(b) contract, 6(1)(f) legitimate interests, …); where consent is needed, ask for it separately with an unticked box or equivalent opt-in, and say how to withdraw it (Art. 7(3)).',
      },
    },
  },
  check(context) {
    const messageId = context.jurisdictions.includes('gdpr') ? 'impliedConsentGdpr' : 'impliedConsent';
    const item = 'consent not inferred from use of the service';
    const found: Array<{ f: Finding; at: Range; block: number }> = [];
    for (const block of proseBlocks(context.document)) {
      if (block.kind === 'heading') continue;
      for (const [i, sentence] of block.sentences.entries()) {
        const list = listAfter(context.document, block, sentence);
        const read = list ? { text: `${sentence.text} ${list}` } : sentence;
        for (const f of findingsIn(read, block.sentences[i - 1]?.text)) {
          if ((f.act === 'bundled' || f.act === 'contact') && !context.options.bundledActs) continue;
          // A finding that opens inside the list is an item's own, reported when the item is read.
          if (f.start >= sentence.text.length) continue;
          // A finding whose object is in the list is reported up to the colon.
          found.push({ f, at: sentence.rangeOf(f.start, Math.min(f.end, sentence.text.replace(/(?<![\s:])[\s:]+$/, '').length)), block: block.index });
        }
      }
    }
    // "By using the Service you agree to this Policy. If you do not agree, you must not use it.": one clause said
    // twice. The converse is reported only when no "by using …" statement stands in its paragraph or the ones beside it.
    const restated = (x: (typeof found)[number]): boolean =>
      x.f.converse === true && found.some((y) => y.f.act === 'use' && y.f.converse !== true && Math.abs(y.block - x.block) <= NEIGHBOUR_BLOCKS);
    for (const x of found) {
      if (restated(x)) continue;
      context.report({ messageId, data: { act: ACT_LABEL[x.f.act] }, at: x.at });
      context.evidence({ item, status: 'missing', at: x.at });
    }
    if (found.length === 0) context.evidence({ item, status: 'met' });
  },
});
