// Abbreviations inside a sentence ("health information (e.g. allergies) only to …"): their full
// stops end nothing, but the many patterns that stop at a full stop (`[^.;]`) would stop there.

const ABBREVIATION = /\b(?:e\.\s?g|i\.\s?e|etc|incl|approx|cf|viz)\./gi;

/** The text with the full stops of abbreviations blanked (same length, so offsets still hold). */
export function blankAbbreviations(text: string): string {
  return text.includes('.') ? text.replace(ABBREVIATION, (m) => m.replace(/\./g, ' ')) : text;
}
