// The FAQ layout "Q: … A: …", shared by the rules that read a question and its answer: the
// label that opens a question or an answer is layout, not words of it ("Q: Do you sell my
// data? A: No.", "Answer: From you").

/** The label that opens a question or an answer: "Q:", "A.", "Answer:", with emphasis marks. As a source string, to embed. */
export const QA_LABEL = String.raw`(?:[*_]{0,2}(?:Q|A|Question|Answer)[*_]{0,2}\s{0,2}[:.)][*_]{0,2}\s{0,3})`;

const LEADING_LABEL = new RegExp(String.raw`^\s{0,3}${QA_LABEL}`, 'i');

/** The text without its leading "Q:" / "A:" label. */
export function stripQaLabel(text: string): string {
  const m = LEADING_LABEL.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** The text with its leading label blanked (same length, so offsets into it still hold). */
export function blankQaLabel(text: string): string {
  const m = LEADING_LABEL.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}
