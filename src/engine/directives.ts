// Inline control comments, in Markdown and plain text alike:
//   <!-- policylint-disable RULE… -->, <!-- policylint-enable RULE… -->,
//   <!-- policylint-disable-next-line RULE… -->, <!-- policylint-disable-line RULE… -->
//   <!-- policylint-disable-file RULE… -->
// No rule ids means every rule. Text after " -- " is the reason.
import type { Comment } from '../model/types.js';
import type { Diagnostic } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  ruleIds: string[];
  reason?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const DIRECTIVE = /^policylint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const [body = '', reason] = (m[2] ?? '').split(/\s--\s|\s--$/, 2);
    const directive: Directive = {
      kind: m[1] as DirectiveKind,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      line: c.range.start.line,
      column: c.range.start.column,
      endLine: c.range.end.line,
      endColumn: c.range.end.column,
    };
    if (reason?.trim()) directive.reason = reason.trim();
    out.push(directive);
  }
  return out;
}

const before = (aLine: number, aCol: number, bLine: number, bCol: number): boolean =>
  aLine < bLine || (aLine === bLine && aCol < bCol);

function matches(d: Directive, ruleId: string): boolean {
  return d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
}

/**
 * The directive that silences `diagnostic`, or undefined. Block directives apply in
 * source order; a line directive or a file directive wins over them.
 */
export function suppressedBy(diagnostic: Diagnostic, directives: readonly Directive[]): Directive | undefined {
  let block: Directive | undefined;
  for (const d of directives) {
    if (!matches(d, diagnostic.ruleId)) continue;
    if (d.kind === 'disable-file') return d;
    if (d.kind === 'disable-line' && d.line === diagnostic.line) return d;
    if (d.kind === 'disable-next-line' && d.endLine + 1 === diagnostic.line) return d;
    if ((d.kind === 'disable' || d.kind === 'enable') && before(d.line, d.column, diagnostic.line, diagnostic.column)) {
      block = d.kind === 'disable' ? d : undefined;
    }
  }
  return block;
}
