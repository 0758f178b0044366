// npm run bench: policylint on a generated corpus of 1,000 policies (bench/corpus.mjs),
// with every figure of issue #9 measured side by side in one run: files/s and MB/s, the
// ratio to a bare mdast parse and to markdownlint-cli2 on the same files, cold starts,
// time per rule, peak RSS, scaling of one file from 100 KB to 10 MB, and worker and cache
// runs when the CLI has those flags. A benchmark, not a test: shared machines are noisy,
// so nothing here asserts a time; compare ratios measured in the same run.
// Environment: BENCH_FILES (1000), BENCH_ROUNDS (1), BENCH_SEED (9), BENCH_MAX_MB (10:
// the largest scaling step).
// As the CLI does, before any pattern runs: in-process figures then match the executable's.
import '../dist/src/engine/eager-regexps.js';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { builtinRules } from '../dist/rules/index.js';
import { lintDocument } from '../dist/src/engine/index.js';
import { decodeSource, readDocument } from '../dist/src/model/index.js';
import { inflate, makeCorpus, prng } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const SEED = Number(process.env.BENCH_SEED ?? 9);
const MAX_MB = Number(process.env.BENCH_MAX_MB ?? 10);
const today = new Date('2026-11-27T00:00:00Z');
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const MARKDOWNLINT = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const CLI_ARGS = ['--no-config-lookup', '--today', '2026-11-27', '--format', 'json'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbOf = (files) => files.reduce((n, f) => n + f.bytes, 0) / 1e6;
const parse = (text) => fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

/** Median of ROUNDS timed runs of `fn` (ms), after one untimed warm-up run of `warm` (default: fn). */
function time(fn, warm = fn) {
  warm();
  return median(Array.from({ length: ROUNDS }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }));
}

