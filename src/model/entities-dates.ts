// Calendar dates in policy prose ("November 18, 2025", "2025-01-01", "May 2026").
// Bare years are never reported: "Act 4 of 2013" and "© 2025" are not policy dates.
import type { Found } from './entities.js';

export type FoundDate = Found & {
  year: number;
  month?: number;
  day?: number;
  precision: 'day' | 'month' | 'year';
  iso: string;
};

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

// Full names first so "March" is not read as "Mar" + "ch".
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?!\\p{L})\\.?';
const COMMA_OR_SPACE = '(?:\\s{0,3},\\s{0,3}|\\s{1,3})';
const ORD = '(?:st|nd|rd|th)?';
const YEAR_END = '(?![\\p{N}]|[-/.]\\p{N})';

// Every quantifier is bounded, so each match attempt costs O(1) and a scan is linear.
const NAME_MDY = new RegExp(
  `(?<![\\p{L}\\p{N}])${MONTH}\\s{1,3}(\\d{1,2})${ORD}(?![\\p{L}\\p{N}])${COMMA_OR_SPACE}(\\d{4})${YEAR_END}`,
  'giu',
);
const NAME_DMY = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})${ORD}(?:\\s{1,3}of)?\\s{1,3}${MONTH}${COMMA_OR_SPACE}(\\d{4})${YEAR_END}`,
  'giu',
);
const NAME_MY = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}${COMMA_OR_SPACE}(\\d{4})${YEAR_END}`, 'giu');
const NUM_YMD = new RegExp(`(?<![\\p{L}\\p{N}.,/-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${YEAR_END}`, 'gu');
const NUM_XXY = new RegExp(`(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${YEAR_END}`, 'gu');
/** "01/05/18": a two-digit year, read only on request (after an explicit label: in prose it may be anything). */
const NUM_XXYY = new RegExp(`(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{2})${YEAR_END}`, 'gu');

export interface FindDatesOptions {
  /**
   * Also read D/M/YY and M/D/YY ("01/05/18"), with the year in 1970–2069. Off by default: the
   * document model never reports them; a rule asks for them after a label such as "Last updated".
   */
  twoDigitYears?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function make(start: number, end: number, year: number, month: number, day?: number): FoundDate | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
  if (day === undefined) return { start, end, year, month, precision: 'month', iso: `${year}-${pad(month)}` };
  if (day < 1 || day > daysIn(year, month)) return null;
  return { start, end, year, month, day, precision: 'day', iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** Month number of a matched name; null when not capitalised ("may 2026" is the verb). */
function monthOf(name: string): number | null {
  const first = name[0] as string;
  if (first !== first.toUpperCase()) return null;
  return MONTHS[name.toLowerCase()] ?? null;
}

function scan(re: RegExp, text: string, build: (m: RegExpExecArray) => FoundDate | null, out: FoundDate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const d = build(m);
    if (d) out.push(d);
    else re.lastIndex = m.index + 1;
  }
}

export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  const all: FoundDate[] = [];
  // Every form has a four-digit year, but the two-digit form asked for.
  if (!/\d{4}/.test(text) && !(options.twoDigitYears === true && /\d[-/.]\d{1,2}[-/.]\d{2}/.test(text))) return all;
  const end = (m: RegExpExecArray): number => m.index + m[0].length;
  scan(NAME_MDY, text, (m) => {
    const month = monthOf(m[1] as string);
    return month ? make(m.index, end(m), Number(m[3]), month, Number(m[2])) : null;
  }, all);
  scan(NAME_DMY, text, (m) => {
    const month = monthOf(m[2] as string);
    return month ? make(m.index, end(m), Number(m[3]), month, Number(m[1])) : null;
  }, all);
  scan(NAME_MY, text, (m) => {
    const month = monthOf(m[1] as string);
    return month ? make(m.index, end(m), Number(m[2]), month) : null;
  }, all);
  scan(NUM_YMD, text, (m) => make(m.index, end(m), Number(m[1]), Number(m[3]), Number(m[4])), all);
  const numeric = (m: RegExpExecArray, year: number): FoundDate | null => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Dots are the European D.M.Y. With / or -: D/M/Y only when the first part cannot be
    // a month; otherwise M/D/Y (US), including the ambiguous case where both are ≤ 12.
    if (m[2] === '.' || a > 12) return make(m.index, end(m), year, b, a);
    return make(m.index, end(m), year, a, b);
  };
  scan(NUM_XXY, text, (m) => numeric(m, Number(m[4])), all);
  if (options.twoDigitYears === true) {
    scan(NUM_XXYY, text, (m) => {
      const yy = Number(m[4]);
      return numeric(m, yy >= 70 ? 1900 + yy : 2000 + yy);
    }, all);
  }

  // Overlaps ("November 18, 2025" also holds no "November 2025"): earliest, then longest.
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: FoundDate[] = [];
  let last = -1;
  for (const d of all) {
    if (d.start >= last) {
      out.push(d);
      last = d.end;
    }
  }
  return out;
}
