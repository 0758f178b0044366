import { describe, expect, it } from 'vitest';
import rule from '../../../rules/ccpa/sensitive-information.js';
import { lintFixture, testRule } from '../../helpers/rule-tester.js';

const ccpa = ['ccpa'] as const;

testRule(rule, {
  valid: [
    { text: 'We do not treat or store sensitive personal information.', jurisdictions: [...ccpa], name: 'a denial of holding it' },
    { text: 'We protect sensitive personal information and use it only to provide the services you request.', jurisdictions: [...ccpa], name: 'held, with the use stated' },
    // Not collected, or only credentials (see the decision on passwords in the docs).
    { text: 'We do not collect sensitive personal information.', jurisdictions: [...ccpa] },
    { text: 'We do not intentionally collect Special Personal Information (such as health data, race, religion, or trade union membership).', jurisdictions: [...ccpa], name: 'seed 004 wording' },
    { text: '### 1. Account Information\n\n- **Password** - Stored as a bcrypt hash, never in plain text\n- **OAuth tokens** - Encrypted', formats: ['markdown'], jurisdictions: [...ccpa], name: 'seed 000: credentials' },
    { text: 'We collect your approximate location based on your IP address.', jurisdictions: [...ccpa] },
    { text: 'Please do not include health information or Social Security numbers in support tickets.', jurisdictions: [...ccpa], name: 'a warning to users' },
    { text: '"Sensitive personal information" means information such as your Social Security number or precise geolocation.', jurisdictions: [...ccpa], name: 'a definition' },
    { text: 'Our service helps avoid race conditions in distributed systems.', jurisdictions: [...ccpa], name: 'near miss: race' },
    // Collected, and the use is stated, or the right to limit is offered.
    { text: 'We collect precise geolocation to provide navigation. We use sensitive personal information only as necessary to provide the services you request, as permitted by 11 CCR §7027(m).', jurisdictions: [...ccpa] },
    { text: 'We collect health information to provide care. We do not collect or process sensitive personal information for the purpose of inferring characteristics about you.', jurisdictions: [...ccpa] },
    { text: 'We use your precise location for targeted ads. You have the right to limit the use and disclosure of your sensitive personal information.', jurisdictions: [...ccpa], name: 'beyond, with the right to limit' },
    { text: 'We collect your Social Security number for payroll.\n\n[Limit the Use of My Sensitive Personal Information](https://acme.com/limit)', formats: ['markdown'], jurisdictions: [...ccpa], name: 'the link' },
    { text: 'We never use health data for advertising. We only use it to provide the services you request.', jurisdictions: [...ccpa], name: 'negated purpose' },
    {
      name: 'a category definition: "retina scans" is a noun, not a collecting verb',
      text: '<td>Biometric information.</td>\n<td>\nPhysical characteristics used to make an identifier, such as fingerprints, iris or retina scans, and voiceprints.\n</td>\n<td>NO</td>',
      formats: ['plaintext'],
      jurisdictions: [...ccpa],
    },
    { text: '## Terms we use\n\n- Biometric information: face geometry, retina scans and voiceprints', formats: ['markdown'], jurisdictions: [...ccpa], name: 'scans in a glossary list' },
    // Outside the CCPA the rule does not run.
    { text: 'We collect your precise geolocation to show you targeted advertising.', jurisdictions: ['gdpr'], name: 'GDPR only' },
  ],
  invalid: [
    {
      name: '"we scan" is collecting',
      text: 'At the door we scan your fingerprints to let you in.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
    {
      name: 'handled with care, use unstated',
      text: 'Sensitive personal information: we always handle it with extra care.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
    {
      name: 'stored and encrypted, use unstated',
      text: 'We store your health information on encrypted servers.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
    {
      name: 'used for advertising, no link',
      text: 'We collect your precise geolocation to show you targeted advertising.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'noLimitLink', line: 1, column: 49, endColumn: 69, severity: 'error' }],
    },
    {
      name: 'shared with advertising partners',
      text: 'We may share biometric data with our advertising partners.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'noLimitLink', line: 1, column: 38 }],
    },
    {
      name: 'collected, use unstated',
      text: 'We collect your Social Security number to verify your identity.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 1, column: 17, severity: 'warning' }],
    },
    {
      name: 'a list under "Information We Collect"',
      text: '## Information We Collect\n\n- Driver\'s license number\n- Email address',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 3, column: 3 }],
    },
    {
      name: 'plain-text bullets under a heading',
      text: 'Information We Collect\n• Precise geolocation\n• Device identifiers',
      formats: ['plaintext'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 2, column: 3 }],
    },
    {
      name: 'a table cell',
      text: '| Category | Examples |\n|---|---|\n| Location | We collect precise geolocation from your device |',
      formats: ['markdown'],
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 3, column: 25 }],
    },
  ],
});

