import { defineRule } from '../../src/engine/index.js';
import type { Jurisdiction } from '../../src/engine/index.js';
import { findSections, isProseBlock, missingAt } from '../../src/model/index.js';
import { runOn } from '../shared/statements.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';

// A breach statement = a breach event (or a block that sits under one: a "Data breach"
// heading, an "In the event of a breach:" lead-in, a table row) + a notification verb
// that the policy's author commits to. Every quantifier below is bounded.

/**
 * Whose data, in up to three words of any kind ("your data", "any ticket-holder data", "their
 * wallet data", "the personal information of"): the event names the data, not a fixed list of owners.
 */
const DATA_NP = String.raw`(?:[\w'’-]{1,25}\s{1,3}){0,3}?(?:data|information|info|accounts?|records|details|files|documents|history|profiles?|messages|photos)\b`;

/** The event: a personal-data breach, security incident or compromise. */
const BREACH_EVENT: RegExp[] = [
  /\b(?:personal[- ])?data[- ]breach(?:es)?\b/gi,
  /\b(?:security|privacy|information|personal information|cyber|confidentiality)(?:[- ]systems?)?[- ]breach(?:es)?\b/gi,
  /\bbreach(?:es)?\s{1,3}of\s{1,3}(?:(?:your|the|our|any|its|their)\s{1,3})?(?:personal\s{1,3}(?:data|information)|data\b|security|information\s{1,3}security|confidentiality|systems?\b|networks?\b|databases?\b|servers?\b)/gi,
  /\b(?:security|data|privacy|cyber(?:security)?|information\s{1,3}security)\s{1,3}(?:incident|compromise)s?\b/gi,
  // "incidents affecting personal data", "if an incident affects your account", "any incident involving
  // ticket-holder data", "a breach affecting hosted data" (a table's row label)
  new RegExp(String.raw`\b(?:incidents?|breach(?:es)?)\s{1,3}(?:affecting|involving|impacting|(?:that\s{1,3})?(?:affects?|involves?|impacts?))\s{1,3}${DATA_NP}`, 'gi'),
  new RegExp(String.raw`\bcompromise\s{1,3}of\s{1,3}${DATA_NP}`, 'gi'),
  // "your data has been compromised", "If your info is ever exposed", "should records get leaked"
  /\b(?:data|info|information|accounts?|records|details|files|documents|laptops?|devices?|phones?|backups?|databases?)\s{1,3}(?:(?:has|have|is|are|was|were|be|gets?|got|may|might|ever|been|somehow|accidentally)\s{1,3}){1,3}(?:compromised|leaked|stolen|lost|exposed(?!\s{1,3}to\b)|hacked|breached)\b/gi,
  // "any loss of your personal data", "theft of customer records" (Art. 4(12): accidental loss is a breach)
  new RegExp(String.raw`\b(?:loss|theft)\s{1,3}of\s{1,3}${DATA_NP}`, 'gi'),
  // "should hackers access your records", "if a hacker gains access to your account"
  new RegExp(String.raw`\bhackers?\s{1,3}(?:(?:gains?|gets?|obtains?)\s{1,3}access\s{1,3}to|access(?:es)?|steals?|obtains?)\s{1,3}${DATA_NP}`, 'gi'),
  // "unauthorised access to member information", "unlawful disclosure of customer payment data"
  // "unauthorised access to their wallet data"
  new RegExp(String.raw`\b(?:unauthori[sz]ed|unlawful)\s{1,3}(?:access\s{1,3}to|acquisition\s{1,3}of|disclosure\s{1,3}of)\s{1,3}${DATA_NP}`, 'gi'),
  // "a hack affecting your data", "a cyber attack that exposes customer information"
  new RegExp(String.raw`\b(?:hacks?|cyber[- ]?attacks?|ransomware\s{1,3}attacks?)\s{1,3}(?:affecting|involving|exposing|(?:that\s{1,3})?(?:affects?|involves?|exposes?|puts?))\s{1,3}${DATA_NP}`, 'gi'),
  /\b(?:accessed|acquired)\s{1,3}by\s{1,3}(?:an?|any)\s{1,3}unauthori[sz]ed\s{1,3}(?:person|party|third\s{1,3}party)\b/gi, // POPIA s22(1)
  /\bdata\s{1,3}leaks?\b/gi,
  /\bbreach[- ](?:notifications?|notices?|reporting|response)\b/gi, // "Breach notification: affected users will be informed", "Breach notice: …"
];

