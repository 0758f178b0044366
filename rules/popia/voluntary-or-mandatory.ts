import { defineRule } from '../../src/engine/index.js';
import { findSections, isProseBlock, missingAt } from '../../src/model/index.js';
import type { At } from '../../src/engine/index.js';
import type { Block, PolicyDocument, Sentence } from '../../src/model/index.js';
import { gated } from '../shared/gated.js';
import { ACCOUNT, ACCOUNT_WORD, DATA, OBLIGED_WORD, STATUS_WORD, LAW_REQUIRES, NOT_SUPPLIED, OPTIONAL_SUPPLY, PROVIDE, REQUIRED, REQUIRED_SUPPLY } from '../shared/supply.js';

// POPIA s18(1)(d)–(f): when personal information is collected, the data subject must be
// made aware of (d) whether the supply of the information is voluntary or mandatory,
// (e) the consequences of failure to provide it, and (f) any particular law authorising
// or requiring the collection. The rule reports:
//  - `missing` (error): nothing addresses voluntary or mandatory supply at all;
//  - `consequences` (warning): some information is said to be mandatory, but nothing says
//    what happens if it is not provided;
//  - `law-unnamed` (warning): collection is said to be required by law, but no law is named.
// A negation ("you are not obliged to provide") is itself an answer. Every quantifier below
// is bounded.

const WHO = String.raw`(?:you|users?|customers?|clients?|visitors?|data\s{1,3}subjects?|applicants?|individuals?|candidates?)`;
/** Others who hand information over on someone's behalf or as a member: "Parents must supply …". */
const OTHER_PERSON = String.raw`(?:parents?|guardians?|parents?\s{1,3}or\s{1,3}guardians?|employees?|members?|patients?|students?|learners?|pupils?|tenants?|borrowers?|donors?|policyholders?|residents?|suppliers?)`;

// Words the costliest patterns below cannot match without (see rules/shared/gated.ts).
const MANDATORY_WORD = /mandatory|compulsory|obligatory/i;

/** Supply is voluntary, or the data subject is not obliged: answers s18(1)(d). */
const VOLUNTARY: RegExp[] = [
  gated(new RegExp(String.raw`\b${WHO}(?:['’]re|\s{1,3}are|\s{1,3}is|\s{1,3}will\s{1,3}be|\s{1,3}shall\s{1,3}be)?\s{1,3}(?:not|never)\s{1,3}(?:(?:legally|contractually|statutorily)\s{1,3})?(?:obliged|obligated|required|compelled|bound)\s{1,3}to\s{1,3}${PROVIDE}`, 'i'), OBLIGED_WORD),
  new RegExp(String.raw`\b${WHO}(?:['’]re|\s{1,3}are|\s{1,3}is)?\s{1,3}under\s{1,3}no\s{1,3}(?:\w{1,15}\s{1,3}){0,3}obligations?\s{1,3}to\s{1,3}${PROVIDE}`, 'i'),
  new RegExp(String.raw`\byou\s{1,3}(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:need|have)\s{1,3}to\s{1,3}${PROVIDE}`, 'i'),
  new RegExp(String.raw`\bno\s{1,3}(?:(?:statutory|legal|contractual)\s{1,3}(?:(?:or|nor|and)\s{1,3}(?:statutory|legal|contractual)\s{1,3})?)?(?:requirement|obligation|duty)\s{1,3}(?:for\s{1,3}you\s{1,3}|on\s{1,3}you\s{1,3})?to\s{1,3}${PROVIDE}`, 'i'),
  gated(new RegExp(
    String.raw`\b(?:the\s{1,3})?(?:supply|supplying|provision|providing|giving|submission|submitting)\s{1,3}(?:of\s{1,3})?(?:us\s{1,3}(?:with\s{1,3})?)?(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:${DATA}|it|this|them|these|that)\b[^.;!?]{0,40}?\b(?:is|are|remains?|being)\s{1,3}(?:(?:entirely|completely|purely|strictly|always|generally|therefore|totally|also)\s{1,3})?(?:voluntary|optional|not\s{1,3}(?:mandatory|compulsory|obligatory|required))\b`,
    'i',
  ), STATUS_WORD),
  gated(new RegExp(String.raw`\b${DATA}\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,5}?(?:is|are)\s{1,3}(?:(?:entirely|completely|purely|strictly|always|also)\s{1,3})?(?:voluntary|optional|not\s{1,3}(?:mandatory|compulsory|obligatory))\b`, 'i'), STATUS_WORD),
  new RegExp(String.raw`\b${PROVIDE}\s{1,3}(?:\w{1,20}\s{1,3}){0,4}?(?:voluntarily|optionally|on\s{1,3}a\s{1,3}voluntary\s{1,3}basis|at\s{1,3}your\s{1,3}(?:option|discretion))\b`, 'i'),
  new RegExp(String.raw`\b(?:voluntarily|optionally)\s{1,3}${PROVIDE}`, 'i'),
  new RegExp(String.raw`\b(?:voluntary|optional|up\s{1,3}to\s{1,3}you)\s{1,3}(?:(?:whether|if)\s{1,3}(?:or\s{1,3}not\s{1,3})?you\s{1,3}|for\s{1,3}you\s{1,3}to\s{1,3}|to\s{1,3})${PROVIDE}`, 'i'),
  /\b(?:optional|voluntary)\s{1,3}(?:profile\s{1,3})?(?:fields?|information|data|details)\b/i,
  new RegExp(String.raw`\b(?:have|has|is\s{1,3}given)\s{1,3}the\s{1,3}(?:option|choice)\s{1,3}(?:of\s{1,3}|whether\s{1,3}|to\s{1,3})?${PROVIDE}`, 'i'),
  new RegExp(String.raw`\b(?:choose|decide|elect|wish|want)\s{1,3}to\s{1,3}${PROVIDE}\s{1,3}(?:us\s{1,3}(?:with\s{1,3})?)?(?:more|additional|further|extra|optional|other)\b`, 'i'),  ...OPTIONAL_SUPPLY,
];

