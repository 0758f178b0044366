// A title line that a soft line break glued to the paragraph under it ("Selling and sharing\nWe
// don't sell …", "Where it comes from\nYou, our tills and …"): in Markdown the two lines are one
// paragraph, so the title opens the first sentence. Shared by the rules that read such titles.

/**
 * A short capitalised line (at most 8 words, no sentence punctuation but a closing "?" or ":")
 * followed by a line that starts a new sentence. A hard-wrapped sentence goes on in lower case
 * ("We sell your data to\nbrokers") and is no title.
 */
const GLUED_TITLE = /^[^\S\n]{0,3}(\p{Lu}[^\n.!?;:]{1,58}[?:]?)[^\S\n]{0,3}\n(?=[^\S\n]{0,3}[\p{Lu}\d"“*_(])/u;

/** The glued title that opens `text`: its words, and how much of `text` it and its line break take. */
export function gluedTitle(text: string): { title: string; length: number } | undefined {
  const m = GLUED_TITLE.exec(text);
  if (!m?.[1] || m[1].trim().split(/\s+/).length > 8) return undefined;
  return { title: m[1], length: m[0].length };
}
