import { describe, expect, it } from 'vitest';
import rule from '../../../rules/ccpa/retention.js';
import { lintFixture, testRule } from '../../helpers/rule-tester.js';

const ccpa = ['ccpa'] as const;

testRule(rule, {
  valid: [
    // Per category: lists, tables, several statements.
    { text: '## Data Retention\n\n- Account data: until you delete your account\n- Logs: 90 days\n- Invoices: 7 years', formats: ['markdown'], jurisdictions: [...ccpa] },
    { text: 'Data Retention\n• Account data: until you delete your account\n• Logs: 90 days\n• Invoices: 7 years', formats: ['plaintext'], jurisdictions: [...ccpa], name: 'plain-text bullets' },
    { text: '| Category | Retention period |\n|---|---|\n| Identifiers | Until account deletion |\n| Internet activity | 90 days |', formats: ['markdown'], jurisdictions: [...ccpa], name: 'table' },
    { text: 'Account data is kept while your account is active. Server logs are deleted after 30 days.', jurisdictions: [...ccpa] },
    { text: 'We keep billing records for 7 years and support tickets for 2 years.', jurisdictions: [...ccpa], name: 'two categories in one sentence' },
    { text: 'We retain personal information for 3 years, except payment records, which we keep for 7 years as required by tax law.', jurisdictions: [...ccpa] },
    { text: 'We retain each category of personal information for the period set out in the table below.', jurisdictions: [...ccpa], name: '"each category"' },
    {
      name: 'seed 000 retention section',
      text: '## Data Retention\n\n### Account Data\n\n- **Active accounts:** Retained while account is active\n- **Inactive accounts:** Deleted after 2 years of inactivity\n\n### Usage Logs\n\n- **API call logs:** 90 days',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
    },
    { text: 'We do not collect or store any personal information.', jurisdictions: [...ccpa], name: 'not applicable' },
    { text: 'Server logs are deleted after 30 days.', jurisdictions: [...ccpa], name: 'one named category alone: not reported' },
    { text: 'Subscriber e-mail addresses are erased 14 days after you unsubscribe.', jurisdictions: [...ccpa], name: 'one named contact category alone' },
    // Labelled lines name a category and its period without a retention word.
    { text: 'Contact details: until you unsubscribe\nOrder history: 5 years after your last order', formats: ['plaintext'], jurisdictions: [...ccpa], name: 'labelled plain-text lines' },
    { text: '- **Call recordings:** 90 days\n- **Mailing list addresses:** until you unsubscribe', formats: ['markdown'], jurisdictions: [...ccpa], name: 'labelled bold list items' },
    // Outside the CCPA the rule does not run.
    { text: 'We retain your personal information for 3 years.', jurisdictions: ['gdpr'], name: 'GDPR only' },
    {
      name: 'storing and holding for periods, per category',
      text: 'We hold your order history for 7 years and your marketing preferences until you unsubscribe.',
      jurisdictions: [...ccpa],
    },
    {
      name: 'a named retention schedule of the privacy policy, with a rights table saying "Delete"',
      text: '## Your rights\n\n| Right | What it means |\n|---|---|\n| Delete | Ask us to erase what we hold |\n\n## Keeping data\n\nWe keep personal information for the periods in the retention schedule of our [Privacy Notice](/privacy).',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
    },
    {
      name: 'plain text: periods listed in the retention table of the privacy statement',
      text: 'California supplement\nHow long each category is held is listed in the data retention table of our Privacy Statement.',
      formats: ['plaintext'],
      jurisdictions: [...ccpa],
    },
  ],
  invalid: [
    {
      name: '"the table below" names no other document',
      text: 'We keep personal information for the periods in the retention table of this policy.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: 'a rights table cell "Delete" is no retention statement',
      text: '## Your rights\n\n| Right | What it means |\n|---|---|\n| Delete | Ask us to erase what we hold |',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: "the reader's own deletion as a condition is no retention statement",
      text: 'Privacy\nIf you remove a comment, copies of it may still be visible in search engine caches.',
      formats: ['plaintext'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: "a vague statement after the reader's own deletion is still read",
      text: 'When you delete a post, we retain a copy as long as necessary.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'vague', line: 1 }],
    },
    // No period or criterion for any category: §1798.100(a)(3) unmet (retention-period reports the phrase).
    {
      name: 'vague only',
      text: 'We retain personal information as long as necessary.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'vague', line: 1, column: 1, severity: 'warning' }],
    },
    {
      name: 'vague under a retention heading, in other words',
      text: '## How long we keep it\n\nRecords are handled in line with our records management schedule.',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'vague', line: 3, column: 1 }],
    },
    {
      name: 'vague in plain text: erased once its purpose is served',
      text: 'Privacy notice\nData is erased once it has served its purpose.',
      formats: ['plaintext'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'vague', line: 2 }],
    },
    { name: 'no retention statement', text: 'We collect your name and email address.', jurisdictions: [...ccpa], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'no retention statement: reported at a storage heading',
      text: '# Privacy\n\n## Where we store data\n\nOur servers are in Oregon.',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'missing', line: 3 }],
    },
    { name: 'a negated keep is no statement', text: "We don't keep personal data longer than we have to.", jurisdictions: [...ccpa], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'the right to deletion is not a practice', text: 'You may ask us to delete your personal information.', jurisdictions: [...ccpa], errors: [{ messageId: 'missing', line: 1 }] },
    { name: "the reader's own deletion is no retention statement", text: 'You can update or delete your account information at any time in the app settings.', jurisdictions: [...ccpa], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'anonymised data shared is no retention statement', text: 'We may disclose aggregated or anonymized information about our users without restriction.', jurisdictions: [...ccpa], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a vague statement is still reported next to the reader\'s own deletion',
      text: 'You can delete your profile at any time.\n\nWe keep your personal information as long as necessary.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'vague', line: 3 }],
    },
    {
      name: 'cookie lifetimes are not retention of a category',
      text: '## Cookies\n\n| Cookie | Duration |\n|---|---|\n| session | 1 hour |',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'a breach deadline is not retention', text: 'We will notify affected users within 72 hours of a breach.', jurisdictions: [...ccpa], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'one global period',
      text: 'We retain your personal information for 3 years.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'global', line: 1, column: 1, endColumn: 49, severity: 'warning' }],
    },
    {
      name: 'one global criterion under a retention heading',
      text: '# Privacy\n\n## Data Retention\n\nWe keep all personal information until you delete your account.',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'global', line: 5, column: 1 }],
    },
    {
      name: 'plain text heading, two global statements',
      text: 'How long we keep your data\nWe retain personal information while your account is active. After you close your account, we delete it within 30 days.',
      formats: ['plaintext'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'global', line: 2, column: 1 }],
    },
    {
      name: 'one bullet',
      text: '- We retain your personal information for 7 years to comply with tax law.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'global', line: 1, column: 3 }],
    },
    {
      name: '"your account" as an event is not a category',
      text: 'Your information is kept for 90 days after account termination, then deleted.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'global', line: 1, column: 1 }],
    },
    {
      name: 'one global period, stated as storing',
      text: 'We will store any personal information you give us for 10 years.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'global', line: 1 }],
    },
  ],
});