describe('on the real policies', () => {
  const pins = (file: string) => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.severity}`);
  it('000 (gdpr+ccpa; only a password, tokens and API keys): silent, not applicable', () => {
    const result = lintFixture(rule, 'seeds/000_d80a1d47bfd452aa.txt');
    expect(result.jurisdictions).toContain('ccpa');
    expect(result.messages).toEqual([]);
    expect(result.requirements.map((r) => r.status)).toEqual(['not-applicable']);
  });
  it('001 (GDPR only): silent', () => expect(pins('seeds/001_5d45be2437642316.txt')).toEqual([]));
  it('002 (GDPR only): silent', () => expect(pins('seeds/002_d0849b8b0e039e27.txt')).toEqual([]));
  it('003 (GDPR only): silent', () => expect(pins('seeds/003_a73e55a167ae72aa.txt')).toEqual([]));
  it('004 (POPIA only): silent', () => expect(pins('seeds/004_9676fbca8d62b176.txt')).toEqual([]));
  it('GitHub 2017 (GDPR only): silent', () => expect(pins('corpus/github-privacy-statement-2017.md')).toEqual([]));
  it('Mastodon template (GDPR only): silent', () => expect(pins('corpus/mastodon-default-privacy-policy.md')).toEqual([]));
});

// "Sensitive (and potentially sensitive) personal information": a parenthesis inside the term.
testRule(rule, {
  valid: [
    {
      name: 'a parenthesis inside the term, with the §7027(m) statement',
      text: 'We collect your precise geolocation for deliveries. We do not collect or process your sensitive (or potentially sensitive) personal information except where it is necessary to provide the service and not for the purpose of inferring characteristics about you.',
      jurisdictions: [...ccpa],
    },
  ],
  invalid: [
    {
      name: 'a parenthesis inside the term, use unstated',
      text: 'We collect your precise geolocation for deliveries. We protect your sensitive (and potentially sensitive) personal information with encryption.',
      jurisdictions: [...ccpa],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
  ],
});

// The use statement of a named category, in the law's terms.
testRule(rule, {
  valid: [
    { name: 'a named category used solely as permitted', text: "Your driver's license number is used solely to verify your identity, as permitted by 11 CCR §7027(m).", jurisdictions: [...ccpa] },
  ],
  invalid: [
    { name: 'used solely, no permitted purpose named', text: "Your driver's license number is collected at sign-up and kept on file.", jurisdictions: [...ccpa], errors: [{ messageId: 'useUnstated', line: 1 }] },
  ],
});

// The right to limit named without its link or a word on the use; "them" after the category;
// "health and fitness data".
testRule(rule, {
  valid: [
    {
      name: 'a use statement about "them" in the next sentence',
      text: 'We collect your Social Security number and bank account details. We use and disclose them only for purposes permitted under Cal. Civ. Code §1798.121, such as payroll.',
      jurisdictions: ['ccpa'],
    },
    {
      name: 'the right with the link title',
      text: 'You have the right to limit our use of your sensitive personal information: click "Limit the Use of My Sensitive Personal Information" in the footer.',
      jurisdictions: ['ccpa'],
    },
    {
      name: 'a use beyond the permitted purposes with the right beside it',
      text: 'We use your ethnicity to tailor marketing campaigns. You have the right to limit this use; email limit@example.com.',
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'only the right, with a contact',
      text: 'Consumers in California may have a right to limit the use and disclosure of sensitive personal information. Write to privacy@example.com.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 1, column: 36 }],
    },
    {
      name: 'health and wellness data for advertising',
      text: 'Our app uses your health and wellness data to choose which advertising you see.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'noLimitLink', line: 1 }],
    },
    {
      name: '"them" without a permitted purpose',
      text: 'We collect your passport details. We use them only to improve our recommendations.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
  ],
});

// "Sensitive information" without "personal", held in the passive or with "take care to".
testRule(rule, {
  valid: [
    { name: 'a definition of sensitive information', text: 'Sensitive information means data such as health or biometric data.', jurisdictions: ['ccpa'] },
    { name: 'held, and used only as permitted', text: 'Sensitive information is stored in an encrypted vault and used only to verify you, as permitted by 11 CCR §7027(m).', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'we take great care to protect it', text: 'We take great care to protect sensitive information.', jurisdictions: ['ccpa'], errors: [{ messageId: 'useUnstated', line: 1 }] },
    { name: 'protected with encryption (passive)', text: 'Sensitive data such as your medical history is protected with encryption.', jurisdictions: ['ccpa'], errors: [{ messageId: 'useUnstated', line: 1 }] },
    { name: 'heart rate to infer characteristics', text: 'We analyse your heart rate to infer characteristics such as stress levels and show related advertising.', jurisdictions: ['ccpa'], errors: [{ messageId: 'noLimitLink', line: 1 }] },
  ],
});

// One stated purpose for a named category, and §1798.121(d)'s "not to infer characteristics" (t8pc).
testRule(rule, {
  valid: [
    { name: 'a category collected only for one purpose', text: "We collect your driver's license number solely to verify your age at delivery.", jurisdictions: ['ccpa'] },
    {
      name: 'not used to infer characteristics',
      text: 'Our app records precise geolocation while you drive. We do not process it for the purpose of inferring characteristics about you.',
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'not only for one purpose',
      text: 'We collect precise geolocation and use it not only to route drivers but also to improve our maps.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
    {
      name: 'only for targeted advertising is no statement of a permitted use',
      text: 'We collect health information only for targeted advertising.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
  ],
});

// The right to limit listed with the other CCPA rights, while the list of what is collected names
// nothing sensitive: nothing to limit. The same right beside a list that names a sensitive
// category, or with no list at all, still asks for the statement.
testRule(rule, {
  valid: [
    {
      name: 'rights list beside a category list with nothing sensitive',
      text: '## Your rights\n\n- The right to know\n- The right to delete\n- The right to limit the use and disclosure of sensitive personal information\n\n## Categories of personal information we collect\n\n- Identifiers (name, email)\n- Commercial information\n- Internet activity\n',
      jurisdictions: ['ccpa'],
    },
    {
      name: 'a table of what we collect',
      text: 'You also have the right to limit our use of your sensitive personal information.\n\n## Information we collect\n\n| Category | Examples |\n|---|---|\n| Identifiers | name, phone number |\n| Purchase history | orders, returns |\n',
      jurisdictions: ['ccpa'],
      formats: ['markdown'],
    },
    {
      name: 'plain-text headings and bullets',
      text: 'YOUR CALIFORNIA RIGHTS\n\n• Right to correct\n• Right to limit use of sensitive personal information\n\nWHAT INFORMATION WE COLLECT\n\n• Contact details such as your email address\n• Device identifiers\n',
      jurisdictions: ['ccpa'],
      formats: ['plaintext'],
    },
  ],
  invalid: [
    {
      name: 'the category list names a sensitive category',
      text: '## Your rights\n\n- The right to limit the use and disclosure of sensitive personal information\n\n## Categories of personal information we collect\n\n- Identifiers (name, email)\n- Precise geolocation\n',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 3 }],
    },
    {
      name: 'the right named, no list of what is collected',
      text: '## Your rights\n\n- The right to know\n- The right to limit the use of sensitive personal information\n\nWe collect information you give us.\n',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 4 }],
    },
  ],
});

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'limit the use of their sensitive personal information: the right, in the third person',
      text: 'Residents may ask us to limit the use of their sensitive personal information. We collect contact details.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'useUnstated', line: 1 }],
    },
  ],
});

// "(e.g. allergies)" ends no clause: "only to …" after it is still read.
testRule(rule, {
  valid: [
    { name: 'e.g. inside the statement', text: 'Sensitive data: we collect your health information (e.g. allergies) only to provide the meal plans you ordered.', jurisdictions: ['ccpa'] },
    { name: 'i.e. inside the statement', text: 'We collect precise geolocation (i.e. GPS coordinates) solely to dispatch the nearest courier.', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'e.g., then a use beyond §7027(m)', text: 'We collect health information (e.g. allergies) to show you targeted ads.', jurisdictions: ['ccpa'], errors: [{ messageId: 'noLimitLink', line: 1 }] },
  ],
});
