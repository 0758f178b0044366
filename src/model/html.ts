// Text inside HTML: embedded in Markdown (real policies put their legal-basis tables in
// `<table>`s and their details in `<details>`), or a whole page kept in a website
// repository (HTML, PHP, or a JSX/Vue component saved as .txt). That text is part of the
// policy, with its true positions. Script and style content is not.
import { Parser } from 'htmlparser2';
import { MappedTextBuilder, appendAligned } from './mapped-text.js';
import { mergeSpans } from './plaintext-lines.js';
import type { RawBlock, ReadResult, Reader, ReaderInput, Span } from './reader.js';
import type { BlockKind } from './types.js';

/** Tags that end the current run of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Inline HTML elements. Any other "tag" (`<insert company name>`) is text a template left. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'mark', 'meter', 'object', 'output', 'picture', 'q', 's',
  'samp', 'select', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'sup', 'svg', 'path', 'textarea', 'time',
  'tt', 'u', 'var', 'video', 'audio', 'wbr', 'center', 'colgroup', 'col', 'link', 'meta', 'html', 'head', 'body', 'title',
]);

export function isHtmlElement(name: string): boolean {
  const n = name.toLowerCase();
  return BLOCK_TAGS.has(n) || HIDDEN_TAGS.has(n) || INLINE_TAGS.has(n);
}

interface OpenTable {
  index: number;
  row: number;
  column: number;
  inHead: boolean;
  sawHeader: boolean;
}

/**
 * Read the HTML in source[start, end) into blocks (appended to `out`). `skip` spans
 * (template syntax) are left out of the text.
 */
