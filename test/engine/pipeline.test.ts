import { describe, expect, it } from 'vitest';
import { parseDirectives, isSuppressed } from '../../src/engine/directives.js';
import { countBySeverity, dedupe, interpolate, sortDiagnostics } from '../../src/engine/pipeline.js';
import type { Diagnostic } from '../../src/engine/index.js';
import { readDocument } from '../../src/model/index.js';

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
