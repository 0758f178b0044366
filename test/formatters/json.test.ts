import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/formatters/json.js';
import { context, results } from './results.fixture.js';

describe('json formatter', () => {
  const text = formatJson(results, context);
  const parsed = JSON.parse(text) as Array<Record<string, unknown>>;

  it('is one compact line ending in a newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
  });

  it('has one object per file, in input order, with exactly the contract keys', () => {
    expect(parsed.map((f) => f.filePath)).toEqual(['docs/privacy.md', 'clean.txt', 'za/popia policy.txt']);
    for (const file of parsed) {
      expect(Object.keys(file)).toEqual(['filePath', 'jurisdictions', 'errorCount', 'warningCount', 'infoCount', 'messages', 'requirements']);
    }
  });

  it('keeps the contract keys of messages in order; suggestion only when present; no messageId', () => {
    const messages = parsed[0]?.messages as Array<Record<string, unknown>>;
    const base = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'reference', 'url'];
    expect(Object.keys(messages[0] ?? {})).toEqual(base);
    expect(Object.keys(messages[1] ?? {})).toEqual([...base, 'suggestion']);
    expect(text).not.toContain('messageId');
  });

  it('gives the evidence checklist with its position and text, or null evidence', () => {
    expect(parsed[0]?.requirements).toEqual([
      { ruleId: 'last-updated', item: 'policy date', status: 'missing', evidence: null },
      { ruleId: 'gdpr/legal-basis', item: 'legal basis', status: 'missing', evidence: null },
      {
        ruleId: 'gdpr/data-subject-rights',
        item: 'right of access (Art. 15)',
        status: 'met',
        evidence: { line: 38, column: 3, endLine: 38, endColumn: 41, text: 'You can ask for a copy of your data.' },
      },
    ]);
  });

  it('never prints the linted source', () => {
    const withSource = results.map((r) => ({ ...r, source: 'SECRET-SOURCE-TEXT' }));
    expect(formatJson(withSource, context)).not.toContain('SECRET-SOURCE-TEXT');
  });

  it('round-trips the values exactly', () => {
    expect(parsed).toEqual([
      {
        filePath: 'docs/privacy.md',
        jurisdictions: ['gdpr'],
        errorCount: 2,
        warningCount: 1,
        infoCount: 1,
        messages: results[0]?.messages.map(({ messageId: _, ...m }) => m),
        requirements: parsed[0]?.requirements,
      },
      { filePath: 'clean.txt', jurisdictions: [], errorCount: 0, warningCount: 0, infoCount: 0, messages: [], requirements: [] },
      {
        filePath: 'za/popia policy.txt',
        jurisdictions: ['popia', 'ccpa'],
        errorCount: 0,
        warningCount: 1,
        infoCount: 0,
        messages: results[2]?.messages.map(({ messageId: _, ...m }) => m),
        requirements: [],
      },
    ]);
  });

  it('prints an empty array for no results', () => {
    expect(formatJson([], context)).toBe('[]\n');
  });
});
