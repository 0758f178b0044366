// Built-in presets, named in `extends` as `policylint:<name>`.
import type { Jurisdiction, Rule, RuleSetting } from '../engine/types.js';
import type { ConfigData } from './validate.js';

const empty = (): ConfigData => ({ extends: [], plugins: [], overrides: [], ignores: [] });

const forLaw = (law: Jurisdiction): ConfigData => ({ ...empty(), jurisdictions: [law] });

export const PRESETS: Record<string, (rules: readonly Rule[]) => ConfigData> = {
  /** Every rule with its own default severities: what runs without configuration. */
  recommended: () => empty(),
  /** Every finding is an error. */
  strict: (rules) => ({
    ...empty(),
    rules: Object.fromEntries(rules.map((r): [string, RuleSetting] => [r.meta.id, { severity: 'error' }])),
  }),
  gdpr: () => forLaw('gdpr'),
  popia: () => forLaw('popia'),
  ccpa: () => forLaw('ccpa'),
};

export const PRESET_PREFIX = 'policylint:';
