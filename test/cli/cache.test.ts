// --cache and --cache-location, end to end with the built binary: a hit gives the same
// report as linting, anything that can change a result misses, and a cache that cannot be
// read or written never changes the results.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ROOT, runCli, type Run } from '../helpers/cli.js';

const ARGS = ['--no-config-lookup', '--today', '2026-11-27'];
const POLICY = '# Privacy Policy\n\nLast updated: 2025-01-01\n\nWe collect your e-mail address to send you news. Contact [Company Name].\n';
const SEED = 'fixtures/seeds/002_d0849b8b0e039e27.txt';
const CACHE = '.policylintcache';

let tmp: string;
let seed: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'policylint-cache-'));
  seed = await readFile(path.join(ROOT, SEED), 'utf8');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fresh folder with these files; returns its path. */
async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'p-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

interface CacheData {
  format: number;
  entries: Record<string, { key: string; result: { messages: Array<{ message: string }> } }>;
}

async function readCache(file: string): Promise<CacheData> {
  return JSON.parse(await readFile(file, 'utf8')) as CacheData;
}

/** Marks every cached message, so a report that shows the mark came from the cache. */
async function tamper(file: string): Promise<void> {
  const data = await readCache(file);
  for (const entry of Object.values(data.entries)) for (const m of entry.result.messages) m.message = `TAMPERED ${m.message}`;
  await writeFile(file, JSON.stringify(data));
}

const fromCache = (run: Run): boolean => run.stdout.includes('TAMPERED');

