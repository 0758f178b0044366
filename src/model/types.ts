// The public document model. Readers (markdown.ts, plaintext.ts) build it; rules read it.
// Every node keeps absolute [start, end) offsets and 1-based line/column into the
// original file (BOM removed), so a position is never recovered by searching text again.

/** A place in the source. `line` and `column` are 1-based; `column` counts UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  /** 0-based UTF-16 offset into the source (after a leading BOM is dropped). */
  offset: number;
}

/** A half-open source range: `end` is the first character after the node. */
export interface Range {
  start: Point;
  end: Point;
}

/** The reader a file was read with: `html` is a whole page or component source. */
export type SourceFormat = 'markdown' | 'plaintext' | 'html';

/** Anything rules can point a diagnostic at. */
export interface Located {
  range: Range;
}

/**
 * Prose extracted from the source with markup removed (`**Email**` → `Email`), plus
 * the mapping of every text offset back to the source. Regexes run on `text`;
 * `rangeOf` turns a match back into an exact source range.
 */
export interface TextNode extends Located {
  text: string;
  /** Source range of text[start, end). */
  rangeOf(start: number, end: number): Range;
}

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableCell'
  | 'code'
  /** Navigation debris copied from a web page ("Back to home", a logo line). Not prose. */
  | 'navigation';

export interface Block extends TextNode {
  kind: BlockKind;
  /** The exact source text of `range`. */
  raw: string;
  /** Heading level (1–6) for headings; nesting depth (1 = top) for list items. */
  depth?: number;
  /** The section the block belongs to (for a heading: the section it opens). */
  section: Section;
  /** For table cells: where the cell sits. */
  cell?: TableCellInfo;
  sentences: Sentence[];
  /** Index of the block in `document.blocks`. */
  index: number;
}

export interface TableCellInfo {
  table: Table;
  row: number;
  column: number;
  /** True for cells of the header row. */
  header: boolean;
  /** Text of the header cell of this column, when the table has a header row. */
  columnHeader?: string;
}

export interface Table extends Located {
  /** rows[r][c]; row 0 is the header row when `hasHeader`. */
  rows: Block[][];
  hasHeader: boolean;
  /** How the table was written: a GFM/pipe table, tabs, HTML, or cells glued together by a copy from the web. */
  source: 'pipe' | 'tab' | 'html' | 'glued';
}

export interface Sentence extends TextNode {
  block: Block;
}

export interface Section extends Located {
  /** Heading text ('' for the root). */
  title: string;
  /** 0 for the root (the text before the first heading), else 1–6. */
  level: number;
  heading: Block | null;
  parent: Section | null;
  children: Section[];
  /** Blocks directly in this section (the heading included), not those of sub-sections. */
  blocks: Block[];
}

export interface FrontMatter extends Located {
  format: 'yaml' | 'toml' | 'json';
  raw: string;
  /** Parsed data; `{}` when the block could not be parsed (see `error`). */
  data: Record<string, unknown>;
  /** Top-level keys with the range of the line that sets them (for diagnostics). */
  fields: FrontMatterField[];
  error?: string;
}

export interface FrontMatterField extends Located {
  key: string;
  value: unknown;
}

/** Site-generator syntax that is not prose: `{{ site.x }}`, `{% … %}`, `{{< ref … >}}`. */
export interface TemplateSpan extends Located {
  kind: 'liquid-output' | 'liquid-tag' | 'hugo-shortcode';
  raw: string;
}

/** An HTML comment (`<!-- … -->`), in Markdown and plain text alike: where directives live. */
export interface Comment extends Located {
  /** The text between `<!--` and `-->`, trimmed. */
  value: string;
}

export interface EntityBase extends Located {
  /** The matched text as it stands in the block's text. */
  text: string;
  block: Block;
}

export interface EmailEntity extends EntityBase {
  kind: 'email';
  /** The address, or null when an obfuscator left `[email protected]`. */
  address: string | null;
}

export interface UrlEntity extends EntityBase {
  kind: 'url';
  url: string;
}

/**
 * A link in the policy: a Markdown link (inline or by reference) or an HTML `<a href>`.
 * `text` and `range` are the link's text; `url` is where it points, as written.
 */
export interface LinkEntity extends EntityBase {
  kind: 'link';
  url: string;
}

export interface DateEntity extends EntityBase {
  kind: 'date';
  year: number;
  /** 1–12 when known. */
  month?: number;
  day?: number;
  precision: 'day' | 'month' | 'year';
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  iso: string;
}

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface DurationEntity extends EntityBase {
  kind: 'duration';
  amount: number;
  /** Upper bound of a range such as "30–180 days". */
  maxAmount?: number;
  unit: DurationUnit;
  /** "3 business days". */
  business?: boolean;
}

export interface AgeEntity extends EntityBase {
  kind: 'age';
  age: number;
  /** "under 16" → 'under'; "16 or older" / "at least 16" → 'atLeast'; "aged 16" → 'exact'. */
  relation: 'under' | 'atLeast' | 'exact';
}

export type Entity = EmailEntity | UrlEntity | LinkEntity | DateEntity | DurationEntity | AgeEntity;

export interface Entities {
  emails: EmailEntity[];
  urls: UrlEntity[];
  links: LinkEntity[];
  dates: DateEntity[];
  durations: DurationEntity[];
  ages: AgeEntity[];
}

export interface PolicyDocument {
  path: string;
  format: SourceFormat;
  /** The decoded file (BOM removed). Offsets index into it. */
  source: string;
  /** Point for a source offset. */
  pointAt(offset: number): Point;
  /** Range for source offsets [start, end). */
  rangeAt(start: number, end: number): Range;
  frontMatter: FrontMatter | null;
  /** The root section (level 0) holds every other section as a descendant. */
  root: Section;
  /** Every section but the root, in document order. */
  sections: Section[];
  /** Every block in document order. */
  blocks: Block[];
  tables: Table[];
  sentences: Sentence[];
  entities: Entities;
  templates: TemplateSpan[];
  comments: Comment[];
}
