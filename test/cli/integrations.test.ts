// End-to-end tests of the CI integrations (GitHub Actions, SARIF) with the BUILT binary
// (npm test builds first; by hand: npx tsc -p tsconfig.build.json).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from '../formatters/sarif-validator.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'dist/src/cli/bin.js');
const SEED = 'fixtures/seeds/001_5d45be2437642316.txt';
const ARGS = ['--no-config-lookup', '--today', '2026-11-27'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary with a clean CI environment: only the variables a test gives. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'FORCE_COLOR']) delete base[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...base, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end();
  });
}

interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  reference: string;
  line: number;
  column: number;
}

let tmp: string;
let expected: JsonMessage[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'policylint-ci-'));
  // The same run as JSON: what the other formats must agree with.
  const json = await cli([...ARGS, '--format', 'json', SEED]);
  expected = (JSON.parse(json.stdout) as Array<{ messages: JsonMessage[] }>)[0]?.messages ?? [];
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

describe('GitHub Actions', () => {
  it('defaults to workflow commands under GITHUB_ACTIONS=true and appends a job summary', async () => {
    expect(expected.length).toBeGreaterThan(0);
    const summary = path.join(tmp, 'summary.md');
    await writeFile(summary, 'Earlier step output.\n');
    const r = await cli([...ARGS, SEED], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });

    expect(r.code).toBe(expected.some((m) => m.severity === 'error') ? 1 : 0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    const want = [...expected]
      .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line || a.column - b.column)
      .map((m) => {
        const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
        return new RegExp(
          `^::${LEVEL[m.severity]} file=${SEED.replace(/\./g, '\\.')},line=${m.line},col=${m.column},endLine=\\d+,endColumn=\\d+,` +
            `title=${m.ruleId.replace(/\//g, '\\/')}::${escape(`${m.message} (${m.reference})`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        );
      });
    expect(lines).toHaveLength(want.length + (want.length > 10 ? 1 : 0));
    want.forEach((re, i) => expect(lines[i]).toMatch(re));

    const md = await readFile(summary, 'utf8');
    expect(md.startsWith('Earlier step output.\n## policylint\n')).toBe(true);
    expect(md).toContain(`### ${SEED}\n`);
    expect(md).toContain('| Rule | Severity | Line | Message | Reference |');
    const rows = md.split('\n').filter((l) => /^\| \[/.test(l));
    expect(rows).toHaveLength(expected.length);
    for (const m of expected) expect(rows.some((row) => row.includes(`[${m.ruleId}](`) && row.includes(`| ${m.severity} | ${m.line} |`))).toBe(true);
  });

  it('an explicit --format wins, and only --format github writes the summary', async () => {
    const summary = path.join(tmp, 'summary-json.md');
    const r = await cli([...ARGS, '--format', 'json', SEED], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(r.stdout.startsWith('[{"filePath"')).toBe(true);
    await expect(readFile(summary, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('without GITHUB_ACTIONS the default stays stylish', async () => {
    const r = await cli([...ARGS, SEED]);
    expect(r.stdout).not.toMatch(/^::/m);
    expect(r.stdout).toContain(SEED);
  });

  it('a summary that cannot be written is a warning, not a failure', async () => {
    const summary = path.join(tmp, 'no-such-dir', 'summary.md');
    const r = await cli([...ARGS, SEED], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(expected.some((m) => m.severity === 'error') ? 1 : 0);
    expect(r.stdout).toMatch(/^::(error|warning|notice) file=/);
    expect(r.stderr).toBe(`policylint: warning: cannot write the job summary to ${summary}: no such file or directory\n`);
  });
});

describe('SARIF', () => {
  it('writes a valid SARIF 2.1.0 log with every rule and the version from package.json', async () => {
    const r = await cli([...ARGS, '--format', 'sarif', SEED]);
    const log = JSON.parse(r.stdout) as {
      runs: Array<{
        tool: { driver: { version: string; rules: Array<{ id: string }> } };
        results: Array<{ ruleId: string; partialFingerprints: Record<string, string> }>;
      }>;
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = log.runs[0];
    expect(run?.tool.driver.version).toBe(pkg.version);
    const printed = await cli([...ARGS, '--print-config', 'x.md']);
    const ruleIds = Object.keys((JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules);
    expect(run?.tool.driver.rules.map((d) => d.id).sort()).toEqual([...ruleIds].sort());
    expect(run?.results.map((x) => x.ruleId)).toEqual(expected.map((m) => m.ruleId));

    // Same input, same fingerprints.
    const again = JSON.parse((await cli([...ARGS, '--format', 'sarif', SEED])).stdout) as typeof log;
    expect(again.runs[0]?.results.map((x) => x.partialFingerprints)).toEqual(run?.results.map((x) => x.partialFingerprints));
  });
});
