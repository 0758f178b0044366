// The plain-text reader. Policies pasted from web pages lose their markup: headings are
// just short lines, bullets are "•" characters, tables arrive pipe- or tab-separated or
// with their cells glued together. We recognise those shapes line by line, with a line
// or two of look-ahead, so reading stays linear in the size of the input.
import { appendSource, MappedTextBuilder } from './mapped-text.js';
import type { MappedText } from './mapped-text.js';
import {
  countWords,
  endsSentence,
  findComments,
  findEmphasisMarks,
  findJsxComments,
  firstLetterCode,
  isDebris,
  isHeadingShape,
  isNumberedHeadingShape,
  isTitleShape,
  isUpper,
  maskSpans,
  mergeSpans,
  NextChar,
  readMarker,
  spansIn,
  splitLines,
  startsLowercase,
} from './plaintext-lines.js';
import type { Lines, Marker } from './plaintext-lines.js';
import { readGluedRun, readPipeRun, readTabRun } from './plaintext-tables.js';
import type { Cell, TableRun } from './plaintext-tables.js';
import type { RawBlock, RawTable, Reader, ReaderInput, ReadResult, Span } from './reader.js';

const TEXT = 0;
const BULLET = 1;
const NUMBERED = 2;
const PIPE = 3;
/** The separator row of a table without outer pipes: "--- | :---:", "|---|---". */
const BARE_SEPARATOR = /^\|?\s{0,3}:?-{3,}:?\s{0,3}(?:\|\s{0,3}:?-{3,}:?\s{0,3}){1,30}\|?\s{0,3}$/;
const TAB = 4;
const DEBRIS = 5;

/** How far into the document the title is looked for (non-blank lines). */
const TITLE_WINDOW = 20;
/** Lines before the title with at most this many words are navigation ("Legal", "Home"). */
const NAV_WORDS = 4;

export const readPlaintext: Reader = (input: ReaderInput): ReadResult => new PlainTextReader(input).read();

class PlainTextReader {
  private readonly src: string;
  /** The source with comments and template spans blanked: what the shapes are judged on. */
  private readonly m: string;
  private readonly skip: Span[];
  private readonly L: Lines;
  private readonly kind: Uint8Array;
  private readonly markers: (Marker | null)[];
  /** Numbered lines that belong to a numbered list rather than being headings. */
  private readonly listLike: Uint8Array;
  private titleIdx = -1;
  private wrapped = false;
  private longAt = Infinity;
  private lastNumberedDepth = 0;
  private listStack: number[] = [];
  private readonly out: ReadResult = { blocks: [], tables: [], comments: [] };

  constructor(input: ReaderInput) {
    const src = input.source;
    const from = Math.max(0, Math.min(input.bodyStart | 0, src.length));
    this.src = src;
    const comments = findComments(src, from);
    this.out.comments = comments;
    this.skip = mergeSpans([input.skip, comments, findJsxComments(src, from), findEmphasisMarks(src, from)], from, src.length);
    this.m = maskSpans(src, this.skip);
    this.L = splitLines(src, this.m, from);
    this.kind = new Uint8Array(this.L.count);
    this.markers = new Array<Marker | null>(this.L.count).fill(null);
    this.listLike = new Uint8Array(this.L.count);
  }

  read(): ReadResult {
    this.classify();
    this.findNumberedLists();
    this.findTitle();
    this.measureWrapping();
    const n = this.L.count;
    let i = 0;
    while (i < n) i = this.readAt(i);
    return this.out;
  }

  // -------------------------------------------------------------------------------------
  // Passes

  private text(i: number): string {
    return this.m.slice(this.L.cs[i], this.L.ce[i]);
  }

  private len(i: number): number {
    return (this.L.ce[i] as number) - (this.L.cs[i] as number);
  }

