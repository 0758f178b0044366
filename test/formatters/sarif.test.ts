import { describe, expect, it } from 'vitest';
import type { LintResult, RuleMeta } from '../../src/engine/types.js';
import type { FormatterContext } from '../../src/formatters/index.js';
import { FINGERPRINT_KEY, formatSarif, INFORMATION_URI, SARIF_SCHEMA } from '../../src/formatters/sarif.js';
import { context, results } from './results.fixture.js';
import { SARIF_FORMATS, sarifSchemaErrors } from './sarif-validator.js';

function meta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    description: `Checks ${id}.`,
    reference: 'GDPR Art. 13',
    jurisdictions: ['gdpr'],
    defaultSeverity: 'error',
    options: {},
    messages: {},
    ...extra,
  };
}

// Known rules: four of the fixture's five, plus one that reports nothing. The fixture's
// popia/information-regulator is left out on purpose (as if it came from a plugin).
const rulesMeta: Record<string, RuleMeta> = {
  'last-updated': meta('last-updated', { jurisdictions: 'all', defaultSeverity: 'warning', reference: 'GDPR Art. 12(1)' }),
  'placeholder-text': meta('placeholder-text', { jurisdictions: 'all', defaultSeverity: 'info' }),
  'gdpr/legal-basis': meta('gdpr/legal-basis', { reference: 'GDPR Art. 13(1)(c)' }),
  'gdpr/data-subject-rights': meta('gdpr/data-subject-rights'),
  'ccpa/minors': meta('ccpa/minors', { jurisdictions: ['ccpa'], reference: 'Cal. Civ. Code 1798.120(c)' }),
};
const ctx: FormatterContext = { ...context, rulesMeta, version: '1.2.3' };

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version?: string; informationUri: string; rules: Array<Record<string, unknown> & { id: string }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }>;
      partialFingerprints: Record<string, string>;
      properties: Record<string, unknown>;
    }>;
  }>;
}

const sarif = (r: readonly LintResult[], c: FormatterContext = ctx) => JSON.parse(formatSarif(r, c)) as SarifLog;

