// Configuration end to end through run(): discovery places, nesting, --config,
// --no-config-lookup, extends (presets, paths, cycles), overrides, ignores, plugins and
// every configuration error users can make.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/run.js';

const PLUGIN = fileURLToPath(new URL('../../fixtures/plugins/policylint-plugin-example/index.js', import.meta.url));
// Stale and with a placeholder: last-updated warns, placeholder-text errs.
const POLICY = 'Privacy Policy\n\nLast updated: 2020-01-01\n\nContact [Company Name] at privacy@example.com.\n';

// Every project lives under one temporary folder, removed after the file's tests.
const ROOT = mkdtempSync(join(tmpdir(), 'policylint-config-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(ROOT, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function lint(cwd: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    stdin: (async function* () {})(),
    cwd,
    env: {},
  };
  const code = await run(['--today', '2026-11-27', '--format', 'json', ...args], io);
  const stdout = out.join('');
  const parsed = stdout.startsWith('[') ? (JSON.parse(stdout) as Array<{ filePath: string; jurisdictions: string[]; messages: Array<{ ruleId: string; severity: string }> }>) : [];
  // The configuration is what is under test: look only at the rules the tests configure.
  const results = parsed.map((r) => ({ ...r, messages: r.messages.filter((m) => FOCUS.test(m.ruleId)) }));
  const summary = Object.fromEntries(results.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
  return { code, results, summary, stdout, stderr: err.join('') };
}

const json = (value: unknown) => JSON.stringify(value);
const FOCUS = /^(?:last-updated|placeholder-text|example\/.+|acme\/.+)$/;

describe('configuration discovery', () => {
  it.each([
    ['.policylintrc', json({ rules: { 'last-updated': 'off' } })],
    ['.policylintrc.json', json({ rules: { 'last-updated': 'off' } })],
    ['.policylintrc.yaml', 'rules:\n  last-updated: off\n'],
    ['.policylintrc.yml', 'rules:\n  last-updated: "off"\n'],
    ['policylint.config.mjs', "export default { rules: { 'last-updated': 'off' } };\n"],
    ['policylint.config.cjs', "module.exports = { rules: { 'last-updated': 'off' } };\n"],
    ['policylint.config.js', "export default { rules: { 'last-updated': 'off' } };\n"],
    ['package.json', json({ name: 'x', type: 'module', policylint: { rules: { 'last-updated': 'off' } } })],
  ])('finds %s in a parent folder', async (name, text) => {
    const dir = project({ [name]: text, 'docs/privacy.md': POLICY, ...(name.endsWith('.js') ? { 'package.json': json({ type: 'module' }) } : {}) });
    const { summary, code } = await lint(dir, ['docs/privacy.md']);
    expect(summary).toEqual({ 'docs/privacy.md': ['placeholder-text:error'] });
    expect(code).toBe(1);
  });

  it('uses the nearest configuration for each file, so folders can differ in one run', async () => {
    const dir = project({
      '.policylintrc.json': json({ rules: { 'last-updated': 'off' } }),
      'za/.policylintrc.json': json({ rules: { 'placeholder-text': 'off' } }),
      'privacy.md': POLICY,
      'za/privacy.md': POLICY,
    });
    const { summary } = await lint(dir, ['privacy.md', 'za/privacy.md']);
    expect(summary).toEqual({ 'privacy.md': ['placeholder-text:error'], 'za/privacy.md': ['last-updated:warning'] });
  });

  it('--config replaces lookup; --no-config-lookup ignores configuration files', async () => {
    const dir = project({
      '.policylintrc.json': json({ rules: { 'last-updated': 'off' } }),
      'other.json': json({ rules: { 'placeholder-text': 'warning' } }),
      'p.md': POLICY,
    });
    expect((await lint(dir, ['--config', 'other.json', 'p.md'])).summary).toEqual({ 'p.md': ['last-updated:warning', 'placeholder-text:warning'] });
    expect((await lint(dir, ['--no-config-lookup', 'p.md'])).summary).toEqual({ 'p.md': ['last-updated:warning', 'placeholder-text:error'] });
  });

  it('--rule and --jurisdiction win over the configuration', async () => {
    const dir = project({ '.policylintrc.json': json({ jurisdictions: ['popia'], rules: { 'last-updated': 'off' } }), 'p.md': POLICY });
    const { results } = await lint(dir, ['--rule', 'last-updated: error', '--jurisdiction', 'ccpa', 'p.md']);
    expect(results[0]?.jurisdictions).toEqual(['ccpa']);
    expect(results[0]?.messages.map((m) => `${m.ruleId}:${m.severity}`)).toContain('last-updated:error');
  });
});

describe('extends, overrides, ignores', () => {
  it('extends presets: strict makes every finding an error; gdpr fixes the law', async () => {
    const dir = project({ '.policylintrc.json': json({ extends: ['policylint:strict', 'policylint:gdpr'] }), 'p.md': POLICY });
    const { results } = await lint(dir, ['p.md']);
    expect(results[0]?.jurisdictions).toEqual(['gdpr']);
    expect(results[0]?.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['last-updated:error', 'placeholder-text:error']);
  });

  it('extends a relative file; own settings win; a severity-only setting keeps inherited options', async () => {
    const dir = project({
      'base.json': json({ rules: { 'last-updated': ['error', { maxAgeDays: 5000 }], 'placeholder-text': 'off' } }),
      '.policylintrc.json': json({ extends: './base.json', rules: { 'last-updated': 'warning' } }),
      'p.md': POLICY,
    });
    expect((await lint(dir, ['p.md'])).summary).toEqual({ 'p.md': [] });
    const printed = await lint(dir, ['--print-config', 'p.md']);
    expect(JSON.parse(printed.stdout).rules['last-updated']).toEqual(['warning', { maxAgeDays: 5000 }]);
  });

  it('an extends cycle is an error naming the chain', async () => {
    const dir = project({ 'a.json': json({ extends: './b.json' }), 'b.json': json({ extends: './a.json' }), 'p.md': POLICY });
    const { code, stderr } = await lint(dir, ['--config', 'a.json', 'p.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cycle: .*a\.json → .*b\.json → .*a\.json/);
  });

  it('overrides apply by path (files, excludedFiles), relative to the configuration file', async () => {
    const dir = project({
      '.policylintrc.json': json({
        overrides: [{ files: ['docs/za/**'], excludedFiles: ['docs/za/draft.md'], jurisdictions: ['popia'], rules: { 'placeholder-text': 'off' } }],
      }),
      'docs/za/privacy.md': POLICY,
      'docs/za/draft.md': POLICY,
    });
    const { results } = await lint(dir, ['docs']);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath, [r.jurisdictions.join(), r.messages.map((m) => m.ruleId).join()]]));
    expect(byFile).toEqual({
      'docs/za/draft.md': ['', 'last-updated,placeholder-text'],
      'docs/za/privacy.md': ['popia', 'last-updated'],
    });
  });

  it('ignores skip files found in folders, and say so for files named on the command line', async () => {
    const dir = project({ '.policylintrc.json': json({ ignores: ['drafts/**'] }), 'drafts/p.md': POLICY, 'p.md': POLICY });
    expect(Object.keys((await lint(dir, ['.'])).summary)).toEqual(['p.md']);
    const named = await lint(dir, ['drafts/p.md']);
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('drafts/p.md: ignored by an "ignores" pattern');
  });
});

