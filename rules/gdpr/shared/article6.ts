// A point of GDPR Art. 6(1) as policies cite it, shared by the rules that read a legal basis
// (gdpr/legal-basis, gdpr/legitimate-interests, gdpr/withdraw-consent), so that each accepts
// the same citations: "Art. 6(1)(f)", "Article 6 para. 1 lit. f", "art. 6 par. 1 lit. c",
// "Art. 6 Abs. 1 lit. b" (the German citation), "Art. 6(1) letter b", "Article 6 (1) b)", and with the
// sentence of the paragraph, as German notices cite it: "Art. 6 para. 1 sentence 1 lit. b", "Art. 6 Abs. 1 S. 1 lit. f".
// The paragraph written with full stops, as many continental notices do ("art. 6.1.b RGPD",
// "art. 6 1. b of the GDPR"), counts when the letter stands alone: "Art. 6.1. A controller …" is no citation.

/** The citation of a point of Art. 6(1) among `points` (a character class: "a-f", "f"); the letter is captured. */
export function article6(points: string, flags = 'gi'): RegExp {
  return new RegExp(
    String.raw`\bArt(?:icle|\.)?\s*6\s*(?:\(\s*1\s*\)\s*(?:(?:sentence|S\.|Satz|subparagraph|sub-paragraph)\s*1\s*)?(?:\(\s*|(?:lit(?:\.|era)?|point|letter)\s*\(?|(?=[a-f]\s*\)))|(?:par(?:a(?:graph)?)?\.?|Abs\.?|§)\s*1\s*(?:(?:sentence|S\.|Satz|subparagraph|sub-paragraph)\s*1\s*)?(?:lit(?:\.|era)?\s*|point\s*|letter\s*)?\(?|(?:\.1\.?|(?<=\s)1\.)\s{0,2}(?=[${points}](?:\s{0,2}[).,;]|\s{1,2}(?:(?:UK\s)?GDPR|DSGVO|RGPD|AVG|of|and|or)\b|$)))([${points}])\b`,
    flags,
  );
}

/**
 * A table column header that names the legal basis ("Legal basis", "Lawful grounds",
 * "Justification", "Why we're allowed to"): its cells hold bases, not purposes.
 */
export const BASIS_COLUMN =
  /\b(?:bas[ie]s|grounds?|lawfulness|justification)\b|\bwhy\s{1,3}(?:we|I)(?:['’]re|['’]m|\s{1,3}are|\s{1,3}am)\s{1,3}(?:allowed|permitted|entitled)\b|\bwhat\s{1,3}(?:allows|entitles|permits)\s{1,3}(?:us|me)\b/i;
