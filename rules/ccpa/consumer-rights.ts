import { defineRule } from '../../src/engine/index.js';
import { findSections, listLeadIn, missingAt, proseSentences } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';
import { bareListLeadIn, DENIED_AFTER, labelledRightsList, negatedBefore } from '../shared/rights.js';
import { gluedTitle } from '../shared/titles.js';
import { referenceTo } from './shared/cross-reference.js';

// ---- where rights are stated -------------------------------------------------------------

/** Headings of a California section ("CCPA Rights (California Users)", "Notice to California Residents"). */
const CALIFORNIA_HEADING = /\b(?:CCPA|CPRA|California)\b/i;

/**
 * Headings of the section where a reader looks for their rights ("Your rights", "Your
 * California Privacy Rights", "Consumer rights", "Your choices").
 */
const RIGHTS_HEADING =
  /\b(?:your|consumers?'?|individual|user|privacy|data\s+protection|CCPA|CPRA|California|legal)\s+(?:privacy\s+)?rights\b|^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?rights\b|\brights\s+(?:under|of|and|&)\b|\byour\s+choices\b/i;

/**
 * Headings and list introductions that scope rights to another law or place ("GDPR Rights
 * (EU Users)", "For residents of the EEA", "POPIA"). A right stated only there is not
 * stated for California consumers; a right stated in a general rights section is.
 */
const FOREIGN_SCOPE =
  /\b(?:GDPR|EU|EEA|European|UK|United\s+Kingdom|Britain|Switzerland|Swiss|POPIA|South\s+Africa|LGPD|Brazil|PIPEDA|Canada|Quebec|Australia|Japan|Korea|India|China|PIPL)\b/i;
/** …unless the scope names California too ("Your rights under the GDPR and CCPA"). */
const CALIFORNIA_SCOPE = /\b(?:CCPA|CPRA|California|U\.?S\.?|United\s+States|US\s+(?:residents|users|consumers))\b/i;

/** Words that, near a phrase, tell the reader what they may do: a rights context. */
const RIGHTS_CUE =
  /\bright|\brequest|\byou\s+(?:may|can|could|are\s+(?:able|entitled|free))\b|\bentitled\b|\bask\s+(?:us|for)\b|\bat\s+your\s+request\b|\bexercise\b|\b(?:e-?mail|write\s+to|contact|call|message|tell)\s+us\s+(?:\w+\s+){0,3}?to\b/i;

/**
 * A CCPA right as a list item's label ("- **Delete** – ask us to erase it", "Opt-out: …",
 * "No retaliation – …"); plain text keeps the emphasis marks.
 */
const RIGHT_LABEL =
  /^[\s*_]{0,4}(?:the\s+)?(?:right\s+(?:of|to)\s+)?(?:know|access|delet(?:e|ion)|eras(?:e|ure)|correct(?:ion)?|rectif(?:y|ication)|opt[-\s]?out|limit|non-?\s?discrimination|no\s+(?:discrimination|retaliation)|portability)\b[\s*_]{0,4}(?:$|[-–—:(/])/i;

// ---- one documented synonym list per right ----------------------------------------------

type RightId = 'know' | 'delete' | 'correct' | 'opt-out' | 'limit' | 'non-discrimination';

interface Right {
  id: RightId;
  name: string;
  section: string;
  /** Phrases that state the right wherever they stand. */
  anywhere: RegExp[];
  /** Phrases that state it only in a rights context (a rights section, a list of rights, or a sentence about what the reader may do). */
  inContext: RegExp[];
  /** Whether a declaration ("not applicable", "we do not sell") may stand in for the right. */
  declarable: boolean;
  /** Can a negated phrase state the right? Only for non-discrimination ("we will not discriminate"). */
  negatedStates?: boolean;
}

export const RIGHTS: readonly Right[] = [
  {
    id: 'know',
    name: 'right to know (access)',
    section: '§1798.100, §1798.110, §1798.115',
    anywhere: [
      /\bright\s+(?:to|of)\s+(?:know|access)\b/i,
      /\brequests?\s+to\s+know\b/i,
      /\b(?:know|learn)\s+(?:what|which|whether|about\s+the)\s+(?:categories\s+of\s+|specific\s+pieces\s+of\s+)?(?:personal\s+)?(?:data|information)\b/i,
      /\bspecific\s+pieces\s+of\s+(?:personal\s+)?information\b/i,
      /\b(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|your\s+|any\s+|all\s+)?(?:personal\s+)?(?:data|information)\b/i,
      /\b(?:data\s+)?subject\s+access\s+requests?\b|\bDSARs?\b/,
      /\bask\s+us\s+(?:what|which)\s+(?:personal\s+)?(?:data|information)?\s{0,2}we\s+(?:hold|have|keep|store|collect|know)\b/i,
      /\b1798\.1(?:00|10|15)\b/,
    ],
    inContext: [
      /\baccess(?:ing)?\s+(?:to\s+)?(?:all\s+|any\s+)?(?:of\s+)?(?:your|the|their)?\s*(?:own\s+)?(?:personal\s+)?(?:data|information|info)\b/i,
      // "you may request: disclosure of the personal information we collected".
      /\b(?:request|ask)\w{0,3}:?\s+(?:that\s+we\s+disclose|disclosure\s+of|access\b)/i,
      // "ask us to disclose the personal information we hold about them", "request that Acme provide the data it has collected".
      /\b(?:request|ask)(?:s|ed|ing)?\s{1,3}(?:that\s{1,3})?(?:the\s{1,3})?[a-z][\w&-]{0,30}\s{1,3}(?:to\s{1,3})?(?:\(\w\)\s{1,3})?(?:disclose|provide|tell|give|send)\s{1,3}(?:(?:you|them|me)\s{1,3})?(?:the\s{1,3}|all\s{1,3}|any\s{1,3})?(?:personal\s{1,3})?(?:data|information|info)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:we|it|they)(?:\s{1,3}have)?\s{1,3}(?:hold|has|have|collect|keep|store|process)\w{0,3}\b/i,
      /\bdownload\s+(?:a\s+copy\s+of\s+|all\s+)?(?:your|the)\s+(?:personal\s+|account\s+)?(?:data|information|info)\b/i,
      /\b(?:see|view|review|obtain|get|receive|learn)\b[^.;]{0,30}?\b(?:data|information|info)\s+(?:that\s+)?we\s+(?:have|hold|keep|store|collect(?:ed)?|process)\b/i,
      // The service or the business as the holder: "see the data our app has on you", "a copy of what the site keeps about you".
      /\b(?:see|view|review|obtain|get|receive|learn|know)\b[^.;]{0,30}?\b(?:data|information|info)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:our|the|this)\s{1,3}(?:app|site|website|service|platform|company|business)\s{1,3}(?:has|holds|keeps|stores|collected|processes)\s{1,3}(?:on|about|from)\s{1,3}(?:you|me|them)\b/i,
      /\baccess(?:ing)?(?:\s+to)?\s*(?:,|\bor\b|\band\b|&|\/)\s*(?:and\s+|or\s+)?(?:correct|rectif|updat|amend|delet|eras|edit|modif|portab|export|receiv|obtain)/i,
      /^[\s*_]{0,4}(?:the\s+)?(?:right\s+(?:of|to)\s+)?(?:access|know)\b(?!\s+(?:controls?|restrictions?|management|logs?|tokens?|keys?|levels?)\b)/i,
      // "tell you what we collected about you and give you a copy"; "find out what we know about you".
      /\b(?:find\s{1,3}out|learn|see|discover)\s{1,3}what\s{1,3}(?:(?:personal\s{1,3})?(?:data|information|info)\s{1,3})?we(?:['’]ve|\s{1,3}have)?\s{1,3}(?:know|collected|hold|have|keep|store|process)\s{1,3}(?:about|on|from)\s{1,3}(?:you|me|them)\b/i,
      // In a question the reader asks: "Can I see my data?", "Can I see what you have?".
      /\b(?:see|view|access|get|obtain|download)\s{1,3}(?:a\s{1,3}copy\s{1,3}of\s{1,3})?(?:my|our)\s{1,3}(?:own\s{1,3})?(?:personal\s{1,3})?(?:data|information|info)\b|\b(?:see|know|learn)\s{1,3}what\s{1,3}(?:(?:personal\s{1,3})?(?:data|information|info)\s{1,3})?you\s{1,3}(?:have|hold|know|keep|store)\b/i,
      /\b(?:tell|show)\s{1,3}(?:you|me|them)\s{1,3}what\s{1,3}(?:(?:personal\s{1,3})?(?:data|information|info)\s{1,3})?we(?:['’]ve|\s{1,3}have)?\s{1,3}(?:collected|hold|have|keep|store|process)\b|\bgive\s{1,3}(?:you|me|them)\s{1,3}a\s{1,3}copy\b/i,
    ],
    declarable: false,
  },
  {
    id: 'delete',
    name: 'right to delete',
    section: '§1798.105',
    anywhere: [
      /\bright\s+to\s+(?:delete|deletion|erasure|be\s+forgotten)\b/i,
      /\brequests?\s+(?:to|for)\s+delet(?:e|ion)\b/i,
      /\b(?:request|ask)\w{0,3}\b[^.;]{0,40}?\b(?:delet(?:e|ion)|eras(?:e|ure))\b/i,
      // "Have us erase personal information we collected from you" (a list of what the reader may do).
      /\bhave\s{1,3}us\s{1,3}(?:delete|erase|remove|destroy)\b/i,
      /\b1798\.105\b/,
    ],
    inContext: [
      /\bdelet(?:e|es|ed|ion|ing)\b/i,
      /\beras(?:e|ed|es|ing|ure)\b/i,
      /\b(?:wip(?:e|ed|ing)|purg(?:e|ed|ing))\b/i,
      /\bremov(?:e|ed|al\s+of)\s+(?:your|the|all|that|this|their|it)\b/i,
      // "have it removed", "get my data erased".
      /\b(?:get|have)\s{1,3}(?:it|them|this|that|(?:your|my|their)\s{1,3}(?:personal\s{1,3})?(?:data|information|info|details))\s{1,3}(?:deleted|erased|removed|wiped)\b/i,
    ],
    declarable: false,
  },
  {
    id: 'correct',
    name: 'right to correct',
    section: '§1798.106',
    anywhere: [
      /\bright\s+to\s+(?:correct|correction|rectif(?:y|ication))\b/i,
      /\brequests?\s+to\s+correct\b/i,
      /\b(?:request|ask)\w{0,3}\b[^.;]{0,40}?\bcorrect(?:ion)?\b/i,
      /\brectif(?:y|ying|ied|ication)\b/i,
      /\bcorrect(?:ing|ed)?\s+(?:any\s+|the\s+)?(?:inaccurate|inaccuracies|incorrect|incomplete|outdated|wrong)\b/i,
      /\b(?:inaccurate|incorrect|outdated|wrong)\s+(?:personal\s+)?(?:data|information|details)\s+(?:\w+\s+){0,2}?(?:corrected|fixed|updated|amended|rectified)\b/i,
      /\b1798\.106\b/,
    ],
    inContext: [
      /\bcorrect(?:ion|ions|ing)?\s+(?:of\s+)?(?:your|the|their|any|personal|data|information|it|them|such|this|that|these|those|its|my|inaccurate|incorrect)\b/i,
      /\bcorrections?\b/i,
      /\b(?:update|amend|edit|modify|change)\s+(?:your|the|their|any)\s+(?:personal\s+|account\s+|profile\s+)?(?:data|information|info|details|profile)\b/i,
      /\baccess(?:ing)?\s*(?:,|\bor\b|\band\b|&|\/)\s*(?:and\s+|or\s+)?(?:correct|rectif|updat|amend|edit)/i,
      /^[\s*_]{0,4}(?:the\s+)?(?:right\s+to\s+)?(?:correct(?:ion)?|update|edit|amend)\b/i,
      /\b(?:fix|fixed|fixing)\s+(?:any(?:thing)?|your|the|it|that|inaccurate|incorrect|wrong|errors?|mistakes?)\b/i,
      // "get it corrected", "have your details updated".
      /\b(?:get|have)\s{1,3}(?:it|them|this|that|errors|mistakes|inaccuracies|(?:your|my|their)\s{1,3}(?:personal\s{1,3})?(?:data|information|info|details))\s{1,3}(?:corrected|fixed|rectified|amended|updated)\b/i,
    ],
    declarable: false,
  },
  {
    id: 'opt-out',
    name: 'right to opt out of the sale or sharing of personal information',
    section: '§1798.120',
    anywhere: [
      /\bopt(?:-|\s)?out\s+(?:of|from)\s+(?:the\s+|any\s+|our\s+|future\s+|its\s+|their\s+|such\s+)?(?:sale|sales|selling|sharing|sell)\b/i,
      // "opt out of having your information sold or shared"
      /\bopt(?:-|\s)?out[*_]{0,2}\s+of\s+(?:having|us|our)\s+(?:\w+\s+){0,3}?(?:sold|shared|selling|sharing)\b/i,
      /\bright\s+to\s+opt(?:-|\s)?out\b[^.;]{0,40}?\b(?:sale|sell|shar)/i,
      /\bdo\s+not\s+sell\s+(?:or\s+share\s+)?my\s+(?:personal\s+)?(?:data|information|info)\b/i,
      /\bopt(?:-|\s)?out\s+of\s+(?:cross-context\s+behavio(?:u)?ral|targeted)\s+advertising\b/i,
      // The statute's own words: a consumer may "direct a business … not to sell".
      /\b(?:direct|tell|instruct|ask)\w{0,3}\s+(?:us|the\s+business|a\s+business|businesses|companies)\s+(?:not\s+to|to\s+(?:stop|not|refrain\s+from))\s+(?:sell|shar)/i,
      // "request that we not sell or share it".
      /\b(?:request|ask|direct)\w{0,3}\s{1,3}that\s{1,3}(?:we|the\s{1,3}(?:business|company))\s{1,3}(?:not|stop|cease|refrain\s{1,3}from)\s{1,3}(?:sell|shar)/i,
      /\b1798\.120\b/,
    ],
    inContext: [
      /^[\s*_]{0,4}(?:the\s+)?(?:right\s+to\s+)?opt(?:-|\s)?out[\s*_]{0,4}(?:$|[-–—:(])/i,
      // "(ask us to) stop selling or sharing your data", "(d) refrain from selling or sharing it".
      /\b(?:stop|cease|refrain\s{1,3}from)\s{1,3}(?:(?:you|us|them|the\s{1,3}business)\s{1,3}(?:from\s{1,3})?)?(?:selling|sharing)\b/i,
      // "Say no to the sale of personal information", "refuse the sharing of your data".
      /\b(?:say\s{1,3}no\s{1,3}to|refuse)\s{1,3}(?:the\s{1,3}|any\s{1,3}|future\s{1,3})?(?:sale|sales|selling|sharing)\b/i,
    ],
    declarable: true,
  },
  {
    id: 'limit',
    name: 'right to limit the use and disclosure of sensitive personal information',
    section: '§1798.121',
    anywhere: [
      /\blimit\w{0,3}\s+(?:the\s+|our\s+|its\s+)?(?:use|processing)(?:\s+(?:and|or)\s+disclosure)?\s+of\s+(?:your\s+|my\s+)?sensitive\s+personal\s+(?:data|information)\b/i,
      /\b(?:limit|restrict)\w{0,3}\s+(?:the\s+|our\s+|its\s+|how\s+(?:we|you)\s+)?(?:use|using|processing|disclos\w{1,4})\b[^.;]{0,40}?\bsensitive\b/i,
      /\bright\s+to\s+limit\b/i,
      /\brequests?\s+to\s+limit\b/i,
      /\b1798\.121\b/,
    ],
    inContext: [
      /^[\s*_]{0,4}(?:the\s+)?(?:right\s+to\s+)?limit\b[^.;]{0,40}?\bsensitive\b/i,
      // "tell us to use sensitive info only for what's needed".
      /\b(?:use|process)\s{1,3}(?:(?:your|their|my|the)\s{1,3})?sensitive\s{1,3}(?:personal\s{1,3})?(?:data|information|info)\s{1,3}only\b/i,
      // "only" before the verb: "(tell us) to only use your sensitive information to run the service".
      /\bonly\s{1,3}(?:use|process|disclose)\s{1,3}(?:(?:your|their|my|the)\s{1,3})?sensitive\s{1,3}(?:personal\s{1,3})?(?:data|information|info)\b/i,
    ],
    declarable: true,
  },
  {
    id: 'non-discrimination',
    name: 'right to non-discrimination (no retaliation)',
    section: '§1798.125',
    anywhere: [
      // The CPRA's word too: "Right to Non-Retaliation", "non retaliation".
      /\bnon-?\s?(?:discriminat|retaliat)(?:ion|ory|e)\b/i,
      /(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,2}(?:discriminat|retaliat|penali[sz]|punish)\w*\b/i,
      // "We won't … charge different prices or provide a different quality of service" (§1798.125(a)(1)(B)–(C)).
      /(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,2}(?:charge\s+(?:you\s+)?(?:a\s+)?(?:different|higher|more)|treat\s+(?:you|them|anyone|(?:a|an|any)\s+\w+|consumers|customers|users|residents|employees)\s+(?:differently|less\s+favou?rably|unfairly|any\s+differently)|provide\s+(?:you\s+(?:with\s+)?)?a\s+different\s+(?:level|quality)\s+of)\b/i,
      // "Using any of these rights won't lead to worse prices or service."
      /(?:\bnot|\bnever|n['’]t)\s{1,3}(?:lead|result)\s{1,3}(?:to|in)\s{1,3}(?:worse|higher|different|less\s{1,3}favou?rable|poorer)\s{1,3}(?:prices?|pricing|rates|service|treatment|quality)\b/i,
      // The passive: "you won't be treated differently", "will not be charged more".
      /(?:\bnot|\bnever|n['’]t)\s{1,3}(?:be\s{1,3}|get\s{1,3})(?:treated\s{1,3}(?:any\s{1,3})?(?:differently|less\s{1,3}favou?rably|unfairly|worse)|charged\s{1,3}(?:a\s{1,3})?(?:different|higher|more))\b/i,
      /\b(?:equal|the\s+same)\s+(?:service|treatment|pric(?:e|es|ing)|quality)\b[^.;]{0,60}?\b(?:even\s+if|if|when|whether|regardless)\b[^.;]{0,40}?\bexercis/i,
      // "We won't deny you service because you used these rights"; "we may deny you service" is no promise.
      /\botherwise\s+(?:discriminat|retaliat)\w*\b|(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,2}deny\s+(?:you\s+)?(?:goods|services?)\b/i,
      /\bno\s+(?:discrimination|retaliation)\b/i,
      /\bright\s+(?:to\s+)?(?:equal\s+(?:service|treatment|pricing)|of\s+no\s+retaliation)\b/i,
      /\b(?:without|free(?:dom)?\s+from)\s+(?:being\s+)?(?:discriminat|retaliat)\w*\b/i,
      // "use any of these rights without losing coins, items or access".
      /\b(?:exercis|us)(?:e|es|ed|ing)\s{1,3}(?:any\s{1,3}of\s{1,3})?(?:these|your|those|the|its)\s{1,3}rights\s{1,3}without\s{1,3}(?:losing|being\s{1,3}(?:charged|penali[sz]ed|denied|treated)|paying)\b/i,
      /\b1798\.125\b/,
    ],
    inContext: [
      // A right in a list of rights: "Receive equal service and pricing", "Equal treatment" (§1798.125(a)(1)).
      /\b(?:receiv|get|enjoy|keep)\w{0,3}\s{1,3}(?:the\s{1,3})?equal\s{1,3}(?:service|treatment|pric(?:e|es|ing))\b|^[\s*_]{0,4}equal\s{1,3}(?:service|treatment|pric(?:e|es|ing))\b/i,
    ],
    declarable: false,
    negatedStates: true,
  },
];

// ---- declarations that a right does not apply -------------------------------------------

/** "(not applicable)", "N/A", "does not apply", right after the phrase. */
const NOT_APPLICABLE_AFTER = /^[^.;]{0,40}?(?:\(\s*(?:not\s+applicable|n\/a)\b|\bnot\s+applicable\b|\bdo(?:es)?\s+not\s+apply\b|\bN\/A\b)/i;

/**
 * Explicit statements that make a right moot, per right (spec: such a declaration satisfies
 * the requirement). "We do not sell data" is read as covering sale and sharing — the rule
 * errs towards silence; `ccpa/sale-and-sharing` looks at the sharing statement itself.
 */
const DECLARATIONS: Partial<Record<RightId, RegExp[]>> = {
  'opt-out': [
    /\b(?:we|company|business)\b[^.;]{0,30}?\b(?:do(?:es)?\s+not|don't|doesn't|never|will\s+not|won't|ha(?:ve|s)\s+not|haven't|hasn't)\s+(?:and\s+will\s+not\s+)?(?:\w+,?\s+(?:or\s+|and\s+)?){0,2}(?:sell|sold|share|shared)\b[^.;]{0,40}?\b(?:data|information|info)\b/i,
    /\b(?:we|company|business)\b[^.;]{0,30}?\b(?:do(?:es)?\s+not|don't|doesn't|never|will\s+not|won't)\s+(?:sell|share)\s+(?:it|them|anything)\b/i,
    /\b(?:no|none\s+of\s+(?:your|the))\s+(?:personal\s+)?(?:data|information)\s+(?:is|are|will\s+be|has\s+been)\s+(?:ever\s+)?(?:sold|shared)\b/i,
    /\bnot\s+(?:sold|sell)\b[^.;]{0,20}?\b(?:data|information)\b|\b(?:data|information)\s+is\s+(?:never|not)\s+sold\b/i,
  ],
  limit: [
    // "We do not intentionally collect sensitive categories of personal information", "we never collect sensitive information".
    /\b(?:do(?:es)?\s+not|don't|doesn't|never)\s+(?:(?:intentionally|knowingly|deliberately|purposely|actively)\s+)?(?:collect|use|process|disclose|sell)\b[^.;]{0,40}?\bsensitive(?:\s{1,2}\([^()]{1,40}\))?(?:\s+categories\s+of)?(?:\s+personal)?\s+(?:data|information)\b/i,
    // §7014(h) in the regulation's words: "only for purposes that do not require an option to limit".
    /\bpurposes\s+(?:that|which)\s+(?:do\s+not|don't)\s+(?:require|give\s+rise\s+to)\s+(?:an?\s+|the\s+)?(?:option|right|notice(?:\s+of\s+(?:the\s+)?right)?)\s+to\s+limit\b/i,
    /\bsensitive\s+personal\s+(?:data|information)\b[^.;]{0,120}?\b(?:only|solely)\b[^.;]{0,80}?\b(?:permitted|7027|1798\.121|exempt|allowed)\b/i,
    /\bsensitive\s+personal\s+(?:data|information)\b[^.;]{0,80}?\bwithout\s+the\s+purpose\s+of\s+inferring\b/i,
    /\b(?:do(?:es)?\s+not|don't|doesn't|never)\s+(?:use|disclose)\b[^.;]{0,60}?\bsensitive\b[^.;]{0,80}?\b(?:other\s+than|beyond)\b/i,
    // §7027(m) cited with "only": it is the list of sensitive-data purposes, whatever the sentence calls the data
    // ("Sensitive data? We use it only for purposes permitted by 11 CCR §7027(m).").
    /\b(?:only|solely|exclusively)\b[^.;]{0,80}?\b7027\s{0,2}\(m\)/i,
  ],
};

/**
 * A question the reader asks about what they may do, answered yes in the next sentence ("**Can I
 * delete it?** Yes."): the question states the right, as in a rights context.
 */
const READER_QUESTION = /^[\s*_]{0,4}(?:can|may|could)\s{1,3}(?:I|we|consumers|users|customers|residents|you)\b[^?]{0,120}\?/i;
const YES = /^[\s*_]{0,4}yes\b/i;

function answeredYes(sentences: readonly Sentence[]): Set<Sentence> {
  const out = new Set<Sentence>();
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (next && YES.test(next.text) && READER_QUESTION.test(s.text)) out.add(s);
  });
  return out;
}

/**
 * The reader asks whether using a right costs them ("Will you treat me differently?", "Will
 * you charge me more?") and the next sentence answers no: a promise of non-discrimination.
 */
const RETALIATION_QUESTION =
  /\b(?:will|would|could|do|can)\s{1,3}(?:you|they|we)\s{1,3}(?:treat\s{1,3}(?:me|us)\s{1,3}(?:any\s{1,3})?(?:differently|worse|less\s{1,3}favou?rably)|charge\s{1,3}(?:me|us)\s{1,3}(?:more|a\s{1,3}different)|penali[sz]e\s{1,3}(?:me|us)|punish\s{1,3}(?:me|us)|discriminate\s{1,3}against\s{1,3}(?:me|us)|retaliate)\b[^?]{0,80}\?/i;
const NO = /^[\s*_]{0,4}(?:no|never|not\s{1,3}at\s{1,3}all|of\s{1,3}course\s{1,3}not|absolutely\s{1,3}not)\b/i;

function answeredNo(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((s, i) => {
    const next = sentences[i + 1];
    return next !== undefined && NO.test(next.text) && RETALIATION_QUESTION.test(s.text);
  });
}

/** A reference to a named section about the consumer's rights. */
const RIGHTS_REFERENCE = /\brights?\b/i;

// ---- reading the document ----------------------------------------------------------------

function foreignTitle(title: string): boolean {
  return FOREIGN_SCOPE.test(title) && !CALIFORNIA_SCOPE.test(title);
}

/** Is a section (or one above it) scoped to another law or place? */
function foreignSection(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s.level > 0 && foreignTitle(s.title)) return true;
  return false;
}

function inRightsSection(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s.level > 0 && (RIGHTS_HEADING.test(s.title) || CALIFORNIA_HEADING.test(s.title))) return true;
  return false;
}

interface Place {
  /** Scoped to another law: rights stated here are not stated for California. */
  foreign: boolean;
  /** A rights context by where it stands. */
  rights: boolean;
}

function placeOf(doc: PolicyDocument, block: Block): Place {
  // The paragraph that introduces a list ("California users have rights under CCPA:"), also one of bare lines.
  const lead = listLeadIn(doc, block) ?? bareListLeadIn(block, doc.blocks);
  const intro = lead?.kind === 'code' ? undefined : lead;
  const introText = intro?.text ?? '';
  const foreign = foreignSection(block.section) || (intro !== undefined && introText.length < 200 && foreignTitle(introText));
  // A header row that says "right" or leads the rows in like a list ("You can ask us to... | Notes").
  const header = block.cell ? (block.cell.table.rows[0]?.map((c) => c.text).join(' ') ?? '') : '';
  const tableRights = block.cell !== undefined && (/\bright/i.test(header) || RIGHTS_CUE.test(header));
  const rights =
    inRightsSection(block.section) ||
    tableRights ||
    (intro !== undefined && (RIGHTS_CUE.test(introText) || RIGHTS_HEADING.test(introText))) ||
    labelledRightsList(block, doc.blocks, RIGHT_LABEL);
  return { foreign, rights };
}

interface Hit {
  sentence: Sentence;
  start: number;
  end: number;
  notApplicable: boolean;
}

/** Where a sentence's own words start: after a title glued to it ("Your rights\nKnow, delete and correct …"). */
function bodyStart(sentence: Sentence): number {
  const glued = gluedTitle(sentence.text);
  return glued && (RIGHTS_HEADING.test(glued.title) || CALIFORNIA_HEADING.test(glued.title)) ? glued.length : 0;
}

function statedIn(right: Right, sentence: Sentence, context: boolean, from = 0): Hit | undefined {
  const patterns = context ? [...right.anywhere, ...right.inContext] : right.anywhere;
  const text = sentence.text.slice(from);
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    const span = { sentence, start: from + m.index, end: from + m.index + m[0].length };
    if (right.declarable && NOT_APPLICABLE_AFTER.test(after)) return { ...span, notApplicable: true };
    if (!right.negatedStates && negatedBefore(text, m.index)) continue;
    // "Right to delete (not applicable)": only opt-out and limit may be declared moot.
    if (DENIED_AFTER.test(after) || NOT_APPLICABLE_AFTER.test(after)) continue;
    return { ...span, notApplicable: false };
  }
  return undefined;
}

/** Where a reader looks for California rights: the California section, else the rights section, else line 1. */
export function rightsSectionAt(doc: PolicyDocument): Range {
  const california = findSections(doc, CALIFORNIA_HEADING)[0];
  if (california?.heading) return california.heading.range;
  return missingAt(doc, RIGHTS_HEADING);
}

export default defineRule({
  meta: {
    id: 'ccpa/consumer-rights',
    description:
      'The policy explains each CCPA consumer right: to know, to delete, to correct, to opt out of sale or sharing, to limit the use of sensitive personal information, and to non-discrimination.',
    reference: 'Cal. Civ. Code §1798.100–.125, §1798.130(a)(5)(A); 11 CCR §7011(e)(2)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      ignore: {
        type: 'string[]',
        default: [],
        description: 'Rights not to check, by id: know, delete, correct, opt-out, limit, non-discrimination.',
      },
    },
    messages: {
      missingRight: {
        text: 'The policy does not explain the {right} to California consumers (Cal. Civ. Code {section}; 11 CCR §7011(e)(2)).',
        severity: 'error',
        suggestion: 'In the California rights section, explain the {right} ({section}) and how to exercise it{declarable}.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const ignored = new Set(context.options.ignore);
    const sentences = proseSentences(doc);
    const places = new Map<Block, Place>();
    const placeFor = (s: Sentence): Place => {
      let known = places.get(s.block);
      if (!known) {
        known = placeOf(doc, s.block);
        places.set(s.block, known);
      }
      return known;
    };
    // Rights stated for other laws only are not stated for California.
    const usable = sentences.filter((s) => !placeFor(s).foreign);
    // Sentences of rights sections first, so that the evidence points where a reader looks.
    const ordered = [...usable.filter((s) => placeFor(s).rights), ...usable.filter((s) => !placeFor(s).rights)];
    const questions = answeredYes(doc.sentences);
    for (const right of RIGHTS) {
      if (ignored.has(right.id)) continue;
      const item = `${right.name} (Cal. Civ. Code ${right.section})`;
      let found: Hit | undefined;
      for (const sentence of ordered) {
        // A rights title glued to the sentence ("Your rights\nKnow, delete …") makes it a rights context.
        const from = bodyStart(sentence);
        found = statedIn(right, sentence, from > 0 || placeFor(sentence).rights || RIGHTS_CUE.test(sentence.text) || questions.has(sentence), from);
        if (found) break;
      }
      if (!found && right.id === 'non-discrimination') {
        const asked = answeredNo(usable);
        if (asked) found = { sentence: asked, start: 0, end: asked.text.length, notApplicable: false };
      }
      if (!found && right.declarable) {
        for (const sentence of usable) {
          const m = DECLARATIONS[right.id]?.map((re) => re.exec(sentence.text)).find((x) => x);
          if (m) {
            found = { sentence, start: m.index, end: m.index + m[0].length, notApplicable: true };
            break;
          }
        }
      }
      if (found) {
        context.evidence({ item, status: found.notApplicable ? 'not-applicable' : 'met', at: found.sentence.rangeOf(found.start, found.end) });
        continue;
      }
      // "See the “Your rights” section of our Privacy Policy": given there (see shared/cross-reference.ts).
      const reference = referenceTo(doc, RIGHTS_REFERENCE);
      if (reference) {
        context.evidence({ item, status: 'met', at: reference.at });
        continue;
      }
      context.evidence({ item, status: 'missing' });
      context.report({
        messageId: 'missingRight',
        data: {
          right: right.name,
          section: right.section,
          declarable: right.id === 'opt-out' ? ', or state that you do not sell or share personal information' : right.id === 'limit' ? ', or state that you use sensitive personal information only for the purposes 11 CCR §7027(m) permits' : '',
        },
        at: rightsSectionAt(doc),
      });
    }
  },
});
