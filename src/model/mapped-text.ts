// Text assembled from pieces of the source, remembering where each piece came from.
// Readers strip markup (`**`, bullets, `<td>`) and skip template syntax; rules match on
// the clean text and map matches back to exact source offsets through this map.

/** A link's text, text[start, end), and where it points. */
export interface TextLink {
  start: number;
  end: number;
  url: string;
}

interface Piece {
  /** Offset in the assembled text. */
  at: number;
  length: number;
  srcStart: number;
  srcEnd: number;
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private pieces: Piece[] = [];
  private length = 0;
  /** Text offsets where a sentence must end (hard line breaks, table cell edges), ascending. */
  readonly breaks: number[] = [];
  /** Links whose text is in this text: Markdown links, resolved references, `<a href>`. */
  readonly links: TextLink[] = [];

  get textLength(): number {
    return this.length;
  }

  /**
   * Append text that stands for source[srcStart, srcEnd). When lengths agree the mapping
   * is exact per character; otherwise (decoded entities, escapes) positions inside the
   * piece are scaled and clamped to the piece.
   */
  append(text: string, srcStart: number, srcEnd: number): this {
    if (text.length === 0) return this;
    this.pieces.push({ at: this.length, length: text.length, srcStart, srcEnd });
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Append a separator that is not in the source (a space between glued cells). */
  appendSynthetic(text: string): this {
    if (text.length === 0) return this;
    const last = this.pieces[this.pieces.length - 1];
    const src = last ? last.srcEnd : 0;
    return this.append(text, src, src);
  }

  endsWithSpace(): boolean {
    const last = this.parts[this.parts.length - 1];
    return last === undefined || /\s$/.test(last);
  }

  markBreak(): this {
    this.breaks.push(this.length);
    return this;
  }

  /** The text appended so far. */
  peek(): string {
    return this.parts.join('');
  }

  /** A sentence must end at `offset` (an offset into the text appended so far); breaks stay sorted. */
  markBreakAt(offset: number): this {
    let i = this.breaks.length;
    while (i > 0 && (this.breaks[i - 1] as number) > offset) i--;
    if (this.breaks[i - 1] !== offset) this.breaks.splice(i, 0, offset);
    return this;
  }

  /** The text appended since `start` is a link to `url`. */
  markLink(start: number, url: string): this {
    if (url.length > 0) this.links.push({ start, end: this.length, url });
    return this;
  }

  build(): MappedText {
    return new MappedText(this.parts.join(''), this.pieces, this.breaks, this.links);
  }
}

export class MappedText {
  constructor(
    readonly text: string,
    private readonly pieces: readonly Piece[],
    readonly breaks: readonly number[],
    readonly links: readonly TextLink[] = [],
  ) {}

  /** First and last source offsets covered by the text. */
  get sourceSpan(): { start: number; end: number } {
    const first = this.pieces[0];
    const last = this.pieces[this.pieces.length - 1];
    return { start: first ? first.srcStart : 0, end: last ? last.srcEnd : 0 };
  }

  /** Source offset of text offset `i`; `edge` says whether `i` is a start or an end. */
  toSource(i: number, edge: 'start' | 'end'): number {
    const pieces = this.pieces;
    if (pieces.length === 0) return 0;
    // Find the piece containing i (for an end, the piece containing i - 1).
    const probe = edge === 'end' ? Math.max(0, i - 1) : i;
    // Pieces tile the text, so the piece that ends after `probe` contains it (past the end: the last).
    const p = pieces[Math.min(this.pieceAt(probe), pieces.length - 1)] as Piece;
    const within = Math.max(0, Math.min(i - p.at, p.length));
    const srcLen = p.srcEnd - p.srcStart;
    if (srcLen === p.length) return p.srcStart + within;
    if (within === 0) return p.srcStart;
    if (within === p.length) return p.srcEnd;
    return p.srcStart + Math.round((within * srcLen) / p.length);
  }

  /** The text with surrounding white space removed, mapping kept. */
  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }

