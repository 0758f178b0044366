// run() in-process: the seam bin.ts uses, with fake streams.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function fakeIO(options: { stdin?: string[]; isTTY?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s), isTTY: options.isTTY ?? false },
    stderr: { write: (s: string) => err.push(s) },
    stdin: (async function* () {
      for (const chunk of options.stdin ?? []) yield Buffer.from(chunk);
    })(),
    cwd: ROOT,
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('run', () => {
  it('prints the version', async () => {
    const { io, stdout } = fakeIO();
    const pkg = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(await run(['--version'], io)).toBe(0);
    expect(stdout()).toBe(`${pkg.version}\n`);
  });

  it('returns 2 for usage errors instead of throwing', async () => {
    const { io, stderr } = fakeIO();
    expect(await run(['--bogus'], io)).toBe(2);
    expect(stderr()).toContain("Unknown option '--bogus'");
  });

  it('lints standard input given in chunks', async () => {
    const { io, stdout } = fakeIO({ stdin: ['Privacy Policy\nLast updated:\n', 'We collect your e-mail address.\n'] });
    const code = await run(['--no-config-lookup', '--today', '2025-06-30', '-f', 'json', '--stdin-filename', 'in.txt', '-'], io);
    const [file] = JSON.parse(stdout()) as Array<{ filePath: string; errorCount: number }>;
    expect(file?.filePath).toBe('in.txt');
    expect(code).toBe((file?.errorCount ?? 0) > 0 ? 1 : 0);
  });

  it('colours by default on a terminal, not elsewhere, and never with NO_COLOR', async () => {
    const args = ['--no-config-lookup', '--rule', 'last-updated: error', '-'];
    const input = ['Privacy Policy\nLast updated:\n'];
    const tty = fakeIO({ stdin: input, isTTY: true });
    await run(args, tty.io);
    expect(tty.stdout()).toContain('\u001b[');
    const pipe = fakeIO({ stdin: input, isTTY: false });
    await run(args, pipe.io);
    expect(pipe.stdout()).not.toContain('\u001b[');
    const noColor = fakeIO({ stdin: input, isTTY: true, env: { NO_COLOR: '1' } });
    await run(args, noColor.io);
    expect(noColor.stdout()).not.toContain('\u001b[');
  });
});
