// `--format sarif`: SARIF 2.1.0 (OASIS), the format GitHub code scanning and other
// static-analysis dashboards import. One run; the driver lists every known rule, results
// point at their rule by id and index.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrl } from '../engine/index.js';
import type { Diagnostic, LintResult, RuleMeta, Severity } from '../engine/types.js';
import { messageWithReference, repositoryPath } from './github.js';
import type { FormatterContext } from './index.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/policylint/policylint';
/** The key of our fingerprint in `partialFingerprints`; bump the version if the recipe changes. */
export const FINGERPRINT_KEY = 'policylint/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface ReportingDescriptor {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri: string;
  defaultConfiguration?: { level: Level };
  properties?: { tags: string[]; reference: string };
}

function descriptor(meta: RuleMeta): ReportingDescriptor {
  const laws = meta.jurisdictions === 'all' ? 'every policy' : meta.jurisdictions.map((j) => j.toUpperCase()).join(', ');
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} Legal reference: ${meta.reference}. Applies to: ${laws}.` },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: {
      tags: meta.jurisdictions === 'all' ? ['general'] : [...meta.jurisdictions],
      reference: meta.reference,
    },
  };
}

/** Every known rule (context.rulesMeta), then any rule that reported but is not known (e.g. a plugin's). */
function ruleDescriptors(results: readonly LintResult[], context: FormatterContext): ReportingDescriptor[] {
  const rules = Object.values(context.rulesMeta ?? {}).map(descriptor);
  const known = new Set(rules.map((r) => r.id));
  for (const m of results.flatMap((r) => r.messages)) {
    if (known.has(m.ruleId)) continue;
    known.add(m.ruleId);
    rules.push({ id: m.ruleId, helpUri: m.url || docsUrl(m.ruleId) });
  }
  return rules;
}

/**
 * A URI reference for a file: relative to %SRCROOT% (the working directory, which is the
 * repository root in CI) with each segment percent-encoded, or a file: URL when the file is
 * outside it.
 */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const p = repositoryPath(filePath, cwd);
  if (path.isAbsolute(p) || path.win32.isAbsolute(p)) return { uri: pathToFileURL(p).href };
  return { uri: p.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * `partialFingerprints` must stay the same for the same finding from run to run, so that
 * code scanning tracks it instead of opening a new alert. The formatter sees results only
 * (not the policy's text), so the fingerprint is a SHA-256 of the rule id, the file path,
 * the message text and the occurrence number of that (rule, file, message) in the file.
 * The line number is deliberately left out: editing a paragraph above a finding moves it
 * but does not make it a new finding. Messages name what they are about (the missing
 * right, the placeholder found), so distinct findings rarely share a message; when they
 * do, the occurrence number (by position) tells them apart.
 */
export function fingerprint(ruleId: string, file: string, message: string, occurrence: number): string {
  return createHash('sha256').update(JSON.stringify([ruleId, file, message, occurrence])).digest('hex');
}

function sarifResult(m: Diagnostic, file: string, ruleIndex: number, occurrence: number, cwd: string): Record<string, unknown> {
  const result: Record<string, unknown> = {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: messageWithReference(m) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file, cwd),
          // Our end column is exclusive and counts UTF-16 code units, as SARIF's are.
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(m.ruleId, repositoryPath(file, cwd), m.message, occurrence) },
    properties: { reference: m.reference, ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}) },
  };
  return result;
}

export function formatSarif(results: readonly LintResult[], context: FormatterContext): string {
  const rules = ruleDescriptors(results, context);
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: Array<Record<string, unknown>> = [];
  for (const r of results) {
    const seen = new Map<string, number>();
    const messages = [...r.messages].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const m of messages) {
      const key = JSON.stringify([m.ruleId, m.message]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      sarifResults.push(sarifResult(m, r.filePath, indexOf.get(m.ruleId) ?? -1, occurrence, context.cwd));
    }
  }

  const driver: Record<string, unknown> = { name: 'policylint', informationUri: INFORMATION_URI };
  if (context.version !== undefined) {
    driver.version = context.version;
    driver.semanticVersion = context.version;
  }
  driver.rules = rules;

  const srcroot = pathToFileURL(context.cwd).href;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SRCROOT]: { uri: srcroot.endsWith('/') ? srcroot : `${srcroot}/` } },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
