// Small queries over the model that many rules need. Pure functions of the document.
import type { Block, DurationEntity, PolicyDocument, Range, Section, Sentence } from './types.js';

/** Sections whose heading matches `pattern`, in document order. */
export function findSections(doc: PolicyDocument, pattern: RegExp): Section[] {
  return doc.sections.filter((s) => pattern.test(s.title));
}

/** Every block of a section and its sub-sections, in document order. */
export function blocksIn(section: Section): Block[] {
  const out: Block[] = [...section.blocks];
  for (const child of section.children) out.push(...blocksIn(child));
  return out.sort((a, b) => a.index - b.index);
}

/** Does a block hold prose (not code, not navigation debris)? What every rule reads. */
export function isProseBlock(block: Block): boolean {
  return block.kind !== 'code' && block.kind !== 'navigation';
}

/** Blocks that hold prose. */
export function proseBlocks(doc: PolicyDocument): Block[] {
  return doc.blocks.filter(isProseBlock);
}

/** Sentences of prose blocks. */
export function proseSentences(doc: PolicyDocument): Sentence[] {
  return doc.sentences.filter((s) => isProseBlock(s.block));
}

/**
 * Where to report something missing: the heading of the first section matching
 * `pattern` (where a reader would look), else the first line of the file.
 */
export function missingAt(doc: PolicyDocument, pattern?: RegExp): Range {
  const section = pattern ? findSections(doc, pattern)[0] : undefined;
  if (section?.heading) return section.heading.range;
  const firstLineEnd = doc.source.search(/\r?\n|\r|$/);
  return doc.rangeAt(0, Math.max(0, firstLineEnd));
}

/**
 * The question a sentence answers in a Q&A-style policy, if it follows one: the sentence
 * before it in the same block, or the block above ("**Do you sell my data?** No.", "What
 * do you collect?" over "Your name and e-mail address."). Emphasis marks after the "?" are
 * dropped.
 */
export function questionBefore(doc: PolicyDocument, sentence: Sentence): string | undefined {
  const block = sentence.block;
  const i = block.sentences.indexOf(sentence);
  const before = (i > 0 ? block.sentences[i - 1]?.text : doc.blocks[block.index - 1]?.text) ?? '';
  const question = before.replace(/[\s*_]{1,6}$/, '');
  return question.endsWith('?') ? question : undefined;
}

/** Words that negate what follows in the same clause ("we do not sell", "never shared"). */
const NEGATION = /\b(?:not|never|no|none|neither|nor|without|cannot)\b|n't\b/gi;
/** Where a clause ends: a negation before one of these does not reach past it. */
const CLAUSE_END = /[.;:!?]|,\s*(?:but|and|or|however|unless|except)\b|\b(?:but|however|unless|except)\b/gi;

/**
 * Is the phrase at text[index…] negated within its clause? Looks back at most
 * `window` characters ("We do **not** sell your data" → true at "sell").
 */
export function isNegated(text: string, index: number, window = 60): boolean {
  const from = Math.max(0, index - window);
  const before = text.slice(from, index);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_END)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  NEGATION.lastIndex = 0;
  return NEGATION.test(clause);
}

/** Sentences of prose blocks whose text matches `pattern`, with the match. */
export function sentencesMatching(doc: PolicyDocument, pattern: RegExp): Array<{ sentence: Sentence; match: RegExpExecArray }> {
  const out: Array<{ sentence: Sentence; match: RegExpExecArray }> = [];
  const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  for (const sentence of doc.sentences) {
    if (!isProseBlock(sentence.block)) continue;
    const match = re.exec(sentence.text);
    if (match) out.push({ sentence, match });
  }
  return out;
}

/**
 * How a policy names the GDPR: "UK GDPR" when it addresses only the UK regime (UK GDPR,
 * Data Protection Act 2018, the ICO), otherwise "GDPR". For messages that use the
 * policy's own words.
 */
export function gdprName(doc: PolicyDocument): 'GDPR' | 'UK GDPR' {
  let uk = false;
  for (const s of doc.sentences) {
    const text = s.text.replace(/\bUK[- ]GDPR\b/g, '');
    if (/\b(?:GDPR|General Data Protection Regulation|EEA|European Economic Area|European Union|EU|2016\/679)\b/i.test(text)) return 'GDPR';
    if (/\bUK[- ]GDPR\b|\bData Protection Act 2018\b|\bInformation Commissioner'?s Office\b|\bICO\b/.test(s.text)) uk = true;
  }
  return uk ? 'UK GDPR' : 'GDPR';
}

const durationsByBlock = new WeakMap<PolicyDocument, Map<Block, DurationEntity[]>>();

/** The durations found in a block ("30 days", "six years"), indexed once per document. */
export function durationsInBlock(doc: PolicyDocument, block: Block): readonly DurationEntity[] {
  let byBlock = durationsByBlock.get(doc);
  if (!byBlock) {
    byBlock = new Map();
    for (const d of doc.entities.durations) {
      const list = byBlock.get(d.block);
      if (list) list.push(d);
      else byBlock.set(d.block, [d]);
    }
    durationsByBlock.set(doc, byBlock);
  }
  return byBlock.get(block) ?? [];
}

/**
 * The block just before the run of list items (with `cells`, also table cells) that `block`
 * stands in — the list's lead-in ("You have the right to:") — looking back at most `limit`
 * blocks. Nothing for a block that is not an item (or cell).
 */
export function listLeadIn(doc: PolicyDocument, block: Block, options: { cells?: boolean; limit?: number } = {}): Block | undefined {
  const item = (b: Block): boolean => b.kind === 'listItem' || (options.cells === true && b.kind === 'tableCell');
  if (!item(block)) return undefined;
  const limit = options.limit ?? 40;
  for (let i = block.index - 1; i >= 0 && i >= block.index - limit; i--) {
    const prev = doc.blocks[i] as Block;
    if (!item(prev)) return prev;
  }
  return undefined;
}
