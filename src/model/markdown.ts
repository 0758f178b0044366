// The Markdown reader: mdast (with GFM tables) into blocks. Inline markup is dropped
// from the text but every character keeps its source offset.
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { isHtmlElement, readHtml } from './html.js';
import { MappedTextBuilder, appendAligned } from './mapped-text.js';
import type { RawBlock, ReadResult, ReaderInput } from './reader.js';
import type { BlockKind } from './types.js';

const COMMENT = /^<!--([\s\S]*?)-->$/;
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
const TAG_NAME = /^<\/?([A-Za-z][\w-]*)/;

/**
 * micromark slows down more than linearly with the size of one parse (a 100 KB policy
 * parses at under half the speed per byte of a 10 KB one), so larger files are parsed in
 * pieces of about CHUNK_SIZE.
 */
export interface Chunking {
  /** Files up to this many characters are parsed whole. */
  wholeUpTo: number;
  /** The least size of a piece, in characters. */
  chunkSize: number;
}
const CHUNKING: Chunking = { wholeUpTo: 32 * 1024, chunkSize: 16 * 1024 };
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that, after a blank line, closes every open container (list, quote, table). */
const FRESH_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|[^\s>|*+\-\d<])/;
/** A link reference definition ("[1]: https://…") applies to the whole file: such files are parsed whole. */
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:/m;
/**
 * HTML blocks that a blank line does not end (CommonMark types 1–5: script, pre, style,
 * textarea, comments, processing instructions, declarations, CDATA), with their closer.
 */
const RAW_HTML: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Split a larger Markdown text into pieces that parse the same on their own: cut only
 * before a heading or an unindented paragraph that follows a blank line, never inside a
 * fenced code block or an HTML block a blank line does not end, and never in a file with
 * link reference definitions. Files up to `wholeUpTo` are one piece.
 */