// One test at a time: each spawns the CLI many times, and other CLI test files run alongside.
describe('--cache', () => {
  it('a hit gives byte-identical output to linting, in every format', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY, 'b.txt': seed, 'sub/c.md': POLICY.replace('e-mail address', 'name') });
    // Filled by worker threads, read by the main thread.
    const cold = await runCli(['--cache', '--concurrency', '2', ...ARGS, '-f', 'json', '.'], { cwd: dir });
    expect(cold).toEqual(await runCli([...ARGS, '-f', 'json', '.'], { cwd: dir }));
    for (const format of ['stylish', 'json', 'github', 'sarif', 'markdown', 'html']) {
      const args = [...ARGS, '-f', format, '.'];
      const plain = await runCli(args, { cwd: dir });
      expect(plain.code).toBe(1);
      expect(await runCli(['--cache', ...args], { cwd: dir })).toEqual(plain);
    }
    // The default location, holding one entry per linted file under its absolute path.
    const data = await readCache(path.join(dir, CACHE));
    expect(Object.keys(data.entries).sort()).toEqual(['a.md', 'b.txt', 'sub/c.md'].map((f) => path.join(dir, f)));
  }, 120_000);

  it('a hit is really read from the cache; other working directories reuse it too', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY });
    const location = path.join(dir, CACHE);
    await runCli(['--cache', ...ARGS, 'a.md'], { cwd: dir });
    await tamper(location);
    const hit = await runCli(['--cache', '--cache-location', location, ...ARGS, 'a.md'], { cwd: dir });
    expect(fromCache(hit)).toBe(true);
    // The path in the report is this run's, not the one the entry was written with.
    const elsewhere = await runCli(['--cache', '--cache-location', location, ...ARGS, '-f', 'json', path.join(path.basename(dir), 'a.md')], {
      cwd: tmp,
    });
    expect(elsewhere.stdout).toContain('TAMPERED');
    expect((JSON.parse(elsewhere.stdout) as Array<{ filePath: string }>)[0]?.filePath).toBe(`${path.basename(dir)}/a.md`);
  });

  it('lints again when the content, configuration, date or flags change', async ({ expect }) => {
    const config = '{ "rules": { "retention-period": "warning" } }';
    const dir = await project({ 'a.md': POLICY, '.policylintrc.json': config });
    const location = path.join(dir, CACHE);
    const args = (...extra: string[]) => ['--cache', '--today', '2026-11-27', ...extra, 'a.md'];
    await runCli(args(), { cwd: dir });
    await tamper(location);
    const tampered = await readFile(location);
    /** Whether this run, from the tampered cache, lints the file again. */
    const misses = async (run: string[], edit?: [string, string]): Promise<boolean> => {
      await writeFile(location, tampered);
      if (edit) await writeFile(path.join(dir, edit[0]), edit[1]);
      const missed = !fromCache(await runCli(run, { cwd: dir }));
      await writeFile(path.join(dir, 'a.md'), POLICY);
      await writeFile(path.join(dir, '.policylintrc.json'), config);
      return missed;
    };

    expect(await misses(args())).toBe(false);
    // Options that only change what is shown reuse the entry.
    expect(await misses(args('--quiet', '-f', 'json'))).toBe(false);
    expect(await misses(args(), ['a.md', `${POLICY}\nWe keep it for a year.\n`])).toBe(true);
    expect(await misses(args(), ['.policylintrc.json', '{ "rules": { "retention-period": "error" } }'])).toBe(true);
    expect(await misses(['--cache', '--today', '2026-11-28', 'a.md'])).toBe(true);
    expect(await misses(args('--rule', 'last-updated: ["warning", {"maxAgeDays": 100}]'))).toBe(true);
    expect(await misses(args('--jurisdiction', 'gdpr'))).toBe(true);
    expect(await misses(args('--report-unused-disable-directives'))).toBe(true);
    expect(await misses(args('--require-disable-reason'))).toBe(true);
  }, 120_000);

  it('a custom rule keys on its definition; a plugin rule is not cached', async ({ expect }) => {
    const custom = (phrase: string) => JSON.stringify({ custom: [{ id: 'acme/no-news', forbid: phrase, message: 'Do not say it.' }] });
    const plugin = path.join(ROOT, 'fixtures/plugins/policylint-plugin-example/index.js');
    const dir = await project({ 'a/p.md': POLICY, 'a/.policylintrc.json': custom('news'), 'b/p.md': POLICY, 'b/.policylintrc.json': JSON.stringify({ plugins: [plugin] }) });
    const location = path.join(dir, CACHE);
    const args = ['--cache', '--today', '2026-11-27', '.'];
    const first = await runCli(args, { cwd: dir });
    expect(first.stdout).toContain('acme/no-news');
    expect(first.stdout).toContain('example/privacy-team');
    expect(Object.keys((await readCache(location)).entries)).toEqual([path.join(dir, 'a/p.md')]);
    await tamper(location);
    expect(fromCache(await runCli(args, { cwd: dir }))).toBe(true);
    await writeFile(path.join(dir, 'a/.policylintrc.json'), custom('e-mail'));
    const changed = await runCli(args, { cwd: dir });
    expect(fromCache(changed)).toBe(false);
    expect(changed.stdout).toContain('acme/no-news');
  }, 120_000);

  it('a corrupt, truncated or other-format cache file is ignored and rebuilt', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY });
    const location = path.join(dir, CACHE);
    const plain = await runCli([...ARGS, 'a.md'], { cwd: dir });
    await runCli(['--cache', ...ARGS, 'a.md'], { cwd: dir });
    const good = await readFile(location, 'utf8');
    for (const [content, notice] of [
      ['this is not JSON {', true],
      [good.slice(0, good.length / 2), true],
      ['', true],
      ['[1, 2]', true],
      [JSON.stringify({ ...(JSON.parse(good) as CacheData), format: 999 }), false],
    ] as const) {
      await writeFile(location, content);
      const run = await runCli(['--cache', ...ARGS, 'a.md'], { cwd: dir });
      expect(run.code).toBe(plain.code);
      expect(run.stdout).toBe(plain.stdout);
      expect(run.stderr).toBe(notice ? `policylint: warning: the cache file ${CACHE} is corrupt; rebuilding it\n` : '');
      expect(await readFile(location, 'utf8')).toBe(good);
    }
  }, 120_000);

  it('an unwritable cache location is a warning; results and exit code are unchanged', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY });
    const plain = await runCli([...ARGS, 'a.md'], { cwd: dir });
    // A path below a regular file can be neither created nor written, even by root.
    const run = await runCli(['--cache', '--cache-location', 'a.md/cache', ...ARGS, 'a.md'], { cwd: dir });
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toMatch(/^policylint: warning: cannot write the cache file a\.md\/cache: .+; results were not cached\n$/);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(POLICY);
  });

  it('never writes to a linted file, even when told to keep the cache there', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY, 'b.md': POLICY.replace('news', 'offers') });
    const before = await Promise.all(['a.md', 'b.md'].map(async (f) => ({ bytes: await readFile(path.join(dir, f)), mtime: (await stat(path.join(dir, f))).mtimeMs })));
    const plain = await runCli([...ARGS, '.'], { cwd: dir });
    const run = await runCli(['--cache', '--cache-location', 'b.md', ...ARGS, '.'], { cwd: dir });
    expect(run.stdout).toBe(plain.stdout);
    expect(run.code).toBe(plain.code);
    expect(run.stderr).toBe('policylint: warning: cannot use b.md as the cache file: it is one of the files being linted\n');
    await runCli(['--cache', '--concurrency', '2', ...ARGS, '.'], { cwd: dir });
    await runCli(['--cache', ...ARGS, '.'], { cwd: dir });
    const after = await Promise.all(['a.md', 'b.md'].map(async (f) => ({ bytes: await readFile(path.join(dir, f)), mtime: (await stat(path.join(dir, f))).mtimeMs })));
    expect(after).toEqual(before);
  }, 120_000);

  it('replaces the cache file atomically and leaves no temp files', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY });
    const location = path.join(dir, CACHE);
    await runCli(['--cache', ...ARGS, 'a.md'], { cwd: dir });
    const first = await stat(location);
    await writeFile(path.join(dir, 'a.md'), `${POLICY}\nMore.\n`);
    await runCli(['--cache', ...ARGS, 'a.md'], { cwd: dir });
    // A new inode: the file was renamed into place, not rewritten where it stood.
    expect((await stat(location)).ino).not.toBe(first.ino);
    expect((await readdir(dir)).sort()).toEqual([CACHE, 'a.md']);
  });

  it('drops the entries of deleted files, keeps those of files not linted this time', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY, 'b.md': POLICY, 'c.md': POLICY });
    const location = path.join(dir, CACHE);
    await runCli(['--cache', ...ARGS, '.'], { cwd: dir });
    await rm(path.join(dir, 'b.md'));
    await runCli(['--cache', ...ARGS, 'a.md'], { cwd: dir });
    expect(Object.keys((await readCache(location)).entries).sort()).toEqual([path.join(dir, 'a.md'), path.join(dir, 'c.md')]);
  });

  it('--cache-location may name a folder', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY, 'existing/.keep': '' });
    await runCli(['--cache', '--cache-location', 'existing', ...ARGS, 'a.md'], { cwd: dir });
    await runCli(['--cache', '--cache-location', 'new/folder/', ...ARGS, 'a.md'], { cwd: dir });
    for (const folder of ['existing', 'new/folder']) {
      expect(Object.keys((await readCache(path.join(dir, folder, CACHE))).entries)).toEqual([path.join(dir, 'a.md')]);
    }
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'existing', 'new']);
  });

  it('standard input is linted, never cached', async ({ expect }) => {
    const dir = await project({ 'a.md': POLICY });
    const args = [...ARGS, '--stdin-filename', 'in.md', '-', 'a.md'];
    const plain = await runCli(args, { cwd: dir, input: POLICY });
    expect(await runCli(['--cache', ...args], { cwd: dir, input: POLICY })).toEqual(plain);
    expect(Object.keys((await readCache(path.join(dir, CACHE))).entries)).toEqual([path.join(dir, 'a.md')]);
  });
});
