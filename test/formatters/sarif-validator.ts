// Validates SARIF logs against the official SARIF 2.1.0 JSON schema, vendored next to this
// file from oasis-tcs/sarif-spec (sarif-2.1/schema/sarif-schema-2.1.0.json, the OASIS
// errata01 schema), byte for byte.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';

const schemaFile = new URL('./sarif-2.1.0.schema.json', import.meta.url);

/**
 * The errata01 schema declares JSON Schema draft-04 only by its top-level `$schema` and `id`
 * keywords (it uses no other draft-04-only keyword, e.g. no boolean exclusiveMinimum), so it
 * is loaded into Ajv's draft-07 validator with just those two renamed. Nothing else changes.
 */
function loadSchema(): Record<string, unknown> {
  const { $schema: _draft04, id, ...rest } = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const text = JSON.stringify(rest);
  if (/"exclusiveM(?:in|ax)imum"\s*:\s*(?:true|false)/.test(text)) throw new Error('schema uses draft-04 exclusive bounds');
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...rest };
}

// The three formats the schema uses, checked without an extra package.
const formats = {
  uri: (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s) && !/[\s<>"{}|\\^`]/.test(s),
  'uri-reference': (s: string) => !/[\s<>"{}|\\^`]/.test(s) && !/%(?![0-9a-f]{2})/i.test(s) && URL.canParse(s, 'http://base.invalid/'),
  'date-time': (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)),
};

// strict: false because Ajv's strict mode lints the schema itself (e.g. `required` naming a
// property declared only in a sibling branch) and rejects the official file for that.
const ajv = new Ajv({ allErrors: true, strict: false, formats });
const validate = ajv.compile(loadSchema());

/** The schema errors of a SARIF log, as readable lines ([] when it is valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** For tests that the validator is not vacuous. */
export const SARIF_FORMATS = formats;
