// Runs the rules on one document: decides the jurisdictions, gives each applicable rule
// its options, isolates a rule that throws, and passes what rules report through the
// pipeline (directives, dedupe, sort).
import type { PolicyDocument, Range } from '../model/types.js';
import { parseDirectives, type Directive } from './directives.js';
import { docsUrl } from './docs-url.js';
import { detectJurisdictions } from './jurisdictions.js';
import { findNoCollectionDeclaration } from './processing.js';
import { resolveOptions } from './options.js';
import { applyDirectives, countBySeverity, dedupe, interpolate, sortDiagnostics } from './pipeline.js';
import {
  EVIDENCE_TEXT_MAX,
  JURISDICTIONS,
  type At,
  type Diagnostic,
  type Evidence,
  type EvidenceDescriptor,
  type Jurisdiction,
  type LintResult,
  type Rule,
  type RuleContext,
  type RuleSetting,
  type Severity,
} from './types.js';

export interface LintOptions {
  rules: readonly Rule[];
  /** Per rule id; rules without an entry run with their defaults. */
  settings?: ReadonlyMap<string, RuleSetting>;
  /** 'auto' (default) detects them from the text. */
  jurisdictions?: readonly Jurisdiction[] | 'auto';
  /** The date date-based rules compare with. */
  today: Date;
  /** Report directives that silenced nothing (`--report-unused-disable-directives`). */
  reportUnusedDirectives?: Severity | 'off';
  /** Report directives without a `-- reason` (`--require-disable-reason`). */
  requireDisableReason?: boolean;
}

/** Findings about the inline directives themselves carry this rule id. */
export const DIRECTIVE_RULE_ID = 'policylint-directive';
const DIRECTIVES_URL = 'https://github.com/policylint/policylint/blob/main/README.md#inline-comments';

export const INTERNAL_ERROR = 'internal-error';

function rangeOf(at: At): Range {
  return 'range' in at ? at.range : at;
}

function appliesTo(rule: Rule, jurisdictions: readonly Jurisdiction[]): boolean {
  const wanted = rule.meta.jurisdictions;
  return wanted === 'all' || wanted.some((j) => jurisdictions.includes(j));
}

export function resolveJurisdictions(doc: PolicyDocument, setting: LintOptions['jurisdictions']): Jurisdiction[] {
  const chosen = setting === undefined || setting === 'auto' ? detectJurisdictions(doc).map((f) => f.jurisdiction) : setting;
  return JURISDICTIONS.filter((j) => chosen.includes(j));
}

export function lintDocument(doc: PolicyDocument, options: LintOptions): LintResult {
  const jurisdictions = resolveJurisdictions(doc, options.jurisdictions);
  const diagnostics: Diagnostic[] = [];
  const requirements: Evidence[] = [];

  for (const rule of options.rules) {
    const { meta } = rule;
    const setting = options.settings?.get(meta.id);
    if (setting?.severity === 'off' || !appliesTo(rule, jurisdictions)) continue;
    // Read only when a rule about processing is about to run (and once per document).
    const declaration = meta.aboutProcessing ? findNoCollectionDeclaration(doc) : undefined;
    if (declaration) {
      requirements.push(evidenceItem(doc, meta.id, { item: 'personal data processed', status: 'not-applicable', at: declaration }));
      continue;
    }
    const severityFor = (messageSeverity: Severity | undefined): Severity =>
      (setting?.severity as Severity | undefined) ?? messageSeverity ?? meta.defaultSeverity;

    const context: RuleContext<Record<string, unknown>> = {
      document: doc,
      options: resolveOptions(meta.options, setting?.options),
      jurisdictions,
      today: options.today,
      report(descriptor) {
        const spec = meta.messages[descriptor.messageId];
        if (!spec) throw new Error(`rule "${meta.id}" reported unknown messageId "${descriptor.messageId}"`);
        const range = rangeOf(descriptor.at);
        const suggestion = descriptor.suggestion ?? (spec.suggestion ? interpolate(spec.suggestion, descriptor.data) : undefined);
        const diagnostic: Diagnostic = {
          ruleId: meta.id,
          messageId: descriptor.messageId,
          severity: severityFor(spec.severity),
          message: interpolate(spec.text, descriptor.data),
          line: range.start.line,
          column: range.start.column,
          endLine: range.end.line,
          endColumn: range.end.column,
          reference: meta.reference,
          url: docsUrl(meta.id),
        };
        if (suggestion) diagnostic.suggestion = suggestion;
        diagnostics.push(diagnostic);
      },
      evidence(descriptor) {
        requirements.push(evidenceItem(doc, meta.id, descriptor));
      },
    };

    try {
      rule.check(context as never);
    } catch (error) {
      // One broken rule must not take the others down: report it and go on.
      diagnostics.push({
        ruleId: meta.id,
        messageId: INTERNAL_ERROR,
        severity: 'error',
        message: `Internal error in rule "${meta.id}": ${(error as Error)?.message ?? String(error)}. Please report this bug.`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        reference: meta.reference,
        url: docsUrl(meta.id),
      });
    }
  }

  const directives = parseDirectives(doc.comments);
  const { kept, used } = applyDirectives(diagnostics, directives);
  const messages = sortDiagnostics(dedupe([...kept, ...checkDirectives(directives, used, options)]));
  return { filePath: doc.path, jurisdictions, messages, ...countBySeverity(messages), requirements, source: doc.source };
}

