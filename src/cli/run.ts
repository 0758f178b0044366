// The CLI's orchestration: parse arguments, expand inputs, lint, format, pick the exit
// code. The only layer that writes to stdout/stderr; `run` never throws, so tests can
// call it in-process and bin.ts only sets process.exitCode.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config/errors.js';
import type { ConfigResolver } from '../config/load.js';
import { suggestRuleId } from '../config/rules.js';
import { detectJurisdictions } from '../engine/jurisdictions.js';
import { resolveOptions } from '../engine/options.js';
import { JURISDICTIONS, type Jurisdiction, type LintResult, type Rule } from '../engine/types.js';
import { formatGithubSummary, getFormatter, type FormatterContext } from '../formatters/index.js';
import { decodeSource, InputError, readDocument } from '../model/index.js';
import { parseCliArgs, UsageError, useColor, type CliOptions } from './args.js';
import { cacheFilePath, cacheKey, LintCache, toolFingerprint } from './cache.js';
import { describeFsError, displayPath, expandInputs, readStdinBytes, readTargetBytes, STDIN_NAME, type InputProblem, type Target } from './files.js';
import { explainRule, HELP_TEXT, listRules, version } from './help.js';
import { configResolver, lintBytes, type LintProblem } from './lint-file.js';
import { LintScheduler } from './workers.js';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin: AsyncIterable<Uint8Array | string>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes (spec § Command line). */
export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_FAILURE = 2;

/** A problem the user can act on (bad output path, existing config): message only, exit 2. */
class CliFailure extends Error {
  override name = 'CliFailure';
}

/** Errors whose message is the whole story; anything else is a bug and says so. */
function isExpected(error: unknown): boolean {
  return error instanceof UsageError || error instanceof ConfigError || error instanceof InputError || error instanceof CliFailure;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const options = parseCliArgs(argv, new Date(), io.env);
    debug = options.debug;
    switch (options.mode) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${version()}\n`);
        return EXIT_OK;
      case 'init':
        return await init(options, io);
      case 'list-rules':
        io.stdout.write(listRules(builtinRules));
        return EXIT_OK;
      case 'explain':
        io.stdout.write(explainRule(findRuleToExplain(options.explain ?? '', builtinRules)));
        return EXIT_OK;
      case 'print-config':
        return await printConfig(options, io);
      case 'lint':
        return await lint(options, io);
    }
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    if (isExpected(err)) {
      io.stderr.write(`policylint: ${err.message}\n`);
    } else {
      io.stderr.write(`policylint: internal error: ${err.message}${debug ? '' : ' (run with --debug for details)'}\n`);
    }
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT_FAILURE;
  }
}

// ---- lint ----------------------------------------------------------------------------

async function lint(options: CliOptions, io: CliIO): Promise<number> {
  const resolver = await configResolver(options, io.cwd);
  const { targets, problems } = await expandInputs(options.patterns, io.cwd, options.stdinFilename);
  const { outcomes, ignoredExplicitly } = await lintTargets(targets, resolver, options, io);
  const results: LintResult[] = [];
  for (const outcome of outcomes) {
    if ('problem' in outcome) problems.push(outcome.problem);
    else results.push(outcome);
  }

  const warningTotal = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const formatter = getFormatter(options.format);
  if (!formatter) throw new UsageError(`Unknown format '${options.format}'.`);
  const context: FormatterContext = {
    cwd: io.cwd,
    // A file gets colour codes only when asked for explicitly.
    color: useColor(options.color, io.env, options.outputFile === undefined && io.stdout.isTTY === true),
    rulesMeta: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta])),
    version: version(),
  };
  const text = formatter(shown, context);
  await writeOutput(text, options, io);
  if (options.format === 'github') await appendJobSummary(formatGithubSummary(shown, context), io);

  // Problems go last, so they are what a terminal user sees; in input order (sort is stable).
  for (const p of problems.sort((a, b) => a.order - b.order)) {
    io.stderr.write(`policylint: ${p.path}: ${p.message}\n`);
    if (options.debug && p.stack) io.stderr.write(`${p.stack}\n`);
  }
  const tooManyWarnings = options.maxWarnings !== undefined && warningTotal > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(`policylint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  }

  if (problems.some((p) => p.fatal) || (results.length === 0 && ignoredExplicitly === 0)) return EXIT_FAILURE;
  if (results.some((r) => r.errorCount > 0) || tooManyWarnings) return EXIT_LINT_ERRORS;
  return EXIT_OK;
}

