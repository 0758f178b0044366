// Human output in the shape of ESLint's stylish formatter: the file path underlined, then
// aligned rows `line:col  severity  message  ruleId`, then a summary line.
import pc from 'picocolors';
import type { Diagnostic, LintResult, Severity } from '../engine/types.js';
import type { FormatterContext } from './index.js';
import { problemCounts } from './text.js';

type Paint = (s: string) => string;

/** Control characters from a policy or a file name must not drive the terminal. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatStylish(results: readonly LintResult[], context: FormatterContext): string {
  const c = pc.createColors(context.color);
  const severityPaint: Record<Severity, Paint> = { error: c.red, warning: c.yellow, info: c.cyan };
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;

    const rows = result.messages.map((m: Diagnostic) => ({
      line: String(m.line),
      column: String(m.column),
      severity: m.severity,
      // ESLint drops a final period: the rule id follows on the same line.
      message: printable(m.message).replace(/([^ ])\.$/u, '$1'),
      ruleId: m.ruleId,
    }));
    const width = (pick: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => pick(r).length));
    const lineW = width((r) => r.line);
    const columnW = width((r) => r.column);
    const severityW = width((r) => r.severity);
    const messageW = width((r) => r.message);

    out += `\n${c.underline(printable(result.filePath))}\n`;
    for (const r of rows) {
      // Pad the plain text first, colour afterwards, so escape codes don't skew the columns.
      const position = `${r.line.padStart(lineW)}:${r.column.padEnd(columnW)}`;
      out +=
        `  ${c.dim(position)}  ${severityPaint[r.severity](r.severity.padEnd(severityW))}  ` +
        `${r.message.padEnd(messageW)}  ${c.dim(r.ruleId)}\n`;
    }
  }

  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summaryPaint = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.cyan;
  const summary = `\u2716 ${problemCounts({ errorCount: errors, warningCount: warnings, infoCount: infos })}`;
  return `${out}\n${c.bold(summaryPaint(summary))}\n`;
}
