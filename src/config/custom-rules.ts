// Declarative rules written in configuration, for people who do not write TypeScript
// (like Vale's existence rules): `require` a phrase (optionally inside a section whose
// heading matches) or `forbid` one. They compile to ordinary rules, so the engine knows
// one kind of rule.
import safeRegex from 'safe-regex2';
import { defineRule, JURISDICTIONS, type Jurisdiction, type Rule, type Severity } from '../engine/types.js';
import { findSections, blocksIn, missingAt, type Block, type PolicyDocument, type Sentence } from '../model/index.js';
import { ConfigError } from './errors.js';

const KEYS = ['id', 'require', 'forbid', 'in', 'message', 'severity', 'reference', 'jurisdictions', 'description'];
const SEVERITY_NAMES: readonly Severity[] = ['info', 'warning', 'error'];
const MAX_PATTERN = 300;
/** User patterns only run on sentences up to this length: a bound on what a pattern can cost. */
const MAX_SENTENCE = 5000;

type Matcher = { source: string; regex: RegExp };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase (matched case-insensitively, as whole words, any white space between words)
 * or `{ "pattern": "regex" }`. Patterns that could backtrack catastrophically are refused.
 */
function matcherOf(value: unknown, where: string): Matcher {
  if (typeof value === 'string' && value.trim() !== '') {
    const words = value.trim().split(/\s+/).map(escape).join('\\s+');
    return { source: value, regex: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu') };
  }
  if (isObject(value) && typeof value['pattern'] === 'string') {
    const pattern = value['pattern'];
    if (pattern.length > MAX_PATTERN) throw new ConfigError(`${where}: the pattern is longer than ${MAX_PATTERN} characters.`);
    if (/\\[1-9]|\\k</.test(pattern)) throw new ConfigError(`${where}: back-references are not allowed in patterns.`);
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, 'iu');
    } catch (error) {
      throw new ConfigError(`${where}: invalid pattern: ${(error as Error).message}.`);
    }
    if (!safeRegex(regex)) {
      throw new ConfigError(`${where}: the pattern ${JSON.stringify(pattern)} could take exponential time (nested repetition); simplify it.`);
    }
    return { source: pattern, regex };
  }
  throw new ConfigError(`${where}: expected a phrase (a non-empty string) or { "pattern": "regex" }, got ${JSON.stringify(value)}.`);
}

function proseSentences(blocks: readonly Block[]): Sentence[] {
  return blocks
    .filter((b) => b.kind !== 'code' && b.kind !== 'navigation')
    .flatMap((b) => b.sentences)
    .filter((s) => s.text.length <= MAX_SENTENCE);
}

function scope(doc: PolicyDocument, section: Matcher | undefined): Sentence[] {
  if (!section) return proseSentences(doc.blocks);
  return proseSentences(findSections(doc, section.regex).flatMap(blocksIn));
}

function compileOne(entry: unknown, where: string, taken: ReadonlySet<string>): Rule {
  if (!isObject(entry)) throw new ConfigError(`${where} must be an object.`);
  for (const key of Object.keys(entry)) {
    if (!KEYS.includes(key)) throw new ConfigError(`${where}: unknown key "${key}" (expected one of: ${KEYS.join(', ')}).`);
  }
  const id = entry['id'];
  if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/.test(id) || /^(?:gdpr|popia|ccpa)\//.test(id)) {
    throw new ConfigError(`${where}: "id" must be a namespaced rule id such as "acme/dpo-named" (not gdpr/, popia/ or ccpa/), got ${JSON.stringify(id)}.`);
  }
  if (taken.has(id)) throw new ConfigError(`${where}: rule "${id}" is defined twice.`);
  if ((entry['require'] === undefined) === (entry['forbid'] === undefined)) {
    throw new ConfigError(`${where}: give exactly one of "require" or "forbid".`);
  }
  const message = entry['message'];
  if (typeof message !== 'string' || message.trim() === '') throw new ConfigError(`${where}: "message" must be a non-empty string.`);
  const severity = entry['severity'] ?? 'warning';
  if (!SEVERITY_NAMES.includes(severity as Severity)) {
    throw new ConfigError(`${where}: "severity" must be one of "info", "warning", "error", got ${JSON.stringify(severity)}.`);
  }
  const jurisdictions = entry['jurisdictions'] ?? 'all';
  if (jurisdictions !== 'all' && !(Array.isArray(jurisdictions) && jurisdictions.every((j) => (JURISDICTIONS as readonly unknown[]).includes(j)))) {
    throw new ConfigError(`${where}: "jurisdictions" must be "all" or a list of "gdpr", "popia", "ccpa".`);
  }
  for (const key of ['reference', 'description'] as const) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string') throw new ConfigError(`${where}: "${key}" must be a string.`);
  }
  const section = entry['in'] === undefined ? undefined : matcherOf(entry['in'], `${where}: "in"`);
  const requireMatcher = entry['require'] === undefined ? undefined : matcherOf(entry['require'], `${where}: "require"`);
  const forbidMatcher = entry['forbid'] === undefined ? undefined : matcherOf(entry['forbid'], `${where}: "forbid"`);

  return defineRule({
    meta: {
      id,
      description: (entry['description'] as string | undefined) ?? message,
      reference: (entry['reference'] as string | undefined) ?? 'custom rule',
      jurisdictions: jurisdictions as readonly Jurisdiction[] | 'all',
      defaultSeverity: severity as Severity,
      options: {},
      messages: { missing: { text: message }, forbidden: { text: message } },
    },
    check(context) {
      const sentences = scope(context.document, section);
      if (requireMatcher) {
        const found = sentences.find((s) => requireMatcher.regex.test(s.text));
        if (found) context.evidence({ item: requireMatcher.source, status: 'met', at: found });
        else context.report({ messageId: 'missing', at: missingAt(context.document, section?.regex) });
      }
      if (forbidMatcher) {
        for (const s of sentences) {
          const m = forbidMatcher.regex.exec(s.text);
          if (m) context.report({ messageId: 'forbidden', at: s.rangeOf(m.index, m.index + m[0].length) });
        }
      }
    },
  });
}

/** Each compiled rule's definition, as written: all there is to know about what it does. */
const definitions = new WeakMap<Rule, string>();

/**
 * The definition (JSON) a rule was compiled from, if it is a custom rule. The result
 * cache keys on it: unlike a plugin's code, it says everything the rule will report.
 */
export function customRuleDefinition(rule: Rule): string | undefined {
  return definitions.get(rule);
}

/** Compile the `custom` list of a configuration file. */
export function compileCustomRules(value: unknown, where: string, known: readonly Rule[]): Rule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(`${where}: "custom" must be an array of rule definitions.`);
  const taken = new Set(known.map((r) => r.meta.id));
  return value.map((entry, i) => {
    const rule = compileOne(entry, `${where}: "custom[${i}]"`, taken);
    taken.add(rule.meta.id);
    definitions.set(rule, JSON.stringify(entry));
    return rule;
  });
}
