import { describe, expect, it } from 'vitest';
import { defineRule, lintDocument, type Rule } from '../../src/engine/index.js';
import { readDocument } from '../../src/model/index.js';

const today = new Date('2026-11-27T00:00:00Z');

const everyHeading = defineRule({
  meta: {
    id: 'test/every-heading',
    description: 'Reports every heading.',
    reference: 'none',
    jurisdictions: 'all',
    defaultSeverity: 'warning',
    options: { prefix: { type: 'string', default: 'H', description: 'prefix' } },
    messages: {
      heading: { text: '{prefix}: {title}' },
      loud: { text: 'loud {title}', severity: 'error' },
    },
  },
  check(context) {
    for (const s of context.document.sections) {
      context.report({ messageId: s.level === 1 ? 'loud' : 'heading', data: { prefix: context.options.prefix, title: s.title }, at: s.heading! });
      context.evidence({ item: 'heading', status: 'met', at: s.heading! });
    }
  },
});

const crashes = defineRule({
  meta: {
    id: 'test/crashes',
    description: 'Throws.',
    reference: 'none',
    jurisdictions: 'all',
    defaultSeverity: 'warning',
    options: {},
    messages: {},
  },
  check() {
    throw new Error('boom');
  },
});

const popiaOnly: Rule = defineRule({
  meta: { ...everyHeading.meta, id: 'test/popia-only', jurisdictions: ['popia'] },
  check: everyHeading.check,
});

const doc = () => readDocument('p.md', '## Second\n\n# First\n\nWe follow the GDPR.\n');

describe('lintDocument', () => {
  it('interpolates messages, applies per-message severities, sorts, counts and records evidence', () => {
    const result = lintDocument(doc(), { rules: [everyHeading], today });
    expect(result.messages.map((m) => [m.line, m.severity, m.message])).toEqual([
      [1, 'warning', 'H: Second'],
      [3, 'error', 'loud First'],
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 0, jurisdictions: ['gdpr'] });
    expect(result.messages[0]).toMatchObject({
      ruleId: 'test/every-heading',
      column: 1,
      endLine: 1,
      endColumn: 10,
      reference: 'none',
      url: 'https://github.com/policylint/policylint/blob/main/docs/rules/test/every-heading.md',
    });
    expect(result.requirements).toEqual([
      { ruleId: 'test/every-heading', item: 'heading', status: 'met', line: 1, column: 1, endLine: 1, endColumn: 10, text: '## Second' },
      { ruleId: 'test/every-heading', item: 'heading', status: 'met', line: 3, column: 1, endLine: 3, endColumn: 8, text: '# First' },
    ]);
  });

  it('a configured severity overrides every message; off disables; options reach the rule', () => {
    const settings = new Map([['test/every-heading', { severity: 'info' as const, options: { prefix: 'X' } }]]);
    const result = lintDocument(doc(), { rules: [everyHeading], settings, today });
    expect(result.messages.map((m) => [m.severity, m.message])).toEqual([
      ['info', 'X: Second'],
      ['info', 'loud First'],
    ]);
    const off = lintDocument(doc(), { rules: [everyHeading], settings: new Map([['test/every-heading', { severity: 'off' as const }]]), today });
    expect(off.messages).toEqual([]);
  });

  it('isolates a rule that throws and still runs the others', () => {
    const result = lintDocument(doc(), { rules: [crashes, everyHeading], today });
    expect(result.messages[0]).toMatchObject({ ruleId: 'test/crashes', messageId: 'internal-error', severity: 'error', line: 1 });
    expect(result.messages[0]?.message).toContain('boom');
    expect(result.messages).toHaveLength(3);
  });

  it('runs law-specific rules only under their law; --jurisdiction overrides detection', () => {
    expect(lintDocument(doc(), { rules: [popiaOnly], today }).messages).toEqual([]);
    const forced = lintDocument(doc(), { rules: [popiaOnly], jurisdictions: ['popia'], today });
    expect(forced.jurisdictions).toEqual(['popia']);
    expect(forced.messages).toHaveLength(2);
  });

  it('honours inline directives', () => {
    const d = readDocument('p.md', '<!-- policylint-disable-next-line test/every-heading -- reviewed -->\n## Second\n\n# First\n');
    expect(lintDocument(d, { rules: [everyHeading], today }).messages.map((m) => m.line)).toEqual([4]);
  });

  describe('evidence text', () => {
    /** A rule that records the first match of a pattern as evidence. */
    const evidenceOf = (pattern: RegExp, text: string, name = 'p.md') => {
      const rule = defineRule({
        meta: { ...everyHeading.meta, id: 'test/evidence', options: {}, messages: {} },
        check(context) {
          const d = context.document;
          const m = pattern.exec(d.source);
          if (m) context.evidence({ item: 'x', status: 'met', at: { start: d.pointAt(m.index), end: d.pointAt(m.index + m[0].length) } });
        },
      });
      return lintDocument(readDocument(name, text), { rules: [rule], today }).requirements[0];
    };

    it('is the sentence that holds the matched words, as prose; the position stays on the words', () => {
      const e = evidenceOf(/Portab/, '# Rights\n\n### Access & **Portability**\n\nWe reply in a month. You may ask for a copy.\n');
      expect(e).toMatchObject({ line: 3, column: 16, endLine: 3, endColumn: 22, text: 'Access & Portability' });
      expect(evidenceOf(/a copy/, 'We reply in a month.\nYou may ask for\n   a copy.\n', 'p.txt')).toMatchObject({
        line: 3,
        text: 'You may ask for a copy.',
      });
    });

    it('in a sentence too long to show, is the matched words widened to whole words', () => {
      const long = `${'word '.repeat(80)}you may obtain a cop${'y'} of the clauses ${'more '.repeat(40)}end.`;
      expect(evidenceOf(/obtain a co/, long)?.text).toBe('obtain a copy');
    });

    it('is cut at 300 characters with an ellipsis, never inside a surrogate pair', () => {
      const text = `${'a'.repeat(298)}😀${'b'.repeat(400)}`;
      const e = evidenceOf(/a+😀b+/u, text);
      expect(e?.text?.length).toBeLessThanOrEqual(300);
      expect(e?.text).toMatch(/^a{298}…$/);
    });
  });
});
