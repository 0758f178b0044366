// `--format html`: one self-contained page for people who review policies — a summary and
// the compliance checklist per law for each file, every finding in a list, and the policy
// text with each finding highlighted where it stands.
//
// The page has no script and loads nothing: a Content-Security-Policy forbids both, so a
// policy that smuggles markup into the report still cannot run anything. Every piece of
// policy text goes through escapeHtml. Hover and focus explanations are plain CSS.
import type { Diagnostic, LintResult, RequirementStatus, Severity } from '../engine/types.js';
import { checklistOf, checklistSummary, scoreText, STATUS_LABELS, type ChecklistRow, type LawChecklist } from './checklist.js';
import { repositoryPath } from './github.js';
import type { FormatterContext } from './index.js';
import { escapeHtml as esc, isWebUrl, plural, problemCounts } from './text.js';

const STATUS_ICONS: Readonly<Record<RequirementStatus, string>> = {
  met: '✔',
  partial: '◐',
  missing: '✖',
  'not-applicable': '–',
};

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

const CSS = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #505050; --line: #d0d0d0; --focus: #1a5fb4;
  --err: #a50e0e; --err-bg: #fde2e1; --warn: #6b4300; --warn-bg: #ffefc2; --info: #0b4a8b; --info-bg: #dcebff;
  --met: #0a5c27; --met-bg: #e1f3e6; --na: #454545; --na-bg: #ececec; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
