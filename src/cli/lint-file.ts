// Linting one policy from its bytes, and the configuration it is linted with. Shared by
// the main thread and the worker threads (worker.ts), so both give the same results and
// the same messages for a file that cannot be linted.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config/errors.js';
import { ConfigResolver, type FileConfig } from '../config/load.js';
import { parseRuleFlag } from '../config/rules.js';
import { lintDocument } from '../engine/linter.js';
import type { LintResult, Rule, RuleSetting } from '../engine/types.js';
import { decodeSource, InputError, readDocument } from '../model/index.js';
import type { CliOptions } from './args.js';
import { describeFsError } from './files.js';

/** A file that could not be linted: the message for stderr (after its path). */
export interface LintProblem {
  message: string;
  stack?: string;
}

export type LintOutcome = { result: LintResult } | { problem: LintProblem };

/** The options that decide a file's result besides its configuration. */
export type LintFlags = Pick<CliOptions, 'today' | 'requireDisableReason' | 'reportUnusedDisableDirectives' | 'debug'>;

/** `display` is the path in the report; its extension also picks the reader (--stdin-filename too). */
export function lintBytes(bytes: Uint8Array, display: string, config: FileConfig, flags: LintFlags): LintOutcome {
  const fail = (message: string, stack?: string): LintOutcome => ({ problem: { message, ...(stack ? { stack } : {}) } });
  try {
    const text = decodeSource(bytes);
    if (text.trim() === '') return fail('empty file, nothing to lint');
    const document = readDocument(display, text);
    return {
      result: lintDocument(document, {
        rules: config.rules,
        settings: config.settings,
        jurisdictions: config.jurisdictions,
        today: flags.today,
        requireDisableReason: flags.requireDisableReason,
        reportUnusedDirectives: flags.reportUnusedDisableDirectives ? 'warning' : 'off',
      }),
    };
  } catch (error) {
    if (error instanceof InputError) return fail(error.message, error.stack);
    // A bug in a reader or rule: report it for this file and go on with the others.
    const err = error instanceof Error ? error : new Error(String(error));
    return fail(`internal error: ${err.message}${flags.debug ? '' : ' (run with --debug for details)'}`, err.stack);
  }
}

function ruleSettings(flags: readonly string[], rules: readonly Rule[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  // Later flags win, as with any repeated option.
  for (const flag of flags) {
    const [id, setting] = parseRuleFlag(flag, rules);
    settings.set(id, setting);
  }
  return settings;
}

/** Configuration for this run: files found from each policy upward, or `--config`, plus the flags. */
export async function configResolver(options: CliOptions, cwd: string): Promise<ConfigResolver> {
  let configFile: string | undefined;
  if (options.config !== undefined) {
    configFile = path.resolve(cwd, options.config);
    try {
      const stats = await fs.stat(configFile);
      if (!stats.isFile()) throw new ConfigError(`${options.config}: configuration file is not a regular file`);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${options.config}: cannot read configuration file: ${describeFsError(error)}`);
    }
  }
  return new ConfigResolver({
    builtinRules,
    ...(configFile ? { configFile } : {}),
    lookup: options.configLookup,
    cliSettings: ruleSettings(options.ruleFlags, builtinRules),
    ...(options.jurisdictions ? { cliJurisdictions: options.jurisdictions } : {}),
  });
}
