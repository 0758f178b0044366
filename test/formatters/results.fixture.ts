// One shared set of results for every formatter test: two files with messages of all
// severities (one with a suggestion), and one file without messages.
import type { LintResult } from '../../src/engine/types.js';

const url = (id: string) => `https://github.com/policylint/policylint/blob/main/docs/rules/${id}.md`;

export const results: LintResult[] = [
  {
    filePath: 'docs/privacy.md',
    jurisdictions: ['gdpr'],
    errorCount: 2,
    warningCount: 1,
    infoCount: 1,
    requirements: [
      { ruleId: 'last-updated', item: 'policy date', status: 'missing' },
      { ruleId: 'gdpr/legal-basis', item: 'legal basis', status: 'missing' },
      {
        ruleId: 'gdpr/data-subject-rights',
        item: 'right of access (Art. 15)',
        status: 'met',
        line: 38,
        column: 3,
        endLine: 38,
        endColumn: 41,
        text: 'You can ask for a copy of your data.',
      },
    ],
    messages: [
      {
        ruleId: 'last-updated',
        messageId: 'missing',
        severity: 'warning',
        message: 'The policy does not say when it was last updated.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        reference: 'GDPR Art. 12(1)',
        url: url('last-updated'),
      },
      {
        ruleId: 'gdpr/legal-basis',
        messageId: 'missing',
        severity: 'error',
        message: 'No legal basis is stated for the processing purposes.',
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 25,
        reference: 'GDPR Art. 13(1)(c)',
        url: url('gdpr/legal-basis'),
        suggestion: 'Add a section that names the legal basis (Art. 6(1)) for each purpose.',
      },
      {
        ruleId: 'gdpr/data-subject-rights',
        messageId: 'missingRight',
        severity: 'error',
        message: 'The right to data portability is not mentioned.',
        line: 40,
        column: 3,
        endLine: 40,
        endColumn: 14,
        reference: 'GDPR Art. 13(2)(b)',
        url: url('gdpr/data-subject-rights'),
      },
      {
        ruleId: 'placeholder-text',
        messageId: 'placeholder',
        severity: 'info',
        message: 'Placeholder "[Company Name]" left in the text.',
        line: 105,
        column: 17,
        endLine: 105,
        endColumn: 31,
        reference: 'GDPR Art. 12(1)',
        url: url('placeholder-text'),
      },
    ],
  },
  {
    filePath: 'clean.txt',
    jurisdictions: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    requirements: [],
    messages: [],
  },
  {
    filePath: 'za/popia policy.txt',
    jurisdictions: ['popia', 'ccpa'],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    requirements: [],
    messages: [
      {
        ruleId: 'popia/information-regulator',
        messageId: 'missing',
        severity: 'warning',
        message: 'The right to complain to the Information Regulator is not mentioned.',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 9,
        reference: 'POPIA s18(1)(h)(v)',
        url: url('popia/information-regulator'),
      },
    ],
  },
];

export const context = { cwd: '/work/project', color: false };
