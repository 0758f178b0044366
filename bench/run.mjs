// npm run bench: lints the seeds and corpus replicated to ~1,000 files and prints files/s,
// MB/s and the ratio to a bare mdast parse of the same files, measured in the same run.
// A benchmark, not a test: shared machines are noisy, so nothing here asserts a time.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { builtinRules } from '../dist/rules/index.js';
import { lintDocument } from '../dist/src/engine/index.js';
import { decodeSource, readDocument } from '../dist/src/model/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const today = new Date('2026-11-27T00:00:00Z');

/** Deterministic corpus: each source file copied with a numbered first line, so no two files are equal. */
function makeCorpus(dir) {
  const sources = ['fixtures/seeds', 'fixtures/corpus'].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md')
      .map((f) => join(ROOT, d, f)),
  );
  const files = [];
  for (let i = 0; i < COUNT; i++) {
    const src = sources[i % sources.length];
    const ext = src.endsWith('.md') ? '.md' : '.txt';
    const path = join(dir, `policy-${String(i).padStart(4, '0')}${ext}`);
    writeFileSync(path, `<!-- copy ${i} -->\n${readFileSync(src, 'utf8')}`);
    files.push(path);
  }
  return files;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn) {
  fn(); // warm-up: JIT and caches
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const dir = mkdtempSync(join(tmpdir(), 'policylint-bench-'));
try {
  const files = makeCorpus(dir);
  const texts = files.map((f) => decodeSource(readFileSync(f)));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;

  const parseMs = time(() => {
    for (const t of texts) fromMarkdown(t, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  });
  const readMs = time(() => {
    for (let i = 0; i < texts.length; i++) readDocument(files[i], texts[i]);
  });
  const lintMs = time(() => {
    for (let i = 0; i < texts.length; i++) lintDocument(readDocument(files[i], texts[i]), { rules: builtinRules, today });
  });
  // Per rule, one pass outside the timings above, with the laws fixed so detection is not counted.
  const docs = texts.map((t, i) => readDocument(files[i], t));
  const perRule = new Map();
  for (const rule of builtinRules) {
    const t0 = performance.now();
    for (const doc of docs) lintDocument(doc, { rules: [rule], jurisdictions: ['gdpr', 'popia', 'ccpa'], today });
    perRule.set(rule.meta.id, performance.now() - t0);
  }

  const bin = join(ROOT, 'dist/src/cli/bin.js');
  const cli = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`policylint exited ${r.status}: ${r.stderr}`);
    return performance.now() - t0;
  };
  const cliMs = median(Array.from({ length: ROUNDS }, () => cli(['--no-config-lookup', '--today', '2026-11-27', '--format', 'json', dir])));
  const versionMs = median(Array.from({ length: ROUNDS }, () => cli(['--version'])));
  const oneFileMs = median(Array.from({ length: ROUNDS }, () => cli(['--no-config-lookup', '--today', '2026-11-27', files[0]])));

  const line = (label, ms, extra = '') => console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${extra}`);
  console.log(`policylint benchmark: ${files.length} files, ${mb.toFixed(1)} MB, median of ${ROUNDS} runs after a warm-up`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
  line('bare fromMarkdown + GFM tables (baseline)', parseMs, `${(files.length / (parseMs / 1000)).toFixed(0)} files/s`);
  line('read into the document model', readMs, `${(readMs / parseMs).toFixed(2)}× baseline`);
  line('read + lint (all rules, in-process)', lintMs, `${(files.length / (lintMs / 1000)).toFixed(0)} files/s, ${(mb / (lintMs / 1000)).toFixed(1)} MB/s, ${(lintMs / parseMs).toFixed(2)}× baseline`);
  line('CLI on the folder (spawn, discover, lint, json)', cliMs, `${(files.length / (cliMs / 1000)).toFixed(0)} files/s`);
  line('CLI cold start: --version', versionMs);
  line('CLI cold start: one small file', oneFileMs);
  console.log('\ntime per rule (one pass over all files, every law switched on):');
  for (const [id, ms] of [...perRule].sort((a, b) => b[1] - a[1]).slice(0, 10)) line(`  ${id}`, ms);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
