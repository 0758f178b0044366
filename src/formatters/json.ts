// The editor and tool integration contract (spec § JSON output): exactly these keys, in
// this order. Internal fields (messageId, source) never leak into it.
import type { Diagnostic, Evidence, LintResult } from '../engine/types.js';
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

/** One checklist row: `evidence` is null when no text meets the requirement. */
function requirement(e: Evidence): Record<string, unknown> {
  return {
    ruleId: e.ruleId,
    item: e.item,
    status: e.status,
    evidence:
      e.line === undefined
        ? null
        : { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text ?? '' },
  };
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
    requirements: r.requirements.map(requirement),
  }));
  return `${JSON.stringify(files)}\n`;
}
