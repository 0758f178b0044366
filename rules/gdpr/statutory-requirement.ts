import { defineRule } from '../../src/engine/index.js';
import { findSections, gdprName, isProseBlock, missingAt } from '../../src/model/index.js';
import type { At } from '../../src/engine/index.js';
import type { Block, Sentence } from '../../src/model/index.js';
import { gated } from '../shared/gated.js';
import { ACCOUNT, ACCOUNT_WORD, DATA, OBLIGED_WORD, STATUS_WORD, LAW_REQUIRES, NOT_SUPPLIED, OPTIONAL_SUPPLY, PROVIDE, REQUIRED, REQUIRED_SUPPLY } from '../shared/supply.js';

// GDPR Art. 13(2)(e): where data is collected from the data subject, the notice says
// whether providing it is a statutory or contractual requirement (or needed to enter
// into a contract), whether the data subject is obliged to provide it, and what happens
// if they do not. Any statement that addresses this — "you are not obliged to provide",
// "providing your data is voluntary, but without it we cannot …", "required to create an
// account", "mandatory fields", "we are required by law to collect your tax number" —
// meets it: the rule fires only when nothing at all does. A negation ("you are not
// required to provide") is itself an answer. Every quantifier below is bounded.

const NEEDED_FOR_ACCOUNT = gated(new RegExp(
  String.raw`\b${REQUIRED}\b[^.;!?]{0,80}?\b(?:(?:to|in\s{1,3}order\s{1,3}to|for|at|during|upon|on|when)\s{1,3}(?:the\s{1,3}time\s{1,3}of\s{1,3}|you\s{1,3})?)${ACCOUNT}`,
  'i',
), ACCOUNT_WORD);
/** A requirement about the person, not the data: "you must be 16 to create an account". */
const ABOUT_THE_PERSON = /\b(?:be|been|aged?|years?|old|older)\b/i;

