// npm run accuracy: precision and recall of each rule on the labelled excerpts in
// fixtures/accuracy/<rule-id>.json. An excerpt is labelled with whether the rule should
// fire on it (optionally: with one of the given message ids). Both readers are measured
// unless the excerpt names one. `--hide heldout9` leaves a folder out (not run, not printed),
// so that whoever tunes the rules never sees the blind set that will measure them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/rules/index.js';
import { lintDocument } from '../dist/src/engine/index.js';
import { readDocument } from '../dist/src/model/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'fixtures/accuracy');
const today = new Date('2026-11-27T00:00:00Z');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.json') ? [path] : [];
  });
}

/** Run every labelled excerpt (but those in the `hidden` folders); returns per-rule counts and the misses. */
export function measure(hidden = []) {
  const results = [];
  for (const file of files(DIR).sort()) {
    if (hidden.some((folder) => relative(DIR, file).startsWith(`${folder}/`))) continue;
    const set = JSON.parse(readFileSync(file, 'utf8'));
    const rule = builtinRules.find((r) => r.meta.id === set.rule);
    if (!rule) throw new Error(`${relative(ROOT, file)}: unknown rule "${set.rule}"`);
    const counts = { rule: set.rule, set: relative(DIR, file), tp: 0, fp: 0, fn: 0, tn: 0, misses: [] };
    for (const c of set.cases) {
      const formats = c.format && c.format !== 'both' ? [c.format] : ['markdown', 'plaintext'];
      for (const format of formats) {
        const doc = readDocument(format === 'markdown' ? 'x.md' : 'x.txt', c.text, { format });
        const result = lintDocument(doc, { rules: [rule], jurisdictions: c.jurisdictions ?? 'auto', today });
        const fired = result.messages.some((m) => !c.messageIds || c.messageIds.includes(m.messageId));
        const key = c.fires ? (fired ? 'tp' : 'fn') : fired ? 'fp' : 'tn';
        counts[key]++;
        if (key === 'fp' || key === 'fn') counts.misses.push({ kind: key, format, text: c.text, note: c.note });
      }
    }
    results.push(counts);
  }
  return results;
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);

/** Sums per labelled-set group and pack: "main gdpr", "heldout ccpa", "heldout2 popia"… */
export function totals(results) {
  const groups = new Map();
  for (const r of results) {
    const folder = r.set.includes('/') ? r.set.split('/')[0] : '';
    const group = folder.startsWith('heldout') ? folder : 'main';
    const pack = r.rule.includes('/') ? r.rule.split('/')[0] : 'general';
    const key = `${group} ${pack}`;
    const t = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const k of ['tp', 'fp', 'fn', 'tn']) t[k] += r[k];
    groups.set(key, t);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const hidden = args.flatMap((a, i) => (args[i - 1] === '--hide' ? a.split(',') : []));
  const results = measure(hidden);
  const verbose = args.includes('--verbose');
  console.log(`${'labelled set'.padEnd(34)} ${'cases'.padStart(5)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp  fp  fn  tn`);
  for (const r of results) {
    const n = r.tp + r.fp + r.fn + r.tn;
    console.log(
      `${r.set.replace(/\.json$/, '').padEnd(34)} ${String(n).padStart(5)} ${ratio(r.tp, r.tp + r.fp).toFixed(3).padStart(9)} ${ratio(r.tp, r.tp + r.fn).toFixed(3).padStart(7)}  ${[r.tp, r.fp, r.fn, r.tn].map((x) => String(x).padStart(3)).join(' ')}`,
    );
    if (verbose) for (const m of r.misses) console.log(`    ${m.kind} (${m.format}): ${m.text.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
  console.log(`\n${'totals'.padEnd(34)} ${'cases'.padStart(5)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp  fp  fn  tn`);
  for (const [group, t] of totals(results)) {
    const n = t.tp + t.fp + t.fn + t.tn;
    console.log(
      `${group.padEnd(34)} ${String(n).padStart(5)} ${ratio(t.tp, t.tp + t.fp).toFixed(3).padStart(9)} ${ratio(t.tp, t.tp + t.fn).toFixed(3).padStart(7)}  ${[t.tp, t.fp, t.fn, t.tn].map((x) => String(x).padStart(3)).join(' ')}`,
    );
  }
  if (!verbose) console.log('\n(--verbose lists every false positive and false negative)');
}