a { color: #0b4a8b; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 10; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: 1rem; border-top: 2px solid var(--line); word-break: break-all; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
.meta { color: var(--muted); margin: .25rem 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .4rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #f4f4f4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
meter { width: 7rem; vertical-align: middle; }
.status { display: inline-block; padding: .05rem .45rem; border-radius: .3rem; font-weight: 600; white-space: nowrap; }
.status-met { color: var(--met); background: var(--met-bg); }
.status-partial { color: var(--warn); background: var(--warn-bg); }
.status-missing { color: var(--err); background: var(--err-bg); }
.status-not-applicable { color: var(--na); background: var(--na-bg); }
.rule, .ref { color: var(--muted); font-size: .9rem; }
blockquote { margin: .25rem 0 0; padding-left: .6rem; border-left: 3px solid var(--line); color: var(--muted); }
.findings ol { padding-left: 2.2rem; }
.finding { margin: .5rem 0; }
.finding:target { background: #fff6cc; }
.sev { font-weight: 700; }
.sev-error .sev { color: var(--err); }
.sev-warning .sev { color: var(--warn); }
.sev-info .sev { color: var(--info); }
.suggestion { margin: .15rem 0 0; color: var(--muted); }
pre.source { white-space: pre-wrap; overflow-wrap: anywhere; font: .9rem/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); padding: .5rem .75rem .5rem 0; counter-reset: none; }
.line { display: block; position: relative; padding-left: 4.5rem; min-height: 1.4em; }
.line::before { content: attr(data-n); position: absolute; left: 0; width: 3.5rem; text-align: right; color: var(--muted); user-select: none; }
.line:target { background: #fff6cc; }
mark { color: inherit; border-bottom: 2px solid; }
mark.sev-error { background: var(--err-bg); border-color: var(--err); }
mark.sev-warning { background: var(--warn-bg); border-color: var(--warn); }
mark.sev-info { background: var(--info-bg); border-color: var(--info); }
.pin { display: inline-block; min-width: 1.3em; margin: 0 .1em; padding: 0 .2em; border-radius: .6em; font: 700 .75rem/1.3 system-ui, sans-serif; text-align: center; text-decoration: none; color: #fff; vertical-align: text-top; }
.pin::after { content: attr(data-n); }
.pin.sev-error { background: var(--err); }
.pin.sev-warning { background: var(--warn); }
.pin.sev-info { background: var(--info); }
.pin:target { outline: 3px solid var(--focus); }
.tip { display: none; position: absolute; z-index: 5; left: 4.5rem; right: 0; margin-top: 1.6em; padding: .5rem .7rem; background: #1b1b1b; color: #fff; border-radius: .35rem; font: .85rem/1.4 system-ui, sans-serif; white-space: normal; }
.pin:hover + .tip, .pin:focus + .tip { display: block; }
.empty { color: var(--muted); font-style: italic; }
@media print {
  .skip, nav, .pin, .tip { display: none !important; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; }
  tr, .finding { break-inside: avoid; }
  mark, .status, .line:target { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** A finding's place in the text, as offsets into the source. */
interface Placed {
  n: number;
  message: Diagnostic;
  start: number;
  end: number;
}

/** Where a line's text starts and ends (before its terminator), as offsets into the source. */
interface Line {
  start: number;
  end: number;
}

/** The lines of a text, split as the model splits them (\n, \r\n, \r). */
function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: source.length });
  return lines;
}

/** The index of the line that holds an offset (a line terminator belongs to its line). */
function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function offsetAt(lines: readonly Line[], line: number, column: number): number {
  const l = lines[Math.min(Math.max(line, 1), lines.length) - 1] as Line;
  return Math.min(l.start + Math.max(column, 1) - 1, l.end);
}

function docsLink(url: string, text: string): string {
  return isWebUrl(url) ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text);
}

function explanation(m: Diagnostic): string {
  return `${SEVERITY_LABELS[m.severity]} · ${m.ruleId}: ${m.message}${m.reference ? ` (${m.reference})` : ''}`;
}

/** The policy text, line by line, each finding marked and numbered where it stands. */
function sourceHtml(source: string, lines: readonly Line[], placed: readonly Placed[], id: string): string {
  // The findings touching each line, so that a long policy stays linear in its length.
  const byLine: Placed[][] = lines.map(() => []);
  for (const p of placed) {
    for (let i = lineIndexAt(lines, p.start); i < lines.length && (lines[i] as Line).start <= p.end; i++) {
      (byLine[i] as Placed[]).push(p);
    }
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const parts: string[] = [];
    const here = byLine[i] as Placed[];
    const cuts = new Set([line.start, line.end]);
    for (const p of here) {
      if (p.start >= line.start) cuts.add(p.start);
      if (p.end <= line.end) cuts.add(p.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k < points.length; k++) {
      const from = points[k] as number;
      for (const p of here) {
        if (p.start !== from) continue;
        parts.push(
          `<a class="pin sev-${p.message.severity}" id="${id}-m${p.n}" href="#${id}-d${p.n}" data-n="${p.n}" ` +
            `aria-label="Finding ${p.n}, ${SEVERITY_LABELS[p.message.severity]}" aria-describedby="${id}-t${p.n}"></a>` +
            `<span class="tip" role="tooltip" id="${id}-t${p.n}">${esc(explanation(p.message))}</span>`,
        );
      }
      const to = points[k + 1];
      if (to === undefined || to === from) continue;
      const text = esc(source.slice(from, to));
      const active = here.filter((p) => p.start <= from && p.end >= to && p.start < p.end);
      if (active.length === 0) {
        parts.push(text);
        continue;
      }
      const worst = active.reduce((a, b) => (SEVERITY_RANK[b.message.severity] > SEVERITY_RANK[a.message.severity] ? b : a));
      parts.push(
        `<mark class="sev-${worst.message.severity}" data-findings="${active.map((p) => p.n).join(' ')}" ` +
          `title="${esc(active.map((p) => explanation(p.message)).join('\n'))}">${text}</mark>`,
      );
    }
    out.push(`<span class="line" id="${id}-L${i + 1}" data-n="${i + 1}">${parts.join('')}</span>`);
  });
  return out.join('\n');
}

function findingsHtml(placed: readonly Placed[], id: string, hasSource: boolean): string {
  if (placed.length === 0) return '<p class="empty">No findings.</p>';
  const items = placed.map(({ n, message: m }) => {
    const where = `Line ${m.line}, column ${m.column}`;
    const at = hasSource ? `<a href="#${id}-m${n}">${where}</a>` : where;
    const suggestion = m.suggestion ? `<p class="suggestion">Suggestion: ${esc(m.suggestion)}</p>` : '';
    return (
      `<li class="finding sev-${m.severity}" id="${id}-d${n}" value="${n}">${at}: <span class="sev">${SEVERITY_LABELS[m.severity]}</span> ` +
      `${esc(m.message)} <span class="ref">${esc(m.reference)}</span> <span class="rule">${docsLink(m.url, m.ruleId)}</span>${suggestion}</li>`
    );
  });
  return `<ol>${items.join('\n')}</ol>`;
}

function rowHtml(row: ChecklistRow, numberOf: ReadonlyMap<Diagnostic, number>, id: string, hasSource: boolean): string {
  const e = row.requirement;
  const evidence =
    e.line === undefined
      ? '<span class="empty">No passage</span>'
      : `${hasSource ? `<a href="#${id}-L${e.line}">Line ${e.line}</a>` : `Line ${e.line}`}<blockquote>${esc(e.text ?? '')}</blockquote>`;
  const findings = row.findings
    .map((m) => `<li><a href="#${id}-d${numberOf.get(m)}">Finding ${numberOf.get(m)}</a>: ${esc(m.message)}</li>`)
    .join('');
  return (
    `<tr data-rule="${esc(e.ruleId)}" data-status="${e.status}"${e.line === undefined ? '' : ` data-line="${e.line}"`}>` +
    `<td><span class="status status-${e.status}">${STATUS_ICONS[e.status]} ${STATUS_LABELS[e.status]}</span></td>` +
    `<td>${esc(e.item)}<br><span class="rule">${docsLink(row.url, e.ruleId)}</span> <span class="ref">${esc(row.reference)}</span></td>` +
    `<td>${evidence}</td><td>${findings ? `<ul>${findings}</ul>` : ''}</td></tr>`
  );
}

function scoresHtml(laws: readonly LawChecklist[]): string {
  const rows = laws.map(({ title, score: s }) => {
    const value = s.percent === null ? '—' : `<meter min="0" max="100" value="${s.percent}" aria-label="${esc(title)} completeness"></meter> ${s.percent}%`;
    return `<tr><th scope="row">${esc(title)}</th><td>${value}</td><td class="num">${s.met}</td><td class="num">${s.partial}</td><td class="num">${s.missing}</td><td class="num">${s.notApplicable}</td></tr>`;
  });
  return (
    '<table class="scores"><caption>Completeness per law (met counts 1, partial ½; not applicable is left out)</caption>' +
    '<thead><tr><th scope="col">Law</th><th scope="col">Completeness</th><th scope="col" class="num">Met</th><th scope="col" class="num">Partial</th>' +
    `<th scope="col" class="num">Missing</th><th scope="col" class="num">Not applicable</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}


function fileHtml(result: LintResult, index: number, context: FormatterContext): string {
  const id = `file-${index + 1}`;
  const name = repositoryPath(result.filePath, context.cwd);
  const laws = checklistOf(result, context.rulesMeta);
  const hasSource = result.source !== undefined;
  const lines = hasSource ? linesOf(result.source as string) : [];
  const placed: Placed[] = result.messages.map((message, i) => ({
    n: i + 1,
    message,
    start: hasSource ? offsetAt(lines, message.line, message.column) : 0,
    end: hasSource ? offsetAt(lines, message.endLine, message.endColumn) : 0,
  }));
  const numberOf = new Map(placed.map((p) => [p.message, p.n]));
  const { lawTitles, overall } = checklistSummary(laws);
  const out = [
    `<article class="file" id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${esc(name)}</h2>`,
    `<p class="meta">Laws: ${lawTitles.length > 0 ? esc(lawTitles.join(', ')) : 'none detected'} · ${problemCounts(result)} · ${scoreText(overall)} overall</p>`,
  ];
  if (laws.length > 0) out.push(scoresHtml(laws));
  for (const law of laws) {
    const lawId = `${id}-${law.law}`;
    out.push(
      `<section class="law" aria-labelledby="${lawId}-h"><h3 id="${lawId}-h">${esc(law.title)} checklist: ${scoreText(law.score)}</h3>`,
      `<table class="checklist" data-law="${law.law}"><caption class="visually-hidden">${esc(law.title)} requirements</caption>` +
        '<thead><tr><th scope="col">Status</th><th scope="col">Requirement</th><th scope="col">Evidence</th><th scope="col">Findings</th></tr></thead>',
      `<tbody>${law.rows.map((r) => rowHtml(r, numberOf, id, hasSource)).join('\n')}</tbody></table></section>`,
    );
  }
  out.push(
    `<section class="findings" aria-labelledby="${id}-fh"><h3 id="${id}-fh">Findings (${placed.length})</h3>`,
    findingsHtml(placed, id, hasSource),
    '</section>',
    `<section class="policy" aria-labelledby="${id}-ph"><h3 id="${id}-ph">Policy text</h3>`,
    hasSource
      ? `<pre class="source" aria-label="Policy text of ${esc(name)}">${sourceHtml(result.source as string, lines, placed, id)}</pre>`
      : '<p class="empty">The policy text is not available.</p>',
    '</section></article>',
  );
  return out.join('\n');
}

export function formatHtml(results: readonly LintResult[], context: FormatterContext): string {
  const total = results.reduce(
    (t, r) => ({ errorCount: t.errorCount + r.errorCount, warningCount: t.warningCount + r.warningCount, infoCount: t.infoCount + r.infoCount }),
    { errorCount: 0, warningCount: 0, infoCount: 0 },
  );
  const version = context.version ? ` ${context.version}` : '';
  const nav =
    results.length > 1
      ? `<nav aria-label="Files"><h2 class="visually-hidden">Files</h2><ul>${results
          .map((r, i) => `<li><a href="#file-${i + 1}">${esc(repositoryPath(r.filePath, context.cwd))}</a> — ${problemCounts(r)}</li>`)
          .join('')}</ul></nav>`
      : '';
  const body = results.length === 0 ? '<p class="empty">No files were linted.</p>' : results.map((r, i) => fileHtml(r, i, context)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policylint${esc(version)}">
<title>policylint compliance report</title>
<style>${CSS}.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header><h1>policylint compliance report</h1>
<p class="meta">${plural(results.length, 'file')} · ${problemCounts(total)} · generated by policylint${esc(version)}</p></header>
${nav}
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}
