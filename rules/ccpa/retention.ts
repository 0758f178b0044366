import { defineRule } from '../../src/engine/index.js';
import { durationsInBlock, isNegated, missingAt, questionBefore } from '../../src/model/index.js';
import type { Block, PolicyDocument, Section, Sentence } from '../../src/model/index.js';
import { stripQaLabel } from '../shared/answers.js';
import { referenceTo } from './shared/cross-reference.js';

// The CCPA asks for the retention period of EACH category of personal information, or the
// criteria that decide it (Cal. Civ. Code §1798.100(a)(3)). A notice with no concrete
// retention statement (a period, an ending event, a statutory criterion) gives that for no
// category, so this rule reports it itself (`missing`, `vague`) in CCPA words; it warns with
// `global` when the concrete statements all speak of personal information as a whole.
// `retention-period` reads the same text under every law: its `vague` marks the phrase, this
// rule's `vague` the missing per-category answer (see docs/rules/ccpa/retention.md).

/** Headings of the section where a reader looks for retention ("Data Retention", "How long we keep your data"). */
const RETENTION_HEADING = /\b(?:retention|retain(?:ed|ing)?|how\s+long|keep(?:ing)?|kept|storage\s+(?:period|duration|limitation))\b/i;
/** Sections whose durations are cookie lifetimes, not retention of categories of personal information. */
const COOKIE_HEADING = /\b(?:cookies?|tracking|trackers?|local\s+storage)\b/i;
/**
 * Words that make a sentence a retention statement outside a retention section, also storing
 * or holding data for a period ("we will store any personal information you give us for 10 years").
 * "Keep" that keeps something in a state is no retention: "keep your account secure", "keep registries working".
 */
const RETENTION_WORD =
  /\b(?:retain(?:s|ed|ing)?|retention|kept|keep(?:s|ing)?(?!\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:secure|safe|running|working|up[- ]to[- ]date|informed|in\s{1,3}touch|track|going|reliable|out|away|private|confidential)\b)|stor(?:e|es|ed)\s+(?:for|until)|purg(?:e|es|ed)|delet(?:e|es|ed)|eras(?:e|es|ed)|destroy(?:s|ed)?|anonymi[sz](?:e|es|ed))\b|\b(?:stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|maintain(?:s|ed|ing)?|keep(?:s|ing)?)\b[^.;]{0,60}?\b(?:for\s+(?:up\s+to\s+|at\s+least\s+|a\s+(?:maximum|minimum|period)\s+of\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an)\s+(?:days?|weeks?|months?|years?)|until)\b/i;
/** A reference to a named retention section of another document. */
const RETENTION_REFERENCE = /\bretention\b|\bretain\w{0,3}\b|\bhow\s{1,3}long\b/i;
/** Where a missing statement is reported: the retention heading, else a storage heading. */
const MISSING_AT = /\b(?:retention|retain(?:ed|ing)?|how\s+long|keep(?:ing)?|kept|deletion|storage|stor(?:e|ed|ing))\b/i;
/** A sentence about a consumer's right to deletion ("you may ask us to delete it") states no practice. */
const RIGHT_TO_DELETE = /\b(?:rights?|requests?|ask|require|direct)\b/i;
/**
 * Deletion words that make no retention statement: the reader's own action ("You can update or
 * delete your account information") and data described as anonymised ("We may disclose
 * aggregated or anonymized information").
 */
const NOT_RETENTION =
  /\byou\s{1,3}(?:can|may|could|are\s{1,3}able\s{1,3}to)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}(?:or\s{1,3})?){0,3}?(?:delete|erase|remove)\b|\banonymi[sz]ed\s{1,3}(?:information|data|statistics|reports?)\b/i;
/**
 * The reader's own deletion as a condition ("If you delete your posts, copies may remain in
 * cached pages"): no retention statement unless another retention word follows ("…, we
 * retain backups"), which the sentence is then read for.
 */