/**
 * "a breach", "any breach", and breaches as the object of a notification verb ("we will report
 * breaches to the regulator"): the event, when the context is about data or security.
 */
const BARE_BREACH =
  /\b(?:a|any|the|such|suspected|potential|actual|confirmed|this|all|these)\s{1,3}breach(?:es)?\b|\b(?:report|notify|communicate)(?:s|ed|ing)?\s{1,3}breach(?:es)?\b/gi;
/** Headings may say just "Breach notification", "Breaches", "Incident notification". */
const HEADING_BREACH = /^\W{0,4}(?:\d{1,2}[.)]?\s{1,3})?breach(?:es)?\b|\bincident\s{1,3}(?:notification|reporting)\b|\bbreach\s{1,3}(?:notification|response|reporting)\b/i;
/** "breach of these Terms", "breach of contract": not a data breach. */
const NOT_DATA_BREACH_AFTER =
  /^\s{1,3}of\s{1,3}(?:(?:this|these|the|our|your|its|any|an?)\s{1,3})?(?:contract|terms|agreement|warrant|dut|obligation|polic|law|statut|condition|covenant|representation|licen|trust|the\s{1,3}peace)/i;
/** "a breach by you of …", "a breach by the customer": the reader's breach, not a data breach. */
const BREACH_BY = /^\s{1,3}by\s{1,3}(?:you|the\s{1,3}(?:user|customer|client|licensee)|a\s{1,3}(?:user|customer))\b/i;
const DATA_CONTEXT = /\b(?:data|information|security|privacy|personal|accounts?|affected|regulators?|authorit(?:y|ies)|Commissioner|ICO|high\s{1,3}risk)\b/i;
/** "protect against data breaches", "to prevent security incidents": a safeguard, not an event. */
const PROTECTIVE_BEFORE =
  /\b(?:against|prevent(?:s|ing)?|protect(?:s|ing)?|safeguard(?:s|ing)?|guard(?:s|ing)?|from|avoid(?:s|ing)?|minimi[sz]e|reduce|mitigate|stop(?:s|ping)?|block(?:s|ing)?|deter(?:s|ring)?|restrict(?:s|ing)?|limit(?:s|ing)?)\s{1,3}(?:(?:the|a|an|any|all|potential|possible|actual|suspected|risk\s{1,3}of|risks\s{1,3}of)\s{1,3}){0,2}$/i;

/** "Loss of data … is prevented by nightly backups": the event as the subject of a safeguard. */
const PROTECTIVE_AFTER = /^[^.;]{0,40}?\b(?:is|are|gets?|being)\s{1,3}(?:prevented|avoided|mitigated|minimi[sz]ed|(?:guarded|protected)\s{1,3}against)\b/i;

