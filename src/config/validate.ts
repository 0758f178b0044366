// The configuration file's shape, validated once at load with messages that name the
// file, the key and what was expected.
import { JURISDICTIONS, type Jurisdiction, type Rule, type RuleSetting } from '../engine/types.js';
import { ConfigError } from './errors.js';
import { validateRuleEntry } from './rules.js';

export type JurisdictionSetting = 'auto' | Jurisdiction[];

export interface Override {
  files: string[];
  excludedFiles: string[];
  jurisdictions?: JurisdictionSetting;
  rules?: Record<string, RuleSetting>;
}

/** One configuration object after validation; `extends` and `plugins` still to resolve. */
export interface ConfigData {
  extends: string[];
  plugins: string[];
  jurisdictions?: JurisdictionSetting;
  rules?: Record<string, RuleSetting>;
  overrides: Override[];
  ignores: string[];
}

const TOP_LEVEL_KEYS = ['extends', 'jurisdictions', 'rules', 'overrides', 'ignores', 'plugins', 'custom'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'jurisdictions', 'rules'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string, key: string, { nonEmpty = false } = {}): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v.length > 0) || (nonEmpty && list.length === 0)) {
    throw new ConfigError(`${where}: "${key}" must be ${nonEmpty ? 'a non-empty' : 'an'} array of strings, got ${JSON.stringify(value)}.`);
  }
  return list as string[];
}

function jurisdictionsOf(value: unknown, where: string, key: string): JurisdictionSetting {
  if (value === 'auto') return 'auto';
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (Array.isArray(list) && list.length > 0 && list.every((j) => (JURISDICTIONS as readonly unknown[]).includes(j))) {
    return list as Jurisdiction[];
  }
  throw new ConfigError(
    `${where}: "${key}" must be "auto" or a list of ${JURISDICTIONS.map((j) => `"${j}"`).join(', ')}, got ${JSON.stringify(value)}.`,
  );
}

function rulesOf(value: unknown, where: string, key: string, rules: readonly Rule[]): Record<string, RuleSetting> {
  if (!isObject(value)) throw new ConfigError(`${where}: "${key}" must be an object of rule settings, got ${JSON.stringify(value)}.`);
  const out: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(value)) out[id] = validateRuleEntry(id, entry, rules, `${where}: "${key}"`);
  return out;
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    // "$schema", "$comment" and "//" keys are for people and editors: JSON has no comments.
    if (!allowed.includes(key) && !key.startsWith('$') && !key.startsWith('//')) {
      throw new ConfigError(`${where}: unknown key "${key}" (expected one of: ${allowed.join(', ')}).`);
    }
  }
}

/** Only the keys `extends` and `plugins`: they must be read before rule ids can be checked. */
export function readLinks(raw: unknown, where: string): Pick<ConfigData, 'extends' | 'plugins'> {
  if (!isObject(raw)) throw new ConfigError(`${where}: the configuration must be an object, got ${JSON.stringify(raw)}.`);
  return {
    extends: raw['extends'] === undefined ? [] : stringList(raw['extends'], where, 'extends'),
    plugins: raw['plugins'] === undefined ? [] : stringList(raw['plugins'], where, 'plugins'),
  };
}

/** Validate a whole configuration object against the known rules. */
export function validateConfig(raw: unknown, where: string, rules: readonly Rule[]): ConfigData {
  const links = readLinks(raw, where);
  const obj = raw as Record<string, unknown>;
  unknownKeys(obj, TOP_LEVEL_KEYS, where);
  const data: ConfigData = { ...links, overrides: [], ignores: [] };
  if (obj['jurisdictions'] !== undefined) data.jurisdictions = jurisdictionsOf(obj['jurisdictions'], where, 'jurisdictions');
  if (obj['rules'] !== undefined) data.rules = rulesOf(obj['rules'], where, 'rules', rules);
  if (obj['ignores'] !== undefined) data.ignores = stringList(obj['ignores'], where, 'ignores');
  if (obj['overrides'] !== undefined) {
    if (!Array.isArray(obj['overrides'])) throw new ConfigError(`${where}: "overrides" must be an array, got ${JSON.stringify(obj['overrides'])}.`);
    data.overrides = obj['overrides'].map((o: unknown, i: number) => {
      const at = `${where}: "overrides[${i}]"`;
      if (!isObject(o)) throw new ConfigError(`${at} must be an object.`);
      unknownKeys(o, OVERRIDE_KEYS, at);
      const override: Override = {
        files: stringList(o['files'], at, 'files', { nonEmpty: true }),
        excludedFiles: o['excludedFiles'] === undefined ? [] : stringList(o['excludedFiles'], at, 'excludedFiles'),
      };
      if (o['jurisdictions'] !== undefined) override.jurisdictions = jurisdictionsOf(o['jurisdictions'], at, 'jurisdictions');
      if (o['rules'] !== undefined) override.rules = rulesOf(o['rules'], at, 'rules', rules);
      return override;
    });
  }
  return data;
}
