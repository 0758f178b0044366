// Inline control comments, in Markdown and plain text alike:
//   <!-- policylint-disable RULE… -->, <!-- policylint-enable RULE… -->,
//   <!-- policylint-disable-next-line RULE… -->, <!-- policylint-disable-line RULE… -->
// No rule ids means every rule. Text after " -- " is the reason.
import type { Comment } from '../model/types.js';
import type { Diagnostic } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  ruleIds: string[];
  reason?: string;
  line: number;
  column: number;
  endLine: number;
}

const DIRECTIVE = /^policylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

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

/** Is `diagnostic` silenced by the directives? Block directives apply in source order. */
export function isSuppressed(diagnostic: Diagnostic, directives: readonly Directive[]): boolean {
  let disabled = false;
  for (const d of directives) {
    if (d.kind === 'disable-line' && d.line === diagnostic.line && matches(d, diagnostic.ruleId)) return true;
    if (d.kind === 'disable-next-line' && d.endLine + 1 === diagnostic.line && matches(d, diagnostic.ruleId)) return true;
    if ((d.kind === 'disable' || d.kind === 'enable') && matches(d, diagnostic.ruleId)) {
      if (before(d.line, d.column, diagnostic.line, diagnostic.column)) disabled = d.kind === 'disable';
    }
  }
  return disabled;
}
