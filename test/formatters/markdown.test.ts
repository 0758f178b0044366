import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintDocument, type LintResult } from '../../src/engine/index.js';
import { checklistOf, completeness } from '../../src/formatters/checklist.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { readDocument } from '../../src/model/index.js';
import { readFixture } from '../helpers/fixtures.js';
import { context, results } from './results.fixture.js';

const today = new Date('2026-11-27T00:00:00Z');
const rulesMeta = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));
const lint = (doc: ReturnType<typeof readDocument>): LintResult => lintDocument(doc, { rules: builtinRules, today });

describe('checklist model', () => {
  it('scores met as 1, partial as ½, leaves not-applicable out, and has no figure when nothing applies', () => {
    const row = (status: 'met' | 'partial' | 'missing' | 'not-applicable') => ({ requirement: { ruleId: 'x', item: 'x', status } });
    expect(completeness([row('met'), row('partial'), row('missing'), row('not-applicable')])).toEqual({
      met: 1,
      partial: 1,
      missing: 1,
      notApplicable: 1,
      percent: 50,
    });
    expect(completeness([row('not-applicable')]).percent).toBeNull();
    expect(completeness([]).percent).toBeNull();
  });

  it('groups rows by law in a fixed order and gives each unmet row its rule’s findings', () => {
    const result = lint(readFixture('seeds/003_a73e55a167ae72aa.txt'));
    const laws = checklistOf(result, rulesMeta);
    expect(laws.map((l) => l.law)).toEqual(['gdpr', 'general']);
    const rights = laws[0]!.rows.filter((r) => r.requirement.ruleId === 'gdpr/data-subject-rights');
    expect(rights.map((r) => `${r.requirement.item.split(' (')[0]}: ${r.requirement.status} ${r.findings.length}`)).toEqual([
      'right of access: met 0',
      'right to rectification: met 0',
      'right to erasure: met 0',
      'right to restriction of processing: missing 1',
      'right to data portability: met 0',
      'right to object: met 0',
    ]);
    // A rule whose requirement is met but whose text is faulty: the finding sits on that row.
    const stale = checklistOf(lint(readFixture('seeds/002_d0849b8b0e039e27.txt')), rulesMeta)
      .flatMap((l) => l.rows)
      .find((r) => r.requirement.ruleId === 'last-updated');
    expect(stale).toMatchObject({ requirement: { status: 'met' }, findings: [expect.objectContaining({ messageId: 'stale' })] });
  });

  it('without rule metadata, places rows by the law in their rule id', () => {
    const laws = checklistOf(results[0]!);
    expect(laws.map((l) => [l.law, l.rows.length])).toEqual([
      ['gdpr', 2],
      ['other', 1],
    ]);
  });
});

describe('markdown formatter', () => {
  it('prints a summary and one checklist table per law, with evidence and findings', () => {
    const text = formatMarkdown([lint(readFixture('seeds/003_a73e55a167ae72aa.txt'))], { ...context, cwd: '/nowhere', rulesMeta });
    expect(text).toContain('## policylint compliance checklist');
    expect(text).toContain('### seeds/003_a73e55a167ae72aa.txt');
    expect(text).toMatch(/^\| GDPR \| \d+% \| 7 \| 1 \| 6 \| 4 \|$/m);
    expect(text).toMatch(/^#### GDPR: \d+% complete$/m);
    expect(text).toContain(
      '| ✅ Met | right of access (Art. 15)<br>[gdpr/data-subject-rights](https://github.com/policylint/policylint/blob/main/docs/rules/gdpr/data-subject-rights.md) | line 56: “Access to your data — export through the cabinet or by request” |  |',
    );
    expect(text).toMatch(/^\| ❌ Missing \| right to restriction of processing \(Art\. 18\)<br>.* \| — \| line 54: The policy does not inform users of the right to restriction/m);
    expect(text).toMatch(/^\| ➖ Not applicable \| transfer safeguard<br>/m);
    // Every table row has the same number of cells as its header.
    for (const line of text.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.replace(/\\\|/g, '').split(' | ').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('escapes policy text so no cell, row or markup can be broken or injected', () => {
    const doc = readDocument(
      'evil.txt',
      'PRIVACY | <script>alert(1)</script>\n\nLast updated: 2026-01-01.\n\nUnder the GDPR you have the right of access | <img src=x onerror=alert(1)> to your data.\n',
    );
    const text = formatMarkdown([lint(doc)], { ...context, rulesMeta });
    expect(text).not.toMatch(/<script|<img/);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('access \\| &lt;img');
  });

  it('lists findings of rules without a requirement, and says when nothing was linted', () => {
    const text = formatMarkdown([lint(readFixture('seeds/000_d80a1d47bfd452aa.txt'))], { ...context, rulesMeta });
    expect(text).toContain('#### Other findings');
    expect(text).toMatch(/^\| 326 \| error \| .*\[Address\].* \| \[placeholder-text\]\(https:/m);
    expect(formatMarkdown([], context)).toBe('## policylint compliance checklist\n\nNo files were linted.\n');
  });

  it('links only plain web addresses', () => {
    const bad = { ...results[0]!, messages: [], requirements: [{ ruleId: 'x/y', item: 'i', status: 'met' as const }] };
    const text = formatMarkdown([bad], { ...context, rulesMeta: {} });
    expect(text).toContain('[x/y](https://github.com/policylint/policylint/blob/main/docs/rules/x/y.md)');
  });
});