/** Consequences of not providing the data: "if you do not provide …", "without this information we cannot …". */
const CONSEQUENCES: RegExp[] = [
  new RegExp(
    String.raw`\bif\s{1,3}(?:you|a\s{1,3}user|the\s{1,3}user)\s{1,3}(?:do\s{1,3}not|don['’]t|does\s{1,3}not|doesn['’]t|choose\s{1,3}not\s{1,3}to|decide\s{1,3}not\s{1,3}to|decline\s{1,3}to|refuse\s{1,3}to|fail\s{1,3}to|prefer\s{1,3}not\s{1,3}to|cannot|can['’]t|are\s{1,3}unable\s{1,3}to|would\s{1,3}rather\s{1,3}not)\s{1,3}(?:(?:want|wish)\s{1,3}to\s{1,3})?${PROVIDE}\b(?!\s{1,3}(?:us\s{1,3})?(?:your\s{1,3})?(?:consent|permission|authori[sz]ation|feedback|notice))`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:without|absent|in\s{1,3}the\s{1,3}absence\s{1,3}of|failing)\s{1,3}(?:(?:it|them|this|that|these|those|which)\b|(?:this|that|such|these|those|the|your|certain|some|any|an?|the\s{1,3}(?:required|requested|necessary))\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?${DATA}\b)[^.;!?]{0,80}?\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|couldn['’]t|unable|not\s{1,3}be\s{1,3}able|won['’]t\s{1,3}be\s{1,3}able|will\s{1,3}not|may\s{1,3}not|might\s{1,3}not|impossible|not\s{1,3}possible)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|unable\s{1,3}to|not\s{1,3}be\s{1,3}able\s{1,3}to|not\s{1,3}possible\s{1,3}to|impossible\s{1,3}to)\b[^.;!?]{0,80}?\bwithout\s{1,3}(?:(?:it|them)\b|(?:this|that|such|these|those|your|the|certain|some|an?)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?${DATA}\b)`,
    'i',
  ),
  new RegExp(String.raw`\b(?:failure|failing|refusal|refusing|declining|choosing\s{1,3}not)\s{1,3}to\s{1,3}${PROVIDE}`, 'i'),
  new RegExp(String.raw`\bonly\s{1,3}(?:if|when|once)\s{1,3}you\s{1,3}(?:have\s{1,3})?${PROVIDE}`, 'i'),
  // "If you leave them empty / skip them, we cannot …", "so if you leave it out we will not be able to enrol you".
  /\b(?:if|should|when)\s{1,3}you\s{1,3}(?:leave\s{1,3}(?:\w{1,15}\s{1,3}){0,2}?(?:empty|blank|out)|skip|omit)\b/i,
  // The reader's question, answered in the text after it: "What if I don't provide it?", "What happens if I say no?".
  new RegExp(
    String.raw`\bwhat\s{1,3}(?:happens\s{1,3}|will\s{1,3}happen\s{1,3}|then\s{1,3})?if\s{1,3}(?:I|you|we)\s{1,3}(?:(?:do\s{1,3}not|don['’]t|can['’]t|cannot|refuse\s{1,3}to|decline\s{1,3}to|choose\s{1,3}not\s{1,3}to|prefer\s{1,3}not\s{1,3}to)\s{1,3}(?:${PROVIDE}|tell|want\s{1,3}to)|say\s{1,3}no|refuse|decline|opt\s{1,3}out)\b[^?]{0,60}\?`,
    'i',
  ),
  // An app that collects through a device permission: "If you deny location permissions, the app will not
  // function", "If you decline camera access, you cannot scan receipts". Only a permission that yields data,
  // and only with what is then lost: "If you deny us permission to e-mail you" is marketing consent.
  gated(new RegExp(
    String.raw`\b(?:if|when|should)\s{1,3}you\s{1,3}(?:deny|decline|refuse|reject|revoke|disable|turn\s{1,3}off|(?:do\s{1,3}not|don['’]t)\s{1,3}(?:grant|allow|give))\s{1,3}(?:(?:the|this|these|its|our|us)\s{1,3})?(?:(?:app|device)\s{1,3})?(?:location|geolocation|GPS|camera|microphone|contacts?|photos?|photo\s{1,3}library|gallery|media|storage|files?|calendar|bluetooth|health|motion)\s{1,3}(?:permissions?|access)\b[^.;!?]{0,80}?\b(?:will\s{1,3}not|won['’]t|would\s{1,3}not|cannot|can['’]t|can\s{1,3}not|unable|not\s{1,3}be\s{1,3}able|(?:stop|stops|cease|ceases)\s{1,3}(?:working|functioning)|no\s{1,3}longer)\b`,
    'i',
  ), /\b(?:permissions?|access)\b/i),
  ...NOT_SUPPLIED,
];

/** Why the data is required: for an account or a contract, or by law. A reason implies what failing to provide it costs. */
const REASONS: RegExp[] = [
  // Needed for an account: "required to create an account", "we require … at account creation".
  NEEDED_FOR_ACCOUNT,
  gated(new RegExp(String.raw`\b${ACCOUNT}\s{1,3}(?:requires?|needs?)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${DATA}\b`, 'i'), ACCOUNT_WORD),
  gated(new RegExp(String.raw`\b(?:to|in\s{1,3}order\s{1,3}to|when\s{1,3}you|if\s{1,3}you)\s{1,3}${ACCOUNT}\b[^.;!?]{0,40}?\byou\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to|will\s{1,3}need\s{1,3}to|are\s{1,3}required\s{1,3}to)\s{1,3}${PROVIDE}`, 'i'), ACCOUNT_WORD),
  // Needed for a contract: the Article's own words ("a requirement necessary to enter into a contract").
  new RegExp(String.raw`\b(?:requirement|required|necessary|needed|must\s{1,3}${PROVIDE})\b[^.;!?]{0,60}?\bto\s{1,3}(?:enter|entering)\s{1,3}into\s{1,3}(?:an?|the|our|this)\s{1,3}(?:contract|agreement)`, 'i'),
  // Statutory: "we are required by law to collect", "the law requires us to ask for".
  /\b(?:required|obliged|obligated|mandated|compelled)\s{1,3}(?:by\s{1,3}(?:(?:the|applicable|tax|relevant|local|national|EU|UK)\s{1,3}){0,2}(?:law|statute|regulation|legislation|rules)s?\s{1,3})?to\s{1,3}(?:collect|obtain|ask\s{1,3}(?:you\s{1,3})?for|request|verify|record)\b/i,
  LAW_REQUIRES,
  // "Most of what we ask for is a condition of your student contract", "this is a precondition of the tenancy agreement".
  /\b(?:is|are)\s{1,3}(?:an?\s{1,3})?(?:condition|term|prerequisite|precondition|requirement)\s{1,3}of\s{1,3}(?:your|the|our|this|that|each)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:contract|agreement|tenancy|membership|enrol(?:l?ment)|employment|booking|policy|loan|account)\b/i,
  // The data as the subject: "Your delivery address is a contractual requirement", "Your tax number is a legal requirement".
  gated(new RegExp(
    String.raw`\b${DATA}\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,5}?(?:is|are)\s{1,3}(?:an?\s{1,3})?(?:statutory|legal|contractual)(?:\s{1,3}(?:or|and|and\/or)\s{1,3}(?:an?\s{1,3})?(?:statutory|legal|contractual))?\s{1,3}(?:requirement|obligation)\b`,
    'i',
  ), /\b(?:statutory|legal|contractual)\b/i),
];

