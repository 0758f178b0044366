import rule from '../../rules/general/last-updated.js';
import { testRule } from '../helpers/rule-tester.js';

// Today is 2026-11-27 in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    { text: 'Privacy Policy\n\nLast updated: 2026-05-15\n\nWe collect your e-mail address.' },
    { text: 'Last Updated: November 18, 2026\n\nWe collect data.' },
    { text: 'Effective date: October 1, 2026\n\nWe collect data.' },
    { text: 'Version 1.0 · Effective May 2026\n\nWe collect data.', name: 'effective month, seed 004 style' },
    { text: '**Last Updated:** 1 March 2026\n\nWe collect data.', formats: ['markdown'] },
    { text: 'This policy is effective as of March 3, 2026.' },
    { text: 'Last revised on 2026-01-02.' },
    { text: 'Last updated: 2025-01-01\n\nWe collect data.', options: { maxAgeDays: 1000 }, jurisdictions: ['gdpr'], name: 'maxAgeDays option' },
    {
      name: 'a stale effective date does not matter when a recent last-updated date exists',
      text: 'Effective date: January 1, 2020\n\nLast updated: July 1, 2026\n\nWe collect data.',
    },
    {
      name: 'front matter date counts as the policy date',
      text: '---\ntitle: Privacy\nlast_updated: 2026-06-01\n---\n\n# Privacy\n\nWe collect data.\n',
      formats: ['markdown'],
    },
    {
      name: '"last updated" in prose is not a date field',
      text: 'Last updated: 2026-03-01\n\nThe last updated date above reflects the most recent change.',
    },
    { text: 'Last updated: 2026-11-27', name: 'today is not in the future' },
    { text: 'This statement was last amended on the 14th of September 2026.', name: '"the" before the date' },
    { text: 'Cookie Notice — Version 4.1, 2 October 2026\n\nWe use cookies.', name: 'a version with its date' },
    { text: 'Privacy notice | v7 | September 2026', name: 'a version with its month' },
    { text: 'We last updated this notice on 2 October 2026.', name: 'the notice between the label and its date' },
    { text: 'We last revised our privacy policy in September 2026.' },
    { text: 'Policy date: 1 May 2026\n\nWe collect data.' },
    { text: 'This notice applies from 1 June 2026.' },
    { text: 'Date of this notice: 12 August 2026' },
    { text: 'Current version: 3 June 2026\n\nWe collect data.' },
    { text: 'Last updated: Wednesday, 3 June 2026' },
    { text: 'Privacy Notice – June 2026\n\nWe collect data.', name: 'a title with its date' },
    { text: 'This notice was last reviewed by our Data Protection Officer on 1 October 2026.' },
    {
      name: 'a change log dates the current version',
      text: '# Privacy\n\nWe collect data.\n\n## Version history\n\n| Version | Date | Summary |\n|---|---|---|\n| 1 | 2022-02-01 | First issue |\n| 2 | 3 August 2026 | Added a processor |',
      formats: ['markdown'],
    },
    {
      name: 'a change log without a history heading: its header names the changes',
      text: 'We collect data.\n\n| Date | Change |\n|---|---|\n| 2026-09-30 | New retention periods |',
      formats: ['markdown'],
    },
  ],
  invalid: [
    { text: 'Privacy Policy\n\nWe collect your e-mail address.', errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'warning' }] },
    { text: 'Privacy Notice (Version 3)\n\nWe collect data.', name: 'a version number is not a date', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { text: 'Our prices are valid from 1 May 2026.', name: 'a price list is no policy date', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { text: 'Current version: 2.1\n\nWe collect data.', name: 'a version without a date', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { text: 'Privacy Notice – March 2024\n\nWe collect data.', jurisdictions: ['ccpa'], errors: [{ messageId: 'staleCcpa', line: 1, column: 18 }] },
    { text: 'Notice date:\n\nWe collect data.', errors: [{ messageId: 'empty', line: 1, column: 1 }] },
    { text: 'We last updated this policy in May 2024.', jurisdictions: ['ccpa'], errors: [{ messageId: 'staleCcpa', line: 1, column: 32 }] },
    {
      name: 'a dated table that is no change log',
      text: 'We collect data.\n\n| Event | Date |\n|---|---|\n| Annual general meeting | 2026-06-01 |',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'a stale change log',
      text: 'We collect data.\n\n## Revision history\n\n| Revision | Date |\n|---|---|\n| A | 2023-01-10 |\n| B | 2024-04-02 |',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'stale', line: 8, column: 7 }],
    },
    {
      name: 'version 2.0 dated in the future',
      text: 'Version 2.0 - 1 February 2027\n\nWe collect data.',
      errors: [{ messageId: 'future', line: 1, column: 15, severity: 'error' }],
    },
    {
      name: 'seed 001: empty label',
      text: 'Privacy Policy\nHow we protect your data.\nLast updated:\nThis Privacy Policy explains how we work.',
      formats: ['plaintext'],
      errors: [{ messageId: 'empty', line: 3, column: 1, endLine: 3, endColumn: 14, severity: 'error' }],
    },
    {
      text: '# Privacy Policy\n\nLast updated:\n\nWe collect data.',
      formats: ['markdown'],
      errors: [{ messageId: 'empty', line: 3, column: 1, severity: 'error' }],
    },
    {
      text: 'Last updated: recently\n\nWe collect data.',
      errors: [{ messageId: 'unparseable', line: 1, column: 1 }],
    },
    {
      text: 'Last updated: 2025-01-01\n\nWe collect data.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'stale', line: 1, column: 15, endColumn: 25, severity: 'warning' }],
    },
    {
      text: 'Effective date: **October 11, 2017**\n\nWe collect data.',
      formats: ['markdown'],
      jurisdictions: ['popia'],
      errors: [{ messageId: 'stale', line: 1, column: 19 }],
    },
    {
      text: 'Last updated: March 1, 2027\n\nWe collect data.',
      errors: [{ messageId: 'future', line: 1, column: 15, severity: 'error' }],
    },
    {
      name: 'under the CCPA a policy older than 12 months is an error, whatever maxAgeDays says',
      text: 'Last updated: 2025-06-01\n\nWe collect data.',
      jurisdictions: ['ccpa'],
      options: { maxAgeDays: 1000 },
      errors: [{ messageId: 'staleCcpa', line: 1, column: 15, severity: 'error' }],
    },
    {
      name: 'stale date with a smaller maxAgeDays',
      text: 'Last updated: 2026-05-15',
      options: { maxAgeDays: 30 },
      errors: [{ messageId: 'stale', line: 1 }],
    },
    {
      name: 'stale front matter date points at its line',
      text: '---\ntitle: Privacy\ndate: 2017-10-11\n---\n\n# Privacy\n\nWe collect data.\n',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'stale', line: 3, column: 1 }],
    },
  ],
});