function evidenceItem(doc: PolicyDocument, ruleId: string, descriptor: EvidenceDescriptor): Evidence {
  const item: Evidence = { ruleId, item: descriptor.item, status: descriptor.status };
  if (descriptor.at) {
    const range = rangeOf(descriptor.at);
    item.line = range.start.line;
    item.column = range.start.column;
    item.endLine = range.end.line;
    item.endColumn = range.end.column;
    item.text = evidenceText(doc, range);
  }
  return item;
}

/**
 * Evidence is read as the whole sentence (list item, table cell, heading) that holds the
 * words a rule matched: a reviewer reads "Access & Portability", not the regex's "Access &
 * Portab". The position stays on the matched words.
 */
function sentenceText(doc: PolicyDocument, range: Range): string | undefined {
  const { sentences } = doc;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid] as (typeof sentences)[number];
    const s = sentence.range;
    if (s.end.offset <= range.start.offset) lo = mid + 1;
    else if (s.start.offset > range.start.offset) hi = mid - 1;
    else return s.end.offset >= range.end.offset ? sentence.text : undefined;
  }
  return undefined;
}

function evidenceText(doc: PolicyDocument, range: Range): string {
  const sentence = sentenceText(doc, range)?.replace(/\s+/g, ' ').trim();
  if (sentence && sentence.length <= EVIDENCE_TEXT_MAX) return sentence;
  // A long sentence could be cut before the matched words: show them, widened to whole words.
  let { offset: start } = range.start;
  let { offset: end } = range.end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(doc.source.charAt(start - 1))) start--;
  while (end < doc.source.length && /[\p{L}\p{N}]/u.test(doc.source.charAt(end))) end++;
  const text = doc.source.slice(start, end).replace(/\s+/g, ' ').trim();
  if (text.length <= EVIDENCE_TEXT_MAX) return text;
  let cut = EVIDENCE_TEXT_MAX - 1;
  // Never cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Findings about the directives: unknown rule ids, missing reasons, unused ones. */
function checkDirectives(directives: readonly Directive[], used: ReadonlySet<Directive>, options: LintOptions): Diagnostic[] {
  const known = new Set(options.rules.map((r) => r.meta.id));
  const out: Diagnostic[] = [];
  const report = (d: Directive, messageId: string, severity: Severity, message: string): void => {
    out.push({
      ruleId: DIRECTIVE_RULE_ID,
      messageId,
      severity,
      message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      reference: 'policylint inline comments',
      url: DIRECTIVES_URL,
    });
  };
  for (const d of directives) {
    const unknown = d.ruleIds.filter((id) => !known.has(id));
    for (const id of unknown) report(d, 'unknownRule', 'error', `"policylint-${d.kind}" names unknown rule "${id}".`);
    if (options.requireDisableReason && d.kind !== 'enable' && !d.reason) {
      report(d, 'missingReason', 'error', `"policylint-${d.kind}" needs a reason: add " -- why" before "-->".`);
    }
    const unused = options.reportUnusedDirectives;
    if (unused && unused !== 'off' && d.kind !== 'enable' && unknown.length === 0 && !used.has(d)) {
      const what = d.ruleIds.length ? ` for ${d.ruleIds.map((id) => `"${id}"`).join(', ')}` : '';
      report(d, 'unused', unused, `Unused "policylint-${d.kind}" directive: nothing was reported here${what}.`);
    }
  }
  return out;
}
