// Types for test/accuracy.test.ts, which reuses the measurement of bench/accuracy.mjs.
export interface RuleAccuracy {
  rule: string;
  /** The labelled file, relative to fixtures/accuracy. */
  set: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: Array<{ kind: 'fp' | 'fn'; format: string; text: string; note?: string }>;
}
export function measure(): RuleAccuracy[];
