// Property-based robustness: whatever the text — random Unicode, control characters,
// CRLF and lone CR, lone surrogates, long lines, deep lists, broken tables and markup —
// reading and linting never throws, no rule crashes, every position lies inside the
// file, and the document model keeps its position invariants. Deterministic seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { INTERNAL_ERROR, lintDocument } from '../src/engine/index.js';
import { readDocument, type SourceFormat } from '../src/model/index.js';
import { checkInvariants } from './helpers/invariants.js';

/** Pieces real policies are made of, so random documents reach every reader path. */
const FRAGMENTS = [
  '# Privacy Policy', '## 1. Who We Are', '4.3 Business Transfers', 'YOUR RIGHTS', 'Back to home', 'Legal',
  '- **Email** - for login', '  • Account data — until account closure + 90 days', '* item', '1. first', '   - nested',
  '| Purpose | Basis |', '|---|---|', '| Billing | Contract (Art. 6(1)(b)) |', 'a\tb\tc',
  'CategoryExamplesPurposeBasis', 'Account InformationName, work emailAccount creationContract',
  'Last updated:', 'Last Updated: November 18, 2025', 'Effective May 2026', 'Version 1.0 · Effective 2026-05-15',
  'privacy@example.com', 'dpo@leadconneqt.comwith', '[email\u00a0protected]', 'https://example.com/privacy', 'ico.org.uk',
  'We keep logs for 30 days.', 'as long as necessary', 'not intended for children under 13 (or 16 in the EU)',
  'By using the Service, you consent to this Policy.', 'We will notify you within 72 hours of a data breach.',
  '[Company Name]', '{{APP_NAME}}', '%{domain}s', '{{ site.data.x }}', '{% include x %}', '<!-- policylint-disable -->',
  '<table><tr><td>x</td></tr></table>', '<details><summary>s</summary>', '---', '+++', '```', '> quote', '\\*', '&amp;',
  'GDPR', 'POPIA', 'CCPA', '(Pty) Ltd', 'GmbH', 'Information Regulator', 'supervisory authority', 'Standard Contractual Clauses',
];

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u0000', '\u0007', '\ud800', '\udfff', '\u2028', '\ufeff') },
);
const newline = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n');
const document = fc
  .array(fc.tuple(line, newline, fc.nat({ max: 12 })), { maxLength: 60 })
  .map((parts) => parts.map(([l, nl, indent]) => ' '.repeat(indent % 5 === 0 ? indent : 0) + l + nl).join(''));

const today = new Date('2026-11-27T00:00:00Z');

function lintsCleanly(text: string, format: SourceFormat): void {
  const doc = readDocument(format === 'markdown' ? 'p.md' : 'p.txt', text, { format });
  expect(checkInvariants(doc)).toEqual([]);
  const result = lintDocument(doc, { rules: builtinRules, jurisdictions: ['gdpr', 'popia', 'ccpa'], today });
  const lines = doc.pointAt(text.length).line;
  for (const m of result.messages) {
    expect(m.messageId, m.message).not.toBe(INTERNAL_ERROR);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeLessThanOrEqual(lines);
    expect(m.line < m.endLine || (m.line === m.endLine && m.column <= m.endColumn)).toBe(true);
  }
}

describe('random documents never break the reader or a rule', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`${format}: 150 generated documents`, () => {
      fc.assert(
        fc.property(document, (text) => lintsCleanly(text, format)),
        { numRuns: 150, seed: 20261127 },
      );
    });
  }

  it('deeply nested lists and very long lines', () => {
    const nested = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i} data kept for 30 days`).join('\n');
    const long = `We collect ${'personal data, '.repeat(20000)}and keep it as long as necessary.`;
    for (const format of ['markdown', 'plaintext'] as const) {
      lintsCleanly(nested, format);
      lintsCleanly(long, format);
    }
  });
});