const READER_DELETES = /\b(?:if|when|once|after)\s{1,3}you\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:delete|erase|remove)\b/gi;
/** A section or table column about the consumer's rights: "Delete" there names the right to delete. */
const RIGHTS_HEADING = /\brights?\b/i;
/**
 * A sentence about the consumer's rights ("the right to access … cannot be enforced after the
 * retention period"): it names the period, it keeps nothing. With a duration of its own it is
 * read as usual ("records of requests under the right to delete are kept for 24 months").
 */
const ABOUT_RIGHTS = /\bthe\s{1,3}rights?\s{1,3}(?:to|of)\s{1,3}(?:access|erasure|deletion|delete|rectification|correct(?:ion)?|(?:data\s{1,3})?portability|object|restrict(?:ion)?|know|be\s{1,3}forgotten)\b/i;
/** A labelled line, "Logs: 90 days", "**Order history:** 5 years": the label before the colon. */
const LABEL = /^[^:.;]{1,60}:/;
/** Table columns that hold a retention period. */
const RETENTION_COLUMN = /\b(?:retention|retained|period|duration|how\s+long|kept|deleted|storage)\b/i;

/**
 * Criteria that end a retention period (accepted by §1798.100(a)(3) "or if that is not
 * possible, the criteria used to determine that period"): an ending event, a statutory
 * period, or a named operational purpose.
 */
const CRITERION = new RegExp(
  [
    String.raw`\buntil\s+(?:(?:the|your|you|an?|it|they|its|their|is|are|has|have|been|manually|we|receipt\s+of)\s+){0,4}(?:delet\w*|remov\w*|revok\w*|revoc\w*|expir\w*|clos\w*|cancel\w*|terminat\w*|unsubscrib\w*|opt(?:s|ed)?[- ]?out|withdraw\w*|request\w*|ask\s+us|tell\s+us|object\w*|account|subscription|contract|end|completion|resolution|deactivat\w*)`,
    String.raw`\bwhile\s+(?:(?:your|the|you|an?|its|their|it|they)\s+){0,2}(?:account|subscription|contract|relationship|membership|customer|user|service|remain|have|use|maintain|active)\w*`,
    String.raw`\b(?:duration|lifetime|life|term|length)\s+of\s+(?:(?:the|your|an?|its|their|each)\s+)?(?:account|subscription|contract|relationship|agreement|membership|engagement|employment)`,
    String.raw`\bas\s+long\s+as\s+(?:(?:the|your|an?)\s+)?(?:you|account|subscription|contract|relationship|membership|user|customer)\b`,
    String.raw`\b(?:after|following|upon|from)\s+(?:(?:the|your|an?|its)\s+)?(?:account\s+|contract\s+|subscription\s+)?(?:closure|deletion|termination|cancell?ation|expiry|expiration|deactivation|revocation)\b`,
    String.raw`\b(?:required|mandated|prescribed)\s+(?:by|under)\s+(?:(?:the|applicable|relevant|local|tax|statutory|[\w-]+)\s+){0,3}(?:laws?|legislation|regulations?|statutes?)\b`,
    String.raw`\bstatutory\s+(?:retention\s+)?(?:periods?|obligations?|requirements?)`,
    String.raw`\bas\s+long\s+as\s+(?:is\s+|it\s+is\s+)?(?:reasonably\s+|strictly\s+)?(?:necessary|needed|required)\s+to\s+(?:provide|deliver|perform|operate|comply|resolve|enforce|maintain)\b`,
    // "for the period necessary to comply with our legal obligations, resolve disputes …": the same criterion.
    String.raw`\bfor\s+(?:the|a)\s+(?:period|time)\s+(?:(?:that|which)\s+is\s+|of\s+time\s+)?(?:reasonably\s+|strictly\s+)?(?:necessary|needed|required)\s+to\s+(?:provide|deliver|perform|operate|comply|resolve|enforce|maintain)\b`,
    String.raw`\b(?:after|once|when|until)\s+(?:your|the)\s+account\s+(?:is|has\s+been|was)\s+(?:closed|deleted|terminated|deactivated|cancell?ed)`,
    String.raw`\b(?:when|once|after|if|until)\s+you\s+(?:\w+\s+){0,2}?(?:delete|close|cancel|terminate|deactivate)\w*\s+(?:your\s+|the\s+)?account`,
    String.raw`\b(?:immediately|indefinitely)\b`,
  ].join('|'),
  'i',
);

