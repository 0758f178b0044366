import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, expandInputs, readStdinBytes, readTargetBytes } from '../../src/cli/files.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'policylint-files-'));
  const files: Record<string, string> = {
    'a.md': '# A',
    'b.txt': 'B',
    'notes.json': '{}',
    'docs/c.markdown': '# C',
    'docs/deep/d.md': '# D',
    'docs/image.png': 'png',
    'docs/.hidden/e.md': '# E',
    'docs/node_modules/f.md': '# F',
    'empty-dir/readme.rst': 'R',
    '[literal].md': '# literal',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  await symlink(path.join(dir, 'a.md'), path.join(dir, 'link-to-a.md'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const shown = async (patterns: string[]) => {
  const { targets, problems } = await expandInputs(patterns, dir, undefined);
  return { targets: targets.map((t) => t.display), problems: problems.map((p) => `${p.path}: ${p.message}${p.fatal ? '' : ' (non-fatal)'}`) };
};

describe('expandInputs', () => {
  it('walks directories for policy files, sorted, skipping node_modules and dot-directories', async () => {
    expect(await shown(['docs'])).toEqual({ targets: ['docs/c.markdown', 'docs/deep/d.md'], problems: [] });
  });

  it('lints a file once however it is spelled, keeping the first spelling and input order', async () => {
    const result = await shown(['b.txt', './a.md', 'docs/../a.md', path.join(dir, 'a.md'), 'link-to-a.md', '*.md', 'b.txt']);
    expect(result.targets).toEqual(['b.txt', 'a.md', '[literal].md']);
  });

  it('expands globs with micromatch semantics, relative to their static base', async () => {
    expect((await shown(['docs/**/*.md'])).targets).toEqual(['docs/deep/d.md']);
    expect((await shown(['./docs/*.{md,markdown}'])).targets).toEqual(['docs/c.markdown']);
    expect((await shown([`${dir}/docs/**`])).targets).toEqual(['docs/c.markdown', 'docs/deep/d.md']);
  });

  it('takes an existing path literally even when it looks like a glob', async () => {
    expect((await shown(['[literal].md'])).targets).toEqual(['[literal].md']);
  });

  it('reports globs that match nothing and directories without policies', async () => {
    expect(await shown(['nothing/*.md', '*.nope', 'empty-dir'])).toEqual({
      targets: [],
      problems: [
        'nothing/*.md: no policy files match this pattern',
        '*.nope: no policy files match this pattern',
        'empty-dir: no policy files (*.md, *.markdown, *.txt) in this directory (non-fatal)',
      ],
    });
  });

  it('keeps missing files as targets so that reading reports them in order', async () => {
    expect((await shown(['missing.md', 'a.md'])).targets).toEqual(['missing.md', 'a.md']);
    expect(await readTargetBytes(path.join(dir, 'missing.md'))).toMatchObject({ ok: false, message: 'no such file or directory' });
  });

  it('names standard input once', async () => {
    const { targets } = await expandInputs(['-', 'a.md', '-'], dir, 'policy.md');
    expect(targets.map((t) => `${t.kind}:${t.display}`)).toEqual(['stdin:policy.md', 'file:a.md']);
  });

  it('refuses directories where a file is read', async () => {
    expect(await readTargetBytes(path.join(dir, 'docs'))).toMatchObject({ ok: false, message: 'is a directory, expected a file' });
  });
});

describe('readStdinBytes', () => {
  it('concatenates chunks of bytes and strings', async () => {
    async function* chunks() {
      yield Buffer.from('Hello, ');
      yield 'wörld';
    }
    const read = await readStdinBytes(chunks());
    expect(read.ok && Buffer.from(read.text).toString('utf8')).toBe('Hello, wörld');
  });
});

describe('displayPath', () => {
  it('is relative inside cwd and absolute outside', () => {
    expect(displayPath('/a/b', '/a/b/c/d.md')).toBe('c/d.md');
    expect(displayPath('/a/b', '/a/x.md')).toBe('/a/x.md');
  });
});
