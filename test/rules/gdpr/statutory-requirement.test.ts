import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/statutory-requirement.js';
import { lintDocument } from '../../../src/engine/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    { name: 'a label in lower case is a statement: "Mandatory information: …" with the consequence', text: 'Mandatory information: your name and e-mail address; without them we cannot answer you.' },
    { name: 'the data as the subject: "Further data is not collected or only on a voluntary basis"', text: 'For the newsletter we need your e-mail address. Further data is not collected or only on a voluntary basis.' },
    {
      name: '"other details are collected only on a voluntary basis" (plain text)',
      text: 'CONTACT FORM\n\nOther details are collected only on a voluntary basis.',
      formats: ['plaintext'],
    },
    { name: '"neither legally nor contractually required"', text: 'Providing your details is neither legally nor contractually required.' },
    { name: '"nothing is mandatory except …, without which we cannot …"', text: 'Nothing is mandatory except your phone number, without which we cannot confirm the booking.' },
    { name: '"none of the fields are required"', text: 'None of the fields are required: share only what you want.' },
    { name: 'disclosure "on an expressly voluntary basis"', text: 'The disclosure of your data in the contact form is on an expressly voluntary basis.' },
    { name: 'entering data "on a purely voluntary basis"', text: 'You enter your hobbies on a purely voluntary basis.' },
    // Mandatory data with why or what follows: no warning.
    { name: 'an asterisk for required fields, and the consequence', text: 'Fields you must fill in are flagged with an asterisk (*); if you leave them blank we cannot open your account.' },
    { name: 'mandatory "so that" the courier can find you', text: 'Your delivery address has to be given so that the courier can find you.' },
    { name: 'a "contractual requirement", and what failing to provide costs', text: 'The provision of personal data is a contractual requirement. Should the data subject fail to provide it, we cannot perform the contract.' },
    { name: 'a table column for the consequences', text: '| Data | Required? | If not provided |\n|---|---|---|\n| E-mail | Yes | No account can be opened |', formats: ['markdown'] },
    { name: 'mandatory fields, with the consequence in another section', text: '## Forms\n\nName and e-mail address are mandatory.\n\n## Consequences\n\nIf you do not provide them, we cannot answer your request.', formats: ['markdown'] },
    { name: '"required to provide" with a reason after the data', text: 'You are required to provide your date of birth so that we can check your age.', formats: ['plaintext'] },
    { name: '"obliged to give" with the law as the reason and the consequence', text: 'Guests are obliged to give their passport number under the registration law; without it we cannot check you in.' },
    // A reader's question and its answer; a consequence with the supply understood ("but if you don't, …").
    { name: 'FAQ: "Do I have to …? No … But if you don\'t, …"', text: 'Do I have to give you my date of birth?\n\nNo, that is your choice. But if you don\'t, we may not be able to offer you the student discount.' },
    { name: '"You don\'t have to tell us …, but if you don\'t, …"', text: 'You don\'t have to tell us about any allergies, but if you don\'t, our kitchen cannot adapt your meals.' },
    { name: 'a contractual requirement, then "What if I don\'t provide it?"', text: 'Is it needed? Your billing address is a contractual requirement.\nWhat happens if I refuse to give it? We cannot issue your invoice.' },
    { name: 'a condition of the contract, "if you leave it out"', text: 'The information on the application form is a condition of your tenancy agreement, so if you leave it out we cannot offer you the flat.' },
    { name: 'the elliptical condition after a dash', text: 'Providing your mobile number is optional. If you\'d rather not – we won\'t be able to text you delivery updates.' },
    // Obligation, stated either way: a negation is itself an answer.
    { text: 'You are not obliged to provide us with any personal data.' },
    { text: 'You are under no statutory or contractual obligation to provide personal data to us.' },
    { text: "You're not required to give us your phone number." },
    { text: 'You are required to provide your e-mail address when you sign up.' },
    { text: 'You must provide your name and e-mail address to create an account.' },
    { text: 'You do not have to provide your date of birth.' },
    { text: 'There is no statutory requirement to provide your data.' },
    // Voluntary / mandatory.
    { text: 'Providing your data is voluntary, but without it we cannot create your account.' },
    { name: '"without an e-mail address we won\'t be able to …"', text: 'Is it compulsory? No. But without a phone number we won\'t be able to reach you on delivery day.' },
    { text: 'The provision of personal data is neither a statutory nor a contractual requirement; it is voluntary.' },
    { text: 'The provision of your tax number is a statutory requirement.' },
    { text: 'Your phone number is optional.' },
    { text: 'You provide this information voluntarily.' },
    { text: 'All other fields are optional.', name: '"fields … optional"' },
    { text: 'You may add optional profile information such as a bio and an avatar.' },
    // Choice.
    { text: 'You may choose not to provide certain information, but then some features will be unavailable.' },
    { text: 'You also have the option to give us more information if you want to.' },
    { text: 'We collect only the minimum amount of personal data necessary, unless you choose to provide more.', name: 'GitHub 2017 line 124' },
    // Consequences.
    { text: 'If you do not provide your e-mail address, we will not be able to create your account.' },
    { text: "If you don't want to share your location, leave the field empty." },
    { text: 'Without this information we cannot process your order.' },
    { text: 'We cannot provide the Service without your e-mail address.' },
    { text: 'Failure to provide this information may result in us being unable to provide the Service.' },
    // Needed for an account or a contract.
    { text: 'If you create an account, we require some basic information at the time of account creation.', name: 'GitHub 2017' },
    { text: 'We need your e-mail address to create your account.' },
    { text: 'Registration requires a valid e-mail address.' },
    { text: 'This information is necessary to enter into a contract with you.' },
    // Statutory.
    { text: 'We are required by law to collect your VAT number for invoices.' },
    { text: 'Tax law requires us to collect your billing address.' },
    // Lists and tables.
    {
      name: 'a heading with the answer in its body',
      text: '## Is providing data mandatory?\n\nNo. You are not obliged to provide any personal data, but without an e-mail address we cannot open an account for you.\n',
      formats: ['markdown'],
    },
    {
      name: 'a heading "Mandatory data", the statement and its reason in the body (plain text)',
      text: 'Mandatory Data\n\nYour postal address is mandatory so that we can ship your order.\n',
      formats: ['plaintext'],
    },
    // Not applicable.
    { text: 'We do not collect any personal data.' },
    { text: 'We do not collect personal data directly from you.' },
    { text: 'Statutory or contractual requirement: not applicable.' },
    // Not under the GDPR.
    { text: 'We collect your e-mail address.', jurisdictions: ['ccpa'], name: 'the pack does not run without the GDPR' },
    // Optional or required in other words: "up to you", "not required", "has to be supplied", fields marked as required.
    { text: 'Giving us your phone number is entirely up to you.' },
    { text: 'Whether you give us your date of birth is your choice.' },
    { text: 'Your phone number is not required.' },
    { text: 'You can leave the company field blank.' },
    { text: 'You can browse our site without giving us any personal information.' },
    { text: 'Your tax number must be provided; if it is missing we cannot issue an invoice.' },
    { text: 'Should you decline to provide your address, we cannot ship your order.' },
    { text: 'The German Commercial Code requires us to keep your invoices.' },
    // A device permission that yields data, and what denying it costs.
    {
      name: 'denying a location permission: the app will not function',
      text: '## Permissions\n\nThe app asks for your location while open. If you deny location permissions, the app will not function, since it needs your position to find nearby stops.',
      formats: ['markdown'],
    },
    { name: 'declining camera access: you cannot scan', text: 'When you decline camera access, you cannot scan receipts into the app.', formats: ['plaintext'] },
  ],
  invalid: [
    { name: '"obliged … under the law" without the consequence', text: 'Guests are obliged to give their passport number under the registration law.', errors: [{ messageId: 'consequences', line: 1 }] },
    { name: '"required by law", no consequence anywhere', text: 'Providing your data\n\nThe provision of your tax number is required by law.', errors: [{ messageId: 'consequences', line: 3 }] },
    { name: '"if you don\'t," after feedback, not data', text: 'Please give us feedback after each class. If you don\'t, we cannot improve the timetable.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"if you don\'t," about something other than data', text: 'You can join our walking group. If you don\'t, you cannot come on the trips.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: '"missing" stands at a heading about the data processing, not at the controller\'s "Responsible for data processing"',
      text: '## Responsible for data processing\n\nJane Doe, Main Street 1.\n\n## Information about the data processing\n\nWe log your IP address.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5 }],
    },
    {
      name: 'a Title Case label "General Note and Mandatory Information:" in a paragraph states nothing',
      text: '**General Note and Mandatory Information:**\\\nThe controller is Jane Doe, Main Street 1.\n\nWe collect your name when you write to us.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'plain text: an ALL-CAPS line run into the paragraph is no statement',
      text: 'YOUR DATA IS MANDATORY FOR BOOKINGS\nWe collect your name and card number.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"missing" is not anchored at a "Data Protection Officer" heading',
      text: '# Notice\n\nWe run this site.\n\n## Data Protection Officer\n\nEmail dpo@example.com.\n\n## Personal data\n\nWe log your IP address.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 9 }],
    },
    { name: 'a basis of processing that is voluntary says nothing of the data', text: 'We collect your name and e-mail address. Participation in surveys is on a voluntary basis and anonymous.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'denying permission to be e-mailed is marketing consent, not data the app needs',
      text: 'Newsletter\n\nIf you deny us permission to e-mail you, you will not receive our offers.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a location permission denied with nothing lost',
      text: 'Location\n\nIf you deny location permissions, you can still enter your town by hand.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    // Mandatory, but neither why nor what happens otherwise: a warning (Art. 13(2)(e), "the possible consequences of failure").
    { name: 'mandatory data, nothing more', text: 'Name and e-mail address are mandatory.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    { text: 'Fields marked with an asterisk (*) are mandatory.', errors: [{ messageId: 'consequences', line: 1 }] },
    { text: 'Providing your personal data is required.', errors: [{ messageId: 'consequences', line: 1 }] },
    // "required to provide …": the verb completes the obligation; it is no reason.
    { name: '"you are required to provide" says what, not why', text: 'You are required to provide certain information.', errors: [{ messageId: 'consequences', line: 1 }] },
    {
      name: '"obliged to supply", in a list',
      text: '- Guests are obliged to supply their passport number at check-in.',
      formats: ['markdown'],
      errors: [{ messageId: 'consequences', line: 1 }],
    },
    { text: 'The fields you must complete are marked as required in the form.', errors: [{ messageId: 'consequences', line: 1 }] },
    {
      name: 'a list of fields marked (required) / (optional)',
      text: 'When you register we collect:\n\n- E-mail address (required)\n- Phone number (optional)\n',
      formats: ['markdown'],
      errors: [{ messageId: 'consequences', line: 3 }],
    },
    {
      name: 'plain-text • bullets marked (required)',
      text: 'Account\n\n  • Email, name (required)\n  • Company name (optional)\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'consequences', line: 3 }],
    },
    {
      name: 'a table with a "Required?" column and no consequences',
      text: '| Data | Purpose | Required? |\n|---|---|---|\n| E-mail | Login | Yes |\n| Phone | Support | No |\n',
      formats: ['markdown'],
      errors: [{ messageId: 'consequences', line: 1 }],
    },
    {
      name: 'an asterisk that says nothing of what it marks',
      text: 'Contact form\n\nSome fields in the form are marked with an asterisk (*).',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'seed 002: a list of data, nothing on obligation (Markdown)',
      text: '# Privacy Policy\n\n## 1. Information We Collect\n\n### 1.1 Account Information\n- Name\n- Email address\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'seed 003: bare heading (plain text)',
      text: 'Privacy Policy\n\nWhat data we collect\n\nAccount\n\n  • Email, name, password (hash)\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    { text: 'We collect your e-mail address.', errors: [{ messageId: 'missing', line: 1, column: 1 }], name: 'no heading: line 1' },
    { text: 'We may disclose information if required by law.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We share your data with processors where this is required to provide the Service.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'Processing is necessary for the performance of a contract (Art. 6(1)(b)).', errors: [{ messageId: 'missing', line: 1 }], name: 'a legal basis is not Art. 13(2)(e)' },
    { text: 'We process your data as necessary to perform our contract with you.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We collect only the data necessary to provide the Service.', errors: [{ messageId: 'missing', line: 1 }], name: 'data minimisation' },
    { text: 'Billing records: 7 years (required by tax law in most jurisdictions).', errors: [{ messageId: 'missing', line: 1 }], name: 'seed 001: retention' },
    { text: 'Billing — 5 years (legal requirement)', errors: [{ messageId: 'missing', line: 1 }], name: 'seed 003: retention' },
    { text: 'Session cookie (essential, required to keep you logged in)', errors: [{ messageId: 'missing', line: 1 }], name: 'seed 001: a cookie' },
    { text: 'Opt out of optional telemetry in Settings.', errors: [{ messageId: 'missing', line: 1 }], name: 'seed 000: optional telemetry' },
    {
      name: 'a heading about the notice\'s own mandatory information states nothing about data (Markdown)',
      text: '# Privacy\n\n## 3. General Notes and Mandatory Information\n\nWe collect your e-mail address when you write to us.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a heading-like line "Required information" states nothing about data (plain text)',
      text: 'Privacy notice\n\nRequired Information\n\nThis page explains how we handle the data you send us.\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'seed 000: "Analytics (Optional)" heading',
      text: '### Analytics (Optional)\n\nWe use minimal analytics.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { text: 'You must be at least 16 years old to create an account.', errors: [{ messageId: 'missing', line: 1 }], name: 'an age requirement' },
    { text: 'You must provide accurate and complete information.', errors: [{ messageId: 'missing', line: 1 }], name: 'accuracy, not obligation' },
    { text: 'If you do not consent, we will not send you marketing e-mails.', errors: [{ messageId: 'missing', line: 1 }], name: 'consent, not provision' },
    { text: 'If you do not give us your consent, we will not use analytics cookies.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'Essential cookies are required for the site to work.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We retain invoices because we are required by law to do so.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      text: 'If you register on this server, you may be asked to enter a username, an e-mail address and a password.',
      errors: [{ messageId: 'missing', line: 1 }],
      name: 'Mastodon: "may be asked to enter"',
    },
    { text: 'We do not collect sensitive personal data.', errors: [{ messageId: 'missing', line: 1 }], name: 'not a not-applicable declaration' },
    {
      name: '"up to you", "not required", "must be given" about something other than the data',
      text: 'It is up to you to keep your password safe. Your consent is not required for strictly necessary cookies. Notice must be given in writing.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('messages and evidence', () => {
  it('says "UK GDPR" for a UK-only policy', () => {
    const result = run(rule, { text: 'We follow the UK GDPR. We collect your e-mail address.' }, 'markdown');
    expect(result.messages[0]?.message).toContain('(UK GDPR Art. 13(2)(e))');
  });
  it('records the statement it relies on', () => {
    const met = run(rule, { text: 'Note: you are not obliged to provide your data.' }, 'plaintext');
    expect(met.requirements).toMatchObject([{ status: 'met', line: 1, column: 7, text: 'Note: you are not obliged to provide your data.' }]);
    const na = run(rule, { text: 'We do not collect any personal data.' }, 'markdown');
    expect(na.requirements).toMatchObject([{ status: 'not-applicable' }]);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|||', 'provide '.repeat(3000), 'without '.repeat(3000), '(optional) '.repeat(1000), '# \n## \n']) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const findings = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

  it('000: nothing says which data is required or optional — at "Information We Collect"', () => {
    expect(findings('seeds/000_d80a1d47bfd452aa.txt')).toEqual(['10:1 missing']);
  });
  it('001: "required to keep you logged in" is about a cookie, "required by tax law" about retention', () => {
    expect(findings('seeds/001_5d45be2437642316.txt')).toEqual(['10:1 missing']);
  });
  it('002: at "1. Information We Collect"', () => {
    expect(findings('seeds/002_d0849b8b0e039e27.txt')).toEqual(['11:1 missing']);
  });
  it('003: at "What data we collect"', () => {
    expect(findings('seeds/003_a73e55a167ae72aa.txt')).toEqual(['9:1 missing']);
  });
  it('004: a POPIA policy — the GDPR pack does not run', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('004 linted under the GDPR: "required for the Platform to function" is about cookies', () => {
    const result = lintDocument(readFixture('seeds/004_9676fbca8d62b176.txt'), {
      rules: [rule],
      jurisdictions: ['gdpr'],
      today: new Date('2026-11-27T00:00:00Z'),
    });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['30:1 missing']);
  });
  it('GitHub 2017: "we require some basic information at the time of account creation" (line 34)', () => {
    const result = lintFixture(rule, 'corpus/github-privacy-statement-2017.md');
    expect(result.messages).toEqual([]);
    expect(result.requirements).toMatchObject([{ status: 'met', line: 34 }]);
  });
  it('Mastodon: "you may be asked to enter a username …" says nothing of obligation', () => {
    expect(findings('corpus/mastodon-default-privacy-policy.md')).toEqual(['9:1 missing']);
  });
});
