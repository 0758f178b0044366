// Formatters are pure functions of the results: results in, text out (ESLint's model).
import type { LintResult, RuleMeta } from '../engine/types.js';
import { formatGithub, formatGithubSummary } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export interface FormatterContext {
  /** The directory paths in the results are relative to. */
  cwd: string;
  color: boolean;
  /** Metadata of the rules that ran, by id (like ESLint's context.rulesMeta). */
  rulesMeta?: Readonly<Record<string, RuleMeta>>;
  /** policylint's version (package.json), for formats that name the tool (SARIF). */
  version?: string;
}

/** Returns the complete text to write; '' means write nothing. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  markdown: formatMarkdown,
  html: formatHtml,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}

export { formatGithub, formatGithubSummary, formatHtml, formatJson, formatMarkdown, formatSarif, formatStylish };
