// Small queries over the model that many rules need. Pure functions of the document.
import type { Block, PolicyDocument, Range, Section } from './types.js';

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

/** Blocks that hold prose (not code, not navigation debris). */
export function proseBlocks(doc: PolicyDocument): Block[] {
  return doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'navigation');
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
