import { defineRule, findNoCollectionDeclaration } from '../../src/engine/index.js';
import { findDates, isProseBlock, missingAt } from '../../src/model/index.js';
import type { Block, DateEntity, PolicyDocument, Range, Sentence } from '../../src/model/index.js';

/**
 * Labels that introduce the policy's date. `kind` ranks them: a "last updated" date is
 * the policy's date; an effective date stands in when there is none; a review date last.
 */
const LABELS: Array<{ pattern: RegExp; kind: DateKind; dateOnly?: boolean; opensLine?: boolean }> = [
  {
    pattern:
      /\b(?:(?:last|latest|most recently)\s+(?:updated|modified|revised|reviewed|review|changed|amended|update|revision|modification|edit|edited)|date\s+of\s+(?:the\s+)?last\s+(?:update|revision)|updated|revised|revision\s+date|version\s+date)\b(?:\s+(?:this|our|the)\s+(?:(?:privacy|cookie)\s+)?(?:policy|notice|statement|page|document))?(?:\s+by\s+(?:our|the)(?:\s+[A-Za-z-]{1,20}){1,3}?\s+on)?(?:\s+(?:on|in|as\s+of|from|since))?/gi,
    kind: 'updated',
  },
  {
    // "Effective date", "in force since", "This policy applies from", "Policy date:", "Date of this notice:",
    // "Date of this information sheet:", "Date of this privacy notice:",
    // "This version took effect June 3, 2020"
    pattern:
      /\b(?:effective(?:\s+date)?|in\s+effect\s+(?:from|since|as\s+of)|(?:in\s+force|applies|comes\s+into\s+(?:force|effect))\s+(?:from|since|as\s+of|on)|(?:policy|notice|statement|version)\s+(?:is\s+)?valid\s+(?:from|since|as\s+of)|(?:takes|took|will\s+take)\s+effect|(?:came|went)\s+into\s+(?:force|effect)|date\s+of\s+(?:issue|publication|(?:this|the)\s+(?:[\w-]{2,20}\s+){0,2}?(?:policy|notice|statement|sheet|document|leaflet|declaration|charter|version))|(?:policy|notice|statement|sheet|document|leaflet)\s+date|published|(?:is|was)\s+dated)\b(?:\s+(?:on|as\s+of|from|since))?/gi,
    kind: 'effective',
  },
  {
    // "This privacy policy was created on 1 August 2022", "This notice was adopted in March 2026": a
    // policy with no later date is dated by when it was made. The policy must be the subject:
    // "Your account was created on …" dates no policy.
    pattern:
      /\b(?:policy|notice|statement|document)\s{1,3}(?:was|is|has\s{1,3}been)\s{1,3}(?:first\s{1,3})?(?:created|written|drafted|adopted|issued|approved|prepared)(?:\s{1,3}(?:on|in|as\s{1,3}of))?\b/gi,
    kind: 'effective',
    dateOnly: true,
  },
  {
    // "Created: 1 August 2022", "Date issued: …", "As at: …", German "Stand:" opening their line, with a date after them.
    // "Reviewed: 2026-09-30", "Revised: …" and "Valid as of October 1, 2026" opening their line count too.
    pattern: /\b(?:(?:date\s{1,3})?(?:created|adopted|issued|reviewed|revised|amended|edited)|as\s{1,3}(?:at|of)|stand)(?=\s{0,2}:)|\bvalid\s{1,3}(?:from|since|as\s{1,3}of)\b/gi,
    kind: 'effective',
    dateOnly: true,
    opensLine: true,
  },
  {
    // A bare "Date:" field ("**DATE: August 16, 2024**"): only where it opens its line, with a date after it.
    pattern: /\bdate(?=\s{0,2}:)/gi,
    kind: 'effective',
    dateOnly: true,
    opensLine: true,
  },
  {
    // "Privacy Policy · v2.3 · June 2026", "Version 4, 1 March 2026": a version's date stands in
    // for an effective date. A version number without a date is no date label at all.
    // "This version: 3 June 2026", and a title with its date: "Privacy Notice – June 2026".
    pattern:
      /\b(?:v\.?|version\s{0,2})\d{1,3}(?:\.\d{1,3}){0,3}\b|\b(?:current|this|latest)\s{1,3}version(?:\s{1,3}(?:dated|of))?|\bversion\s{1,3}(?:dated|of)|\b(?:privacy|cookie|data\s{1,3}protection)\s{1,3}(?:policy|notice|statement)\b/gi,
    kind: 'effective',
    dateOnly: true,
  },
];