export function readHtml(
  source: string,
  start: number,
  end: number,
  out: ReadResult,
  skip: readonly Span[],
  page: PageOptions = {},
): void {
  const html = source.slice(start, end);
  /** Open elements: text outside every element is a component's code, not its markup. */
  let open = 0;
  // A Vue/Svelte component's page lives in its `<template>`.
  const hides = (name: string): boolean => HIDDEN_TAGS.has(name) && !(page.whole && name === 'template');
  let text = new MappedTextBuilder();
  let kind: BlockKind = 'paragraph';
  let depth: number | undefined;
  let cell: RawBlock['cell'];
  let hidden = 0;
  let listDepth = 0;
  const tables: OpenTable[] = [];
  /** The open `<a href>`: where its text starts in `text`, and the builder it started in. */
  let anchor: { from: number; url: string; in: MappedTextBuilder } | null = null;

  const flush = (): void => {
    const built = text.build().collapseSpace().trim();
    if (built.text.length > 0) {
      const span = built.sourceSpan;
      const block: RawBlock = { kind, start: span.start, end: span.end, text: built };
      if (depth !== undefined) block.depth = depth;
      if (cell) block.cell = cell;
      out.blocks.push(block);
    }
    text = new MappedTextBuilder();
  };

  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const name = tag.toLowerCase();
        open++;
        if (hides(name)) hidden++;
        if (isAnchor(tag)) {
          const url = (attribs.href ?? attribs.to ?? '').trim();
          anchor = url ? { from: text.textLength, url, in: text } : null;
        }
        if (!isHtmlElement(name) && hidden === 0 && !(page.whole && isComponent(source, start + parser.startIndex, attribs))) {
          const s = start + parser.startIndex;
          const e = start + parser.endIndex + 1;
          text.append(source.slice(s, e), s, e);
          return;
        }
        // A line break inside a block (an address, a cell), as Markdown's hard break: the
        // lines stay one block, each its own sentence.
        if (name === 'br' && hidden === 0) {
          const s = start + parser.startIndex;
          text.markBreak().append(' ', s, start + parser.endIndex + 1);
          return;
        }
        if (!BLOCK_TAGS.has(name)) return;
        flush();
        const table = tables[tables.length - 1];
        kind = 'paragraph';
        depth = undefined;
        cell = undefined;
        if (/^h[1-6]$/.test(name)) {
          kind = 'heading';
          depth = Number(name.slice(1));
        } else if (name === 'li') {
          kind = 'listItem';
          depth = Math.max(1, listDepth);
        } else if (name === 'ul' || name === 'ol') {
          listDepth++;
        } else if (name === 'table') {
          out.tables.push({ start: start + parser.startIndex, end, source: 'html', hasHeader: false });
          tables.push({ index: out.tables.length - 1, row: -1, column: 0, inHead: false, sawHeader: false });
        } else if (name === 'thead' && table) {
          table.inHead = true;
        } else if (name === 'tr' && table) {
          table.row++;
          table.column = 0;
        } else if ((name === 'td' || name === 'th') && table) {
          const header = name === 'th' || table.inHead;
          if (header && table.row === 0) table.sawHeader = true;
          kind = 'tableCell';
          cell = { table: table.index, row: Math.max(0, table.row), column: table.column++, header };
        }
      },
      onclosetag(tag) {
        const name = tag.toLowerCase();
        open = Math.max(0, open - 1);
        if (hides(name)) hidden = Math.max(0, hidden - 1);
        // A link whose text a block tag cut in two is left out.
        if (isAnchor(tag) && anchor && anchor.in === text) text.markLink(anchor.from, anchor.url);
        if (isAnchor(tag)) anchor = null;
        if (!BLOCK_TAGS.has(name)) return;
        flush();
        kind = 'paragraph';
        depth = undefined;
        cell = undefined;
        if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
        const table = tables[tables.length - 1];
        if (name === 'thead' && table) table.inHead = false;
        if (name === 'table' && table) {
          const raw = out.tables[table.index];
          if (raw) {
            raw.end = start + parser.endIndex + 1;
            raw.hasHeader = table.sawHeader;
          }
          tables.pop();
        }
      },
      ontext(data) {
        if (hidden > 0 || (page.code && open === 0)) return;
        const s = start + parser.startIndex;
        appendAligned(text, data, source, s, start + parser.endIndex + 1, skip);
      },
      oncomment(data) {
        out.comments.push({ value: data.trim(), start: start + parser.startIndex, end: start + parser.endIndex + 1 });
      },
    },
    // JSX is case-sensitive: `<Link>` is a component, not HTML's empty `<link>`.
    { decodeEntities: true, recognizeSelfClosing: true, lowerCaseTags: !page.code },
  );
  parser.write(html);
  parser.end();
  flush();
}

/** `<a>`, and the link components of JSX and Vue (`<Link href>`, `<router-link to>`). */
function isAnchor(tag: string): boolean {
  return tag === 'a' || LINK_COMPONENTS.has(tag);
}
const LINK_COMPONENTS = new Set(['Link', 'NuxtLink', 'RouterLink', 'router-link', 'nuxt-link']);

export interface PageOptions {
  /** The whole file is a page: `<template>` holds content, components are markup. */
  whole?: boolean;
  /** A JSX/TSX component: text outside its elements is code, `{…}` expressions are not prose. */
  code?: boolean;
}

/**
 * `<InformationPage title="…">`, `<router-link to="…">`, `<Trans>`: a component (capitalised,
 * hyphenated, or with attribute values), not a leftover `<insert company name>` placeholder.
 */
function isComponent(source: string, at: number, attribs: Record<string, string>): boolean {
  const first = source.charCodeAt(at + 1);
  if (first >= 65 && first <= 90) return true;
  const name = /^<([\w:.-]{1,64})/.exec(source.slice(at, at + 66))?.[1] ?? '';
  return name.includes('-') || Object.values(attribs).some((v) => v.length > 0);
}

