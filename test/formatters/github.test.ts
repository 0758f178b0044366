import { describe, expect, it } from 'vitest';
import type { Diagnostic, LintResult, Severity } from '../../src/engine/types.js';
import {
  escapeData,
  escapeProperty,
  formatGithub,
  formatGithubSummary,
  workflowCommand,
} from '../../src/formatters/github.js';
import { markdownCell } from '../../src/formatters/text.js';
import { context, results } from './results.fixture.js';

/** Undoes the escaping the way the Actions runner does (ActionCommand.cs: %0D, %0A, %3A, %2C, then %25). */
function unescape(s: string, property: boolean): string {
  let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

/** Parses a workflow command line as the runner does: `::name k=v,k=v::data`. */
function parseCommand(line: string): { name: string; properties: Record<string, string>; data: string } {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { name: m[1] as string, properties, data: unescape(m[3] as string, false) };
}

function diagnostic(severity: Severity, line: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'retention-period',
    messageId: 'missing',
    severity,
    message: `Finding on line ${line}.`,
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    reference: 'GDPR Art. 13(2)(a)',
    url: 'https://example.test/docs/rules/retention-period.md',
    ...extra,
  };
}

function result(filePath: string, messages: Diagnostic[]): LintResult {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return {
    filePath,
    jurisdictions: ['gdpr'],
    messages,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    requirements: [],
  };
}