  private classify(): void {
    const { m, L } = this;
    const tabs = new NextChar(m, '\t');
    for (let i = 0; i < L.count; i++) {
      const cs = L.cs[i] as number;
      const ce = L.ce[i] as number;
      if (ce - cs <= 120 && isDebris(this.text(i))) {
        this.kind[i] = DEBRIS;
        continue;
      }
      if (m.charCodeAt(cs) === 124) {
        this.kind[i] = PIPE;
        continue;
      }
      const marker = readMarker(m, cs, ce);
      if (marker) {
        this.markers[i] = marker;
        this.kind[i] = marker.type === 'bullet' ? BULLET : NUMBERED;
        continue;
      }
      const tab = tabs.from(cs);
      this.kind[i] = tab >= 0 && tab < ce ? TAB : TEXT;
    }
    this.findBarePipeTables();
  }

  /**
   * A GFM table pasted without its outer pipes ("Category | Examples" over "--- | ---"):
   * the header line, the separator row and the lines with a pipe that follow it, up to a
   * blank line. Without the separator row, a line with a pipe stays prose.
   */
  private findBarePipeTables(): void {
    const { m, L } = this;
    const hasPipe = (j: number): boolean => {
      const at = m.indexOf('|', L.cs[j] as number);
      return at >= 0 && at < (L.ce[j] as number);
    };
    for (let i = 1; i < L.count; i++) {
      // Cheap test first: a separator row starts with "-", ":" or "|".
      const c = m.charCodeAt(L.cs[i] as number);
      if (L.gap[i] || (c !== 45 && c !== 58 && c !== 124) || !BARE_SEPARATOR.test(this.text(i)) || !hasPipe(i - 1)) continue;
      this.kind[i - 1] = PIPE;
      let j = i;
      while (j < L.count && !L.gap[j] && hasPipe(j)) this.kind[j++] = PIPE;
      i = j;
    }
  }