export function markdownChunks(text: string, chunking: Chunking = CHUNKING): Array<{ start: number; end: number }> {
  if (text.length <= chunking.wholeUpTo || LINK_DEFINITION.test(text)) return [{ start: 0, end: text.length }];
  const chunks: Array<{ start: number; end: number }> = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let html: RegExp | null = null; // the closer of an open raw HTML block
  let previousBlank = false;
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = line.exec(text); m && m[0].length > 0; m = line.exec(text)) {
    const lineStart = m.index;
    const content = m[0].replace(/(?<![\r\n])[\r\n]+$/, '');
    if (html) {
      if (html.test(content)) html = null;
      previousBlank = false;
      continue;
    }
    const f = FENCE.exec(content);
    if (f) {
      const marker = f[1] as string;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (fence === null) {
      const opened = RAW_HTML.find(([open]) => open.test(content));
      if (opened) {
        // Closed on its own line ("<!-- note -->") or left open until the closer.
        const rest = content.replace(opened[0], '');
        if (!opened[1].test(rest)) html = opened[1];
      } else if (previousBlank && lineStart - chunkStart >= chunking.chunkSize && FRESH_BLOCK.test(content)) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
    }
    previousBlank = content.trim() === '';
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

/** A section number opening a heading: "1.", "4.3", "2)". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s/;
/** A bold sentence, not a label: "We will notify you…", "You can opt out…", "Our app does not…". */
const SENTENCE_START =
  /^(?:we|you|i|they|it|this|these|our\s\w+|your\s\w+)\s(?:\w+\s){0,2}?(?:will|may|do|does|did|can|cannot|can't|are|is|am|was|have|has|must|shall|might|would|should|never|not|only|collect|use|share|sell|keep|store|process|need)\b/i;

/** A line that a wrapped sentence would continue: it ends in a comma or a word that needs more after it. */
const CONTINUED_LINE = /(?:[,;(\-–—/&]|\b(?:and|or|but|the|a|an|of|to|with|for|by|in|on|at|from|as|our|your|their|its|my|that|which|who|whose|is|are|be|we|you|if|when|than)) ?$/i;

/**
 * A paragraph written one item a line, without bullets: a title over "Label: value" lines ("Legal basis: your
 * consent") or over bare lines that each start a capital ("Who we share with / Your GP / The local authority …").
 * The soft breaks end its sentences, as its lines do in plain text. Hard-wrapped prose is not: a wrapped line
 * rarely starts with a capital at every break, and one ending in a comma or a function word ("… with") continues.
 */
function breakLineList(text: MappedTextBuilder): MappedTextBuilder {
  const t = text.peek();
  if (!t.includes('\n')) return text;
  const lines = t.split('\n');
  if (lines.length < 3 || lines.length > 30) return text;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line.length === 0 || line.length > 200 || !/^["'“‘(]?\p{Lu}/u.test(line)) return text;
    // A title may end in a preposition ("Who we share with", "Companies we work with"); "We share your data with" is a clause.
    const title = i === 0 && (line.split(' ').length <= 4 || /^(?:who|whom|what|which|where)\b/i.test(line));
    if (i < lines.length - 1 && !title && CONTINUED_LINE.test(line)) return text;
  }
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += line.length;
    text.markBreakAt(at);
    at += 1;
  }
  return text;
}

/**
 * A paragraph that is only a short bold phrase ("**Your rights**", "**Cookies:**") is how
 * many policies written without `#` mark their headings; a bold sentence ("**We will notify
 * you within 72 hours**", "**We do not sell your data.**") is emphasis, not a heading.
 */
function isBoldLabel(node: Extract<RootContent, { type: 'paragraph' }>): boolean {
  const parts = node.children.filter((c) => !(c.type === 'text' && /^[\s:]*$/.test(c.value)));
  const strong = parts[0];
  if (parts.length !== 1 || strong?.type !== 'strong' || node.children[0] !== strong) return false;
  const text = plainText(strong).trim();
  const words = text.split(/\s+/);
  if (text.length < 2 || text.length > 80 || words.length > 12 || /[!;,]$/.test(text)) return false;
  if (SECTION_NUMBER.test(text)) return true;
  if (text.endsWith('.') || SENTENCE_START.test(text)) return false;
  if (/[:?]$/.test(text) || words.length <= 8) return true;
  const long = words.filter((w) => w.length >= 4);
  return long.filter((w) => /^[A-Z]/.test(w)).length >= 0.6 * long.length;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}

/** Replace front matter by spaces (keeping line breaks) so offsets stay true and mdast ignores it. */
function maskFrontMatter(source: string, bodyStart: number): string {
  if (bodyStart === 0) return source;
  return source.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + source.slice(bodyStart);
}

class MarkdownReader {
  readonly out: ReadResult = { blocks: [], tables: [], comments: [] };
  /** Offset of the piece being read: mdast positions are relative to it. */
  private base = 0;
  /** Link reference definitions by identifier (files that have any are read whole). */
  private definitions = new Map<string, string>();
  /** Depth of the last real (ATX or setext) heading; a bold label heads a section below it. */
  private headingDepth = 0;
  constructor(
    private readonly input: ReaderInput,
    private readonly chunking: Chunking,
  ) {}

  read(): ReadResult {
    let text = maskFrontMatter(this.input.source, this.input.bodyStart);
    // micromark drops a leading BOM, which would shift every offset by one.
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
    for (const chunk of markdownChunks(text, this.chunking)) {
      const tree = fromMarkdown(text.slice(chunk.start, chunk.end), {
        extensions: [gfmTable()],
        mdastExtensions: [gfmTableFromMarkdown()],
      });
      this.base = chunk.start;
      this.definitions = collectDefinitions(tree.children, new Map());
      this.flow(tree.children, 0);
    }
    return this.out;
  }

  private span(node: Nodes): { start: number; end: number } {
    return { start: this.base + (node.position?.start.offset ?? 0), end: this.base + (node.position?.end.offset ?? 0) };
  }

  private push(kind: BlockKind, node: Nodes, text: MappedTextBuilder, depth?: number, cell?: RawBlock['cell']): void {
    const built = text.build().trim();
    if (built.text.length === 0) return;
    // A GFM cell's node includes its pipes and padding; the cell is its text.
    const { start, end } = kind === 'tableCell' ? built.sourceSpan : this.span(node);
    const block: RawBlock = { kind, start, end, text: built };
    if (depth !== undefined) block.depth = depth;
    if (cell) block.cell = cell;
    this.out.blocks.push(block);
  }

  private flow(nodes: readonly RootContent[], listDepth: number): void {
    for (const node of nodes) this.block(node, listDepth);
  }

  private block(node: RootContent, listDepth: number): void {
    switch (node.type) {
      case 'heading':
        this.headingDepth = node.depth;
        this.push('heading', node, this.inline(node), node.depth);
        return;
      case 'paragraph':
        if (listDepth === 0 && isBoldLabel(node)) {
          this.push('heading', node, this.inline(node), Math.min(6, this.headingDepth + 1));
          return;
        }
        this.push(listDepth > 0 ? 'listItem' : 'paragraph', node, breakLineList(this.inline(node)), listDepth || undefined);
        return;
      case 'list':
        for (const item of node.children) this.listItem(item, listDepth + 1);
        return;
      case 'blockquote':
        this.flow(node.children, listDepth);
        return;
      case 'table':
        this.table(node);
        return;
      case 'code': {
        const text = new MappedTextBuilder();
        const { start, end } = this.span(node);
        const raw = this.input.source.slice(start, end);
        const at = raw.indexOf(node.value);
        if (at >= 0) text.append(node.value, start + at, start + at + node.value.length);
        else {
          // Indented or fenced code whose value lost indentation: align after the fence line.
          const fenced = /^ {0,3}(?:`{3,}|~{3,})/.test(raw);
          const from = fenced ? start + (raw.search(/\r?\n|\r/) + 1 || raw.length) : start;
          appendAligned(text, node.value, this.input.source, from, end);
        }
        this.push('code', node, text);
        return;
      }
      case 'html':
        this.html(node.value, this.span(node));
        return;
      default:
        // thematicBreak, definition: no prose.
        return;
    }
  }

  /** A list item: its own paragraphs form one block; nested lists are blocks of their own. */
  private listItem(item: Extract<RootContent, { type: 'listItem' }>, depth: number): void {
    const text = new MappedTextBuilder();
    let first: Nodes | undefined;
    let last: Nodes | undefined;
    const flushItem = (): void => {
      if (!first || !last) return;
      const built = text.build().trim();
      if (built.text.length > 0) {
        this.out.blocks.push({ kind: 'listItem', depth, start: this.span(item).start, end: this.span(last).end, text: built });
      }
      first = undefined;
    };
    let emitted = false;
    for (const child of item.children) {
      if (child.type === 'paragraph' && !emitted) {
        if (first) text.markBreak().appendSynthetic('\n');
        this.phrasing(child.children, text);
        first ??= child;
        last = child;
        continue;
      }
      if (!emitted) {
        flushItem();
        emitted = true;
      }
      this.block(child, depth);
    }
    if (!emitted) flushItem();
  }

  private table(node: Extract<RootContent, { type: 'table' }>): void {
    const { start, end } = this.span(node);
    this.out.tables.push({ start, end, source: 'pipe', hasHeader: true });
    const table = this.out.tables.length - 1;
    node.children.forEach((row, r) => {
      row.children.forEach((cellNode, c) => {
        const text = new MappedTextBuilder();
        this.phrasing(cellNode.children, text);
        this.push('tableCell', cellNode, text, undefined, { table, row: r, column: c, header: r === 0 });
      });
    });
  }

  private html(value: string, at: { start: number; end: number }): void {
    const m = COMMENT.exec(value.trim());
    if (m) {
      this.out.comments.push({ value: (m[1] ?? '').trim(), start: at.start, end: at.end });
      return;
    }
    readHtml(this.input.source, at.start, at.end, this.out, this.input.skip);
  }

  private inline(node: Parent & { children: PhrasingContent[] }): MappedTextBuilder {
    const text = new MappedTextBuilder();
    this.phrasing(node.children, text);
    return text;
  }

  private phrasing(nodes: readonly PhrasingContent[], text: MappedTextBuilder): void {
    const { source, skip } = this.input;
    for (const node of nodes) {
      const { start, end } = this.span(node);
      switch (node.type) {
        case 'text':
          appendAligned(text, node.value, source, start, end, skip);
          break;
        case 'inlineCode': {
          const at = source.slice(start, end).indexOf(node.value);
          if (at >= 0) text.append(node.value, start + at, start + at + node.value.length);
          else text.append(node.value, start, end);
          break;
        }
        case 'break':
          text.markBreak().append('\n', start, end);
          break;
        case 'image':
          if (node.alt) text.append(node.alt, start, end);
          break;
        case 'link':
        case 'linkReference': {
          const from = text.textLength;
          this.phrasing(node.children, text);
          text.markLink(from, node.type === 'link' ? node.url : (this.definitions.get(node.identifier) ?? ''));
          break;
        }
        case 'html': {
          const m = COMMENT.exec(node.value.trim());
          if (m) this.out.comments.push({ value: (m[1] ?? '').trim(), start, end });
          else if (LINE_BREAK_TAG.test(node.value.trim())) text.markBreak().append(' ', start, end);
          else if (!isHtmlElement(TAG_NAME.exec(node.value)?.[1] ?? 'span')) text.append(node.value, start, end);
          break;
        }
        default:
          if ('children' in node) this.phrasing(node.children as PhrasingContent[], text);
      }
    }
  }
}

/** Link reference definitions ("[form]: https://…/contact") anywhere in the tree, by identifier. */
function collectDefinitions(nodes: readonly Nodes[], into: Map<string, string>): Map<string, string> {
  for (const node of nodes) {
    // The first definition of a label wins (CommonMark).
    if (node.type === 'definition') {
      if (!into.has(node.identifier)) into.set(node.identifier, node.url);
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      collectDefinitions(node.children as Nodes[], into);
    }
  }
  return into;
}

/** `chunking` is for tests that compare whole and piecewise parses. */
export const readMarkdown = (input: ReaderInput, chunking: Chunking = CHUNKING): ReadResult => new MarkdownReader(input, chunking).read();
