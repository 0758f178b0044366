// The evidence checklist (`requirements`) agrees with the findings: every requirement
// rule that runs says how the policy meets its requirement, a "missing" row always comes
// with a finding, and each row's evidence is the text at its position.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { JURISDICTIONS, lintDocument, type Jurisdiction, type LintResult } from '../../src/engine/index.js';
import { readDocument, type PolicyDocument } from '../../src/model/index.js';
import { listFixtures, readFixture } from '../helpers/fixtures.js';
import { offsetOf } from '../helpers/positions.js';

const today = new Date('2026-11-27T00:00:00Z');
// Rules that look for what must NOT be there have no requirement to meet.
const NOT_REQUIREMENTS = new Set(['placeholder-text']);
// A rule that leaves the finding for a missing item to a general rule, to avoid two reports.
const REPORTED_BY: Record<string, string> = { 'ccpa/retention': 'retention-period' };
const REAL = [...listFixtures('seeds'), ...listFixtures('corpus')];

function applies(id: string, result: LintResult): boolean {
  const laws = builtinRules.find((r) => r.meta.id === id)!.meta.jurisdictions;
  return laws === 'all' || laws.some((j) => result.jurisdictions.includes(j));
}


const bare = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

function problems(doc: PolicyDocument, jurisdictions: readonly Jurisdiction[] | 'auto'): string[] {
  const result = lintDocument(doc, { rules: builtinRules, today, jurisdictions });
  const out: string[] = [];
  for (const { meta } of builtinRules) {
    if (NOT_REQUIREMENTS.has(meta.id) || !applies(meta.id, result)) continue;
    const rows = result.requirements.filter((r) => r.ruleId === meta.id);
    const findings = result.messages.filter((m) => m.ruleId === meta.id || m.ruleId === REPORTED_BY[meta.id]);
    if (rows.length === 0) out.push(`${meta.id}: ran but recorded no requirement`);
    if (rows.some((r) => r.status === 'missing') && findings.length === 0) out.push(`${meta.id}: "missing" without a finding`);
  }
  for (const row of result.requirements) {
    if (row.line === undefined) continue;
    const at = doc.source.slice(offsetOf(doc.source, row.line, row.column!), offsetOf(doc.source, row.endLine!, row.endColumn!));
    // The row shows the sentence that holds the matched words, as prose (markup, link
    // targets and template tags removed): the words must occur in it.
    const shown = (row.text ?? '').replace(/…$/, '');
    if (shown === '' || !bare(shown).includes(bare(at).slice(0, 24))) {
      out.push(`${row.ruleId}: evidence ${JSON.stringify(shown)} is not the text at ${row.line}:${row.column}`);
    }
  }
  return out;
}

describe('evidence checklist', () => {
  for (const file of REAL) {
    it(`${file}: every requirement rule records rows that agree with its findings`, () => {
      const doc = readFixture(file);
      expect(problems(doc, 'auto')).toEqual([]);
      expect(problems(doc, JURISDICTIONS)).toEqual([]);
    });
  }

  it('a near-empty policy: every rule still says how its requirement stands', () => {
    for (const [name, text] of [
      ['p.md', '# Privacy\n\nWe respect your privacy.\n'],
      ['p.txt', 'PRIVACY\n\nWe respect your privacy.\n'],
    ] as const) {
      expect(problems(readDocument(name, text), JURISDICTIONS)).toEqual([]);
    }
  });
});