describe('sarif formatter', () => {
  const log = sarif(results);
  const run = log.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('validates for an empty run, with every known rule and no results', () => {
    const empty = sarif([]);
    expect(sarifSchemaErrors(empty)).toEqual([]);
    expect(empty.runs[0]?.results).toEqual([]);
    expect(empty.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual(Object.keys(rulesMeta));
    expect(sarifSchemaErrors(sarif([], context))).toEqual([]);
  });

  it('is not validated vacuously: schema violations are reported', () => {
    expect(sarifSchemaErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
    const broken = structuredClone(log);
    (broken.runs[0]?.results[0] as unknown as Record<string, unknown>).level = 'fatal';
    expect(sarifSchemaErrors(broken)).not.toEqual([]);
    expect(SARIF_FORMATS['uri-reference']('za/popia policy.txt')).toBe(false);
    expect(SARIF_FORMATS.uri('policylint')).toBe(false);
  });

  it('describes the tool and every known rule, then rules that reported without metadata', () => {
    const driver = run?.tool.driver;
    expect(driver?.name).toBe('policylint');
    expect(driver?.version).toBe('1.2.3');
    expect(driver?.informationUri).toBe(INFORMATION_URI);
    expect(driver?.rules.map((r) => r.id)).toEqual([...Object.keys(rulesMeta), 'popia/information-regulator']);
    expect(driver?.rules[2]).toEqual({
      id: 'gdpr/legal-basis',
      shortDescription: { text: 'Checks gdpr/legal-basis.' },
      fullDescription: { text: 'Checks gdpr/legal-basis. Legal reference: GDPR Art. 13(1)(c). Applies to: GDPR.' },
      helpUri: 'https://github.com/policylint/policylint/blob/main/docs/rules/gdpr/legal-basis.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['gdpr'], reference: 'GDPR Art. 13(1)(c)' },
    });
    expect(driver?.rules.map((r) => (r.defaultConfiguration as { level: string } | undefined)?.level)).toEqual([
      'warning',
      'note',
      'error',
      'error',
      'error',
      undefined,
    ]);
    expect(driver?.rules[0]?.properties).toEqual({ tags: ['general'], reference: 'GDPR Art. 12(1)' });
    expect(driver?.rules[5]).toEqual({
      id: 'popia/information-regulator',
      helpUri: 'https://github.com/policylint/policylint/blob/main/docs/rules/popia/information-regulator.md',
    });
    // Without a version in the context, the driver has none (the schema allows that).
    expect(sarif(results, { ...context, rulesMeta }).runs[0]?.tool.driver.version).toBeUndefined();
  });

  it('points every result at its rule by id and index', () => {
    const rules = run?.tool.driver.rules ?? [];
    expect(run?.results).toHaveLength(5);
    for (const r of run?.results ?? []) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('maps severities to levels: error, warning, note', () => {
    expect(run?.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['last-updated', 'warning'],
      ['gdpr/legal-basis', 'error'],
      ['gdpr/data-subject-rights', 'error'],
      ['placeholder-text', 'note'],
      ['popia/information-regulator', 'warning'],
    ]);
  });

  it('gives each result its message with the reference, its file and its region', () => {
    const [, legalBasis, , , popia] = run?.results ?? [];
    expect(legalBasis?.message.text).toBe('No legal basis is stated for the processing purposes. (GDPR Art. 13(1)(c))');
    expect(legalBasis?.properties).toEqual({
      reference: 'GDPR Art. 13(1)(c)',
      suggestion: 'Add a section that names the legal basis (Art. 6(1)) for each purpose.',
    });
    expect(legalBasis?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/privacy.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 25 },
    });
    // A space in a path is percent-encoded: the uri is a URI reference.
    expect(popia?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('za/popia%20policy.txt');
    expect(popia?.locations[0]?.physicalLocation.region).toEqual({ startLine: 7, startColumn: 1, endLine: 7, endColumn: 9 });
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
  });

  it('uses file: URLs for files outside the working directory', () => {
    const outside = sarif([{ ...(results[2] as LintResult), filePath: '/elsewhere/a b.md' }]);
    expect(outside.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b.md' });
    expect(sarifSchemaErrors(outside)).toEqual([]);
  });

  it('has fingerprints that are stable across runs and survive moved lines', () => {
    const again = sarif(structuredClone(results));
    const prints = (l: SarifLog) => l.runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(prints(again)).toEqual(prints(log));
    expect(new Set(prints(log)).size).toBe(5);
    for (const p of prints(log) ?? []) expect(p).toMatch(/^[0-9a-f]{64}$/);

    // Three lines inserted above every finding: same findings, same fingerprints.
    const moved = structuredClone(results).map((r) => ({
      ...r,
      messages: r.messages.map((m) => ({ ...m, line: m.line + 3, endLine: m.endLine + 3 })),
    }));
    expect(prints(sarif(moved))).toEqual(prints(log));

    // A different file or message is a different finding.
    const renamed = structuredClone(results).map((r) => ({ ...r, filePath: `x/${r.filePath}` }));
    expect(prints(sarif(renamed))?.some((p, i) => p === prints(log)?.[i])).toBe(false);
  });

  it('tells identical messages in one file apart by their order', () => {
    const m = (results[0] as LintResult).messages[3];
    const twice: LintResult = {
      ...(results[0] as LintResult),
      messages: [{ ...m!, line: 5 }, { ...m!, line: 9 }],
    };
    const prints = sarif([twice]).runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(prints?.[0]).not.toBe(prints?.[1]);
    const onlySecondMoved = sarif([{ ...twice, messages: [{ ...m!, line: 5 }, { ...m!, line: 20 }] }]);
    expect(onlySecondMoved.runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(prints);
  });

  it('is pretty-printed JSON ending in a newline', () => {
    const text = formatSarif(results, ctx);
    expect(text.startsWith('{\n  "$schema"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
