// Rule options: validated once against the rule's own schema, defaults filled from it.
import type { OptionSchema, OptionSpec } from './types.js';

/** Returns a problem description, or null when `value` fits `spec`. */
function checkOption(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'an integer';
      if (spec.minimum !== undefined && value < spec.minimum) return `an integer ≥ ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `an integer ≤ ${spec.maximum}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true or false';
    case 'string':
      if (typeof value !== 'string') return 'a string';
      if (spec.enum && !spec.enum.includes(value)) return `one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`;
      return null;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'an array of strings';
  }
}

/**
 * Validate user options for a rule. Returns a list of problems, each naming the key and
 * what was expected (empty when valid).
 */
export function validateOptions(schema: OptionSchema, options: unknown): string[] {
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return ['options must be an object'];
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const spec = schema[key];
    if (!spec) {
      const known = Object.keys(schema);
      problems.push(
        known.length === 0
          ? `unknown option "${key}" (this rule has no options)`
          : `unknown option "${key}" (expected one of: ${known.join(', ')})`,
      );
      continue;
    }
    const expected = checkOption(spec, value);
    if (expected) problems.push(`option "${key}" must be ${expected}, got ${JSON.stringify(value)}`);
  }
  return problems;
}

/** Schema defaults overlaid with (already validated) user options. */
export function resolveOptions(schema: OptionSchema, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return { ...out, ...(options ?? {}) };
}
