// Small pure steps that turn what rules reported into the diagnostics users see:
// messages → directives → dedupe → sort → counts. Each is tested alone.
import { suppressedBy, type Directive } from './directives.js';
import type { Diagnostic, LintResult, Severity } from './types.js';

/** Fill `{name}` placeholders from `data`; unknown names stay visible. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/** Drops what the directives silence; `used` tells which directives silenced something. */
export function applyDirectives(
  diagnostics: Diagnostic[],
  directives: readonly Directive[],
): { kept: Diagnostic[]; used: Set<Directive> } {
  const used = new Set<Directive>();
  if (directives.length === 0) return { kept: diagnostics, used };
  const kept = diagnostics.filter((d) => {
    const by = suppressedBy(d, directives);
    if (by) used.add(by);
    return !by;
  });
  return { kept, used };
}

/** One diagnostic per rule, message and place. */
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\u0000${d.message}\u0000${d.line}:${d.column}:${d.endLine}:${d.endColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** By line, then column, then rule id: stable for snapshot tests and CI logs. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Pick<LintResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  return { errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}