type TargetOutcome = LintResult | { problem: InputProblem };

/**
 * Each target's result or problem, in input order. The main thread resolves the
 * configuration, reads the bytes and consults the cache; what is left to lint is linted
 * here or in worker threads (`--concurrency`).
 */
async function lintTargets(
  targets: readonly Target[],
  resolver: ConfigResolver,
  options: CliOptions,
  io: CliIO,
): Promise<{ outcomes: TargetOutcome[]; ignoredExplicitly: number }> {
  const cache = options.cache ? await openCache(options, io, targets) : undefined;
  const tool = cache ? await toolFingerprint() : '';
  const scheduler = new LintScheduler(options.concurrency, { options, cwd: io.cwd });
  const outcomes: Array<Promise<TargetOutcome>> = [];
  let ignoredExplicitly = 0;
  try {
    for (const target of targets) {
      const absolute = targetPath(target, io);
      const config = await resolver.forFile(absolute);
      if (config.ignored) {
        // Found in a folder or by a glob: skip quietly. Named on the command line: say so.
        if (target.kind === 'stdin' || target.explicit) {
          io.stderr.write(`policylint: ${target.display}: ignored by an "ignores" pattern in ${config.configFile ?? 'the configuration'}\n`);
          ignoredExplicitly++;
        }
        continue;
      }
      const fail = (p: LintProblem): TargetOutcome => ({
        problem: { path: target.display, message: p.message, fatal: true, order: target.order, ...(p.stack ? { stack: p.stack } : {}) },
      });
      const read = target.kind === 'stdin' ? await readStdinBytes(io.stdin) : await readTargetBytes(target.absolute);
      if (!read.ok) {
        outcomes.push(Promise.resolve(fail(read)));
        continue;
      }
      // Standard input has no file to keep its result under.
      const key = cache && target.kind === 'file' ? cacheKey(tool, read.text, config, options) : undefined;
      const hit = key !== undefined ? cache?.get(absolute, key, target.display) : undefined;
      if (hit) {
        // The key covers these bytes, which decoded before: the report formats may show them.
        outcomes.push(Promise.resolve({ ...hit, source: decodeSource(read.text) }));
        continue;
      }
      const job = { absolute, display: target.display, bytes: read.text };
      const linted = scheduler.lint(job, () => lintBytes(job.bytes, job.display, config, options));
      const outcome = linted.then((o) => {
        if ('problem' in o) return fail(o.problem);
        if (key !== undefined) cache?.set(absolute, key, o.result);
        return o.result;
      });
      // Handled by Promise.all below, unless a configuration error ends the loop first.
      outcome.catch(() => undefined);
      outcomes.push(outcome);
    }
    scheduler.finish();
    const settled = await Promise.all(outcomes);
    await cache?.save();
    return { outcomes: settled, ignoredExplicitly };
  } finally {
    await scheduler.close();
  }
}

/** `--cache`: a warning about the cache never changes the results or the exit code. */
async function openCache(options: CliOptions, io: CliIO, targets: readonly Target[]): Promise<LintCache> {
  const file = await cacheFilePath(options.cacheLocation, io.cwd);
  const linted = targets.flatMap((t) => (t.kind === 'file' ? [t.absolute] : []));
  return LintCache.open(file, displayPath(io.cwd, file), linted, (message) => io.stderr.write(`policylint: warning: ${message}\n`));
}

/** --quiet: only errors are shown, and only errors are counted in what is shown. */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    messages: result.messages.filter((m) => m.severity === 'error'),
    warningCount: 0,
    infoCount: 0,
  };
}

/** The path that picks a file's configuration (stdin: its --stdin-filename, in cwd). */
function targetPath(target: Target, io: CliIO): string {
  return target.kind === 'file' ? target.absolute : path.resolve(io.cwd, target.display === STDIN_NAME ? 'stdin' : target.display);
}