/**
 * Statements that address Art. 13(2)(e). One list: any match in a prose sentence meets
 * the requirement. Obligation, voluntariness, consequences, account/contract need, law.
 */
const STATEMENTS: RegExp[] = [
  // Obligation: "you are (not) obliged / required / under no obligation to provide".
  gated(new RegExp(
    String.raw`\b(?:you|users?|customers?|visitors?|data\s{1,3}subjects?|applicants?|individuals?|candidates?|guests?|passengers?|patients?|members?|students?|pupils?|employees?|clients?|tenants?|borrowers?|policyholders?|participants?)(?:['’]re|\s{1,3}are|\s{1,3}is|\s{1,3}will\s{1,3}be|\s{1,3}may\s{1,3}be|\s{1,3}shall\s{1,3}be)?\s{1,3}(?:not\s{1,3}|never\s{1,3})?(?:(?:legally|contractually|statutorily)\s{1,3})?(?:obliged|obligated|required|compelled|bound|under\s{1,3}(?:no|any)\s{1,3}(?:\w{1,15}\s{1,3}){0,3}obligations?)\s{1,3}to\s{1,3}${PROVIDE}`,
    'i',
  ), OBLIGED_WORD),
  // "you must / need to / have to / do not have to provide" (not "must provide accurate information").
  new RegExp(
    String.raw`\byou\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to|will\s{1,3}(?:need|have)\s{1,3}to|(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:need|have)\s{1,3}to)\s{1,3}${PROVIDE}\b(?!\s{1,3}(?:us\s{1,3}(?:with\s{1,3})?)?(?:accurate|correct|true|truthful|complete|current|up[- ]to[- ]date|valid\s{1,3}consent))`,
    'i',
  ),
  // Telling, not handing over: "You don't have to tell us about your medical history", "you do not need to let us know".
  /\byou\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to|(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:need|have)\s{1,3}to)\s{1,3}(?:tell\s{1,3}us|let\s{1,3}us\s{1,3}know)\s{1,3}(?:about\s{1,3})?(?:your|any|the|what|whether|if)\b/i,
  // "there is no statutory or contractual requirement / obligation to provide".
  new RegExp(String.raw`\b(?:requirement|obligation|duty)\s{1,3}(?:for\s{1,3}you\s{1,3}|on\s{1,3}you\s{1,3})?to\s{1,3}${PROVIDE}`, 'i'),
  // "(the) provision of your data is voluntary / a statutory requirement".
  gated(new RegExp(
    String.raw`\b(?:providing|provision\s{1,3}of|supplying|giving(?:\s{1,3}us)?|submitting|submission\s{1,3}of|disclosure\s{1,3}of|entering|entry\s{1,3}of)\s{1,3}(?:us\s{1,3}(?:with\s{1,3})?)?(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:${DATA}|it|this|them|these|that)\b[^.;!?]{0,40}?\b(?:is|are|remains?|being)\s{1,3}(?:(?:entirely|completely|purely|strictly|always|generally|therefore|totally|also)\s{1,3})?(?:on\s{1,3}an?\s{1,3}(?:(?:expressly|explicitly|purely|entirely|strictly|completely|totally)\s{1,3})?(?:voluntary|optional)\s{1,3}basis|neither\s{1,3}(?:legally|contractually|statutorily)\s{1,3}nor\s{1,3}(?:legally|contractually|statutorily)\s{1,3}(?:required|mandatory|prescribed|necessary)|voluntary|optional|mandatory|compulsory|obligatory|required|not\s{1,3}(?:mandatory|compulsory|obligatory|required)|(?:a\s{1,3})?(?:statutory|legal|contractual)(?:\s{1,3}(?:or|and|and/or)\s{1,3}(?:statutory|legal|contractual))?\s{1,3}(?:requirement|obligation))\b`,
    'i',
  ), STATUS_WORD),
  // "nothing is mandatory", "none of the fields are required": everything is voluntary.
  /\b(?:nothing|none\s{1,3}of\s{1,3}(?:it|this|them|the\s{1,3}(?:data|information|details|fields))|no\s{1,3}(?:data|information|field))\s{1,3}(?:(?:we\s{1,3}ask\s{1,3}for|here)\s{1,3})?(?:is|are)\s{1,3}(?:mandatory|compulsory|required|obligatory)\b/i,
  // The Article's own words: "a statutory or contractual requirement", "neither a legal nor a contractual obligation".
  /\b(?:statutory|legal|contractual)\s{1,3}(?:or|nor|and|and\/or)\s{1,3}(?:an?\s{1,3})?(?:statutory|legal|contractual)\s{1,3}(?:requirement|obligation)/i,
  // "your phone number is optional", "name and e-mail are mandatory".
  gated(new RegExp(
    String.raw`\b${DATA}\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,5}?(?:is|are)\s{1,3}(?:(?:entirely|completely|purely|strictly|always|also)\s{1,3})?(?:voluntary|optional|mandatory|compulsory|obligatory)\b`,
    'i',
  ), /voluntary|optional|mandatory|compulsory|obligatory/i),
  // "you provide it voluntarily", "voluntarily provide", "on a voluntary basis".
  new RegExp(String.raw`\b${PROVIDE}\s{1,3}(?:\w{1,20}\s{1,3}){0,4}?(?:voluntarily|optionally|on\s{1,3}an?\s{1,3}(?:(?:expressly|explicitly|purely|entirely|strictly|completely|totally)\s{1,3})?voluntary\s{1,3}basis|at\s{1,3}your\s{1,3}(?:option|discretion))\b`, 'i'),
  new RegExp(String.raw`\b(?:voluntarily|optionally)\s{1,3}${PROVIDE}`, 'i'),
  // The data as the subject, any verb: "Further data is not collected or only on a voluntary basis" (the translated German
  // template), "other details are collected only on a voluntary basis".
  gated(new RegExp(String.raw`\b${DATA}\b[^.;!?]{0,50}?\bon\s{1,3}an?\s{1,3}(?:(?:expressly|explicitly|purely|entirely|strictly|completely|totally)\s{1,3})?voluntary\s{1,3}basis\b`, 'i'), /voluntary\s{1,3}basis/i),
  // "optional profile information", "mandatory fields", "required information".
  /\b(?:optional|voluntary|mandatory|compulsory|obligatory|required)\s{1,3}(?:profile\s{1,3})?(?:fields?|information|data|details)\b(?!\s{1,3}(?:retention|protection|processing|breach|transfer|security|sharing|deletion|subject|minimi[sz]ation|localisation|localization|residency))/i,
  ...REQUIRED_SUPPLY,
  ...OPTIONAL_SUPPLY,
  // Choice: "you may choose not to provide", "you have the option to give us more".
  new RegExp(String.raw`\b(?:choose|decide|elect|decline|refuse|prefer)\s{1,3}(?:not\s{1,3}to|whether\s{1,3}(?:or\s{1,3}not\s{1,3})?to|to\s{1,3}not)\s{1,3}${PROVIDE}`, 'i'),
  new RegExp(String.raw`\b(?:choose|decide|elect|wish|want)\s{1,3}to\s{1,3}${PROVIDE}\s{1,3}(?:us\s{1,3}(?:with\s{1,3})?)?(?:more|additional|further|extra|optional|other)\b`, 'i'),
  new RegExp(String.raw`\b(?:have|has|is\s{1,3}given)\s{1,3}the\s{1,3}(?:option|choice)\s{1,3}(?:of\s{1,3}|whether\s{1,3}|to\s{1,3})?${PROVIDE}`, 'i'),
  ...CONSEQUENCES,
  ...REASONS,
];

