// End-to-end tests of the BUILT binary (npm test builds first), run as a child process
// exactly as users and CI run it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'dist/src/cli/bin.js');
const SEEDS = 'fixtures/seeds';
const TODAY = ['--today', '2025-06-30'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the binary. `--no-config-lookup` keeps the repository's own configuration out of
 * the results. Async, so that the concurrent tests below overlap their start-up time.
 */
function cli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; configLookup?: boolean } = {},
): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  // Run inside GitHub Actions, the binary would default to --format github and write a job
  // summary: tests that want that say so in options.env.
  for (const name of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY']) if (!options.env || !(name in options.env)) delete env[name];
  const argv = [BIN, ...(options.configLookup ? [] : ['--no-config-lookup']), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: options.cwd ?? ROOT, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      // Whatever happens, no stack trace unless --debug.
      if (!args.includes('--debug') && /^\s+at /m.test(run.stderr)) {
        reject(new Error(`stack trace on stderr:\n${run.stderr}`));
      }
      resolve(run);
    });
    child.stdin.on('error', () => undefined); // the child may exit before reading all input
    child.stdin.end(options.input);
  });
}

interface JsonFile {
  filePath: string;
  jurisdictions: string[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: Array<Record<string, unknown> & { ruleId: string; severity: string; line: number; column: number }>;
}

function json(run: Run): JsonFile[] {
  return JSON.parse(run.stdout) as JsonFile[];
}

let seeds: string[];
let ruleIds: string[];
let tmp: string;

beforeAll(async () => {
  seeds = (await readdir(path.join(ROOT, SEEDS))).filter((f) => f.endsWith('.txt')).sort().map((f) => `${SEEDS}/${f}`);
  const printed = await cli(['--print-config', 'x.md']);
  ruleIds = Object.keys((JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'policylint-cli-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A temp file with the given content; returns its absolute path. */
async function temp(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(tmp, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

const allRules = (severity: string) => ruleIds.flatMap((id) => ['--rule', `${id}: ${severity}`]);

describe.concurrent('information', () => {
  it('--version prints the package version', async ({ expect }) => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help prints usage', async ({ expect }) => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: policylint [options] [file|dir|glob|-]...');
    expect(r.stdout).toContain('--max-warnings');
  });

  it('no path at all: a hint, exit 2', async ({ expect }) => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--help');
  });

  it('an unknown option: exit 2 naming it, with a hint', async ({ expect }) => {
    const r = await cli(['--bogus', 'a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("policylint: Unknown option '--bogus'. Run 'policylint --help' for usage.\n");
  });

  it('--list-rules lists every rule, grouped by law', async ({ expect }) => {
    const r = await cli(['--list-rules']);
    expect(r.code).toBe(0);
    expect(ruleIds.length).toBeGreaterThan(0);
    for (const id of ruleIds) expect(r.stdout).toMatch(new RegExp(`^  ${id}\\s+(error|warning|info)\\s`, 'm'));
    const headings = r.stdout.split('\n').filter((l) => /^\S/.test(l));
    expect(headings[0]).toMatch(/^General/);
    expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual(
      ['General', 'GDPR', 'POPIA', 'CCPA/CPRA'].filter((g) => headings.some((h) => h.startsWith(g))),
    );
  });

  it('--explain prints what a rule checks, its law, options and docs', async ({ expect }) => {
    const r = await cli(['--explain', 'last-updated']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^last-updated\n/);
    expect(r.stdout).toMatch(/Legal reference: +\S/);
    expect(r.stdout).toMatch(/Default severity: +(error|warning|info)/);
    expect(r.stdout).toContain('docs/rules/last-updated.md');
    expect(r.stdout).toMatch(/maxAgeDays \(integer.*default \d+/);
  });

  it('--explain with an unknown id: exit 2 with a suggestion', async ({ expect }) => {
    const r = await cli(['--explain', 'last-update']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Unknown rule 'last-update'\. Did you mean "last-updated"\?/);
  });

  it('--print-config shows defaults overlaid with --rule flags', async ({ expect }) => {
    const r = await cli(['--print-config', 'docs/x.md', '--rule', 'last-updated: ["error", {"maxAgeDays": 180}]', '--jurisdiction', 'gdpr']);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout) as { jurisdictions: unknown; rules: Record<string, [string, Record<string, unknown>]> };
    expect(config.jurisdictions).toEqual(['gdpr']);
    expect(config.rules['last-updated']).toEqual(['error', expect.objectContaining({ maxAgeDays: 180 })]);
  });
});

describe.concurrent('linting and exit codes', () => {
  it('json on the seeds: one entry per file in input order, the contract keys, sorted messages', async ({ expect }) => {
    const r = await cli(['--format', 'json', ...TODAY, SEEDS]);
    const files = json(r);
    expect(files.map((f) => f.filePath)).toEqual(seeds);
    let errors = 0;
    for (const file of files) {
      expect(Object.keys(file)).toEqual(['filePath', 'jurisdictions', 'errorCount', 'warningCount', 'infoCount', 'messages', 'requirements']);
      const count = (s: string) => file.messages.filter((m) => m.severity === s).length;
      expect([file.errorCount, file.warningCount, file.infoCount]).toEqual([count('error'), count('warning'), count('info')]);
      for (const m of file.messages) {
        expect(Object.keys(m).slice(0, 9)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'reference', 'url']);
        expect(m.url).toMatch(new RegExp(`/docs/rules/${m.ruleId}\\.md$`));
      }
      const positions = file.messages.map((m) => [m.line, m.column]);
      expect(positions).toEqual([...positions].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
      errors += file.errorCount;
    }
    expect(r.code).toBe(errors > 0 ? 1 : 0);
    expect(r.stderr).toBe('');
  });

  it('stylish on the seeds: underlined paths, rows and a summary', async ({ expect }) => {
    const r = await cli([...TODAY, SEEDS]);
    const files = json(await cli(['--format', 'json', ...TODAY, SEEDS]));
    const total = files.reduce((n, f) => n + f.errorCount + f.warningCount + f.infoCount, 0);
    if (total > 0) {
      expect(r.stdout).toMatch(new RegExp(`✖ ${total} problems? \\(\\d+ errors?, \\d+ warnings?, \\d+ infos?\\)\\n$`));
      for (const f of files.filter((x) => x.messages.length > 0)) expect(r.stdout).toContain(`\n${f.filePath}\n`);
    }
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exit 0 and no output when every rule is off', async ({ expect }) => {
    const r = await cli([...TODAY, ...allRules('off'), SEEDS]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exit 1 when there is an error; exit 0 when the same findings are warnings', async ({ expect }) => {
    const errors = await cli([...TODAY, '--format', 'json', ...allRules('error'), seeds[0] as string]);
    expect(json(errors)[0]?.errorCount).toBeGreaterThan(0);
    expect(errors.code).toBe(1);
    const warnings = await cli([...TODAY, '--format', 'json', ...allRules('warning'), seeds[0] as string]);
    expect(json(warnings)[0]?.warningCount).toBe(json(errors)[0]?.errorCount);
    expect(warnings.code).toBe(0);
  });

  it('--max-warnings: exit 1 when warnings exceed it, with a message', async ({ expect }) => {
    const args = [...TODAY, ...allRules('warning'), seeds[0] as string];
    const warnings = json(await cli(['--format', 'json', ...args]))[0]?.warningCount ?? 0;
    const over = await cli(['--max-warnings', String(warnings - 1), ...args]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`policylint found too many warnings (maximum: ${warnings - 1}).\n`);
    expect((await cli(['--max-warnings', String(warnings), ...args])).code).toBe(0);
  });

  it('--quiet reports errors only', { timeout: 90_000 }, async ({ expect }) => {
    const all = json(await cli([...TODAY, '--format', 'json', SEEDS]));
    const quiet = await cli([...TODAY, '--format', 'json', '--quiet', SEEDS]);
    const files = json(quiet);
    files.forEach((file, i) => {
      expect(file.messages.every((m) => m.severity === 'error')).toBe(true);
      expect(file.messages.length).toBe(all[i]?.errorCount);
      expect([file.warningCount, file.infoCount]).toEqual([0, 0]);
    });
    const onlyWarnings = await cli([...TODAY, '--quiet', ...allRules('warning'), SEEDS]);
    expect(onlyWarnings).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reads standard input, named by --stdin-filename', async ({ expect }) => {
    const seed = seeds[1] as string;
    const text = await readFile(path.join(ROOT, seed));
    const direct = json(await cli([...TODAY, '--format', 'json', seed]))[0];
    const named = await cli([...TODAY, '--format', 'json', '--stdin-filename', 'policy.txt', '-'], { input: text });
    expect(json(named)).toEqual([{ ...direct, filePath: 'policy.txt' }]);
    const unnamed = await cli([...TODAY, '--format', 'json', '-'], { input: text });
    expect(json(unnamed)[0]?.filePath).toBe('<stdin>');
  });

  it('--stdin-filename picks the reader by its extension', async ({ expect }) => {
    const md = '# Privacy Policy\n\nLast updated: 1 January 2025\n\n## Contact\n\nWrite to privacy@example.com.\n';
    const asMd = json(await cli([...TODAY, '--format', 'json', '--stdin-filename', 'p.md', '-'], { input: md }));
    const asTxt = json(await cli([...TODAY, '--format', 'json', '--stdin-filename', 'p.txt', '-'], { input: md }));
    expect(asMd[0]?.filePath).toBe('p.md');
    expect(asTxt[0]?.filePath).toBe('p.txt');
  });

  it('a file given several ways is linted once, in first-seen order', async ({ expect }) => {
    const [a, b] = seeds as [string, string];
    const r = await cli([...TODAY, '--format', 'json', b, a, `./${b}`, path.join(ROOT, a), `${SEEDS}/*.txt`]);
    expect(json(r).map((f) => f.filePath)).toEqual([b, a, ...seeds.filter((s) => s !== a && s !== b)]);
  });

  it('globs are expanded by policylint with micromatch semantics', async ({ expect }) => {
    const r = await cli([...TODAY, '--format', 'json', `${SEEDS}/00[0-1]_*.txt`]);
    expect(json(r).map((f) => f.filePath)).toEqual(seeds.slice(0, 2));
    const none = await cli([...TODAY, '--format', 'json', `${SEEDS}/*.nothing`, seeds[0] as string]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`policylint: ${SEEDS}/*.nothing: no policy files match this pattern\n`);
    expect(json(none).map((f) => f.filePath)).toEqual([seeds[0]]);
  });

  it('paths outside the working directory are shown absolute', async ({ expect }) => {
    const r = await cli([...TODAY, '--format', 'json', path.join(ROOT, seeds[0] as string)], { cwd: tmp });
    expect(json(r)[0]?.filePath).toBe(path.join(ROOT, seeds[0] as string));
  });

  it('colour: only on a terminal or when forced; NO_COLOR and --no-color win', async ({ expect }) => {
    const args = [...TODAY, ...allRules('error'), seeds[0] as string];
    expect((await cli(args)).stdout).not.toContain('\u001b[');
    expect((await cli(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await cli(['--color', ...args])).stdout).toContain('\u001b[');
    expect((await cli(['--no-color', ...args], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe.concurrent('input problems: a clear line on stderr, the other files still reported, exit 2', () => {
  it('a missing file', async ({ expect }) => {
    const seed = seeds[0] as string;
    const r = await cli([...TODAY, '--format', 'json', 'missing.md', seed, 'nowhere/*.md']);
    expect(r.code).toBe(2);
    // After the report, in input order.
    expect(r.stderr).toBe(
      'policylint: missing.md: no such file or directory\npolicylint: nowhere/*.md: no policy files match this pattern\n',
    );
    expect(json(r).map((f) => f.filePath)).toEqual([seed]);
  });

  it.for<[string, string | Buffer, RegExp]>([
    ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary file/],
    ['latin1.txt', Buffer.from('Privacy policy: we process your donn\xe9es personnelles.', 'latin1'), /not valid UTF-8/],
    ['empty.md', '', /^empty file, nothing to lint$/],
    ['blank.txt', ' \n\t\r\n  \n', /^empty file, nothing to lint$/],
    ['bom-only.md', '\ufeff', /^empty file, nothing to lint$/],
  ])('%s', async ([name, content, message], { expect }) => {
    const file = await temp(`hostile/${name}`, content);
    const seed = seeds[0] as string;
    const r = await cli([...TODAY, '--format', 'json', file, path.join(ROOT, seed)], { cwd: tmp });
    expect(r.code).toBe(2);
    const line = r.stderr.trimEnd();
    expect(r.stderr.split('\n')).toHaveLength(2); // one line
    expect(line.startsWith(`policylint: hostile/${name}: `)).toBe(true);
    expect(line.slice(`policylint: hostile/${name}: `.length)).toMatch(message);
    expect(json(r)).toHaveLength(1);
  });

  it('an empty standard input', async ({ expect }) => {
    const r = await cli(['--stdin-filename', 'in.md', '-'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: in.md: empty file, nothing to lint\n');
  });

  it('a directory without policies: exit 2 only when nothing else was linted', async ({ expect }) => {
    await temp('no-policies/logo.png', 'png');
    await temp('no-policies/node_modules/dep/readme.md', '# Dep');
    const alone = await cli([...TODAY, 'no-policies'], { cwd: tmp });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('policylint: no-policies: no policy files (*.md, *.markdown, *.txt) in this directory\n');
    const withOthers = await cli([...TODAY, ...allRules('off'), 'no-policies', path.join(ROOT, seeds[0] as string)], { cwd: tmp });
    expect(withOthers.code).toBe(0);
    expect(withOthers.stderr).toContain('no-policies: no policy files');
  });

  it('a file over 50 MB is refused before reading', async ({ expect }) => {
    const file = await temp('huge.md', '');
    await truncate(file, 50 * 1024 * 1024 + 1); // sparse: no real disk use
    const r = await cli(['huge.md'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: huge.md: file is too large (50.1 MB; the limit is 50 MB)\n');
  });

  it.runIf(process.platform !== 'win32')('a named pipe and a character device', async ({ expect }) => {
    const fifo = path.join(tmp, 'pipe.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await cli(['pipe.md', '/dev/null'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'policylint: pipe.md: is a named pipe (FIFO), not a regular file\npolicylint: /dev/null: is a character device, not a regular file\n',
    );
  });

  it.runIf(process.platform !== 'win32')('a symlink loop, directly and inside a directory', async ({ expect }) => {
    await mkdir(path.join(tmp, 'loop'), { recursive: true });
    await symlink('b.md', path.join(tmp, 'loop/a.md'));
    await symlink('a.md', path.join(tmp, 'loop/b.md'));
    const r = await cli(['loop/a.md'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: loop/a.md: too many levels of symbolic links (a symlink loop?)\n');
    const walked = await cli(['loop'], { cwd: tmp });
    expect(walked.code).toBe(2);
    expect(walked.stderr).toMatch(/^policylint: loop\/a\.md: too many levels of symbolic links/m);
  });

  it.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)('a file without read permission', async ({ expect }) => {
    const file = await temp('secret.md', '# Privacy\n');
    await chmod(file, 0o000);
    const r = await cli(['secret.md'], { cwd: tmp });
    await chmod(file, 0o644);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: secret.md: permission denied\n');
  });

  it('--debug prints the stack of the problem', async ({ expect }) => {
    await temp('debug/binary.md', Buffer.from([0, 1, 2, 3]));
    const r = await cli(['--debug', 'debug/binary.md'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policylint: debug\/binary\.md: binary file/);
    expect(r.stderr).toMatch(/^\s+at /m);
  });

  it('exit 2 wins over exit 1', async ({ expect }) => {
    const r = await cli([...TODAY, ...allRules('error'), 'missing.md', seeds[0] as string]);
    expect(r.code).toBe(2);
  });
});

describe.concurrent('usage errors: exit 2 with a message that says what was expected', () => {
  it.for<[string[], RegExp]>([
    [['--rule', 'no-such-rule: error'], /--rule: unknown rule "no-such-rule"/],
    [['--rule', 'last-updatd: error'], /Did you mean "last-updated"\?/],
    [['--rule', 'last-updated: loud'], /rule "last-updated": invalid setting/],
    [['--rule', 'last-updated: ["warning", {"maxAgeDays": "soon"}]'], /option "maxAgeDays" must be an integer/],
    [['--rule', 'last-updated: [oops'], /not valid JSON/],
    [['--jurisdiction', 'gdpr,lgpd'], /Unknown jurisdiction 'lgpd'\. Valid jurisdictions: gdpr, popia, ccpa/],
    [['--today', '2025-02-29'], /--today "2025-02-29": expected a calendar date as YYYY-MM-DD/],
    [['--today', 'yesterday'], /--today "yesterday"/],
    [['--format', 'xml'], /^policylint: Unknown format 'xml'\. Available formats: stylish, json, github, sarif, markdown, html\.$/],
    [['--max-warnings', 'lots'], /--max-warnings "lots"/],
    [['--config', 'nope.json'], /^policylint: nope\.json: cannot read configuration file: no such file or directory$/],
  ])('%j', async ([args, message], { expect }) => {
    const r = await cli([...args, seeds[0] as string]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--config reads the given file', async ({ expect }) => {
    const rc = await temp('rc/.policylintrc.json', JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) }));
    const r = await cli([...TODAY, '--config', rc, seeds[0] as string]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('files policylint writes', () => {
  it('--init writes a starter configuration, and refuses to overwrite it', async ({ expect }) => {
    const dir = await mkdtemp(path.join(tmp, 'init-'));
    const r = await cli(['--init'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: 'Created .policylintrc.json (jurisdictions: "auto")\n', stderr: '' });
    const written = await readFile(path.join(dir, '.policylintrc.json'), 'utf8');
    expect(JSON.parse(written)).toEqual({ extends: ['policylint:recommended'], jurisdictions: 'auto', rules: {} });
    await writeFile(path.join(dir, '.policylintrc.json'), '{"rules": {"mine": "error"}}');
    const again = await cli(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('policylint: .policylintrc.json already exists here; not overwriting it.\n');
    expect(await readFile(path.join(dir, '.policylintrc.json'), 'utf8')).toBe('{"rules": {"mine": "error"}}');
  });

  it('--init with policies pins the laws they address', async ({ expect }) => {
    const dir = await mkdtemp(path.join(tmp, 'init-laws-'));
    const seed004 = path.join(ROOT, 'fixtures/seeds/004_9676fbca8d62b176.txt');
    const r = await cli(['--init', seed004], { cwd: dir });
    expect(r.stdout).toBe('Created .policylintrc.json (jurisdictions: ["popia"])\n');
    expect(JSON.parse(await readFile(path.join(dir, '.policylintrc.json'), 'utf8')).jurisdictions).toEqual(['popia']);
  });

  it('--output-file writes the report there (no colour, no temp file left) and nothing to stdout', async ({ expect }) => {
    const dir = await mkdtemp(path.join(tmp, 'out-'));
    const seed = path.join(ROOT, seeds[0] as string);
    const r = await cli([...TODAY, '-f', 'json', '-o', 'report.json', seed], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')) as JsonFile[];
    expect(report[0]?.filePath).toBe(seed);
    expect(r.code).toBe((report[0]?.errorCount ?? 0) > 0 ? 1 : 0);
    expect(await readdir(dir)).toEqual(['report.json']);

    const stylish = await cli([...TODAY, '-o', 'report.txt', ...allRules('error'), seed], { cwd: dir });
    expect(await readFile(path.join(dir, 'report.txt'), 'utf8')).toContain('✖');
    expect(stylish.code).toBe(1);
  });

  it('--output-file in a missing directory: exit 2', async ({ expect }) => {
    const r = await cli([...TODAY, '-o', 'no/such/dir/report.json', seeds[0] as string], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: no/such/dir/report.json: cannot write the report: its directory does not exist\n');
  });

  it('never modifies the files it lints', async ({ expect }) => {
    const files = [...seeds.map((s) => path.join(ROOT, s)), await temp('keep/p.md', '# Privacy\n\nWe sell data.\n')];
    const snapshot = async () =>
      Promise.all(
        files.map(async (f) => {
          const s = await stat(f);
          return `${createHash('sha256').update(await readFile(f)).digest('hex')} ${s.mtimeMs} ${s.mode}`;
        }),
      );
    const before = await snapshot();
    await cli([...TODAY, ...files]);
    await cli([...TODAY, '-f', 'json', ...files]);
    expect(await snapshot()).toEqual(before);
  });
});
