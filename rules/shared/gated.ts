// Cheap tests in front of costly patterns. Many rule patterns start with a long
// alternation ("any data noun", "any of these subjects") that the regex engine tries at
// every position of every sentence; most sentences lack a word the pattern cannot match
// without, and a plain search for that word costs a fraction of the scan.

/**
 * A pattern that matches only in texts where `gate` matches: in `exec` and `test`, in a
 * loop over a global pattern's matches, and in the copies `matchAll`, `replace` and
 * `split` make (they keep the gate).
 */
class Gated extends RegExp {
  private readonly gate: RegExp;

  /** `gate` is a flags string when RegExp methods copy a Gated pattern (its species). */
  constructor(pattern: RegExp, gate: RegExp | string) {
    super(pattern.source, typeof gate === 'string' ? gate : pattern.flags);
    this.gate = typeof gate === 'string' ? (pattern as Gated).gate : gate;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.gate.test(text)) return super.exec(text);
    this.lastIndex = 0; // as a failed match leaves a global pattern
    return null;
  }
}

/**
 * `pattern`, tried only on texts where `gate` matches. For speed the gate is a word the
 * pattern cannot match without; it may also be a condition of its own on the text.
 */
export function gated(pattern: RegExp, gate: RegExp): RegExp {
  return new Gated(pattern, gate);
}
