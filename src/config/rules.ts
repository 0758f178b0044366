// Rule settings as users write them ("error", ["warning", { … }]), validated against the
// rules' own metadata, with messages that name where the setting came from.
import { closest, distance } from 'fastest-levenshtein';
import { validateOptions } from '../engine/options.js';
import { SEVERITIES, type Rule, type RuleSetting, type SeveritySetting } from '../engine/types.js';
import { ConfigError } from './errors.js';

/** "did you mean …" for a mistyped rule id, or '' when nothing is close. */
export function suggestRuleId(id: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(id, [...known]);
  return distance(id, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` Did you mean "${best}"?` : '';
}

export function findRule(id: string, rules: readonly Rule[], where: string): Rule {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) {
    const hint = suggestRuleId(
      id,
      rules.map((r) => r.meta.id),
    );
    throw new ConfigError(`${where}: unknown rule "${id}".${hint} Run --list-rules to see all rules.`);
  }
  return rule;
}

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Validate one rule entry: `"error"` or `["warning", { options }]`. `where` names the
 * source ("--rule", ".policylintrc.json") for the message.
 */
export function validateRuleEntry(id: string, value: unknown, rules: readonly Rule[], where: string): RuleSetting {
  const rule = findRule(id, rules, where);
  const expected = `expected one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}, or [severity, { options }]`;
  const [severity, options, ...rest] = Array.isArray(value) ? value : [value];
  if (!isSeverity(severity) || rest.length > 0) {
    throw new ConfigError(`${where}: rule "${id}": invalid setting ${JSON.stringify(value)}; ${expected}.`);
  }
  const problems = validateOptions(rule.meta.options, options);
  if (problems.length > 0) {
    throw new ConfigError(`${where}: rule "${id}": ${problems.join('; ')}.`);
  }
  return options === undefined ? { severity } : { severity, options: options as Record<string, unknown> };
}

/** Parse a `--rule` flag: `id: severity` or `id: ["warning", {"maxAgeDays": 180}]`. */
export function parseRuleFlag(flag: string, rules: readonly Rule[]): [string, RuleSetting] {
  const colon = flag.indexOf(':');
  if (colon <= 0) {
    throw new ConfigError(`--rule "${flag}": expected "RULE_ID: SEVERITY" or 'RULE_ID: ["SEVERITY", {OPTIONS}]'.`);
  }
  const id = flag.slice(0, colon).trim();
  const rest = flag.slice(colon + 1).trim();
  let value: unknown = rest;
  if (rest.startsWith('[') || rest.startsWith('"')) {
    try {
      value = JSON.parse(rest);
    } catch (error) {
      throw new ConfigError(`--rule "${flag}": the value is not valid JSON (${(error as Error).message}).`);
    }
  }
  return [id, validateRuleEntry(id, value, rules, '--rule')];
}
