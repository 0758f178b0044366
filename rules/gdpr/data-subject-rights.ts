import { defineRule } from '../../src/engine/index.js';
import { gdprName, missingAt, proseSentences } from '../../src/model/index.js';
import type { PolicyDocument, Sentence } from '../../src/model/index.js';
import { PLAIN_RIGHTS, readRights, type RightsCues } from '../shared/rights.js';
import { article6 } from './shared/article6.js';

/**
 * Headings of the section where a reader looks for their rights ("Your rights",
 * "8. Your Rights", "Your Rights Under GDPR", "How you can access and control …").
 */
const RIGHTS_HEADING =
  /\b(?:your|data[- ]subjects?'?|individual|user|privacy|data protection|gdpr|legal)\s+(?:privacy\s+)?rights\b|^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?rights\b|\brights\s+(?:under|of|and|&)\b|\byour\s+choices\b|\baccess(?:ing)?,?\s+(?:and|&)\s+(?:control|correct|updat|delet)/i;

/**
 * Words that, near a phrase, tell the reader what they may do: a rights context. Also in the
 * third person ("the data subject may ask") and a reader's question ("Can I get it deleted?").
 */
const RIGHTS_CUE =
  /\bright|\brequest|\b(?:you|(?:the\s+)?data\s+subjects?|(?:the\s+)?(?:users?|individuals?|customers?|candidates?|applicants?|members?|patients?|clients?|students?|pupils?|parents?|visitors?|guests?|subscribers?|players?|passengers?|travell?ers?|residents?|tenants?|donors?|supporters?|volunteers?|account\s{1,3}holders?|job\s{1,3}seekers?|learners?|buyers?|sellers?))\s+(?:may|can|could|are\s+(?:able|entitled|free)|is\s+(?:able|entitled|free))\b|\bentitled\b|\bask\s+(?:us|for)\b|\bat\s+your\s+request\b|\b(?:can|may|could)\s{1,3}I\b/i;

/**
 * A line labelled with a right's name: "**Correction** – fix anything that's wrong", "Objection:
 * tell us to stop". Not a setting ("Access: restricted", "Portability: not supported", "Deletion: none").
 */
const RIGHT_LABEL =
  /(?:^|\n)\s{0,3}(?:\*\*|__)?(?:data\s{1,3})?(access|correction|rectification|erasure|deletion|restriction|portability|objection)(?:\s{1,3}of\s{1,3}processing)?(?:\s{1,3}\([^()\n]{1,40}\))?(?:\*\*|__)?\s{0,3}[–—:-](?!\s{0,3}(?:none|no|not|n\/a|never|restricted|limited|disabled|unavailable|unsupported|automatic)\b)/i;

/**
 * A list of verbs after "the right to", whose object is the reader's data: "your right to delete,
 * modify, copy, or transfer your information". Not the controller's own right: "we reserve the
 * right to sell or transfer your data", "the Foundation has the right to disclose, share, or
 * transfer your information" (a business transfer).
 */
function verbInRightsList(verbs: string): RegExp {
  const verb = String.raw`[a-z]{2,12}`;
  const sep = String.raw`(?:,\s{0,2}(?:or\s{1,3}|and\s{1,3})?|\s{1,3}(?:or|and|and\/or)\s{1,3})`;
  return new RegExp(
    String.raw`(?<!\b(?:has|reserves?|reserved|retains?|we\s{1,3}have|it\s{1,3}has)\s{1,3}the\s{1,3})\bright\s{1,3}to\s{1,3}(?:(?:${verb}${sep}){1,5}(?:${verbs})|(?:${verbs})${sep}${verb})\b(?=[^.;]{0,40}?\byour\b)`,
    'i',
  );
}

/** "rights of access, rectification and objection", "Your rights: access; erasure; …": a noun in a list of rights. */
function enumerated(noun: string): RegExp {
  return new RegExp(`\\brights?\\s*(?:of|to|:|include|including|such\\s+as)[^.]{0,160}?\\b(?:${noun})\\b`, 'i');
}

/**
 * An article of the GDPR by number: "Art. 15", "Articles 15, 16, 17 and 21", or a range of
 * the rights articles, "Arts. 15–22" ("Article 15 years" and "Art. 15%" are not articles).
 */
function article(n: number): RegExp {
  return new RegExp(
    `\\bArt(?:icles?|s?\\.)?\\s*(?:(?:\\d{1,2}\\s*(?:,|and|&|or)\\s*){0,8}${n}\\b(?!\\s*(?:years|days|%))|1[2-5]\\s*(?:-|–|—|to|through)\\s*2[1-3]\\b)`,
    'i',
  );
}

type RightId = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection';

interface Right {
  id: RightId;
  name: string;
  article: string;
  /** Phrases that state the right wherever they stand. */
  anywhere: RegExp[];
  /** Phrases that state it only in a rights context (a rights section, or a sentence about what the reader may do). */
  inContext: RegExp[];
}

/**
 * One documented synonym list per right. "Download your data" is read as access (a copy),
 * "export your data" as portability. A negated phrase ("you cannot object") does not state
 * the right: a policy that denies a right still fails to inform of it.
 */
export const RIGHTS: readonly Right[] = [
  {
    id: 'access',
    name: 'right of access',
    article: 'Art. 15',
    anywhere: [
      /\bright\s+(?:of|to)\s+(?:data\s+|request\s+)?access\b/i,
      enumerated('access'),
      /\b(?:data\s+)?subject\s+access\s+requests?\b|\bDSARs?\b/,
      article(15),
      /\b(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|your\s+|their\s+|his\s+or\s+her\s+|any\s+|all\s+|such\s+)?(?:personal\s+)?(?:data|information|info)\b/i,
      // "a copy of that personal data" in a list that names the data once.
      /\bcop(?:y|ies)\s{1,3}of\s{1,3}(?:that|this|those|these)\s{1,3}personal\s{1,3}(?:data|information)\b/i,
      // Details of what is held, given or asked for: "we will supply to you details of the personal information which we
      // hold about you", "you may request details of personal information which we hold", "ask for details of the data we keep".
      /\b(?:(?:supply|give|provide|send)\s{1,3}(?:to\s{1,3})?you\s{1,3}(?:with\s{1,3})?|(?:request|obtain|receive|ask\s{1,3}(?:us\s{1,3})?for)\s{1,3}(?:the\s{1,3}|full\s{1,3})?)details\s{1,3}of\s{1,3}(?:(?:the|your|any|all)\s{1,3})?(?:personal\s{1,3})?(?:data|information)\s{1,3}(?:(?:which|that)\s{1,3})?we\s{1,3}(?:hold|have|keep|store|process|are\s{1,3}(?:holding|keeping|storing|processing))\b/i,
      // "a copy of your records / file / health record": what a clinic, school or employer holds about the reader.
      /\bcop(?:y|ies)\s{1,3}of\s{1,3}(?:your|their|his\s{1,3}or\s{1,3}her|my)\s{1,3}(?:own\s{1,3})?(?:(?:medical|health|patient|pupil|student|educational|employment|personnel|customer)\s{1,3})?(?:records?|file|account\s{1,3}data)\b/i,
      /\bright\s+to\s+know\b/i,
      /\bknow\s+(?:what|which|whether)\s+(?:personal\s+)?(?:data|information)\s+(?:we\s+(?:hold|have|keep|store|process|collect)|is\s+(?:held|collected|processed))/i,
      /\b(?:see|view|review|inspect)\s+(?:what|which|the)\s+(?:personal\s+)?(?:data|information)\s+we\s+(?:hold|have|keep|store|process)\b/i,
      /\bconfirmation\s+(?:as\s+to\s+)?(?:of\s+)?whether\s+(?:or\s+not\s+)?(?:we|your)\b/i,
      // The German "Auskunft", translated: "the right to information" at the head of a list of
      // rights that goes on with correction, and "information about the data we store".
      /\bright\s{1,3}(?:to|of)\s{1,3}(?:free\s{1,3})?information\b(?=[^.;]{0,80}?\b(?:rectif|correct))/i,
      // Also with Art. 15(1)'s items before the data and the cost: "receive information free of charge about the origin,
      // recipient and purpose of your stored personal data", "the right at any time to free information about your stored data",
      // and as the translated German template puts "gespeicherten": "demand information about your archived personal data".
      /\b(?:request|obtain|receive|get|demand|right\s{1,3}(?:at\s{1,3}any\s{1,3}time\s{1,3})?to)\s{1,3}(?:free\s{1,3})?information(?:,?\s{1,3}free\s{1,3}of\s{1,3}charge,?)?\s{1,3}(?:about|on|regarding|concerning)\s{1,3}(?:the\s{1,3}(?:origin|source|recipients?|purposes?)(?:,?\s{1,3}(?:and\s{1,3})?(?:the\s{1,3})?(?:origin|source|recipients?|purposes?)){0,3}\s{1,3}of\s{1,3})?(?:(?:the|your|any)\s{1,3})?(?:(?:personal\s{1,3})?(?:data|information)\s{1,3}(?:(?:that\s{1,3})?we\s{1,3}(?:store|hold|process|have)|(?:stored|held|processed|archived|saved|recorded|kept))|(?:stored|held|processed|archived|saved|recorded|kept)\s{1,3}(?:personal\s{1,3})?(?:data|information))\b/i,
    ],
    inContext: [
      /\baccess(?:ing)?\s+(?:to\s+)?(?:all\s+|any\s+)?(?:of\s+)?(?:(?:your|the|their|his\s+or\s+her|his|her)\s*)?(?:own\s+)?(?:personal\s+)?(?:data|information|info|details|records)\b/i,
      /\baccess(?:ing)?(?:\s+to)?\s*(?:,|\bor\b|\band\b|&|\/)\s*(?:and\s+|or\s+)?(?:correct|rectif|updat|amend|delet|eras|edit|modif|portab|export|receiv|obtain)/i,
      /\b(?:you\s+(?:may|can|have\s+the\s+right\s+to|are\s+entitled\s+to)\s+(?:request\s+)?access|request\s+access)\b/i,
      /\b(?:give|send|provide)\s+you\s+(?:with\s+)?a\s+copy\b|\b(?:get|obtain|receive|request)\s+a\s+copy\b/i,
      /\bdownload\s+(?:a\s+copy\s+of\s+|an?\s+archive\s+of\s+|all\s+)?(?:your|the)\s+(?:personal\s+|account\s+)?(?:data|information|info)\b/i,
      // At the start of a line, also one a heading-like line runs into ("Your Rights\nAccess – yes.").
      /(?:^|\n)[ \t]*(?:the\s+)?(?:right\s+(?:of|to)\s+)?access\b(?!\s+(?:controls?|restrictions?|management|logs?|tokens?|keys?|rights|levels?)\b)/i,
      verbInRightsList('copy'),
      ...PLAIN_RIGHTS.access,
    ],
  },
  {
    id: 'rectification',
    name: 'right to rectification',
    article: 'Art. 16',
    anywhere: [
      /\brectif(?:y|ying|ied|ication)\b/i,
      enumerated('correction|rectification'),
      article(16),
      /\bcorrect(?:ing|ed)?\s+(?:any\s+|the\s+)?(?:inaccurate|incorrect|incomplete|outdated|out-of-date|wrong|errors?|mistakes?)\b/i,
      /\b(?:update|amend|edit|modify|change|fix|complete)\s+(?:any\s+)?(?:inaccurate|incorrect|incomplete|outdated|out-of-date|wrong)\b/i,
      // In the passive: "(to request) that anything inaccurate in your personal data is corrected".
      /\b(?:anything|everything|whatever|any\s{1,3}(?:data|information|details))\s{1,3}(?:(?:that|which)\s{1,3}is\s{1,3})?(?:inaccurate|incorrect|incomplete|out\s{1,3}of\s{1,3}date)\b[^.;]{0,50}?\b(?:is|are|be|gets?)\s{1,3}(?:corrected|rectified|amended|completed)\b/i,
      // What is found wrong, corrected: "we will promptly correct any information found to be incorrect", "we will amend
      // any details that turn out to be wrong", "we update any personal data which is out of date".
      /\b(?:correct|rectify|amend|update|fix)\w{0,3}\s{1,3}(?:any|the|such|all)\s{1,3}(?:personal\s{1,3})?(?:data|information|details|records?|entries)\s{1,3}(?:(?:that|which)\s{1,3}(?:is|are|was|were|turns?\s{1,3}out\s{1,3}to\s{1,3}be|proves?\s{1,3}to\s{1,3}be)|(?:found|shown|proven|proved|identified|confirmed)\s{1,3}to\s{1,3}be)\s{1,3}(?:inaccurate|incorrect|incomplete|out\s{1,3}of\s{1,3}date|outdated|wrong)\b/i,
      // The adjective first: "have inaccurate details corrected", "get incorrect data fixed", "have incomplete records completed".
      /\b(?:have|get)\s{1,3}(?:(?:any|your|their|the)\s{1,3})?(?:inaccurate|incorrect|incomplete|outdated|out-of-date|wrong)\s{1,3}(?:personal\s{1,3})?(?:data|information|details|records?|entries)\s{1,3}(?:corrected|rectified|amended|updated|fixed|completed)\b/i,
      // "have mistakes in your records amended", "get errors in your data fixed".
      /\b(?:have|get)\s{1,3}(?:any\s{1,3})?(?:mistakes|errors|inaccuracies)\s{1,3}in\s{1,3}(?:your|their|my)\s{1,3}(?:\w+\s{1,3})?(?:records?|data|information|details|file)\s{1,3}(?:amended|corrected|fixed|rectified|put\s{1,3}right)\b/i,
    ],
    inContext: [
      /\bcorrect(?:ion|ions|ing)?\s+(?:of\s+)?(?:your|the|their|any|personal|data|information)\b/i,
      /\bcorrections?\b/i,
      /\b(?:correct|updat|amend|rectif|edit|modif|alter)\w{0,4}\b[^.;]{0,30}?\b(?:delet|eras|remov)/i,
      /\b(?:update|amend|edit|modify|change)\s+(?:your|the|their|this|that|such|any)\s+(?:personal\s+|account\s+|profile\s+)?(?:data|information|info|details|profile)\b/i,
      /\baccess(?:ing)?\s*(?:,|\bor\b|\band\b|&|\/)\s*(?:and\s+|or\s+)?(?:correct|rectif|updat|amend|edit)/i,
      /^\s*(?:the\s+)?(?:right\s+to\s+)?(?:correct(?:ion)?|update|edit|amend)\b/i,
      // "amend any mistakes", "get any errors in your data fixed": only where the reader is told what they may do.
      /\b(?:amend|fix)\w{0,3}\s{1,3}(?:any\s{1,3})?(?:mistakes|errors|inaccuracies)\b|\b(?:have|get)\s{1,3}(?:any\s{1,3})?(?:mistakes|errors|inaccuracies)\s{1,3}(?:in\s{1,3}(?:it|them)\s{1,3})?(?:amended|corrected|fixed|rectified)\b/i,
      verbInRightsList('modify|correct|rectify|amend|update'),
      ...PLAIN_RIGHTS.correction,
    ],
  },
  {
    id: 'erasure',
    name: 'right to erasure',
    article: 'Art. 17',
    anywhere: [
      // Also "rectified or eradicated", as the translated German template puts "Löschung".
      /\beras(?:e|ed|ure|ing)\b|\beradicat(?:e|ed|ion|ing)\b/i,
      enumerated('deletion|erasure'),
      /\bright\s+to\s+be\s+forgotten\b/i,
      article(17),
      /\b(?:request|ask)\w{0,3}\b[^.;]{0,40}?\b(?:delet(?:e|ion)|remov(?:e|al))\b/i,
    ],
    inContext: [/\bdelet(?:e|es|ion|ing)\b/i, /\bremov(?:e|al\s+of)\s+(?:your|the|all)\s+(?:personal\s+)?(?:data|information|account)\b/i, ...PLAIN_RIGHTS.erasure],
  },
  {
    id: 'restriction',
    name: 'right to restriction of processing',
    article: 'Art. 18',
    anywhere: [
      /\brestrict(?:ion|ions|ing|ed)?\b[^.;]{0,40}?\bprocessing\b/i,
      // Also "that the processing of your personal data is restricted".
      /\bprocessing\b[^.;]{0,40}?\brestrict(?:ed|ion)\b/i,
      /\b(?:pause|suspend|block|freeze|halt)\w{0,3}\s+(?:the\s+|any\s+|our\s+)?processing\b/i,
      /\bright\s+to\s+(?:restrict|restriction|limit)\b/i,
      // Also as a verb in a list of what the right allows: "the right to access, correct, delete and restrict your data".
      enumerated('restriction|restrict'),
      article(18),
    ],
    inContext: [
      /\blimit(?:s|ing|ation\s+of)?\s+(?:the\s+)?(?:processing|use)\s+of\s+(?:your|their)\s+(?:personal\s+)?(?:data|information)\b/i,
      /\blimit(?:s|ing|ation\s+of)?\s+(?:the\s+)?processing\b/i,
      /^\s*(?:the\s+)?(?:right\s+to\s+)?restrict(?:ion)?\b(?!\s+(?:access|controls?)\b)/i,
      /\brestriction\b(?!\s+(?:on\s+)?(?:access|controls?)\b)/i,
      // "block your data": the old German "Sperrung", translated.
      /\bblock(?:ing)?\s{1,3}(?:of\s{1,3})?(?:your|the|their)\s{1,3}(?:personal\s{1,3})?(?:data|information)\b|\b(?:correct|rectif)\w{0,6},?\s{1,3}blocking\b|\bblocking\s{1,3}(?:or|and)\s{1,3}(?:delet|eras)/i,
      ...PLAIN_RIGHTS.restriction,
    ],
  },
  {
    id: 'portability',
    name: 'right to data portability',
    article: 'Art. 20',
    anywhere: [
      /\bportab(?:le|ility)\b/i,
      /\bmachine[- ]readable\b/i,
      /\bstructured,?\s+commonly[- ]used\b/i,
      /\b(?:transfer|transmit|move|port|send)\w{0,3}\b[^.;]{0,40}?\bto\s+another\s+(?:controller|provider|service|company|organi[sz]ation|party|business)\b/i,
      article(20),
    ],
    inContext: [
      /\bexport\w{0,3}\s+(?:of\s+)?(?:a\s+copy\s+of\s+)?(?:all\s+)?(?:your|the|my|their)\s+(?:personal\s+|account\s+)?(?:data|information|info)\b/i,
      // "Request transfer of your personal data" (the ICO's wording), "the right to delete, copy or transfer your data".
      /\b(?:request|ask\s{1,3}for)\s{1,3}(?:the\s{1,3})?transfer\s{1,3}of\s{1,3}(?:your|the)\s{1,3}(?:personal\s{1,3})?(?:data|information)\b/i,
      verbInRightsList('transfer|port|move'),
      ...PLAIN_RIGHTS.portability,
    ],
  },
  {
    id: 'objection',
    name: 'right to object',
    article: 'Art. 21',
    anywhere: [
      /\bright\s+(?:to|of)\s+(?:object|objection)\b/i,
      enumerated('objection'),
      // Also of a kind of processing: "object to certain kinds of processing", "object to some types of use".
      /\bobject(?:ing)?\s+to\s+(?:the\s+|our\s+|any\s+|us\s+|its\s+|their\s+|your\s+|certain\s+|some\s+)?(?:(?:kinds?|types?|forms?)\s{1,3}of\s{1,3})?(?:processing|profiling|direct\s+marketing|marketing|automated|use|(?:us|our)\s+using|how\s+we)\b/i,
      // A sole trader's or plain wording: "object to the way I use your information", "object to how we handle it", "object to me using it".
      /\bobject(?:ing)?\s{1,3}to\s{1,3}(?:(?:the\s{1,3}way|how)\s{1,3}(?:I|we)(?:['’]m|['’]re|\s{1,3}am|\s{1,3}are)?\s{1,3}(?:use|using|process|processing|handle|handling)|(?:me|my)\s{1,3}using)\b/i,
      /\bobjections?\s+(?:to|against)\s+(?:the\s+|our\s+|any\s+)?(?:processing|profiling|direct\s+marketing|use)\b/i,
      // "raise an objection about how your personal data is processed".
      /\b(?:raise|make|lodge|register|submit)\s{1,3}an?\s{1,3}objection\s{1,3}(?:to|about|against)\s{1,3}(?:how\s{1,3}(?:your|we)|the\s{1,3}(?:processing|use)|our\s{1,3}(?:use|processing))\b/i,
      /\bopt(?:-|\s)?out\b[^.;]{0,40}?\b(?:legitimate\s+interests?|profiling)\b/i,
      // "oppose (to) the processing", "right of opposition": how policies translated from French, Italian or Spanish put it.
      /\boppos(?:e|ing)\s{1,3}(?:to\s{1,3})?(?:the\s{1,3}|our\s{1,3}|any\s{1,3}|its\s{1,3}|further\s{1,3})?(?:processing|profiling|direct\s{1,3}marketing|marketing|use)\b|\bright\s{1,3}(?:of|to)\s{1,3}opposition\b/i,
      article(21),
    ],
    // Also the reader's question answered yes: "Can I object? Yes."
    inContext: [/\byou\s+(?:may|can|have\s+the\s+right\s+to)\s+(?:also\s{1,3})?object\b|\b(?:can|may|could)\s{1,3}I\s{1,3}(?:also\s{1,3})?object\b/i, /\bobject\s{1,3}to\s{1,3}(?:it|them|this|that)\b/i, /^\s*(?:the\s+)?(?:right\s+to\s+)?object(?:ion)?s?\b/i, /\bobjection\b/i, ...PLAIN_RIGHTS.objection],
  },
];

/** Another notice of the same controller: "our general privacy policy", "the Website Privacy Notice". */
const OTHER_NOTICE = String.raw`(?:our|the)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}?\[?(?:privacy|data\s{1,3}protection)\s{1,3}(?:policy|notice|statement)`;
/**
 * A layered or supplementary notice (a recruitment notice, a regional addendum) that incorporates
 * the rights stated in another notice by naming it: "all the rights outlined there (in our privacy
 * policy) also apply to you", "your rights are set out in our general Privacy Notice". WP260
 * rev.01 accepts layered notices that point to where the rest of the information is.
 */
const RIGHTS_BY_REFERENCE = new RegExp(
  String.raw`\brights\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,3}?(?:outlined|described|set\s{1,3}out|listed|explained|detailed)\s{1,3}(?:there(?:in)?|in\s{1,3}${OTHER_NOTICE})\b[^.;]{0,40}?\bapply\b|\byour\s{1,3}rights\s{1,3}are\s{1,3}(?:fully\s{1,3})?(?:outlined|described|set\s{1,3}out|listed|explained|detailed)\s{1,3}in\s{1,3}${OTHER_NOTICE}`,
  'i',
);
const NAMES_OTHER_NOTICE = new RegExp(String.raw`\b${OTHER_NOTICE}\b`, 'i');

/** The sentence that incorporates the rights of another notice, if one does; a negated one ("do not apply") does not. */
function rightsByReference(doc: PolicyDocument): Sentence | undefined {
  return proseSentences(doc).find((s) => {
    const m = RIGHTS_BY_REFERENCE.exec(s.text);
    return m !== null && NAMES_OTHER_NOTICE.test(s.text) && !/\bnot\b|n['’]t\b/i.test(s.text);
  });
}

/**
 * Art. 21 gives a right to object to processing based on Art. 6(1)(e) or (f) (Art. 21(1)) and
 * to direct marketing (Art. 21(2)). A policy that declares consent the basis of all its
 * processing ("The legal basis for processing personal data is the data subject's consent",
 * "Consent is our only legal basis") and never mentions legitimate interests, a public task or
 * marketing has no processing the right applies to: withdrawal of consent (Art. 7(3)) takes its
 * place. A basis for one purpose ("The legal basis for the newsletter is your consent") says
 * nothing of the rest.
 */
const CONSENT_ONLY =
  /\b(?:the|our|my)\s{1,3}(?:only\s{1,3}|sole\s{1,3})?(?:legal|lawful)\s{1,3}(?:basis|ground)(?:\s{1,3}for\s{1,3}(?:(?:the|this|such|our|all)\s{1,3})?processing(?:\s{1,3}(?:of\s{1,3})?(?:your\s{1,3})?personal\s{1,3}(?:data|information))?)?\s{1,3}is\s{1,3}(?:(?:the\s{1,3}data\s{1,3}subject|the\s{1,3}user)['’]s\s{1,3}|your\s{1,3})?consent\s{0,3}(?:\((?:[^()]|\([^()]{0,3}\)){0,30}\)\s{0,3})?[.!]?$|\b(?:your\s{1,3})?consent\s{1,3}is\s{1,3}(?:the|our|my)\s{1,3}(?:only|sole)\s{1,3}(?:legal|lawful)\s{1,3}(?:basis|ground)\b/i;
const OBJECTABLE = new RegExp(
  String.raw`\blegitimate\s{1,3}(?:business\s{1,3})?interests?\b|\bpublic\s{1,3}(?:interest|task)\b|\bofficial\s{1,3}authority\b|\b(?:marketing|newsletters?|advertis\w{0,6})\b|${article6('ef').source}`,
  'i',
);

/** The sentence that declares consent the only basis, when nothing in the policy is open to objection. */
function consentOnly(doc: PolicyDocument): Sentence | undefined {
  const sentences = proseSentences(doc);
  const declared = sentences.find((s) => /consent/i.test(s.text) && CONSENT_ONLY.test(s.text));
  return declared && !sentences.some((s) => OBJECTABLE.test(s.text)) ? declared : undefined;
}

const CUES: RightsCues = { heading: RIGHTS_HEADING, cue: RIGHTS_CUE };
/** With a list of rights by label, each labelled line is a rights context too. */
const LABELLED_CUES: RightsCues = { heading: RIGHTS_HEADING, cue: new RegExp(`${RIGHTS_CUE.source}|${RIGHT_LABEL.source}`, 'i') };

/** Lines labelled with three or more different rights make a list of rights; a lone "Access: staff only" line does not. */
function hasRightsLabels(doc: PolicyDocument): boolean {
  const names = new Set<string>();
  for (const s of proseSentences(doc)) {
    const m = RIGHT_LABEL.exec(s.text);
    if (m) names.add((m[1] as string).toLowerCase());
  }
  return names.size >= 3;
}

export default defineRule({
  meta: {
    id: 'gdpr/data-subject-rights',
    description: 'The policy informs of each data subject right: access, rectification, erasure, restriction, portability and objection.',
    reference: 'GDPR Art. 13(2)(b), Art. 14(2)(c); Art. 15–18, 20, 21',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      ignore: {
        type: 'string[]',
        default: [],
        description: 'Rights not to check, by id: access, rectification, erasure, restriction, portability, objection.',
      },
    },
    messages: {
      missingRight: {
        text: 'The policy does not inform users of the {right} ({law} {article}).',
        severity: 'error',
        suggestion: 'In the "Your rights" section, state that users may exercise the {right} ({article}) and how to do so.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);
    const ignored = new Set(context.options.ignore);
    const reading = readRights(doc, hasRightsLabels(doc) ? LABELLED_CUES : CUES);
    let reference: Sentence | undefined | null = null;
    for (const right of RIGHTS) {
      if (ignored.has(right.id)) continue;
      const item = `${right.name} (${right.article})`;
      if (reading.noData) {
        context.evidence({ item, status: 'not-applicable', at: reading.noData });
        continue;
      }
      const stated = reading.find(right);
      if (stated) {
        context.evidence({ item, status: 'met', at: stated });
        continue;
      }
      // Looked up only when a right is missing: most policies state them all.
      if (reference === null) reference = rightsByReference(doc);
      if (reference) {
        context.evidence({ item, status: 'met', at: reference });
        continue;
      }
      if (right.id === 'objection') {
        const consent = consentOnly(doc);
        if (consent) {
          context.evidence({ item, status: 'not-applicable', at: consent });
          continue;
        }
      }
      context.evidence({ item, status: 'missing' });
      context.report({
        messageId: 'missingRight',
        data: { right: right.name, article: right.article, law },
        at: missingAt(doc, RIGHTS_HEADING),
      });
    }
  },
});
