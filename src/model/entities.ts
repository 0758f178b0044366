// Pure text finders for the entities of the document model. Each takes a block's plain
// text and returns [start, end) offsets into it, in order and non-overlapping; the
// document builder maps them to source ranges. All run in linear time: scanners walk
// the text once, and regexes use bounded quantifiers only, so no input backtracks.
import { FILE_LIKE_TLDS, PUBLIC_SLDS, WORD_TLDS, isCommonTld, isTld, longestTldPrefix } from './entities-tlds.js';

/** A match: text[start, end). */
export interface Found {
  start: number;
  end: number;
}

export { findDates, type FindDatesOptions } from './entities-dates.js';
export type { FoundDate } from './entities-dates.js';
export { findDurations } from './entities-durations.js';
export type { FoundDuration } from './entities-durations.js';
export { findAges } from './entities-ages.js';
export type { FoundAge } from './entities-ages.js';

export type FoundEmail = Found & { address: string | null };
export type FoundUrl = Found & { url: string };

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLabelChar = (c: number): boolean => isAlnum(c) || c === 45; // '-'
const isLocalChar = (c: number): boolean =>
  isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

interface Label {
  start: number;
  end: number;
}

/** Dot-separated host labels from `pos`; a label is [A-Za-z0-9-] without edge hyphens. */
function readLabels(text: string, pos: number): Label[] {
  const labels: Label[] = [];
  let p = pos;
  for (;;) {
    let e = p;
    while (e < text.length && isLabelChar(text.charCodeAt(e))) e++;
    let end = e;
    while (end > p && text.charCodeAt(end - 1) === 45) end--;
    if (end === p || text.charCodeAt(p) === 45) break;
    labels.push({ start: p, end });
    if (end !== e) break; // trailing hyphen: the host stops here
    if (text.charCodeAt(end) === 46 && end + 1 < text.length && isAlnum(text.charCodeAt(end + 1))) {
      p = end + 1;
      continue;
    }
    break;
  }
  return labels;
}

// ---------------------------------------------------------------------------------------
// E-mail addresses

