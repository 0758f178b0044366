// Text inside HTML embedded in Markdown. Real policies put their legal-basis tables in
// `<table>`s and their details in `<details>`; that text is part of the policy, with its
// true positions. Script and style content is not.
import { Parser } from 'htmlparser2';
import { MappedTextBuilder, appendAligned } from './mapped-text.js';
import type { RawBlock, ReadResult, Span } from './reader.js';
import type { BlockKind } from './types.js';

/** Tags that end the current run of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Inline HTML elements. Any other "tag" (`<insert company name>`) is text a template left. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
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
 * (template syntax) are left out of the text. `page`: the source is a whole page or component.
 */
export function readHtml(source: string, start: number, end: number, out: ReadResult, skip: readonly Span[], page = false): void {
  const html = source.slice(start, end);
  // In a whole page a `<template>` is a component's markup (a Vue file's page), not an inert fragment.
  const hides = (name: string): boolean => HIDDEN_TAGS.has(name) && !(page && name === 'template');
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
    const built = text.build().trim();
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
      onopentag(name, attribs) {
        if (hides(name)) hidden++;
        if (name === 'a') anchor = attribs.href ? { from: text.textLength, url: attribs.href.trim(), in: text } : null;
        if (!isHtmlElement(name) && hidden === 0) {
          const s = start + parser.startIndex;
          const e = start + parser.endIndex + 1;
          text.append(source.slice(s, e), s, e);
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
      onclosetag(name) {
        if (hides(name)) hidden = Math.max(0, hidden - 1);
        // A link whose text a block tag cut in two is left out.
        if (name === 'a' && anchor && anchor.in === text) text.markLink(anchor.from, anchor.url);
        if (name === 'a') anchor = null;
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
        if (hidden > 0) return;
        const s = start + parser.startIndex;
        appendAligned(text, data, source, s, start + parser.endIndex + 1, skip);
      },
      oncomment(data) {
        out.comments.push({ value: data.trim(), start: start + parser.startIndex, end: start + parser.endIndex + 1 });
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
}
