// Builds the one document model from what a reader found: sections, blocks, tables,
// sentences and entities, the same way for every format.
import { findAges, findDates, findDurations, findEmails, findUrls } from './entities.js';
import { readFrontMatter } from './front-matter.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import type { MappedText } from './mapped-text.js';
import { readPlaintext } from './plaintext.js';
import type { RawBlock, ReadResult, Reader } from './reader.js';
import { splitSentences } from './sentences.js';
import { LineIndex } from './source.js';
import { findTemplates } from './templates.js';
import type {
  Block,
  Entities,
  PolicyDocument,
  Range,
  Section,
  Sentence,
  SourceFormat,
  Table,
  TextNode,
} from './types.js';

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkdn|mkd|mdx)$/i;
/** An ATX heading ("## Data Retention") at the start of a line: Markdown saved as .txt. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m;

/**
 * Markdown files by extension; anything else is plain text unless it is plainly Markdown
 * (real policies are often Markdown saved as .txt, with `#` headings).
 */
export function detectFormat(path: string, source: string): SourceFormat {
  if (MARKDOWN_EXTENSIONS.test(path)) return 'markdown';
  return ATX_HEADING.test(source) ? 'markdown' : 'plaintext';
}

export interface ReadOptions {
  /** Force a reader instead of choosing by extension and content. */
  format?: SourceFormat;
}

/** Kinds whose text is prose (sentences and entities are looked for in them). */
const PROSE = new Set<Block['kind']>(['heading', 'paragraph', 'listItem', 'tableCell']);

/**
 * A web page saved as text (a `.txt` that opens with `<!DOCTYPE html>`, `<html>`, `<body>`, or
 * a component's `<script>`, `<template>` (Vue) or `<svelte:head>`): its tags are markup, not
 * prose, so it is read as HTML, with headings, lists and tables as the browser shows them.
 */
const HTML_PAGE = /^\s{0,20}<(?:!doctype\s{1,3}html|html|head|body|main|article|div|section|script|style|svelte:head|template)\b/i;

const readHtmlPage: Reader = (input) => {
  const out: ReadResult = { blocks: [], tables: [], comments: [] };
  readHtml(input.source, input.bodyStart, input.source.length, out, input.skip, true);
  return out;
};

export function readDocument(path: string, source: string, options: ReadOptions = {}): PolicyDocument {
  const lines = new LineIndex(source);
  const frontMatter = readFrontMatter(source, lines);
  const bodyStart = frontMatter ? frontMatter.range.end.offset : 0;
  const templates = findTemplates(source, bodyStart);
  const format = options.format ?? detectFormat(path, source);
  const read = format === 'markdown' ? readMarkdown : HTML_PAGE.test(source.slice(bodyStart, bodyStart + 200)) ? readHtmlPage : readPlaintext;
  const result = read({ source, lines, bodyStart, skip: templates });
  return build(path, source, lines, format, result, {
    frontMatter,
    templates: templates.map((t) => ({ kind: t.kind, raw: t.raw, range: lines.rangeAt(t.start, t.end) })),
  });
}

function textNode(lines: LineIndex, text: MappedText, range: Range): TextNode {
  return {
    text: text.text,
    range,
    rangeOf(start: number, end: number): Range {
      const s = text.sourceRange(start, end);
      return lines.rangeAt(s.start, s.end);
    },
  };
}

