// Finding statements in a policy's prose, shared by the transfer rules of every pack
// (gdpr/international-transfers, popia/cross-border): which blocks are statements, and
// the un-negated matches of a pattern in them (gdpr/source-of-data reads negation the same
// way); and a sentence that hard wrapping split across paragraphs, read whole.
import { isNegated, proseBlocks } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';

export interface Hit {
  sentence: Sentence;
  range: Range;
  text: string;
}

/**
 * A fronted subordinate clause: "Where our suppliers are in countries without an adequacy
 * decision, we sign …", "Insofar as we did not collect the data from you, we received it from
 * …" (German "Soweit …, …"). A negation in it ends at its comma.
 */
const FRONTED_CLAUSE =
  /^\W{0,3}(?:where|if|insofar\s{1,3}as|in\s{1,3}so\s{1,3}far\s{1,3}as|to\s{1,3}the\s{1,3}extent(?:\s{1,3}that)?|as\s{1,3}far\s{1,3}as|unless|when(?:ever)?)\b[^,.;]{0,120},/i;

/** Is the phrase at text[index…] negated in its clause, a fronted subordinate clause not counting? See isNegated. */
export function negatedInClause(text: string, index: number, window = 60): boolean {
  const fronted = FRONTED_CLAUSE.exec(text);
  if (fronted && index >= fronted[0].length) return isNegated(text.slice(fronted[0].length), index - fronted[0].length, window);
  return isNegated(text, index, window);
}

/** A line that only names a topic ("International transfers" as a bare paragraph) is a title, not a statement. */
const isTitleLike = (b: Block): boolean => b.kind === 'paragraph' && b.text.length <= 60 && !/[.!?:;,]/.test(b.text) && b.text.trim().split(/\s+/).length <= 6;

/** Prose blocks that can state something: no headings, no title-like lines. */
export function statementBlocks(doc: PolicyDocument): Block[] {
  return proseBlocks(doc).filter((b) => b.kind !== 'heading' && !isTitleLike(b));
}

/**
 * Un-negated matches of `pattern` (a global regex, possibly gated: see gated.ts) in the
 * blocks' sentences that `accept` keeps.
 */
export function hits(blocks: readonly Block[], pattern: RegExp, accept: (s: Sentence, index: number, text: string) => boolean = () => true): Hit[] {
  const out: Hit[] = [];
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      // exec, not matchAll: matchAll would copy the pattern for every sentence.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        if (m[0] === '') pattern.lastIndex++;
        if (negatedInClause(sentence.text, m.index)) continue;
        if (!accept(sentence, m.index, m[0])) continue;
        out.push({ sentence, range: sentence.rangeOf(m.index, m.index + m[0].length), text: m[0] });
      }
    }
  }
  return out;
}

/** A paragraph that stops mid-sentence; the next one that goes on in lower case (hard-wrapped text). */
const UNFINISHED = /[\p{L}\p{N},]\s*$/u;
const GOES_ON = /^\s*\p{Ll}/u;

/**
 * The sentence with the pieces of it that hard wrapping put in the paragraphs before and
 * after ("… gain access to your personal" / "information we will contact you …" / "of the
 * security breach."): one paragraph each way, only when the text plainly runs on.
 */
export function runOn(doc: PolicyDocument, sentence: Sentence): string {
  const block = sentence.block;
  if (block.kind !== 'paragraph') return sentence.text;
  let text = sentence.text;
  const prev = doc.blocks[block.index - 1];
  if (block.sentences[0] === sentence && prev?.kind === 'paragraph' && UNFINISHED.test(prev.text) && GOES_ON.test(text)) {
    text = `${prev.sentences[prev.sentences.length - 1]?.text ?? ''} ${text}`;
  }
  const next = doc.blocks[block.index + 1];
  if (block.sentences[block.sentences.length - 1] === sentence && next?.kind === 'paragraph' && UNFINISHED.test(block.text) && GOES_ON.test(next.text)) {
    text = `${text} ${next.sentences[0]?.text ?? ''}`;
  }
  return text;
}