/** Notification verbs (and "notification"/"notice" nouns). */
const NOTIFY =
  /\b(?:notif(?:y|ies|ied|ying|ication|ications)|inform(?:s|ed|ing)?|tell(?:s|ing)?|told|alert(?:s|ed|ing)?|communicat(?:e|es|ed|ing|ion)|report(?:s|ed|ing)?|let\s{1,3}(?!us\b|me\b)(?:[\w'’,()-]{1,25}\s{1,3}){1,8}?know|(?:give|provide|send)\s{1,3}(?:you\s{1,3})?(?:written\s{1,3})?notice|(?:make|provide)\s{1,3}(?:(?:any|all|the|such|legally|required|appropriate|necessary)\s{1,3}){0,3}disclosures?|(?:contact|e-?mail|write\s{1,3}to)\s{1,3}(?:you|them|affected\s{1,3}\w{1,20}|those\s{1,3}affected|(?:the\s{1,3})?(?:users|customers|individuals|members|account\s{1,3}holders))|hear\s{1,3}from\s{1,3}us|warn(?:s|ed|ing)?|get\s{1,3}in\s{1,3}touch\s{1,3}with|reach\s{1,3}out\s{1,3}to|(?:receive|be\s{1,3}sent|get)\s{1,3}(?:an?\s{1,3}|written\s{1,3})?(?:e-?mail|notice|notification|letter|message|alert|text))\b/gi;
/** Whom the policy commits to notify. */
const SUBJECTS =
  /\b(?:you|users?|customers?|clients?|individuals?|data\s{1,3}subjects?|affected\s{1,3}(?:parties|persons?|people|account\s{1,3}(?:holders?|owners?)|accounts?)|account\s{1,3}(?:holders?|owners?|administrators?)|members?|consumers?|persons?|people|those\s{1,3}affected|residents?)\b/gi;
const AUTHORITIES =
  /\b(?:(?:supervisory|data\s{1,3}protection|competent|relevant|lead)\s{1,3}authorit(?:y|ies)|authorit(?:y|ies)|regulators?|Information\s{1,3}Regulator|(?:Information\s{1,3})?Commissioner(?:'s\s{1,3}Office)?|(?:Data\s{1,3}Protection\s{1,3})?Commission|ICO|CNIL|DPC|attorneys?\s{1,3}general)\b/gi;
/** A commitment: "we will notify", "must report", "are notified". */
const COMMITMENT = /['’]ll\b|\b(?:will|shall|must|undertake|commit(?:s|ted)?|promise|are\s{1,3}(?:required|obliged|obligated)|is\s{1,3}(?:required|obliged)|we\s{1,3}(?:notify|inform|tell|alert|report|communicate)|(?:are|is|get|gets)\s{1,3}(?:notified|informed|reported|told|alerted|communicated))\b/i;
/** The reader is asked to tell the business: "please notify us", "you must report it to us". */
const READER_REPORTS_BEFORE = /\b(?:please|you\s{1,3}(?:must|should|shall|agree\s{1,3}to|are\s{1,3}(?:required|asked|encouraged|responsible)))\b[^.;]{0,40}$/i;
const READER_REPORTS_AFTER = /^\s{0,3}(?:us\b|it\s{1,3}to\s{1,3}us\b|our\s{1,3}(?:security|support)\b|[^.;]{0,40}\bto\s{1,3}us\b)/i;
const NEGATION = /\b(?:not|never|no\s{1,3}obligation\s{1,3}to|under\s{1,3}no|cannot)\b|n't\b/i;

/**
 * A time frame with no number: the laws' own words and common equivalents, and the law's own
 * deadline by reference ("within the required time", "within the period set by law").
 */
const PROMPTLY =
  /\b(?:without\s{1,3}(?:any\s{1,3})?(?:undue\s{1,3}|unreasonable\s{1,3})?delay|as\s{1,3}(?:soon|quickly|promptly)\s{1,3}as\s{1,3}(?:is\s{1,3})?(?:reasonably\s{1,3})?(?:possible|practicable|feasible|we\s{1,3}can)|(?:in\s{1,3})?the\s{1,3}most\s{1,3}expedient\s{1,3}(?:time|manner)(?:\s{1,3}possible)?|promptly|immediately|forthwith|expeditiously|in\s{1,3}a\s{1,3}timely\s{1,3}(?:manner|fashion)|at\s{1,3}the\s{1,3}earliest\s{1,3}opportunity|(?:right|straight)\s{1,3}away|straightaway|within\s{1,3}(?:a\s{1,3}few|several)\s{1,3}(?:hours|days)|within\s{1,3}(?:the\s{1,3})?(?:legally\s{1,3}|statutorily\s{1,3})?(?:required|prescribed|applicable|statutory|mandated)\s{1,3}(?:time(?:\s{0,1}frames?|\s{1,3}limits?)?|periods?|deadlines?)|within\s{1,3}(?:the\s{1,3})?(?:time(?:\s{0,1}frames?|\s{1,3}limits?)?|periods?|deadlines?)\s{1,3}(?:required|prescribed|set|specified|mandated)\s{1,3}(?:by|under)\s{1,3}(?:(?:the|applicable|relevant)\s{1,3})?laws?)\b/gi;

const NUM_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
  sixty: 60, seventy: 70, ninety: 90, a: 1, an: 1,
};
const NUM = String.raw`\d{1,4}|(?:twenty|thirty|forty|sixty|seventy|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|an?`;
/** "within 72 hours", "no later than seventy-two (72) hours", "within 3 business days", "within 24–48h". */
const WINDOW = new RegExp(
  String.raw`\b((?:within|no\s{1,3}later\s{1,3}than|not\s{1,3}later\s{1,3}than|in\s{1,3}(?:no\s{1,3}more|less)\s{1,3}than|in\s{1,3}under|less\s{1,3}than|inside\s{1,3}(?:of\s{1,3})?|up\s{1,3}to|at\s{1,3}most|a\s{1,3}maximum\s{1,3}of)\s{1,3}(?:the\s{1,3}|a\s{1,3}period\s{1,3}of\s{1,3})?)` +
    String.raw`(${NUM})(?:\s{0,2}\((\d{1,4})\))?(?:\s{0,2}(?:-|–|to|or)\s{0,2}(\d{1,4}))?(?:\s{0,3}|-)(?:(business|working|calendar)(?:\s{1,3}|-))?(hours?|hrs?|h|days?|weeks?|months?)\b`,
  'gi',
);
/** "the 72-hour deadline", "a 30-day window". */
const ADJ_WINDOW = /\b(\d{1,4})[- ](hour|day|week|month)\s{1,3}(?:window|deadline|period|time\s{0,1}frame|limit|notification\s{1,3}(?:window|deadline|period))\b/gi;

const UNIT_HOURS: Readonly<Record<string, number>> = { hour: 1, hr: 1, day: 24, week: 168, month: 720 };

/** "We do not collect any personal data." — nothing to breach; "breach notification does not apply". */
const NOT_APPLICABLE: RegExp[] = [
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don't|never)\s{1,3}(?:collect|store|process|hold|keep|retain)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|data\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:at\s{1,3}all|whatsoever|of\s{1,3}any\s{1,3}kind))?\s{0,3}[.!]?\s{0,3}$/i,
  /\bbreach[- ]notification\b[^.]{0,40}\b(?:does\s{1,3}not|doesn't)\s{1,3}apply\b|\bbreach[- ]notification\b[^.]{0,20}\bnot\s{1,3}applicable\b/i,
];

/** Where a reader would look for breach handling: a breach heading, else the security section. */
const WHERE_TO_LOOK: RegExp[] = [/\bbreach|\bincident/i, /\bsecur/i, /\bprotect/i];

const LAW_STANDARD: Readonly<Record<Jurisdiction, { law: string; words: string }>> = {
  gdpr: { law: 'GDPR Art. 34(1)', words: 'without undue delay' },
  popia: { law: 'POPIA s22(2)', words: 'as soon as reasonably possible' },
  ccpa: { law: 'Cal. Civ. Code §1798.82(a)', words: 'in the most expedient time possible and without unreasonable delay' },
};

interface Window {
  text: string;
  hours: number;
  start: number;
  end: number;
}

type Recipient = 'authority' | 'subjects' | 'unknown';

/** `re.test` for a global regex, leaving `lastIndex` at 0 (matchAll starts from it). */
const test = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
};

/** "72", "seventy-two", "a" → 72, 72, 1. */
function numberOf(word: string): number {
  if (/^\d/.test(word)) return Number(word);
  const [tens = '', ones = ''] = word.toLowerCase().split(/[- ]/);
  return (NUM_WORDS[tens] ?? 0) + (NUM_WORDS[ones] ?? 0);
}

/** Breach events in `text` that are events (not safeguards, not breaches of contract). */
/** A word every BREACH_EVENT and BARE_BREACH match contains: without one, skip the scans. */
const EVENT_WORD = /breach|incident|compromis|leak|stolen|\blost\b|\bloss\b|theft|exposed|hack|attack|unauthori[sz]ed|unlawful|acquired|accessed/i;

function hasBreachEvent(text: string, context: string): boolean {
  if (!EVENT_WORD.test(text)) return false;
  for (const pattern of BREACH_EVENT) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!PROTECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)) && !PROTECTIVE_AFTER.test(text.slice(end, end + 80))) return true;
    }
  }
  if (!DATA_CONTEXT.test(context)) return false;
  for (const m of text.matchAll(BARE_BREACH)) {
    const end = m.index + m[0].length;
    if (NOT_DATA_BREACH_AFTER.test(text.slice(end, end + 60)) || BREACH_BY.test(text.slice(end, end + 30))) continue;
    if (PROTECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    return true;
  }
  return false;
}

function headingIsBreach(title: string): boolean {
  return HEADING_BREACH.test(title) ? !NOT_DATA_BREACH_AFTER.test(title.replace(/^.{0,40}?breach(?:es)?/i, '')) : hasBreachEvent(title, 'data');
}

/** The section chain of a block, nearest first. */
function sectionsOf(block: Block): Section[] {
  const out: Section[] = [];
  for (let s: Section | null = block.section; s && s.level > 0; s = s.parent) out.push(s);
  return out;
}

/** A list item's lead-in ("In the event of a data breach:"), a table row's other cells. */
function surroundings(doc: PolicyDocument, block: Block): string[] {
  const out: string[] = [];
  if (block.kind === 'listItem' || block.kind === 'paragraph') {
    for (let i = block.index - 1; i >= 0 && i >= block.index - 30; i--) {
      const prev = doc.blocks[i] as Block;
      if (prev.kind === 'listItem' && block.kind === 'listItem') continue;
      if (prev.kind === 'paragraph' && /:\s*$/.test(prev.text)) out.push(prev.text);
      break;
    }
  }
  if (block.kind === 'tableCell' && block.cell) {
    const row = block.cell.table.rows[block.cell.row] ?? [];
    for (const cell of row) if (cell !== block) out.push(cell.text);
    if (block.cell.columnHeader) out.push(block.cell.columnHeader);
  }
  return out;
}

/** A table whose column headers say who is told or notified ("Who we tell", "Notified", "When we notify"). */
function notifyingTable(block: Block): boolean {
  const table = block.cell?.table;
  if (!table?.hasHeader) return false;
  return (table.rows[0] ?? []).some((header) => test(NOTIFY, header.text));
}

/** A label opening a sentence ("Breaches: customers are told …", "Security incidents – we tell you …"). */
const LABEL = /^\W{0,4}([^:.;–—]{2,40}?)\s{0,2}(?::|\s[–—-])\s/;

function isUnderBreach(doc: PolicyDocument, block: Block, text: string): boolean {
  if (sectionsOf(block).some((s) => headingIsBreach(s.title))) return true;
  // A table's row label and column header, and a sentence's own label, head what follows like a heading.
  // The label names the event; one with a verb of telling is an instruction ("Report a security incident: …").
  const label = LABEL.exec(text);
  if (label && !test(NOTIFY, label[1] as string) && headingIsBreach(label[1] as string)) return true;
  if (block.cell) return surroundings(doc, block).some(headingIsBreach);
  return surroundings(doc, block).some((t) => hasBreachEvent(t, t));
}

/** Notification verbs the author commits to (not negated, not the reader's duty to tell "us"). */
function notifications(text: string, underBreach: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const committed = COMMITMENT.test(text) || test(WINDOW, text) || test(PROMPTLY, text);
  for (const m of text.matchAll(NOTIFY)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 50);
    if (READER_REPORTS_BEFORE.test(before) || READER_REPORTS_AFTER.test(after)) continue;
    const clause = (before.split(/[,;:]/).pop() ?? '').slice(-30);
    if (NEGATION.test(clause)) continue;
    if (!committed && !underBreach && !test(SUBJECTS, text) && !test(AUTHORITIES, text)) continue;
    out.push(m);
  }
  return out;
}

