// Front matter of policies kept in website repositories (Jekyll, Hugo, Docusaurus):
// metadata, not prose. YAML (---), TOML (+++) and JSON ({ … }) at the very start.
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { FrontMatter, FrontMatterField } from './types.js';
import type { LineIndex } from './source.js';

interface Fence {
  format: FrontMatter['format'];
  open: RegExp;
  close: RegExp;
}

const FENCES: Fence[] = [
  { format: 'yaml', open: /^---[ \t]*$/, close: /^(?:---|\.\.\.)[ \t]*$/ },
  { format: 'toml', open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/ },
  { format: 'json', open: /^\{[ \t]*$/, close: /^\}[ \t]*$/ },
];

/** Front matter blocks longer than this many lines are not front matter but a document. */
const MAX_LINES = 500;

function parseData(format: FrontMatter['format'], body: string): Record<string, unknown> {
  const value: unknown =
    format === 'yaml' ? parseYaml(body) : format === 'toml' ? parseToml(body) : JSON.parse(`{${body}}`);
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('front matter is not a map of keys');
  return value as Record<string, unknown>;
}

/** Where each top-level key is set: the first line that starts with it (`key:`, `key =`, `"key":`). */
function fieldsOf(
  format: FrontMatter['format'],
  data: Record<string, unknown>,
  source: string,
  bodyStart: number,
  bodyEnd: number,
  lines: LineIndex,
): FrontMatterField[] {
  const fields: FrontMatterField[] = [];
  const keys = new Set(Object.keys(data));
  const line = /^[ \t]*"?([\w.-]+)"?[ \t]*[:=]/gm;
  const body = source.slice(bodyStart, bodyEnd);
  for (let m = line.exec(body); m; m = line.exec(body)) {
    const key = m[1] as string;
    // Indented keys are nested (YAML), except in JSON where every key is indented.
    if (!keys.has(key) || (format !== 'json' && /^[ \t]/.test(m[0]))) continue;
    keys.delete(key);
    const start = bodyStart + m.index;
    fields.push({ key, value: data[key], range: lines.rangeAt(start, lines.lineEnd(start)) });
  }
  return fields;
}

export function readFrontMatter(source: string, lines: LineIndex): FrontMatter | null {
  const starts = lines.starts;
  const lineText = (i: number): string => {
    const s = starts[i] as number;
    const next = starts[i + 1];
    return source.slice(s, next === undefined ? source.length : next).replace(/\r?\n$|\r$/, '');
  };
  if (starts.length < 2) return null;
  const first = lineText(0);
  const fence = FENCES.find((f) => f.open.test(first));
  if (!fence) return null;
  for (let i = 1; i < Math.min(starts.length, MAX_LINES); i++) {
    if (!fence.close.test(lineText(i))) continue;
    const bodyStart = starts[1] as number;
    const bodyEnd = starts[i] as number;
    const end = (starts[i] as number) + lineText(i).length;
    const raw = source.slice(0, end);
    const body = source.slice(bodyStart, bodyEnd);
    const range = lines.rangeAt(0, end);
    try {
      const data = parseData(fence.format, body);
      return { format: fence.format, raw, range, data, fields: fieldsOf(fence.format, data, source, bodyStart, bodyEnd, lines) };
    } catch (error) {
      // A `---` thematic break opening a document is not front matter unless it parses.
      if (fence.format !== 'yaml' || body.includes(':')) {
        return { format: fence.format, raw, range, data: {}, fields: [], error: (error as Error).message.split('\n')[0] ?? '' };
      }
      return null;
    }
  }
  return null;
}