/** Runs a command (output discarded, as a CI log would be); returns ms and, with /usr/bin/time, peak RSS in MB. */
function run(command, args, { cwd = ROOT, okStatus = [0, 1] } = {}) {
  const full = TIME ? [TIME, ['-f', '%M', command, ...args]] : [command, args];
  const t0 = performance.now();
  const r = spawnSync(full[0], full[1], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const lines = (r.stderr ?? '').trim().split('\n');
  const rssKb = TIME ? Number(lines.pop()) : NaN;
  if (!okStatus.includes(r.status)) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${lines.slice(-5).join('\n')}`);
  return { ms, rssMb: rssKb / 1024 };
}
const cli = (args, options) => run(process.execPath, [BIN, ...args], options);
const cliTimed = (args, options) => median(Array.from({ length: Math.max(ROUNDS, 1) }, () => cli(args, options).ms));

const out = [];
const say = (s = '') => {
  out.push(s);
  console.log(s);
};
const line = (label, ms, extra = '') => say(`${label.padEnd(50)} ${ms.toFixed(0).padStart(8)} ms  ${extra}`);
const rate = (n, mb, ms) => `${(n / (ms / 1000)).toFixed(0)} files/s, ${(mb / (ms / 1000)).toFixed(2)} MB/s`;

// Flags the CLI may lack in older builds: detected, not assumed.
const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout ?? '';
const dir = mkdtempSync(join(tmpdir(), 'policylint-bench-'));
try {
  const files = makeCorpus(ROOT, join(dir, 'corpus'), { count: COUNT, seed: SEED });
  const texts = files.map((f) => decodeSource(readFileSync(f.path)));
  const mb = mbOf(files);
  const md = files.filter((f) => f.format === 'markdown');
  const cpu = cpus();
  say(`policylint benchmark: ${files.length} files (${md.length} Markdown, ${files.length - md.length} plain text), ${mb.toFixed(1)} MB; median of ${ROUNDS} run(s) after a warm-up`);
  say(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  say();

  // ---- in-process: read + lint vs a bare parse of the same text ----------------------------
  const subset = Math.max(1, Math.floor(files.length / 10));
  const parseMs = time(() => texts.forEach(parse), () => texts.slice(0, subset).forEach(parse));
  const lintAll = (n) => {
    for (let i = 0; i < n; i++) lintDocument(readDocument(files[i].path, texts[i]), { rules: builtinRules, today });
  };
  const readMs = time(() => texts.forEach((t, i) => readDocument(files[i].path, t)), () => texts.slice(0, subset).forEach((t, i) => readDocument(files[i].path, t)));
  const lintMs = time(() => lintAll(files.length), () => lintAll(subset));
  line('bare fromMarkdown + GFM tables (baseline)', parseMs, rate(files.length, mb, parseMs));
  line('read into the document model', readMs, `${(readMs / parseMs).toFixed(2)}× baseline`);
  line('read + lint, all rules (in-process)', lintMs, `${rate(files.length, mb, lintMs)}, ${(lintMs / parseMs).toFixed(2)}× baseline (target ≤ 1.5×)`);
  // The corpus ratio is weighted by the inflated files, on which a bare parse is slowest
  // (policylint parses them in pieces): the same ratio per kind of file.
  say('  by kind of file (read + lint / bare parse, timed separately):');
  for (const [kind, label] of [['policy-', 'policies (~10 KB)'], ['large-', '~100 KB'], ['huge-', '~1 MB']]) {
    const idx = files.map((f, i) => (f.path.includes(`${kind}`) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const p = time(() => idx.forEach((i) => parse(texts[i])), () => {});
    const l = time(() => idx.forEach((i) => lintDocument(readDocument(files[i].path, texts[i]), { rules: builtinRules, today })), () => {});
    line(`    ${idx.length} ${label}`, l, `${(l / p).toFixed(2)}× a bare parse (${p.toFixed(0)} ms)`);
  }

  // ---- the CLI, and markdownlint-cli2 on the .md subset ------------------------------------
  const all = cli([...CLI_ARGS, join(dir, 'corpus')]);
  line('CLI on all files (spawn, discover, read, lint, json)', all.ms, `${rate(files.length, mb, all.ms)}, peak RSS ${all.rssMb.toFixed(0)} MB`);
  const mdDir = join(dir, 'corpus', 'md');
  const ours = cliTimed([...CLI_ARGS, mdDir]);
  // markdownlint-cli2 reads only Markdown; its default rules on, our config file ignored.
  writeFileSync(join(mdDir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true }, noInlineConfig: false }));
  const theirs = median(Array.from({ length: Math.max(ROUNDS, 1) }, () => run(process.execPath, [MARKDOWNLINT, '**/*.md'], { cwd: mdDir }).ms));
  say(`\non the ${md.length} Markdown files only (${mbOf(md).toFixed(1)} MB; markdownlint-cli2 reads no .txt):`);
  line('  policylint CLI', ours, rate(md.length, mbOf(md), ours));
  line('  markdownlint-cli2 0.24.1, default rules', theirs, rate(md.length, mbOf(md), theirs));
  say(`  policylint is ${(theirs / ours).toFixed(2)}× as fast as markdownlint-cli2 (target ≥ 2×)`);
  if (help.includes('--concurrency')) {
    const auto = cliTimed([...CLI_ARGS, '--concurrency', 'auto', mdDir]);
    line('  policylint CLI --concurrency auto', auto, `${rate(md.length, mbOf(md), auto)}; ${(theirs / auto).toFixed(2)}× as fast as markdownlint-cli2`);
  }

  // ---- cold starts -------------------------------------------------------------------------
  const small = files.filter((f) => f.path.includes('policy-')).sort((a, b) => a.bytes - b.bytes)[0];
  const cold = (args) => median(Array.from({ length: 5 }, () => cli(args).ms));
  say();
  line('CLI cold start: --version', cold(['--version']), '(median of 5)');
  line(`CLI cold start: one small file (${(small.bytes / 1000).toFixed(1)} KB)`, cold(['--no-config-lookup', '--today', '2026-11-27', small.path]), '(median of 5)');

  // ---- time per rule -----------------------------------------------------------------------
  // Each rule alone over 100 small files, laws fixed so detection is not counted, after a
  // warm-up on 20 others: a reading several rules share (memoised per document, such as
  // the CCPA sale reading) is then counted once, on the first rule that asks for it.
  const smallFiles = files.map((f, i) => ({ f, i })).filter(({ f }) => f.path.includes('policy-'));
  const readAll = (list) => list.map(({ f, i }) => readDocument(f.path, texts[i]));
  const docs = readAll(smallFiles.slice(0, 100));
  const warmDocs = readAll(smallFiles.slice(100, 120));
  const lintEach = (list, rule) => list.forEach((doc) => lintDocument(doc, { rules: [rule], jurisdictions: ['gdpr', 'popia', 'ccpa'], today }));
  const perRule = builtinRules.map((rule) => {
    lintEach(warmDocs, rule);
    const t0 = performance.now();
    lintEach(docs, rule);
    return [rule.meta.id, performance.now() - t0];
  });
  const rulesTotal = perRule.reduce((n, [, ms]) => n + ms, 0);
  say(`\ntime per rule, top ten (each rule alone on ${docs.length} small files, every law on; all rules: ${(rulesTotal / docs.length).toFixed(2)} ms/file):`);
  for (const [id, ms] of perRule.sort((a, b) => b[1] - a[1]).slice(0, 10)) line(`  ${id}`, ms, `${(ms / docs.length).toFixed(2)} ms/file`);

  // ---- scaling of one file -----------------------------------------------------------------
  say('\nscaling: one Markdown file, read + lint in-process');
  const big = { name: 'github', text: readFileSync(join(ROOT, 'fixtures/corpus/github-privacy-statement-2017.md'), 'utf8'), format: 'markdown' };
  const steps = [0.1, 1, MAX_MB].filter((x, i, a) => a.indexOf(x) === i);
  const scale = steps.map((size) => {
    const text = inflate(big, size * 1e6, prng(SEED));
    const once = () => lintDocument(readDocument('big.md', text), { rules: builtinRules, today });
    // Small steps are noisy: median of three after a warm-up; the largest runs once.
    const ms = size > 1 ? time(once, () => {}) : median([0, 1, 2].map(() => time(once)));
    line(`  ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`, ms, `${(Buffer.byteLength(text) / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
    return { size, ms };
  });
  for (let i = 1; i < scale.length; i++) {
    const r = scale[i].ms / scale[i - 1].ms;
    const x = scale[i].size / scale[i - 1].size;
    say(`  ${scale[i].size} MB / ${scale[i - 1].size} MB: ${r.toFixed(1)}× time for ${x}× size — ${r < x * 1.5 ? 'linear' : 'worse than linear'}`);
  }

  // ---- workers and cache (flags from another branch; detected, not assumed) ----------------
  say('\nworkers: the CLI on all files');
  if (help.includes('--concurrency')) {
    const base = cli([...CLI_ARGS, '--concurrency', '1', join(dir, 'corpus')]).ms;
    line('  --concurrency 1', base);
    for (const n of ['2', '4']) {
      const ms = cli([...CLI_ARGS, '--concurrency', n, join(dir, 'corpus')]).ms;
      line(`  --concurrency ${n}`, ms, `${(base / ms).toFixed(2)}× speed-up`);
    }
  } else say('  skipped: this build has no --concurrency');
  say('cache: the CLI on all files');
  if (help.includes('--cache')) {
    const location = join(dir, 'cache');
    const coldRun = cli([...CLI_ARGS, '--cache', '--cache-location', location, join(dir, 'corpus')]).ms;
    const warmRun = cli([...CLI_ARGS, '--cache', '--cache-location', location, join(dir, 'corpus')]).ms;
    line('  --cache, cold', coldRun);
    line('  --cache, warm', warmRun, `${(coldRun / warmRun).toFixed(1)}× faster`);
  } else say('  skipped: this build has no --cache');
  if (process.env.BENCH_OUTPUT) writeFileSync(process.env.BENCH_OUTPUT, `${out.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
