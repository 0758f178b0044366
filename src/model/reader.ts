// What a format reader (markdown.ts, plaintext.ts) hands to the document builder.
// Readers only find blocks and their text; sections, sentences and entities are built
// once, the same way for every format, in document.ts.
import type { MappedText } from './mapped-text.js';
import type { LineIndex } from './source.js';
import type { BlockKind, Table } from './types.js';

export interface Span {
  start: number;
  end: number;
}

export interface ReaderInput {
  source: string;
  lines: LineIndex;
  /** Where the body starts (after front matter); the reader ignores everything before it. */
  bodyStart: number;
  /** Template syntax spans ({{ site.x }}, {% … %}): not prose, leave them out of block text. */
  skip: readonly Span[];
}

export interface RawBlock extends Span {
  kind: BlockKind;
  /** Prose of the block, mapped to the source. */
  text: MappedText;
  /** Heading level, or list nesting depth. */
  depth?: number;
  /** Table cells only. `table` indexes ReadResult.tables. */
  cell?: { table: number; row: number; column: number; header: boolean };
}

export interface RawTable extends Span {
  source: Table['source'];
  hasHeader: boolean;
}

export interface ReadResult {
  /** In document order. */
  blocks: RawBlock[];
  tables: RawTable[];
  /** HTML comments (`<!-- … -->`): value is the inner text, trimmed. */
  comments: Array<Span & { value: string }>;
}

export type Reader = (input: ReaderInput) => ReadResult;