  /**
   * HTML's white-space rule: a run of white space is one space, or one line break when
   * it holds one (as Markdown keeps a soft break), so "is\n      the" reads like prose.
   */
  collapseSpace(): MappedText {
    const runs = [...this.text.matchAll(/[ \t\r\n\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g)];
    if (runs.length === 0) return this;
    const parts: string[] = [];
    const pieces: Piece[] = [];
    let length = 0;
    // One walk over the pieces, in step with the runs: linear in the text.
    let p = 0;
    const keep = (from: number, to: number): void => {
      while (p < this.pieces.length && (this.pieces[p] as Piece).at + (this.pieces[p] as Piece).length <= from) p++;
      for (let q = p; q < this.pieces.length && (this.pieces[q] as Piece).at < to; q++) {
        const piece = this.pieces[q] as Piece;
        const part = this.part(piece, Math.max(from, piece.at), Math.min(to, piece.at + piece.length), length - from);
        if (part) pieces.push(part);
      }
      parts.push(this.text.slice(from, to));
      length += to - from;
    };
    /** Each run: where it was in the old text, and where its one character is in the new. */
    const spans: Array<{ from: number; to: number; at: number }> = [];
    let last = 0;
    for (const run of runs) {
      const at = run.index ?? 0;
      keep(last, at);
      const src = this.sourceRange(at, at + run[0].length);
      spans.push({ from: at, to: at + run[0].length, at: length });
      pieces.push({ at: length, length: 1, srcStart: src.start, srcEnd: src.end });
      parts.push(run[0].includes('\n') ? '\n' : ' ');
      length += 1;
      last = at + run[0].length;
    }
    keep(last, this.text.length);
    // An offset inside a run (a break marked between two pieces of white space) falls on the
    // run's one character; after it, the text is shorter by what the runs before dropped.
    const froms = spans.map((r) => r.from);
    const map = (i: number): number => {
      const run = spans[lowerBound(froms, i + 1) - 1];
      if (!run) return i;
      if (i === run.from) return run.at;
      return i < run.to ? run.at + 1 : run.at + 1 + (i - run.to);
    };
    return new MappedText(
      parts.join(''),
      pieces,
      this.breaks.map(map),
      this.links.map((l) => ({ start: map(l.start), end: map(l.end), url: l.url })),
    );
  }

  /** text[start, end) as a MappedText of its own. */
  slice(start: number, end: number): MappedText {
    const pieces: Piece[] = [];
    // From the first piece that reaches `start`: a slice costs its own size, not the text's.
    for (let i = this.pieceAt(start); i < this.pieces.length; i++) {
      const p = this.pieces[i] as Piece;
      if (p.at >= end) break;
      const piece = this.part(p, Math.max(start, p.at), Math.min(end, p.at + p.length), -start);
      if (piece) pieces.push(piece);
    }
    const breaks: number[] = [];
    for (let i = lowerBound(this.breaks, start + 1); i < this.breaks.length && (this.breaks[i] as number) < end; i++) {
      breaks.push((this.breaks[i] as number) - start);
    }
    // A link keeps what is left of its text; one wholly outside the slice goes.
    const links = this.links
      .filter((l) => l.end > start && l.start < end)
      .map((l) => ({ start: Math.max(l.start, start) - start, end: Math.min(l.end, end) - start, url: l.url }));
    return new MappedText(this.text.slice(start, end), pieces, breaks, links);
  }

  /** Index of the first piece that ends after text offset `i`. */
  private pieceAt(i: number): number {
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pieces[mid] as Piece;
      if (p.at + p.length <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Piece `p` cut to text[a, b), moved by `shift` in the new text; null when empty. */
  private part(p: Piece, a: number, b: number, shift: number): Piece | null {
    if (a >= b) return null;
    const exact = p.srcEnd - p.srcStart === p.length;
    const srcStart = exact ? p.srcStart + (a - p.at) : a === p.at ? p.srcStart : this.toSource(a, 'start');
    const srcEnd = exact ? p.srcStart + (b - p.at) : b === p.at + p.length ? p.srcEnd : this.toSource(b, 'end');
    return { at: a + shift, length: b - a, srcStart, srcEnd };
  }

  /** Source offsets of text[start, end). */
  sourceRange(start: number, end: number): { start: number; end: number } {
    const s = this.toSource(start, 'start');
    const e = end > start ? this.toSource(end, 'end') : s;
    return { start: s, end: Math.max(s, e) };
  }
}

/**
 * Append source[start, end) to `builder`, leaving out the `skip` spans (template syntax).
 * `skip` must be sorted by start.
 */
export function appendSource(
  builder: MappedTextBuilder,
  source: string,
  start: number,
  end: number,
  skip: readonly { start: number; end: number }[] = [],
): MappedTextBuilder {
  let pos = start;
  for (const s of skip) {
    if (s.end <= pos) continue;
    if (s.start >= end) break;
    if (s.start > pos) builder.append(source.slice(pos, s.start), pos, s.start);
    pos = Math.max(pos, s.end);
  }
  if (pos < end) builder.append(source.slice(pos, end), pos, end);
  return builder;
}

/**
 * Append `value` — text that a parser decoded from source[start, end) — mapping each of
 * its characters to the source character it came from. Markdown drops continuation
 * indentation, blockquote markers and escaping backslashes, and decodes entities; we walk
 * both strings and skip what the parser dropped. Where the two cannot be aligned the rest
 * is mapped as one scaled piece, so positions stay inside the node.
 */
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

export function appendAligned(
  builder: MappedTextBuilder,
  value: string,
  source: string,
  start: number,
  end: number,
  skip: readonly { start: number; end: number }[] = [],
): MappedTextBuilder {
  if (source.slice(start, end) === value) return appendSource(builder, source, start, end, skip);
  let i = 0;
  let j = start;
  let runStart = -1; // start of the current exactly-aligned run, in value
  let runSrc = 0;
  const flush = (): void => {
    if (runStart >= 0 && i > runStart) {
      const a = runSrc;
      const b = runSrc + (i - runStart);
      // An aligned run equals source[a, b): reuse appendSource to honour `skip`.
      appendSource(builder, source, a, b, skip);
    }
    runStart = -1;
  };
  while (i < value.length && j < end) {
    // A character reference ("&amp;", "&#169;") decoded to one character, unless the
    // value keeps it literally (code spans do).
    const entity = source[j] === '&' ? ENTITY.exec(source.slice(j, j + 40)) : null;
    if (entity && !value.startsWith(entity[0], i)) {
      flush();
      const width = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      builder.append(value.slice(i, i + width), j, j + entity[0].length);
      i += width;
      j += entity[0].length;
      continue;
    }
    // CommonMark replaces NUL by U+FFFD; the run keeps the source's character.
    if (value[i] === source[j] || (value[i] === '\uFFFD' && source[j] === '\u0000')) {
      if (runStart < 0) {
        runStart = i;
        runSrc = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    const c = source[j] as string;
    if (c === '\\' || c === ' ' || c === '\t' || c === '>' || c === '\r') {
      j++;
      continue;
    }
    break;
  }
  flush();
  if (i < value.length) builder.append(value.slice(i), Math.min(j, end), end);
  return builder;
}

/** First index of sorted `values` whose value is ≥ `min`. */
function lowerBound(values: readonly number[], min: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
