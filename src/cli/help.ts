// Text the CLI prints about itself and its rules: --help, --version, --list-rules, --explain.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsUrl } from '../engine/docs-url.js';
import type { Jurisdiction, OptionSpec, Rule } from '../engine/types.js';

export const HELP_TEXT = `policylint — a compliance linter for privacy policies (GDPR, POPIA, CCPA/CPRA)

Usage: policylint [options] [file|dir|glob|-]...

  Directories are searched for *.md, *.markdown and *.txt (skipping node_modules and
  dot-directories). Quote globs so that policylint expands them: 'docs/**/*.md'.
  - reads the policy from standard input.

Output:
  -f, --format NAME          stylish (default), json, github (GitHub Actions
                             annotations; the default when GITHUB_ACTIONS=true),
                             sarif (SARIF 2.1.0, for code scanning), markdown
                             (compliance checklist tables) or html (a
                             self-contained review report; use with -o)
  -o, --output-file FILE     write the report to FILE instead of standard output
  --color, --no-color        force colour on or off (default: on for a terminal;
                             NO_COLOR and FORCE_COLOR are honoured)
  --quiet                    report errors only
  --max-warnings N           exit with 1 when there are more than N warnings

Checking:
  --jurisdiction LIST        comma-separated laws to check (gdpr,popia,ccpa);
                             default: detected from each policy
  --rule 'ID: SEVERITY'      set a rule: off, info, warning or error; with options:
                             --rule 'last-updated: ["warning", {"maxAgeDays": 180}]'
                             (repeatable)
  --today YYYY-MM-DD         the date date-based rules compare with (default: today)
  --stdin-filename NAME      the name of the standard-input policy in the report;
                             its extension picks the reader (.md or .txt)

Inline directives:
  --require-disable-reason   report <!-- policylint-disable … --> comments without
                             a "-- reason"
  --report-unused-disable-directives
                             report disable comments that silenced nothing

Speed:
  --cache                    reuse the results of files that have not changed (and
                             whose configuration, date and flags have not either)
  --cache-location PATH      the cache file, or a folder for it (default:
                             .policylintcache in the current folder)
  --concurrency N|auto|off   lint in N worker threads; auto: as many as there are
                             CPUs when there are many files; off (default): none

Configuration:
  -c, --config FILE          use this configuration file
  --no-config-lookup         do not search for configuration files
  --print-config FILE        print the settings that would apply to FILE
  --init                     write a starter .policylintrc.json here

Rules:
  --list-rules               list every rule with its default severity
  --explain RULE_ID          explain a rule: what it checks, the law, its options

Other:
  --debug                    print stack traces of unexpected errors
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings),
            2 usage, configuration or input/output problem.
`;

/** The package root (where package.json and docs/ live), from src/cli or dist/src/cli alike. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'policylint') return dir;
      } catch {
        // Not ours; keep climbing.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the policylint package.json');
    dir = parent;
  }
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const GROUPS: ReadonlyArray<{ title: string; prefix: Jurisdiction | '' }> = [
  { title: 'General', prefix: '' },
  { title: 'GDPR', prefix: 'gdpr' },
  { title: 'POPIA', prefix: 'popia' },
  { title: 'CCPA/CPRA', prefix: 'ccpa' },
];

function groupOf(rule: Rule): string {
  const slash = rule.meta.id.indexOf('/');
  return slash < 0 ? '' : rule.meta.id.slice(0, slash);
}

function jurisdictionsText(rule: Rule): string {
  return rule.meta.jurisdictions === 'all' ? 'all' : rule.meta.jurisdictions.join(',');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** One line per rule, grouped by law: id, default severity, jurisdictions, description. */
export function listRules(rules: readonly Rule[]): string {
  const rows = rules.map((r) => [r.meta.id, r.meta.defaultSeverity, jurisdictionsText(r), r.meta.description]);
  const lines = table(rows); // aligned across all groups
  const byId = new Map(rules.map((r, i) => [r.meta.id, lines[i] ?? '']));
  const known = new Set(GROUPS.map((g) => g.prefix as string));
  const groups = [
    ...GROUPS,
    // Rules of a law the list above does not know yet (e.g. from a plugin) still show.
    ...[...new Set(rules.map(groupOf))].filter((g) => !known.has(g)).map((g) => ({ title: g.toUpperCase(), prefix: g })),
  ];
  const out: string[] = [];
  for (const group of groups) {
    const members = rules.filter((r) => groupOf(r) === group.prefix);
    if (members.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(`${group.title} (${members.length})`);
    for (const r of members) out.push(`  ${byId.get(r.meta.id)}`);
  }
  return `${out.join('\n')}\n`;
}

function optionText(name: string, spec: OptionSpec): string {
  const type = spec.type === 'string' && spec.enum ? spec.enum.map((v) => JSON.stringify(v)).join(' | ') : spec.type;
  let bounds = '';
  if (spec.type === 'integer') {
    const { minimum: min, maximum: max } = spec;
    if (min !== undefined && max !== undefined) bounds = ` ${min}–${max}`;
    else if (min !== undefined) bounds = ` ≥ ${min}`;
    else if (max !== undefined) bounds = ` ≤ ${max}`;
  }
  return `  ${name} (${type}${bounds}, default ${JSON.stringify(spec.default)}): ${spec.description}`;
}

/** Everything about one rule, followed by its documentation page when it ships with the package. */
export function explainRule(rule: Rule): string {
  const { meta } = rule;
  const lines = [
    meta.id,
    '',
    meta.description,
    '',
    `Legal reference:   ${meta.reference}`,
    `Jurisdictions:     ${jurisdictionsText(rule)}`,
    `Default severity:  ${meta.defaultSeverity}`,
    `Documentation:     ${docsUrl(meta.id)}`,
    '',
  ];
  const options = Object.entries(meta.options);
  if (options.length === 0) lines.push('Options: none');
  else lines.push('Options:', ...options.map(([name, spec]) => optionText(name, spec)));

  const page = readDocsPage(meta.id);
  if (page !== undefined) lines.push('', '─'.repeat(72), '', page.trimEnd());
  return `${lines.join('\n')}\n`;
}

function readDocsPage(ruleId: string): string | undefined {
  // Rule ids are [a-z0-9-/]; anything else must not become a path.
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(ruleId)) return undefined;
  try {
    return readFileSync(path.join(packageRoot(), 'docs', 'rules', `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
}
