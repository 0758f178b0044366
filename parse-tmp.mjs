import { readFileSync } from 'node:fs';
import { postprocess, parse, preprocess } from 'micromark';
const src = readFileSync('fixtures/seeds/000_d80a1d47bfd452aa.txt', 'utf8');
const variants = {
  base: (s) => s,
  noRule: (s) => s.replace(/^---$/gm, ''),
  noStrong: (s) => s.replace(/\*\*/g, ''),
  noLinks: (s) => s.replace(/\[|\]|\(|\)/g, ''),
  noBacktick: (s) => s.replace(/`/g, ''),
  noHeadings: (s) => s.replace(/^#+ /gm, ''),
  noLists: (s) => s.replace(/^(\s*)(-|\d+\.) /gm, '$1'),
};
for (const [name, f] of Object.entries(variants)) {
  const text = f(src).repeat(60);
  const t0 = performance.now(); postprocess(parse().document().write(preprocess()(text, undefined, true)));
  console.log(name, (performance.now() - t0).toFixed(0));
}
