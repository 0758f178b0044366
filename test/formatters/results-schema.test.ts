// The published JSON Schema of `--format json` (schema/results.schema.json) against the
// real output of the BUILT binary (npm test builds first; by hand:
// npx tsc -p tsconfig.build.json), and against outputs that break the contract.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/results.schema.json'), 'utf8')) as Record<string, unknown>;

// Ajv v8 ships no formats; `uri` is checked here without an extra package.
const ajv = new Ajv({ allErrors: true, strict: true, formats: { uri: (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s) && !/[\s<>"{}|\\^`]/.test(s) } });
const validate = ajv.compile(schema);

function schemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

type Json = Record<string, unknown> & { messages: Record<string, unknown>[] };

let output: Json[];
const corpus = readdirSync(path.join(ROOT, 'fixtures/corpus'))
  .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
  .map((f) => `fixtures/corpus/${f}`);

beforeAll(async () => {
  // What the shell would expand `fixtures/corpus/*.md` to (SOURCES.md is notes, not a policy).
  const run = await runCli(['--no-config-lookup', '--today', '2026-11-27', '--format', 'json', 'fixtures/seeds/', ...corpus]);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  output = JSON.parse(run.stdout) as Json[];
}, 60_000);

/** A deep copy of the first result that has a finding with a suggestion, to break. */
function sample(): Json[] {
  const file = output.find((r) => r.messages.some((m) => 'suggestion' in m));
  expect(file).toBeDefined();
  return [JSON.parse(JSON.stringify(file)) as Json];
}

describe('schema/results.schema.json', () => {
  it('accepts the real --format json output for the seeds and the corpus', () => {
    expect(output.length).toBe(5 + corpus.length);
    expect(output.flatMap((r) => r.messages).length).toBeGreaterThan(10);
    expect(schemaErrors(output)).toEqual([]);
  });

  it('accepts an empty run and a file without findings', () => {
    expect(schemaErrors([])).toEqual([]);
    expect(schemaErrors([{ filePath: 'a.md', jurisdictions: [], errorCount: 0, warningCount: 0, infoCount: 0, messages: [] }])).toEqual([]);
  });

  it('rejects an extra key on a file result and on a message', () => {
    const extraFile = sample();
    extraFile[0]!.source = '# Privacy';
    expect(schemaErrors(extraFile).join('\n')).toMatch(/additional properties.*"source"/);
    const extraMessage = sample();
    extraMessage[0]!.messages[0]!.messageId = 'missing';
    expect(schemaErrors(extraMessage).join('\n')).toMatch(/messages\/0 must NOT have additional properties.*"messageId"/);
  });

  it('describes the evidence checklist: every status occurs, evidence is an exact position or null', () => {
    const rows = output.flatMap((r) => r.requirements as Record<string, unknown>[]);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['met', 'missing', 'partial', 'not-applicable']));
    expect(rows.some((r) => r.evidence === null)).toBe(true);
    const broken = sample();
    (broken[0]!.requirements as Record<string, unknown>[])[0]!.status = 'unknown';
    expect(schemaErrors(broken).join('\n')).toMatch(/requirements\/0\/status/);
    const noText = sample();
    const row = (noText[0]!.requirements as Record<string, Record<string, unknown> | null>[]).find((r) => r!.evidence !== null)!;
    delete row.evidence!.text;
    expect(schemaErrors(noText).join('\n')).toMatch(/must have required property 'text'/);
  });

  it('rejects a bad severity, an unknown jurisdiction and a 0-based position', () => {
    const severity = sample();
    severity[0]!.messages[0]!.severity = 'fatal';
    expect(schemaErrors(severity).join('\n')).toMatch(/severity.*allowedValues/);
    const law = sample();
    law[0]!.jurisdictions = ['hipaa'];
    expect(schemaErrors(law).join('\n')).toMatch(/jurisdictions\/0/);
    const column = sample();
    column[0]!.messages[0]!.column = 0;
    expect(schemaErrors(column).join('\n')).toMatch(/column must be >= 1/);
  });

  it('rejects a missing required key, a non-integer line and a url that is not a URI', () => {
    const missing = sample();
    delete missing[0]!.messages[0]!.reference;
    expect(schemaErrors(missing).join('\n')).toMatch(/required.*reference/);
    const line = sample();
    line[0]!.messages[0]!.line = 1.5;
    expect(schemaErrors(line).join('\n')).toMatch(/line must be integer/);
    const url = sample();
    url[0]!.messages[0]!.url = 'docs/rules/x.md';
    expect(schemaErrors(url).join('\n')).toMatch(/url must match format "uri"/);
  });

  it('allows suggestion to be absent', () => {
    const noSuggestion = sample();
    for (const m of noSuggestion[0]!.messages) delete m.suggestion;
    expect(schemaErrors(noSuggestion)).toEqual([]);
  });
});
