// Adversarial input for every built-in rule and both readers: long runs of what the
// patterns repeat (spaces, letters, "a a a", digits, dots, commas, "@@@", "((((", long
// words, capitalised names, list and table markup, the words rules look for) at size n
// and 4n. The bound is on work, not on time: a wrapper around RegExp.prototype.exec —
// which test, match, matchAll, replace, split and search all call — adds up the
// characters each call passes over (from where it starts to the end of its match, or to
// the end of the text when it finds none; one for a failed anchored pattern, which is
// tried at one position only — a limit: such an attempt that runs far is counted as one). test/regex-safety.test.ts proves each
// pattern's backtracking linear, so this count is the rule's regex work; here it must
// grow linearly with the input: at most 5× when the input grows 4× (16× would be a rule
// that rescans a growing prefix or the whole text per match).
import { RegExpParser } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintDocument } from '../src/engine/index.js';
import { readDocument, type PolicyDocument, type SourceFormat } from '../src/model/index.js';

const today = new Date('2026-11-27T00:00:00Z');
const N = 1500;

/** Inputs of about `n` characters; each a run of something a quantifier repeats. */
const RUNS: Record<string, (n: number) => string> = {
  spaces: (n) => `Privacy ${' '.repeat(n)}x`,
  tabs: (n) => `a\t${'\t '.repeat(n / 2)}b`,
  letters: (n) => 'a'.repeat(n),
  'a a a': (n) => 'a '.repeat(n / 2),
  'Capitalised Words': (n) => 'Acme '.repeat(n / 5),
  digits: (n) => '1'.repeat(n),
  'digits and spaces': (n) => '12 '.repeat(n / 3),
  dots: (n) => `x${'.'.repeat(n)}x`,
  'a.a.a': (n) => 'a.'.repeat(n / 2),
  commas: (n) => `we collect${','.repeat(n)}`,
  'words and commas': (n) => 'data, '.repeat(n / 6),
  '@@@': (n) => `a${'@'.repeat(n)}b`,
  'a@a@a': (n) => 'a@'.repeat(n / 2),
  '((((': (n) => '('.repeat(n),
  '[[[[': (n) => '['.repeat(n),
  '{{{{': (n) => '{'.repeat(n),
  'one long word': (n) => 'Lorem'.repeat(n / 5),
  'long url': (n) => `https://example.com/${'a/'.repeat(n / 2)}`,
  'hyphens and dashes': (n) => '-–—'.repeat(n / 3),
  'list items': (n) => '- a\n'.repeat(n / 4),
  'table rows': (n) => '| a | b |\n'.repeat(n / 10),
  headings: (n) => '# a\n'.repeat(n / 4),
  'we do not': (n) => 'we do not '.repeat(n / 10),
  'collect store retain': (n) => 'collect, store or retain '.repeat(n / 25),
  'personal data': (n) => 'personal data '.repeat(n / 14),
  'rights of access': (n) => 'right to access your personal data, '.repeat(n / 36),
  'by using': (n) => 'by using the service you consent '.repeat(n / 33),
  'legal forms': (n) => 'Acme (Pty) Ltd Inc. GmbH '.repeat(n / 25),
  'e-mail addresses': (n) => 'privacy@example.com '.repeat(n / 20),
  'durations': (n) => '30 days 12 months '.repeat(n / 18),
  'transfers': (n) => 'transfer outside the EEA to the United States '.repeat(n / 46),
  'sentences': (n) => 'We collect data. '.repeat(n / 17),
};

const anchoredCache = new Map<string, boolean>();
/** Is every alternative of the pattern anchored at the start of the text (`^` without the m flag)? */
function anchored(re: RegExp): boolean {
  const key = `/${re.source}/${re.flags}`;
  let result = anchoredCache.get(key);
  if (result === undefined) {
    const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.flags.includes('v') });
    result = !re.multiline && pattern.alternatives.every((alt) => alt.elements[0]?.type === 'Assertion' && alt.elements[0].kind === 'start');
    anchoredCache.set(key, result);
  }
  return result;
}

/** Characters the regex engine passes over while `fn` runs. */
function regexWork(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let scanned = 0;
  let inside = false; // anchored() parses with regexpp: its own regexes are not counted
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    if (inside) return exec.call(this, text);
    const from = this.global || this.sticky ? Math.min(this.lastIndex, text.length) : 0;
    const match = exec.call(this, text);
    // Up to the end of a match; to the end of the text when there is none, unless the
    // pattern can only be tried at one position (sticky, or `^`-anchored): then one attempt.
    if (match) scanned += match.index + match[0].length - from;
    else {
      inside = true;
      const once = this.sticky || anchored(this);
      inside = false;
      scanned += once ? 1 : text.length - from;
    }
    return match;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return scanned;
}

const FORMATS: Array<[SourceFormat, string]> = [
  ['plaintext', 'policy.txt'],
  ['markdown', 'policy.md'],
];

/** The document for each run, format and size, read once (reading is measured on its own). */
const docs = new Map<string, PolicyDocument>();
function doc(run: string, format: SourceFormat, n: number): PolicyDocument {
  const key = `${run}/${format}/${n}`;
  let d = docs.get(key);
  if (!d) {
    d = readDocument(format === 'markdown' ? 'policy.md' : 'policy.txt', RUNS[run]!(n), { format });
    docs.set(key, d);
  }
  return d;
}

/** Runs whose work grows more than linearly, as "run (format): small → large". */
function superLinear(work: (run: string, format: SourceFormat, n: number) => number): string[] {
  const out: string[] = [];
  for (const run of Object.keys(RUNS)) {
    for (const [format] of FORMATS) {
      const small = work(run, format, N);
      const large = work(run, format, 4 * N);
      if (large > 5 * Math.max(small, N)) out.push(`${run} (${format}): ${small} → ${large} characters`);
    }
  }
  return out;
}

describe('regex work grows linearly with adversarial input', () => {
  it('reading (both readers)', () => {
    const slow = superLinear((run, format, n) => {
      const text = RUNS[run]!(n);
      return regexWork(() => readDocument(format === 'markdown' ? 'policy.md' : 'policy.txt', text, { format }));
    });
    expect(slow, slow.join('\n')).toEqual([]);
  });

  for (const rule of builtinRules) {
    it(rule.meta.id, () => {
      const slow = superLinear((run, format, n) => {
        const d = doc(run, format, n);
        return regexWork(() => lintDocument(d, { rules: [rule], jurisdictions: ['gdpr', 'popia', 'ccpa'], today }));
      });
      expect(slow, slow.join('\n')).toEqual([]);
    });
  }

  it('counts the work a quadratic scan does (the measure can fail)', () => {
    // A deliberately quadratic loop: re-test a growing prefix at each character.
    const quadratic = (n: number): number =>
      regexWork(() => {
        const text = 'a '.repeat(n / 2);
        for (let i = 0; i < text.length; i += 2) /\bz/.test(text.slice(0, i));
      });
    expect(quadratic(4 * N)).toBeGreaterThan(5 * quadratic(N));
  });
});
