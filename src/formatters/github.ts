// `--format github`: GitHub Actions workflow commands, which the runner turns into
// annotations on the pull request (`::error file=…,line=…::message`). Every property and
// message is escaped exactly as GitHub's own toolkit does (@actions/core, command.ts), so
// no text from a policy or a file name can end the command early or start a new one.
import path from 'node:path';
import type { Diagnostic, LintResult, Severity } from '../engine/types.js';
import type { FormatterContext } from './index.js';
import { isWebUrl, markdownCell, plural, problemCounts } from './text.js';

/** GitHub shows at most this many annotations of each level per step (and 50 per job). */
export const ANNOTATIONS_PER_LEVEL = 10;

type Level = 'error' | 'warning' | 'notice';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'notice' };
const LEVEL_ORDER: readonly Level[] = ['error', 'warning', 'notice'];

/** The message part of a command (@actions/core escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A `key=value` property of a command (@actions/core escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message`, as @actions/core's Command.toString() builds it. */
export function workflowCommand(name: string, properties: ReadonlyArray<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

/**
 * The path GitHub expects: relative to the repository root (the working directory), with
 * forward slashes. Paths outside it stay absolute (GitHub then shows the annotation in the
 * log only).
 */
export function repositoryPath(filePath: string, cwd: string): string {
  let p = filePath;
  if (path.isAbsolute(p)) {
    const rel = path.relative(cwd, p);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) p = rel;
  }
  return p.split(path.sep).join('/');
}

/** The message with its legal reference, as every output shows it. */
export function messageWithReference(m: Diagnostic): string {
  return m.reference === '' ? m.message : `${m.message} (${m.reference})`;
}

interface Entry {
  file: string;
  fileIndex: number;
  message: Diagnostic;
}

/** Errors first, then warnings, then notices; within a level by file (input order), line, column. */
function ordered(results: readonly LintResult[]): Entry[] {
  const entries = results.flatMap((r, fileIndex) => r.messages.map((message) => ({ file: r.filePath, fileIndex, message })));
  const rank = (e: Entry) => LEVEL_ORDER.indexOf(LEVEL[e.message.severity]);
  // Array.prototype.sort is stable: equal positions keep the rule order of the results.
  return entries.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.fileIndex - b.fileIndex ||
      a.message.line - b.message.line ||
      a.message.column - b.message.column,
  );
}

function command(entry: Entry, cwd: string): string {
  const m = entry.message;
  const properties: Array<[string, string | number]> = [
    ['file', repositoryPath(entry.file, cwd)],
    ['line', m.line],
  ];
  // GitHub accepts columns only for an annotation on a single line (@actions/core:
  // "cannot be sent when startLine and endLine are different values").
  if (m.endLine === m.line) properties.push(['col', m.column]);
  properties.push(['endLine', m.endLine]);
  if (m.endLine === m.line) properties.push(['endColumn', m.endColumn]);
  properties.push(['title', m.ruleId]);
  return workflowCommand(LEVEL[m.severity], properties, messageWithReference(m));
}

/**
 * When a level has more findings than GitHub shows as annotations, one notice says how many
 * are not shown and where to find them. It goes right after the warnings, before the
 * info-level notices, so that it is always among the notices GitHub does show.
 */
function overflowNotice(counts: Record<Level, number>): string | undefined {
  if (LEVEL_ORDER.every((level) => counts[level] <= ANNOTATIONS_PER_LEVEL)) return undefined;
  const hidden: Record<Level, number> = {
    error: Math.max(0, counts.error - ANNOTATIONS_PER_LEVEL),
    warning: Math.max(0, counts.warning - ANNOTATIONS_PER_LEVEL),
    // This notice takes one of the notice slots.
    notice: Math.max(0, counts.notice - (ANNOTATIONS_PER_LEVEL - 1)),
  };
  const total = hidden.error + hidden.warning + hidden.notice;
  const parts = LEVEL_ORDER.filter((level) => hidden[level] > 0).map((level) => plural(hidden[level], level));
  return workflowCommand(
    'notice',
    [],
    `policylint: ${plural(total, 'finding')} not shown as annotations (${parts.join(', ')}): ` +
      `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step. ` +
      "Every finding is in this step's log and in the job summary; run policylint with --format stylish to see them all locally.",
  );
}

export function formatGithub(results: readonly LintResult[], context: FormatterContext): string {
  const entries = ordered(results);
  if (entries.length === 0) return '';
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const e of entries) counts[LEVEL[e.message.severity]]++;
  const overflow = overflowNotice(counts);

  const lines: string[] = [];
  let overflowPrinted = false;
  for (const entry of entries) {
    if (overflow !== undefined && !overflowPrinted && LEVEL[entry.message.severity] === 'notice') {
      lines.push(overflow);
      overflowPrinted = true;
    }
    lines.push(command(entry, context.cwd));
  }
  if (overflow !== undefined && !overflowPrinted) lines.push(overflow);
  return `${lines.join('\n')}\n`;
}

// ---- job summary ($GITHUB_STEP_SUMMARY) ---------------------------------------------

function ruleCell(m: Diagnostic): string {
  const id = markdownCell(m.ruleId);
  return isWebUrl(m.url) ? `[${id}](${m.url})` : id;
}

/**
 * The Markdown job summary: a count, then one table per file with findings (rule, severity,
 * line, message, reference), in the order of the report.
 */
export function formatGithubSummary(results: readonly LintResult[], context: FormatterContext): string {
  const count = (s: Severity) => results.reduce((n, r) => n + r.messages.filter((m) => m.severity === s).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const total = errors + warnings + infos;
  const out: string[] = ['## policylint', ''];
  if (total === 0) {
    out.push(`No problems found in ${plural(results.length, 'file')}.`, '');
    return `${out.join('\n')}\n`;
  }
  const withFindings = results.filter((r) => r.messages.length > 0);
  out.push(
    `${problemCounts({ errorCount: errors, warningCount: warnings, infoCount: infos })} ` +
      `in ${plural(withFindings.length, 'file')} of ${results.length} checked.`,
    '',
  );
  for (const result of withFindings) {
    out.push(`### ${markdownCell(repositoryPath(result.filePath, context.cwd))}`, '');
    out.push('| Rule | Severity | Line | Message | Reference |', '| --- | --- | ---: | --- | --- |');
    const messages = [...result.messages].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const m of messages) {
      out.push(
        `| ${ruleCell(m)} | ${m.severity} | ${m.line} | ${markdownCell(m.message)} | ${markdownCell(m.reference)} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