describe('plugins', () => {
  it('loads rules from a plugin module, configurable like built-in rules', async () => {
    const dir = project({
      '.policylintrc.json': json({ plugins: [PLUGIN], rules: { 'example/privacy-team': ['error', { team: 'Data Desk' }], 'last-updated': 'off', 'placeholder-text': 'off' } }),
      'p.md': POLICY,
    });
    const { summary } = await lint(dir, ['p.md']);
    expect(summary).toEqual({ 'p.md': ['example/privacy-team:error'] });
  });

  it('a plugin can be an installed package and provide presets', async () => {
    const dir = project({
      'node_modules/policylint-plugin-example/package.json': readFileSync(join(PLUGIN, '../package.json'), 'utf8'),
      'node_modules/policylint-plugin-example/index.js': readFileSync(PLUGIN, 'utf8'),
      '.policylintrc.json': json({ plugins: ['policylint-plugin-example'], extends: ['example:strict'], rules: { 'last-updated': 'off', 'placeholder-text': 'off' } }),
      'p.md': POLICY,
    });
    expect((await lint(dir, ['p.md'])).summary).toEqual({ 'p.md': ['example/privacy-team:error'] });
  });

  it('extends a shared configuration from an installed package', async () => {
    const dir = project({
      'node_modules/@acme/policylint-config/package.json': json({ name: '@acme/policylint-config', main: 'config.json' }),
      'node_modules/@acme/policylint-config/config.json': json({ rules: { 'last-updated': 'off' } }),
      '.policylintrc.json': json({ extends: ['@acme/policylint-config'] }),
      'p.md': POLICY,
    });
    expect((await lint(dir, ['p.md'])).summary).toEqual({ 'p.md': ['placeholder-text:error'] });
  });

  it('a plugin that cannot be found is a configuration error', async () => {
    const dir = project({ '.policylintrc.json': json({ plugins: ['policylint-plugin-missing'] }), 'p.md': POLICY });
    const { code, stderr } = await lint(dir, ['p.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot find package "policylint-plugin-missing"');
  });
});

describe('configuration errors: exit 2, naming the file, the key and what was expected', () => {
  it.each([
    ['invalid JSON', '{ "rules": { ', /\.policylintrc\.json/],
    ['an unknown rule, with a suggestion', json({ rules: { 'last-updatd': 'error' } }), /\.policylintrc\.json: "rules": unknown rule "last-updatd"\. Did you mean "last-updated"\?/],
    ['a bad severity', json({ rules: { 'last-updated': 'fatal' } }), /rule "last-updated": invalid setting "fatal"; expected one of "off", "info", "warning", "error"/],
    ['a bad option', json({ rules: { 'last-updated': ['warning', { maxAgeDays: 'soon' }] } }), /rule "last-updated": option "maxAgeDays" must be an integer, got "soon"/],
    ['an unknown option', json({ rules: { 'last-updated': ['warning', { maxAge: 3 }] } }), /unknown option "maxAge" \(expected one of: maxAgeDays\)/],
    ['an unknown key', json({ rule: {} }), /unknown key "rule"/],
    ['bad jurisdictions', json({ jurisdictions: ['eu'] }), /"jurisdictions" must be "auto" or a list of "gdpr", "popia", "ccpa"/],
    ['an unknown preset', json({ extends: ['policylint:lenient'] }), /unknown preset "policylint:lenient"/],
    ['overrides without files', json({ overrides: [{ rules: {} }] }), /"overrides\[0\]": "files" must be a non-empty array of strings/],
  ])('%s', async (_name, text, expected) => {
    const dir = project({ '.policylintrc.json': text, 'p.md': POLICY });
    const { code, stderr, stdout } = await lint(dir, ['p.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });
});

describe('declarative custom rules', () => {
  const custom = (rules: unknown[], extra: Record<string, unknown> = {}) =>
    json({ custom: rules, rules: { 'last-updated': 'off', 'placeholder-text': 'off', ...extra } });

  it('require: a phrase must appear (in a section whose heading matches)', async () => {
    const dir = project({
      '.policylintrc.json': custom([
        { id: 'acme/dpo-named', require: 'Data Protection Officer', in: 'contact', message: 'Name the DPO in the contact section.', severity: 'error', reference: 'GDPR Art. 13(1)(b)' },
      ]),
      'ok.md': '# Privacy\n\n## Contact us\n\nWrite to our data protection officer.\n',
      'bad.md': '# Privacy\n\nOur Data Protection Officer is Ann.\n\n## Contact us\n\nWrite to us.\n',
    });
    const { results } = await lint(dir, ['ok.md', 'bad.md']);
    expect(results.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}:${m.severity}`)])).toEqual([
      ['ok.md', []],
      ['bad.md', ['acme/dpo-named:error']],
    ]);
    const bad = (results[1]?.messages[0] ?? {}) as { line?: number; message?: string; reference?: string };
    expect(bad).toMatchObject({ line: 5, message: 'Name the DPO in the contact section.', reference: 'GDPR Art. 13(1)(b)' });
  });

  it('forbid: each match is reported at its place; a pattern works too; severity can be configured', async () => {
    const dir = project({
      '.policylintrc.json': custom(
        [
          { id: 'acme/no-guarantee', forbid: { pattern: 'guarantee[sd]? (?:complete|absolute|total) security' }, message: 'Do not promise absolute security.' },
          { id: 'acme/no-sell', forbid: 'we sell', message: 'Never say we sell data.' },
        ],
        { 'acme/no-sell': 'info' },
      ),
      'p.txt': 'Privacy\n\nWe guarantee absolute security of your data.\nWe sell nothing.\n',
    });
    const { results } = await lint(dir, ['p.txt']);
    expect(results[0]?.messages.map((m) => `${(m as { line?: number }).line} ${m.ruleId}:${m.severity}`)).toEqual([
      '3 acme/no-guarantee:warning',
      '4 acme/no-sell:info',
    ]);
  });

  it.each([
    ['a pattern that could hang', { id: 'acme/x', forbid: { pattern: '(a+)+$' }, message: 'm' }, /could take exponential time/],
    ['a back-reference', { id: 'acme/x', forbid: { pattern: '(a)\\1' }, message: 'm' }, /back-references are not allowed/],
    ['an invalid pattern', { id: 'acme/x', forbid: { pattern: '(' }, message: 'm' }, /invalid pattern/],
    ['an id without namespace', { id: 'x', forbid: 'y', message: 'm' }, /"id" must be a namespaced rule id/],
    ['both require and forbid', { id: 'acme/x', forbid: 'y', require: 'z', message: 'm' }, /exactly one of "require" or "forbid"/],
    ['no message', { id: 'acme/x', forbid: 'y' }, /"message" must be a non-empty string/],
  ])('refuses %s', async (_name, rule, expected) => {
    const dir = project({ '.policylintrc.json': custom([rule]), 'p.md': POLICY });
    const { code, stderr } = await lint(dir, ['p.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
  });
});