// Cloudflare's e-mail obfuscation leaves this text when the page is copied without JS.
const OBFUSCATED = /\[email(?:[ \u00a0]|&(?:nbsp|#160|#xa0);)protected\]/gi;

export function findEmails(text: string): FoundEmail[] {
  const out: FoundEmail[] = [];
  let lastEnd = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    const hit = emailAt(text, at, lastEnd);
    if (hit) {
      out.push(hit);
      lastEnd = hit.end;
    }
    at = text.indexOf('@', Math.max(at + 1, lastEnd));
  }
  OBFUSCATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  const obf: FoundEmail[] = [];
  while ((m = OBFUSCATED.exec(text)) !== null) {
    obf.push({ start: m.index, end: m.index + m[0].length, address: null });
  }
  if (obf.length === 0) return out;
  return [...out, ...obf].sort((a, b) => a.start - b.start);
}

function emailAt(text: string, at: number, floor: number): FoundEmail | null {
  // Local part: walk left; stops at '@', so every character is walked at most twice overall.
  let s = at;
  while (s > floor && isLocalChar(text.charCodeAt(s - 1))) s--;
  while (s < at && text.charCodeAt(s) === 46) s++;
  if (s === at || text.charCodeAt(at - 1) === 46) return null;
  const before = text[s - 1];
  if (before === '@' || isWordChar(before)) return null; // part of a non-ASCII word or a@b@c

  const labels = readLabels(text, at + 1);
  if (labels.length < 2) return null;
  let last = labels[labels.length - 1] as Label;
  let end = last.end;
  const head = text.slice(at + 1, last.start);
  // "x@site.com.We…": a capitalised label after an all-lowercase domain is the next sentence.
  if (labels.length >= 3 && /^[A-Z][a-z]/.test(text.slice(last.start, last.end)) && head === head.toLowerCase()) {
    labels.pop();
    last = labels[labels.length - 1] as Label;
    end = last.end;
  }
  const tld = text.slice(last.start, last.end).toLowerCase();
  if (!/[a-z]/.test(tld)) return null;
  if (!isTld(tld)) {
    // "dpo@leadconneqt.comwith": a word glued to the address by a bad copy.
    const k = longestTldPrefix(tld);
    const prev = labels[labels.length - 2] as Label;
    if (k > 0) end = last.start + k;
    else if (labels.length >= 3 && isTld(text.slice(prev.start, prev.end).toLowerCase())) end = prev.end;
    // Otherwise keep it: an unlisted new gTLD is likelier than garbage.
  }
  return { start: s, end, address: text.slice(s, end) };
}

// ---------------------------------------------------------------------------------------
// URLs

/** Characters that, right before a candidate, put it in the middle of another token. */
const MID_TOKEN = /[\p{L}\p{N}_@.\-/\\%+~#&?]/u;
const SCHEME = /^(?:https?|ftp):\/\//i;

/** URL body characters: printable ASCII except space and <>"`{}|\^. */
const isUrlChar = (c: number): boolean =>
  c > 32 && c < 127 && c !== 60 && c !== 62 && c !== 34 && c !== 96 && c !== 123 && c !== 125 && c !== 124 && c !== 92 && c !== 94;

export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A candidate starts at an ASCII alnum that does not continue a token. After a failed
    // attempt every scanned position continues one, so nothing is scanned twice.
    if (!isAlnum(text.charCodeAt(i)) || (i > 0 && MID_TOKEN.test(text[i - 1] as string))) {
      i++;
      continue;
    }
    const hit = urlAt(text, i);
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

function urlAt(text: string, i: number): FoundUrl | null {
  const head = text.slice(i, i + 8);
  const scheme = SCHEME.exec(head);
  if (scheme) {
    const hostStart = i + scheme[0].length;
    if (!isAlnum(text.charCodeAt(hostStart)) && text[hostStart] !== '[') return null;
    const end = trimUrlEnd(text, i, extendUrl(text, hostStart));
    if (end <= hostStart) return null;
    return { start: i, end, url: text.slice(i, end) };
  }

  const labels = readLabels(text, i);
  if (labels.length < 2) return null;
  const first = labels[0] as Label;
  const last = labels[labels.length - 1] as Label;
  const tld = text.slice(last.start, last.end);
  const next = text[last.end];
  if (next === '@' || isWordChar(next)) return null;
  const pathFollows =
    (next === '/' || next === '?' || next === '#') && isUrlChar(text.charCodeAt(last.end + 1));

  const www = labels.length >= 3 && text.slice(first.start, first.end).toLowerCase() === 'www';
  if (www) {
    if (!/^[A-Za-z]{2,}$/.test(tld)) return null;
  } else {
    // Bare domain: a lowercase, commonly used TLD ("Service.It" and "ASP.NET" are not sites).
    if (!/^[a-z]{2,}$/.test(tld) || !isCommonTld(tld)) return null;
    if (FILE_LIKE_TLDS.has(tld) && !pathFollows) {
      const sld = labels.length >= 3 ? labels[labels.length - 2] as Label : null;
      if (!sld || !PUBLIC_SLDS.has(text.slice(sld.start, sld.end).toLowerCase())) return null;
    }
    if (WORD_TLDS.has(tld) && labels.length === 2) {
      const name = text.slice(first.start, first.end);
      if (name !== name.toLowerCase()) return null; // "Inc.is committed"
    }
  }
  let end = last.end;
  if (pathFollows) end = trimUrlEnd(text, i, extendUrl(text, end));
  const matched = text.slice(i, end);
  return { start: i, end, url: `https://${matched}` };
}

function extendUrl(text: string, from: number): number {
  let e = from;
  while (e < text.length && isUrlChar(text.charCodeAt(e))) e++;
  return e;
}

/** Drop trailing sentence punctuation and closing brackets that were not opened inside. */
function trimUrlEnd(text: string, start: number, end: number): number {
  let open = 0;
  let close = 0;
  let openSq = 0;
  let closeSq = 0;
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (ch === '(') open++;
    else if (ch === ')') close++;
    else if (ch === '[') openSq++;
    else if (ch === ']') closeSq++;
  }
  let e = end;
  while (e > start) {
    const ch = text[e - 1];
    if (ch === '.' || ch === ',' || ch === ';' || ch === ':' || ch === '!' || ch === '?' || ch === "'" || ch === '*') e--;
    else if (ch === ')' && close > open) {
      close--;
      e--;
    } else if (ch === ']' && closeSq > openSq) {
      closeSq--;
      e--;
    } else break;
  }
  return e;
}