function build(
  path: string,
  source: string,
  lines: LineIndex,
  format: SourceFormat,
  result: ReadResult,
  extra: Pick<PolicyDocument, 'frontMatter' | 'templates'>,
): PolicyDocument {
  const whole = lines.rangeAt(0, source.length);
  const root: Section = { title: '', level: 0, heading: null, parent: null, children: [], blocks: [], range: whole };
  const sections: Section[] = [];
  const tables: Table[] = result.tables.map((t) => ({
    rows: [],
    hasHeader: t.hasHeader,
    source: t.source,
    range: lines.rangeAt(t.start, t.end),
  }));
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const entities: Entities = { emails: [], urls: [], links: [], dates: [], durations: [], ages: [] };

  let current = root;
  const open: Section[] = [root];
  const closeUntil = (level: number, offset: number): void => {
    while (open.length > 1 && (open[open.length - 1] as Section).level >= level) {
      const s = open.pop() as Section;
      s.range = lines.rangeAt(s.range.start.offset, offset);
    }
  };

  const ordered = [...result.blocks].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const raw of ordered) {
    if (raw.kind === 'heading') {
      const level = Math.min(6, Math.max(1, raw.depth ?? 1));
      closeUntil(level, raw.start);
      const parent = open[open.length - 1] as Section;
      current = {
        title: raw.text.text,
        level,
        heading: null,
        parent,
        children: [],
        blocks: [],
        range: lines.rangeAt(raw.start, source.length),
      };
      parent.children.push(current);
      sections.push(current);
      open.push(current);
    }
    const block = makeBlock(raw, lines, source, current, blocks.length);
    if (raw.kind === 'heading') current.heading = block;
    current.blocks.push(block);
    blocks.push(block);
    if (raw.cell) {
      const table = tables[raw.cell.table];
      if (table) {
        const row = (table.rows[raw.cell.row] ??= []);
        row[raw.cell.column] = block;
        block.cell = { table, row: raw.cell.row, column: raw.cell.column, header: raw.cell.header };
      }
    }
    if (PROSE.has(block.kind)) {
      addSentences(block, raw.text, lines, sentences);
      addEntities(block, raw.text, entities);
    }
  }
  closeUntil(1, source.length);
  // Skipped empty cells leave holes; cells keep their true column in `cell.column`.
  for (const table of tables) table.rows = table.rows.map((row) => row.filter(Boolean));
  fillColumnHeaders(tables);

  return {
    path,
    format,
    source,
    pointAt: (offset) => lines.pointAt(offset),
    rangeAt: (start, end) => lines.rangeAt(start, end),
    frontMatter: extra.frontMatter,
    root,
    sections,
    blocks,
    tables,
    sentences,
    entities,
    templates: extra.templates,
    comments: result.comments.map((c) => ({ value: c.value, range: lines.rangeAt(c.start, c.end) })),
  };
}

function makeBlock(raw: RawBlock, lines: LineIndex, source: string, section: Section, index: number): Block {
  const node = textNode(lines, raw.text, lines.rangeAt(raw.start, raw.end));
  const block: Block = {
    ...node,
    kind: raw.kind,
    raw: source.slice(raw.start, raw.end),
    section,
    sentences: [],
    index,
  };
  if (raw.depth !== undefined) block.depth = raw.depth;
  return block;
}

function addSentences(block: Block, text: MappedText, lines: LineIndex, out: Sentence[]): void {
  for (const s of splitSentences(text.text, text.breaks)) {
    const slice = text.slice(s.start, s.end);
    const span = slice.sourceSpan;
    const sentence: Sentence = { ...textNode(lines, slice, lines.rangeAt(span.start, span.end)), block };
    block.sentences.push(sentence);
    out.push(sentence);
  }
}

function addEntities(block: Block, mapped: MappedText, out: Entities): void {
  const at = (start: number, end: number): { text: string; range: Range; block: Block } => ({
    text: block.text.slice(start, end),
    range: block.rangeOf(start, end),
    block,
  });
  const text = block.text;
  for (const e of findEmails(text)) out.emails.push({ kind: 'email', address: e.address, ...at(e.start, e.end) });
  for (const u of findUrls(text)) out.urls.push({ kind: 'url', url: u.url, ...at(u.start, u.end) });
  for (const l of mapped.links) out.links.push({ kind: 'link', url: l.url, ...at(l.start, l.end) });
  for (const { start, end, ...d } of findDates(text)) out.dates.push({ kind: 'date', ...d, ...at(start, end) });
  for (const { start, end, ...d } of findDurations(text)) out.durations.push({ kind: 'duration', ...d, ...at(start, end) });
  for (const { start, end, ...a } of findAges(text)) out.ages.push({ kind: 'age', ...a, ...at(start, end) });
}

/** Give each cell the text of its column's header cell. */
function fillColumnHeaders(tables: Table[]): void {
  for (const table of tables) {
    const header = table.hasHeader ? table.rows[0] : undefined;
    if (!header) continue;
    for (const row of table.rows.slice(1)) {
      for (const cell of row) {
        if (!cell?.cell) continue;
        const head = header.find((h) => h?.cell?.column === cell.cell?.column);
        if (head) cell.cell.columnHeader = head.text;
      }
    }
  }
}