/** "accurate information", "your consent", "notice": not the supply of information itself. */
const NOT_SUPPLY = String.raw`(?:accurate|correct|true|truthful|complete|current|up[- ]to[- ]date|valid|consent|permission|authori[sz]ation|feedback|notice|written|reasons?|proof|instructions)\b`;
/** What follows "provide": optional "us (with)", a few words, then the information or a pronoun. */
const OBJECT = String.raw`\s{1,3}(?!${NOT_SUPPLY})(?:us\s{1,3}(?:with\s{1,3})?)?(?!${NOT_SUPPLY})(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:${DATA}|it|this|them|these)\b`;

/** Supply is mandatory, or the data subject must provide: answers s18(1)(d) and calls for (e). */
const MANDATORY: RegExp[] = [
  gated(new RegExp(String.raw`\b${WHO}(?:['’]re|\s{1,3}are|\s{1,3}is|\s{1,3}will\s{1,3}be|\s{1,3}may\s{1,3}be|\s{1,3}shall\s{1,3}be)\s{1,3}(?:(?:legally|contractually|statutorily)\s{1,3})?(?:obliged|obligated|required|compelled)\s{1,3}to\s{1,3}${PROVIDE}${OBJECT}`, 'i'), OBLIGED_WORD),
  new RegExp(String.raw`\b(?:you|${WHO}|${OTHER_PERSON})\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to|will\s{1,3}(?:need|have)\s{1,3}to)\s{1,3}${PROVIDE}${OBJECT}`, 'i'),
  // The status of a supply named earlier in the sentence: "Parents must hand in the child's clinic card (this is
  // compulsory)", "We ask for your tax number, which is mandatory".
  gated(new RegExp(String.raw`\b(?:${PROVIDE}|ask\s{1,3}(?:you\s{1,3})?for|request|collect)\b[^.;!?]{0,80}?[(,;—–-]\s{0,3}(?:this|it|which|that|these|they)\s{1,3}(?:is|are)\s{1,3}(?:(?:always|also|strictly|legally)\s{1,3})?(?:mandatory|compulsory|obligatory)\b`, 'i'), MANDATORY_WORD),
  gated(new RegExp(
    String.raw`\b(?:the\s{1,3})?(?:supply|supplying|provision|providing|giving|submission|submitting)\s{1,3}(?:of\s{1,3})?(?:us\s{1,3}(?:with\s{1,3})?)?(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:${DATA}|it|this|them|these|that)\b[^.;!?]{0,40}?\b(?:is|are|remains?|being)\s{1,3}(?:(?:therefore|also|always)\s{1,3})?(?:mandatory|compulsory|obligatory|required|(?:a\s{1,3})?(?:statutory|legal|contractual)(?:\s{1,3}(?:or|and|and/or)\s{1,3}(?:statutory|legal|contractual))?\s{1,3}(?:requirement|obligation))\b`,
    'i',
  ), STATUS_WORD),
  gated(new RegExp(String.raw`\b${DATA}\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,5}?(?:is|are)\s{1,3}(?:(?:always|also|strictly)\s{1,3})?(?:mandatory|compulsory|obligatory)\b`, 'i'), MANDATORY_WORD),
  /\b(?:(?:mandatory|compulsory|obligatory)\s{1,3}(?:profile\s{1,3})?(?:fields?|information|data|details|personal\s{1,3}information)|required\s{1,3}fields?)\b(?!\s{1,3}(?:retention|protection|processing|breach|transfer|security|sharing|deletion|subject|minimi[sz]ation|localisation|localization|residency|by\s{1,3}law))/i,
  ...REQUIRED_SUPPLY,
];