/** Criteria clauses that name an account or contract as the event, not as a category of data. */
const CRITERION_CLAUSE = new RegExp(`(?:${CRITERION.source})[^.;,]{0,40}`, 'gi');

/**
 * Categories of personal information a retention statement may name. One list: a statement
 * that names none of these after its criteria are removed speaks of personal information
 * as a whole ("We retain your personal information while your account is active").
 */
const CATEGORY =
  /\b(?:account(?:s|\s+(?:data|information|details|records))?|profiles?|contact\s+(?:details|information|data)|(?:e-?mail|postal|home|mailing)\s+addresses|e-?mail\s+lists|subscribers?|phone\s+numbers|billing|payments?|invoices?|transactions?|purchase|order(?:s|\s+history)?|financial|tax\s+records|logs?|log\s+files|backups?|analytics|telemetry|usage\s+(?:data|information|metrics)|support\s+(?:tickets?|requests?|correspondence|communications?|data)|communications?|correspondence|marketing|newsletter|preferences|device\s+(?:data|information|identifiers)|identifiers|IP\s+addresses|location|geolocation|content|uploads?|files|messages|recordings?|audit|credentials|tokens?|keys|sessions?|applicants?|candidates?|job\s+applications?|employees?|HR|biometric|health|sensitive\s+personal\s+information|inferences|commercial\s+information|internet\s+(?:or\s+other\s+)?(?:network\s+)?activity|professional|education(?:al)?|audio|visual|customer\s+records|deleted\s+(?:data|accounts?)|game\s+(?:progress|data|saves?)|(?:saved\s+)?progress|scores|saved\s+games|(?:chat|purchase|order|browsing|search|viewing|watch|listening|medical|clinical|academic)\s+(?:history|records)|photos|videos|posts|comments|reviews|resumes|CVs)\b/i;

/**
 * A label that names a kind of record in the business's own words ("Donor records:", "Email
 * list:", "CCTV footage:", "Volunteer files:", "Membership register:"): a category, though not
 * one of the list above; also on the line after a title glued to it. At least one word before the record noun, and not a word that means
 * everything ("Personal information:", "All data:", "Your details:").
 */
