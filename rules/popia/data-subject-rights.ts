import { defineRule } from '../../src/engine/index.js';
import { missingAt } from '../../src/model/index.js';
import { PLAIN_RIGHTS, readRights, type RightsCues } from '../shared/rights.js';

/**
 * Headings of the section where a reader looks for their rights ("Your rights",
 * "7. Your Rights Under POPIA", "Data subject rights", "Data subject participation",
 * "Access to and correction of your personal information").
 */
const RIGHTS_HEADING =
  /\b(?:your|data[- ]subjects?'?|individual|user|privacy|data protection|popia|legal)\s+(?:privacy\s+)?rights\b|^\s*(?:\d{1,2}[A-Z]?(?:\.\d{1,2})?\.?\s+)?rights\b|\brights\s+(?:under|of|and|&|as)\b|\bdata\s+subject\s+participation\b|\baccess(?:ing)?\s+(?:to\s+)?(?:and|&|,)\s*(?:the\s+)?correct|\baccess(?:ing)?,?\s+(?:and|&)\s+(?:control|correct|updat|delet)/i;

/**
 * Words that, near a phrase, tell the reader what they may do: a rights context. Also in the
 * third person: "Residents may …", "Parents and learners can …".
 */
const RIGHTS_CUE =
  /\bright|\brequest|\b(?:tell\s+us|let\s+us\s+know)\s+(?:that\s+)?you\s+(?:object|want|would\s+like)\b|\byou\s+(?:may|can|could|are\s+(?:able|entitled|free))\b|\bentitled\b|\bask\s+(?:us|for)\b|\bat\s+your\s+request\b|\b(?:residents|members|customers|clients|users|patients|learners|students|parents|employees|individuals|data\s+subjects)\s+(?:may|can|are\s+(?:able|free))\b/i;

/** "rights of access, correction and objection", "Your rights: access; deletion; …": a noun in a list of rights. */
function enumerated(noun: string): RegExp {
  return new RegExp(`\\brights?\\s*(?:of|to|:|include|including|such\\s+as)[^.]{0,160}?\\b(?:${noun})\\b`, 'i');
}

type RightId = 'access' | 'correction' | 'deletion' | 'objection';

interface Right {
  id: RightId;
  name: string;
  section: string;
  /** Phrases that state the right wherever they stand. */
  anywhere: RegExp[];
  /** Phrases that state it only in a rights context (a rights section, or a sentence about what the reader may do). */
  inContext: RegExp[];
}

/**
 * One documented synonym list per right, in POPIA's words and the common ones.
 * s23: confirm whether information is held and obtain the record or a description of it;
 * s24(1)(a): correct or delete inaccurate, irrelevant, excessive, out-of-date, incomplete,
 * misleading or unlawfully obtained information; s24(1)(b): destroy or delete a record
 * no longer authorised to be retained; s11(3): object to processing on s11(1)(d)–(f)
 * grounds, or for direct marketing. A negated phrase ("you cannot object") does not state
 * the right.
 */
export const RIGHTS: readonly Right[] = [
  {
    id: 'access',
    name: 'right of access to personal information',
    section: 's23',
    anywhere: [
      /\bright\s+(?:of|to)\s+(?:request\s+)?access\b/i,
      enumerated('access'),
      /\b(?:data\s+)?subject\s+access\s+requests?\b|\bDSARs?\b/,
      /\b(?:section|s\.?)\s?23\b(?!\s*(?:years|days|%))/i,
      /\b(?:a\s+)?(?:cop(?:y|ies)|record|description)\s+of\s+(?:the\s+|your\s+|their\s+|any\s+|all\s+|such\s+)?(?:personal\s+)?(?:data|information|info)\b/i,
      // s23(1)(a): "confirm whether we hold", "establish and confirm if we have data about you",
      // in a third-person notice "confirmation of whether the Municipality holds their information".
      /\bconfirm(?:ation)?\s+(?:as\s+to\s+)?(?:of\s+)?(?:whether|if)\s+(?:or\s+not\s+)?(?:we|I|your|the\s+responsible\s+party|(?:the\s{1,3})?[\p{L}-]{2,30}\s{1,3}(?:holds?|has|keeps?|processes)\s{1,3}(?:any\s{1,3})?(?:their|your|his|her|personal|data|information|records?)|it\s{1,3}(?:holds?|has|keeps?))\b/iu,
      // "know what information we hold"; a sole trader's "Ask what information I hold about you".
      /\b(?:know|ask)\s+(?:what|which|whether)\s+(?:personal\s+)?(?:data|information)\s+(?:(?:we|I)\s+(?:hold|have|keep|store|process|collect)|is\s+(?:held|collected|processed))/i,
      // s23(1)(a) in the reader's words: "ask whether we hold personal information about you".
      /\b(?:know|ask|find\s{1,3}out|enquire|inquire|establish)\s{1,3}(?:whether|if)\s{1,3}(?:or\s{1,3}not\s{1,3})?(?:we|I|the\s{1,3}[\p{L}-]{2,30})\s{1,3}(?:holds?|has|have|keeps?)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3})?(?:data|information|info|records?)\b/iu,
    ],
    inContext: [
      /\baccess(?:ing)?\s+(?:to\s+)?(?:all\s+|any\s+)?(?:of\s+)?(?:(?:your|the|their)\s*)?(?:own\s+)?(?:personal\s+)?(?:data|information|info|details|records)\b/i,
      /\baccess(?:ing)?(?:\s+to)?\s*(?:,|\bor\b|\band\b|&|\/)\s*(?:and\s+|or\s+)?(?:correct|rectif|updat|amend|delet|eras|destr|edit|modif|object)/i,
      /\b(?:you\s+(?:may|can|have\s+the\s+right\s+to|are\s+entitled\s+to)\s+(?:request\s+)?access|request\s+access|(?:give|grant|provide)\s+you\s+(?:with\s+)?access)\b/i,
      /^[\s*_]{0,4}(?:the\s+)?(?:right\s+(?:of|to)\s+)?access\b(?!\s+(?:controls?|restrictions?|management|logs?|tokens?|keys?|rights|levels?)\b)/i,
      ...PLAIN_RIGHTS.access,
      // "show you what info we have about you", "view their child's records".
      /\b(?:show|tell)\s{1,3}(?:you|them)\s{1,3}(?:what|which|all)\s{1,3}(?:(?:personal\s{1,3})?(?:data|information|info|details|records)\s{1,3})?we\s{1,3}(?:hold|have|keep|store|process|collect(?:ed)?)\b/i,
      /\b(?:see|view|inspect|review|consult)\s{1,3}(?:your|their|his|her)\s{1,3}(?:own\s{1,3}|child['’]s\s{1,3}|children['’]s\s{1,3})?(?:personal\s{1,3})?(?:data|information|info|details|records?|files?)\b/i,
      // "inspect the personal information the school holds", "request a copy of it".
      /\b(?:see|view|inspect|review|consult|obtain)\s{1,3}the\s{1,3}(?:personal\s{1,3})?(?:data|information|info|records?)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:we|I|the\s{1,3}[\p{L}-]{2,30}|it)\s{1,3}(?:holds?|has|have|keeps?)\b/iu,
      /\b(?:request|obtain|receive|get)\s{1,3}(?:a\s{1,3})?cop(?:y|ies)\s{1,3}of\s{1,3}(?:it|them)\b/i,
      // "see, fix or remove my details", "view and correct your information": access with other rights sharing the object.
      /\b(?:see|view|inspect|review)(?:,?\s{1,3}(?:(?:and|or|and\/or)\s{1,3})?(?:fix|correct|update|amend|change|edit|remove|delete|erase)){1,3}\s{1,3}(?:your|my|their)\s{1,3}(?:own\s{1,3})?(?:personal\s{1,3})?(?:data|information|info|details|records?)\b/i,
    ],
  },
  {
    id: 'correction',
    name: 'right to request correction of personal information',
    section: 's24(1)(a)',
    anywhere: [
      /\brectif(?:y|ying|ied|ication)\b/i,
      enumerated('correction|rectification'),
      /\b(?:section|s\.?)\s?24\b(?!\s*(?:years|days|hours|%))/i,
      /\bcorrect(?:ing|ed)?\s+(?:any\s+|the\s+)?(?:inaccurate|incorrect|incomplete|outdated|out-of-date|out\s+of\s+date|misleading|wrong|errors?|mistakes?)\b/i,
      /\b(?:update|amend|edit|modify|change|fix|complete)\s+(?:any\s+)?(?:inaccurate|incorrect|incomplete|outdated|out-of-date|misleading|wrong)\b/i,
    ],
    inContext: [
      /\bcorrect(?:ion|ions|ing)?\s+(?:of\s+)?(?:your|the|their|any|personal|data|information|it|them|this|such)\b/i,
      /\bcorrections?\b/i,
      /\b(?:correct|updat|amend|rectif|edit|modif|alter)\w{0,4}\b[^.;]{0,30}?\b(?:delet|eras|remov|destr)/i,
      /\b(?:update|amend|edit|modify|change)\s+(?:your|the|their|this|that|such|any)\s+(?:personal\s+|account\s+|profile\s+)?(?:data|information|info|details|profile)\b/i,
      /\baccess(?:ing)?\s*(?:,|\bor\b|\band\b|&|\/)\s*(?:and\s+|or\s+)?(?:correct|rectif|updat|amend|edit)/i,
      /^[\s*_]{0,4}(?:the\s+)?(?:right\s+to\s+)?(?:correct(?:ion)?|update|edit|amend)\b/i,
      // The passive of a request: "you may request that such data be updated or corrected".
      /\b(?:be|been|get|have\s{1,3}(?:it|them|errors|mistakes|inaccuracies))\s{1,3}(?:(?:updated|amended|completed)\s{1,3}(?:or|and|and\/or)\s{1,3})?(?:corrected|rectified)\b/i,
      ...PLAIN_RIGHTS.correction,
      // "have wrong details corrected", "get any mistakes fixed".
      /\b(?:have|get)\s{1,3}(?:(?:any|the|my|your|their|wrong|incorrect|inaccurate|outdated)\s{1,3}){1,2}(?:data|information|details|records?|mistakes|errors)\s{1,3}(?:corrected|rectified|fixed|updated)\b/i,
    ],
  },
  {
    id: 'deletion',
    name: 'right to request deletion or destruction of personal information',
    section: 's24(1)',
    anywhere: [
      /\beras(?:e|ed|ure|ing)\b/i,
      enumerated('deletion|erasure|destruction'),
      /\bright\s+to\s+be\s+forgotten\b/i,
      /\b(?:destroy|destruction)\b[^.;]{0,20}?\b(?:or|and)\s+delet/i,
      /\bdelet(?:e|ion)\b[^.;]{0,20}?\b(?:or|and)\s+(?:destroy|destruction)/i,
      /\b(?:request|ask)\w{0,3}\b[^.;]{0,40}?\b(?:delet(?:e|ed|ion)|remov(?:e|al)|destr(?:oy|oyed|uction))\b/i,
    ],
    inContext: [
      // Not the reader's own housekeeping: "you can manage or delete cookies in your browser".
      /\bdelet(?:e|es|ed|ion|ing)\b(?!\s{1,3}(?:(?:all|any|the|your|these|those|such|stored)\s{1,3})?(?:cookies|browser|cache|(?:browsing\s{1,3})?history|local\s{1,3}storage)\b)/i,
      /\bdestr(?:oy|oyed|uction)\b/i,
      /\bremov(?:e|al\s+of)\s+(?:your|the|all)\s+(?:personal\s+)?(?:data|information|account)\b/i,
      ...PLAIN_RIGHTS.erasure,
    ],
  },
  {
    id: 'objection',
    name: 'right to object to processing',
    section: 's11(3)',
    anywhere: [
      /\bright\s+(?:to|of)\s+(?:object|objection)\b/i,
      enumerated('objection'),
      /\bobject(?:ing)?,?\s+(?:(?:at\s+any\s+time|on\s+reasonable\s+grounds|in\s+the\s+prescribed\s+manner),?\s+)?to\s+(?:the\s+|our\s+|any\s+|us\s+|its\s+|their\s+|your\s+|certain\s+)?(?:processing|profiling|direct\s+marketing|marketing|use|us\s+using|how\s+we)\b/i,
      /\bobjections?\s+(?:to|against)\s+(?:the\s+|our\s+|any\s+)?(?:processing|profiling|direct\s+marketing|use)\b/i,
      /\b(?:section|s\.?)\s?11\s?\(3\)/i,
    ],
    // "you may object", also in the third person ("Members may object").
    inContext: [/\b(?:you\s+(?:may|can|have\s+the\s+right\s+to)|(?:may|can|could|are\s+(?:entitled|free)\s+to))\s+(?:also\s+)?object\b/i, /\b(?:if|where|when|should)\s+you\s+object\b/i, /^[\s*_]{0,4}(?:the\s+)?(?:right\s+to\s+)?object(?:ion)?s?\b/i, /\bobjection\b/i, /\b(?:and|or)\s+to\s+object\b/i, ...PLAIN_RIGHTS.objection,
      // "object to the school processing their information", "object to Acme using it".
      /\bobject(?:ing)?\s{1,3}to\s{1,3}(?:the\s{1,3}|our\s{1,3}|its\s{1,3})?(?:[\p{L}'’-]{1,20}\s{1,3}){0,2}?(?:processing|using|handling)\b/iu,
    ],
  },
];

/** A pointer to the PAIA manual, through which access requests are made (POPIA s25; PAIA s51). */
const PAIA = /\bPAIA\b|\bPromotion\s+of\s+Access\s+to\s+Information\s+Act\b|\b(?:section|s\.?)\s?51\s+manual\b|\b(?:information|access\s+to\s+information)\s+manual\b/i;

/** A POPIA right as a list item's label ("- **Access** – …", "Objection: …"); plain text keeps the emphasis marks. */
const RIGHT_LABEL =
  /^[\s*_]{0,4}(?:the\s+)?(?:right\s+(?:of|to)\s+)?(?:access|correct(?:ion)?|rectif(?:y|ication)|delet(?:e|ion)|eras(?:e|ure)|destruction|object(?:ion)?|complaints?)\b[\s*_]{0,4}(?:$|[-–—:(/])/i;

const CUES: RightsCues = { heading: RIGHTS_HEADING, cue: RIGHTS_CUE, label: RIGHT_LABEL };

export default defineRule({
  meta: {
    id: 'popia/data-subject-rights',
    description:
      'The policy informs data subjects of their rights of access, correction, deletion and objection, and points to the PAIA manual for access requests.',
    reference: 'POPIA s18(1)(h)(iii)–(iv), s23, s24, s11(3), s25; PAIA s51',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      ignore: {
        type: 'string[]',
        default: [],
        description: 'Items not to check, by id: access, correction, deletion, objection, paia.',
      },
    },
    messages: {
      missingRight: {
        text: 'The policy does not inform data subjects of the {right} (POPIA {section}).',
        severity: 'error',
        suggestion: 'In the "Your rights" section, state that data subjects may exercise the {right} (POPIA {section}) and how to do so.',
      },
      paiaManual: {
        text: 'The policy does not point to the PAIA manual, through which requests for access to personal information are made (POPIA s25; PAIA s51).',
        severity: 'info',
        suggestion: 'Say where the PAIA manual (Promotion of Access to Information Act 2 of 2000, s51) is available and that access requests may be made with its forms.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const ignored = new Set(context.options.ignore);
    const reading = readRights(doc, CUES);
    const at = missingAt(doc, RIGHTS_HEADING);
    for (const right of RIGHTS) {
      if (ignored.has(right.id)) continue;
      const item = `${right.name} (${right.section})`;
      if (reading.noData) {
        context.evidence({ item, status: 'not-applicable', at: reading.noData });
        continue;
      }
      const stated = reading.find(right);
      if (stated) {
        context.evidence({ item, status: 'met', at: stated });
        continue;
      }
      context.evidence({ item, status: 'missing' });
      context.report({ messageId: 'missingRight', data: { right: right.name, section: right.section }, at });
    }
    if (ignored.has('paia')) return;
    const item = 'PAIA manual for access requests (s25; PAIA s51)';
    if (reading.noData) {
      context.evidence({ item, status: 'not-applicable', at: reading.noData });
      return;
    }
    for (const sentence of reading.sentences) {
      const m = PAIA.exec(sentence.text);
      if (m) {
        context.evidence({ item, status: 'met', at: sentence.rangeOf(m.index, m.index + m[0].length) });
        return;
      }
    }
    context.evidence({ item, status: 'missing' });
    context.report({ messageId: 'paiaManual', at });
  },
});
