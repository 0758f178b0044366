// Sentence spans of a block's text: ICU's sentence segmenter (Intl.Segmenter), with the
// breaks it gets wrong in policy prose undone, and hard breaks forced at `breaks`.
import type { Found } from './entities.js';

let cached: Intl.Segmenter | null = null;
const segmenter = (): Intl.Segmenter =>
  (cached ??= new Intl.Segmenter('en', { granularity: 'sentence' }));

// ICU always breaks after a line/paragraph separator; only `breaks` may end a sentence, so
// separators are blanked (same length, offsets unchanged) before segmenting.
const LINE_SEPARATORS = /[\n\r\v\f\u0085\u2028\u2029]/g;

/** Abbreviations that never end a sentence here (exact case, or all caps). */
const CASED = new Set([
  'Inc.', 'Ltd.', 'Corp.', 'Co.', 'Art.', 'Arts.', 'Sec.', 'Secs.', 'St.', 'Dr.', 'Mr.', 'Ms.', 'Mrs.', 'Prof.', 'Jr.', 'Para.', 'Paras.',
  // California citations: "Cal. Civ. Code §1798.140", "Cal. Code Regs. tit. 11", "Bus. & Prof. Code".
  'Cal.', 'Civ.', 'Regs.', 'Bus.',
]);
/** Same, compared lowercased ("E.g." opens sentences too). */
const UNCASED = new Set(['e.g.', 'i.e.', 'vs.', 'approx.', 'cf.', 'viz.', 'ca.', 'incl.', 'esp.']);
const ABBREVIATED_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/i;
const INITIAL = /^\p{Lu}\.$/u; // "John F. Kennedy"
const DOTTED = /^(?:\p{L}\.){2,}$/u; // U.S., U.K., e.g., a.m.
const OPENERS = /^[(["'\u201c\u2018]+/;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const MAX_TOKEN = 16;

/**
 * Sentences of `text` as trimmed, non-empty [start, end) spans in order.
 * `breaks` are offsets where a sentence must end (hard line breaks, table cell edges).
 */
export function splitSentences(text: string, breaks: readonly number[] = []): Found[] {
  const cuts = [...new Set(breaks)].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b);
  const out: Found[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    splitChunk(text, from, cut, out);
    from = cut;
  }
  return out;
}

function splitChunk(text: string, from: number, to: number, out: Found[]): void {
  if (to <= from) return;
  const chunk = text.slice(from, to).replace(LINE_SEPARATORS, ' ');
  let start = 0;
  for (const b of icuBreaks(chunk)) {
    if (keepTogether(chunk, b)) continue;
    push(text, from + start, from + b, out);
    start = b;
  }
  push(text, from + start, to, out);
}

// V8's segment iterator costs O(input length) per segment, so a long input with many
// sentences is quadratic. Segment bounded windows instead: keep the breaks that are far
// enough from the window's end for ICU's look-ahead to have seen real text, and restart
// at the last one. A window with no such break (one very long sentence) is doubled.
const WINDOW = 2048;
const MARGIN = 256;

/**
 * ICU breaks only after a sentence terminator (UAX #29 rules SB11; line and paragraph
 * separators are blanked above): text without one, as most list items, headings and
 * table cells are, has no break and skips the segmenter.
 */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e]/u;

/** Offsets where ICU starts a new sentence in `s` (0 excluded). */
function icuBreaks(s: string): number[] {
  const out: number[] = [];
  if (!TERMINATOR.test(s)) return out;
  const n = s.length;
  let p = 0;
  let size = WINDOW;
  while (p < n) {
    const end = Math.min(n, p + size);
    const final = end === n;
    const limit = final ? n : end - MARGIN;
    let next = -1;
    for (const seg of segmenter().segment(s.slice(p, end))) {
      const b = p + seg.index;
      if (b === p) continue;
      if (b > limit) break;
      out.push(b);
      next = b;
      if (size > WINDOW) break; // a grown window: take one break, then shrink again
    }
    if (next === -1) {
      if (final) break;
      size *= 2;
      continue;
    }
    p = next;
    size = WINDOW;
  }
  return out;
}

function push(text: string, start: number, end: number, out: Found[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** True when ICU's break at `b` follows an abbreviation, not the end of a sentence. */
function keepTogether(chunk: string, b: number): boolean {
  let q = b;
  while (q > 0 && isSpace(chunk[q - 1])) q--;
  if (chunk[q - 1] !== '.') return false;
  // The token before the break; abbreviations are short, so look back a bounded distance.
  let t = q - 1;
  while (t > 0 && !isSpace(chunk[t - 1]) && q - t < MAX_TOKEN) t--;
  if (t > 0 && !isSpace(chunk[t - 1])) return false;
  const token = chunk.slice(t, q).replace(OPENERS, '');
  const next = chunk[b] ?? '';
  if (token === 'etc.' || token === 'Etc.') return !/\p{Lu}/u.test(next); // "etc. We …" ends one
  if (token === 'No.' || token === 'Nos.') return /\d/.test(next); // "No. 5", not "No. We …"
  // German citations kept in translated notices: "Art. 6 Abs. 1 lit. f", "Nr. 3".
  if (token === 'Abs.' || token === 'UAbs.' || token === 'Nr.') return /\d/.test(next);
  // A lowercased article before its number, as continental notices write it: "art. 6 1. b", "arts. 15-22".
  if (token === 'art.' || token === 'arts.') return /\d/.test(next);
  // An abbreviated month before a day or year: "Oct. 3, 2026", "3 Oct. 2026".
  if (ABBREVIATED_MONTH.test(token)) return /\d/.test(next);
  // A German street abbreviated before its number: "Hauptstr. 1".
  if (/\p{L}str\.$/iu.test(token) || token === 'Str.') return /\d/.test(next);
  if (CASED.has(token) || (token.length > 2 && token === token.toUpperCase() && CASED.has(title(token)))) return true;
  return UNCASED.has(token.toLowerCase()) || INITIAL.test(token) || DOTTED.test(token);
}

function title(token: string): string {
  return (token[0] as string) + token.slice(1).toLowerCase();
}
