// Age thresholds ("under 16", "at least 13 years old", "minimum age of 16").
// Works number-first: every integer 0–25 is judged by a bounded window of text around it,
// so the scan is linear whatever the input.
import type { Found } from './entities.js';

export type FoundAge = Found & { age: number; relation: 'under' | 'atLeast' | 'exact' };

const MAX_AGE = 25;
const WINDOW = 48;

// Prefixes, anchored at the number. (?:the )?age(s)? (of)? is the "age evidence".
const AGE_WORDS = '(?:(?:the\\s{1,3})?ages?\\s{1,3}(?:of\\s{1,3})?)';
const P_UNDER = new RegExp(`(?:under|below|younger\\s{1,3}than|less\\s{1,3}than)\\s{1,3}${AGE_WORDS}?$`, 'iu');
const P_OVER = new RegExp(`(?:at\\s{1,3}least|over|above|older\\s{1,3}than)\\s{1,3}${AGE_WORDS}?$`, 'iu');
// "minimum age of 16", "the minimum age to use the Service is 16", "the age of digital consent is 16"
const P_MIN =
  /(?:(?:minimum|min\.)\s{1,3}age|age\s{1,3}(?:limit|requirement|restriction)|age\s{1,3}of\s{1,3}(?:digital\s{1,3})?consent)(?:\s{1,3}(?:to|for|in)(?:\s{1,3}[\p{L}'’-]{1,20}){1,5})?\s{0,3}(?:of|is|:)?\s{0,3}$/iu;
// "from the age of 16", "from age 10", "starting at age 13": a lower bound
const P_FROM = /(?:from|starting\s{1,3}at)\s{1,3}(?:the\s{1,3})?age\s{1,3}(?:of\s{1,3})?$/iu;
const P_EXACT = /(?:aged|age(?:\s{1,3}of)?)\s{1,3}$/iu;

// Suffixes, anchored after the number.
const S_YEARS_OLD = /^(?:\s{1,3}|[-\u2010\u2011])(?:years?|yrs?)(?:\s{1,3}|[-\u2010\u2011])(?:of\s{1,3}age|olds?)(?!\p{L})/iu;
const S_YEARS = /^\s{1,3}(?:years?|yrs?)(?!\p{L})/iu;
const S_OR = /^,?\s{1,3}(?:or|and)\s{1,3}(older|over|above|up|upwards|younger|under|below)(?!\p{L})/iu;
// Quantities and citations that follow a number but make it no age ("under 16 GB", "15 U.S.C.").
const S_MEASURE =
  /^(?:\s{0,3}(?:%|percent|per\b|[kmgt]i?b\b|bytes?|kilobytes?|megabytes?|gigabytes?|days?|hours?|hrs?|weeks?|months?|minutes?|mins?|seconds?|secs?|ms\b|u\.?\s?s\.?\s?c|c\.?\s?f\.?\s?r|usd|eur|gbp|dollars?|euros?|pounds?|employees|people|users|countries|states|million|billion|thousand|characters?|chars?|digits?|times|items)(?!\p{L})|\s{0,3}\(\d)/iu;
// "(or 16 in the EU)" after an age: a second threshold with the same relation.
const S_ALT = /^\s{0,2}(?:\(\s{0,2}|,\s{0,2})?or\s{1,3}(\d{1,2})(?![\p{N}\p{L}_]|[.,]\p{N})/iu;
// Who an "under 16 years" (without "old"/"of age") can be about.
const PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:children|child|kids|minors|users|individuals|persons|people|anyone|those|visitors|students|teens|teenagers|youths?|you|are|is|were|be)\s{1,3}$/iu;

// "must be over 18", "needs to be 13+": a requirement on the reader makes a bare number an age.
const BE_BEFORE =
  /\b(?:must|needs?\s{1,3}to|ha(?:ve|s)\s{1,3}to|should|shall)\s{1,3}be\s{1,3}(?:(?:at\s{1,3}least|over|above|older\s{1,3}than)\s{1,3})?$/iu;

// The number also spelled out, as legal drafting does: "under thirteen (13) years of age",
// "under 13 (thirteen) years". The words are skipped so that the prefix and suffix are read around them.
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const SPELLED = '(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\\s](?:one|two|three|four|five))?)';
const SPELLED_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${SPELLED}\\s{0,2}\\($`, 'iu');
const SPELLED_AFTER = new RegExp(`^\\s{0,2}\\(${SPELLED}\\)`, 'iu');

function spelledValue(word: string): number {
  const [tens, unit] = word.toLowerCase().split(/[-\s]/);
  return NUMBER_WORDS.indexOf(tens ?? '') + (unit ? NUMBER_WORDS.indexOf(unit) : 0);
}

// "You must be 18 to register", "users must be 16.": a bare number right after "must be",
// followed by what the age is needed for or by the end of the clause, is an age.
// Only ages a service sets (10 and up): "must be 3 to work" is a value, "2 to 5 people" a count.
const REQUIRED_AGE_AFTER = /^(?:\s{1,3}(?:to|in\s{1,3}order\s{1,3}to|before|if|when|for)\s{1,3}(?=\p{L})|[.;,!)](?:\s|$)|[.!]?$)/iu;
const REQUIRED_AGE_MIN = 10;

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

interface Prefix {
  kind: 'under' | 'over' | 'min' | 'exact';
  start: number;
  /** The prefix itself says this is an age ("the age of", "older than"). */
  ageWord: boolean;
}

function prefixAt(text: string, s: number): Prefix | null {
  const from = Math.max(0, s - WINDOW);
  const before = text.slice(from, s);
  const tries: Array<[RegExp, Prefix['kind']]> = [
    [P_UNDER, 'under'],
    [P_MIN, 'min'],
    [P_OVER, 'over'],
    [P_FROM, 'over'],
    [P_EXACT, 'exact'],
  ];
  for (const [re, kind] of tries) {
    const m = re.exec(before);
    if (!m) continue;
    const start = from + m.index;
    if (isWordChar(text[start - 1])) continue; // "page 16", "thunder 3"
    // "age"/"older"/"younger" make the number an age; plain "over 16" or "at least 16" do not.
    const ageWord = kind === 'min' || kind === 'exact' || /age|older|younger/i.test(m[0]);
    return { kind, start, ageWord };
  }
  return null;
}

// An age in words on its own ("aged twelve and over", "must be eighteen or over"): only the
// ages services set (ten to twenty-one), so "under one roof" or "at least two" stay numbers.
const SPELLED_AGE = /(?<![\p{L}\p{N}_-])(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s]one)?)(?![\p{L}\p{N}_-])/giu;
const SPELLED_MIN = 10;
// "under-16s", "Under-sixteens", "over-18s": a group named by its age limit.
const AGE_GROUP =
  /(?<![\p{L}\p{N}_])(under|over)[-\u2010\u2011](\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-one)?)['’]?s(?![\p{L}\p{N}_])/giu;
// "If you are 14 or over": the reader's own age, with "or over/under", is an age.
const READER_IS_BEFORE = /\b(?:you\s{1,3}are|you['’]re|they\s{1,3}are|(?:child|user|person|member|he|she)\s{1,3}is)\s{1,3}$/iu;
// "people who are 18+", "18+ users", "18+ only": a "+" age with a person or "only" beside it.
const PLUS_WHO_BEFORE = /\b(?:who|that)\s{1,3}(?:are|is)\s{1,3}$/iu;
const PLUS_PERSON_AFTER = /^\s{0,2}(?:only|users?|members?|players?|customers?|visitors?|people|adults|guests|audiences?)(?!\p{L})/iu;

export function findAges(text: string): FoundAge[] {
  const out: FoundAge[] = [];
  const re = /\d+/g;
  let floor = 0; // end of the last reported age
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m.index;
    if (s < floor) continue;
    const found = ageAt(text, s, s + m[0].length, floor);
    if (found.length === 0) continue;
    out.push(...found);
    floor = (found[found.length - 1] as FoundAge).end;
    re.lastIndex = Math.max(re.lastIndex, floor);
  }
  // Words and age groups only where no digit age was found (no digits: cheap to skip).
  if (/(?:teen|ten|eleven|twelve|twenty|under-|over-)/i.test(text)) {
    const taken = (s: number, e: number): boolean => out.some((a) => a.start < e && s < a.end);
    for (const g of text.matchAll(AGE_GROUP)) {
      const word = g[2] as string;
      const age = isDigit(word[0]) ? Number(word) : spelledValue(word);
      if (age > MAX_AGE || taken(g.index, g.index + g[0].length)) continue;
      out.push({ start: g.index, end: g.index + g[0].length, age, relation: (g[1] as string).toLowerCase() === 'under' ? 'under' : 'atLeast' });
    }
    let wordFloor = 0;
    for (const w of text.matchAll(SPELLED_AGE)) {
      if (w.index < wordFloor || taken(w.index, w.index + w[0].length)) continue;
      const found = ageAt(text, w.index, w.index + w[0].length, wordFloor, spelledValue(w[0]));
      if (found.length === 0) continue;
      out.push(...found);
      wordFloor = (found[found.length - 1] as FoundAge).end;
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A plausible age number: 1–2 digits, not part of a decimal, code or word. */
function plausible(text: string, s: number, e: number): number | null {
  if (e - s > 2) return null;
  const age = Number(text.slice(s, e));
  if (age > MAX_AGE) return null;
  const prev = text[s - 1];
  const next = text[e];
  if (isWordChar(prev) || isWordChar(next)) return null;
  if ((prev === '.' || prev === ',') && isDigit(text[s - 2])) return null;
  if ((next === '.' || next === ',') && isDigit(text[e + 1])) return null;
  return age;
}

/** An age at [s, digitsEnd): digits, or a number word whose value is `spelled`. */
function ageAt(text: string, s: number, digitsEnd: number, floor: number, spelled?: number): FoundAge[] {
  const age = spelled ?? plausible(text, s, digitsEnd);
  if (age === null || (spelled !== undefined && spelled < SPELLED_MIN)) return [];
  let e = digitsEnd;
  // "thirteen (13)": read the prefix before the word and the suffix after the bracket.
  // A number word has no bracketed twin to skip.
  const spelledBefore = spelled === undefined && text[e] === ')' ? SPELLED_BEFORE.exec(text.slice(Math.max(floor, s - 16), s)) : null;
  if (spelledBefore && spelledValue(spelledBefore[1] as string) === age) {
    s -= spelledBefore[0].length;
    e += 1;
  } else if (spelled === undefined) {
    // "13 (thirteen)"
    const spelledAfter = SPELLED_AFTER.exec(text.slice(e, e + 24));
    if (spelledAfter && spelledValue(spelledAfter[1] as string) === age) e += spelledAfter[0].length;
  }
  const after = text.slice(e, e + WINDOW);
  if (S_MEASURE.test(after)) return [];

  let end = e;
  let rest = after;
  const yearsOld = S_YEARS_OLD.exec(rest);
  if (yearsOld) {
    end += yearsOld[0].length;
    rest = rest.slice(yearsOld[0].length);
  }
  const years = yearsOld ? null : S_YEARS.exec(rest);
  let or = S_OR.exec(rest);
  let yearsOr = false;
  if (!or && years) {
    // "16 years or older": the years belong to the age.
    or = S_OR.exec(rest.slice(years[0].length));
    yearsOr = or !== null;
    if (or) end += years[0].length;
  }
  const bareYears = years !== null && !yearsOr;
  const orWord = or ? (or[1] as string).toLowerCase() : '';

  let prefix = prefixAt(text, s);
  if (prefix && prefix.start < floor) prefix = null;
  const required = BE_BEFORE.test(text.slice(Math.max(floor, s - WINDOW), s));
  // "You must be 18 or over": a requirement on the reader with "or over/under" is an age.
  const readerIs = or !== null && prefix === null && READER_IS_BEFORE.test(text.slice(Math.max(floor, s - 24), s));
  const evidence =
    yearsOld !== null || yearsOr || readerIs || (prefix !== null && prefix.ageWord) || (required && (prefix?.kind === 'over' || or !== null));
  // "13+" after "must be" or "aged": at least 13.
  const plusPerson = READER_IS_BEFORE.test(text.slice(Math.max(floor, s - 24), s)) || PLUS_WHO_BEFORE.test(text.slice(Math.max(floor, s - 24), s)) || PLUS_PERSON_AFTER.test(text.slice(e + 1, e + 20));
  if (text[e] === '+' && !isDigit(text[e + 1]) && (required || prefix?.kind === 'exact' || (age >= REQUIRED_AGE_MIN && plusPerson))) {
    return [{ start: prefix?.kind === 'exact' ? prefix.start : s, end: e + 1, age, relation: 'atLeast' }];
  }

  let relation: FoundAge['relation'] | null = null;
  let useOr = false;
  if (prefix?.kind === 'under') {
    // "kept for under 5 years" is a period; "children under 13 years" is an age.
    // A word needs the same: "under twelve" alone may be anything.
    if ((bareYears || spelled !== undefined) && !prefix.ageWord && !PERSON_BEFORE.test(text.slice(Math.max(0, prefix.start - 24), prefix.start))) {
      return [];
    }
    relation = 'under';
  } else if (prefix?.kind === 'min') {
    relation = 'atLeast';
  } else if (prefix?.kind === 'over' && (evidence || orWord === 'older')) {
    relation = 'atLeast';
    useOr = orWord === 'older';
  } else if (orWord === 'older' || orWord === 'younger' || (or && (evidence || prefix?.kind === 'exact'))) {
    relation = orWord === 'younger' || orWord === 'under' || orWord === 'below' ? 'under' : 'atLeast';
    useOr = true;
  } else if (prefix?.kind === 'exact' || yearsOld || (required && prefix === null && age >= REQUIRED_AGE_MIN && REQUIRED_AGE_AFTER.test(rest))) {
    relation = 'exact';
  }
  if (relation === null) return [];
  if (useOr && or) end += or[0].length;

  const start = prefix && (prefix.kind !== 'over' || relation === 'atLeast') ? prefix.start : s;
  const found: FoundAge[] = [{ start, end, age, relation }];

  // "children under 13 (or 16 in the EU)": the alternative inherits the relation.
  const alt = S_ALT.exec(text.slice(end, end + WINDOW));
  if (alt) {
    const as = end + alt[0].length - (alt[1] as string).length;
    const ae = end + alt[0].length;
    const altAge = plausible(text, as, ae);
    if (altAge !== null && !S_MEASURE.test(text.slice(ae, ae + WINDOW))) {
      let altEnd = ae;
      const yo = S_YEARS_OLD.exec(text.slice(ae, ae + WINDOW));
      if (yo) altEnd += yo[0].length;
      found.push({ start: as, end: altEnd, age: altAge, relation });
    }
  }
  return found;
}
