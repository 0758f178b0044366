import { describe, expect, it } from 'vitest';
import { parseDirectives, suppressedBy, type Directive } from '../../src/engine/directives.js';
import { countBySeverity, dedupe, interpolate, sortDiagnostics } from '../../src/engine/pipeline.js';
import { lintDocument, type LintOptions, type Rule } from '../../src/engine/index.js';
import type { Diagnostic } from '../../src/engine/index.js';
import { readDocument, type Range } from '../../src/model/index.js';

const diag = (ruleId: string, line: number, column = 1, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  ruleId,
  messageId: 'm',
  severity,
  message: `${ruleId} at ${line}`,
  line,
  column,
  endLine: line,
  endColumn: column + 1,
  reference: '',
  url: '',
});

describe('pipeline steps', () => {
  it('interpolate fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('sorts by line, column, rule id', () => {
    const sorted = sortDiagnostics([diag('b', 2), diag('a', 2), diag('z', 1, 5), diag('y', 1, 2)]);
    expect(sorted.map((d) => `${d.line}:${d.column}:${d.ruleId}`)).toEqual(['1:2:y', '1:5:z', '2:1:a', '2:1:b']);
  });
  it('dedupes identical diagnostics only', () => {
    expect(dedupe([diag('a', 1), diag('a', 1), diag('a', 2)])).toHaveLength(2);
  });
  it('counts by severity', () => {
    expect(countBySeverity([diag('a', 1, 1, 'error'), diag('a', 1, 1, 'info'), diag('b', 1)])).toEqual({ errorCount: 1, warningCount: 1, infoCount: 1 });
  });
});

const isSuppressed = (d: Diagnostic, ds: readonly Directive[]): boolean => suppressedBy(d, ds) !== undefined;

describe('directives', () => {
  const directives = (text: string, format: 'markdown' | 'plaintext' = 'markdown') =>
    parseDirectives(readDocument(format === 'markdown' ? 'p.md' : 'p.txt', text, { format }).comments);

  it('parses kinds, rule lists and reasons, in Markdown and plain text', () => {
    for (const format of ['markdown', 'plaintext'] as const) {
      const ds = directives('<!-- policylint-disable a, b -- legal approved -->\n\nText\n\n<!-- policylint-enable -->\n', format);
      expect(ds.map((d) => [d.kind, d.ruleIds, d.reason ?? null, d.line])).toEqual([
        ['disable', ['a', 'b'], 'legal approved', 1],
        ['enable', [], null, 5],
      ]);
    }
  });

  it('ignores comments that are not directives', () => {
    expect(directives('<!-- policylint-disabled a -->\n<!-- just a note -->\n')).toEqual([]);
  });

  it('disable/enable ranges, next-line and line', () => {
    const ds = directives(
      ['<!-- policylint-disable a -->', 'x', '<!-- policylint-enable a -->', 'y <!-- policylint-disable-line b -->', '<!-- policylint-disable-next-line -->', 'z'].join('\n\n'),
    );
    expect(isSuppressed(diag('a', 3), ds)).toBe(true);
    expect(isSuppressed(diag('c', 3), ds)).toBe(false);
    expect(isSuppressed(diag('a', 6), ds)).toBe(false);
    expect(isSuppressed(diag('b', 7), ds)).toBe(true);
    expect(isSuppressed(diag('a', 7), ds)).toBe(false);
    expect(isSuppressed(diag('anything', 10), ds)).toBe(true);
    expect(isSuppressed(diag('anything', 11), ds)).toBe(false);
  });
});

describe('directive findings', () => {
  const rule = {
    meta: {
      id: 'test/every-line',
      description: 'Reports line 3.',
      reference: 'none',
      jurisdictions: 'all' as const,
      defaultSeverity: 'warning' as const,
      options: {},
      messages: { x: { text: 'line three' } },
    },
    check(context: { document: { rangeAt(a: number, b: number): Range; source: string }; report(d: unknown): void }) {
      const start = context.document.source.split('\n').slice(0, 2).join('\n').length + 1;
      context.report({ messageId: 'x', at: context.document.rangeAt(start, start + 1) });
    },
  } as unknown as Rule;
  const lint = (text: string, options: Partial<LintOptions> = {}) =>
    lintDocument(readDocument('p.txt', text), { rules: [rule], today: new Date(), jurisdictions: ['gdpr'], ...options }).messages.map(
      (m) => `${m.line} ${m.ruleId} ${m.messageId}`,
    );

  it('disable-file silences a rule everywhere', () => {
    expect(lint('a\n<!-- policylint-disable-file test/every-line -->\nthree\n')).toEqual([]);
  });
  it('reports unknown rule ids in directives', () => {
    expect(lint('<!-- policylint-disable-next-line test/every-lin -->\nb\nthree\n')).toEqual(['1 policylint-directive unknownRule', '3 test/every-line x']);
  });
  it('reports directives without a reason when asked', () => {
    const text = 'a\n<!-- policylint-disable-next-line test/every-line -->\nthree\n<!-- policylint-disable-line -- legal said so -->';
    expect(lint(text)).toEqual([]);
    expect(lint(text, { requireDisableReason: true })).toEqual(['2 policylint-directive missingReason']);
  });
  it('reports directives that silenced nothing when asked', () => {
    const text = '<!-- policylint-disable-next-line test/every-line -->\nb\nthree\n<!-- policylint-disable-line -->';
    expect(lint(text, { reportUnusedDirectives: 'warning' })).toEqual([
      '1 policylint-directive unused',
      '3 test/every-line x',
      '4 policylint-directive unused',
    ]);
  });
});