  /**
   * A run of numbered lines with nothing but blank lines between them is a list when
   * siblings sit next to each other ("1. … 2. …"); "2." followed by "2.1" are headings.
   * A "1." right after a line ending in ":" starts a list too. A number that does not
   * grow starts a new run.
   */
  private findNumberedLists(): void {
    const n = this.L.count;
    let i = 0;
    while (i < n) {
      if (this.kind[i] !== NUMBERED) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < n && this.kind[j + 1] === NUMBERED && !this.restarts(j, j + 1)) j++;
      for (let k = i; k <= j; k++) {
        const level = (this.markers[k] as Marker).level;
        const prev = k > i ? (this.markers[k - 1] as Marker).level : -1;
        const next = k < j ? (this.markers[k + 1] as Marker).level : -1;
        if (prev === level || next === level) this.listLike[k] = 1;
      }
      const firstMarker = this.markers[i] as Marker;
      if (firstMarker.first && i > 0 && this.m.charCodeAt((this.L.ce[i - 1] as number) - 1) === 58) {
        this.listLike[i] = 1;
      }
      i = j + 1;
    }
  }

  /** "1. 2. 3." then "1." again: a table of contents followed by the numbered sections. */
  private restarts(a: number, b: number): boolean {
    const x = this.markers[a] as Marker;
    const y = this.markers[b] as Marker;
    return x.level === y.level && y.value <= x.value;
  }

  /** The first heading-like line naming a privacy policy/notice/statement, near the top. */
  private findTitle(): void {
    const n = Math.min(this.L.count - 1, TITLE_WINDOW);
    for (let i = 0; i < n; i++) {
      if (this.len(i) > 200) return;
      const t = this.text(i);
      if (this.kind[i] === TEXT && isTitleShape(t)) {
        this.titleIdx = i;
        return;
      }
      if (countWords(t) > 15) return;
    }
  }

  /**
   * Hard-wrapped text (lines filled to ~70–80 columns) continues paragraphs across line
   * breaks; text copied from a web page puts one paragraph per line. Tell them apart by
   * the line lengths: wrapped text has almost no line over 100 columns.
   */
  private measureWrapping(): void {
    const { L } = this;
    const hist = new Int32Array(101);
    let over = 0;
    let mid = 0;
    for (let i = 0; i < L.count; i++) {
      const len = (L.ce[i] as number) - (L.start[i] as number);
      if (len > 100) over++;
      else if (len >= 40) {
        hist[len] = (hist[len] as number) + 1;
        mid++;
      }
    }
    if (mid < 3 || over * 20 > L.count) return;
    let seen = 0;
    let width = 100;
    for (let len = 40; len <= 100; len++) {
      seen += hist[len] as number;
      if (seen * 10 >= mid * 9) {
        width = len;
        break;
      }
    }
    this.wrapped = true;
    this.longAt = Math.max(40, width - 20);
  }

  // -------------------------------------------------------------------------------------
  // Blocks

  private readAt(i: number): number {
    const k = this.kind[i];
    if (i < this.titleIdx && this.len(i) <= 60 && countWords(this.text(i)) <= NAV_WORDS) {
      return this.navigation(i);
    }
    if (i === this.titleIdx) return this.heading(i, 1);
    if (k === DEBRIS) return this.navigation(i);
    if (k === PIPE || k === TAB) {
      const rows = (j: number): boolean => this.kind[j] === k;
      const run = k === PIPE ? readPipeRun(this.m, this.L, i, rows) : readTabRun(this.m, this.L, i, rows);
      if (run) return this.emitTable(run, i, k === PIPE ? 'pipe' : 'tab');
    }
    if (k === BULLET) return this.listItem(i);
    if (k === NUMBERED) {
      const marker = this.markers[i] as Marker;
      const cs = this.L.cs[i] as number;
      if (
        !this.listLike[i] &&
        this.len(i) <= 90 &&
        isNumberedHeadingShape(this.text(i), marker.textStart - cs) &&
        this.nextAllowsHeading(i)
      ) {
        const depth = Math.min(6, 1 + marker.level);
        this.lastNumberedDepth = depth;
        return this.heading(i, depth);
      }
      return this.listItem(i);
    }
    if (k === TEXT) {
      const run = readGluedRun(this.m, this.L, i, (j) => this.kind[j] === TEXT);
      if (run) return this.emitTable(run, i, 'glued');
      if (this.len(i) <= 90 && isHeadingShape(this.text(i)) && this.nextAllowsHeading(i)) {
        return this.heading(i, this.lastNumberedDepth ? Math.min(6, this.lastNumberedDepth + 1) : 2);
      }
    }
    return this.paragraph(i);
  }

  /** A heading needs a next line, and not one that continues it as prose. */
  private nextAllowsHeading(i: number): boolean {
    const { L } = this;
    if (i + 1 >= L.count) return false;
    if (L.gap[i + 1] || this.kind[i + 1] !== TEXT) return true;
    if (startsLowercase(this.m.slice(L.cs[i + 1], Math.min(L.ce[i + 1] as number, (L.cs[i + 1] as number) + 8)))) {
      return false;
    }
    return (L.indent[i + 1] as number) <= (L.indent[i] as number);
  }

  private tail(i: number): string {
    const ce = this.L.ce[i] as number;
    return this.m.slice(Math.max(this.L.cs[i] as number, ce - 8), ce);
  }

  private head(i: number): string {
    const cs = this.L.cs[i] as number;
    return this.m.slice(cs, Math.min(this.L.ce[i] as number, cs + 8));
  }

  /** Does line b continue the block whose last line is a? */
  private continues(a: number, b: number, item: { indent: number; empty: boolean } | null): boolean {
    const { L } = this;
    if (b >= L.count || L.gap[b] || b === this.titleIdx || this.kind[b] !== TEXT) return false;
    if (b < this.titleIdx && this.len(b) <= 60 && countWords(this.text(b)) <= NAV_WORDS) return false;
    if (this.startsGluedTable(b)) return false;
    if (item && (item.empty || (L.indent[b] as number) > item.indent)) return true;
    const punct = endsSentence(this.tail(a));
    if (!punct && startsLowercase(this.head(b))) return true;
    if (!this.wrapped || (L.ce[a] as number) - (L.start[a] as number) < this.longAt) return false;
    const headingLike = this.len(b) <= 90 && isHeadingShape(this.text(b));
    return item ? !punct && !headingLike : !(punct && headingLike);
  }

  private startsGluedTable(i: number): boolean {
    return readGluedRun(this.m, this.L, i, (j) => this.kind[j] === TEXT) !== null;
  }

  /** Text of lines' spans joined by one space standing for the line break between them. */
  private buildText(segs: readonly Cell[]): MappedText {
    const b = new MappedTextBuilder();
    for (let k = 0; k < segs.length; k++) {
      const [s, e] = segs[k] as Cell;
      if (k > 0) {
        const prev = segs[k - 1] as Cell;
        // A break without punctuation before a capital: a sentence must end there.
        if (!endsSentence(this.m.slice(Math.max(prev[0], prev[1] - 8), prev[1])) && isUpper(firstLetterCode(this.m.slice(s, s + 4)))) {
          b.markBreak();
        }
        b.append(' ', prev[1], s);
      }
      appendSource(b, this.src, s, e, spansIn(this.skip, s, e));
    }
    return b.build();
  }

  private push(block: Omit<RawBlock, 'text'>, segs: readonly Cell[]): void {
    const text = this.buildText(segs);
    if (text.text.length === 0) return;
    // A literal rather than a spread: cheaper on documents with many blocks.
    const raw: RawBlock = { kind: block.kind, start: block.start, end: block.end, text };
    if (block.depth !== undefined) raw.depth = block.depth;
    if (block.cell) raw.cell = block.cell;
    this.out.blocks.push(raw);
  }

  private navigation(i: number): number {
    this.listStack = [];
    const cs = this.L.cs[i] as number;
    const ce = this.L.ce[i] as number;
    this.push({ kind: 'navigation', start: cs, end: ce }, [[cs, ce]]);
    return i + 1;
  }

  private heading(i: number, depth: number): number {
    this.listStack = [];
    const cs = this.L.cs[i] as number;
    const ce = this.L.ce[i] as number;
    this.push({ kind: 'heading', start: cs, end: ce, depth }, [[cs, ce]]);
    return i + 1;
  }

  private paragraph(i: number): number {
    this.listStack = [];
    const { L } = this;
    const segs: Cell[] = [[L.cs[i] as number, L.ce[i] as number]];
    let j = i;
    while (this.continues(j, j + 1, null)) {
      j++;
      segs.push([L.cs[j] as number, L.ce[j] as number]);
    }
    this.push({ kind: 'paragraph', start: L.cs[i] as number, end: L.ce[j] as number }, segs);
    return j + 1;
  }

  private listItem(i: number): number {
    const { L } = this;
    const marker = this.markers[i] as Marker;
    const indent = L.indent[i] as number;
    const stack = this.listStack;
    while (stack.length > 0 && indent < (stack[stack.length - 1] as number)) stack.pop();
    if (stack.length === 0 || indent > (stack[stack.length - 1] as number)) stack.push(indent);
    const depth = Math.min(6, stack.length);

    const ce = L.ce[i] as number;
    const segs: Cell[] = marker.textStart < ce ? [[marker.textStart, ce]] : [];
    let j = i;
    while (this.continues(j, j + 1, { indent, empty: segs.length === 0 })) {
      j++;
      segs.push([L.cs[j] as number, L.ce[j] as number]);
    }
    if (segs.length > 0) {
      this.push({ kind: 'listItem', start: L.cs[i] as number, end: L.ce[j] as number, depth }, segs);
    }
    return j + 1;
  }

  // -------------------------------------------------------------------------------------
  // Tables

  private emitTable(run: TableRun, first: number, source: RawTable['source']): number {
    this.listStack = [];
    const table = this.out.tables.length;
    const before = this.out.blocks.length;
    for (const [r, row] of run.rows.entries()) {
      for (const [c, [s, e]] of row.entries()) {
        if (e <= s) continue;
        const cell = { table, row: r, column: c, header: run.hasHeader && r === 0 };
        this.push({ kind: 'tableCell', start: s, end: e, cell }, [[s, e]]);
      }
    }
    if (this.out.blocks.length > before) {
      const end = this.L.ce[run.last] as number;
      this.out.tables.push({ start: this.L.cs[first] as number, end, source, hasHeader: run.hasHeader });
    }
    return run.last + 1;
  }
}
