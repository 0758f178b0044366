// Periods of time ("30 days", "thirty (30) days", "30–180 days", "7-day", "a year").
// The match spans the first number through the unit; trailing words are not included.
import type { Found } from './entities.js';
import type { DurationUnit } from './types.js';

export type FoundDuration = Found & {
  amount: number;
  maxAmount?: number;
  unit: DurationUnit;
  business?: boolean;
};

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUE = new Map<string, number>([
  ...ONES.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
  ['fourty', 40],
  ['hundred', 100],
  ['a', 1],
  ['an', 1],
]);

const SP = '[ \\u00a0]';
// Order matters: longer alternatives first ("seventeen" before "seven", "one hundred" before "one").
const WORD =
  `(?:(?:a|one)${SP})?hundred|(?:${TENS.join('|')}|fourty)(?:[- \\u00a0](?:${ONES.join('|')}))?|` +
  `${TEENS.slice(1).join('|')}|ten|${ONES.join('|')}`;
const NUMBER = `\\d{1,4}(?:\\.\\d{1,2})?|${WORD}`;
const PAREN = `\\s{0,2}\\((\\d{1,4}|${WORD})\\)`;
const HYPHEN = '[-\\u2010\\u2011]';

// Groups: 1 amount, 2 amount in parens, 3 range connector, 4 upper bound, 5 qualifier, 6 unit.
// Every quantifier is bounded, so each attempt is O(1) and a scan is linear.
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}_]|\\p{N}[.,])(${NUMBER}|an?)(?:${PAREN})?` +
    `(?:(\\s{0,2}[-\\u2013\\u2014]\\s{0,2}|\\s{1,3}(?:to|and)\\s{1,3})(${NUMBER})(?:\\s{0,2}\\((?:\\d{1,4}|${WORD})\\))?)?` +
    `(?:\\s{1,3}|\\s?${HYPHEN}\\s?)(?:(business|working|calendar)(?:\\s{1,3}|${HYPHEN}))?` +
    '(hours?|hrs?|days?|weeks?|months?|years?|yrs?)(?![\\p{L}\\p{N}])',
  'giu',
);

const UNITS: Readonly<Record<string, DurationUnit>> = {
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week',
  month: 'month', months: 'month', year: 'year', years: 'year', yr: 'year', yrs: 'year',
};

// "once a year", "24 hours a day": frequencies, not periods.
const FREQUENCY_BEFORE = /(?:^|[^\p{L}])(?:once|twice|thrice|times|per|hours?|days?|weeks?|months?|years?)\s{1,3}$/iu;
// "16 years old", "13 years of age", "16 years or older": ages (see findAges).
const AGE_AFTER =
  /^(?:\s{1,3}|[-\u2010\u2011])olds?(?!\p{L})|^\s{1,3}of\s{1,3}age(?!\p{L})|^,?\s{1,3}(?:or|and)\s{1,3}(?:older|younger)(?!\p{L})/iu;
const AGE_BEFORE = /(?:^|[^\p{L}])(?:aged|age\s{1,3}of)\s{1,3}$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s{1,3}$/iu;

function valueOf(word: string): number {
  const w = word.toLowerCase().replace(/[\s\u00a0-]+/g, ' ');
  if (/^\d/.test(w)) return Number(w);
  if (w.endsWith('hundred')) return 100;
  const [tens, ones] = w.split(' ');
  return (WORD_VALUE.get(tens as string) ?? 0) + (ones ? WORD_VALUE.get(ones) ?? 0 : 0);
}

/** Every duration ends in one of its units: text without one is not scanned. */
const UNIT_WORD = /hour|hr|day|week|month|year|yr/i;

export function findDurations(text: string): FoundDuration[] {
  const out: FoundDuration[] = [];
  if (!UNIT_WORD.test(text)) return out;
  const re = DURATION;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const found = accept(text, m);
    if (found) out.push(found);
    else re.lastIndex = m.index + 1;
  }
  return out;
}

function accept(text: string, m: RegExpExecArray): FoundDuration | null {
  const start = m.index;
  const end = start + m[0].length;
  const first = m[1] as string;
  const before = text.slice(Math.max(0, start - 24), start);
  const article = /^an?$/i.test(first);
  if (article && (m[3] !== undefined || m[2] !== undefined || FREQUENCY_BEFORE.test(before))) return null;
  if (m[3] !== undefined && /^\s*and/i.test(m[3]) && !BETWEEN_BEFORE.test(before)) return null;
  const unit = UNITS[(m[6] as string).toLowerCase()] as DurationUnit;
  if (unit === 'year' && (AGE_AFTER.test(text.slice(end, end + 16)) || AGE_BEFORE.test(before))) return null;

  // "thirty (30) days": the numerals are the less ambiguous reading.
  const amount = valueOf(m[2] ?? first);
  const found: FoundDuration = { start, end, amount, unit };
  if (m[4] !== undefined) {
    const max = valueOf(m[4]);
    if (!(max > amount)) return null;
    found.maxAmount = max;
  }
  const qual = m[5]?.toLowerCase();
  if (qual === 'business' || qual === 'working') found.business = true;
  return found;
}
