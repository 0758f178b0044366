import { defineRule } from '../../src/engine/index.js';
import { isProseBlock, missingAt } from '../../src/model/index.js';
import type { AgeEntity, Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';

/** Where a reader looks for the age limit: a children's / minors' / age section. */
const CHILDREN_HEADING = /\b(?:child(?:ren)?|children['’]s|minors?|kids|teens?|young\s+people|age\s+(?:limits?|requirements?|restrictions?)|minimum\s+age|coppa)\b/i;

/**
 * Where a threshold applies. A threshold that names its region or law ("16 in the EU",
 * "If this server is in the USA: … 13") is consistent with a different one elsewhere.
 * 'local' is a scope that defers to the reader's own law ("or the age of majority in
 * your country"); 'other' is a named place outside the three supported laws.
 */
type Scope = 'eu' | 'us' | 'za' | 'local' | 'other';

/** Case-sensitive acronyms first (so "contact us" is not the USA), then names. */
const SCOPES: Array<{ scope: Scope; pattern: RegExp }> = [
  { scope: 'eu', pattern: /\b(?:EU|EEA|UK|GDPR)\b/ },
  {
    scope: 'eu',
    pattern:
      /\b(?:European\s+(?:Union|Economic\s+Area)|Europe|European|United\s+Kingdom|Great\s+Britain|Switzerland|Swiss|General\s+Data\s+Protection\s+Regulation|Member\s+States?|Art(?:icle)?\.?\s{0,2}8(?:\(1\))?\s{0,2}(?:of\s{1,3}the\s{1,3})?GDPR|Germany|France|Netherlands|Ireland|Spain|Italy|Belgium|Austria|Poland|Sweden|Denmark|Finland|Portugal|Norway)\b/i,
  },
  {
    scope: 'us',
    pattern:
      /\b(?:USA|COPPA|CCPA|CPRA|FTC)\b|\bU\.S\.(?:A\.?)?|\b(?:in|the|within|outside|from)\s{1,3}(?:the\s{1,3})?US\b|^\s*US\s*$|\bUS\s{1,3}(?:users?|residents?|consumers?|visitors?|citizens?|laws?|children|customers?)\b/,
  },
  {
    scope: 'us',
    pattern:
      /\b(?:United\s+States|America|American|California|Californian|Children['’]s\s+Online\s+Privacy\s+Protection|federal\s+law|Virginia|Colorado|Connecticut|Utah|Texas)\b/i,
  },
  { scope: 'za', pattern: /\bPOPIA\b/ },
  { scope: 'za', pattern: /\b(?:South\s+Africa|South\s+African|Protection\s+of\s+Personal\s+Information\s+Act)\b/i },
  { scope: 'other', pattern: /\b(?:LGPD|PIPEDA|PIPL|APPI|PDPA)\b/ },
  {
    scope: 'other',
    pattern: /\b(?:Canada|Canadian|Quebec|Brazil|Australia|India|Japan|China|Korea|Singapore|New\s+Zealand)\b/i,
  },
  {
    scope: 'local',
    pattern:
      /\b(?:your\s+(?:country|jurisdiction|region|state|province|territory|location)|(?:local|applicable|national)\s+laws?|country\s+of\s+residence|where\s+you\s+(?:live|reside|are\s+located)|elsewhere|other\s+(?:countries|regions|jurisdictions)|rest\s+of\s+the\s+world|(?:some|certain|other|another)\s+(?:countries|jurisdictions?))\b/i,
  },
];

/** A threshold about the sale of personal information: CCPA §1798.120(c)–(d), a US tier. */
const SALE = /\b(?:sell|sells|sold|selling|sale)\b|\bopt[-\s]?in\b/i;
/**
 * COPPA's knowledge standard: "we do not knowingly collect personal information from children
 * under 13". The operator of a general-audience service must act when it knows it collects from
 * a child (15 U.S.C. §6502(a)(1)), and a child is under 13 (§6501(1)): the 13 comes from the law.
 */
const KNOWINGLY = /\b(?:knowingly|intentionally|deliberately)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:collect|solicit|gather|obtain|receive|process|request|seek|maintain|market|direct)/i;
const COPPA_CHILD = 13;
/** A threshold about parental consent or supervision: a tier, not the service's age limit. */
const PARENTAL = /\b(?:parents?|parental|guardians?|legal\s+representatives?)\b/i;
/** A parent who only knows: "their own account with a parent's knowledge", "as long as a guardian is aware" is the teen's own consent, not a tier. */
const PARENT_ONLY_KNOWS =
  /\b(?:parents?|guardians?)(?:['’]s?)?\s+(?:knowledge|awareness)\b|\b(?:parents?|guardians?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:aware|informed|notified|told)\b|\b(?:knowledge|awareness)\s+of\s+(?:a|their|your|the)\s+(?:parents?|guardians?)\b/gi;

/**
 * No parent is involved: "without a parent", "no parental consent is needed", "do not need a
 * guardian's permission". The age is then the service's own limit, not a parental tier.
 */
const NO_PARENT =
  /\b(?:without|no\s+need\s+for|(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never)\s+need)\s+(?:(?:a|an|any|the|their|your|his|her|verifiable|prior)\s+){0,2}(?:parents?|parental|guardians?)(?:['’]s?)?(?:\s+(?:consent|permission|approval|involvement|signature|help))?|\bno\s+(?:parental|parent['’]s|guardian['’]s)\s+(?:consent|permission|approval|signature)\s+(?:is\s+)?(?:needed|required|necessary)/gi;

/** Ages that are about the workforce, not about the people the policy is for ("Employees must be 18 or older"). */
const NOT_USERS = /\b(?:staff|workers?|contractors?|employees?|employ(?:s|ed|ing)?|employment|workforce|personnel|job\s+applicants?|candidates?|recruit\w*|interns?)\b/i;
/**
 * A notice whose title addresses only job applicants or staff ("Privacy Notice for
 * Candidates", "Recruitment Privacy Policy", "Employee Privacy Notice"): its readers are
 * adults who apply or work, and no law asks such a notice for a minimum age.
 */
const WORKFORCE_TITLE =
  /\b(?:(?:job\s+)?applicants?|candidates?|recruit(?:ment|ing)|hiring|employees?|employment|staff|workforce|personnel|careers?|jobs?|workers?|HR)\b/i;

/** The notice's title: the front matter's, else the first block if it is a heading or a short line. */
function titleOf(doc: PolicyDocument): { text: string; range: Range } | undefined {
  const field = doc.frontMatter?.fields.find((f) => f.key.toLowerCase() === 'title' && typeof f.value === 'string');
  if (field) return { text: field.value as string, range: field.range };
  const first = doc.blocks.find(isProseBlock);
  // A sentence is not a title: "Our employees must be 18 or older." opens no staff notice.
  if (first && (first.kind === 'heading' || (first.text.length <= 100 && !/[.!?]\s*$/.test(first.text)))) return { text: first.text, range: first.range };
  return undefined;
}

/**
 * A threshold's block (or its heading, or its table row) speaks of people or ages. A
 * requirement to be an age ("Golfers must be seventeen or over") and an age group
 * ("the under-fifteens") are about people whatever the noun.
 */
const PERSON =
  /\b(?:(?:must|have\s+to|has\s+to|needs?\s+to)\s+be|(?:under|over)[-\u2010\u2011]\w{1,12}s|child(?:ren)?|kids?|minors?|teen\w*|youths?|young|users?|individuals?|persons?|people|anyone|anybody|someone|nobody|no\s+one|everyone|everybody|whoever|those|visitors?|customers?|consumers?|members?|students?|pupils?|learners?|players?|gamers?|participants?|subscribers?|patients?|clients?|readers?|viewers?|guests?|holders?|you|your|aged?|old|years?|parents?|parental|guardians?|accounts?|born)\b/i;

/** An "exact" age is a threshold only after words that set a limit ("You must be 13 years of age"). */
const EXACT_LEAD =
  /(?:\b(?:must|have\s{1,3}to|has\s{1,3}to|need\s{1,3}to|needs\s{1,3}to|required\s{1,3}to|should|shall)\s{1,3}be|\b(?:reach(?:ed|es)?|attain(?:ed|s)?|turn(?:ed|s)?)(?:\s{1,3}the)?|\bminimum\s{1,3}age\s{1,3}(?:is|of)|\bconsent\s{1,3}is)\s{1,3}$/i;
/**
 * An age group the service lets in, after an "exact" age or a range that starts with it:
 * "Juniors aged 16 and 17 may join", "Teens aged 16–17 can open an account", "Learners aged 14
 * to 17 are welcome to sign up". Its lowest age is a limit. ("Students aged 16 to 18 get a
 * discount" admits no one.)
 */
const ADMITTED_AFTER =
  /^[^.;:]{0,50}?\b(?:may|can|are\s{1,3}(?:allowed|permitted|welcome|able|free)\s{1,3}to)\s{1,3}(?:also\s{1,3}|now\s{1,3})?(?:join|register|sign\s{1,3}(?:up|in)|log\s{1,3}in|open|use|access|create|enrol|enroll|subscribe|apply|become|hold|take\s{1,3}part|participate|consent|agree|book|buy|order|shop|attend|enter|play|borrow|hire|rent|download|install|post|upload|donate)\b/i;
const RANGE_JOIN = /^\s{0,3}(?:-|–|—|to|or|and|through)\s{0,3}$/i;
/** "children 12 or younger", "12 and under": the limit is the next birthday. */
const INCLUSIVE_UNDER = /\b(?:or|and)\s{1,3}(?:younger|under|below)$/i;

/** The text claims what the age of digital consent is (GDPR Art. 8(1): 16, or 13–16 by Member State law). */
const DIGITAL_CONSENT = /\b(?:(?:digital\s{1,3})?age\s{1,3}of\s{1,3}(?:digital\s{1,3})?consent|digital\s{1,3}consent)\b/i;
const GDPR_NAME = /\bGDPR\b|\bGeneral\s+Data\s+Protection\s+Regulation\b/i;
const CONSENT = /\bconsent\b/i;

/**
 * "Minors", "age of majority", "adults only": an age limit without a number, read as 18
 * (the age of majority in most laws, and POPIA's "child"). Counted only when no number
 * is given anywhere. "minor changes" is not about people.
 */
const MINORS =
  /\bminors\b|\b(?:a|any|the|no)\s{1,3}minor\b(?!\s{1,3}(?:changes?|updates?|revisions?|modifications?|amendments?|edits?|corrections?|details?|issues?|errors?|versions?|releases?|adjustments?|differences?|bugs?|fix(?:es)?|role|part|incidents?))|\bage\s{1,3}of\s{1,3}majority\b|\blegal\s{1,3}age\b|\badults?\s{1,3}only\b|\bonly\s{1,3}(?:to\s{1,3}|for\s{1,3})?adults\b/i;

const GDPR_FLOOR = 13;
const GDPR_CEILING = 16;
const POPIA_CHILD = 18;

interface Threshold {
  entity: AgeEntity;
  /** The lowest age the threshold lets in ("under 13" → 13, "12 or younger" → 13). */
  minimum: number;
  scope: Scope | null;
  /** 'coppa': COPPA's under-13 knowledge standard, a US law's age beside the service's own limit. */
  tier: 'parental' | 'sale' | 'coppa' | null;
  /** The age's clause claims what the age of digital consent is. */
  claim: boolean;
}

function scopeOf(text: string): Scope | null {
  for (const { scope, pattern } of SCOPES) if (pattern.test(text)) return scope;
  return null;
}

/** The words before the first comma or colon of a sentence ("If this server is in the EU:", "In the US,"). */
function leadIn(text: string): string {
  const m = /^[^,:;.]{0,120}[,:]/.exec(text);
  return m ? m[0] : '';
}

function sentenceOf(block: Block, offset: number): Sentence | undefined {
  return block.sentences.find((s) => s.range.start.offset <= offset && offset < s.range.end.offset);
}

/**
 * Index of the entity in the sentence's text, by its source offset, searching from
 * `from` (ages come in document order); -1 when not found within a few tries.
 */
function indexIn(sentence: Sentence, entity: AgeEntity, from: number): number {
  let i = sentence.text.indexOf(entity.text, from);
  for (let tries = 0; i >= 0 && tries < 20; tries++, i = sentence.text.indexOf(entity.text, i + 1)) {
    if (sentence.rangeOf(i, i + entity.text.length).start.offset === entity.range.start.offset) return i;
  }
  return -1;
}

function sectionScope(section: Section | null): Scope | null {
  for (let s = section; s && s.level > 0; s = s.parent) {
    const scope = scopeOf(s.title);
    if (scope) return scope;
  }
  return null;
}

/** Scope from the row of a table cell ("EU | 16") or its column header. */
function tableScope(block: Block): Scope | null {
  const cell = block.cell;
  if (!cell) return null;
  const row = cell.table.rows[cell.row] ?? [];
  for (const other of row) if (other !== block && scopeOf(other.text)) return scopeOf(other.text);
  return cell.columnHeader ? scopeOf(cell.columnHeader) : null;
}

/** A short paragraph ending in a colon that introduces this block ("For users in the EEA:"). */
function introScope(doc: PolicyDocument, block: Block): Scope | null {
  const prev = doc.blocks[block.index - 1];
  if (!prev || prev.section !== block.section || prev.kind === 'heading') return null;
  const text = prev.text.trim();
  return text.length <= 120 && text.endsWith(':') ? scopeOf(text) : null;
}

/** What frames a block: its section headings and, for a table cell, its row and column header. */
function contextOf(block: Block): string {
  const parts: string[] = [];
  for (let s: Section | null = block.section; s && s.level > 0; s = s.parent) parts.push(s.title);
  const cell = block.cell;
  if (cell) {
    parts.push(cell.columnHeader ?? '');
    for (const other of cell.table.rows[cell.row] ?? []) if (other !== block) parts.push(other.text);
  }
  return parts.join(' ');
}

interface Placed {
  entity: AgeEntity;
  sentence: Sentence;
  /** [start, end) of the age in the sentence's text; the whole sentence when not found. */
  start: number;
  end: number;
}

/** Every age of prose with its sentence and place in it, grouped by sentence. */
function placeAges(doc: PolicyDocument): Map<Sentence, Placed[]> {
  const out = new Map<Sentence, Placed[]>();
  for (const entity of doc.entities.ages) {
    const block = entity.block;
    if (!isProseBlock(block)) continue;
    const sentence = sentenceOf(block, entity.range.start.offset);
    if (!sentence) continue;
    const group = out.get(sentence) ?? [];
    const last = group[group.length - 1];
    const at = indexIn(sentence, entity, last && last.end > last.start ? last.end : 0);
    group.push(at < 0 ? { entity, sentence, start: 0, end: 0 } : { entity, sentence, start: at, end: at + entity.text.length });
    out.set(sentence, group);
  }
  return out;
}

function thresholdsIn(doc: PolicyDocument): Threshold[] {
  const out: Threshold[] = [];
  for (const [sentence, group] of placeAges(doc)) {
    const text = sentence.text;
    const block = sentence.block;
    if (NOT_USERS.test(text) || !PERSON.test(`${block.text} ${contextOf(block)}`)) continue;
    const firstSentence = block.sentences[0];
    const lead = leadIn(text);
    /** "aged 16 or 17", "aged 16–17": the second age ends a range that the first one opens. */
    const closesRange = (k: number): boolean => {
      const a = group[k - 1];
      const b = group[k];
      return !!a && !!b && a.entity.relation === 'exact' && b.entity.relation === 'exact' && a.end > a.start && b.start >= a.end && RANGE_JOIN.test(text.slice(a.end, b.start));
    };
    group.forEach(({ entity, start, end }, k) => {
      const found = end > start;
      if (closesRange(k)) return;
      if (entity.relation === 'exact' && !(found && (EXACT_LEAD.test(text.slice(Math.max(0, start - 40), start)) || ADMITTED_AFTER.test(text.slice(end, end + 120))))) {
        return;
      }
      let minimum = entity.age;
      if (entity.relation === 'under' && INCLUSIVE_UNDER.test(entity.text)) minimum += 1;
      // Scope and tier are judged on the clause around the age: from the previous age,
      // colon or semicolon to the next one ("under 13 (or 16 in the EU)": 16 is the EU's).
      let clause = text;
      if (found) {
        const prev = group[k - 1];
        // A range is read as one age: its clause runs past the age that closes it.
        const next = group[closesRange(k + 1) ? k + 2 : k + 1];
        let from = prev && prev.end > prev.start ? prev.end : 0;
        let to = next && next.end > next.start ? next.start : text.length;
        const base = from;
        for (const m of text.slice(base, start).matchAll(/[;:]/g)) from = base + m.index + 1;
        const colon = /[;:]/.exec(text.slice(end, to));
        if (colon) to = end + colon.index;
        clause = text.slice(from, Math.max(to, end));
      }
      let scope =
        scopeOf(clause) ??
        (found && lead.length <= start ? scopeOf(lead) : null) ??
        (firstSentence && firstSentence !== sentence ? scopeOf(leadIn(firstSentence.text)) : null) ??
        introScope(doc, block) ??
        tableScope(block) ??
        sectionScope(block.section);
      let tier: Threshold['tier'] = null;
      if (SALE.test(clause)) {
        tier = 'sale';
        scope ??= 'us';
      } else if (PARENTAL.test(clause) && PARENTAL.test(clause.replace(PARENT_ONLY_KNOWS, '').replace(NO_PARENT, ''))) {
        tier = 'parental';
      } else if (minimum === COPPA_CHILD && entity.relation === 'under' && KNOWINGLY.test(clause)) {
        tier = 'coppa';
      }
      const claim = DIGITAL_CONSENT.test(clause) || (GDPR_NAME.test(clause) && CONSENT.test(clause));
      out.push({ entity, minimum, scope, tier, claim });
    });
  }
  return out.sort((x, y) => x.entity.range.start.offset - y.entity.range.start.offset);
}

/** The first "minors"-type phrase, when the policy gives no number. */
function minorsMention(doc: PolicyDocument): Range | null {
  for (const sentence of doc.sentences) {
    if (!isProseBlock(sentence.block)) continue;
    const m = MINORS.exec(sentence.text);
    if (m) return sentence.rangeOf(m.index, m.index + m[0].length);
  }
  return null;
}

const lineOf = (t: Threshold): number => t.entity.range.start.line;

export default defineRule({
  meta: {
    id: 'children-age',
    description: 'The policy states a minimum age, one that is consistent and not below what the applicable law allows.',
    reference: 'GDPR Art. 8(1); POPIA s1 ("child"), s34–35; Cal. Civ. Code §1798.120(c)–(d); 15 U.S.C. §6501 et seq. (COPPA)',
    jurisdictions: 'all',
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {
      minimumAge: {
        type: 'integer',
        default: 0,
        minimum: 0,
        maximum: 25,
        description:
          'Your own floor: any stated age limit (in any region, parental-consent tiers included) that lets in people younger than this is reported. 0 = no extra requirement.',
      },
    },
    messages: {
      missing: {
        text: 'The policy does not state a minimum age (e.g. "not intended for children under 16").',
        suggestion: 'Add a "Children" section that names the age below which the service is not offered or data is not knowingly collected.',
      },
      inconsistent: {
        text: 'Minimum age {age} here disagrees with {other} stated on line {line}, and no region or law explains the difference.',
        suggestion: 'Use one age throughout, or say where each applies (e.g. "under 13, or under 16 in the EU").',
      },
      belowGdprMinimum: {
        text: '{what} {age}, but GDPR Art. 8(1) allows no age of digital consent outside 13–16 (16 unless a Member State has lowered it, never below 13).',
        severity: 'error',
        suggestion: 'Use 16, or the Member State age (13–16) where the service is offered.',
      },
      belowPopiaAge: {
        text: 'Minimum age {age} is below 18: under POPIA a child is anyone under 18 (s1), and their information needs a competent person\'s consent (s35).',
        suggestion: 'Treat everyone under 18 as a child for South African users (e.g. "under 18, or under 16 in the EU").',
      },
      belowMinimumAge: {
        text: 'Minimum age {age} is below the configured minimum of {minimumAge}.',
        suggestion: 'Raise the stated age to at least {minimumAge}.',
      },
    },
  },
  check(context) {
    const { document: doc, jurisdictions, options } = context;
    const thresholds = thresholdsIn(doc);

    if (thresholds.length === 0) {
      const minors = minorsMention(doc);
      if (!minors) {
        const title = titleOf(doc);
        if (title && WORKFORCE_TITLE.test(title.text)) {
          context.evidence({ item: 'minimum age', status: 'not-applicable', at: title.range });
          return;
        }
        context.report({ messageId: 'missing', at: missingAt(doc, CHILDREN_HEADING) });
        context.evidence({ item: 'minimum age', status: 'missing' });
        return;
      }
      // "minors" alone reads as 18: it meets POPIA and GDPR; only the user's own floor can be above it.
      context.evidence({ item: 'minimum age', status: 'partial', at: minors });
      if (options.minimumAge > POPIA_CHILD) {
        context.report({ messageId: 'belowMinimumAge', data: { age: POPIA_CHILD, minimumAge: options.minimumAge }, at: minors });
      }
      return;
    }
    context.evidence({ item: 'minimum age', status: 'met', at: (thresholds[0] as Threshold).entity });

    // One finding per message and age: the same age repeated is one decision.
    const reported = new Set<string>();
    const once = (messageId: string, t: Threshold, data: Record<string, string | number>): void => {
      const key = `${messageId}:${t.minimum}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ messageId, data, at: t.entity });
    };

    // Disagreeing general limits. A limit that names its region or law, a parental-consent
    // or sale tier, or a value that some scoped limit also uses, is explained.
    // COPPA's under-13 safeguard explains itself where US law applies (the policy is linted
    // under the CCPA); under the GDPR or POPIA alone, a 13 beside a 16 or 18 is unexplained.
    const usLaw = jurisdictions.includes('ccpa');
    const scopedValues = new Set(thresholds.filter((t) => t.scope !== null).map((t) => t.minimum));
    const general = thresholds.filter(
      (t) => t.scope === null && (t.tier === null || (t.tier === 'coppa' && !usLaw)) && !scopedValues.has(t.minimum),
    );
    const first = general[0];
    if (first) {
      for (const t of general) {
        if (t.minimum !== first.minimum) once('inconsistent', t, { age: t.minimum, other: first.minimum, line: lineOf(first) });
      }
    }

    const euOrUnscoped = (t: Threshold): boolean => t.tier !== 'sale' && (t.scope === null || t.scope === 'eu' || t.scope === 'local');
    if (jurisdictions.includes('gdpr')) {
      for (const t of thresholds.filter(euOrUnscoped)) {
        if (t.minimum < GDPR_FLOOR) {
          once('belowGdprMinimum', t, { what: 'The policy lets in children from age', age: t.minimum });
        } else if (t.claim && t.minimum > GDPR_CEILING) {
          once('belowGdprMinimum', t, { what: 'The policy gives the age of digital consent as', age: t.minimum });
        }
      }
    }
    if (jurisdictions.includes('popia')) {
      for (const t of thresholds) {
        if (t.tier === 'sale' || (t.scope !== null && t.scope !== 'za')) continue;
        if (t.minimum < POPIA_CHILD) once('belowPopiaAge', t, { age: t.minimum });
      }
    }
    if (options.minimumAge > 0) {
      for (const t of thresholds) {
        if (t.tier !== 'sale' && t.minimum < options.minimumAge) once('belowMinimumAge', t, { age: t.minimum, minimumAge: options.minimumAge });
      }
    }
  },
});
