// Types for test/accuracy.test.ts, which reuses the measurement of bench/accuracy.mjs.
export interface RuleAccuracy {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: Array<{ kind: 'fp' | 'fn'; format: string; text: string; note?: string }>;
}
export function measure(): RuleAccuracy[];