/** "a data processing agreement", "your data protection rights": a term, not the information itself. */
const NOT_DATA_TERM = String.raw`(?!\s{1,3}(?:processing|protection|processor|controller|subject|officer|sharing|transfer|breach|security|agreement|regulator)\b)`;

/** Says what happens if information is not supplied: answers s18(1)(e) (and implies (d)). */
const CONSEQUENCE: RegExp[] = [
  gated(new RegExp(
    String.raw`\bif\s{1,3}(?:you|a\s{1,3}user|the\s{1,3}user|the\s{1,3}data\s{1,3}subject)\s{1,3}(?:do\s{1,3}not|don['’]t|does\s{1,3}not|doesn['’]t|choose\s{1,3}not\s{1,3}to|decide\s{1,3}not\s{1,3}to|decline\s{1,3}to|refuse\s{1,3}to|fail\s{1,3}to|prefer\s{1,3}not\s{1,3}to|cannot|can['’]t|are\s{1,3}unable\s{1,3}to|would\s{1,3}rather\s{1,3}not)\s{1,3}(?:(?:want|wish)\s{1,3}to\s{1,3})?${PROVIDE}\b(?!\s{1,3}(?:us\s{1,3})?(?:your\s{1,3})?(?:consent|permission|authori[sz]ation|feedback|notice))`,
    'i',
  ), /\bif\b/i),
  gated(new RegExp(
    String.raw`\b(?:without|absent|in\s{1,3}the\s{1,3}absence\s{1,3}of|failing)\s{1,3}(?:(?:it|them|this|that|these|those)\b|(?:this|that|such|these|those|the|your|certain|some|any|an?|the\s{1,3}(?:required|requested|necessary|mandatory))\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?${DATA}\b${NOT_DATA_TERM})[^.;!?]{0,80}?\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|couldn['’]t|unable|not\s{1,3}be\s{1,3}able|won['’]t\s{1,3}be\s{1,3}able|will\s{1,3}not|may\s{1,3}not|might\s{1,3}not|impossible|not\s{1,3}possible)\b`,
    'i',
  ), /without|absent|absence|failing/i),
  gated(new RegExp(
    String.raw`\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|unable\s{1,3}to|not\s{1,3}be\s{1,3}able\s{1,3}to|not\s{1,3}possible\s{1,3}to|impossible\s{1,3}to)\b[^.;!?]{0,80}?\b(?:without\s{1,3}(?:(?:it|them)\b|(?:this|that|such|these|those|your|the|certain|some)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?${DATA}\b)|unless\s{1,3}you\s{1,3}${PROVIDE})`,
    'i',
  ), /can|could|able|possible/i),
  // "Failure to provide it means we cannot …", not "… may have consequences": the consequence is named.
  gated(new RegExp(
    String.raw`\b(?:failure|failing|refusal|refusing|declining|choosing\s{1,3}not)\s{1,3}(?:by\s{1,3}you\s{1,3})?to\s{1,3}${PROVIDE}\b[^.;!?]{0,120}?\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|unable|not\s{1,3}(?:be\s{1,3}able|possible)|impossible|prevent\w{0,3}|result\w{0,2}\s{1,3}in|lead\w{0,3}\s{1,3}to|mean\w{0,2}|delay\w{0,3}|affect\w{0,2}|limit\w{0,3}|restrict\w{0,3}|terminat\w{1,4}|cancel\w{0,5}|refus\w{1,3}|declin\w{1,3}|reject\w{0,3}|(?:will|would|may|might)\s{1,3}not)\b`,
    'i',
  ), /fail|refus|declin|choosing/i),
  gated(new RegExp(String.raw`\b(?:choose|decide|elect|decline|refuse|prefer)\s{1,3}(?:not\s{1,3}to|whether\s{1,3}(?:or\s{1,3}not\s{1,3})?to|to\s{1,3}not)\s{1,3}${PROVIDE}`, 'i'), /choose|decide|elect|decline|refuse|prefer/i),
  gated(new RegExp(String.raw`\bonly\s{1,3}(?:if|when|once)\s{1,3}you\s{1,3}(?:have\s{1,3})?${PROVIDE}`, 'i'), /\bonly\b/i),
  // Needed for an account or a contract: without it, none. Also "when you open an account": asked
  // for as a step of opening it, so no account without it.
  gated(new RegExp(String.raw`\b${REQUIRED}\b[^.;!?]{0,80}?\b(?:(?:to|in\s{1,3}order\s{1,3}to|for|at|during|upon|on|when)\s{1,3}(?:the\s{1,3}time\s{1,3}of\s{1,3}|you\s{1,3})?)${ACCOUNT}`, 'i'), ACCOUNT_WORD),
  gated(new RegExp(String.raw`\b${ACCOUNT}\s{1,3}(?:requires?|needs?)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${DATA}\b`, 'i'), ACCOUNT_WORD),
  gated(new RegExp(String.raw`\b(?:to|in\s{1,3}order\s{1,3}to|when\s{1,3}you|if\s{1,3}you)\s{1,3}${ACCOUNT}\b[^.;!?]{0,40}?\byou\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to|will\s{1,3}need\s{1,3}to|are\s{1,3}required\s{1,3}to)\s{1,3}${PROVIDE}`, 'i'), ACCOUNT_WORD),
  new RegExp(String.raw`\b(?:requirement|required|necessary|needed|must\s{1,3}${PROVIDE})\b[^.;!?]{0,60}?\bto\s{1,3}(?:enter|entering)\s{1,3}into\s{1,3}(?:an?|the|our|this)\s{1,3}(?:contract|agreement)`, 'i'),  ...NOT_SUPPLIED,
  // Elliptical: "Providing it is voluntary; if you choose not to, you won't receive reminders",
  // "If you do not, you will simply not receive the newsletter".
  gated(/\b(?:if|should)\s{1,3}you\s{1,3}(?:do\s{1,3}not|don['’]t|choose\s{1,3}not\s{1,3}to|decide\s{1,3}not\s{1,3}to|prefer\s{1,3}not\s{1,3}to|would\s{1,3}rather\s{1,3}not|decline|refuse)\s{0,3}[,;:–—-]/i, /\b(?:if|should)\b/i),
  // "should the patient fail to provide", "where an applicant refuses to supply".
  gated(new RegExp(String.raw`\b(?:if|should|where|when)\s{1,3}(?:the|a|an|any)\s{1,3}[\w-]{2,20}\s{1,3}(?:fails?|refuses?|declines?|neglects?)\s{1,3}to\s{1,3}${PROVIDE}\b`, 'i'), /fail|refus|declin|neglect/i),
  // "if you leave them out / blank".
  gated(/\bif\s{1,3}you\s{1,3}(?:leave|keep)\s{1,3}(?:it|them|this|these|that|those|(?:the|your|any)\s{1,3}[\w-]{2,20}(?:\s{1,3}[\w-]{2,20})?)\s{1,3}(?:out|blank|empty)\b/i, /\bif\b/i),
  // "if you don't create an account, your progress won't be saved".
  gated(/\bif\s{1,3}you\s{1,3}(?:do\s{1,3}not|don['’]t)\s{1,3}(?:create|open|register|sign\s{1,3}up)\b[^.;!?]{0,60}?\b(?:won['’]t|will\s{1,3}not|cannot|can['’]t|not\s{1,3}be\s{1,3}able)\b/i, /\bif\b/i),
  // The consequence is none: "… is at your discretion and has no effect on your application".
  gated(/\b(?:voluntary|optional|discretion|choice|up\s{1,3}to\s{1,3}you)\b[^.;!?]{0,60}?\b(?:(?:has|have|with)\s{1,3}no\s{1,3}(?:effect|impact|bearing)\s{1,3}on|(?:will|would|does|do)\s{1,3}not\s{1,3}affect|won['’]t\s{1,3}affect)\b/i, /voluntary|optional|discretion|choice|up\s{1,3}to\s{1,3}you/i),
  // What lacks the information is turned away: "a child whose immunisation record is missing cannot be
  // enrolled", "incomplete applications will not be considered", "forms with missing details cannot be processed".
  gated(
    /\b(?:missing|incomplete|withheld|absent)\b[^.;!?]{0,40}?\b(?:cannot|can['’]t|can\s{1,3}not|will\s{1,3}not|won['’]t|may\s{1,3}not|(?:is|are)\s{1,3}not)\s{1,3}(?:be\s{1,3})?(?:accepted|enrolled|admitted|registered|processed|considered|opened|approved|assessed|paid|served|treated|delivered|shipped|activated)\b/i,
    /missing|incomplete|withheld|absent/i,
  ),
  // "a failure thereof will result in …", "non-supply of this information means …".
  gated(new RegExp(
    String.raw`\b(?:(?:failure|refusal)\s{1,3}(?:thereof|to\s{1,3}do\s{1,3}so)|non-?(?:supply|provision|submission|disclosure))\b[^.;!?]{0,120}?\b(?:cannot|can['’]t|can\s{1,3}not|could\s{1,3}not|unable|not\s{1,3}(?:be\s{1,3}able|possible)|impossible|prevent\w{0,3}|result\w{0,2}|lead\w{0,3}\s{1,3}to|mean\w{0,2}|delay\w{0,3}|(?:will|would|may|might)\s{1,3}not)\b`,
    'i',
  ), /failure|refusal|non-?(?:supply|provision|submission|disclosure)/i),
];
/**
 * A statement of the status itself ("is voluntary", "you are not obliged", "up to you"), not a
 * description of collection ("you voluntarily provide this information when you contact us").
 */
const VOLUNTARY_STATUS =
  /\b(?:voluntary|optional|not\s{1,3}(?:(?:legally|contractually|statutorily)\s{1,3})?(?:obliged|obligated|required|compelled|bound|mandatory|compulsory|obligatory)|no\s{1,3}(?:\w{1,15}\s{1,3}){0,3}(?:obligations?|requirement|duty)|up\s{1,3}to\s{1,3}you|(?:your|own)\s{1,3}(?:choice|discretion|option)|(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:need|have)\s{1,3}to)\b/i;

/**
 * "information that you voluntarily provide when you register": a relative clause that says which
 * information is meant, not whether its supply is voluntary (the main clause "You provide it
 * voluntarily" does say so). So does a category named with a participle: "Information submitted voluntarily, such as
 * feedback", "Data provided voluntarily by members".
 */
const WHICH_INFORMATION =
  /\b(?:(?:that|which|whatever)\s{1,3}|(?:data|information|details|info)\s{1,3})(?:you|users?|customers?|visitors?)\s{1,3}(?:may\s{1,3}|choose\s{1,3}to\s{1,3}|decide\s{1,3}to\s{1,3})?$|\b(?:data|information|details|info|content|feedback|materials?)\s{1,3}$/i;

/** A requirement about the person, not the information: "you must be 18 to open an account". */
const ABOUT_THE_PERSON = /\b(?:be|been|aged?|years?|old|older)\b/i;

/** Collection required or authorised by law: answers (d) as mandatory and calls for (f). */
const BY_LAW: RegExp[] = [
  /\b(?:required|obliged|obligated|mandated|compelled|authori[sz]ed|permitted)\s{1,3}(?:by\s{1,3}(?:(?:the|applicable|tax|relevant|local|national|South\s{1,3}African|SA)\s{1,3}){0,2}(?:law|statute|regulation|legislation|rules)s?\s{1,3}|in\s{1,3}terms\s{1,3}of\s{1,3}[^.;!?]{1,60}?\s{1,3})to\s{1,3}(?:collect|obtain|ask\s{1,3}(?:you\s{1,3})?for|request|verify|record)\b/i,
  LAW_REQUIRES,
  /\b(?:collect(?:ed|ing)?|obtain(?:ed|ing)?|request(?:ed|ing)?)\b[^.;!?]{0,60}?\b(?:as|where|when)\s{1,3}(?:(?:this\s{1,3}is|it\s{1,3}is)\s{1,3})?(?:required|authori[sz]ed|mandated)\s{1,3}(?:by|under|in\s{1,3}terms\s{1,3}of)\s{1,3}(?:(?:the|applicable|tax|relevant|South\s{1,3}African)\s{1,3}){0,2}(?:law|legislation|statute|regulations?|Act)s?\b/i,
];
/**
 * The notice describing itself: in "This Privacy Notice explains how we obtain, use and disclose
 * your personal information, as required by applicable legislation" the law requires the notice,
 * not the supply. Tested on the text before an AS_REQUIRED match.
 */
const NOTICE_DESCRIBES =
  /\b(?:notice|policy|statement|document|charter)\s{1,3}(?:(?:also|further|therefore)\s{1,3})?(?:explains|describes|sets\s{1,3}out|outlines|details|tells\s{1,3}you|informs\s{1,3}you\s{1,3}(?:of|about))\s{1,3}(?:how|what|why|when|the\s{1,3}ways?(?:\s{1,3}in\s{1,3}which)?)\s[^.;:!?]{1,40}$/i;
/** "… we collect …, as required by law": the trailing "as required" may qualify another verb. */
const AS_REQUIRED = BY_LAW[2];
/** A named law: "FICA", "the Financial Intelligence Centre Act", "Act 38 of 2001", "section 21 of …". */
const NAMED_LAW =
  /\b(?:[A-Z][\w'’-]{1,30}\s{1,3}){1,8}Act\b|\bAct\s{1,3}(?:No\.?\s{0,2})?\d{1,3}\s{1,3}of\s{1,3}\d{4}\b|\b(?:FICA|RICA|POPIA|PAIA|ECTA|CPA|NCA|BBBEE|B-BBEE|SARS)\b|\bsection\s{1,3}\d{1,3}/;

/** "(optional)" / "(required)" next to a data item in a list or table: "Phone number (optional)". */
const MARKER = /\(\s{0,2}(required|mandatory|optional|compulsory|obligatory|voluntary)\s{0,2}\)|[-–—:]\s{0,3}(required|mandatory|optional)\s{0,3}$/i;
const DATA_NOUN = new RegExp(String.raw`\b${DATA}\b`, 'i');
const DATA_OR_SUPPLY = new RegExp(String.raw`\b(?:${DATA}|${PROVIDE})\b`, 'i');
/** A table column that says which information is required: "Required?", "Mandatory / voluntary". */
const REQUIRED_COLUMN = /^\W{0,3}(?:required|mandatory|optional|obligatory|compulsory|voluntary)\b[^|]{0,25}$/i;
/** A statement that the data subject will be told at collection: "forms indicate which fields are mandatory". */
const TOLD_AT_COLLECTION =
  /\b(?:indicate|indicated|tell\s{1,3}you|inform\s{1,3}you|notify\s{1,3}you|mark(?:ed)?|show|specify|specified)\b[^.;!?]{0,60}?\b(?:whether|which|what)\b[^.;!?]{0,60}?\b(?:voluntary|mandatory|optional|compulsory|obligatory|required)\b/i;

/** "We do not collect any personal information (directly from you)": s18(1)(d) has nothing to apply to. */
const NOT_APPLICABLE: RegExp[] = [
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:collect|ask\s{1,3}for|request|store|process|hold)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|(?:data|information)\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:directly\s{1,3})?from\s{1,3}you|\s{1,3}at\s{1,3}all|\s{1,3}whatsoever|\s{1,3}of\s{1,3}any\s{1,3}kind)?\s{0,3}[.!]?\s{0,3}$/i,
  /\b(?:s(?:ection)?\s{0,2}18\s{0,1}\(1\)\s{0,1}\(d\)|voluntary\s{1,3}or\s{1,3}mandatory)\b[^.]{0,40}\b(?:not\s{1,3}applicable|does\s{1,3}not\s{1,3}apply|doesn['’]t\s{1,3}apply|n\/a)\b/i,
];

/** Where a reader would look: the section on what is collected. */
const WHERE_TO_LOOK: RegExp[] = [/\bcollect/i, /\b(?:you\s+)?provide\b/i, /\b(?:personal\s+)?(?:data|information)\b/i];

type Kind = 'voluntary' | 'mandatory' | 'consequence' | 'told';
interface Match {
  at: At;
  /** The matched text, for messages. */
  text: string;
}
interface Finding extends Match {
  kind: Kind;
  /** States the status outright (a "No" to "Do I have to …?"), whatever its words. */
  explicit?: boolean;
}

function firstMatch(patterns: RegExp[], sentence: Sentence, skip?: (m: RegExpExecArray, p: RegExp) => boolean): Match | null {
  for (const pattern of patterns) {
    const m = pattern.exec(sentence.text);
    if (m && !skip?.(m, pattern)) return { at: sentence.rangeOf(m.index, m.index + m[0].length), text: m[0] };
  }
  return null;
}

const NEEDED_FOR_ACCOUNT = CONSEQUENCE[6];

/**
 * "If you do not provide it, there may be consequences.": the condition with no consequence
 * named. Only when the sentence ends there ("…, there may be consequences, such as …" names one).
 */
const VAGUE_CONSEQUENCE =
  /^[^.;!?]{0,40}?\b(?:there\s{1,3}(?:may|might|could|will|can)\s{1,3}be|(?:this|that|it|which)\s{1,3}(?:may|might|could|will|can)\s{1,3}(?:have|result\s{1,3}in|lead\s{1,3}to))\s{1,3}(?:(?:some|certain|adverse|negative|legal|serious|other)\s{1,3}){0,2}(?:consequences|implications|repercussions|effects)\s{0,3}(?:[.!;]\s{0,3})?$/i;

/**
 * A data subject request: "to exercise your rights you must provide proof of identity" is not s18(1)(d).
 * A law that requires the business to verify identity ("the National Credit Act requires us to
 * verify your identity", FICA, RICA) is a reason for collection, not a request.
 */
const REQUEST_CONTEXT =
  /\b(?:to\s{1,3}exercise|your\s{1,3}request|a\s{1,3}request|access\s{1,3}request|(?<!\b(?:requires?|required|obliges?|obliged|compels?)\s(?:us\s)?to\s)verify\s{1,3}your\s{1,3}identity|proof\s{1,3}of\s{1,3}identity)\b/i;

/**
 * The law's question, asked or restated rather than answered: "whether the supply is voluntary or
 * mandatory", "Is giving my details optional or compulsory?".
 */
const STATUS_PAIR = /\b(?:voluntary|optional|mandatory|compulsory|obligatory)\s{1,3}(?:or|and\/or|versus|vs\.?)\s{1,3}(?:not\b|voluntary|optional|mandatory|compulsory|obligatory)/i;
const QUESTION = /\?\W{0,3}$/;
/** "what will happen if you do not supply it" in a statement: the consequence named as a topic, not given. */
const WHAT_HAPPENS = /\bwhat\s{1,3}(?:(?:will|would|could|may|might)\s{1,3})?happens?\s{1,3}$/i;
/** A duty to tell restated ("we are required to tell you whether …"): not a promise that the forms say so. */
const DUTY_TO_TELL = /\b(?:required|obliged|obligated|must|need\s{1,3}to|have\s{1,3}to|(?:requires?|obliges?|compels?)\s{1,3}(?:us|[\w-]{2,20}\s{1,3}[\w-]{2,20})|duty)\s{1,3}(?:to\s{1,3})?$/i;
const AT_COLLECTION = /\b(?:at\s{1,3}the\s{1,3}(?:time|point)\s{1,3}of|when\s{1,3}we\s{1,3}(?:collect|ask)|on\s{1,3}(?:the|each|our)\s{1,3}(?:form|page|screen))/i;

function sentenceFindings(sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  if (REQUEST_CONTEXT.test(sentence.text)) return out;
  const question = QUESTION.test(sentence.text);
  const consequence = firstMatch(
    CONSEQUENCE,
    sentence,
    (m, p) =>
      (p === NEEDED_FOR_ACCOUNT && ABOUT_THE_PERSON.test(m[0])) ||
      VAGUE_CONSEQUENCE.test(sentence.text.slice(m.index + m[0].length)) ||
      (!question && WHAT_HAPPENS.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))),
  );
  if (consequence) out.push({ kind: 'consequence', ...consequence });
  // "Our forms indicate which information is mandatory": the answer is given at collection,
  // so the "mandatory" in it does not call for consequences here.
  const told = TOLD_AT_COLLECTION.exec(sentence.text);
  const toldNow = told && !(DUTY_TO_TELL.test(sentence.text.slice(Math.max(0, told.index - 40), told.index)) && !AT_COLLECTION.test(sentence.text));
  if (toldNow) out.push({ kind: 'told', at: sentence.rangeOf(told.index, told.index + told[0].length), text: told[0] });
  if ((question || /\bwhether\b/i.test(sentence.text)) && STATUS_PAIR.test(sentence.text)) return out;
  const voluntary = firstMatch(VOLUNTARY, sentence, (m) => WHICH_INFORMATION.test(sentence.text.slice(Math.max(0, m.index - 40), m.index)));
  if (voluntary) out.push({ kind: 'voluntary', ...voluntary });
  const mandatory = toldNow ? null : firstMatch(MANDATORY, sentence);
  if (mandatory) out.push({ kind: 'mandatory', ...mandatory });
  return out;
}

/** A question whether information must be given: "Do I have to give you my details?", "Is my ID number required?". */
const SUPPLY_QUESTION =
  /^\W{0,6}(?:Q\s{0,2}[:.]\s{0,3})?(?:must\b|(?:do|does|will|am|is|are|should|have)\b[^?]{0,80}?\b(?:have\s{1,3}to|need\s{1,3}to|must|required|obliged|obligated|mandatory|compulsory|obligatory|optional|voluntary)\b)[^?]{0,80}\?\W{0,3}$/i;
/** Its answer: "No, you don't have to — …", "Yes. FICA requires it." */
const ANSWER_NO = /^\W{0,3}(?:no\b|nope\b|not\s{1,3}(?:at\s{1,3}all|necessarily)\b|you\s{1,3}(?:do\s{1,3}not|don['’]t)\s{1,3}(?:have|need)\s{1,3}to\b)/i;
const ANSWER_YES = /^\W{0,3}yes\b/i;

/** The answer to a SUPPLY_QUESTION asked in the sentence before. */
function answerTo(previous: Sentence | undefined, sentence: Sentence): Finding | null {
  if (!previous || !SUPPLY_QUESTION.test(previous.text) || !DATA_OR_SUPPLY.test(previous.text)) return null;
  const no = ANSWER_NO.exec(sentence.text);
  const m = no ?? ANSWER_YES.exec(sentence.text);
  return m ? { kind: no ? 'voluntary' : 'mandatory', at: sentence.rangeOf(m.index, m.index + m[0].length), text: `${previous.text.trim()} ${m[0].trim()}`, explicit: true } : null;
}

/** A list item or table cell marked "(optional)" / "(required)", or a "Required?" column. */
function markerIn(block: Block): Finding | null {
  if (block.kind !== 'listItem' && block.kind !== 'tableCell' && block.kind !== 'paragraph') return null;
  const m = MARKER.exec(block.text);
  if (m && DATA_NOUN.test(block.text)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    return { kind: word === 'optional' || word === 'voluntary' ? 'voluntary' : 'mandatory', at: block.rangeOf(m.index, m.index + m[0].length), text: block.text };
  }
  if (block.cell?.header && REQUIRED_COLUMN.test(block.text.trim())) return { kind: 'told', at: block, text: block.text };
  return null;
}

interface Scan {
  findings: Finding[];
  lawUnnamed: Match[];
  lawNamed: boolean;
  notApplicable: Sentence | null;
}

function scan(doc: PolicyDocument): Scan {
  const result: Scan = { findings: [], lawUnnamed: [], lawNamed: false, notApplicable: null };
  let previous: Sentence | undefined;
  for (const block of doc.blocks) {
    if (!isProseBlock(block)) continue;
    const marked = markerIn(block);
    if (marked) result.findings.push(marked);
    for (const sentence of block.sentences) {
      const answer = answerTo(previous, sentence);
      if (answer) result.findings.push(answer);
      previous = sentence;
      result.findings.push(...sentenceFindings(sentence));
      const law = firstMatch(BY_LAW, sentence, (m, p) => p === AS_REQUIRED && NOTICE_DESCRIBES.test(sentence.text.slice(Math.max(0, m.index - 120), m.index)));
      if (law) {
        result.findings.push({ kind: 'mandatory', ...law });
        // The law may be named in the sentence or in the rest of its block ("… (FICA)").
        if (NAMED_LAW.test(sentence.text) || NAMED_LAW.test(block.text)) result.lawNamed = true;
        else result.lawUnnamed.push(law);
      }
      if (!result.notApplicable && NOT_APPLICABLE.some((p) => p.test(sentence.text))) result.notApplicable = sentence;
    }
  }
  return result;
}

export default defineRule({
  meta: {
    id: 'popia/voluntary-or-mandatory',
    description:
      'The policy says whether supplying personal information is voluntary or mandatory, what happens if it is not supplied, and which law requires its collection.',
    reference: 'POPIA s18(1)(d), (e) and (f)',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not say whether the supply of personal information is voluntary or mandatory (POPIA s18(1)(d)), nor what happens if it is not supplied (s18(1)(e)).',
        severity: 'error',
        suggestion:
          'Say which information must be supplied and which is voluntary, and the consequence of not supplying it, e.g. "Supplying your e-mail address is mandatory: without it we cannot open an account. All other information is voluntary."',
      },
      consequences: {
        text: 'The policy says that "{phrase}" but not what happens if the information is not supplied (POPIA s18(1)(e)).',
        severity: 'warning',
        suggestion: 'Add the consequence of not supplying it, e.g. "If you do not provide this information, we cannot open an account for you."',
      },
      'law-unnamed': {
        text: 'The policy says that "{phrase}" but does not name the law (POPIA s18(1)(f)).',
        severity: 'warning',
        suggestion: 'Name the law that requires or authorises the collection, e.g. "the Financial Intelligence Centre Act 38 of 2001 (FICA)".',
      },
    },
  },
  check(context) {
    const { document: doc } = context;
    const { findings, lawUnnamed, lawNamed, notApplicable } = scan(doc);
    const answer = findings.find((f) => f.kind !== 'consequence') ?? findings[0];
    if (!answer) {
      if (notApplicable) {
        context.evidence({ item: 'voluntary or mandatory supply', status: 'not-applicable', at: notApplicable });
        return;
      }
      const section = WHERE_TO_LOOK.map((p) => findSections(doc, p)[0]).find((s) => s?.heading);
      context.report({ messageId: 'missing', at: section?.heading ? section.heading.range : missingAt(doc) });
      context.evidence({ item: 'voluntary or mandatory supply', status: 'missing' });
      return;
    }
    context.evidence({ item: 'voluntary or mandatory supply', status: 'met', at: answer.at });

    const consequence = findings.find((f) => f.kind === 'consequence');
    // s18(1)(e) asks for "the consequences of failure to provide the information" whatever the
    // answer to (d): "Supplying your information is voluntary" alone does not say what happens
    // without it. Forms that mark each field at collection ("told", "Phone (optional)") answer it there.
    const told = findings.some((f) => f.kind === 'told');
    const stated = findings.find((f) => f.kind === 'mandatory') ?? (told ? undefined : findings.find((f) => f.kind === 'voluntary' && (f.explicit || (VOLUNTARY_STATUS.test(f.text) && !MARKER.test(f.text)))));
    if (consequence) context.evidence({ item: 'consequences of not supplying information', status: 'met', at: consequence.at });
    else if (stated) {
      context.report({ messageId: 'consequences', data: { phrase: phrase(stated.text) }, at: stated.at });
      context.evidence({ item: 'consequences of not supplying information', status: 'missing' });
    }

    if (lawNamed) return;
    const unnamed = lawUnnamed[0];
    if (unnamed) {
      context.report({ messageId: 'law-unnamed', data: { phrase: phrase(unnamed.text) }, at: unnamed.at });
      context.evidence({ item: 'law requiring the collection', status: 'partial', at: unnamed.at });
    }
  },
});

/** A matched phrase on one line and at most 80 characters, for a message. */
function phrase(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
