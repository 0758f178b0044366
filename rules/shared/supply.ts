// How a policy says whether the person must hand over their data, shared by
// gdpr/statutory-requirement (GDPR Art. 13(2)(e)) and popia/voluntary-or-mandatory (POPIA
// s18(1)(d)–(f)): the words for handing data over, for the data itself, and the phrasings
// of "optional", "required" and "what happens if not". Each rule decides what a phrasing
// answers under its law. Every quantifier is bounded.

import { gated } from './gated.js';

/** Verbs for handing data over. */
export const PROVIDE = String.raw`(?:provid(?:e|es|ed|ing)|provision\s{1,3}of|giv(?:e|es|en|ing)(?:\s{1,3}us)?|supply(?:ing)?|suppl(?:y|ied|ies)|submit(?:s|ting|ted)?|submission\s{1,3}of|shar(?:e|es|ing)|disclos(?:e|es|ing)|enter(?:ing)?|furnish(?:es|ing)?|hand(?:ing)?\s{1,3}over)`;

/** The same verbs as past participles: "has to be supplied", "is not provided". */
const PROVIDED = String.raw`(?:provided|supplied|given|submitted|entered|disclosed|furnished|shared|handed\s{1,3}over|filled\s{1,3}in|completed)`;

/** Nouns for the data itself. */
export const DATA = String.raw`(?:(?:personal\s{1,3})?(?:data|information|details|info|particulars)|e-?mail(?:\s{1,3}address(?:es)?)?|(?:postal\s{1,3}|physical\s{1,3}|shipping\s{1,3}|delivery\s{1,3})?address(?:es)?|(?:phone|telephone|mobile|cell(?:phone)?|contact)(?:\s{1,3}number)?|(?:full\s{1,3}|real\s{1,3}|user\s{0,1})?names?|date\s{1,3}of\s{1,3}birth|birth\s{0,1}date|gender|photos?|pictures?|avatars?|biography|bio|job\s{1,3}title|company(?:\s{1,3}name)?|(?:tax|VAT|ID|identity|identification|passport|registration)\s{1,3}(?:number|ID|document)|fields?)`;

/** What the data is needed for: its absence means no account, order or contract. */
export const ACCOUNT = String.raw`(?:(?:create|creating|creation\s{1,3}of|open|opening|register|registering|set\s{1,3}up|setting\s{1,3}up|sign\s{1,3}up\s{1,3}for|signing\s{1,3}up\s{1,3}for|maintain|maintaining)\s{1,3}(?:an?\s{1,3}|your\s{1,3}|the\s{1,3})?(?:user\s{1,3}|customer\s{1,3})?(?:account|profile|subscription)|account\s{1,3}(?:creation|registration|opening|set-?up|sign[- ]?up)|registration|register(?:ing)?(?=\s{0,3}[,.;)]|\s{1,3}(?:with|for|on)\b)|sign(?:ing)?[- ]?up)`;
/** A word every ACCOUNT phrasing contains: the gate of patterns built on ACCOUNT (see gated.ts). */
export const ACCOUNT_WORD = /account|profile|subscription|regist|sign/i;
/** Gates for patterns that end in being obliged / in a status of the supply. */
export const OBLIGED_WORD = /obligat|obliged|required|compelled|bound/i;
export const STATUS_WORD = /voluntary|optional|mandatory|compulsory|obligatory|required|requirement|obligation|prescribed/i;
export const REQUIRED = String.raw`(?:requir(?:e|es|ed|ing|ement)|mandatory|compulsory|obligatory|necessary|needed|need|must)`;

/** A word every phrasing of CHOICE contains. */
const CHOICE_WORD = /up\s{1,3}to\s{1,3}you|choice|decision|\bcall\b|discretion|\boption\b|\bdecide\b/i;
/** The person's choice in other words: "up to you", "your choice", "at your discretion". */
const CHOICE = String.raw`(?:up\s{1,3}to\s{1,3}you|(?:entirely\s{1,3}|completely\s{1,3})?(?:your|a\s{1,3}matter\s{1,3}of)\s{1,3}(?:own\s{1,3})?(?:choice|decision|call)|at\s{1,3}your\s{1,3}(?:sole\s{1,3})?(?:discretion|option)|for\s{1,3}you\s{1,3}to\s{1,3}decide)`;

/**
 * Supply is optional, in words the rules' older lists miss:
 *  - "giving us your phone number is (entirely) up to you / your choice / at your discretion";
 *  - "whether you give us your phone number is up to you";
 *  - "your phone number is not required / not needed";
 *  - "you can leave … blank", "… can be left blank";
 *  - "you can use the site without giving us any personal data".
 */
