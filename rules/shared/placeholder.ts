// A label whose value was never filled in: "Information Officer: [TO BE COMPLETED]",
// "Company name: <insert name>", "Officer: TBC", "Officer: ________". A template's slot names
// nobody, so a rule that looks for the label's value reads it as absent. Every quantifier is bounded.

/** The rest of a line after a label: only a slot (the label's ":" and emphasis marks allowed). */
export const PLACEHOLDER_VALUE =
  /^[\s*_]{0,4}[:–—-]?[\s*_]{0,4}(?:\[[^\]\n]{0,60}\](?!\()|<[^>\n]{0,60}>|\{\{[^}\n]{0,60}\}\}|\b(?:TBD|TBC|TODO|tba)\b|\bto\s{1,2}be\s{1,2}(?:confirmed|completed|appointed|advised|announced|determined|added|inserted)\b|_{3,}|\.{3,}|…|\bX{3,}\b)[\s*_.]{0,4}$/i;

/** Is the text after a label on its line only a slot? */
export function placeholderAfter(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  return PLACEHOLDER_VALUE.test(text.slice(end, lineEnd === -1 ? undefined : lineEnd));
}
