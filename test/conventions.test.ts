// Conventions that keep the rule set and the layout honest (remark-lint and ESLint test
// theirs the same way): every rule is documented and well-formed, and dependencies run
// one way only.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { JURISDICTIONS, SEVERITIES, docsUrl } from '../src/engine/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RULE_ID = /^(?:(?:gdpr|popia|ccpa)\/)?[a-z]+(?:-[a-z]+)*$/;

describe('every built-in rule', () => {
  const ids = builtinRules.map((r) => r.meta.id);
  it('has a unique id', () => expect(new Set(ids).size).toBe(ids.length));

  for (const rule of builtinRules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('has an id that follows the naming convention and lives at rules/<family>/<name>.ts', () => {
        expect(meta.id).toMatch(RULE_ID);
        const [family, name] = meta.id.includes('/') ? meta.id.split('/') : ['general', meta.id];
        expect(existsSync(join(ROOT, 'rules', family!, `${name}.ts`))).toBe(true);
      });
      it('has a docs page with the sections users need, citing its legal reference', () => {
        const page = join(ROOT, 'docs', 'rules', `${meta.id}.md`);
        expect(existsSync(page)).toBe(true);
        const text = readFileSync(page, 'utf8');
        expect(text.startsWith(`# ${meta.id}`)).toBe(true);
        for (const heading of ['## Why', '## Fails', '## Passes', '## Options', '## What it cannot see']) expect(text).toContain(heading);
        for (const key of Object.keys(meta.options)) expect(text).toContain(`\`${key}\``);
      });
      it('has a description, a legal reference, valid jurisdictions and severities', () => {
        expect(meta.description.length).toBeGreaterThan(10);
        expect(meta.reference).toMatch(/GDPR|POPIA|Cal\. Civ\. Code|CCR/);
        if (meta.jurisdictions !== 'all') for (const j of meta.jurisdictions) expect(JURISDICTIONS).toContain(j);
        expect(SEVERITIES).toContain(meta.defaultSeverity);
        for (const m of Object.values(meta.messages)) {
          expect(m.text.length).toBeGreaterThan(5);
          if (m.severity) expect(SEVERITIES).toContain(m.severity);
        }
      });
      it('declares options with defaults that fit their own types', () => {
        for (const [key, spec] of Object.entries(meta.options)) {
          expect(spec.description, key).toBeTruthy();
          if (spec.type === 'integer') expect(Number.isInteger(spec.default)).toBe(true);
          if (spec.type === 'string[]') expect(Array.isArray(spec.default)).toBe(true);
        }
      });
      it('derives its docs URL from its id', () => {
        expect(docsUrl(meta.id)).toMatch(new RegExp(`/docs/rules/${meta.id}\\.md$`));
      });
    });
  }
});

// ---- import boundaries -----------------------------------------------------------------

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm)) {
    const spec = m[1] ?? m[2];
    if (spec) out.push(relative(ROOT, join(file, '..', spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

/** Which layer a file belongs to, by folder. */
function layer(path: string): string {
  if (/^rules\/(?:[^/]+\/)?shared\//.test(path)) return 'rules-shared';
  if (path.startsWith('rules/')) return path === 'rules/index.ts' ? 'rules-index' : 'rules';
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? (m[1] as string) : path;
}

const ALLOWED: Record<string, (target: string) => boolean> = {
  model: (t) => layer(t) === 'model',
  engine: (t) => ['engine', 'model'].includes(layer(t)),
  config: (t) => ['config', 'engine', 'model'].includes(layer(t)),
  formatters: (t) => layer(t) === 'formatters' || t === 'src/engine/types.ts' || t === 'src/engine/index.ts',
  cli: (t) => ['cli', 'config', 'engine', 'model', 'formatters', 'rules-index'].includes(layer(t)),
  lsp: (t) => ['lsp', 'config', 'engine', 'model', 'rules-index'].includes(layer(t)),
  // A rule sees only the rule API, the public model and shared concepts
  // (rules/shared/, rules/<pack>/shared/), never another rule.
  rules: (t) => t === 'src/engine/index.ts' || t === 'src/model/index.ts' || layer(t) === 'rules-shared',
  // Shared concepts may build on the pack-neutral ones (rules/shared/), never on a pack's.
  'rules-shared': (t) => t === 'src/engine/index.ts' || t === 'src/model/index.ts' || t.startsWith('rules/shared/'),
  'rules-index': (t) => layer(t) === 'rules' || t === 'src/engine/index.ts',
  // The library entry point re-exports the public surfaces.
  'src/index.ts': (t) => ['src/engine/index.ts', 'src/model/index.ts', 'rules/index.ts'].includes(t),
};

describe('dependency direction', () => {
  const files = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'rules'))].map((f) => relative(ROOT, f));
  it('finds the source files', () => expect(files.length).toBeGreaterThan(10));
  for (const file of files) {
    const from = layer(file);
    it(`${file} imports only what its layer may`, () => {
      const allowed = ALLOWED[from];
      expect(allowed, `unknown layer for ${file}`).toBeDefined();
      const bad = localImports(file).filter((t) => !allowed!(t));
      expect(bad).toEqual([]);
    });
  }
});