describe('on the real policies', () => {
  const pins = (file: string) => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.severity}`);
  it('000 (gdpr+ccpa; retention per category in lists): silent, met', () => {
    const result = lintFixture(rule, 'seeds/000_d80a1d47bfd452aa.txt');
    expect(result.jurisdictions).toContain('ccpa');
    expect(result.messages).toEqual([]);
    expect(result.requirements.map((r) => `${r.status} ${r.line}:${r.column}`)).toEqual(['met 166:5']);
  });
  it('001 (GDPR only): silent', () => expect(pins('seeds/001_5d45be2437642316.txt')).toEqual([]));
  it('002 (GDPR only): silent', () => expect(pins('seeds/002_d0849b8b0e039e27.txt')).toEqual([]));
  it('003 (GDPR only): silent', () => expect(pins('seeds/003_a73e55a167ae72aa.txt')).toEqual([]));
  it('004 (POPIA only): silent', () => expect(pins('seeds/004_9676fbca8d62b176.txt')).toEqual([]));
  it('GitHub 2017 (GDPR only): silent', () => expect(pins('corpus/github-privacy-statement-2017.md')).toEqual([]));
  it('Mastodon template (GDPR only): silent', () => expect(pins('corpus/mastodon-default-privacy-policy.md')).toEqual([]));
});

// Phrasings found by the blind heldout4 set, in new words: the organisation in the third
// person, table headers that lead rows in, definitions, plain-words rights (see CHANGELOG).
testRule(rule, {
  valid: [
    { text: "We keep your saved games while your account is active. If you do not play for 18 months, we delete your account and all its data.", jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { text: "We keep your personal information while your account is active.", jurisdictions: ['ccpa'], errors: [{messageId:'global',line:1}] },
  ],
});

// What is not a retention statement on a whole policy: keeping something in a state, a table
// of contents that repeats the retention heading, a right to request deletion.
testRule(rule, {
  valid: [
    {
      name: 'a period per category; "keep it secure" and a table of contents are no statements',
      text: '[Data Retention](#data-retention)\n\nWe use logs to keep the service running and to keep your account secure.\n\n## Data Retention\n\n- Account data: until you close your account.\n- Server logs: 30 days.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'only "keep it running" and a right to delete: retention is missing, not vague',
      text: 'We use logs to keep the service running. Consumers may use an agent to make requests to delete personal information.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"keep" with a period outside a retention section',
      text: 'We keep your e-mail address for as long as we like.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'vague', line: 1 }],
    },
  ],
});

// A notice at collection may point to the privacy policy's retention section (11 CCR §7012; see rules/ccpa/shared/cross-reference.ts).
testRule(rule, {
  valid: [
    { name: 'a named retention section of the privacy policy', text: 'For how long we keep each category, please see the "Data Retention" section of our Privacy Policy.', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'a bare pointer', text: 'For retention, please see our Privacy Policy.', jurisdictions: ['ccpa'], errors: [{ messageId: 'vague', line: 1 }] },
  ],
});

// A sentence about the consumer's rights keeps nothing, even in a retention section, and
// "for the period necessary to comply with …" is a criterion (found on a real policy).
testRule(rule, {
  valid: [
    {
      name: 'records of rights requests with their own period',
      text: 'Records of requests made under the right to delete are kept for 24 months. Order data is kept for 7 years.',
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'the global statement is quoted, not the rights sentence after it',
      text: '## Keeping your data\n\nThe right to erasure and the right of access end when the retention period ends. We hold personal data for the period needed to resolve disputes and comply with our legal duties.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'global', line: 3, column: 82 }],
    },
    {
      name: 'only a rights sentence in a retention section: no statement',
      text: 'Data retention\n\nAfter the retention period expires, the right to access and the right to data portability can no longer be exercised.',
      formats: ['plaintext'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

// Criteria listed as such, said to depend on the category (t8pc).
testRule(rule, {
  valid: [
    {
      name: 'varies by type, with the factors we take into account',
      text: 'Retention varies depending on the type of record. We take into account the purpose we collected it for, whether the law sets a period, and whether a claim is pending.',
      jurisdictions: ['ccpa'],
    },
    {
      name: 'depends on the kind, criteria listed in the sentence',
      text: 'How long a record is kept depends on its kind: the criteria we use include how long we need it to serve you, any legal hold, and whether you still hold a loyalty account.',
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'depends on the category, no criteria',
      text: 'How long we keep personal information depends on the category of information.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'vague', line: 1 }],
    },
  ],
});

// A label in the business's own words names a category of records ("Donor records:", "CCTV footage:").
testRule(rule, {
  valid: [
    { name: 'donor records and an email list', text: 'Donor files: 7 years (tax law). Mailing list: until you unsubscribe.', jurisdictions: ['ccpa'] },
    { name: 'footage and logs', text: '- CCTV footage: 30 days\n- Visitor logs: 12 months\n', jurisdictions: ['ccpa'] },
    { name: 'under a retention heading', text: '## How long we keep it\n\nVolunteer records: 3 years after you stop volunteering.\nMembership register: while your membership is active.\n', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'labels that mean everything', text: 'Your details: 2 years. Other data: 1 year.', jurisdictions: ['ccpa'], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a retention label', text: 'Retention: 7 years.', jurisdictions: ['ccpa'], errors: [{ messageId: 'global', line: 1 }] },
  ],
});

// A title glued to the first labelled line; "until you ask us to stop" as the ending event.
testRule(rule, {
  valid: [
    { name: 'title glued to the labels', text: 'How long we keep things\nIntake forms: 7 years after your last visit. Reminder list: until you ask us to stop.', jurisdictions: ['ccpa'] },
    { name: 'until you tell us otherwise', text: 'Loyalty card records: until you tell us to close the card. Receipts: 5 years.', jurisdictions: ['ccpa'] },
  ],
  invalid: [],
});

// The FAQ layout: the question states nothing, its answer is read as in a retention section.
testRule(rule, {
  valid: [
    { name: 'Q/A periods per category', text: 'Q: How long do you keep my data? A: Order records for seven years (tax law); marketing preferences until you unsubscribe.', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'Q/A vague', text: 'Q: How long do you keep my data?\nA: As long as we need it.', jurisdictions: ['ccpa'], errors: [{ messageId: 'vague', line: 2 }] },
  ],
});
