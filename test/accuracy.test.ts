// Guards the measured precision and recall of each rule on its labelled excerpts
// (fixtures/accuracy). The excerpts are a measurement, not a table of must-pass cases:
// `npm run accuracy -- --verbose` lists every miss. The floors catch regressions.
import { describe, expect, it } from 'vitest';
import { measure } from '../bench/accuracy.mjs';

const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.65;

describe('accuracy on the labelled excerpts', () => {
  const results = measure();
  const runs = (r: (typeof results)[number]): number => r.tp + r.fp + r.fn + r.tn;
  const main = results.filter((r) => !r.set.startsWith('heldout'));

  it('has a labelled set of at least 50 runs (about 25 excerpts in both readers) for every rule', () => {
    for (const r of main) expect(runs(r), r.set).toBeGreaterThanOrEqual(50);
  });

  // What the issues ask of each pack: general 60 excerpts a rule, GDPR 150, POPIA and CCPA 80.
  it.each([
    ['general', 5 * 60 * 2],
    ['gdpr', 150 * 2],
    ['popia', 80 * 2],
    ['ccpa', 80 * 2],
  ])('the %s pack has at least %i runs', (pack, minimum) => {
    const inPack = main.filter((r) => (r.set.includes('/') ? r.set.split('/')[0] : 'general') === pack);
    expect(inPack.reduce((n, r) => n + runs(r), 0)).toBeGreaterThanOrEqual(minimum);
  });
  // Held-out sets (written after a rule was finished) are a measurement for the closing
  // notes, reported by `npm run accuracy`; the floors guard the main sets.
  for (const r of results.filter((x) => !x.set.startsWith('heldout'))) {
    it(`${r.set}: precision ≥ ${PRECISION_FLOOR}, recall ≥ ${RECALL_FLOOR}`, () => {
      const precision = r.tp + r.fp === 0 ? 1 : r.tp / (r.tp + r.fp);
      const recall = r.tp + r.fn === 0 ? 1 : r.tp / (r.tp + r.fn);
      expect(precision, JSON.stringify(r.misses.filter((m) => m.kind === 'fp'))).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(recall, JSON.stringify(r.misses.filter((m) => m.kind === 'fn'))).toBeGreaterThanOrEqual(RECALL_FLOOR);
    });
  }
});
