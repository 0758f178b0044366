// Cheap tests in front of costly patterns. Many rule patterns start with a long
// alternation ("any data noun", "any of these subjects") that the regex engine tries at
// every position of every sentence; most sentences lack a word the pattern cannot match
// without, and a plain search for that word costs a fraction of the scan.

/**
 * A pattern that runs only when `gate`, a word it cannot match without, is in the text.
 * `exec` and `test` are gated, also in a loop over a global pattern's matches;
 * `matchAll`, `replace` and `split` copy it into a plain RegExp (ungated, same results).
 */
class Gated extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(
    pattern: RegExp,
    private readonly gate: RegExp,
  ) {
    super(pattern.source, pattern.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.gate.test(text)) return super.exec(text);
    this.lastIndex = 0; // as a failed match leaves a global pattern
    return null;
  }
}

/** `pattern`, tried only on texts where `gate` matches. The gate must be a necessary condition. */
export function gated(pattern: RegExp, gate: RegExp): RegExp {
  return new Gated(pattern, gate);
}