export const OPTIONAL_SUPPLY: RegExp[] = [
  gated(
    new RegExp(
    String.raw`\b(?:giving|providing|supplying|sharing|submitting|entering|disclosing)\s{1,3}(?:us\s{1,3}(?:with\s{1,3})?)?(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:${DATA}|it|this|them|these|that)\b[^.;!?]{0,30}?\b(?:is|are|remains?)\s{1,3}(?:(?:entirely|completely|totally|always|purely|also)\s{1,3})?${CHOICE}`,
      'i',
    ),
    CHOICE_WORD,
  ),
  gated(
    new RegExp(String.raw`\bwhether\s{1,3}(?:or\s{1,3}not\s{1,3})?(?:you\s{1,3}|to\s{1,3})${PROVIDE}\b[^.;!?]{0,60}?\b(?:is|are)\s{1,3}(?:(?:entirely|completely|totally)\s{1,3})?${CHOICE}`, 'i'),
    /\bwhether\b/i,
  ),
  gated(
    new RegExp(String.raw`\b${DATA}\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,5}?(?:is|are)\s{1,3}(?:(?:entirely|completely|totally|always)\s{1,3})?(?:${CHOICE}|not\s{1,3}(?:required|needed|necessary)\b(?!\s{1,3}to\s{1,3}be))`, 'i'),
    new RegExp(`${CHOICE_WORD.source}|\\bnot\\s{1,3}(?:required|needed|necessary)\\b`, 'i'),
  ),
  /\byou\s{1,3}(?:can|may|are\s{1,3}free\s{1,3}to)\s{1,3}leave\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:blank|empty)\b|\b(?:can|may)\s{1,3}be\s{1,3}left\s{1,3}(?:blank|empty)\b/i,
  new RegExp(String.raw`\byou\s{1,3}(?:can|may)\s{1,3}(?:use|browse|visit|access)\b[^.;!?]{0,60}?\bwithout\s{1,3}${PROVIDE}`, 'i'),
];

/**
 * Supply is required, in words the older lists miss:
 *  - "certain information, such as your ID number, has to be / must be supplied";
 *  - "fields … are marked as required / with an asterisk" ("the fields you must complete are marked as required").
 *    An asterisk says nothing by itself: the sentence must say what it marks ("required fields are
 *    marked with an asterisk"), else "some fields are marked with an asterisk" would answer.
 */
export const REQUIRED_SUPPLY: RegExp[] = [
  gated(
    new RegExp(String.raw`\b${DATA}\b[^.;!?]{0,60}?\b(?:has|have|needs?)\s{1,3}to\s{1,3}be\s{1,3}${PROVIDED}|\b${DATA}\b[^.;!?]{0,60}?\b(?:must|shall)\s{1,3}(?:always\s{1,3})?be\s{1,3}${PROVIDED}`, 'i'),
    new RegExp(String.raw`\bbe\s{1,3}${PROVIDED}`, 'i'),
  ),
  /\bfields?\b[^.;!?]{0,40}?\b(?:marked|indicated|flagged|labell?ed|shown|identified)\s{1,3}as\s{1,3}(?:required|mandatory|compulsory|obligatory)/i,
  gated(
    /\bfields?\b[^.;!?]{0,40}?\b(?:marked|indicated|flagged|labell?ed|shown|identified)\s{1,3}(?:with\s{1,3})?(?:an?\s{1,3})?(?:asterisk|\*)/i,
    /\b(?:required|mandatory|compulsory|obligatory|must|need(?:ed)?|necessary|optional)\b/i,
  ),
];

/**
 * What happens if it is not supplied, in words the older lists miss:
 *  - "if it is withheld / not supplied", "if the information is missing or incomplete";
 *  - "should you (the data subject) not supply them", "should you decline to provide";
 *  - "if you withhold it".
 */
export const NOT_SUPPLIED: RegExp[] = [
  gated(
    new RegExp(
    String.raw`\b(?:if|where|when|should)\s{1,3}(?:it|this|they|these|those|such\s{1,3}\w{1,20}|(?:the|your|any)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?${DATA})\s{1,3}(?:is|are|was|were|be)\s{1,3}(?:not\s{1,3}${PROVIDED}|withheld|missing|incomplete|refused|left\s{1,3}(?:blank|empty))\b`,
      'i',
    ),
    new RegExp(String.raw`\b(?:not\s{1,3}${PROVIDED}|withheld|missing|incomplete|refused|left\s{1,3}(?:blank|empty))\b`, 'i'),
  ),
  new RegExp(String.raw`\bshould\s{1,3}(?:you|the\s{1,3}(?:data\s{1,3}subject|user|customer|client|applicant|member))\s{1,3}(?:not|fail\s{1,3}to|decline\s{1,3}to|refuse\s{1,3}to|choose\s{1,3}not\s{1,3}to|decide\s{1,3}not\s{1,3}to|prefer\s{1,3}not\s{1,3}to)\s{1,3}${PROVIDE}`, 'i'),
  /\b(?:if|should|when|where)\s{1,3}you\s{1,3}(?:(?:choose|decide|prefer|wish)\s{1,3}to\s{1,3})?withh(?:o|e)ld\b/i,
];

/**
 * A law that requires the collection, named before the verb: "the Companies Act 71 of 2008
 * (CA) requires us to collect", "tax law obliges us to record". The subject may carry its
 * number and year.
 */
export const LAW_REQUIRES = gated(
  new RegExp(
  String.raw`\b(?:law|statute|regulation|legislation|Act|Code|rules)s?(?:\s{1,3}(?:No\.?\s{0,2})?\d{1,4}\s{1,3}of\s{1,3}\d{4})?(?:\s{0,3}\([A-Z][\w-]{1,10}\))?\s{1,3}(?:requires?|obliges?|obligates?|compels?|authori[sz]es?)\s{1,3}(?:us\s{1,3}|you\s{1,3})?to\s{1,3}(?:collect|obtain|ask|request|verify|record|keep|retain|provide|give|supply)\b`,
    'i',
  ),
  /\b(?:requires?|obliges?|obligates?|compels?|authori[sz]es?)\s{1,3}(?:us\s{1,3}|you\s{1,3})?to\b/i,
);
