// `--format markdown`: the compliance checklist as Markdown tables, for pull-request
// comments and $GITHUB_STEP_SUMMARY. Policy text is untrusted: every cell is escaped.
import type { Diagnostic, LintResult, RequirementStatus } from '../engine/types.js';
import { checklistOf, checklistSummary, scoreText, STATUS_LABELS, type ChecklistRow, type LawChecklist } from './checklist.js';
import { repositoryPath } from './github.js';
import type { FormatterContext } from './index.js';
import { isWebUrl, markdownCell, problemCounts } from './text.js';

const STATUS_ICONS: Readonly<Record<RequirementStatus, string>> = {
  met: '✅',
  partial: '⚠️',
  missing: '❌',
  'not-applicable': '➖',
};

/** Evidence quotes are cut shorter than in JSON: a table cell is narrow. */
const QUOTE_MAX = 120;

function quote(text: string): string {
  const short = text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
  return `“${markdownCell(short)}”`;
}

function link(text: string, url: string): string {
  return isWebUrl(url) ? `[${text}](${url})` : text;
}


function findingText(m: Diagnostic): string {
  return `line ${m.line}: ${markdownCell(m.message)}`;
}

function row(r: ChecklistRow): string {
  const e = r.requirement;
  const status = `${STATUS_ICONS[e.status]} ${STATUS_LABELS[e.status]}`;
  const requirement = `${markdownCell(e.item)}<br>${link(markdownCell(e.ruleId), r.url)}`;
  const evidence = e.line === undefined ? '—' : `line ${e.line}: ${quote(e.text ?? '')}`;
  const findings = r.findings.map(findingText).join('<br>');
  return `| ${status} | ${requirement} | ${evidence} | ${findings} |`;
}

function summaryTable(laws: readonly LawChecklist[]): string[] {
  const out = ['| Law | Completeness | Met | Partial | Missing | Not applicable |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const law of laws) {
    const s = law.score;
    out.push(`| ${law.title} | ${s.percent === null ? '—' : `${s.percent}%`} | ${s.met} | ${s.partial} | ${s.missing} | ${s.notApplicable} |`);
  }
  return out;
}

function fileSection(result: LintResult, context: FormatterContext): string[] {
  const laws = checklistOf(result, context.rulesMeta);
  const { lawTitles, overall } = checklistSummary(laws);
  const out = [`### ${markdownCell(repositoryPath(result.filePath, context.cwd))}`, ''];
  out.push(`Laws: ${lawTitles.length > 0 ? lawTitles.join(', ') : 'none detected'} · ${problemCounts(result)} · ${scoreText(overall)} overall`, '');
  if (laws.length === 0) return [...out, 'No requirement was checked.', ''];
  out.push(...summaryTable(laws), '');
  for (const law of laws) {
    out.push(`#### ${law.title}: ${scoreText(law.score)}`, '');
    out.push('| Status | Requirement | Evidence | Findings |', '| --- | --- | --- | --- |');
    out.push(...law.rows.map(row), '');
  }
  // Findings of rules without a requirement (template leftovers, directives, plugins).
  const checked = new Set(result.requirements.map((e) => e.ruleId));
  const other = result.messages.filter((m) => !checked.has(m.ruleId));
  if (other.length > 0) {
    out.push('#### Other findings', '', '| Line | Severity | Message | Rule |', '| ---: | --- | --- | --- |');
    for (const m of other) out.push(`| ${m.line} | ${m.severity} | ${markdownCell(m.message)} | ${link(markdownCell(m.ruleId), m.url)} |`);
    out.push('');
  }
  return out;
}

export function formatMarkdown(results: readonly LintResult[], context: FormatterContext): string {
  const out = ['## policylint compliance checklist', ''];
  if (results.length === 0) return `${[...out, 'No files were linted.'].join('\n')}\n`;
  out.push(
    'Each requirement the laws ask a privacy policy to state, with the passage that meets it. ' +
      'Completeness counts met as 1 and partial as ½ of the applicable requirements.',
    '',
  );
  for (const result of results) out.push(...fileSection(result, context));
  return `${out.join('\n').trimEnd()}\n`;
}
