import { defineRule } from '../../src/engine/index.js';
import { isNegated } from '../../src/model/index.js';
import type { Range, Section, Sentence } from '../../src/model/index.js';
import { blankAbbreviations } from '../shared/abbreviations.js';

/**
 * Categories of sensitive personal information (Cal. Civ. Code §1798.140(ae)), one list.
 *
 * Left out on purpose: account log-in or card numbers "in combination with any required
 * security or access code, password, or credentials" (§1798.140(ae)(1)(B)). Nearly every
 * online service collects a password to let users sign in, which is a use §7027(m)
 * permits and is not "for the purpose of inferring characteristics" (§1798.121(d)); a rule
 * that fired on "password" would fire on every SaaS policy and teach users to ignore it.
 */
const SENSITIVE: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'Social Security number', pattern: /\b(?:social\s{1,2}security\s{1,2}(?:numbers?|nos?\.?)|SSNs?)\b/i },
  { name: "driver's licence, state ID or passport number", pattern: /\b(?:driver['’]?s['’]?\s{1,2}licen[cs]e|state\s{1,2}identification\s{1,2}card|passport\s{1,2}(?:numbers?|details|data|information|copies|scans?))\b/i },
  { name: 'precise geolocation', pattern: /\b(?:precise|exact|fine|GPS)\s{1,2}(?:geo)?location(?:\s{1,2}(?:data|information))?\b|\bGPS\s{1,2}(?:coordinates|data)\b/i },
  { name: 'racial or ethnic origin', pattern: /\b(?:racial(?:\s{1,2}or\s{1,2}ethnic)?\s{1,2}origin|race(?:\s{1,2}(?:or|and|\/)\s{1,2}ethnicity|,\s{1,2}ethnicity)|ethnicity|ethnic\s{1,2}origin)\b/i },
  { name: 'citizenship or immigration status', pattern: /\b(?:citizenship|immigration)\s{1,2}(?:or\s{1,2}immigration\s{1,2})?status\b/i },
  { name: 'religious or philosophical beliefs', pattern: /\breligio(?:us|n)(?:\s{1,2}(?:or\s{1,2}philosophical\s{1,2})?beliefs?)?\b/i },
  { name: 'union membership', pattern: /\b(?:trade\s{1,2}|labou?r\s{1,2})?union\s{1,2}membership\b/i },
  { name: 'contents of mail, e-mail or text messages', pattern: /\bcontents?\s{1,2}of\s{1,2}(?:your\s{1,2}|a\s{1,2}consumer['’]s\s{1,2}|the\s{1,2})?(?:(?:postal\s{1,2})?mail|e-?mails?|text\s{1,2}messages|SMS(?:\s{1,2}messages)?|private\s{1,2}messages)\b/i },
  { name: 'genetic data', pattern: /\bgenetic\s{1,2}(?:data|information|tests?|testing|profiles?)\b/i },
  { name: 'biometric information', pattern: /\b(?:biometric\s{1,2}(?:data|information|identifiers?|templates?)|fingerprints?|face\s{0,2}prints?|facial\s{1,2}(?:geometry|recognition\s{1,2}data|scans?)|voice\s{0,2}prints?|retina\s{1,2}scans?|iris\s{1,2}scans?)\b/i },
  { name: 'health information', pattern: /\b(?:(?:personal\s{1,2})?health(?:\s{1,2}(?:and|&)\s{1,2}(?:fitness|wellness|well-being))?\s{1,2}(?:data|information|conditions?|records?|status)|heart[- ]rate|medical\s{1,2}(?:information|data|records?|history|conditions?)|mental\s{1,2}health)\b/i },
  { name: 'sex life or sexual orientation', pattern: /\b(?:sex\s{1,2}life|sexual\s{1,2}orientation)\b/i },
  { name: 'neural data', pattern: /\bneural\s{1,2}data\b/i },
  // "Sensitive information" is how many policies name it; a definition or a right is no practice (NOT_A_PRACTICE).
  { name: 'sensitive personal information', pattern: /\bsensitive\s{1,2}(?:personal\s{1,2})?(?:information|data)\b/i },
];

/** Verbs that say the business collects something (or receives it); "scan" only as a verb: "iris or retina scans" collects nothing. */
const COLLECT = /\b(?:collect(?:s|ed|ing)?|gather(?:s|ed)?|obtain(?:s|ed)?|receive[sd]?|process(?:es|ed)?|record(?:s|ed)?|captur(?:e|es|ed)|request(?:s|ed)?|ask\s{1,2}(?:you\s{1,2})?for|require[sd]?|(?:we|to|may|will|can|also)\s{1,2}scan|scann(?:ed|ing)|scans\s{1,2}(?:your|the|an?)|verif(?:y|ies|ied)\s{1,2}(?:your\s{1,2})?(?:identity|age)\s{1,2}(?:using|with))\b/i;
/**
 * "We treat it with extra care", "we store and protect it", "we take special care to protect
 * it", "it is protected using encryption": the business holds what it handles.
 */
const HOLDS =
  /\bwe\s{1,2}(?:(?:also|always|only|carefully)\s{1,2}|take\s{1,2}(?:(?:special|extra|great|particular|additional)\s{1,2})?care\s{1,2}to\s{1,2})?(?:treat|handle|protect|safeguard|secure|store|hold|keep|encrypt)(?:s|ed)?\b|\b(?:is|are)\s{1,2}(?:(?:also|always|carefully)\s{1,2})?(?:protected|safeguarded|secured|encrypted|stored)\s{1,2}(?:using|with|by|in|behind)\b/i;
/** Headings of the section that lists what is collected. */
const COLLECTION_HEADING = /\b(?:information|data|personal\s+information|categories)\s+(?:we|that\s+we|you)\s+(?:collect|provide|receive|process|obtain)|\bwhat\s+(?:information|data)\b|\bcollection\b|\bcategories\s+of\s+personal/i;
/** A definition or a right, not a practice: "sensitive personal information means …", "Right to Limit …". */
const NOT_A_PRACTICE = /\b(?:means|is\s{1,2}defined|includes?\s{1,2}(?:the\s{1,2}following|information\s{1,2}such)|such\s{1,2}as\s{1,2}defined|right\s{1,2}to|(?:please|you\s{1,2}should)\s{1,2}(?:do\s{1,2}not|don['’]t|avoid|refrain)|do\s{1,2}not\s{1,2}(?:include|submit|send|upload|post|share|provide)|if\s{1,2}you\s{1,2}(?:choose\s{1,2}to\s{1,2})?(?:include|submit|send|upload|store|post)|HIPAA|Health\s{1,2}Insurance\s{1,2}Portability)\b/i;

/** Uses beyond §7027(m): advertising, profiling, inferring characteristics, selling or sharing. */
const BEYOND_PERMITTED =
  /\b(?:(?:targeted|personali[sz]ed|interest[- ]based|behavio(?:u)?ral|cross[- ]context)\s{1,2}(?:advertising|ads|marketing)|advertis(?:ing|ers|ements?)|marketing\s{1,2}(?:purposes|campaigns|communications)|for\s{1,2}marketing|profil(?:e|es|ing)\s{1,2}(?:you|users|consumers|individuals)|build(?:ing)?\s{1,2}(?:a\s{1,2})?profiles?|infer(?:ring|ences?)?\s{1,2}(?:characteristics|about\s{1,2}you)|(?:sell|sold|sale\s{1,2}of)|shar(?:e|ed|ing)\s{1,2}(?:it\s{1,2}|them\s{1,2}|this\s{1,2}information\s{1,2})?with\s{1,2}(?:our\s{1,2})?(?:advertising|marketing|ad)\s{1,2}(?:partners|networks))\b/i;

/** The right to limit or its link (§1798.121, §1798.135(a)(2); §7015 alternative link). */
const LIMIT_LINK =
  /\b(?:limit\s{1,2}the\s{1,2}use\s{1,2}(?:and\s{1,2}disclosure\s{1,2})?of\s{1,2}my\s{1,2}sensitive\s{1,2}personal\s{1,2}information|right\s{1,2}to\s{1,2}limit|request(?:s)?\s{1,2}to\s{1,2}limit|limit\s{1,2}(?:the\s{1,2})?(?:our\s{1,2})?(?:use|disclosure|processing)\s{1,2}(?:and\s{1,2}disclosure\s{1,2})?of\s{1,2}(?:(?:your|their|my|his\s{1,2}or\s{1,2}her)\s{1,2})?sensitive|your\s{1,2}(?:california\s{1,2})?privacy\s{1,2}choices)\b/i;

/**
 * The link itself (or the alternative "Your Privacy Choices" link), as opposed to the right
 * named: "You have the right to limit the use of your sensitive personal information" says
 * neither whether the business uses it beyond §7027(m) nor where to limit it.
 */
const LINK_TITLE = /\blimit\s{1,2}the\s{1,2}use\s{1,2}(?:and\s{1,2}disclosure\s{1,2})?of\s{1,2}my\s{1,2}sensitive\b|\byour\s{1,2}(?:california\s{1,2})?privacy\s{1,2}choices\b/i;

/**
 * A statement about how sensitive personal information is used, satisfying 11 CCR §7011(e)(1):
 * "we use sensitive personal information only to provide the Services", "we do not use or
 * disclose sensitive personal information for purposes other than those in §7027(m)", "we do
 * not collect or process it to infer characteristics", "we do not collect sensitive PI", and of a
 * named category: "your Social Security number is used solely to verify your identity, as
 * permitted by §1798.121(a)", and of "them" after the category was named: "We use and disclose
 * them only for the purposes permitted by 11 CCR §7027(m)".
 */
const USE_STATEMENT =
  /\bsensitive(?:\s{1,2}\([^()]{1,40}\))?\s{1,2}(?:personal\s{1,2})?(?:information|data)\b[^.;]{0,160}?\b(?:only|solely|exclusively|purposes?\s{1,2}(?:other\s{1,2}than|permitted|authori[sz]ed|set\s{1,2}(?:forth|out))|permitted|7027|1798\.121|infer(?:ring)?\s{1,2}characteristics|necessary\s{1,2}to\s{1,2}(?:perform|provide)|reasonably\s{1,2}expected|not\s{1,2}subject\s{1,2}to)\b|\b(?:only|solely)\s{1,2}(?:use|process|disclose)\s{1,2}(?:\w+\s{1,2}){0,3}sensitive(?:\s{1,2}\([^()]{1,40}\))?\s{1,2}personal\b|\b(?:do(?:es)?\s{1,2}not|don['’]t|never)\s{1,2}(?:(?:knowingly|intentionally)\s{1,2})?(?:(?:collect|use|process|disclose|sell|share|request)(?:\s*,\s*|\s{1,2}(?:or|and|nor)\s{1,2})?){1,4}\s{0,2}(?:any\s{1,2})?sensitive(?:\s{1,2}\([^()]{1,40}\))?\s{1,2}personal\b|\b(?:used|processed|disclosed)\s{1,2}(?:only|solely|exclusively)\b[^.;]{0,120}?\b(?:as\s{1,2}permitted|7027|1798\.121)|\b(?:use|process|disclose)(?:\s{1,2}(?:and|or)\s{1,2}(?:use|process|disclose))?\s{1,2}(?:it|them|this\s{1,2}information|such\s{1,2}information)\s{1,2}(?:only|solely|exclusively)\b[^.;]{0,80}?\b(?:permitted|7027|1798\.121)/i;

/**
 * §1798.121(d): sensitive personal information collected or processed "without the purpose of
 * inferring characteristics" is outside the right to limit. "… and does not use or disclose them
 * to infer characteristics about you", "we never process this data for the purpose of inferring
 * characteristics".
 */
const NO_INFERENCE =
  /\b(?:do(?:es)?\s{1,2}not|don['’]t|doesn['’]t|never|will\s{1,2}not|won['’]t)\s{1,2}(?:[\w'’]{1,15}\s{1,2}){0,5}?(?:for\s{1,2}the\s{1,2}purposes?\s{1,2}of\s{1,2}|to\s{1,2})infer(?:ring)?\s{1,2}(?:any\s{1,2})?characteristics\b|\bwithout\s{1,2}the\s{1,2}purpose\s{1,2}of\s{1,2}inferring\s{1,2}characteristics\b/i;
/**
 * A named category collected or used for one stated purpose only: "collects Social Security
 * numbers … only to administer payroll", "your driver's licence number is used solely for
 * verifying your identity". The reader is told the whole use; a use beyond §7027(m) named there
 * ("only for targeted ads") is read by BEYOND_PERMITTED first.
 */
const ONLY_FOR = /^[^.;]{0,160}?(?<!\bnot\s)\b(?:only|solely|exclusively)\s{1,2}(?:to|for|in\s{1,2}order\s{1,2}to)\s{1,2}\w/i;

function inCollectionSection(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s.level > 0 && COLLECTION_HEADING.test(s.title)) return true;
  return false;
}

/** "We do not (intentionally) collect special categories (such as health data, religion, or union membership)": the whole list is negated. */
const NOT_COLLECTED = /\b(?:do(?:es)?\s{1,2}not|don['’]t|doesn['’]t|never|will\s{1,2}not|won['’]t)\s{1,2}(?:\w+\s{1,2}){0,2}?(?:collect|process|request|ask\s{1,2}for|require|obtain|receive|store|use)\b/i;

function negated(text: string, index: number): boolean {
  return isNegated(text, index, 80) || NOT_COLLECTED.test(text.slice(Math.max(0, index - 200), index));
}

const isProse = (s: Sentence): boolean => s.block.kind !== 'code' && s.block.kind !== 'navigation';

export default defineRule({
  meta: {
    id: 'ccpa/sensitive-information',
    description:
      'A business that collects sensitive personal information says whether it uses it beyond the purposes of 11 CCR §7027(m), and if it does, offers the "Limit the Use of My Sensitive Personal Information" link.',
    reference: 'Cal. Civ. Code §1798.121, §1798.135(a)(2), §1798.140(ae); 11 CCR §7011(e)(1), §7027',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {},
    messages: {
      noLimitLink: {
        text: 'Sensitive personal information ({category}) is used for "{purpose}", beyond the purposes of 11 CCR §7027(m), but the policy offers no "Limit the Use of My Sensitive Personal Information" link or right to limit (Cal. Civ. Code §1798.121, §1798.135(a)(2)).',
        severity: 'error',
        suggestion:
          'Describe the right to limit the use of sensitive personal information and link to "Limit the Use of My Sensitive Personal Information" (or the "Your Privacy Choices" link), or stop using it for that purpose.',
      },
      useUnstated: {
        text: 'The policy collects sensitive personal information ({category}) but does not say whether it uses or discloses it for purposes other than those of 11 CCR §7027(m) (11 CCR §7011(e)(1); Cal. Civ. Code §1798.121).',
        severity: 'warning',
        suggestion:
          'Add a statement such as "We use sensitive personal information only as necessary to provide our services, as permitted by 11 CCR §7027(m), and not to infer characteristics about you", or describe the right to limit.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'use of sensitive personal information and the right to limit';
    const sentences = doc.sentences.filter(isProse);

    let limit: Range | null = null;
    let link = false;
    let statement: Range | null = null;
    let beyond: { at: Range; category: string; purpose: string } | null = null;
    let collected: { at: Range; category: string } | null = null;
    // Whether the policy lists what it collects (items or cells under "Information we collect").
    let listsCollection = false;

    for (const s of sentences) {
      const text = blankAbbreviations(s.text);
      if (!listsCollection && (s.block.kind === 'listItem' || s.block.cell !== undefined) && inCollectionSection(s.block.section)) listsCollection = true;
      const l = LIMIT_LINK.exec(text);
      if (l && !isNegated(text, l.index)) {
        limit ??= s.rangeOf(l.index, l.index + l[0].length);
        link ||= LINK_TITLE.test(text);
      }
      const u = USE_STATEMENT.exec(text) ?? NO_INFERENCE.exec(text);
      if (u) statement ??= s.rangeOf(u.index, u.index + u[0].length);
      if (NOT_A_PRACTICE.test(text)) continue;

      for (const cat of SENSITIVE) {
        const m = cat.pattern.exec(text);
        if (!m || negated(text, m.index)) continue;
        // A use beyond §7027(m) in the same sentence ("we use your precise location to show you targeted ads").
        const p = BEYOND_PERMITTED.exec(text);
        if (p && !isNegated(text, p.index, 80) && !/\b(?:only|solely)\b/i.test(text.slice(Math.max(0, p.index - 60), p.index)) && /\b(?:we|our|us)\b/i.test(text)) {
          beyond ??= { at: s.rangeOf(p.index, p.index + p[0].length), category: cat.name, purpose: p[0].replace(/\s+/g, ' ') };
        }
        // Collected: said so in the sentence, or listed under "Information we collect".
        const headingOrCell = s.block.kind === 'heading' || (s.block.cell?.header ?? false);
        if (!headingOrCell && (COLLECT.test(text) || HOLDS.test(text) || inCollectionSection(s.block.section) || /\bwe\b[^.;]{0,40}\buse\b/i.test(text))) {
          if (cat.name !== 'sensitive personal information' || COLLECT.test(text) || HOLDS.test(text)) collected ??= { at: s.rangeOf(m.index, m.index + m[0].length), category: cat.name };
        }
        const only = ONLY_FOR.exec(text.slice(m.index));
        if (only && !BEYOND_PERMITTED.test(text.slice(m.index + only[0].length - 1))) statement ??= s.rangeOf(m.index, m.index + only[0].length);
        break;
      }
    }

    if (beyond && !limit) {
      context.report({ messageId: 'noLimitLink', data: { category: beyond.category, purpose: beyond.purpose }, at: beyond.at });
      context.evidence({ item, status: 'missing', at: beyond.at });
      return;
    }
    // A use beyond §7027(m) said in so many words, with the right to limit beside it, answers both questions.
    if (link || statement || (beyond && limit)) {
      context.evidence({ item, status: 'met', at: (statement && !limit ? statement : limit) as Range });
      return;
    }
    // The right to limit named among all the CCPA rights, while the list of what is collected names
    // nothing sensitive: by the policy's own account there is nothing to limit.
    if (limit && !collected && listsCollection) {
      context.evidence({ item, status: 'not-applicable', at: limit });
      return;
    }
    if (limit) {
      // The right named, with no link and no word on whether the use goes beyond §7027(m).
      context.report({ messageId: 'useUnstated', data: { category: collected?.category ?? 'sensitive personal information' }, at: limit });
      context.evidence({ item, status: 'partial', at: limit });
      return;
    }
    if (!collected) {
      // Nothing sensitive collected that the rule can see: nothing to say about its use.
      context.evidence({ item, status: 'not-applicable' });
      return;
    }
    context.report({ messageId: 'useUnstated', data: { category: collected.category }, at: collected.at });
    context.evidence({ item, status: 'missing', at: collected.at });
  },
});