/** "(optional)" / "(required)" next to a data item in a list or table: "Phone number (optional)". */
const MARKER = /\(\s{0,2}(?:required|mandatory|optional|compulsory|obligatory|voluntary)\s{0,2}\)|[-–—:]\s{0,3}(?:required|mandatory|optional)\s{0,3}$/i;
const DATA_NOUN = new RegExp(String.raw`\b${DATA}\b`, 'i');

/** A table column that says which data is required: "Required?", "Mandatory / optional". */
const REQUIRED_COLUMN = /^\W{0,3}(?:required|mandatory|optional|obligatory|compulsory|voluntary)\b[^|]{0,25}$/i;

/** "We do not collect any personal data (directly from you)": Art. 13(2)(e) has nothing to apply to. */
const NOT_APPLICABLE: RegExp[] = [
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:collect|ask\s{1,3}for|request|store|process|hold)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|data\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:directly\s{1,3})?from\s{1,3}you|\s{1,3}at\s{1,3}all|\s{1,3}whatsoever|\s{1,3}of\s{1,3}any\s{1,3}kind)?\s{0,3}[.!]?\s{0,3}$/i,
  /\b(?:Art(?:icle|\.)?\s{0,2}13\s{0,1}\(2\)\s{0,1}\(e\)|statutory\s{1,3}(?:or\s{1,3}contractual\s{1,3})?requirements?)\b[^.]{0,40}\b(?:not\s{1,3}applicable|does\s{1,3}not\s{1,3}apply|doesn['’]t\s{1,3}apply|n\/a)\b/i,
];

/** Where a reader would look: the section on what is collected. */
const WHERE_TO_LOOK: RegExp[] = [
  /\bcollect/i,
  /\b(?:you\s+)?provide\b/i,
  // "Personal data", "Your information", "Data we process" — not "Data Protection Officer" or "Information security".
  /^\W{0,6}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s{1,3})?(?:(?:the|your|our)\s{1,3})?(?:(?:personal|usage|log|account|device|location|payment|technical|profile|customer|user|collected)\s{1,3})?(?:data|information)(?:\s{1,3}(?:we\s{1,3}\w{2,12}|about\s{1,3}you|(?:that|which)\s{1,3}we\s{1,3}\w{2,12}))?\W{0,3}$/i,
  /\bprocessing\s{1,3}of\s{1,3}(?:your\s{1,3})?(?:personal\s{1,3})?(?:data|information)\b|(?<!\bresponsible\s{1,3}for\s{1,3}(?:the\s{1,3})?)\bdata\s{1,3}processing\b/i,
  // The topic itself: "Required information", "Mandatory Information", "Optional data".
  /\b(?:required|mandatory|optional|obligatory|compulsory)\s{1,3}(?:data|information|fields|details)\b/i,
];

