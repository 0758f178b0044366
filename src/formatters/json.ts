// The editor and tool integration contract (spec § JSON output): exactly these keys, in
// this order. Internal fields (messageId, requirements) never leak into it.
import type { Diagnostic, LintResult } from '../engine/types.js';
import type { FormatterContext } from './index.js';

function message(m: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    reference: m.reference,
    url: m.url,
  };
  if (m.suggestion !== undefined) out.suggestion = m.suggestion;
  return out;
}

/** Compact, one line (like ESLint's json formatter): tools parse it, people use stylish. */
export function formatJson(results: readonly LintResult[], _context?: FormatterContext): string {
  const files = results.map((r) => ({
    filePath: r.filePath,
    jurisdictions: r.jurisdictions,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    messages: r.messages.map(message),
  }));
  return `${JSON.stringify(files)}\n`;
}
