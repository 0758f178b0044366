// --concurrency: worker threads give the report, the problems and the exit code of the
// serial run, also when a file cannot be read or a worker dies.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/cli/workers.js';
import { ROOT, runCli } from '../helpers/cli.js';

const ARGS = ['--no-config-lookup', '--today', '2026-11-27'];
const SEEDS = ['000_d80a1d47bfd452aa.txt', '002_d0849b8b0e039e27.txt', '003_a73e55a167ae72aa.txt'];

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'policylint-workers-'));
  for (const [i, seed] of SEEDS.entries()) {
    await writeFile(path.join(tmp, `${i}-seed.txt`), await readFile(path.join(ROOT, 'fixtures/seeds', seed)));
  }
  await writeFile(path.join(tmp, '1-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
  await writeFile(path.join(tmp, '1-empty.md'), '\n\n');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

// One test at a time: each spawns the CLI several times, and other CLI test files run alongside.
describe('--concurrency', () => {
  it('worker threads give the serial report, problems and exit code', async ({ expect }) => {
    for (const format of ['stylish', 'json', 'html']) {
      const args = [...ARGS, '-f', format, '.', 'missing.md'];
      const serial = await runCli(args, { cwd: tmp });
      expect(serial.code).toBe(2);
      expect(serial.stderr).toContain('policylint: 1-binary.txt: ');
      expect(serial.stderr).toContain('policylint: 1-empty.md: empty file, nothing to lint');
      expect(serial.stderr).toContain('policylint: missing.md: no such file or directory');
      for (const seed of ['0-seed.txt', '1-seed.txt', '2-seed.txt']) expect(serial.stdout).toContain(seed);
      expect(await runCli(['--concurrency', '2', ...args], { cwd: tmp })).toEqual(serial);
      expect(await runCli(['--concurrency', '1', ...args], { cwd: tmp })).toEqual(serial);
    }
  }, 120_000);

  it('a worker that dies fails only its file; the others are linted and the process ends', async ({ expect }) => {
    const dir = await mkdtemp(path.join(tmp, 'crash-'));
    // A plugin rule that ends the thread it runs in, as a badly written plugin might.
    await writeFile(
      path.join(dir, 'plugin.mjs'),
      `import { isMainThread } from 'node:worker_threads';
export const rules = [{
  meta: { id: 'crash/exit', description: 'exits', reference: 'none', jurisdictions: 'all', defaultSeverity: 'error', options: {}, messages: {} },
  check(context) { if (!isMainThread && context.document.source.includes('CRASH')) process.exit(3); },
}];
`,
    );
    await writeFile(path.join(dir, '.policylintrc.json'), JSON.stringify({ plugins: ['./plugin.mjs'] }));
    await mkdir(path.join(dir, 'p'));
    await writeFile(path.join(dir, 'p/a.md'), '# Privacy Policy\n\nLast updated: 2025-01-01\n');
    await writeFile(path.join(dir, 'p/b.md'), '# Privacy Policy\n\nCRASH\n');
    await writeFile(path.join(dir, 'p/c.md'), '# Privacy Policy\n\nLast updated: 2024-01-01\n');
    const run = await runCli(['--concurrency', '2', '--today', '2026-11-27', '-f', 'json', 'p'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policylint: p/b.md: internal error: worker thread stopped with exit code 3 (run with --debug for details)\n');
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual(['p/a.md', 'p/c.md']);
  }, 60_000);

  it('a bad value is a usage error', async ({ expect }) => {
    const run = await runCli(['--concurrency', 'lots', 'x.md']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'policylint: --concurrency "lots": expected a number of worker threads (1 or more), "auto" or "off".\n',
    });
  });
});

describe('workerCount', () => {
  it('off and few files lint in the main thread; a number is a maximum', () => {
    expect(workerCount('off', 1000, 8)).toBe(0);
    expect(workerCount('auto', 31, 8)).toBe(0);
    expect(workerCount('auto', 32, 8)).toBe(8);
    expect(workerCount('auto', 1000, 1)).toBe(0);
    expect(workerCount(4, 2, 8)).toBe(2);
    expect(workerCount(3, 1000, 1)).toBe(3);
    expect(workerCount(2, 0, 8)).toBe(0);
  });
});
