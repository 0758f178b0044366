// ESLint-RuleTester-style tables: valid and invalid cases, each read as Markdown and as
// plain text unless a case says otherwise, asserting message ids and positions.
import { describe, expect, it } from 'vitest';
import { lintDocument, type Jurisdiction, type Rule, type Severity } from '../../src/engine/index.js';
import { readDocument, type SourceFormat } from '../../src/model/index.js';
import { readFixture } from './fixtures.js';

export interface Case {
  name?: string;
  text: string;
  /** Default: both readers. */
  formats?: SourceFormat[];
  options?: Record<string, unknown>;
  jurisdictions?: Jurisdiction[];
  today?: string;
}

export interface Expected {
  messageId: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

export const DEFAULT_TODAY = '2026-11-27';

export function run(rule: Rule, c: Case, format: SourceFormat) {
  const doc = readDocument(format === 'markdown' ? 'policy.md' : 'policy.txt', c.text, { format });
  const settings = new Map([[rule.meta.id, c.options ? { options: c.options } : {}]]);
  return lintDocument(doc, {
    rules: [rule],
    settings,
    jurisdictions: c.jurisdictions ?? ['gdpr', 'popia', 'ccpa'],
    today: new Date(`${c.today ?? DEFAULT_TODAY}T00:00:00Z`),
  });
}

const label = (c: Case): string => c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 70);

export function testRule(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      for (const format of c.formats ?? (['markdown', 'plaintext'] as const)) {
        it(`valid (${format}): ${label(c)}`, () => {
          const result = run(rule, c, format);
          expect(result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}: ${m.message}`)).toEqual([]);
        });
      }
    }
    for (const c of cases.invalid) {
      for (const format of c.formats ?? (['markdown', 'plaintext'] as const)) {
        it(`invalid (${format}): ${label(c)}`, () => {
          const result = run(rule, c, format);
          const actual = result.messages.map((m, i) => {
            const want = c.errors[i];
            const got: Record<string, unknown> = { messageId: m.messageId, line: m.line };
            if (want?.column !== undefined) got['column'] = m.column;
            if (want?.endLine !== undefined) got['endLine'] = m.endLine;
            if (want?.endColumn !== undefined) got['endColumn'] = m.endColumn;
            if (want?.severity !== undefined) got['severity'] = m.severity;
            return got;
          });
          expect(actual).toEqual(c.errors);
          // Every {name} of the message template was filled in.
          for (const m of result.messages) {
            const template = rule.meta.messages[m.messageId]?.text ?? '';
            for (const [slot] of template.matchAll(/\{\w+\}/g)) expect(m.message).not.toContain(slot);
          }
        });
      }
    }
  });
}

/** One rule on a file of fixtures/, with jurisdictions detected and --today 2026-11-27. */
export function lintFixture(rule: Rule, file: string) {
  return lintDocument(readFixture(file), { rules: [rule], today: new Date(`${DEFAULT_TODAY}T00:00:00Z`) });
}
