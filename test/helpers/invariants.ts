// The position invariants every document must satisfy, in every format: the text at a
// node's range is its raw text, line/column agree with offsets, children lie inside
// parents, and each prose character maps back to the same character in the source.
import type { PolicyDocument, Range, Section } from '../../src/model/index.js';

function inside(inner: Range, outer: Range): boolean {
  return inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;
}

export function checkInvariants(doc: PolicyDocument): string[] {
  const problems: string[] = [];
  const src = doc.source;
  const checkRange = (what: string, r: Range): void => {
    if (!(r.start.offset >= 0 && r.start.offset <= r.end.offset && r.end.offset <= src.length)) {
      problems.push(`${what}: bad offsets ${r.start.offset}-${r.end.offset}`);
    }
    for (const p of [r.start, r.end]) {
      const q = doc.pointAt(p.offset);
      if (q.line !== p.line || q.column !== p.column) problems.push(`${what}: line/column disagree with offset ${p.offset}`);
    }
  };
  let previousEnd = 0;
  for (const block of doc.blocks) {
    const what = `${block.kind} "${block.text.slice(0, 30)}" at ${block.range.start.line}:${block.range.start.column}`;
    checkRange(what, block.range);
    if (block.raw !== src.slice(block.range.start.offset, block.range.end.offset)) problems.push(`${what}: raw differs from source`);
    if (block.text.length === 0 || block.text.trim() !== block.text) problems.push(`${what}: text empty or untrimmed`);
    if (block.range.start.offset < previousEnd) problems.push(`${what}: overlaps the previous block`);
    previousEnd = block.range.end.offset;
    if (!block.section.blocks.includes(block)) problems.push(`${what}: not in its section`);
    for (let i = 0; i < block.text.length; i++) {
      const r = block.rangeOf(i, i + 1);
      if (!inside(r, block.range)) {
        problems.push(`${what}: text[${i}] maps outside the block`);
        break;
      }
      const ch = block.text[i] as string;
      if (/\S/.test(ch) && r.end.offset - r.start.offset === 1 && src[r.start.offset] !== ch) {
        problems.push(`${what}: text[${i}]="${ch}" maps to "${src[r.start.offset]}"`);
        break;
      }
    }
    for (const s of block.sentences) {
      checkRange(`sentence of ${what}`, s.range);
      if (!inside(s.range, block.range)) problems.push(`sentence "${s.text.slice(0, 30)}" outside its block`);
    }
  }
  const entities = [...doc.entities.emails, ...doc.entities.urls, ...doc.entities.links, ...doc.entities.dates, ...doc.entities.durations, ...doc.entities.ages];
  for (const e of entities) {
    checkRange(`${e.kind} "${e.text}"`, e.range);
    if (!inside(e.range, e.block.range)) problems.push(`${e.kind} "${e.text}" outside its block`);
  }
  const walk = (section: Section): void => {
    checkRange(`section "${section.title}"`, section.range);
    for (const b of section.blocks) {
      if (!inside(b.range, section.range)) problems.push(`block "${b.text.slice(0, 30)}" outside section "${section.title}"`);
    }
    for (const child of section.children) {
      if (child.parent !== section) problems.push(`section "${child.title}" has the wrong parent`);
      if (!inside(child.range, section.range)) problems.push(`section "${child.title}" outside "${section.title}"`);
      if (child.level <= section.level) problems.push(`section "${child.title}" not deeper than its parent`);
      walk(child);
    }
  };
  walk(doc.root);
  for (const t of doc.tables) {
    checkRange('table', t.range);
    for (const row of t.rows) for (const cell of row) if (!inside(cell.range, t.range)) problems.push(`cell "${cell.text}" outside its table`);
  }
  return problems;
}

/** The source text a range covers. */
export function textAt(doc: PolicyDocument, r: Range): string {
  return doc.source.slice(r.start.offset, r.end.offset);
}
