// The compliance checklist that the review reports (markdown, html) show: the evidence rows
// of one file, grouped by law, each with the findings of its rule, and a completeness
// score per law. A pure reading of a LintResult; both reports share it so they agree.
import { docsUrl, type Diagnostic, type Evidence, type Jurisdiction, type LintResult, type RequirementStatus, type RuleMeta } from '../engine/index.js';

export type Law = Jurisdiction | 'general' | 'other';

export const LAW_TITLES: Readonly<Record<Law, string>> = {
  gdpr: 'GDPR',
  popia: 'POPIA',
  ccpa: 'CCPA/CPRA',
  general: 'Every policy',
  other: 'Other rules',
};

const LAW_ORDER: readonly Law[] = ['gdpr', 'popia', 'ccpa', 'general', 'other'];

export const STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  met: 'Met',
  partial: 'Partial',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

export interface ChecklistRow {
  requirement: Evidence;
  reference: string;
  url: string;
  /** The findings of the row's rule: what to fix, or a defect in text that meets it. */
  findings: Diagnostic[];
}

export interface Completeness {
  met: number;
  partial: number;
  missing: number;
  notApplicable: number;
  /**
   * (met + ½·partial) / (met + partial + missing), in whole percent; null when every row is
   * not applicable. Not-applicable rows neither help nor hurt.
   */
  percent: number | null;
}

export interface LawChecklist {
  law: Law;
  title: string;
  rows: ChecklistRow[];
  score: Completeness;
}

export function completeness(rows: readonly { requirement: Evidence }[]): Completeness {
  const count = (s: RequirementStatus) => rows.filter((r) => r.requirement.status === s).length;
  const met = count('met');
  const partial = count('partial');
  const missing = count('missing');
  const counted = met + partial + missing;
  return {
    met,
    partial,
    missing,
    notApplicable: count('not-applicable'),
    percent: counted === 0 ? null : Math.round((100 * (met + partial / 2)) / counted),
  };
}

function lawOf(ruleId: string, meta: RuleMeta | undefined, jurisdictions: readonly Jurisdiction[]): Law {
  if (meta) {
    if (meta.jurisdictions === 'all') return 'general';
    return meta.jurisdictions.find((j) => jurisdictions.includes(j)) ?? meta.jurisdictions[0] ?? 'other';
  }
  // A plugin rule without metadata in the context: its namespace may still name a law.
  const ns = ruleId.includes('/') ? ruleId.slice(0, ruleId.indexOf('/')) : '';
  return (LAW_ORDER as readonly string[]).includes(ns) ? (ns as Law) : 'other';
}

/** The checklist of one file, one entry per law that has rows, laws in a fixed order. */
export function checklistOf(result: LintResult, rulesMeta: Readonly<Record<string, RuleMeta>> = {}): LawChecklist[] {
  const byLaw = new Map<Law, ChecklistRow[]>();
  const rowsOfRule = new Map<string, ChecklistRow[]>();
  for (const requirement of result.requirements) {
    const meta = Object.hasOwn(rulesMeta, requirement.ruleId) ? rulesMeta[requirement.ruleId] : undefined;
    const law = lawOf(requirement.ruleId, meta, result.jurisdictions);
    const row: ChecklistRow = { requirement, reference: meta?.reference ?? '', url: docsUrl(requirement.ruleId), findings: [] };
    byLaw.set(law, [...(byLaw.get(law) ?? []), row]);
    rowsOfRule.set(requirement.ruleId, [...(rowsOfRule.get(requirement.ruleId) ?? []), row]);
  }
  // A rule's findings belong with its unmet rows ("right to object: missing"); a rule whose
  // rows are all met reports a defect in the text that meets it (a stale date): first row.
  for (const [ruleId, rows] of rowsOfRule) {
    const findings = result.messages.filter((m) => m.ruleId === ruleId);
    if (findings.length === 0) continue;
    const gaps = rows.filter((r) => r.requirement.status === 'missing' || r.requirement.status === 'partial');
    for (const row of gaps.length > 0 ? gaps : rows.slice(0, 1)) {
      row.findings = findings;
      row.reference ||= findings[0]?.reference ?? '';
    }
  }
  return LAW_ORDER.filter((law) => byLaw.has(law)).map((law) => {
    const rows = byLaw.get(law) as ChecklistRow[];
    return { law, title: LAW_TITLES[law], rows, score: completeness(rows) };
  });
}

/** What a report says of a file's checklist as a whole: the laws it covers and its overall completeness. */
export function checklistSummary(laws: readonly LawChecklist[]): { lawTitles: string[]; overall: Completeness } {
  return {
    lawTitles: laws.filter((l) => l.law !== 'general' && l.law !== 'other').map((l) => l.title),
    overall: completeness(laws.flatMap((l) => l.rows)),
  };
}

/** "82% complete", or why there is no figure. */
export function scoreText(score: Completeness): string {
  return score.percent === null ? 'nothing applicable' : `${score.percent}% complete`;
}