function timeFrames(text: string): { windows: Window[]; vague: RegExpExecArray[] } {
  const windows: Window[] = [];
  for (const m of text.matchAll(WINDOW)) {
    // A range ("24–48 hours") counts at its upper bound.
    // Groups: 1 "within the ", 2 amount, 3 amount in parens, 4 upper bound of a range, 5 business, 6 unit.
    const amount = m[4] ? Number(m[4]) : numberOf(m[3] ?? (m[2] as string));
    const unit = (m[6] as string).toLowerCase().replace(/s$/, '').replace(/^h$/, 'hour');
    const hours = amount * (UNIT_HOURS[unit] ?? 24); // business days count at their shortest (24 h each)
    windows.push({ text: m[0].slice((m[1] as string).length), hours, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ADJ_WINDOW)) {
    if (windows.some((w) => w.start <= m.index && m.index < w.end)) continue; // "within the 72-hour period"
    const hours = Number(m[1]) * (UNIT_HOURS[(m[2] as string).toLowerCase()] ?? 24);
    windows.push({ text: m[0], hours, start: m.index, end: m.index + m[0].length });
  }
  const vague = [...text.matchAll(PROMPTLY)].filter((m) => !/\bnot\s{1,3}$/i.test(text.slice(Math.max(0, m.index - 6), m.index)));
  return { windows, vague };
}

/** The last recipient named in `segment`, an authority before data subjects. */
function pick(segment: string): { recipient: Recipient; name: string } | null {
  const authority = [...segment.matchAll(AUTHORITIES)].pop();
  if (authority) return { recipient: 'authority', name: authority[0] };
  const subject = [...segment.matchAll(SUBJECTS)].pop();
  return subject ? { recipient: 'subjects', name: subject[0] } : null;
}

/** Whom a window applies to: the recipients named nearest before it, else after it in its clause. */
function recipientOf(text: string, w: Window, from: number): { recipient: Recipient; name: string } {
  // Only what follows the previous window: "the authority within 72 hours, and users within 30 days".
  const before = text.slice(0, w.start);
  const verbs = [...before.matchAll(NOTIFY)];
  const lastVerb = Math.max(from, verbs.length > 0 ? (verbs[verbs.length - 1] as RegExpExecArray).index : 0);
  const clauseStart = Math.max(before.lastIndexOf(';'), from, 0);
  const after = text.slice(w.end).split(/[;.]/)[0] ?? '';
  return pick(before.slice(lastVerb)) ?? pick(before.slice(clauseStart)) ?? pick(after) ?? { recipient: 'unknown', name: '' };
}

/**
 * "as required by section 22 of POPIA", "in accordance with applicable law": where a missing
 * time frame shows. The phrase ends at punctuation or at the next clause ("… by law in the event of").
 */
const AS_REQUIRED =
  /\b(?:(?:as|where|if|when)\s{1,3}(?:legally\s{1,3})?(?:required|mandated|prescribed)|in\s{1,3}(?:accordance|line|compliance)\s{1,3}with|as\s{1,3}(?:the\s{1,3})?law\s{1,3}requires)[^.;,]{0,50}?(?=\s{0,3}(?:[.;,:]|$)|\s{1,3}(?:if|when|where|should|and|or|in\s{1,3}the\s{1,3}event|by\s{1,3}(?:e-?mail|post|posting))\b)/i;

const who = (recipient: Recipient, name: string): string =>
  recipient === 'unknown' ? 'those notified' : /^(?:you|[A-Z])/.test(name) ? name : `the ${name}`;

interface Statement {
  sentence: Sentence;
  verb: RegExpExecArray | null;
}

export default defineRule({
  meta: {
    id: 'breach-notification',
    description: 'The policy says whom it notifies after a personal-data breach, and by when, within what the law allows.',
    reference: 'GDPR Art. 33(1), Art. 34(1); POPIA s22(1)–(2); Cal. Civ. Code §1798.82(a)',
    jurisdictions: 'all',
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {
      authorityMaxHours: {
        type: 'integer',
        default: 72,
        minimum: 1,
        description: 'Under the GDPR, a stated window for notifying the supervisory authority longer than this many hours contradicts Art. 33(1).',
      },
      maxDays: {
        type: 'integer',
        default: 60,
        minimum: 1,
        description:
          'A stated breach-notification window longer than this many days, for anyone, is reported as contradicting the laws\' "without undue delay" standard.',
      },
    },
    messages: {
      missing: {
        text: 'The policy does not say whether, whom and when it notifies after a personal-data breach.',
        suggestion:
          'Add a statement such as "If a personal data breach affects you, we will notify the supervisory authority within 72 hours and you without undue delay."',
      },
      noTimeFrame: {
        text: 'The breach-notification statement gives no time frame ("{text}").',
        suggestion: 'Say by when you notify, e.g. "within 72 hours of becoming aware" or "without undue delay".',
      },
      contradicts: {
        text: 'The breach-notification window "{window}" for {recipient} is longer than {law} allows ({limit}).',
        severity: 'error',
        suggestion: 'Shorten the stated window to what the law allows, or state the law\'s own words ("{limit}").',
      },
    },
  },
  check(context) {
    const { document: doc, options, jurisdictions } = context;
    const statements: Statement[] = [];
    let notApplicable: Sentence | null = null;

    for (const sentence of doc.sentences) {
      const block = sentence.block;
      if (!isProseBlock(block)) continue;
      const text = sentence.text;
      if (!notApplicable && NOT_APPLICABLE.some((p) => p.test(text))) notApplicable = sentence;
      if (block.kind === 'heading') {
        // "Data Breach Notification": a statement on its own (its body holds the details).
        if (headingIsBreach(text) && test(NOTIFY, text)) statements.push({ sentence, verb: null });
        continue;
      }
      const underBreach = isUnderBreach(doc, block, text);
      const previous = doc.blocks[block.index - 1]?.text ?? '';
      const whole = runOn(doc, sentence);
      if (!underBreach && !hasBreachEvent(whole, `${whole} ${block.section.title} ${previous.slice(0, 200)}`)) continue;
      const verbs = notifications(text, underBreach);
      if (verbs.length > 0) statements.push({ sentence, verb: verbs[0] ?? null });
      // "| Personal data breach | ICO | within 72 hours |" under "Who we tell": the header is the verb.
      else if (underBreach && block.cell && block.cell.row > 0 && notifyingTable(block)) statements.push({ sentence, verb: null });
    }

    if (statements.length === 0) {
      if (notApplicable) {
        context.evidence({ item: 'breach notification', status: 'not-applicable', at: notApplicable });
        return;
      }
      const section = WHERE_TO_LOOK.map((p) => findSections(doc, p)[0]).find((s) => s?.heading);
      context.report({ messageId: 'missing', at: section?.heading ? section.heading.range : missingAt(doc) });
      context.evidence({ item: 'breach notification', status: 'missing' });
      return;
    }

    let timed: Range | null = null;
    for (const { sentence } of statements) {
      const text = sentence.text;
      const { windows, vague } = timeFrames(text);
      // "… we will notify you. We aim to do so within 72 hours.": the next sentence may carry the time.
      const next = sentence.block.sentences[sentence.block.sentences.indexOf(sentence) + 1];
      if (next && !timed && windows.length + vague.length === 0) {
        const later = timeFrames(next.text);
        const span = [...later.windows.map((w) => [w.start, w.end] as const), ...later.vague.map((m) => [m.index, m.index + m[0].length] as const)][0];
        if (span) timed = next.rangeOf(span[0], span[1]);
      }
      const spans = [...windows.map((w) => [w.start, w.end] as const), ...vague.map((m) => [m.index, m.index + m[0].length] as const)];
      const first = spans.sort((a, b) => a[0] - b[0])[0];
      if (first && !timed) timed = sentence.rangeOf(first[0], first[1]);
      let previousEnd = 0;
      for (const w of windows.sort((a, b) => a.start - b.start)) {
        let { recipient, name } = recipientOf(text, w, previousEnd);
        // A window in a table cell belongs to the recipient named in its row ("| ICO | within 72 hours |").
        const cell = sentence.block.cell;
        if (recipient === 'unknown' && cell) {
          const row = (cell.table.rows[cell.row] ?? []).filter((c) => c !== sentence.block);
          ({ recipient, name } = pick(row.map((c) => c.text).join(' ; ')) ?? { recipient, name });
        }
        previousEnd = w.end;
        const at = sentence.rangeOf(w.start, w.end);
        if (recipient === 'authority' && jurisdictions.includes('gdpr') && w.hours > options.authorityMaxHours) {
          context.report({
            messageId: 'contradicts',
            data: { window: w.text, recipient: who(recipient, name), law: 'GDPR Art. 33(1)', limit: `not later than ${options.authorityMaxHours} hours after becoming aware` },
            at,
          });
          continue;
        }
        // No law here sets a number for anyone else; a window past `maxDays` is not "without undue delay".
        const law = jurisdictions.map((j) => LAW_STANDARD[j])[0];
        if (law && w.hours > options.maxDays * 24) {
          context.report({ messageId: 'contradicts', data: { window: w.text, recipient: who(recipient, name), law: law.law, limit: law.words }, at });
        }
      }
    }

    if (timed) {
      context.evidence({ item: 'breach notification', status: 'met', at: timed });
      return;
    }
    // A statement with no time frame anywhere: point at "as required by …" when there is one.
    const body = statements.find((s) => s.verb) ?? (statements[0] as Statement);
    const text = body.sentence.text;
    const required = AS_REQUIRED.exec(text);
    const range = required
      ? body.sentence.rangeOf(required.index, required.index + required[0].trimEnd().replace(/(?<![.,;:])[.,;:]+$/, '').length)
      : body.verb
        ? body.sentence.rangeOf(body.verb.index, body.verb.index + body.verb[0].length)
        : body.sentence.range;
    const flat = text.replace(/\s+/g, ' ').trim();
    const quoted = flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
    context.report({ messageId: 'noTimeFrame', data: { text: quoted }, at: range });
    context.evidence({ item: 'breach notification', status: 'partial', at: body.sentence });
  },
});