/** A statement found: where, its words and the rest of its clause, and whether it gives a consequence or a reason. */
interface Statement {
  at: At;
  text: string;
  /** The clause before the match ("there is no …"), and the rest of the clause after it. */
  before: string;
  after: string;
  answers: boolean;
}

const ANSWERS = new Set<RegExp>([...CONSEQUENCES, ...REASONS]);
/** A word every consequence or reason contains: the cheap test before the patterns. */
const ANSWER_WORD = /without|absen|fail|refus|declin|\bif\b|only|should|withh|missing|incomplete|left|requir|need|must|law|\bact\b|code|regulation|statut|account|regist|sign|contract|agreement|oblig|compel|mandat/i;

/** A statement that data must be provided, not that it need not be: "name and e-mail are mandatory", "(required)". */
const MANDATORY = /\b(?:required|requirement|mandatory|compulsory|obligatory|must|obliged|obligated|ha(?:s|ve)\s{1,3}to|needs?\s{1,3}to)\b/i;
const NOT_MANDATORY = /\b(?:not|no|never|neither|nor|nothing|none|optional|voluntar\w{0,4}|free|choose|choice|discretion|n\/a)\b|n['’]t\b|up\s{1,3}to\s{1,3}you/i;
/**
 * A contract as the reason: "a contractual requirement", "under our contract" — the consequence (no contract) goes without
 * saying. A law as the reason ("The provision of personal data is required by law") still leaves the consequence unsaid.
 */
const CONTRACT_REASON = /\b(?:contractual|contract|agreement)\b/i;
/** A table column that gives the consequences: "If not provided", "Consequences", "What happens if you don't". */
const CONSEQUENCE_COLUMN = /\bif\s{1,3}(?:not|you\s{1,3}(?:do\s{1,3}not|don['’]t))\b|\bconsequences?\b|\bwhat\s{1,3}happens\b/i;

/** The clause says why: "has to be provided so that we can invoice you", "required to register". */
const WHY_AFTER = /\b(?:so\s{1,3}(?:that\s{1,3})?(?:we|you|it|they|the|our|your)|in\s{1,3}order\s{1,3}to|because|since|as\s{1,3}(?:we|it|the)|to\s{1,3}(?!be\b|us\b|you\b)[a-z]{3,}|for\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:purposes?|performance|delivery|invoic\w{0,5}|billing|shipping|registration|verification|payment|the\s{1,3}contract))\b/i;

/** The verb that completes "required / obliged": "required to provide …" says what is required, not why. */
const COMPLEMENT = new RegExp(String.raw`^\s{0,3}to\s{1,3}${PROVIDE}\b`, 'i');

/** A statement that the data is mandatory, and says neither why nor the consequences in its clause. */
function isMandatory(found: Statement): boolean {
  const clause = `${found.text} ${found.after}`;
  const m = MANDATORY.exec(clause);
  const whole = `${found.before} ${clause}`;
  return !!m && !NOT_MANDATORY.test(whole) && !CONTRACT_REASON.test(whole) && !WHY_AFTER.test(clause.slice(m.index + m[0].length).replace(COMPLEMENT, ''));
}

/** The rest of the clause after a match (to the next full stop or semicolon). */
function clauseAfter(text: string, end: number): string {
  return /^[^.;!?]{0,80}/.exec(text.slice(end))?.[0] ?? '';
}

/** The clause before a match (from the last full stop or semicolon), at most 40 characters. */
function clauseBefore(text: string, start: number): string {
  return /[^.;!?]{0,40}$/.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? '';
}

/**
 * A title line that names a topic, not a statement: an ALL-CAPS line a Markdown paragraph runs
 * into the text under it ("PROVIDING YOUR DATA"), or a Title Case label ending in ":" ("General
 * Note and Mandatory Information:", the German "Pflichtinformationen": the notice's own duties).
 */
function isTitleLine(line: string): boolean {
  const t = line.replace(/^[\s*_#]{1,8}|[\s*_\\]{1,8}$/g, '');
  if (t.length < 3 || t.length > 80 || /[.!?]$/.test(t)) return false;
  if (!/\p{Ll}/u.test(t) && /\p{Lu}{2}\s{1,3}\p{Lu}{2}/u.test(t)) return true;
  return t.endsWith(':') && t.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || w.length <= 3);
}

/** The sentence with its title lines blanked (offsets kept). */
function withoutTitles(text: string): string {
  if (!text.includes('\n') && !text.trimEnd().endsWith(':') && !/:[*_\\]{1,4}$/.test(text.trimEnd())) return text;
  return text.replace(/^.*$/gm, (line) => (isTitleLine(line) ? ' '.repeat(line.length) : line));
}

function matchIn(sentence: Sentence, patterns: readonly RegExp[]): Statement | null {
  const text = withoutTitles(sentence.text);
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m && !(pattern === NEEDED_FOR_ACCOUNT && ABOUT_THE_PERSON.test(m[0]))) {
      const end = m.index + m[0].length;
      return { at: sentence.rangeOf(m.index, end), text: m[0], before: clauseBefore(text, m.index), after: clauseAfter(text, end), answers: ANSWERS.has(pattern) };
    }
  }
  return null;
}

/**
 * A consequence with the supply left understood: "…, but if you don't, we may not be able to offer you cover", "If you'd
 * rather not – we can't deliver". Only where the sentence or the one before it (a reader's question: "Do I have to give you
 * my phone number? No, it's up to you. But if you don't, …") speaks of handing over data.
 */
const ELLIPTICAL = /\bif\s{1,3}(?:you|I)\s{1,3}(?:do\s{1,3}not|don['’]t|won['’]t|would\s{1,3}rather\s{1,3}not|['’]d\s{1,3}rather\s{1,3}not|prefer\s{1,3}not\s{1,3}to|choose\s{1,3}not\s{1,3}to|decide\s{1,3}not\s{1,3}to|decline|refuse)\s{0,3}(?:[,—–]|\s-\s|\bthen\b)[^.!?]{0,100}?\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|couldn['’]t|unable|not\s{1,3}be\s{1,3}able|won['’]t\s{1,3}be\s{1,3}able|will\s{1,3}not|won['’]t|may\s{1,3}not|might\s{1,3}not|(?:may|might|will)\s{1,3}have\s{1,3}to|impossible|not\s{1,3}possible|refused|affect\w{0,2})\b/i;
/** Talk of handing over data; not consent, feedback or a notice ("Give us feedback. If you don't, …"). */
const SUPPLY_TALK = new RegExp(
  String.raw`\b(?:${PROVIDE}(?!\s{1,3}(?:us\s{1,3})?(?:your\s{1,3}|a\s{1,3}|some\s{1,3})?(?:consent|permission|authori[sz]ation|feedback|notice|reviews?|ratings?|try|call)\b)|tell(?:ing)?\s{1,3}us|let\s{1,3}us\s{1,3}know|${DATA})\b`,
  'i',
);

/** The texts of up to `n` sentences before a sentence, in its block and the block before it in its section. */
function sentencesBefore(sentence: Sentence, n: number): string[] {
  const blocks = sentence.block.section.blocks;
  const at = blocks.indexOf(sentence.block);
  const earlier = [...(blocks[at - 1]?.sentences ?? []), ...sentence.block.sentences.slice(0, sentence.block.sentences.indexOf(sentence))];
  return earlier.slice(-n).map((s) => s.text);
}

function ellipticalIn(sentence: Sentence): Statement | null {
  if (!/\bif\b/i.test(sentence.text)) return null;
  const m = ELLIPTICAL.exec(sentence.text);
  if (!m) return null;
  if (!SUPPLY_TALK.test(sentence.text.slice(0, m.index)) && !sentencesBefore(sentence, 2).some((t) => SUPPLY_TALK.test(t))) return null;
  const end = m.index + m[0].length;
  return { at: sentence.rangeOf(m.index, end), text: m[0], before: clauseBefore(sentence.text, m.index), after: clauseAfter(sentence.text, end), answers: true };
}

function statementIn(sentence: Sentence): Statement | null {
  return matchIn(sentence, STATEMENTS) ?? ellipticalIn(sentence);
}

/**
 * Prose that can state something. A heading names a topic: "General Information and Mandatory
 * Information" (the German "Pflichtinformationen", the notice's own duties) says nothing about data.
 */
const statesSomething = (block: Block): boolean => isProseBlock(block) && block.kind !== 'heading';

/** A consequence or a reason anywhere from `from` on, else the first statement that data is mandatory. */
function answerOrMandatory(blocks: readonly Block[], from: number): { answer: Statement | null; mandatory: Statement | null } {
  const answers = [...ANSWERS];
  let mandatory: Statement | null = null;
  for (const block of blocks.slice(from)) {
    if (!statesSomething(block)) continue;
    if (block.cell?.header && CONSEQUENCE_COLUMN.test(block.text)) return { answer: { at: block, text: block.text, before: '', after: '', answers: true }, mandatory };
    if (!mandatory) {
      const marked = markerIn(block);
      if (marked && isMandatory(marked)) mandatory = marked;
    }
    for (const sentence of block.sentences) {
      if (ANSWER_WORD.test(sentence.text)) {
        const answer = matchIn(sentence, answers) ?? ellipticalIn(sentence);
        if (answer) return { answer, mandatory };
      }
      if (!mandatory) {
        const found = statementIn(sentence);
        if (found && isMandatory(found)) mandatory = found;
      }
    }
  }
  return { answer: null, mandatory };
}

/** A list item or table cell that marks a data item "(optional)" / "(required)". */
function markerIn(block: Block): Statement | null {
  if (block.kind !== 'listItem' && block.kind !== 'tableCell' && block.kind !== 'paragraph') return null;
  const m = MARKER.exec(block.text);
  if (m && DATA_NOUN.test(block.text)) return { at: block.rangeOf(m.index, m.index + m[0].length), text: m[0], before: '', after: clauseAfter(block.text, m.index + m[0].length), answers: false };
  const header = block.cell?.header ? block.text : undefined;
  if (header !== undefined && REQUIRED_COLUMN.test(header.trim())) return { at: block, text: header, before: '', after: '', answers: false };
  return null;
}

export default defineRule({
  meta: {
    id: 'gdpr/statutory-requirement',
    description:
      'The policy says whether providing personal data is a statutory or contractual requirement, whether it is obligatory, and what happens if it is not provided.',
    reference: 'GDPR Art. 13(2)(e)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not say whether providing personal data is required (by law or contract, or to create an account) or voluntary, nor what happens if it is not provided ({law} Art. 13(2)(e)).',
        severity: 'error',
        suggestion:
          'State which data must be provided and why, and the consequence of not providing it, e.g. "You must provide your e-mail address to create an account; without it we cannot provide the Service. All other information is optional."',
      },
      consequences: {
        text: 'The policy says that "{phrase}" but neither why (by law, by contract, for an account) nor what happens if the data is not provided ({law} Art. 13(2)(e)).',
        severity: 'warning',
        suggestion: 'Say why the data is required and what follows if it is not provided, e.g. "We need your e-mail address to create your account; without it we cannot register you."',
      },
    },
  },
  check(context) {
    const { document: doc } = context;
    let notApplicable: Sentence | null = null;
    for (const block of doc.blocks) {
      if (!statesSomething(block)) continue;
      const found = markerIn(block) ?? block.sentences.reduce<Statement | null>((f, s) => f ?? statementIn(s), null);
      if (found) {
        context.evidence({ item: 'obligation to provide personal data', status: 'met', at: found.at });
        if (found.answers) return;
        // Data said to be mandatory, with no reason and no consequence anywhere: Art. 13(2)(e) is half answered.
        const { answer, mandatory } = answerOrMandatory(doc.blocks, block.index);
        const first = isMandatory(found) ? found : mandatory;
        if (answer) context.evidence({ item: 'consequences of not providing personal data', status: 'met', at: answer.at });
        else if (first) {
          const phrase = first.text.replace(/\s+/g, ' ').trim();
          context.report({ messageId: 'consequences', data: { phrase: phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase, law: gdprName(doc) }, at: first.at });
          context.evidence({ item: 'consequences of not providing personal data', status: 'missing', at: first.at });
        }
        return;
      }
      for (const sentence of block.sentences) {
        if (!notApplicable && NOT_APPLICABLE.some((p) => p.test(sentence.text))) notApplicable = sentence;
      }
    }
    if (notApplicable) {
      context.evidence({ item: 'obligation to provide personal data', status: 'not-applicable', at: notApplicable });
      return;
    }
    const section = WHERE_TO_LOOK.map((p) => findSections(doc, p)[0]).find((s) => s?.heading);
    context.report({ messageId: 'missing', data: { law: gdprName(doc) }, at: section?.heading ? section.heading.range : missingAt(doc) });
    context.evidence({ item: 'obligation to provide personal data', status: 'missing' });
  },
});
