// Site-generator syntax is markup, not prose: `{{ site.data.x }}`, `{% include x %}`,
// `{{< ref "x" >}}`. A bare `{{COMPANY_NAME}}` is NOT listed here: it is a template
// placeholder left in the text, and the placeholder-text rule must see it.
import type { Span } from './reader.js';
import type { TemplateSpan } from './types.js';

/** Longest template expression we look for; keeps an unclosed `{{` from scanning the file. */
const MAX_LENGTH = 2000;

const PAIRS: Array<{ open: string; close: string; kind: TemplateSpan['kind'] }> = [
  { open: '{{<', close: '>}}', kind: 'hugo-shortcode' },
  { open: '{{%', close: '%}}', kind: 'hugo-shortcode' },
  { open: '{%', close: '%}', kind: 'liquid-tag' },
  { open: '{{', close: '}}', kind: 'liquid-output' },
];

/** `{{ site.x }}`, `{{ page.title | upcase }}`, `{{ .Site.Params.x }}`, `{{ $x }}`. */
function isGeneratorExpression(inner: string): boolean {
  const s = inner.replace(/^-/, '').trim();
  return /^[.$]/.test(s) || /^[\w-]+(?:\[[^\]]*\])?\.[\w.[\]'"-]+/.test(s) || /\|/.test(s) || /^(?:site|page|layout|include|params)\b/.test(s);
}

export function findTemplates(source: string, from: number): Array<Span & { kind: TemplateSpan['kind']; raw: string }> {
  const found: Array<Span & { kind: TemplateSpan['kind']; raw: string }> = [];
  // The next close of each pair, found once and reused while it lies ahead, so a run of
  // unclosed `{{` costs one scan, not one per brace.
  const closes = PAIRS.map(() => -2);
  let i = source.indexOf('{', from);
  while (i !== -1 && i < source.length) {
    let next = i + 1;
    for (const [k, pair] of PAIRS.entries()) {
      if (!source.startsWith(pair.open, i)) continue;
      const after = i + pair.open.length;
      let close = closes[k] as number;
      if (close !== -1 && close < after) closes[k] = close = source.indexOf(pair.close, after);
      if (close === -1 || close - i > MAX_LENGTH) break;
      const end = close + pair.close.length;
      const inner = source.slice(i + pair.open.length, close);
      if (pair.kind === 'liquid-output' && !isGeneratorExpression(inner)) break;
      found.push({ start: i, end, kind: pair.kind, raw: source.slice(i, end) });
      next = end;
      break;
    }
    i = source.indexOf('{', next);
  }
  return found;
}
