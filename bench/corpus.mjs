// The benchmark corpus, generated deterministically from fixtures/seeds and fixtures/corpus:
// shuffled sections, Markdown turned into plain text (markup stripped) and plain text into
// Markdown (headings added), and inflated copies of ~100 KB and ~1 MB. Markdown variants go
// to <dir>/md, plain text to <dir>/txt, so markdownlint-cli2 can be run on the .md subset.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run writes the same files. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A plain-text line that reads as a heading: "4.3 Business Transfers", "YOUR RIGHTS", "Who We Are". */
const PLAIN_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.!?:;,]{0,70}$/;

/** Sections of a policy: the text before the first heading, then one per heading. */
export function sections(text, format) {
  const lines = text.split('\n');
  const out = [[]];
  lines.forEach((line, i) => {
    const heading = format === 'markdown' ? /^#{1,6}\s/.test(line) : PLAIN_HEADING.test(line.trim()) && (lines[i - 1] ?? '').trim() === '';
    if (heading && out[out.length - 1].length > 0) out.push([]);
    out[out.length - 1].push(line);
  });
  return out.map((s) => s.join('\n').trimEnd() + '\n');
}

/** Markdown → plain text as a web-page copy looks: no #, **, links, table pipes or list dashes. */
export function toPlain(md) {
  return md
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line)) // table delimiter rows
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^(\s*)[-*+]\s+/, '$1• ')
        .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, '$1 ($2)')
        .replace(/(\*\*|__|`)/g, '')
        .replace(/^\s*\|(.*)\|\s*$/, (_, cells) => cells.split('|').map((c) => c.trim()).join('\t')),
    )
    .join('\n');
}

/** Plain text → Markdown: heading-like lines become ## headings, bullets become list items. */
export function toMarkdown(plain) {
  const lines = plain.split('\n');
  return lines
    .map((line, i) => {
      const t = line.trim();
      if (t && PLAIN_HEADING.test(t) && (lines[i - 1] ?? '').trim() === '' && t.length < 60) return `## ${t}`;
      return line.replace(/^(\s*)[•·–]\s+/, '$1- ');
    })
    .join('\n');
}

function sources(root) {
  return ['fixtures/seeds', 'fixtures/corpus'].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => /\.(?:md|txt)$/.test(f) && f !== 'SOURCES.md')
      .sort()
      .map((f) => {
        const text = readFileSync(join(root, d, f), 'utf8');
        // .txt seeds with # headings are Markdown to policylint too.
        return { name: f, text, format: f.endsWith('.md') || /^#{1,6}\s/m.test(text) ? 'markdown' : 'plaintext' };
      }),
  );
}

/** One variant: sections shuffled (the first kept first), maybe some dropped, maybe converted. */
function variant(src, random, i) {
  const [first, ...rest] = sections(src.text, src.format);
  const kept = shuffle(rest, random).filter(() => random() < 0.8);
  let text = [first, ...kept].join('\n');
  let format = src.format;
  const convert = random() < 0.5;
  if (convert) {
    text = format === 'markdown' ? toPlain(text) : toMarkdown(text);
    format = format === 'markdown' ? 'plaintext' : 'markdown';
  }
  return { text: `<!-- variant ${i} of ${src.name} -->\n${text}`, format };
}

/** Copies of a source's sections, shuffled each time, until the text reaches `bytes`. */
export function inflate(src, bytes, random) {
  const parts = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const body = shuffle(sections(src.text, src.format), random).join('\n');
    const part = `${src.format === 'markdown' ? '#' : 'Part'} ${copy + 1}\n\n${body}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/**
 * Writes `count` files into dir/md and dir/txt: `large` files of ~100 KB and `huge` of
 * ~1 MB, the rest section variants. Returns [{ path, format, bytes }] in a fixed order.
 */
export function makeCorpus(root, dir, { count = 1000, large = 20, huge = 2, seed = 9 } = {}) {
  const random = prng(seed);
  const srcs = sources(root);
  mkdirSync(join(dir, 'md'), { recursive: true });
  mkdirSync(join(dir, 'txt'), { recursive: true });
  const files = [];
  const write = (name, text, format) => {
    const path = join(dir, format === 'markdown' ? 'md' : 'txt', `${name}.${format === 'markdown' ? 'md' : 'txt'}`);
    writeFileSync(path, text);
    files.push({ path, format, bytes: Buffer.byteLength(text) });
  };
  for (let i = 0; i < count; i++) {
    const src = srcs[i % srcs.length];
    const id = String(i).padStart(4, '0');
    if (i < huge) write(`huge-${id}`, inflate(src, 1_000_000, random), src.format);
    else if (i < huge + large) write(`large-${id}`, inflate(src, 100_000, random), src.format);
    else {
      const v = variant(src, random, i);
      write(`policy-${id}`, v.text, v.format);
    }
  }
  return files;
}