const TAG = /<\/?([A-Za-z][\w:.-]{0,64})(?:\s[^<>]{0,2000})?>/g;
const PAGE_START = /^\s{0,200}(?:<!doctype\s|<html[\s>]|<\?php|<template[\s>]|<script[\s>])/i;
/** JSX/TSX module code before the markup. */
const CODE_LINE = /^(?:import\s|export\s|const\s|function\s|module\.exports|['"]use client)/m;
/** JSX attributes, Svelte tags, a component script: `{…}` in the text is code. */
const COMPONENT_MARK = /\bclassName=|<svelte:|<script\b[^<>]{0,200}>\s{0,20}import\s/;

/**
 * Whether plain-text input is really an HTML page or component source: it starts like one,
 * it is a component with block tags, or block tags (`<p>`, `<h2>`, `<li>`…) structure it and
 * tags make up a tenth of its visible characters. A text policy with a few links or `<br>`s
 * stays plain text.
 */
export function isHtmlPage(source: string, from = 0): boolean {
  const body = from > 0 ? source.slice(from) : source;
  if (PAGE_START.test(body)) return true;
  let blocks = 0;
  let tagChars = 0;
  for (const m of body.matchAll(TAG)) {
    if (BLOCK_TAGS.has((m[1] ?? '').toLowerCase())) blocks++;
    tagChars += m[0].length;
  }
  if (blocks >= 2 && isComponentSource(body)) return true;
  if (blocks < 10) return false;
  let visible = 0;
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) > 32) visible++;
  return tagChars * 10 >= visible;
}

/** Reads a whole HTML page or JSX/Vue/PHP component source. */
export const readHtmlPage: Reader = (input: ReaderInput): ReadResult => {
  const { source, bodyStart } = input;
  const out: ReadResult = { blocks: [], tables: [], comments: [] };
  const code = isComponentSource(source.slice(bodyStart));
  // Template spans and JSX expressions may overlap (`{{ a: 1 }}`): one sorted, merged list.
  const skip = code ? mergeSpans([input.skip, jsxExpressions(source, bodyStart)], bodyStart, source.length) : input.skip;
  readHtml(source, bodyStart, source.length, out, skip, { whole: true, code });
  return out;
};

/** JSX/TSX/Svelte: module code before the markup, or component syntax in it. */
function isComponentSource(body: string): boolean {
  if (COMPONENT_MARK.test(body)) return true;
  const tag = body.search(TAG);
  return CODE_LINE.test(tag === -1 ? body : body.slice(0, tag));
}

/** Longest `{…}` expression looked for; an unbalanced brace must not swallow the page. */
const MAX_EXPRESSION = 2000;
const QUOTES = '\'"`';

/**
 * `{…}` expressions in JSX text are code, except a string literal (`{' '}`, `{"Privacy"}`),
 * whose quotes and braces alone are left out so its text stays. Braces around markup (a
 * component's function body) are not an expression. One pass, no backtracking.
 */
function jsxExpressions(source: string, from: number): Span[] {
  const spans: Span[] = [];
  let start = -1;
  let depth = 0;
  for (let j = from; j < source.length; j++) {
    const c = source[j];
    if (c === '{') {
      if (depth === 0) start = j;
      depth++;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      spans.push(...expressionSpans(source, start, j + 1));
    }
    // A function body or `{cond && <p>…</p>}` holds markup: not an expression to drop.
    else if (c === '<' && depth > 0 && /[A-Za-z/]/.test(source[j + 1] ?? '')) depth = 0;
    if (depth > 0 && j - start > MAX_EXPRESSION) depth = 0;
  }
  return spans;
}

function expressionSpans(source: string, start: number, end: number): Span[] {
  const inner = source.slice(start + 1, end - 1);
  const lead = inner.length - inner.trimStart().length;
  const body = inner.trim();
  const quote = body[0] ?? '';
  const literal =
    body.length >= 2 && QUOTES.includes(quote) && body.endsWith(quote) && !body.slice(1, -1).includes(quote) && !/[{}]/.test(body);
  if (!literal) return [{ start, end }];
  const open = start + 1 + lead;
  const close = open + body.length - 1;
  return [
    { start, end: open + 1 },
    { start: close, end },
  ];
}
