// Guards the measured precision and recall of each rule on its labelled excerpts
// (fixtures/accuracy). The excerpts are a measurement, not a table of must-pass cases:
// `npm run accuracy -- --verbose` lists every miss. The floors catch regressions.
import { describe, expect, it } from 'vitest';
import { measure } from '../bench/accuracy.mjs';

const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.65;

describe('accuracy on the labelled excerpts', () => {
  const results = measure();
  it('has a labelled set for every rule family member, each of at least 60 runs in the main set', () => {
    const main = results.filter((r) => !r.set.startsWith('heldout/'));
    expect(main.length).toBeGreaterThanOrEqual(5);
    for (const r of main) expect(r.tp + r.fp + r.fn + r.tn, r.set).toBeGreaterThanOrEqual(60);
  });
  // Held-out sets (written after a rule was finished) are a measurement for the closing
  // notes, reported by `npm run accuracy`; the floors guard the main sets.
  for (const r of results.filter((x) => !x.set.startsWith('heldout/'))) {
    it(`${r.set}: precision ≥ ${PRECISION_FLOOR}, recall ≥ ${RECALL_FLOOR}`, () => {
      const precision = r.tp + r.fp === 0 ? 1 : r.tp / (r.tp + r.fp);
      const recall = r.tp + r.fn === 0 ? 1 : r.tp / (r.tp + r.fn);
      expect(precision, JSON.stringify(r.misses.filter((m) => m.kind === 'fp'))).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(recall, JSON.stringify(r.misses.filter((m) => m.kind === 'fn'))).toBeGreaterThanOrEqual(RECALL_FLOOR);
    });
  }
});
