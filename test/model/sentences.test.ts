import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/model/sentences.js';

const sentences = (text: string, breaks?: number[]): string[] =>
  splitSentences(text, breaks).map((s) => text.slice(s.start, s.end));

type Case = [input: string, expected: string[]];

describe('splitSentences', () => {
  const cases: Case[] = [
    ['We collect data. We use it.', ['We collect data.', 'We use it.']],
    ['What? Really! Yes.', ['What?', 'Really!', 'Yes.']],
    ['He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
    ['No terminal punctuation', ['No terminal punctuation']],
    ['  Leading spaces.   Trailing   ', ['Leading spaces.', 'Trailing']],
    ['3.5 percent of users. Next one.', ['3.5 percent of users.', 'Next one.']],
    ['Ends with ellipsis... Next one.', ['Ends with ellipsis...', 'Next one.']],
    // Abbreviations common in policies.
    ['Conducktr Inc. ("we," "our," or "us") is committed. This Policy explains.', [
      'Conducktr Inc. ("we," "our," or "us") is committed.',
      'This Policy explains.',
    ]],
    ['Konductro (Pty) Ltd. Registration follows. Done.', ['Konductro (Pty) Ltd. Registration follows.', 'Done.']],
    ['Acme Corp. Europe and Acme Co. Ltd. operate it. Done.', ['Acme Corp. Europe and Acme Co. Ltd. operate it.', 'Done.']],
    ['Providers (e.g. Auth0) and others (e.g., Stripe). Next.', ['Providers (e.g. Auth0) and others (e.g., Stripe).', 'Next.']],
    ['We use tools, e.g. Google Analytics, to measure. Next.', ['We use tools, e.g. Google Analytics, to measure.', 'Next.']],
    ['Some data, i.e. Personal Data, is kept. Next.', ['Some data, i.e. Personal Data, is kept.', 'Next.']],
    ['E.g. This opens. Next.', ['E.g. This opens.', 'Next.']],
    ['Contract (Art. 6(1)(b)) applies. See Art. 5. Next.', ['Contract (Art. 6(1)(b)) applies.', 'See Art. 5.', 'Next.']],
    ['Under Arts. 12 and 13 GDPR and Sec. 5 BDSG we inform you. Done.', ['Under Arts. 12 and 13 GDPR and Sec. 5 BDSG we inform you.', 'Done.']],
    ['Data is stored in the U.S. Department of Commerce list. Done.', ['Data is stored in the U.S. Department of Commerce list.', 'Done.']],
    ['In the U.K. Information Commissioner. Done.', ['In the U.K. Information Commissioner.', 'Done.']],
    ['Call Dr. Smith or Mr. Jones or Ms. Lee at St. James. Done.', ['Call Dr. Smith or Mr. Jones or Ms. Lee at St. James.', 'Done.']],
    ['John F. Kennedy was here. Next.', ['John F. Kennedy was here.', 'Next.']],
    ['Approx. 5 days vs. 10 days, cf. Art. 5. Next.', ['Approx. 5 days vs. 10 days, cf. Art. 5.', 'Next.']],
    ['Registration No. 2026/423844/07 applies. Next.', ['Registration No. 2026/423844/07 applies.', 'Next.']],
    // An abbreviated month before a day or year; a month word that ends a sentence still ends it.
    ['Revised: Oct. 3, 2026. We collect data.', ['Revised: Oct. 3, 2026.', 'We collect data.']],
    ['Updated 3 Sept. 2026. Next.', ['Updated 3 Sept. 2026.', 'Next.']],
    ['We met in Oct. Then we decided.', ['We met in Oct.', 'Then we decided.']],
    // German citations in translated notices: "Abs." and "Nr." before a number.
    ['Write to Hauptstr. 1, 10115 Berlin or Str. 5. We answer.', ['Write to Hauptstr. 1, 10115 Berlin or Str. 5.', 'We answer.']],
    ['Legal basis: Art. 6 Abs. 1 S. 1 lit. f GDPR and § 26 Abs. 1 Nr. 2 BDSG. Next.', ['Legal basis: Art. 6 Abs. 1 S. 1 lit. f GDPR and § 26 Abs. 1 Nr. 2 BDSG.', 'Next.']],
    // A lowercased "art." before its number; a sentence ending in the word "art." still ends.
    ['The basis is art. 6 1. b of the GDPR and arts. 15-22 apply. Next.', ['The basis is art. 6 1. b of the GDPR and arts. 15-22 apply.', 'Next.']],
    ['We love modern art. Three artists joined.', ['We love modern art.', 'Three artists joined.']],
    ['Listed in Cal. Civ. Code § 1798.140(v)(1): identifiers. See Cal. Code Regs. tit. 11 and Bus. & Prof. Code. Done.', [
      'Listed in Cal. Civ. Code § 1798.140(v)(1): identifiers.',
      'See Cal. Code Regs. tit. 11 and Bus. & Prof. Code.',
      'Done.',
    ]],
    // "etc." and "No." end a sentence when the next one starts as a sentence would.
    ['Linear, GitHub, etc. and more. We share with Slack etc. We go.', [
      'Linear, GitHub, etc. and more.',
      'We share with Slack etc.',
      'We go.',
    ]],
    ['Do we sell data? No. We never do.', ['Do we sell data?', 'No.', 'We never do.']],
    ['INC. Acme LTD. Holdings. Done.', ['INC. Acme LTD. Holdings.', 'Done.']],
    // A line break alone does not end a sentence.
    ['The latest IP address used is stored\nfor up to 12 months. We also\nretain logs.', [
      'The latest IP address used is stored\nfor up to 12 months.',
      'We also\nretain logs.',
    ]],
    ['A heading-like line\nThen text.', ['A heading-like line\nThen text.']],
    ['', []],
    ['   \n\t  ', []],
    ['.', ['.']],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  const withBreaks: Array<[string, number[], string[]]> = [
    ['Effective Date: November 18, 2025\nLast Updated: November 18, 2025', [34], [
      'Effective Date: November 18, 2025',
      'Last Updated: November 18, 2025',
    ]],
    // A break right after an abbreviation still ends the sentence.
    ['Konductro (Pty) Ltd.\nUnit 2, Kilwa House', [21], ['Konductro (Pty) Ltd.', 'Unit 2, Kilwa House']],
    // Mid-word break: the break wins.
    ['abcdef', [3], ['abc', 'def']],
    // Duplicates, unsorted, out-of-range and edge offsets are harmless.
    ['One two. Three four', [14, 0, 19, 14, 99, -1], ['One two.', 'Three', 'four']],
    ['Cell one  Cell two', [8, 9, 10], ['Cell one', 'Cell two']],
    ['A. B.', [2], ['A.', 'B.']],
  ];
  it.each(withBreaks)('%j at %j', (input, breaks, expected) => {
    expect(sentences(input, breaks)).toEqual(expected);
  });
});

describe('splitSentences on the fixtures', () => {
  const dir = new URL('../../fixtures/', import.meta.url);
  const files = ['seeds', 'corpus'].flatMap((d) =>
    readdirSync(new URL(`${d}/`, dir))
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => [`${d}/${f}`, readFileSync(new URL(`${d}/${f}`, dir), 'utf8')] as const),
  );

  it.each(files)('%s: trimmed, ordered, covering every non-space character', (_name, text) => {
    // Break at every line end, as a reader would for hard breaks.
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i + 1);
    const found = splitSentences(text, breaks);
    let last = 0;
    const covered = new Uint8Array(text.length);
    for (const s of found) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      expect(/\s/.test(text[s.start] as string)).toBe(false);
      expect(/\s/.test(text[s.end - 1] as string)).toBe(false);
      // No sentence crosses a break.
      expect(breaks.some((b) => b > s.start && b < s.end)).toBe(false);
      covered.fill(1, s.start, s.end);
      last = s.end;
    }
    const missed: number[] = [];
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] as string) && covered[i] === 0) missed.push(i);
    expect(missed).toEqual([]);
  });

  it('matches ICU on a long text (windowed segmentation is invisible)', () => {
    const long = files.map(([, t]) => t).join(' ');
    const icu = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(long.replace(/[\n\r]/g, ' '))];
    // Every sentence we report starts where ICU starts one (we only remove breaks).
    const starts = new Set(icu.map((s) => s.index + (s.segment.length - s.segment.trimStart().length)));
    for (const s of splitSentences(long)) expect(starts.has(s.start)).toBe(true);
    expect(splitSentences(long).length).toBeGreaterThan(icu.length * 0.9);
  });
});

describe('splitSentences in linear time', () => {
  // V8's segment iterator is O(n) per segment; windows keep this linear. Completion only.
  const inputs: Array<[string, string]> = [
    ['many short sentences', 'This is one. '.repeat(15000)],
    ['initials', 'A. '.repeat(6e4)],
    ['abbreviations', 'Ab. '.repeat(5e4)],
    ['one long sentence', 'a '.repeat(1e5) + '. B'],
    ['long then short', 'a'.repeat(1e5) + ' Ab.'.repeat(2e4)],
    ['dots', '.'.repeat(2e5)],
    ['breaks everywhere', 'x'.repeat(2e5)],
  ];
  it.each(inputs)('%s', (name, text) => {
    const breaks = name === 'breaks everywhere' ? Array.from({ length: 5e4 }, (_, i) => i * 4) : undefined;
    expect(Array.isArray(splitSentences(text, breaks))).toBe(true);
  });

  it('never throws on lone surrogates and control characters', () => {
    for (const text of ['\ud800. \udc00 x.', '\u0000. \u0007?', 'a\ud83d', '\u2028\u2029. Z.']) {
      for (const s of splitSentences(text, [1])) expect(s.end).toBeGreaterThan(s.start);
    }
  });
});
