import { defineRule } from '../../src/engine/index.js';
import { gdprName, isNegated, questionBefore } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { negatedInClause } from '../shared/statements.js';

// Art. 14(1)(d) and 14(2)(f): when personal data is not obtained from the data subject,
// the policy names the categories of data concerned and the source(s) they come from
// (at least the kind of source, and whether it is publicly accessible).
//
// A source statement = a receiving verb ("we receive", "we obtain", "is shared with us
// by") + a third-party source ("from partners", "from the services you connect",
// "from publicly available sources"). The rule stays silent when there is none — all
// data comes from the person — or when the policy says it obtains nothing from others.
// Every quantifier below is bounded.

/**
 * Third-party sources, one list. `vague` ones ("third parties", "other sources") say that
 * data comes from elsewhere without saying from where (WP260 rev.01, para. 26: at least
 * the nature of the sources and the types of organisation, industry or sector).
 */
const SOURCES: Array<{ pattern: string; vague: boolean }> = [
  { pattern: String.raw`(?:other|external|outside|various|additional|third[- ]party|independent)\s{1,3}sources?`, vague: true },
  // "from a variety of sources", "from multiple sources": sources counted, none named.
  { pattern: String.raw`(?:(?:a\s{1,3}(?:range|variety|number|mix)\s{1,3}of|several|multiple|many|numerous|different)\s{1,3})sources`, vague: true },
  // "third-party providers" names no kind of provider; "third-party data providers", "third-party apps" do.
  { pattern: String.raw`(?:other\s{1,3})?third[- ]part(?:y|ies)(?!\s{1,3}(?:services|platforms|apps|applications|integrations|accounts|tools|websites|sites|data\s{1,3}providers|logins|log-ins|sign-ins))(?:\s{1,3}providers)?`, vague: true },
  { pattern: String.raw`other\s{1,3}(?:companies|organi[sz]ations|parties|entities|businesses)|others\b`, vague: true },
  { pattern: String.raw`(?:those|these|such|the\s{1,3}relevant)\s{1,3}(?:services|parties|providers|platforms|sources|partners|integrations|apps|applications|companies|tools)`, vague: true },
  // "from that provider", "from this service": a source named only by pointing back.
  { pattern: String.raw`(?:that|this|the\s{1,3}relevant)\s{1,3}(?:service|party|provider|platform|source|partner|integration|app|application|company|tool|organi[sz]ation)`, vague: true },
  // "from sources other than you": the trigger of Art. 14 restated, no source named.
  { pattern: String.raw`(?:sources|parties|persons|people|organi[sz]ations|places)\s{1,3}other\s{1,3}than\s{1,3}(?:you(?:rself)?|the\s{1,3}data\s{1,3}subjects?)`, vague: true },
  { pattern: String.raw`(?:(?:the|any)\s{1,3})?third[- ]party\s{1,3}(?:services|platforms|apps|applications|integrations|accounts|tools|websites|sites|data\s{1,3}providers|logins|log-ins|sign-ins)`, vague: false },
  { pattern: String.raw`(?:business|marketing|advertising|co-marketing|channel|integration|technology|referral|trusted|selected)?\s{0,3}partners?`, vague: false },
  { pattern: String.raw`(?:our\s{1,3})?(?:affiliates|subsidiaries|group\s{1,3}companies|parent\s{1,3}company)`, vague: false },
  { pattern: String.raw`data\s{1,3}(?:brokers|providers|vendors|suppliers|aggregators)|list\s{1,3}(?:brokers|providers|vendors)|lead[- ]generation\s{1,3}(?:services|providers|partners)`, vague: false },
  { pattern: String.raw`public(?:ly)?\s{1,3}(?:available|accessible)\s{1,3}(?:sources|records|databases|registers|registries|information|profiles|websites)|public\s{1,3}(?:sources|records|databases|registers|registries|profiles|domain)|(?:company|commercial|trade|government)\s{1,3}regist(?:ers|ries|ry|er)`, vague: false },
  { pattern: String.raw`social\s{1,3}(?:media|network(?:s|ing)?)(?:\s{1,3}(?:platforms|sites|services|networks|providers|accounts|profiles))?`, vague: false },
  { pattern: String.raw`credit\s{1,3}(?:(?:reference|reporting|rating|information)\s{1,3})?(?:agenc(?:y|ies)|bureaus?|bureaux)|fraud[- ]prevention\s{1,3}(?:agencies|services|providers|databases)|identity[- ]verification\s{1,3}(?:services|providers|partners)`, vague: false },
  { pattern: String.raw`(?:payment|analytics|advertising|ad|marketing|authentication|sign[- ]in|login|single\s{1,3}sign[- ]on|SSO|identity|email|communication)\s{1,3}(?:processors|providers|networks|partners|services|platforms)`, vague: false },
  { pattern: String.raw`(?:your|an?|the\s{1,3}user's|the\s{1,3}customer's|their)\s{1,3}(?:employer|organi[sz]ation|company|team|workspace\s{1,3}(?:owner|administrator|admin)s?|account\s{1,3}(?:owner|administrator|admin)s?|administrators?|admins?|colleagues?|co-?workers?|team\s{1,3}members?|teammates?|school|university|insurer|insurance\s{1,3}(?:company|provider|broker)|bank|broker|travel\s{1,3}agent|doctor|GP|landlord|accountant|parents?|guardian|(?:legal\s{1,3})?representative)`, vague: false },
  {
    pattern: String.raw`(?:the\s{1,3})?(?:organi[sz]ation|customer|client|company|person|user|colleague|team\s{1,3}member)\s{1,3}(?:that|who)\s{1,3}(?:(?:invited|added|referred|registered|enrolled|nominated)\s{1,3}you|(?:booked|ordered|bought|purchased|paid|registered|signed\s{1,3}up)(?:\s{1,3}[\w-]{1,15}){0,3}\s{1,3}(?:for\s{1,3}you|on\s{1,3}your\s{1,3}behalf))`,
    vague: false,
  },
  { pattern: String.raw`other\s{1,3}(?:users|members|customers|account\s{1,3}holders)|users\s{1,3}who\s{1,3}(?:invite|refer|add)`, vague: false },
  // Someone acting for the person: "another guest who books for you", "a fellow passenger", "a friend who refers you".
  {
    pattern: String.raw`(?:another|other|a\s{1,3}fellow|fellow|the\s{1,3}lead)\s{1,3}(?:guests?|travell?ers?|passengers?|attendees?|participants?|delegates?|players?|students?|patients?|members?|users?|customers?|bookers?)|(?:a|your)\s{1,3}(?:friend|family\s{1,3}member|relative|spouse|partner|next\s{1,3}of\s{1,3}kin|carer|caregiver|referrer)|someone\s{1,3}else|somebody\s{1,3}else`,
    vague: false,
  },
  { pattern: String.raw`(?:public\s{1,3}|government\s{1,3}|tax\s{1,3}|law[- ]enforcement\s{1,3}|regulatory\s{1,3})?(?:authorities|agencies|law\s{1,3}enforcement)`, vague: false },
  { pattern: String.raw`(?:resellers|distributors|recruit(?:ers|ment\s{1,3}agencies)|event\s{1,3}organi[sz]ers|referees|service\s{1,3}providers|vendors|suppliers|contractors)`, vague: false },
  // Those who refer a patient or client: "another hospital", "your dentist", "a social worker".
  {
    // Not the controller's own: "from our clinics", "at this practice".
    pattern: String.raw`(?<!\b(?:our|this|these|its)\s{1,3})(?:hospitals?|clinics?|(?:medical|dental|GP|doctors['’]?|veterinary|vet|optometry|physiotherapy)\s{1,3}practices?|(?:previous|former)\s{1,3}practices?|(?<=\b(?:another|other|your)\s{1,3})practices?|doctors?|physicians?|consultants?|specialists?|dentists?|GPs?|general\s{1,3}practitioners?|health(?:care|\s{1,3}care)?\s{1,3}(?:providers?|professionals?|services?)|social\s{1,3}(?:workers?|services)|care\s{1,3}homes?|pharmac(?:y|ies|ists?)|laborator(?:y|ies)|schools?|colleges?|universities?|courts?|probation\s{1,3}services?)`,
    vague: false,
  },
  // Intermediaries by their trade: "the tour operator you booked with", "booking platforms", "a letting agent".
  {
    pattern: String.raw`(?:tour|travel|event|ticket(?:ing)?|booking|reservation|insurance|letting|estate|recruitment|employment|staffing|leasing|(?:car[- ])?rental)\s{1,3}(?:operators?|agen(?:cy|cies|ts?)|organi[sz]ers?|compan(?:y|ies)|platforms?|brokers?|providers?|portals?|websites?|sites?)`,
    vague: false,
  },
  // An outside body by its kind, with up to two words before it: "referencing agencies", "their previous school",
  // "the local authority", "the electoral register", "a tenant's former landlord", "the Land Registry".
  // Not "our …" (the controller's own) and not a bare word the controller may call itself ("the Company").
  {
    pattern: String.raw`(?:(?!(?:our|this|these|its|my|the|an?|your|their|other)\b)[A-Za-z][\w'’-]{1,20}\s{1,3}){0,2}(?:agenc(?:y|ies)|authorit(?:y|ies)|bureaus?|bureaux|councils?|regist(?:ers?|r(?:y|ies))|regulators?|insurers?|lenders?|employers?|landlords?|schools?|colleges?|nurser(?:y|ies)|referees?|courts?|police|ministr(?:y|ies)|brokers?)\b`,
    vague: false,
  },
];

