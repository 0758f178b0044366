// The HTML report without a browser: its structure, its escaping and its links, read
// back with a real HTML parser. test/browser/ opens the same pages in Chromium.
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintDocument, type LintResult } from '../../src/engine/index.js';
import { formatHtml } from '../../src/formatters/html.js';
import { readDocument } from '../../src/model/index.js';
import { readFixture } from '../helpers/fixtures.js';
import { context, results } from './results.fixture.js';

const today = new Date('2026-11-27T00:00:00Z');
const rulesMeta = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));
const lint = (name: string, text?: string): LintResult =>
  lintDocument(text === undefined ? readFixture(name) : readDocument(name, text), { rules: builtinRules, today });

interface Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
}

function elements(html: string | Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(typeof html === 'string' ? (parseDocument(html) as unknown as Node) : html);
  return out;
}

const textOf = (n: Node): string => (n.type === 'text' ? (n.data ?? '') : (n.children ?? []).map(textOf).join(''));
// What the report's own markup may contain: anything else came from a policy.
const ALLOWED = new Set(
  'html head meta title style body a header h1 h2 h3 p nav ul ol li main article section table caption thead tbody tr th td span meter blockquote br pre mark'.split(' '),
);

describe('html formatter', () => {
  const seeds = ['seeds/000_d80a1d47bfd452aa.txt', 'seeds/003_a73e55a167ae72aa.txt', 'corpus/mastodon-default-privacy-policy.md'].map((f) => lint(f));
  const html = formatHtml(seeds, { ...context, cwd: '/nowhere', rulesMeta, version: '9.9.9' });
  const nodes = elements(html);

  it('is one self-contained page: no script, no external resource, a CSP that forbids both', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(nodes.filter((n) => !ALLOWED.has(n.name ?? ''))).toEqual([]);
    for (const n of nodes) {
      for (const [name, value] of Object.entries(n.attribs ?? {})) {
        expect(name.startsWith('on'), `${n.name} ${name}`).toBe(false);
        if (name === 'href') expect(value).toMatch(/^(?:#[\w-]+|https:\/\/github\.com\/policylint\/policylint\/)/);
        if (name === 'src') throw new Error(`external resource: ${value}`);
      }
    }
  });

  it('gives every element a unique id, and every in-page link a target', () => {
    const ids = nodes.map((n) => n.attribs?.id).filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const idSet = new Set(ids);
    for (const n of nodes) {
      const href = n.attribs?.href;
      if (href?.startsWith('#')) expect(idSet.has(href.slice(1)), href).toBe(true);
      for (const ref of (n.attribs?.['aria-describedby'] ?? '').split(' ').filter(Boolean)) expect(idSet.has(ref), ref).toBe(true);
    }
  });

  it('has one checklist row per requirement, one pin and one list entry per finding, and the whole text', () => {
    seeds.forEach((result, i) => {
      const id = `file-${i + 1}`;
      const article = elements(nodes.find((n) => n.name === 'article' && n.attribs?.id === id)!);
      const rows = article.filter((n) => n.name === 'tr' && n.attribs?.['data-status'] !== undefined);
      expect(rows.map((r) => `${r.attribs!['data-rule']} ${r.attribs!['data-status']}`).sort()).toEqual(
        result.requirements.map((e) => `${e.ruleId} ${e.status}`).sort(),
      );
      result.messages.forEach((_, k) => {
        expect(nodes.filter((n) => n.attribs?.id === `${id}-m${k + 1}`)).toHaveLength(1);
        expect(nodes.filter((n) => n.attribs?.id === `${id}-d${k + 1}`)).toHaveLength(1);
      });
      const pre = article.find((n) => n.name === 'pre')!;
      const lines = (pre.children ?? []).filter((n) => n.name === 'span');
      const shown = lines.map((line) => (line.children ?? []).filter((c) => c.attribs?.class !== 'tip').map(textOf).join(''));
      expect(shown).toEqual(result.source!.split(/\r\n|\r|\n/));
    });
  });

  it('escapes policy text everywhere: a hostile policy yields no element of its own', () => {
    const evil = [
      'PRIVACY NOTICE <script>alert(1)</script> under the GDPR',
      'Last updated: [Date] "><svg onload=alert(2)>',
      "You have the right of access <img src=x onerror=alert(3)> and </pre></main><script>alert(4)</script>.",
      "Contact: <a href='javascript:alert(5)'>us</a> &amp; &lt;b&gt; ' \" `",
    ].join('\n\n');
    const result = lint('<evil> "name".txt', evil);
    const page = formatHtml([result], { ...context, rulesMeta });
    const found = elements(page);
    expect(found.filter((n) => !ALLOWED.has(n.name ?? ''))).toEqual([]);
    expect(found.some((n) => Object.keys(n.attribs ?? {}).some((a) => a.startsWith('on')))).toBe(false);
    const pre = found.find((n) => n.name === 'pre')!;
    const text = (pre.children ?? []).filter((n) => n.name === 'span').map((line) => (line.children ?? []).filter((c) => c.attribs?.class !== 'tip').map(textOf).join('')).join('\n');
    expect(text).toBe(evil);
    expect(page).toContain('&#60;evil&#62; &#34;name&#34;.txt');
  });

  it('says when there is no text to show, and when nothing was linted', () => {
    const withoutSource = { ...results[0]! };
    delete withoutSource.source;
    expect(formatHtml([withoutSource], context)).toContain('The policy text is not available.');
    expect(formatHtml([], context)).toContain('No files were linted.');
  });
});
