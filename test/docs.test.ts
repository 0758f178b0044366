// The examples in each rule's docs page are linted, so the docs cannot drift from the
// rule: every "Fails" example must draw at least one diagnostic from its rule, every
// "Passes" example none.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { DEFAULT_TODAY, run } from './helpers/rule-tester.js';

const DOCS = fileURLToPath(new URL('../docs/rules/', import.meta.url));

/** Fenced `text` blocks under a `## <section>` heading. */
function examples(page: string, section: string): string[] {
  const start = page.indexOf(`\n## ${section}\n`);
  if (start < 0) return [];
  const end = page.indexOf('\n## ', start + 4);
  const body = page.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

describe('docs examples', () => {
  for (const rule of builtinRules) {
    const page = readFileSync(`${DOCS}${rule.meta.id}.md`, 'utf8');
    const fails = examples(page, 'Fails');
    const passes = examples(page, 'Passes');
    it(`${rule.meta.id} has examples that fail and pass`, () => {
      expect(fails.length).toBeGreaterThan(0);
      expect(passes.length).toBeGreaterThan(0);
    });
    for (const format of ['markdown', 'plaintext'] as const) {
      fails.forEach((text, i) => {
        it(`${rule.meta.id}: "Fails" example ${i + 1} fails (${format})`, () => {
          expect(run(rule, { text, today: DEFAULT_TODAY }, format).messages.length).toBeGreaterThan(0);
        });
      });
      passes.forEach((text, i) => {
        it(`${rule.meta.id}: "Passes" example ${i + 1} passes (${format})`, () => {
          expect(run(rule, { text, today: DEFAULT_TODAY }, format).messages).toEqual([]);
        });
      });
    }
  }
});
