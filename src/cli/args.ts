// Command-line parsing: argv in, a validated, typed options object out. Every usage
// mistake becomes a UsageError (exit 2) with a message that says what was expected.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { JURISDICTIONS, type Jurisdiction } from '../engine/types.js';
import { FORMAT_NAMES } from '../formatters/index.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP_HINT = "Run 'policylint --help' for usage.";

export type Mode = 'help' | 'version' | 'init' | 'list-rules' | 'explain' | 'print-config' | 'lint';

export interface CliOptions {
  mode: Mode;
  /** Files, directories, globs and '-' (stdin), as given. */
  patterns: string[];
  format: string;
  outputFile?: string;
  config?: string;
  configLookup: boolean;
  printConfig?: string;
  /** Undefined: detect from the policy's text. */
  jurisdictions?: Jurisdiction[];
  /** Raw `--rule` flags; validated against the rules by the caller. */
  ruleFlags: string[];
  quiet: boolean;
  maxWarnings?: number;
  /** UTC midnight of the date rules compare with. */
  today: Date;
  explain?: string;
  stdinFilename?: string;
  /** Undefined: decide from NO_COLOR, FORCE_COLOR and whether stdout is a terminal. */
  color?: boolean;
  /** Report inline directives without a `-- reason`. */
  requireDisableReason: boolean;
  /** Report inline directives that silenced nothing. */
  reportUnusedDisableDirectives: boolean;
  debug: boolean;
  /** `--cache`: reuse results of unchanged files (src/cli/cache.ts). */
  cache: boolean;
  /** `--cache-location`, as given; only used with `--cache`. */
  cacheLocation?: string;
  /** `--concurrency`: lint in the main thread, in worker threads when it pays, or in N workers. */
  concurrency: Concurrency;
}

export type Concurrency = 'off' | 'auto' | number;

const optionSpec = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  'print-config': { type: 'string' },
  jurisdiction: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  today: { type: 'string' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  init: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'require-disable-reason': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  debug: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Midnight UTC of a calendar date, so date rules never depend on the time zone. */
export function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export function parseToday(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
  // Round-tripping rejects dates that Date would roll over, such as 2025-02-30.
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today "${value}": expected a calendar date as YYYY-MM-DD, e.g. 2025-06-30.`);
  }
  return date;
}

function parseJurisdictions(values: readonly string[]): Jurisdiction[] {
  const out: Jurisdiction[] = [];
  for (const raw of values.flatMap((v) => v.split(','))) {
    const value = raw.trim().toLowerCase();
    if (value === '') continue;
    if (!(JURISDICTIONS as readonly string[]).includes(value)) {
      throw new UsageError(`Unknown jurisdiction '${raw.trim()}'. Valid jurisdictions: ${JURISDICTIONS.join(', ')}.`);
    }
    if (!out.includes(value as Jurisdiction)) out.push(value as Jurisdiction);
  }
  if (out.length === 0) {
    throw new UsageError(`--jurisdiction needs at least one of: ${JURISDICTIONS.join(', ')}.`);
  }
  return out;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`--max-warnings "${value}": expected a whole number of 0 or more.`);
  }
  return Number(value.trim());
}

/** Same values as ESLint's flag: a number of worker threads, `auto` or `off`. */
export function parseConcurrency(value: string): Concurrency {
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'auto') return v;
  if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  throw new UsageError(`--concurrency "${value}": expected a number of worker threads (1 or more), "auto" or "off".`);
}

/** Turns node:util's parse errors into our wording, always with the --help hint. */
function usageErrorFrom(error: unknown): UsageError {
  const err = error as { code?: string; message?: string };
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '';
    return new UsageError(`Unknown option '${name}'. ${HELP_HINT}`);
  }
  // e.g. "Option '-f, --format <value>' argument missing"; some span several lines.
  const text = (err.message ?? String(error)).replace(/\s*\n\s*/g, ' ').replace(/\.*$/, '');
  return new UsageError(`${text}. ${HELP_HINT}`);
}

/**
 * `env` is consulted only for the default format: `github` inside GitHub Actions
 * (GITHUB_ACTIONS=true), `stylish` elsewhere. An explicit --format always wins.
 */
export function parseCliArgs(
  argv: readonly string[],
  now: Date = new Date(),
  env: Readonly<Record<string, string | undefined>> = {},
): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const { values, positionals, tokens } = parsed;

  const format = values.format ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!FORMAT_NAMES.includes(format)) {
    throw new UsageError(`Unknown format '${format}'. Available formats: ${FORMAT_NAMES.join(', ')}.`);
  }

  // --color and --no-color: the last one given wins, as with most CLIs.
  let color: boolean | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'color') color = true;
    if (token.kind === 'option' && token.name === 'no-color') color = false;
  }

  const mode: Mode = values.help
    ? 'help'
    : values.version
      ? 'version'
      : values.init
        ? 'init'
        : values['list-rules']
          ? 'list-rules'
          : values.explain !== undefined
            ? 'explain'
            : values['print-config'] !== undefined
              ? 'print-config'
              : 'lint';

  const options: CliOptions = {
    mode,
    patterns: positionals,
    format,
    configLookup: !values['no-config-lookup'],
    ruleFlags: values.rule ?? [],
    quiet: values.quiet ?? false,
    today:
      values.today !== undefined ? parseToday(values.today) : utcDate(now.getFullYear(), now.getMonth(), now.getDate()),
    requireDisableReason: values['require-disable-reason'] ?? false,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    debug: values.debug ?? false,
    cache: values.cache ?? false,
    concurrency: values.concurrency !== undefined ? parseConcurrency(values.concurrency) : 'off',
  };
  if (values['output-file'] !== undefined) options.outputFile = values['output-file'];
  if (values.config !== undefined) options.config = values.config;
  if (values['print-config'] !== undefined) options.printConfig = values['print-config'];
  if (values.jurisdiction !== undefined) options.jurisdictions = parseJurisdictions(values.jurisdiction);
  if (values['max-warnings'] !== undefined) options.maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (values.explain !== undefined) options.explain = values.explain;
  if (values['stdin-filename'] !== undefined) options.stdinFilename = values['stdin-filename'];
  if (color !== undefined) options.color = color;
  if (values['cache-location'] !== undefined) options.cacheLocation = values['cache-location'];

  if (mode === 'lint' && positionals.length === 0) {
    throw new UsageError(`No files given. Give files, directories, globs or - for standard input. ${HELP_HINT}`);
  }
  return options;
}

/** Whether to colour: flags first, then NO_COLOR / FORCE_COLOR, then "is it a terminal". */
export function useColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  // no-color.org: present and not empty disables colour.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY;
}
