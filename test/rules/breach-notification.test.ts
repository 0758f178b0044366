import { describe, expect, it } from 'vitest';
import rule from '../../rules/general/breach-notification.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    // Events in other words; the time frame as the law's own deadline; notifying tables.
    { text: "If your account info is somehow exposed, you'll hear from us within 48 hours.", jurisdictions: ['ccpa'] },
    {
      text: 'Unauthorized acquisition of customer payment data will be reported to affected customers within the time required by applicable law.',
      jurisdictions: ['ccpa'],
    },
    {
      name: 'the required time, by reference',
      text: '## Breaches\n\nWe will notify affected people and regulators within the required time.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
    },
    {
      name: 'a breach notice lead-in (plain text)',
      text: 'BREACHES\nBreach notice: our practice manager informs the ICO within 72 hours and patients without undue delay.',
      formats: ['plaintext'],
      jurisdictions: ['gdpr'],
    },
    {
      name: 'a notifying table (Markdown)',
      text: '| What happened | Who we tell | By when |\n|---|---|---|\n| Security incident affecting your data | You | within 3 days |',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
    },
    { text: 'If your account is hacked or your data is leaked, we will let you know straight away.', name: '"straight away" is a time frame' },
    { text: 'Security\nShould a breach expose your personal information, we will e-mail you straightaway.', formats: ['plaintext'] },
    // Time frames in the laws' words and in numbers.
    { text: 'In the event of a data breach, we will notify you without undue delay.' },
    { text: 'We will notify the supervisory authority within 72 hours of becoming aware of a personal data breach.' },
    {
      text: 'We will notify the ICO within 72 hours and affected individuals without undue delay where a breach is likely to result in a high risk.',
      name: 'bare "a breach" with a regulator named',
    },
    { text: 'We will notify the Information Regulator and affected data subjects as soon as reasonably possible after discovering a security compromise.' },
    { text: 'If a breach affects your personal information, we will notify you in the most expedient time possible and without unreasonable delay.' },
    { text: 'We will promptly notify you of any security incident involving your data.' },
    { text: 'We will notify you immediately if we discover a data breach.' },
    { text: 'Affected customers are notified within 3 business days of a confirmed security incident.', name: '3 business days = 72 hours at the shortest' },
    { text: 'Personal data breaches will be reported to the supervisory authority no later than seventy-two (72) hours after we become aware of them.' },
    { text: "We'll let you know within 24 hours if your account data has been compromised." },
    { text: 'We will notify the supervisory authority within 3 days of a personal data breach.', name: '3 days = 72 hours' },
    {
      name: 'seed 000: bullets under a breach heading and lead-in; one time frame is enough',
      text: '### Data Breach Notification\n\nIn the event of a data breach:\n- We will notify affected users within 72 hours\n- Notification will include nature of breach and remediation steps\n- We will report to relevant authorities as required by law\n',
      formats: ['markdown'],
    },
    {
      name: 'plain text: bare heading, • bullets under a lead-in',
      text: 'Security\n\nIn the event of a security breach:\n\n• We notify the Information Regulator as soon as reasonably possible\n• We notify affected data subjects\n',
      formats: ['plaintext'],
    },
    {
      name: 'plain-text heading gives the breach context',
      text: 'Data breaches\nWe will tell you promptly if your data is affected.',
      formats: ['plaintext'],
    },
    {
      name: 'table row: the event in one cell, the notification in the next',
      text: '| Event | What we do |\n|---|---|\n| Data breach | Notify affected users within 72 hours |\n',
      formats: ['markdown'],
    },
    { text: 'In the event of a data breach, we will notify you. We aim to do so within 72 hours.', name: 'the time frame in the next sentence' },
    { text: 'We will notify the supervisory authority within 24–48 hours of a personal data breach.', jurisdictions: ['gdpr'], name: 'a range within the limit' },
    { text: 'We will notify the supervisory authority within 72h of a personal data breach.', jurisdictions: ['gdpr'] },
    { text: "We comply with the GDPR's 72-hour deadline for notifying the supervisory authority of personal data breaches." },
    // Windows the laws allow.
    { text: 'We will notify affected users within 30 days of a data breach.', jurisdictions: ['gdpr'], name: 'Art. 34 sets no number' },
    { text: 'We will notify the Information Regulator within 30 days of a security compromise.', jurisdictions: ['popia'] },
    {
      text: 'We will notify the supervisory authority within 30 days of a personal data breach.',
      jurisdictions: ['popia'],
      name: 'the 72-hour limit is the GDPR\'s: not applied to a POPIA-only policy',
    },
    {
      text: 'We will notify the supervisory authority within 72 hours, and affected users within 30 days, of a personal data breach.',
      jurisdictions: ['gdpr'],
      name: 'each window belongs to its own recipient',
    },
    {
      text: 'We will notify you within 30 days of any changes to this policy. We will notify the supervisory authority within 72 hours of a data breach.',
      jurisdictions: ['gdpr'],
      name: 'a window outside the breach statement is ignored',
    },
    {
      text: 'We will notify the supervisory authority within 5 days of a personal data breach.',
      options: { authorityMaxHours: 120 },
      name: 'authorityMaxHours option',
    },
    { text: 'In case of a data breach, affected users will be notified within 90 days.', options: { maxDays: 90 }, name: 'maxDays option' },
    // Not applicable.
    { text: 'We do not collect any personal data.' },
    { text: 'Breach notification does not apply to this service because we do not hold personal data.' },
    { name: 'breaches as the object of "notify", with a time frame', text: 'We notify breaches to affected users within 72 hours.' },
    { name: '"exposed to" risks is no breach', text: 'Your data is exposed to fewer risks because we encrypt it; we will tell you about changes to this policy.\n\nWe notify personal data breaches to the ICO within 72 hours.' },
    { name: 'a cyber attack, with a time frame', text: 'If a cyber attack exposes customer information, we will e-mail those affected within 72 hours.' },
    { name: 'an incident that affects an account, with a time frame', text: 'If an incident affects your account, we will e-mail you within 48 hours.' },
    { name: 'an incident that is not about data', text: 'If an incident affects your booking, such as a cancelled flight, we will contact you.\n\nWe tell the ICO about personal data breaches within 72 hours.' },
    {
      name: 'California wording: "legally required disclosures … in the most expedient time possible"',
      text: 'If a security breach affects your personal information, we will make the legally required disclosures to you in the most expedient time possible and without unreasonable delay.',
    },
    {
      name: 'a breach statement hard-wrapped across paragraphs',
      text: '4.2 If an unauthorised party obtains your personal\n\ndata, the Club will write to you without undue delay about\n\nthe security breach.\n\n4.3 We keep records.',
      formats: ['plaintext'],
    },
    // t9gen: whose data in any words, "let … know" with a list of recipients, labels and row labels.
    { name: '"let you and the ICO know"', text: 'If a breach occurs we will let you and the ICO know within 72 hours.', jurisdictions: ['gdpr'] },
    {
      name: '"let everyone whose records were involved know"',
      text: "Should your data be leaked, we'll let everyone whose records were involved know without undue delay.",
      jurisdictions: ['gdpr'],
    },
    {
      name: "unauthorised access to patients' medical records",
      text: "Unauthorised access to patients' medical records will be reported to the ICO within 72 hours and to patients without undue delay.",
      jurisdictions: ['gdpr'],
    },
    { name: "an incident involving members' booking data", text: "Any security incident involving our members' booking data is communicated to those members within 5 days." },
    { name: 'a label that names the event ("Breaches:")', text: 'Breaches: the regulator is told within 72 hours, you without undue delay.', jurisdictions: ['gdpr'] },
    { name: 'a label with a dash', text: 'Security incidents — we tell affected users within 72 hours.', jurisdictions: ['gdpr'] },
    {
      name: 'a row label that names a breach of hosted data (Markdown)',
      text: '| Incident | Who is notified | Deadline |\n|---|---|---|\n| Breaches of customer data | Customers | within 72 hours |\n| Breach likely to harm people | The supervisory authority | within 72 hours |',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
    },
    // t9gen: loss, theft and hackers as events; more ways of telling.
    { name: '"receive an e-mail" after a data breach', text: 'Affected customers will receive an e-mail within 72 hours of a data breach.', jurisdictions: ['gdpr'] },
    { name: '"get in touch with you"', text: "If there is a breach of your personal information, we'll get in touch with you within 48 hours." },
    { name: '"warn you" after a cyber attack that puts data at risk', text: 'If we suffer a cyber attack that puts your data at risk, we will warn you within 24 hours.' },
    { name: 'hackers access your records', text: 'Should hackers access your records, we will contact you straight away.' },
    { name: 'loss of personal data (Art. 4(12))', text: 'Any loss of your personal data will be reported to you without undue delay.' },
    { name: 'information lost or stolen', text: 'If your information is lost or stolen, we will let you know within 5 days.' },
  ],
  invalid: [
    // Events in other words, still without a time frame or with too long a one.
    {
      name: 'unauthorised access to patient records, no time frame',
      text: 'Unauthorised access to patient records will be reported to the Information Regulator and to the patients concerned.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'noTimeFrame', line: 1 }],
    },
    {
      name: '"if your details get leaked", a window too long',
      text: "If your details get leaked, you'll hear from us by post within 90 days.",
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'contradicts', line: 1 }],
    },
    {
      name: 'a notifying table with a window too long for the authority (Markdown)',
      text: '| Incident | Who we notify | Deadline |\n|---|---|---|\n| Data breach | Supervisory authority | within 5 days |',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'contradicts', line: 3 }],
    },
    {
      name: 'a table whose headers name no notification is no statement (Markdown)',
      text: '| Risk | Control |\n|---|---|\n| Data breach | Encryption at rest |',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"as required by law" says whether, not when',
      text: 'Any data breach will be reported to affected customers as required by law.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'noTimeFrame', line: 1 }],
    },
    {
      name: 'hard-wrapped statement with "a reasonable time" (no time frame)',
      text: 'If any unauthorised person gains access to your personal\n\ninformation we will contact you within a reasonable time to tell you\n\nof the security breach.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noTimeFrame', line: 3 }],
    },
    {
      name: 'a finished paragraph does not run on into the next',
      text: 'We take security seriously and guard against any data breach.\n\nwe will contact you about new features within 30 days.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'disclosures without a time frame',
      text: 'In the event of a data breach we will make any disclosures the law requires.',
      errors: [{ messageId: 'noTimeFrame', line: 1 }],
    },
    {
      name: '"let the people affected know", no time frame',
      text: 'In case of a data breach we will let the people affected know.',
      errors: [{ messageId: 'noTimeFrame', line: 1 }],
    },
    {
      name: "a cyber attack on the club's membership records, a window too long for the regulator",
      text: "A cyber attack affecting the club's membership records will be reported to the regulator within 14 days.",
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'contradicts', line: 1 }],
    },
    {
      name: 'unauthorised access to wallet data, 90 days',
      text: 'Account holders will be notified of any unauthorised access to their wallet data within 90 days.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'contradicts', line: 1 }],
    },
    {
      name: 'a label with a verb of telling is an instruction to the reader',
      text: 'Report a security incident: security@example.org',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a label that names a breach of contract is no breach',
      text: 'Breach of contract: we may close your account and will inform you.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the reader is asked to let us know',
      text: 'If you notice a data breach, please let us know.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a safeguard against unauthorised access to account data',
      text: 'We use firewalls to protect against unauthorised access to your account data and will inform you of changes to this policy.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a loss that a safeguard prevents is no event',
      text: 'Loss of data due to hardware failure is prevented by nightly backups; we will tell you about changes to this policy.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an e-mail about a booking is no breach notice',
      text: 'You will receive an e-mail within 24 hours confirming your booking.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"sent a notice" with no time frame',
      text: 'Where a breach occurs, affected members will be sent a notice.',
      errors: [{ messageId: 'noTimeFrame', line: 1 }],
    },
    // missing
    {
      name: 'nothing about breaches: reported at the security heading',
      text: '# Privacy\n\n## Security\n\nWe use encryption to protect your data against unauthorised access.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'warning' }],
    },
    {
      name: 'plain text: reported at the bare security heading',
      text: 'Privacy Policy\n\nWhat we collect\nYour e-mail address.\n\n7. Security\nWe take security seriously.\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
    },
    {
      name: 'no heading at all: line 1',
      text: 'We collect your e-mail address.',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    { text: 'Security and fraud prevention: monitoring for unauthorised access, investigating potential breaches.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'Organizational safeguards:\n\n- Security awareness training\n- Incident response procedures\n', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'If you suspect a security breach, please notify us immediately at security@example.com.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'You must notify us promptly of any unauthorised access to your account.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'If you breach these Terms, we will notify you and may suspend your account.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'In the event of a breach of this Agreement, we will notify you in writing within 30 days.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We take appropriate measures to prevent data breaches.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We use logs to detect, investigate and report security incidents.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We will not notify you of security incidents.', name: 'negated', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a heading about breaching the terms is not a breach context',
      text: 'Breach of contract\nIf you breach these terms we will tell you and may close your account.\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    // noTimeFrame
    { text: 'Should your personal data be exposed in a cyber attack, we will alert you.', errors: [{ messageId: 'noTimeFrame', line: 1, column: 65 }] },
    { text: 'If there is unauthorised access to your account, we will contact you.', errors: [{ messageId: 'noTimeFrame', line: 1, column: 58 }] },
    { text: 'In case of a hack affecting your data, we will inform the regulator.', errors: [{ messageId: 'noTimeFrame', line: 1, column: 48 }] },
    {
      name: 'an incident affecting accounts, notice only after an investigation',
      text: 'If a security incident impacts customer accounts, we will inform those affected after we have completed our review.',
      errors: [{ messageId: 'noTimeFrame', line: 1, column: 59 }],
    },
    {
      name: 'an incident that affects personal information, in a list',
      text: 'Incidents:\n\n- Where an incident involves personal information, we will tell the people concerned.',
      formats: ['markdown'],
      errors: [{ messageId: 'noTimeFrame', line: 3, column: 60 }],
    },
    {
      name: 'seed 004: s22 named, no time frame — at "as required by …"',
      text: 'In the event of a security compromise that involves your personal information, we will notify you and the Information Regulator as required by section 22 of POPIA.',
      errors: [{ messageId: 'noTimeFrame', line: 1, column: 129, endColumn: 163, severity: 'warning' }],
    },
    {
      text: 'We will notify you as required by law in the event of a data breach.',
      errors: [{ messageId: 'noTimeFrame', line: 1, column: 20 }],
    },
    {
      name: 'ICO template: at the notification verb',
      text: 'We have procedures to notify you and any applicable regulator of a breach where we are legally required to do so.',
      errors: [{ messageId: 'noTimeFrame', line: 1, column: 23, endColumn: 29 }],
    },
    {
      text: 'In the event of a data breach, we will notify affected users within a reasonable time.',
      name: '"a reasonable time" is no time frame',
      errors: [{ messageId: 'noTimeFrame', line: 1, column: 40 }],
    },
    {
      name: 'bullets under a lead-in (plain text)',
      text: 'Security\n\nIn the event of a security breach:\n\n• We notify the Information Regulator\n• We notify affected data subjects\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noTimeFrame', line: 5, column: 6 }],
    },
    {
      name: 'Markdown bullets under a breach heading',
      text: '## Personal data breaches\n\n- We notify the supervisory authority.\n- We notify affected users.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'noTimeFrame', line: 3, column: 6 }],
    },
    {
      name: 'table row',
      text: '| Event | Response |\n|---|---|\n| Data breach | We notify affected customers by email |\n',
      formats: ['markdown'],
      errors: [{ messageId: 'noTimeFrame', line: 3, column: 20 }],
    },
    {
      name: 'heading alone, body without a time frame',
      text: '# Breach notification\n\nWe follow the law.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'noTimeFrame', line: 1, column: 3 }],
    },
    // contradicts
    {
      text: 'We will notify the supervisory authority within 30 days of a personal data breach.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'contradicts', line: 1, column: 42, endColumn: 56, severity: 'error' }],
    },
    {
      text: 'If a personal data breach occurs, we will notify you and the supervisory authority within 5 days.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'contradicts', line: 1, column: 84 }],
    },
    {
      text: 'Personal data breaches will be notified to the competent supervisory authority within 96 hours.',
      errors: [{ messageId: 'contradicts', line: 1, column: 80 }],
    },
    {
      text: 'We will notify regulators within 10 business days of a data breach.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'contradicts', line: 1, column: 27 }],
    },
    {
      text: 'In case of a data breach, affected users will be notified within 90 days.',
      jurisdictions: ['popia'],
      name: 'past maxDays for data subjects',
      errors: [{ messageId: 'contradicts', line: 1, column: 59 }],
    },
    {
      text: 'We will notify affected California residents of a security breach within 120 days.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'contradicts', line: 1, column: 67 }],
    },
    {
      name: 'table cell: authority named before a passive verb',
      text: '| Event | Response |\n|---|---|\n| Data breach | Supervisory authority notified within 14 days |\n',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'contradicts', line: 3, column: 48 }],
    },
    {
      text: 'We will notify the supervisory authority within 4 to 5 days of a personal data breach.',
      jurisdictions: ['gdpr'],
      name: 'a range counts at its upper bound',
      errors: [{ messageId: 'contradicts', line: 1, column: 42, endColumn: 60 }],
    },
    {
      text: 'We will notify the supervisory authority within 72 hours of a data breach.',
      jurisdictions: ['gdpr'],
      options: { authorityMaxHours: 48 },
      name: 'authorityMaxHours option',
      errors: [{ messageId: 'contradicts', line: 1, column: 42 }],
    },
    {
      name: 'breaches reported to the regulator, with no time frame',
      text: 'We will report breaches to the regulator.',
      errors: [{ messageId: 'noTimeFrame', line: 1 }],
    },
    {
      name: 'breaches of the terms are no data breach',
      text: 'We will report breaches of these terms to the police.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('on the real policies', () => {
  const findings = (file: string): string[] =>
    lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

  it('000: "Data Breach Notification" — users within 72 hours, authorities "as required by law": silent', () => {
    expect(findings('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('001: "7. Security" lists safeguards only', () => {
    expect(findings('seeds/001_5d45be2437642316.txt')).toEqual(['59:1 missing']);
  });
  it('002: "6. Security" lists safeguards only', () => {
    expect(findings('seeds/002_d0849b8b0e039e27.txt')).toEqual(['93:1 missing']);
  });
  it('003: no security section at all', () => {
    expect(findings('seeds/003_a73e55a167ae72aa.txt')).toEqual(['1:1 missing']);
  });
  it('004: section 8 names POPIA s22 but no time frame', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual(['178:129 noTimeFrame']);
  });
  it('GitHub 2017: "How GitHub secures your information" says nothing about breaches', () => {
    expect(findings('corpus/github-privacy-statement-2017.md')).toEqual(['110:1 missing']);
  });
  it('Mastodon: "How do we protect your information?" says nothing about breaches', () => {
    expect(findings('corpus/mastodon-default-privacy-policy.md')).toEqual(['58:1 missing']);
  });
});