describe('github formatter: workflow commands', () => {
  it('prints one command per diagnostic, errors first, then warnings, then notices', () => {
    expect(formatGithub(results, context)).toBe(
      [
        '::error file=docs/privacy.md,line=12,col=1,endLine=12,endColumn=25,title=gdpr/legal-basis::No legal basis is stated for the processing purposes. (GDPR Art. 13(1)(c))',
        '::error file=docs/privacy.md,line=40,col=3,endLine=40,endColumn=14,title=gdpr/data-subject-rights::The right to data portability is not mentioned. (GDPR Art. 13(2)(b))',
        '::warning file=docs/privacy.md,line=1,col=1,endLine=1,endColumn=18,title=last-updated::The policy does not say when it was last updated. (GDPR Art. 12(1))',
        '::warning file=za/popia policy.txt,line=7,col=1,endLine=7,endColumn=9,title=popia/information-regulator::The right to complain to the Information Regulator is not mentioned. (POPIA s18(1)(h)(v))',
        '::notice file=docs/privacy.md,line=105,col=17,endLine=105,endColumn=31,title=placeholder-text::Placeholder "[Company Name]" left in the text. (GDPR Art. 12(1))',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no findings', () => {
    expect(formatGithub([], context)).toBe('');
    expect(formatGithub(results.filter((r) => r.messages.length === 0), context)).toBe('');
  });

  it('orders within a level by file (input order), line, column', () => {
    const text = formatGithub(
      [
        result('b.md', [diagnostic('warning', 9, { column: 4 }), diagnostic('warning', 9, { column: 2 }), diagnostic('error', 30)]),
        result('a.md', [diagnostic('warning', 2), diagnostic('error', 1)]),
      ],
      context,
    );
    const lines = text.trimEnd().split('\n').map(parseCommand);
    expect(lines.map((c) => `${c.name} ${c.properties.file}:${c.properties.line}:${c.properties.col}`)).toEqual([
      'error b.md:30:1',
      'error a.md:1:1',
      'warning b.md:9:2',
      'warning b.md:9:4',
      'warning a.md:2:1',
    ]);
  });

  it('leaves out columns for a diagnostic that spans lines (GitHub rejects them there)', () => {
    const [line] = formatGithub([result('a.md', [diagnostic('error', 3, { endLine: 5, endColumn: 2 })])], context).split('\n');
    expect(line).toBe('::error file=a.md,line=3,endLine=5,title=retention-period::Finding on line 3. (GDPR Art. 13(2)(a))');
  });

  it('makes absolute paths inside the working directory relative, with forward slashes', () => {
    const text = formatGithub([result('/work/project/docs/p.md', [diagnostic('error', 1)])], context);
    expect(parseCommand(text.trimEnd()).properties.file).toBe('docs/p.md');
    const outside = formatGithub([result('/elsewhere/p.md', [diagnostic('error', 1)])], context);
    expect(parseCommand(outside.trimEnd()).properties.file).toBe('/elsewhere/p.md');
  });
});

describe('github formatter: escaping (as @actions/core command.ts)', () => {
  it('escapes data and properties exactly like the toolkit', () => {
    expect(escapeData('100% \r\n done: a,b')).toBe('100%25 %0D%0A done: a,b');
    expect(escapeProperty('100% \r\n done: a,b')).toBe('100%25 %0D%0A done%3A a%2Cb');
    // Already-escaped-looking text is escaped again, so it cannot decode to a newline.
    expect(escapeData('%0A')).toBe('%250A');
    expect(workflowCommand('notice', [], 'x')).toBe('::notice::x');
    expect(workflowCommand('error', [['file', 'a,b:c'], ['line', 3]], 'm')).toBe('::error file=a%2Cb%3Ac,line=3::m');
  });

  it('cannot be made to inject a command by hostile text in a policy or a file name', () => {
    const hostileMessage = 'Found "x\n::set-output name=x::y\r\n::error::fake %0A::add-mask::z" here, a: b.';
    const hostilePath = 'docs/evil,line=999,title=pwn::set-output name=x::y\n::warning::%0A.md';
    const hostileRule = 'plugin/rule,file=other.md::x';
    const text = formatGithub(
      [
        result(hostilePath, [
          diagnostic('error', 2, { message: hostileMessage, ruleId: hostileRule, reference: 'Ref: a,b\n::c' }),
          diagnostic('info', 3),
        ]),
      ],
      context,
    );
    const lines = text.trimEnd().split('\n');
    // Exactly one line per diagnostic: no line break survived.
    expect(lines).toHaveLength(2);
    expect(text).not.toMatch(/\r/);
    const first = parseCommand(lines[0] as string);
    expect(first.name).toBe('error');
    expect(Object.keys(first.properties)).toEqual(['file', 'line', 'col', 'endLine', 'endColumn', 'title']);
    // What the runner decodes is exactly the original text.
    expect(first.properties.file).toBe(hostilePath);
    expect(first.properties.title).toBe(hostileRule);
    expect(first.properties.line).toBe('2');
    expect(first.data).toBe(`${hostileMessage} (Ref: a,b\n::c)`);
    // The properties part holds no raw separator from the hostile text.
    const head = (lines[0] as string).slice(0, (lines[0] as string).indexOf('::', 2));
    expect(head.match(/,/g)).toHaveLength(5);
    expect(head.slice(2)).not.toContain(':');
    expect(parseCommand(lines[1] as string).name).toBe('notice');
  });
});

describe('github formatter: annotation limits', () => {
  const many = (severity: Severity, n: number) => Array.from({ length: n }, (_, i) => diagnostic(severity, i + 1));

  it('adds no notice when every level fits', () => {
    const text = formatGithub([result('a.md', [...many('error', 10), ...many('warning', 10), ...many('info', 9)])], context);
    expect(text.trimEnd().split('\n')).toHaveLength(29);
    expect(text).not.toContain('not shown');
  });

  it('says how many are not shown, still prints every finding, and keeps the notice visible', () => {
    const text = formatGithub([result('a.md', [...many('info', 12), ...many('error', 13), ...many('warning', 4)])], context);
    const lines = text.trimEnd().split('\n').map(parseCommand);
    expect(lines).toHaveLength(12 + 13 + 4 + 1);
    expect(lines.map((c) => c.name)).toEqual([
      ...Array<string>(13).fill('error'),
      ...Array<string>(4).fill('warning'),
      ...Array<string>(13).fill('notice'),
    ]);
    // The overflow notice is the first notice (GitHub shows the first 10 of each level).
    const overflow = lines[17];
    expect(overflow?.properties).toEqual({});
    // 3 errors over 10, and 3 notices (12 + this one = 13, of which 10 are shown).
    expect(overflow?.data).toMatch(/^policylint: 6 findings not shown as annotations \(3 errors, 3 notices\): GitHub shows at most 10 annotations of each level per step\./);
    expect(overflow?.data).toContain('--format stylish');
    expect(overflow?.data).toContain('job summary');
    expect(text.match(/not shown/g)).toHaveLength(1);
  });

  it('puts the notice last when there are no info-level findings', () => {
    const lines = formatGithub([result('a.md', many('warning', 11))], context).trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[11]).toMatch(/^::notice::policylint: 1 finding not shown as annotations \(1 warning\)/);
  });
});

describe('github formatter: job summary', () => {
  it('has a table per file with rule, severity, line, message and reference', () => {
    const md = formatGithubSummary(results, context);
    expect(md).toContain('5 problems (2 errors, 2 warnings, 1 info) in 2 files of 3 checked.');
    expect(md).toContain('### docs/privacy.md\n\n| Rule | Severity | Line | Message | Reference |\n| --- | --- | ---: | --- | --- |\n');
    expect(md).toContain(
      '| [gdpr/legal-basis](https://github.com/policylint/policylint/blob/main/docs/rules/gdpr/legal-basis.md) | error | 12 | No legal basis is stated for the processing purposes. | GDPR Art. 13(1)(c) |',
    );
    expect(md).toContain('### za/popia policy.txt');
    expect(md).not.toContain('### clean.txt');
    // Rows in line order, whatever the severity.
    expect(md.indexOf('| 1 |')).toBeLessThan(md.indexOf('| 12 |'));
    expect(md.indexOf('| 40 |')).toBeLessThan(md.indexOf('| 105 |'));
  });

  it('says so when there is nothing to report', () => {
    expect(formatGithubSummary(results.slice(1, 2), context)).toBe('## policylint\n\nNo problems found in 1 file.\n\n');
  });

  it('escapes pipes, line breaks and HTML in cells so a row stays one row', () => {
    expect(markdownCell('a | b\nc\r\nd <img src=x> & \\|')).toBe('a \\| b<br>c<br>d &lt;img src=x&gt; &amp; \\\\\\|');
    const md = formatGithubSummary(
      [result('x|y.md', [diagnostic('error', 1, { message: 'one | two\n| three |', url: 'javascript:alert(1)' })])],
      context,
    );
    const row = md.split('\n').find((l) => l.startsWith('| retention-period'));
    expect(row).toBe('| retention-period | error | 1 | one \\| two<br>\\| three \\| | GDPR Art. 13(2)(a) |');
    expect(md).toContain('### x\\|y.md');
  });
});