type DateKind = 'updated' | 'effective';

/** Between a label and its date only punctuation, markup, "the" or a weekday may stand ("Effective Date:** ", "updated on the 3rd of March", "Wednesday, 3 June"). */
const GAP = /^[^\p{L}\p{N}]{0,6}(?:(?:the|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[^\p{L}\p{N}]{1,3})?$/iu;
/** Inline HTML tags of a page saved as text: `<strong>Effective Date: </strong><em>August 5th, 2023`. */
const INLINE_TAG = /<\/?(?:strong|em|b|i|u|span|small|time|mark)\b[^<>]{0,80}>/gi;
/** Only markup before a label that must open its line. */
const LINE_START = /^[\s*_#]*$/;
/** "Last updated:" followed by nothing but punctuation. */
const NOTHING = /^[\s:;.\-–—*_|]*$/;

/**
 * Front matter keys that date a policy (Jekyll, Hugo, Docusaurus, Astro and CMS conventions),
 * compared in lower case without "-" and "_": `last_updated`, `lastUpdated`, `updatedAt`,
 * `last-modified-at`, `publishedAt`, `date_published`.
 */
const FRONT_MATTER_KEYS: Record<string, DateKind> = {
  lastupdated: 'updated',
  lastupdate: 'updated',
  lastmodified: 'updated',
  lastmodifiedat: 'updated',
  lastmod: 'updated',
  lastreviewed: 'updated',
  updated: 'updated',
  updatedat: 'updated',
  updatedon: 'updated',
  modified: 'updated',
  modifiedat: 'updated',
  datemodified: 'updated',
  effective: 'effective',
  effectivedate: 'effective',
  effectivefrom: 'effective',
  date: 'effective',
  published: 'effective',
  publishedat: 'effective',
  publishdate: 'effective',
  pubdate: 'effective',
  datepublished: 'effective',
};

interface Dated {
  kind: DateKind;
  date: Pick<DateEntity, 'year' | 'month' | 'day' | 'precision' | 'iso'>;
  range: Range;
}

type Finding =
  | { type: 'dated'; value: Dated }
  | { type: 'empty'; label: string; range: Range; line: Range }
  | { type: 'unparseable'; label: string; text: string; range: Range };

/** The label at `index` opens its line in the source, though not its sentence ("Privacy Policy⏎Stand: 01.09.2026" in one Markdown paragraph). */
function opensSourceLine(sentence: Sentence, index: number): boolean {
  const block = sentence.block;
  const at = sentence.rangeOf(index, index).start.offset - block.range.start.offset;
  const lineStart = block.raw.lastIndexOf('\n', at - 1) + 1;
  return at > 0 && lineStart > 0 && LINE_START.test(block.raw.slice(lineStart, at));
}

/**
 * A law as the subject of an effective-date label: "POPIA took effect on 1 July 2020", "The GDPR
 * came into force in May 2018", "the CCPA became effective on …". That dates the law, not the
 * policy — unless the clause also names the policy ("This policy, written under POPIA, takes effect …").
 */
const LAW_SUBJECT = /\b(?:Act|Regulation|Directive|GDPR|POPIA|POPI|CCPA|CPRA|PAIA|law|legislation|statute|amendments?)\b|\(\s{0,2}[A-Z]{3,6}\s{0,2}\)/;
const POLICY_SUBJECT = /\b(?:policy|notice|statement|document|version|sheet|page|terms)\b/i;
const LAW_LABEL = /^(?:in\s|applies|comes|came|went|takes|took|will|effective)/i;

function datesALaw(text: string, labelStart: number, label: string): boolean {
  if (!LAW_LABEL.test(label)) return false;
  const before = text.slice(0, labelStart);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. ')) + 1);
  return LAW_SUBJECT.test(clause) && !POLICY_SUBJECT.test(clause);
}

/** Date labels in a sentence, each with the date that follows it, or why there is none. */
function findingsIn(sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  const text = sentence.text;
  const dates = findDates(text);
  // Right after an explicit "Last updated" or "Effective date" label, "01/05/18" is a date too (not in prose).
  let labelledDates: ReturnType<typeof findDates> | undefined;
  for (const { pattern, kind, dateOnly, opensLine } of LABELS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const labelEnd = m.index + m[0].length;
      if (opensLine && !LINE_START.test(text.slice(0, m.index)) && !opensSourceLine(sentence, m.index)) continue;
      if (kind === 'effective' && datesALaw(text, m.index, m[0])) continue;
      const follows = (d: { start: number }): boolean => d.start >= labelEnd && GAP.test(text.slice(labelEnd, d.start).replace(INLINE_TAG, ''));
      const date = dates.find(follows) ?? (dateOnly ? undefined : (labelledDates ??= findDates(text, { twoDigitYears: true })).find(follows));
      if (date) {
        out.push({ type: 'dated', value: { kind, date, range: sentence.rangeOf(date.start, date.end) } });
        continue;
      }
      if (dateOnly) continue;
      // Without a date, only a label that opens its line and ends in a colon is a date field.
      const before = text.slice(0, m.index).replace(/[*_#\s]/g, '');
      const colon = /^\s*[:\-–—]/.exec(text.slice(labelEnd));
      if (before !== '' || !colon) continue;
      const valueStart = labelEnd + colon[0].length;
      const value = text.slice(valueStart).trim();
      const label = m[0];
      if (NOTHING.test(value)) {
        out.push({ type: 'empty', label, range: sentence.rangeOf(m.index, valueStart), line: sentence.rangeOf(m.index, text.length) });
      } else if (value.length <= 40) {
        out.push({ type: 'unparseable', label, text: value, range: sentence.rangeOf(m.index, text.length) });
      }
    }
  }
  return out;
}

/**
 * A date line of its own right under the title ("November 5, 2025", "January 2022", perhaps with
 * a kramdown attribute such as `{: datetime="2025-11-05" }`): how many blocks below the title count.
 */
const DATELINE_BLOCKS = 2;
/** Nothing but a date: markup, a weekday, an attribute list, punctuation around it. */
const DATELINE_REST = /^[\s*_:.,|()\-–—]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]{1,3})?$/i;
const KRAMDOWN_ATTRIBUTES = /\{:[^{}\n]{0,200}\}/g;

/** A label on a line of its own (a heading, or a line of its own in plain text): "Last updated" then the date below. */
const LABEL_HEADING = /^\W*(?:(?:last|latest)\s+(?:updated|modified|revised|reviewed|update|revision|edit|edited)|effective(?:\s+date)?|date\s+of\s+(?:the\s+)?last\s+(?:update|revision))\W*$/i;

/** The date of a paragraph that holds nothing but a date. */
function dateOnly(block: Block | undefined): Dated | undefined {
  const sentence = block?.sentences[0];
  if (block?.kind !== 'paragraph' || !sentence || block.sentences.length > 1) return undefined;
  const text = sentence.text.replace(KRAMDOWN_ATTRIBUTES, '');
  const date = findDates(text)[0];
  // A day or a month ("January 2022"); a year alone ("2022") may be a copyright or a figure.
  if (!date || date.precision === 'year' || !DATELINE_REST.test(text.slice(0, date.start) + text.slice(date.end))) return undefined;
  return { kind: 'effective', date, range: sentence.rangeOf(date.start, date.end) };
}

/** A date line among the first blocks of the policy, or right under a label heading. */
function datelineDate(doc: PolicyDocument): Dated | undefined {
  let seen = 0;
  for (const block of doc.blocks) {
    const label = LABEL_HEADING.test(block.text);
    if (label || block.kind === 'heading') {
      const below = label ? dateOnly(doc.blocks[block.index + 1]) : undefined;
      if (below) return { ...below, kind: 'updated' };
      continue;
    }
    if (++seen > DATELINE_BLOCKS) continue;
    const line = dateOnly(block);
    if (line) return line;
  }
  return undefined;
}

/**
 * `Last updated: {{ site.time | date: '%B %d, %Y' }}`: the date is a site-generator
 * expression, removed from the prose. One that prints the build time (Jekyll's `site.time`,
 * Liquid's `"now"`, Hugo's `now`) changes at every rebuild, whether the policy changed or not.
 */
const BUILD_TIME = /\bsite\.time\b|["']now["']|\bnow\b\s*(?:\||\.Format|\}\})/i;

function templateOnLine(doc: PolicyDocument, line: Range): { raw: string; range: Range } | undefined {
  return doc.templates.find((t) => t.range.start.offset >= line.start.offset && t.range.start.offset <= line.end.offset + 2);
}

/** A change log's date column: "| Version | Date | Changes |" under "Change history". */
const CHANGE_LOG = /\b(?:version|change|revision|amendment|history|changelog)/i;
const DATE_COLUMN = /^\W{0,3}(?:date|updated|last\s+(?:updated|modified|revised|reviewed)|effective(?:\s+(?:date|from))?|published|release\s+date)\W{0,3}$/i;

/** A column that dates the document in any table ("| Document | Effective |", "| Last updated |"); a bare "Date" needs a change log. */
const POLICY_DATE_COLUMN = /^\W{0,3}(?:(?:last\s+)?updated|effective(?:\s+(?:date|from))?|last\s+(?:modified|revised|reviewed))\W{0,3}$/i;

/** The date of a change-log row (or of a policy-date column), read from its date column; the latest row dates the policy. */
function changeLogDate(sentence: Sentence): Dated | undefined {
  const cell = sentence.block.cell;
  if (!cell || cell.header || !cell.columnHeader || !DATE_COLUMN.test(cell.columnHeader)) return undefined;
  const headers = cell.table.hasHeader ? (cell.table.rows[0] ?? []).map((b) => b.text).join(' ') : '';
  if (!POLICY_DATE_COLUMN.test(cell.columnHeader) && !CHANGE_LOG.test(headers) && !CHANGE_LOG.test(sentence.block.section.title)) return undefined;
  const date = findDates(sentence.text)[0];
  return date && { kind: 'updated', date, range: sentence.rangeOf(date.start, date.end) };
}

function frontMatterDates(doc: PolicyDocument): Dated[] {
  const out: Dated[] = [];
  for (const field of doc.frontMatter?.fields ?? []) {
    const kind = FRONT_MATTER_KEYS[field.key.toLowerCase().replace(/[-_]/g, '')];
    if (!kind) continue;
    const value = field.value instanceof Date ? field.value.toISOString().slice(0, 10) : String(field.value ?? '');
    const date = findDates(value)[0];
    if (date) out.push({ kind, date, range: field.range });
  }
  return out;
}

const DAY_MS = 86_400_000;
/** Cal. Civ. Code §1798.130(a)(5): update the privacy policy at least once every 12 months. */
const CCPA_MAX_DAYS = 365;

/** The last day a date could mean ("May 2026" → 2026-05-31), as UTC milliseconds. */
function latestMoment(d: Dated['date']): number {
  if (d.precision === 'day') return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  if (d.precision === 'month') return Date.UTC(d.year, d.month ?? 12, 0);
  return Date.UTC(d.year, 11, 31);
}

/** The first day a date could mean ("May 2026" → 2026-05-01). */
function earliestMoment(d: Dated['date']): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

export default defineRule({
  meta: {
    id: 'last-updated',
    description: 'The policy states when it was last updated, with a real date that is neither in the future nor stale.',
    reference: 'Cal. Civ. Code §1798.130(a)(5); 11 CCR §7011(e)(4); GDPR Art. 12(1)',
    jurisdictions: 'all',
    defaultSeverity: 'warning',
    options: {
      maxAgeDays: {
        type: 'integer',
        default: 365,
        minimum: 1,
        description: 'A policy date older than this many days (before --today) is reported as stale.',
      },
    },
    messages: {
      missing: {
        text: 'No "last updated" or effective date found.',
        suggestion: 'Add a line such as "Last updated: 2026-01-31" near the top of the policy.',
      },
      buildTime: {
        text: 'The "{label}" date is the time the site is built ({template}), not the time the policy last changed.',
        severity: 'info',
        suggestion: 'Write the date the policy was last changed, or use the page\'s own modification date (e.g. `page.last_modified_at`).',
      },
      empty: {
        text: 'The "{label}" line has no date.',
        severity: 'error',
        suggestion: 'Fill in the date the policy was last changed, e.g. "{label}: 2026-01-31".',
      },
      unparseable: {
        text: 'The "{label}" date "{value}" is not a recognisable date.',
        suggestion: 'Write the date in full, e.g. "January 31, 2026" or "2026-01-31".',
      },
      future: {
        text: 'The policy date {date} is in the future (today is {today}).',
        severity: 'error',
      },
      stale: {
        text: 'The policy was last updated {days} days ago ({date}); review it at least every {maxAgeDays} days.',
        suggestion: 'Review the policy against current practice and law, then update its date.',
      },
      staleCcpa: {
        text: 'The policy was last updated {days} days ago ({date}); the CCPA requires an update at least once every 12 months (Cal. Civ. Code §1798.130(a)(5)).',
        severity: 'error',
        suggestion: 'Review and update the policy, then update its date.',
      },
    },
  },
  check(context) {
    const { document: doc, today, options } = context;
    const dated: Dated[] = frontMatterDates(doc);
    let sawLabel = dated.length > 0;
    /** A date filled in by the site generator: a date will be there, but the linter cannot read it. */
    let templated: Range | undefined;
    const reportEmpty = (finding: Extract<Finding, { type: 'empty' }>): void => {
      const template = templateOnLine(doc, finding.line);
      if (!template) {
        context.report({ messageId: 'empty', data: { label: finding.label }, at: finding.range });
        return;
      }
      templated ??= template.range;
      if (BUILD_TIME.test(template.raw)) {
        context.report({ messageId: 'buildTime', data: { label: finding.label.trim(), template: template.raw }, at: template.range });
      }
    };
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block)) continue;
      const logged = changeLogDate(sentence);
      if (logged) {
        sawLabel = true;
        dated.push(logged);
      }
      for (const finding of findingsIn(sentence)) {
        sawLabel = true;
        if (finding.type === 'dated') dated.push(finding.value);
        else if (finding.type === 'empty') reportEmpty(finding);
        else context.report({ messageId: 'unparseable', data: { label: finding.label, value: finding.text }, at: finding.range });
      }
    }
    if (!sawLabel) {
      const dateline = datelineDate(doc);
      if (dateline) {
        sawLabel = true;
        dated.push(dateline);
      }
    }
    if (!sawLabel) {
      context.report({ messageId: 'missing', at: missingAt(doc) });
      context.evidence({ item: 'policy date', status: 'missing' });
      return;
    }
    const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const todayIso = new Date(todayMs).toISOString().slice(0, 10);
    for (const d of dated) {
      if (earliestMoment(d.date) > todayMs) {
        context.report({ messageId: 'future', data: { date: d.date.iso, today: todayIso }, at: d.range });
      }
    }
    // The policy's date: the latest "last updated" date, else the latest effective date.
    const pool = dated.some((d) => d.kind === 'updated') ? dated.filter((d) => d.kind === 'updated') : dated;
    const current = pool.reduce<Dated | undefined>((best, d) => (!best || latestMoment(d.date) > latestMoment(best.date) ? d : best), undefined);
    if (!current && templated) {
      context.evidence({ item: 'policy date', status: 'met', at: templated });
      return;
    }
    if (!current) {
      // Only empty or unreadable labels: reported above, and no date is stated.
      context.evidence({ item: 'policy date', status: 'missing' });
      return;
    }
    context.evidence({ item: 'policy date', status: 'met', at: current.range });
    const days = Math.floor((todayMs - latestMoment(current.date)) / DAY_MS);
    // Under the CCPA the 12-month update is the law, whatever maxAgeDays allows; but only a
    // business that collects personal information owes it (§1798.140(d)), not a policy
    // that declares it collects none.
    if (context.jurisdictions.includes('ccpa') && days > CCPA_MAX_DAYS && !findNoCollectionDeclaration(doc)) {
      context.report({ messageId: 'staleCcpa', data: { days, date: current.date.iso }, at: current.range });
    } else if (days > options.maxAgeDays) {
      context.report({
        messageId: 'stale',
        data: { days, date: current.date.iso, maxAgeDays: options.maxAgeDays },
        at: current.range,
      });
    }
  },
});