/** Writes the report; an output file is replaced atomically (temp file, then rename). */
async function writeOutput(text: string, options: CliOptions, io: CliIO): Promise<void> {
  if (options.outputFile === undefined) {
    if (text !== '') io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, options.outputFile);
  const temp = `${target}.tmp-${process.pid}`;
  try {
    await fs.writeFile(temp, text, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its directory does not exist' : describeFsError(error);
    throw new CliFailure(`${options.outputFile}: cannot write the report: ${why}`);
  }
}

/**
 * Inside GitHub Actions ($GITHUB_STEP_SUMMARY set), `--format github` also appends a
 * Markdown table of every finding to the job summary. Failing to write it is a warning:
 * the annotations and the exit code still tell the story.
 */
async function appendJobSummary(markdown: string, io: CliIO): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (file === undefined || file === '') return;
  try {
    await fs.appendFile(path.resolve(io.cwd, file), markdown);
  } catch (error) {
    io.stderr.write(`policylint: warning: cannot write the job summary to ${file}: ${describeFsError(error)}\n`);
  }
}

// ---- other modes ---------------------------------------------------------------------

function findRuleToExplain(id: string, rules: readonly Rule[]): Rule {
  const rule = rules.find((r) => r.meta.id === id);
  if (rule) return rule;
  const hint = suggestRuleId(
    id,
    rules.map((r) => r.meta.id),
  );
  throw new UsageError(`Unknown rule '${id}'.${hint} Run 'policylint --list-rules' to see all rules.`);
}

/** The settings that apply to a file: configuration files, then the flags. */
async function printConfig(options: CliOptions, io: CliIO): Promise<number> {
  const resolver = await configResolver(options, io.cwd);
  const config = await resolver.forFile(path.resolve(io.cwd, options.printConfig ?? '.'));
  const rules: Record<string, [string, Record<string, unknown>]> = {};
  for (const rule of config.rules) {
    const setting = config.settings.get(rule.meta.id);
    rules[rule.meta.id] = [setting?.severity ?? rule.meta.defaultSeverity, resolveOptions(rule.meta.options, setting?.options)];
  }
  const printed = {
    configFile: config.configFile ? displayPath(io.cwd, config.configFile) : null,
    ignored: config.ignored,
    jurisdictions: config.jurisdictions,
    rules,
  };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return EXIT_OK;
}

export const STARTER_CONFIG = {
  extends: ['policylint:recommended'],
  jurisdictions: 'auto',
  rules: {},
};

/** The laws the given policies address, to pin in a starter configuration ('auto' if none given). */
async function detectedJurisdictions(options: CliOptions, io: CliIO): Promise<Jurisdiction[] | 'auto'> {
  if (options.patterns.length === 0) return 'auto';
  const { targets } = await expandInputs(options.patterns, io.cwd, options.stdinFilename);
  const found = new Set<Jurisdiction>();
  for (const target of targets) {
    if (target.kind !== 'file') continue;
    const read = await readTargetBytes(target.absolute);
    if (!read.ok) continue;
    try {
      for (const f of detectJurisdictions(readDocument(target.display, decodeSource(read.text)))) found.add(f.jurisdiction);
    } catch {
      // Unreadable policies are reported when they are linted, not here.
    }
  }
  return found.size > 0 ? JURISDICTIONS.filter((j) => found.has(j)) : 'auto';
}

async function init(options: CliOptions, io: CliIO): Promise<number> {
  const file = path.join(io.cwd, '.policylintrc.json');
  const config = { ...STARTER_CONFIG, jurisdictions: await detectedJurisdictions(options, io) };
  try {
    // 'wx' fails if the file exists: never overwrite a user's configuration.
    await fs.writeFile(file, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliFailure('.policylintrc.json already exists here; not overwriting it.');
    }
    throw new CliFailure(`.policylintrc.json: cannot write: ${describeFsError(error)}`);
  }
  io.stdout.write(`Created .policylintrc.json (jurisdictions: ${JSON.stringify(config.jurisdictions)})\n`);
  return EXIT_OK;
}
