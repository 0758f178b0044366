// Line-level helpers for the plain-text reader: splitting, masking non-prose spans,
// character classes and the shape tests (bullet marker, numbered prefix, heading-like).
// Everything here is linear in the input; regexes only run on short, bounded strings.
import type { Span } from './reader.js';

export function isSpace(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 0xa0) return c === 0x0b || c === 0x0c;
  return c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c < 0xd800 || c > 0xdfff ? UPPER.test(String.fromCharCode(c)) : false;
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return c < 0xd800 || c > 0xdfff ? LOWER.test(String.fromCharCode(c)) : false;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c < 0xd800 || c > 0xdfff ? LETTER.test(String.fromCharCode(c)) : false;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Number of white-space separated words. */
export function countWords(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const sp = isSpace(t.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** First character that is not an opening quote or bracket decides the case of a line. */
export function firstLetterCode(t: string): number {
  for (let i = 0; i < t.length && i < 4; i++) {
    const c = t.charCodeAt(i);
    if (c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab) continue;
    return c;
  }
  return 0;
}

export function startsLowercase(t: string): boolean {
  return isLower(firstLetterCode(t));
}

/** Ends with sentence punctuation (. ! ? :), ignoring a closing quote or bracket. */
export function endsSentence(t: string): boolean {
  let i = t.length - 1;
  while (i > 0) {
    const c = t.charCodeAt(i);
    if (c === 34 || c === 39 || c === 41 || c === 0x201d || c === 0x2019 || c === 0xbb) i--;
    else break;
  }
  const c = t.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}

// ---------------------------------------------------------------------------------------
// Comments and masking

export interface CommentSpan extends Span {
  value: string;
}

/** Spans from `open` to the next `close`, from `from` on. An unterminated `open` is left as text. */
function delimitedSpans(source: string, from: number, open: string, close: string): Span[] {
  const out: Span[] = [];
  let pos = from;
  for (;;) {
    const start = source.indexOf(open, pos);
    if (start < 0) break;
    const end = source.indexOf(close, start + open.length);
    if (end < 0) break;
    out.push({ start, end: end + close.length });
    pos = end + close.length;
  }
  return out;
}

/** HTML comments from `from` on. */
export function findComments(source: string, from: number): CommentSpan[] {
  return delimitedSpans(source, from, '<!--', '-->').map((s) => ({ ...s, value: source.slice(s.start + 4, s.end - 3).trim() }));
}

/**
 * JSX comments (`{/* … *\/}`) from `from` on: a page component pasted as text keeps lines
 * its author switched off, and they are not part of the published policy.
 */
export function findJsxComments(source: string, from: number): Span[] {
  return delimitedSpans(source, from, '{/*', '*/}');
}

/** `**bold**` / `__bold__` on one line, as Markdown pasted into a text file keeps it. */
const EMPHASIS = /\*\*(?=[^\s*])[^*\n]{0,200}?[^\s*]\*\*|__(?=[^\s_])[^_\n]{0,200}?[^\s_]__/g;

/**
 * The delimiters of Markdown bold in a text file (`**Controller**`, `Effective date:
 * **February 21, 2023**`): markup, not prose, so the text and the line's shape are the words.
 */
export function findEmphasisMarks(source: string, from: number): Span[] {
  const out: Span[] = [];
  EMPHASIS.lastIndex = from;
  for (let m = EMPHASIS.exec(source); m; m = EMPHASIS.exec(source)) {
    const end = m.index + m[0].length;
    // `snake__case__name` is not bold: a delimiter glued to a word character on its outside.
    if (/\w/.test(source[m.index - 1] ?? '') || /\w/.test(source[end] ?? '')) continue;
    out.push({ start: m.index, end: m.index + 2 }, { start: end - 2, end });
  }
  return out;
}

/** Sorted, merged union of span lists, clipped to [from, limit). */
export function mergeSpans(lists: readonly (readonly Span[])[], from: number, limit: number): Span[] {
  const all: Span[] = [];
  for (const list of lists) {
    for (const s of list) {
      const start = Math.max(from, s.start);
      const end = Math.min(limit, s.end);
      if (end > start) all.push({ start, end });
    }
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The source with `spans` blanked out (line breaks kept), so offsets stay true. */
export function maskSpans(source: string, spans: readonly Span[]): string {
  if (spans.length === 0) return source;
  const parts: string[] = [];
  let pos = 0;
  for (const s of spans) {
    parts.push(source.slice(pos, s.start));
    parts.push(source.slice(s.start, s.end).replace(/[^\r\n]/g, ' '));
    pos = s.end;
  }
  parts.push(source.slice(pos));
  return parts.join('');
}

/** The spans of `spans` (sorted) that overlap [start, end), found by binary search. */
export function spansIn(spans: readonly Span[], start: number, end: number): readonly Span[] {
  if (spans.length === 0) return spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  let j = lo;
  while (j < spans.length && (spans[j] as Span).start < end) j++;
  return spans.slice(lo, j);
}

// ---------------------------------------------------------------------------------------
// Lines

/**
 * The lines of the body that hold prose, as parallel arrays. Blank lines are dropped
 * (`gap` marks a line that had one before it); lines that only held a comment or
 * template syntax are dropped too, without a gap, so they do not split a block.
 */
export interface Lines {
  count: number;
  /** Line start (after the previous break) and end (before its own break). */
  start: Int32Array;
  end: Int32Array;
  /** Content start/end: the line without surrounding white space (in the masked text). */
  cs: Int32Array;
  ce: Int32Array;
  /** Visual indentation in columns (tab stops every 4). */
  indent: Int32Array;
  gap: Uint8Array;
}

export function splitLines(source: string, masked: string, from: number): Lines {
  let cap = 1;
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) cap++;
  }
  const L: Lines = {
    count: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    cs: new Int32Array(cap),
    ce: new Int32Array(cap),
    indent: new Int32Array(cap),
    gap: new Uint8Array(cap),
  };
  let pendingGap = false;
  let pos = from;
  const n = source.length;
  while (pos <= n) {
    let e = pos;
    while (e < n) {
      const c = source.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    let next = e;
    if (next < n) next += source.charCodeAt(next) === 13 && source.charCodeAt(next + 1) === 10 ? 2 : 1;
    else next = n + 1;

    let cs = pos;
    let col = 0;
    while (cs < e && isSpace(masked.charCodeAt(cs))) {
      col = masked.charCodeAt(cs) === 9 ? (col + 4) & ~3 : col + 1;
      cs++;
    }
    if (cs < e) {
      let ce = e;
      while (ce > cs && isSpace(masked.charCodeAt(ce - 1))) ce--;
      const k = L.count++;
      L.start[k] = pos;
      L.end[k] = e;
      L.cs[k] = cs;
      L.ce[k] = ce;
      L.indent[k] = col;
      L.gap[k] = pendingGap ? 1 : 0;
      pendingGap = false;
    } else if (masked === source || isBlank(source, pos, e)) {
      pendingGap = true;
    }
    pos = next;
  }
  return L;
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// Markers

export interface Marker {
  /** 'bullet': always a list item; 'numbered': a list item or a numbered heading. */
  type: 'bullet' | 'numbered';
  /** Where the item text starts (after the marker and its white space); may equal ce. */
  textStart: number;
  /** Numbered only: components of the number ("4.3" → 2). */
  level: number;
  /** Numbered only: the number is "1" (or "A"/"I"), a list's first item. */
  first: boolean;
  /** Numbered only: value of the first component ("4.3" → 4, "C." → 3); NaN when unknown. */
  value: number;
}

// Markers that are bullets even without white space after them.
const SYMBOL_BULLETS = new Set(
  [0x2022, 0x2023, 0x25aa, 0x25e6, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x27a4, 0x25ba, 0x2713, 0x2714, 0x274c,
    0x27a2, 0x25b8, 0x25b9, 0x25c6, 0x25c7, 0x2717, 0x2718, 0x2610, 0x2611, 0x2612, 0x2192, 0x2043],
);
// Markers that need white space after them: - * + – — ·
const SPACED_BULLETS = new Set([45, 42, 43, 0x2013, 0x2014, 0xb7]);

const ROMAN_UPPER = /^[IVXLC]{1,6}$/;
const ROMAN_LOWER = /^[ivxlc]{1,6}$/;

/** The list/number marker at `cs` on a line ending at `ce`, if any. */
export function readMarker(m: string, cs: number, ce: number): Marker | null {
  const c = m.charCodeAt(cs);
  let after = -1;
  let type: Marker['type'] = 'bullet';
  let level = 0;
  let first = false;
  let value = NaN;
  if (SYMBOL_BULLETS.has(c)) {
    after = cs + 1;
    if (m.charCodeAt(after) === 0xfe0f) after++; // emoji presentation selector (✔️)
  } else if (SPACED_BULLETS.has(c)) {
    if (cs + 1 < ce && isSpace(m.charCodeAt(cs + 1))) after = cs + 1;
    else if (cs + 1 === ce) after = ce;
  } else if (c === 40) {
    // "(a)", "(iv)", "(1)"
    let close = cs + 1;
    while (close < ce && close - cs <= 6 && m.charCodeAt(close) !== 41) close++;
    if (close > cs + 1 && close - cs <= 6 && close < ce && m.charCodeAt(close) === 41) {
      const inner = m.slice(cs + 1, close);
      if (/^(?:[a-zA-Z]|[ivxlc]{1,5}|\d{1,3})$/.test(inner)) after = close + 1;
    }
  } else if (isDigit(c)) {
    // "1.", "1)", "4.3", "4.3.", "3A."
    let i = cs;
    level = 1;
    let digits = 0;
    while (i < ce && isDigit(m.charCodeAt(i)) && digits < 4) {
      i++;
      digits++;
    }
    if (digits > 3) return null;
    value = Number(m.slice(cs, i));
    first = value === 1;
    let trailingDot = false;
    while (m.charCodeAt(i) === 46 && isDigit(m.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < ce && isDigit(m.charCodeAt(j))) j++;
      if (j - i - 1 > 3) return null;
      i = j;
      level++;
      first = false;
    }
    if (isUpper(m.charCodeAt(i)) && m.charCodeAt(i) < 128 && (m.charCodeAt(i + 1) === 46 || m.charCodeAt(i + 1) === 41)) {
      i++; // "3A."
      first = false;
    }
    const t = m.charCodeAt(i);
    if (t === 46 || t === 41) {
      trailingDot = true;
      i++;
    }
    if (!(trailingDot || level >= 2)) return null;
    if (i < ce && !isSpace(m.charCodeAt(i))) return null;
    type = 'numbered';
    after = i;
  } else if (isLetter(c) && c < 128) {
    // "a)", "b.", "iv.", "A.", "IV."
    let i = cs;
    while (i < ce && i - cs < 7 && isLetter(m.charCodeAt(i)) && m.charCodeAt(i) < 128) i++;
    const t = m.charCodeAt(i);
    if ((t === 46 || t === 41) && (i + 1 === ce || isSpace(m.charCodeAt(i + 1)))) {
      const word = m.slice(cs, i);
      if (word.length === 1 && isLower(c)) after = i + 1;
      else if (ROMAN_LOWER.test(word)) after = i + 1;
      else if (word.length === 1 || ROMAN_UPPER.test(word)) {
        type = 'numbered';
        level = 1;
        first = word === 'A' || word === 'I';
        if (word.length === 1) value = c - 64;
        after = i + 1;
      }
    }
  }
  if (after < 0) return null;
  let ts = after;
  while (ts < ce && isSpace(m.charCodeAt(ts))) ts++;
  if (type === 'numbered' && ts >= ce) return null; // "1." alone is not an item
  return { type, textStart: ts, level, first, value };
}

// ---------------------------------------------------------------------------------------
// Line shapes

const DEBRIS = new Set([
  'back to home', 'back to homepage', 'back to top', 'back', 'skip to content', 'skip to main content',
  'skip to navigation', 'print this page', 'print', 'share', 'share this page', 'log in', 'login', 'sign in',
  'sign up', 'signup', 'log out', 'sign out', 'toggle navigation', 'open menu', 'close menu',
]);

/** Known web-page debris ("Back to home", "© 2025 Acme", "All rights reserved"). */
export function isDebris(t: string): boolean {
  if (t.length > 120) return false;
  const c = t.charCodeAt(0);
  if (c === 0xa9 || /^(?:copyright\s*)?\(c\)\s*\d{4}/i.test(t) || /^copyright\s+(?:©\s*)?\d{4}/i.test(t)) {
    return countWords(t) <= 15;
  }
  if (/all rights reserved/i.test(t)) return countWords(t) <= 15;
  if (t.length > 32) return false;
  const norm = t
    .replace(/^[\s←↑«‹<›»⬅]+/, '')
    .replace(/(?<![\s←↑«‹>›»→↗.])[\s←↑«‹>›»→↗.]+$/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return DEBRIS.has(norm);
}

const TLD = /[\p{L}\d-]\.(?:com|org|net|io|co|za|uk|de|eu|ai|app|dev|gov|edu|info|biz|us|ca|au|fr|nl|in|me|ly|so)\b/iu;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const DATE_START = /^(?:last\s+)?(?:updated|revised|modified|effective|version|dated?|published)\b/i;

/** A date/version line ("Effective May 2026", "Last revised 2025-01-01"). */
export function isDateLine(t: string): boolean {
  if (DATE_START.test(t)) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return true;
  return MONTH.test(t) && /\b(?:19|20)\d\d\b/.test(t);
}

/** "Email: privacy@x.com", "Controller contact: …": a colon followed by more text. */
export function isLabelLine(t: string): boolean {
  return /:\s+\S/.test(t);
}

export function hasAddress(t: string): boolean {
  return t.includes('@') || t.includes('://') || /\bwww\./i.test(t) || TLD.test(t);
}

function isAllCaps(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters >= 2;
}

const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'we', 'our', 'your', 'you', 'is', 'it', 'how', 'what', 'who', 'why']);

function isTitleCase(t: string): boolean {
  const words = t.split(/\s+/);
  let major = 0;
  let caps = 0;
  for (const w of words) {
    const clean = w.replace(/^[^\p{L}\d]+/u, '');
    if (clean === '' || MINOR.has(clean.toLowerCase())) continue;
    major++;
    const c = clean.charCodeAt(0);
    if (isUpper(c) || isDigit(c)) caps++;
  }
  return major >= 2 && caps === major;
}

/** "Privacy Policy of Acme Inc.": a final period that ends a company name, not a sentence. */
const COMPANY_END = /\b(?:Inc|Ltd|Corp|Co|LLC|GmbH|AG|B\.V|N\.V|S\.A|Pty)\.$/;

/**
 * The shape of an unnumbered heading: short, capitalised, no final . , ; :, not a
 * "Label: value" line, no address, no "·"/"|" separators, not a date line.
 * (Whether the next line allows it is the caller's business.)
 */
export function isHeadingShape(text: string): boolean {
  // Markdown pasted into a text file keeps its ATX marks: "### International transfers".
  const t = text.charCodeAt(0) === 35 ? text.replace(/^#{1,6}[ \t]/, '') : text;
  if (t.length > 90) return false;
  const c = firstLetterCode(t);
  const quote = t.charCodeAt(0) === 34 || t.charCodeAt(0) === 0x201c;
  if (!(isUpper(c) || isDigit(c) || quote)) return false;
  const caps = isAllCaps(t);
  const strong = caps || isTitleCase(t);
  const words = countWords(t);
  if (strong ? words > 12 : words > 10 || t.length > 70) return false;
  const last = t.charCodeAt(t.length - 1);
  if ((last === 46 && !COMPANY_END.test(t)) || last === 44 || last === 59) return false;
  if (last === 58 && !caps) return false;
  if (isLabelLine(t)) return false;
  if (hasAddress(t)) return false;
  if (t.includes(' · ') || t.includes('|') || t.includes(' • ')) return false;
  if (isDateLine(t)) return false;
  return !isDebris(t);
}

/** A numbered heading's shape ("1. Who We Are", "4.3 Business Transfers"). */
export function isNumberedHeadingShape(t: string, textOffset: number): boolean {
  if (t.length > 90 || countWords(t) > 12) return false;
  const last = t.charCodeAt(t.length - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58) return false;
  const rest = t.slice(textOffset);
  if (isLabelLine(rest) || rest.includes('@') || rest.includes('://')) return false;
  return !startsLowercase(rest) || isAllCaps(rest);
}

const TITLE_WORD = /\b(?:privacy|policy|notice|statement)\b/i;

export function isTitleShape(t: string): boolean {
  return TITLE_WORD.test(t) && isHeadingShape(t);
}

/** Finds the next occurrence of a character, caching so a forward scan stays linear. */
export class NextChar {
  private at = -2;
  constructor(
    private readonly s: string,
    private readonly ch: string,
  ) {}

  /** Calls must come with non-decreasing `pos`. */
  from(pos: number): number {
    if (this.at === -1 || this.at >= pos) return this.at;
    this.at = this.s.indexOf(this.ch, pos);
    return this.at;
  }
}