const LABELLED_RECORDS =
  /(?:^|\n)[ \t*_•-]{0,4}(?!(?:personal|your|all|the|our|other|any|user|customer|collected|general|retention|storage)\b)(?:[\p{L}'’&-]{2,20}\s{1,3}){1,3}?(?:records?|files?|lists?|registers?|footage|recordings?|forms?|histor(?:y|ies)|logs?|details|data|information|documents?|archives?|notes|applications?|receipts?)[\s*_]{0,2}:/iu;

/** "We retain each category of personal information for …", "retention periods for each category are listed below". */
const PER_CATEGORY = /\b(?:for\s+each|each|every|per|by)\s+(?:category|categories|type|kind)\s+of\s+(?:personal\s+|sensitive\s+personal\s+)?(?:data|information)\b|\b(?:per|by)\s+(?:data\s+)?category\b/i;

/**
 * The criteria listed as such: "we consider how long we need it to provide the service, whether
 * you still have an account, and our legal obligations", "the criteria we use include …".
 * At least two, so "we consider your privacy" is none.
 */
const CRITERIA_LIST =
  /\b(?:we\s{1,3}consider|we\s{1,3}take\s{1,3}into\s{1,3}account|criteria\s{1,3}(?:we\s{1,3}use\s{1,3})?(?:include|are)|factors\s{1,3}(?:we\s{1,3}consider\s{1,3})?(?:include|are))\b[^.;]{0,100}?,[^.;]{0,100}?\b(?:and|or)\b/i;
/** "How long we keep data depends on the category: …": with criteria, they are per category. */
const DEPENDS_ON_CATEGORY = /\b(?:depends?|depending|varies|vary|differs?)\s{1,3}(?:(?:up)?on|by|with|according\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:category|type|kind)\b/i;

/** "We do not collect or store any personal data": nothing to retain. */
const NOTHING_KEPT =
  /\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never)\s+(?:(?:collect|store|retain|keep)(?:\s*,\s*|\s+(?:or|and|nor)\s+)?){1,3}(?:(?<!\s)\s+)?any\s+(?:personal\s+)?(?:data|information)\b/i;

function inSection(section: Section | null, pattern: RegExp): boolean {
  for (let s = section; s; s = s.parent) if (s.level > 0 && pattern.test(s.title)) return true;
  return false;
}

const isProse = (b: Block): boolean => b.kind !== 'code' && b.kind !== 'navigation' && b.kind !== 'heading';

function durationsIn(doc: PolicyDocument, s: Sentence): number {
  return durationsInBlock(doc, s.block).filter((d) => d.range.start.offset >= s.range.start.offset && d.range.end.offset <= s.range.end.offset).length;
}

/** Only the reader's own deletion makes the sentence look like a retention statement. */
function readerDeletesOnly(text: string): boolean {
  if (!/\byou\b/i.test(text)) return false;
  const rest = text.replace(READER_DELETES, ' ');
  return rest !== text && !RETENTION_WORD.test(rest);
}

/** A statement as quoted in a message: one line, at most 80 characters. */
function quote(s: Sentence): string {
  const text = s.text.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

interface Unit {
  sentence: Sentence;
  specific: boolean;
  structured: boolean;
}

export default defineRule({
  meta: {
    id: 'ccpa/retention',
    description: 'The policy gives the retention period (or its criteria) for each category of personal information, not one period for everything.',
    reference: 'Cal. Civ. Code §1798.100(a)(3)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not say how long any category of personal information is kept, nor the criteria that decide it (Cal. Civ. Code §1798.100(a)(3)).',
        severity: 'warning',
        suggestion:
          'Add a "How long we keep your personal information" section with a period or criterion for each category you collect, e.g. "Identifiers: until account deletion + 30 days", "Internet activity (logs): 90 days", "Commercial information (invoices): 7 years (tax law)".',
      },
      vague: {
        text: 'Retention is stated only as "{text}", with no period or criteria for any category of personal information (Cal. Civ. Code §1798.100(a)(3)).',
        severity: 'warning',
        suggestion:
          'Give each category you collect a period or the criteria that set it, e.g. "Identifiers: until account deletion + 30 days", "Internet activity (logs): 90 days", "Commercial information (invoices): 7 years (tax law)".',
      },
      global: {
        text: 'Retention is stated only for personal information as a whole ("{text}"); the CCPA asks how long each category of personal information is kept, or the criteria for each (Cal. Civ. Code §1798.100(a)(3)).',
        severity: 'warning',
        suggestion:
          'List the categories you collect with a period or criterion for each, e.g. a table "Category | Retention": "Identifiers and account data | until account deletion + 30 days", "Internet activity (logs) | 90 days", "Commercial information (invoices) | 7 years (tax law)".',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'retention period for each category of personal information';
    const units: Unit[] = [];
    let vague: Sentence | undefined;
    // The block of a retention statement that says it depends on the category, awaiting its criteria.
    let dependsIn: Block | undefined;
    // A table of contents repeats the headings, one per line ("[Our Retention of Personal Data](#…)"): no statement.
    const titles = new Set(doc.sections.map((section) => section.title.trim().toLowerCase()));
    for (const s of doc.sentences) {
      const block = s.block;
      if (!isProse(block) || titles.has(block.text.trim().toLowerCase())) continue;
      if (NOTHING_KEPT.test(s.text) && !CRITERION.test(s.text)) {
        context.evidence({ item, status: 'not-applicable', at: s });
        return;
      }
      if (inSection(block.section, COOKIE_HEADING) || /\bcookies?\b/i.test(s.text)) continue;
      // "Retention depends on the type of record. We take into account …": the criteria follow.
      if (dependsIn === block && CRITERIA_LIST.test(s.text)) {
        context.evidence({ item, status: 'met', at: s });
        return;
      }
      // Also the answer to "How long do you keep my data?" asked just before it.
      const asked = questionBefore(doc, s);
      const inRetention =
        inSection(block.section, RETENTION_HEADING) ||
        (block.cell?.columnHeader !== undefined && RETENTION_COLUMN.test(block.cell.columnHeader)) ||
        (asked !== undefined && RETENTION_HEADING.test(asked));
      const word = RETENTION_WORD.exec(s.text);
      // "Logs: 30 days" names a category and its period without a retention word.
      const label = !inRetention && !word ? LABEL.exec(stripQaLabel(s.text)) : null;
      if (label && (CATEGORY.test(label[0]) || LABELLED_RECORDS.test(label[0])) && (durationsIn(doc, s) > 0 || CRITERION.test(s.text))) {
        units.push({ sentence: s, specific: true, structured: block.kind === 'listItem' || block.kind === 'tableCell' });
        continue;
      }
      if (!inRetention && !word) continue;
      if (word && !inRetention && isNegated(s.text, word.index)) continue;
      if (PER_CATEGORY.test(s.text)) {
        context.evidence({ item, status: 'met', at: s });
        return;
      }
      const periods = durationsIn(doc, s);
      if (periods === 0 && ABOUT_RIGHTS.test(s.text)) continue;
      const criterion = CRITERION.test(s.text) || CRITERIA_LIST.test(s.text);
      if (DEPENDS_ON_CATEGORY.test(s.text)) {
        if (criterion) {
          context.evidence({ item, status: 'met', at: s });
          return;
        }
        dependsIn = block;
      }
      // A question ("Q: How long do you keep my data?") states no practice; its answer is read on its own.
      if (periods === 0 && !criterion && /\?[\s*_]{0,4}$/.test(s.text)) continue;
      if (periods === 0 && !criterion) {
        // A retention statement without a period or criterion ("as long as necessary").
        const aboutRight = RIGHT_TO_DELETE.test(s.text) || inSection(block.section, RIGHTS_HEADING) || RIGHTS_HEADING.test(block.cell?.columnHeader ?? '');
        if ((inRetention || !aboutRight) && !NOT_RETENTION.test(s.text) && !readerDeletesOnly(s.text)) vague ??= s;
        continue;
      }
      // What the statement is about, once its ending events ("while your account is active") are removed.
      const subject = s.text.replace(CRITERION_CLAUSE, ' ');
      const structured = block.kind === 'listItem' || block.kind === 'tableCell';
      units.push({ sentence: s, specific: CATEGORY.test(subject) || LABELLED_RECORDS.test(s.text), structured });
    }

    if (units.length === 0) {
      // "See the “Retention” section of our Privacy Policy": given there (a notice at collection may point to it, 11 CCR §7012).
      const reference = referenceTo(doc, RETENTION_REFERENCE);
      if (reference) {
        context.evidence({ item, status: 'met', at: reference.at });
        return;
      }
      // No period or criterion for any category: §1798.100(a)(3) is not met at all.
      if (vague) {
        context.report({ messageId: 'vague', data: { text: quote(vague) }, at: vague });
        context.evidence({ item, status: 'partial', at: vague });
      } else {
        context.report({ messageId: 'missing', at: missingAt(doc, MISSING_AT) });
        context.evidence({ item, status: 'missing' });
      }
      return;
    }
    // A table of periods, a list of periods, or statements that name categories.
    const structuredUnits = units.filter((u) => u.structured);
    const specificUnits = units.filter((u) => u.specific);
    const multiInOne = units.some((u) => durationsIn(doc, u.sentence) + (CRITERION.test(u.sentence.text) ? 1 : 0) >= 2 && u.specific);
    if (structuredUnits.length >= 2 || specificUnits.length >= 2 || (specificUnits.length >= 1 && units.length >= 2) || multiInOne) {
      context.evidence({ item, status: 'met', at: (specificUnits[0] ?? units[0] as Unit).sentence });
      return;
    }
    if (specificUnits.length === 1) {
      // One category with a period and nothing else: too little to say the rest is global.
      context.evidence({ item, status: 'partial', at: (specificUnits[0] as Unit).sentence });
      return;
    }
    const first = units[0] as Unit;
    context.report({ messageId: 'global', data: { text: quote(first.sentence) }, at: first.sentence });
    context.evidence({ item, status: 'partial', at: first.sentence });
  },
});