/** A named source ("Google", "LinkedIn", "GitHub"): a capitalised word that is not a pronoun, a month or a place. Case-sensitive. */
const NAME = String.raw`(?!(?:You|Your|Yours|Us|Our|We|It|Its|They|Them|Their|He|She|If|When|Where|Please|Data|Information|Personal|Time|Then|There|This|These|Those|The|A|An|Any|Each|All|Some|Other|Others|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|EU|EEA|UK|USA?|Europe|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w.&'-]{1,25}`;
/**
 * Capitalised words NAME matches that are no third party: the service itself ("from our
 * Website", "through the Site") and the people the data is about ("from Children", a heading
 * "DATA WE COLLECT FROM YOU"). Compared in lower case, so ALL-CAPS headings are caught too.
 */
const NOT_A_NAMED_SOURCE = new Set(
  'you your yours yourself us we website websites site sites service services app apps application applications platform portal store shop newsletter forms children child kids minors users user visitors customers members subscribers students employees'.split(' '),
);
/** A named source as matched: not the service, not the data subject. */
function isNamedSource(name: string): boolean {
  return !NOT_A_NAMED_SOURCE.has(name.replace(/[.&'-]{1,3}$/, '').toLowerCase());
}
const SOURCE_ALT = SOURCES.map((s) => `(?:${s.pattern})`).join('|');
const DETERMINERS = String.raw`(?:(?:the|an?|another|other|our|any|certain|trusted|selected|various|some|your|its|their|several|many|numerous|multiple|different|a\s{1,3}(?:range|variety|number|mix|handful)\s{1,3}of|a\s{1,3}few)\s{1,3}){0,2}`;

/** A source met earlier in the sentence, referred back to: "If another guest books for you, we receive your details from them." */
const FROM_PRONOUN = /\b(?:from|by)\s{1,3}(?:them|him|her)\b/gi;
const SOURCE_ANY = new RegExp(String.raw`\b(?:${SOURCES.filter((x) => !x.vague).map((x) => `(?:${x.pattern})`).join('|')})`, 'gi');

/** The same shape twice: with the source list (case-insensitive) and with a named source (case-sensitive). */
function both(build: (source: string) => string): RegExp[] {
  return [new RegExp(build(SOURCE_ALT), 'gi'), new RegExp(build(NAME), 'g')];
}
/** "from partners", "through third parties", "via our affiliates", "from a range of external sources", "from Google". */
const FROM_SOURCE = both((src) => String.raw`\b(?:[Ff][Rr][Oo][Mm]|[Tt][Hh][Rr][Oo][Uu][Gg][Hh]|[Vv][Ii][Aa])\s{1,3}${DETERMINERS}(${src})`);
/**
 * "provided (to us) by partners", "shared with us by your employer", and a referral, which
 * brings the referrer's information with it: "if you were referred to us by another hospital"
 * (by a kind of source only: "referred by Google" is a web link).
 */
const BY_SOURCE = both(
  (src) =>
    String.raw`\b(?:provided|shared|supplied|sent|disclosed|passed|transferred|given|made\s{1,3}available${src === SOURCE_ALT ? '|referred' : ''})\s{1,3}(?:to\s{1,3}us\s{1,3}|with\s{1,3}us\s{1,3})?by\s{1,3}${DETERMINERS}(${src})`,
);
/**
 * "partners may share information with us", "your employer provides us with your name", and
 * with the source named first: "if your employer signs up, they may provide information to us",
 * and with a second source: "a parent or guardian gives us …"; a referral by a kind of source: "another clinic refers you to us".
 */
const SOURCE_PROVIDES = both(
  (src) =>
    String.raw`(?:\b(?:the|our|your)\s{1,3})?\b(${src})(?:\s{1,3}(?:or|and)\s{1,3}[\w-]{2,20})?(?:\s{1,3}|\b[^.;]{0,60}?[\s,](?:they|it|who|which)\s{1,3})(?:(?:may|might|can|will|sometimes|also|then)\s{1,3}){0,2}(?:(?:provides?|shares?|gives?|sends?|discloses?|pass(?:es)?|transfers?|supplies|supply|makes?\s{1,3}available${src === SOURCE_ALT ? '|refers?' : ''})\s{1,3}(?:us\b|[^.;]{0,60}?\b(?:to|with)\s{1,3}us\b)${src === SOURCE_ALT ? String.raw`|refers?\s{1,3}(?:you|them|patients?|clients?|pupils?)\s{1,3}to\s{1,3}our\b` : ''})`,
);
/**
 * "In addition to what you tell us, we receive …", "As well as the information you provide, we obtain …", "Besides what
 * you give us, we also get …": data that does not come from the person, its source left unsaid.
 */
const BESIDES_YOURS =
  /\b(?:in\s{1,3}addition\s{1,3}to|as\s{1,3}well\s{1,3}as|besides|apart\s{1,3}from|on\s{1,3}top\s{1,3}of)\s{1,3}(?:what|(?:the|any)\s{1,3}(?:personal\s{1,3})?(?:data|information|details)(?:\s{1,3}(?:that|which))?)\s{1,3}you\s{1,3}(?:(?:yourself|directly)\s{1,3})?(?:tell|give|provide|send|share|supply|submit|enter)\b[^.;]{0,60}?\bwe\s{1,3}(?:(?:may|also|sometimes|might|can|will|occasionally)\s{1,3}){0,2}(?:receive|obtain|get|are\s{1,3}(?:given|sent|provided))\b/i;
/** What the controller's own systems record, not data from another: "… we receive your IP address automatically", "… when you use the app". */
const OWN_TECHNICAL =
  /^[^.;]{0,80}?\b(?:automatically|cookies?|(?:your|the)\s{1,3}(?:device|browser)|(?:usage|analytics|log|technical)\s{1,3}(?:data|information)|when\s{1,3}you\s{1,3}(?:use|visit|browse|interact|open|navigate))\b/i;
/** A lead-in to a list of sources: "We may receive information about you from:", "We obtain data from the following sources:". */
const FROM_LIST =
  /\b(?:receiv\w{0,3}|obtain\w{0,3}|collect\w{0,3}|get|gather\w{0,3}|source[sd]?|comes?)\b[^.;:]{0,60}?\bfrom(?:\s{1,3}(?:the\s{1,3})?following(?:\s{1,3}(?:sources|third\s{1,3}parties|organi[sz]ations|parties))?)?\s{0,3}:\s{0,3}$/i;
/** A list item that is the controller's own collection: "Cookies and similar technologies", "Our website", "Server logs". */
const OWN_ITEM = /^\W{0,3}(?:cookies?|our\b|(?:server|access)\s{1,3}logs?|log\s{1,3}files?|(?:web\s{1,3})?beacons?|pixels?|tracking\s{1,3}technolog)/i;
/** A list item that opens with a name or a kind of source ("Analytics providers (Google Analytics)", "Experian"). */
const NAMED_ITEM = new RegExp(`^\\W{0,3}(${NAME})`);
const SOURCE_TEST = new RegExp(SOURCE_ANY.source, 'i');
/** The data just before "from …": "data from", "details from", "records from". */
const DATA_FROM = /\b(?:data|information|details|records|reports)\s{1,3}$/i;
/** "through X", "via X": the preposition of an instrument. */
const OWN_COLLECTION_VIA = /^(?:through|via)\b/i;
/** Receiving verbs: the clause before "from …" must have one ("we receive", "collected", "we get", "we combine / enrich … with data from"). */
const RECEIVE =
  /\b(?:receiv\w{0,3}|combin(?:e|es|ed|ing)|enrich\w{0,4}|supplement\w{0,3}|obtain\w{0,3}|collect\w{0,3}|gather\w{0,3}|acquir\w{0,3}|get|gets|got|purchas\w{0,3}|buy|buys|bought|sourc(?:e|ed|es)|import\w{0,3}|retriev\w{0,3}|fetch\w{0,3}|pull\w{0,3}|sync\w{0,5}|access\w{0,3}|comes?|came|originat\w{0,3}|reach(?:es|ed)?\s{1,3}us|arriv\w{0,3}|shared\s{1,3}with\s{1,3}us|provided\s{1,3}to\s{1,3}us|(?:is|are)\s{1,3}(?:provided|shared|supplied|sent|passed))\b/i;
/** "protect your data from third parties", "links from third parties", "laws that differ from U.S. law": not a source. */
const NOT_RECEIVING_BEFORE = /\b(?:protect\w{0,3}|safeguard\w{0,3}|secur\w{0,3}|shield\w{0,3}|keep\w{0,3}|separate\w{0,3}|isolat\w{0,3}|differ\w{0,4}|var(?:y|ies|ied)|distinguish\w{0,4}|independent|distinct|apart|away|prevent\w{0,3}|block\w{0,3}|links?|cookies?|ads?|advertisements?|content)\b[^.;]{0,30}$/i;
/** A service, an account or a product just before "provided by …": the provider of a thing, not a source of data. */
const NOT_DATA_PROVIDED =
  /\b(?:ads|adverts?|advertisements?|advertising|content|links?|recommendations?|services?|products?|platforms?|tools?|widgets?|players?|software|apps?|applications?|plugins?|plug-ins?|embeds?|extensions?|features?|functionality|accounts?|websites?|sites?|hosting|infrastructure|devices?|licen[cs]es?|benefits?|goods|offers?|programs?|programmes?|courses?|solutions?)\s{1,3}(?:(?:that\s{1,3}(?:is|are)|which\s{1,3}(?:is|are)|is|are|(?:is|are)\s{1,3}being)\s{1,3})?$/i;
/** Single sign-on: "if you sign in with Google, we receive your name and e-mail address". */
const SIGN_IN = /\b(?:sign|log)(?:\s{1,3}|-)?(?:in|on|up)\s{1,3}(?:with|via|using|through)\s{1,3}(?:your\s{1,3})?([A-Z][\w.-]{1,20})/g;
/** Single sign-on by the kind of account: "when you sign in with a social account", "log in via a third-party login". */
const SIGN_IN_KIND =
  /\b(?:sign|log)(?:\s{1,3}|-)?(?:in|on|up)\s{1,3}(?:with|via|using|through)\s{1,3}(?:a|an|your|one\s{1,3}of\s{1,3}your)\s{1,3}(social(?:\s{1,3}media|\s{1,3}network)?\s{1,3}(?:account|login|log-in|profile)s?|third[- ]party\s{1,3}(?:account|login|log-in|identity\s{1,3}provider|sign-in\s{1,3}service)s?|(?:single\s{1,3}sign-on|SSO)\s{1,3}(?:provider|account)s?)\b/gi;
/** The sign-in provider as the subject of the receiving verb: "these providers may also collect … data" — they collect for themselves. */
const PROVIDER_COLLECTS = /\b(?:they|(?:these|those|such|the|this|that)\s{1,3}(?:providers?|services?|platforms?|compan(?:y|ies)|networks?|sites?|third\s{1,3}parties))\s{1,3}(?:(?:may|might|can|could|will|also|then)\s{1,3}){0,2}$/i;
/** After "sign in with Google": does the controller receive something ("we receive your name", "Google shares … with us")? */
function weReceiveAfterSignIn(rest: string): boolean {
  if (/\b(?:shares?|provides?|sends?|gives?)\b[^.;]{0,40}\bus\b/i.test(rest)) return true;
  const verb = RECEIVE.exec(rest);
  return verb !== null && !PROVIDER_COLLECTS.test(rest.slice(Math.max(0, verb.index - 40), verb.index));
}
/** "Personal Data obtained by the Company otherwise than from the Data Subject": data from elsewhere, no source named. */
const OTHERWISE_THAN_SUBJECT =
  /\b(?:(?:obtained|collected|received|acquired|sourced)\s{1,3}(?:by\s{1,3}(?:the\s{1,3})?\w{1,25}\s{1,3})?(otherwise\s{1,3}than|other\s{1,3}than|not\s{1,3}(?:directly\s{1,3})?)|(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(not\s{1,3}(?:directly\s{1,3})?)(?:obtained|collected|received|acquired|sourced)(?:\s{1,3}directly)?)\s{1,3}from\s{1,3}(?:you|the\s{1,3}(?:data\s{1,3}subjects?|individuals?|persons?\s{1,3}concerned|members?|users?|customers?|clients?|patients?|pupils?|employees?))\b/gi;

/** "where the personal data", "if your data": a condition just before "… not collected from you". */
const CONDITION_BEFORE = /\b(?:where|if|when|whenever|insofar\s{1,3}as|in\s{1,3}(?:the\s{1,3})?cases?)\s{1,3}(?:(?:the|your|any)\s{1,3})?(?:personal\s{1,3})?(?:data|information)?\s{0,3}$/i;

/** Headings of a section about data from others ("Information from third parties", "Sources of data"). */
const SOURCE_HEADING =
  /\bsources?\b|\bfrom\s{1,3}(?:third|other|others|partners|public)|\b(?:receive|obtain)\w{0,2}\b|\bthird[- ]party\s{1,3}(?:data|information)\b|\bindirectly\b/i;
/** Column headers of a "source" column in a table. */
const SOURCE_COLUMN = /^\W{0,3}(?:sources?|(?:where|who)\s{1,3}(?:we\s{1,3})?(?:get|obtain|receive)|obtained\s{1,3}from|received\s{1,3}from|collected\s{1,3}from|origin)\b/i;
/**
 * Column headers of a column that lists the data received ("Data we receive", "Categories of
 * data", "Information"): its cells name the categories, whatever their words.
 */
const DATA_COLUMN = /\b(?:data|information|details|categor(?:y|ies)|what\s{1,3}we\s{1,3}(?:receive|get|obtain|collect))\b/i;
/** A source cell that means the person: "You", "Directly from you", "Provided by you". */
const FROM_SUBJECT = /^\W{0,3}(?:(?:(?:in)?directly\s{1,3})?(?:from\s{1,3})?you(?:rself)?|(?:provided|given|entered)\s{1,3}by\s{1,3}you|the\s{1,3}data\s{1,3}subject|your\s{1,3}(?:device|browser)|automatically|directly)\b/i;

/** A data cell that lists nothing: "n/a", "none", "-", "various", "personal data". */
const NONE_DATA = /^\W{0,3}(?:n\/a|none|various|(?:personal\s{1,3})?(?:data|information)|-|—)\W{0,3}$/i;

/** Specific sources seen around a vague one: "third parties such as LinkedIn", "e.g. payment providers". */
const SPECIFIC_HINT = /\b(?:such\s{1,3}as|including|includes|like|e\.\s?g\.|for\s{1,3}example|for\s{1,3}instance|namely|specifically)\b|\bconnect\w{0,3}\s{1,3}(?:your\s{1,3}|a\s{1,3}|any\s{1,3})?(?:third[- ]party\s{1,3})?(?:services?|accounts?|apps?|applications?|integrations?|tools?)\b/i;

/**
 * Categories of personal data (Art. 14(1)(d)). "Data", "information" and "personal data"
 * alone are not categories.
 */
const CATEGORIES =
  /\b(?:names?|e-?mail(?:\s{1,3}address(?:es)?)?|(?:(?:postal|mailing|home|billing|business|work)\s{1,3})?address(?:es)?|phone|telephone|mobile\s{1,3}numbers?|contact\s{1,3}(?:details|information|info|data)|job\s{1,3}titles?|titles?|roles?|positions?|company(?:\s{1,3}(?:names?|size|details))?|organi[sz]ation\s{1,3}names?|employer\s{1,3}names?|profiles?(?:\s{1,3}(?:information|data|pictures?|photos?|details))?|user\s{0,3}names?|usernames?|handles?|avatars?|photos?|photographs?|pictures?|date\s{1,3}of\s{1,3}birth|birthdays?|ages?|gender|demographic\w{0,5}|locations?|geolocation|IP\s{1,3}address(?:es)?|device\s{1,3}(?:information|identifiers|data|IDs?)|identifiers?|user\s{1,3}IDs?|account\s{1,3}(?:information|details|data|IDs?|identifiers)|payment\s{1,3}(?:information|details|data|status|history|defaults?|behaviou?r)|billing\s{1,3}(?:information|details|data)|card\s{1,3}details|transaction\w{0,1}(?:\s{1,3}(?:history|data|details))?|purchase\s{1,3}(?:history|records|data)|purchases|order\s{1,3}(?:history|details|data)|credit\s{1,3}(?:history|scores?|information|reports?)|financial\s{1,3}(?:information|data)|income|interests|preferences|browsing|usage\s{1,3}(?:data|information)|activity|engagement|repositor(?:y|ies)|commits?|issues|tickets|projects?|calendars?|contacts?\s{1,3}(?:lists?)?|messages|posts|comments|followers|friends\s{1,3}lists?|connections|files|documents|professional\s{1,3}(?:information|details|background)|education|employment\s{1,3}history|CVs?|r[ée]sum[ée]s?|references|qualifications|certificates|(?:aptitude|assessment|psychometric)\s{1,3}tests?|test\s{1,3}results|background\s{1,3}checks?|criminal\s{1,3}records?|fraud\s{1,3}(?:signals|indicators|scores?|alerts)|risk\s{1,3}scores?|verification\s{1,3}(?:results|status)|marketing\s{1,3}preferences|advertising\s{1,3}IDs?|cookie\s{1,3}(?:data|identifiers|IDs?)|(?:OAuth|access|API)\s{1,3}tokens?|credentials|team\s{1,3}membership|workspace\s{1,3}(?:names?|membership)|department|leads?(?![\s-]{1,3}gen)|firmographic\w{0,5}|nationality|health\s{1,3}(?:information|data)|signatures?|invoices?|tax\s{1,3}(?:ID|number)s?|VAT\s{1,3}numbers?|claims?\s{1,3}(?:details|history|information|numbers?)|policy\s{1,3}numbers?|(?:booking|reservation)\s{1,3}(?:details|references?)|(?:attendance|academic|school|medical|health|treatment|dental|vaccination|exam(?:ination)?|assessment|discharge|referral|clinical|safeguarding|module|course(?:work)?|class|term|test)\s{1,3}(?:records?|results?|history|reports?|notes?|summar(?:y|ies)|letters?|files?|grades|marks|transcripts?|information)|NHS\s{1,3}numbers?|diagnos[ie]s|crash(?:\s{1,3}(?:reports?|logs?|data))?|diagnostics?(?:\s{1,3}(?:data|information|logs?|reports?))?|error\s{1,3}(?:reports?|logs?)|performance\s{1,3}(?:data|metrics)|usage\s{1,3}statistics|(?:previous|past|prior)\s{1,3}claims|convictions|no-claims\s{1,3}(?:discount|bonus)|rent(?:al)?\s{1,3}(?:history|arrears)|references?\s{1,3}(?:checks?|reports?)|categories\s{1,3}of\s{1,3}(?:personal\s{1,3})?(?:data|information)\s{1,3}(?:listed|described|set\s{1,3}out|identified|shown)\s{1,3}(?:above|below|in\s{1,3}(?:the\s{1,3})?(?:table|section)))\b/i;

/**
 * A profile the data goes into, not data received: "for the enrichment of your profile", "to
 * complete your profile"; and what the person is invited or added to, not data received either:
 * "a colleague invites you to a project", "adds you to a shared calendar".
 */
const PROFILE_TARGET =
  /\b(?:(?:of|to|into|in|on|with)\s{1,3}|(?:complet|enrich|updat|improv)\w{0,4}\s{1,3})(?:(?:your|the|a|their)\s{1,3})?profiles?\b|\b(?:invit|add)\w{0,3}\s{1,3}you\s{1,3}(?:to|into)\s{1,3}(?:(?:an?|the|their|our|your|a\s{1,3}shared)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:projects?|workspaces?|teams?|boards?|channels?|groups?|calendars?|files?|documents?|repositor(?:y|ies))\b/gi;

const NEGATION_DECLARATION =
  /\b(?:we|us)\s{1,3}(?:do\s{1,3}not|don't|never|will\s{1,3}not|won't|shall\s{1,3}not)\s{1,3}(?:\w{1,12}\s{1,3})?(?:receive|obtain|collect|buy|purchase|acquire|source|get)\b[^.;]{0,60}\bfrom\s{1,3}(?:any\s{1,3})?(?:third|other|outside|external|data\s{1,3}brokers|partners)|\b(?:all|only)\b[^.;]{0,40}\b(?:directly\s{1,3})?from\s{1,3}you\b|\bdirectly\s{1,3}from\s{1,3}you\b[^.;]{0,20}$/i;

interface Statement {
  sentence: Sentence | null;
  /** A table row whose data column lists what is received: it names the categories. */
  listsData?: boolean;
  block: Block;
  range: Range;
  /** The source phrase as written. */
  source: string;
  vague: boolean;
  /** The statement's own words, for categories and specific sources. */
  own: string;
  /** Where in `own` a specific source may be named: "such as …" before "was not collected from you" lists data, not sources. */
  sourcesFrom?: number;
}

/** A text that names a source of its own: "from LinkedIn", "From event organisers:", a list item "LinkedIn: your job title". */
/** The subject just before a receiving verb ("Twitter (also) receives …") is the named source itself. */
const SUBJECT_BEFORE_VERB = /\b([A-Z][\w&-]{1,25})\s{1,3}(?:(?:also|then|only|may|will|can|automatically)\s{1,3}){0,2}$/;
function receiverIsSource(beforeVerb: string, source: string): boolean {
  const subject = SUBJECT_BEFORE_VERB.exec(beforeVerb)?.[1];
  return subject !== undefined && source.split(/[\s.]/)[0] === subject;
}

function namesSource(text: string): boolean {
  for (const re of FROM_SOURCE) {
    for (const m of text.matchAll(re)) if (!isVague(m[1] as string)) return true;
  }
  const label = /^\W{0,3}([^:–—]{2,40})\s{0,2}[:–—]/.exec(text);
  if (!label) return false;
  const head = (label[1] as string).trim();
  return new RegExp(`^(?:${NAME})(?:\\s{1,3}(?:${NAME})){0,2}$`).test(head) || (new RegExp(`^(?:${SOURCE_ALT})$`, 'i').test(head) && !isVague(head));
}

function isVague(source: string): boolean {
  for (const s of SOURCES) {
    if (new RegExp(`^(?:${s.pattern})$`, 'i').test(source.trim())) return s.vague;
  }
  return false;
}

/** The text a reader reads with a statement: its block, a list introduced by it or by its lead-in, its table row, its section when the section is about sources. */
function contextOf(doc: PolicyDocument, block: Block, sentence: Sentence | null): string[] {
  const out: string[] = sentence ? block.sentences.filter((x) => x !== sentence).map((x) => x.text) : [];
  const section = block.section;
  if (block.cell) {
    const row = block.cell.table.rows[block.cell.row] ?? [];
    for (const c of row) if (c !== block) out.push(c.text);
  }
  // A lead-in ending with ":" and the list under it.
  let lead: Block | undefined = block;
  if (block.kind === 'listItem') {
    for (let i = block.index - 1; i >= 0 && i >= block.index - 40; i--) {
      const prev = doc.blocks[i] as Block;
      if (prev.kind === 'listItem') {
        out.push(prev.text);
        continue;
      }
      if (prev.kind === 'paragraph' && prev.section === section) out.push(prev.text);
      lead = prev;
      break;
    }
  }
  if (lead && (lead === block || lead.kind === 'paragraph')) {
    for (let i = (lead.index ?? block.index) + 1; i < doc.blocks.length && i <= block.index + 40; i++) {
      const next = doc.blocks[i] as Block;
      if (next.kind !== 'listItem' || next.section !== section) break;
      out.push(next.text);
    }
  }
  if (block.kind === 'paragraph' || block.kind === 'listItem') {
    const next = doc.blocks[block.index + 1];
    if (next && next.section === section && next.kind === 'paragraph' && /:\s*$/.test(block.text)) out.push(next.text);
  }
  if (SOURCE_HEADING.test(section.title)) {
    out.push(section.title);
    for (const b of section.blocks) if (b !== block) out.push(b.text);
  }
  return out;
}

/** A reader's question about where the data comes from: "Where do you get my data from?", "How do we get your information?", "What are our sources?". */
const SOURCE_QUESTION = /\b(?:where|who|how)\b[^?]{0,60}\b(?:get|gets|obtain|receive|come|comes|collect|source)\w{0,3}\b[^?]{0,40}\?\W{0,3}$|\bsources?\b[^?]{0,60}\?\W{0,3}$/i;

/** `asked`: the sentence answers a question about where data comes from, so "(Partly) from partners." is a source statement. */
function statementsIn(sentence: Sentence, blocks: readonly Block[], asked = false): Statement[] {
  const text = sentence.text;
  const out: Statement[] = [];
  const spans: Array<[number, number]> = [];
  const push = (start: number, end: number, source: string): void => {
    if (spans.some(([a, b]) => start < b && a < end)) return;
    spans.push([start, end]);
    // The statement's own words, with the verb and the source blanked ("purchase", "your employer" are no categories).
    const at = text.lastIndexOf(source, end);
    const own = (at >= start ? text.slice(0, at) + ' '.repeat(source.length) + text.slice(at + source.length) : text)
      .replace(PROFILE_TARGET, (v) => ' '.repeat(v.length))
      .replace(new RegExp(RECEIVE.source, 'gi'), (v) => ' '.repeat(v.length));
    out.push({ sentence, block: sentence.block, range: sentence.rangeOf(start, end), source, vague: isVague(source), own });
  };
  // Each pattern needs a literal word ("from", "through", "via", "by", "us", "refer"): skip the costly scans without it.
  const fromSource = /from|through|via/i.test(text) ? FROM_SOURCE : [];
  const bySource = [...(/by/i.test(text) ? BY_SOURCE : []), ...(/us|refer/i.test(text) ? SOURCE_PROVIDES : [])];
  for (const [m, named] of fromSource.flatMap((re, i) => [...text.matchAll(re)].map((x) => [x, i === 1] as const))) {
    if (named && !isNamedSource(m[1] as string)) continue;
    const clauseStart = Math.max(text.lastIndexOf(';', m.index), text.lastIndexOf(':', m.index), 0);
    const before = text.slice(Math.max(clauseStart, m.index - 90), m.index);
    const verbs = [...before.matchAll(new RegExp(RECEIVE.source, 'gi'))];
    const verb = verbs[verbs.length - 1];
    const end = m.index + m[0].length;
    // "From advertising partners we receive your advertising ID."
    const verbAfter = /^[\s,]{0,3}we\s{1,3}(?:(?:may|also|sometimes|might|can)\s{1,3}){0,2}(?:receive|obtain|collect|get|purchase|buy|acquire)\b/i.exec(text.slice(end));
    if (verbAfter && !verb && !isNegated(text, end + verbAfter[0].length, 40)) {
      push(m.index, end + verbAfter[0].length, m[1] as string);
      continue;
    }
    // The answer to "Where do you get my data from?": "Partly from other sources."
    // Also after what comes from the person: "Mostly from you, but sometimes from others."
    if (!verb && asked && m.index <= 80 && !isNegated(text, m.index, 40)) {
      push(m.index, end, m[1] as string);
      continue;
    }
    // "(we use the electoral register and) data from other public sources", "information from credit agencies": the data
    // named as coming from a kind of source is received, whatever the verb. Not a named source ("data from Google Analytics"
    // may be the controller's own tool).
    // Only within a sentence: a title ("Information from other sources", "## Data from your school") heads the statements.
    const noun = !named && !verb && /^from/i.test(m[0]) && sentence.block.kind !== 'heading' ? DATA_FROM.exec(before) : null;
    if (noun && m.index - before.length + noun.index === 0) continue;
    if (noun && !NOT_RECEIVING_BEFORE.test(before) && !negatedInClause(text, m.index, 60)) {
      push(m.index - before.length + noun.index, end, m[1] as string);
      continue;
    }
    if (!verb || NOT_RECEIVING_BEFORE.test(before)) continue;
    const verbAt = m.index - before.length + verb.index;
    // The named party is the one that receives: "Twitter receives information via the Twitter component", "Google
    // collects data through Google Analytics". A recipient, not a source.
    if (named && receiverIsSource(before.slice(0, verb.index), m[1] as string)) continue;
    // "collected through MixPanel", "accessed via a TLS-encrypted connection": the controller's own
    // collection by a tool or a channel, not data received from a third party.
    if (named && OWN_COLLECTION_VIA.test(m[0]) && /^(?:collect|gather|access|record)/i.test(verb[0])) continue;
    // "… you have gathered from GitHub": the reader receives, not the controller.
    // Also at the end of a list of the reader's verbs: "content you create, upload, or receive from others".
    if (/\byou(?:'ll|’ll|'ve|’ve|'d|’d)?\s{1,3}(?:(?:have|may|might|can|will|must|should|had)\s{1,3})?(?:(?:[a-z]{2,15},\s{1,3}){1,3}(?:[a-z]{2,15}\s{1,3})?(?:(?:and|or)\s{1,3})?|[a-z]{2,15}\s{1,3}(?:and|or)\s{1,3})?$/i.test(before.slice(0, verb.index))) continue;
    // "Third-party cookies", "content from third parties" are no source; "from time to time" is no source either.
    if (negatedInClause(text, verbAt, 60) || negatedInClause(text, m.index, 40)) continue;
    push(verbAt, m.index + m[0].length, m[1] as string);
  }
  if (/\b(?:them|him|her)\b/i.test(text)) {
    for (const m of text.matchAll(FROM_PRONOUN)) {
      const before = text.slice(0, m.index);
      const antecedent = [...before.matchAll(SOURCE_ANY)].pop();
      if (!antecedent || antecedent[0].trim() === '') continue;
      const clause = before.slice(Math.max(antecedent.index + antecedent[0].length, before.length - 90));
      const verb = [...clause.matchAll(new RegExp(RECEIVE.source, 'gi'))].pop();
      if (!verb || NOT_RECEIVING_BEFORE.test(clause)) continue;
      // "… you receive results from them": the reader receives, not the controller.
      if (/\byou\s{1,3}(?:[a-z]{2,10}\s{1,3})?$/i.test(clause.slice(0, verb.index))) continue;
      const verbAt = before.length - clause.length + verb.index;
      if (negatedInClause(text, verbAt, 60)) continue;
      push(verbAt, m.index + m[0].length, antecedent[0].trim());
    }
  }
  for (const re of bySource) {
    for (const m of text.matchAll(re)) {
      if (!re.ignoreCase && !isNamedSource(m[1] as string)) continue;
      if (isNegated(text, m.index, 60) || isNegated(text, m.index + m[0].length - 3, 40)) continue;
      // "services provided by Fourthwall", "an account provided by your employer": what is provided is no data.
      if (NOT_DATA_PROVIDED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "LumiFur is provided by Richies 3D Ltd", "Acme Cloud is supplied by Acme GmbH": a named thing provided by a named
      // company is the product and its maker; data provided by it is named as data ("your name is provided by Google").
      if (!re.ignoreCase && new RegExp(String.raw`(?:^|[.;:]\s{1,3})(?:${NAME})(?:\s{1,3}(?:${NAME})){0,2}\s{1,3}(?:is|are|was)\s{1,3}$`).test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      push(m.index, m.index + m[0].length, m[1] as string);
    }
  }
  if (/\b(?:sign|log)/i.test(text)) {
    for (const m of text.matchAll(SIGN_IN_KIND)) {
      if (!weReceiveAfterSignIn(text.slice(m.index + m[0].length))) continue;
      if (isNegated(text, m.index, 40)) continue;
      push(m.index, m.index + m[0].length, m[1] as string);
    }
  }
  if (/than|not/i.test(text)) {
    for (const m of text.matchAll(OTHERWISE_THAN_SUBJECT)) {
      if (isNegated(text, m.index, 40)) continue;
      // "where the personal data are not collected from the data subject, any available
      // information as to their source" (Art. 15(1)(g), Art. 14 quoted): a condition, not a statement.
      if (CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const how = m[1] ?? m[2] ?? '';
      const source = how.toLowerCase().startsWith('not') ? 'sources other than you' : 'sources other than the data subject';
      out.push({ sentence, block: sentence.block, range: sentence.rangeOf(m.index, m.index + m[0].length), source, vague: true, own: text.replace(m[0], ' '.repeat(m[0].length)), sourcesFrom: m.index });
    }
  }
  if (/\bwe\b/i.test(text)) {
    // "In addition to what you tell us, we may receive details of your previous claims": data from elsewhere, source unsaid.
    const besides = BESIDES_YOURS.exec(text);
    if (besides && !isNegated(text, besides.index + besides[0].length, 40) && !OWN_TECHNICAL.test(text.slice(besides.index + besides[0].length))) {
      push(besides.index, besides.index + besides[0].length, 'sources other than you');
    }
    // "We may receive information about you from:" and a list of the sources under it.
    const lead = FROM_LIST.exec(text);
    if (lead && sentence === sentence.block.sentences.at(-1) && !isNegated(text, lead.index + lead[0].length, 60)) {
      const items: string[] = [];
      for (let i = sentence.block.index + 1; i < blocks.length && i <= sentence.block.index + 20 && blocks[i]?.kind === 'listItem'; i++) {
        const item = (blocks[i] as Block).text.trim();
        // "- You, when you sign up", "- Your device", "- Cookies": the person and the controller's own collection.
        if (!FROM_SUBJECT.test(item) && !OWN_ITEM.test(item)) items.push(item);
      }
      const named = items.some((t) => (NAMED_ITEM.test(t) && isNamedSource(NAMED_ITEM.exec(t)?.[1] ?? '')) || SOURCE_TEST.test(t));
      if (items.length > 0) {
        const source = items.join(', ').replace(/\s+/g, ' ').slice(0, 80);
        out.push({ sentence, block: sentence.block, range: sentence.rangeOf(lead.index, lead.index + lead[0].length), source, vague: !named, own: text });
      }
    }
  }
  for (const m of text.matchAll(SIGN_IN)) {
    if (!weReceiveAfterSignIn(text.slice(m.index + m[0].length))) continue;
    if (isNegated(text, m.index, 40)) continue;
    push(m.index, m.index + m[0].length, m[1] as string);
  }
  return out;
}

/** Table rows with a "Source" column whose cell names someone other than the person. */
function tableStatements(doc: PolicyDocument): Statement[] {
  const out: Statement[] = [];
  for (const table of doc.tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (!cell.cell || cell.cell.header || !SOURCE_COLUMN.test(cell.cell.columnHeader ?? '')) continue;
        const text = cell.text.trim();
        if (text === '' || FROM_SUBJECT.test(text) || /^\W{0,3}(?:n\/a|none|-|—)\W{0,3}$/i.test(text)) continue;
        const others = row.filter((c) => c !== cell);
        const own = others.map((c) => c.text).join(' ');
        const listsData = others.some((c) => !SOURCE_COLUMN.test(c.cell?.columnHeader ?? '') && DATA_COLUMN.test(c.cell?.columnHeader ?? '') && /\p{L}{3}/u.test(c.text) && !NONE_DATA.test(c.text));
        out.push({ sentence: null, block: cell, range: cell.range, source: text, vague: isVague(text.replace(/^from\s{1,3}/i, '')), own: `${text} ${own}`, listsData });
      }
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'gdpr/source-of-data',
    description:
      'When personal data comes from someone other than the person it is about, the policy names the categories of data concerned and where they come from.',
    reference: 'GDPR Art. 14(1)(d), Art. 14(2)(f)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      noCategories: {
        text: 'The policy says it obtains personal data from {source} but not which categories of data ({law} Art. 14(1)(d)).',
        suggestion: 'List the kinds of data received from that source, e.g. "From GitHub we receive your username, public profile and e-mail address."',
      },
      noSource: {
        text: 'The policy says it obtains personal data from "{source}" without identifying the source ({law} Art. 14(2)(f)).',
        suggestion:
          'Name the sources, or at least their kind (e.g. "advertising partners", "credit reference agencies", "publicly available sources such as LinkedIn").',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);
    const statements: Statement[] = [];
    let declaration: Sentence | null = null;
    for (const sentence of doc.sentences) {
      const kind = sentence.block.kind;
      if (kind === 'code' || kind === 'navigation') continue;
      if (!declaration && NEGATION_DECLARATION.test(sentence.text)) declaration = sentence;
      if (kind === 'tableCell' && sentence.block.cell && SOURCE_COLUMN.test(sentence.block.cell.columnHeader ?? '')) continue;
      // A question ("Do we collect any information from third parties?", a heading "DO WE COLLECT
      // INFORMATION FROM MINORS?") asks; its answer is the statement.
      if (/\?\W{0,3}$/.test(sentence.text)) continue;
      statements.push(...statementsIn(sentence, doc.blocks, SOURCE_QUESTION.test(questionBefore(doc, sentence) ?? '')));
    }
    statements.push(...tableStatements(doc));
    const item = 'source and categories of data not obtained from the data subject';
    if (statements.length === 0) {
      // Without a declaration, nothing says data comes from elsewhere: Art. 14 is not triggered.
      context.evidence({ item, status: 'not-applicable', ...(declaration ? { at: declaration } : {}) });
      return;
    }
    const seen = new Set<Block>();
    const judged: Array<{ s: Statement; specific: boolean; hasCategories: boolean }> = [];
    for (const s of statements.sort((a, b) => a.range.start.offset - b.range.start.offset)) {
      if (seen.has(s.block)) continue;
      seen.add(s.block);
      const around = [s.own, ...contextOf(doc, s.block, s.sentence)];
      const hasCategories = s.listsData === true || around.some((t) => CATEGORIES.test(t));
      const hinted = [s.own.slice(s.sourcesFrom ?? 0), ...around.slice(1)];
      const specific =
        !s.vague ||
        hinted.some((t) => SPECIFIC_HINT.test(t)) ||
        around.slice(1).some(namesSource) ||
        statements.some((o) => o !== s && !o.vague && o.block.section === s.block.section);
      judged.push({ s, specific, hasCategories });
    }
    // A section about sources ("From third parties", "Information from other sources") whose
    // statements are complete is the detail a vague summary elsewhere ("… and also from third
    // parties") announces: the reader finds the sources and categories there.
    const detailed = judged.some(({ s, specific, hasCategories }) => specific && hasCategories && SOURCE_HEADING.test(s.block.section.title));
    let met = false;
    for (const { s, specific, hasCategories } of judged) {
      if (specific && hasCategories) {
        met = true;
        context.evidence({ item, status: 'met', at: s.range });
        continue;
      }
      if (detailed && s.vague && !SOURCE_HEADING.test(s.block.section.title)) continue;
      const source = s.source.replace(/\s+/g, ' ').trim();
      if (!specific) context.report({ messageId: 'noSource', data: { source, law }, at: s.range });
      if (!hasCategories) context.report({ messageId: 'noCategories', data: { source: `"${source}"`, law }, at: s.range });
    }
    if (!met) context.evidence({ item, status: 'partial', at: statements[0]?.range });
  },
});
