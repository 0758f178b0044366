import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/purposes.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a lawful purpose followed by a named one', text: 'We use your details for any lawful purpose, including sending your monthly statement.' },
    { name: 'minimality followed by a purpose', text: 'We only ever collect what we need to deliver your groceries.' },
    { name: 'a table whose first column is "What we do"', text: '| What we do | Data used |\n|---|---|\n| Book your MOT | Name, registration |\n| Text you when the car is ready | Mobile number |', formats: ['markdown'] },
    { name: 'a table column "Processing activity"', text: '| Processing activity | Legal basis |\n|---|---|\n| Payroll | Legal obligation |', formats: ['markdown'] },
    { name: 'a rule of law and then a purpose', text: 'We use your personal data in line with the GDPR, to deliver the courses you book.' },
    { name: 'an FAQ "what do you do with" question and its answer', text: 'Q: What do you do with my phone number?\nA: I text you when your repair is ready.' },
    { name: '"only ever used for"', text: 'Your postcode is only ever used for one thing: finding the nearest branch.' },
    // "lets us" without the s, after the data as subject; "so I can" in a one-person policy.
    { name: 'the data "let us" do something', text: 'Your booking details let us reserve the table and remind you the day before.' },
    { name: '"so I can" in a one-developer policy', text: 'I store your username so I can show your high scores on the leaderboard.' },
    { name: '"so that I can"', text: 'The app keeps your last location only on the phone, and I read the crash log so that I can fix bugs.' },
    // Headings that announce purposes, with text under them.
    { text: '## How We Use Your Information\n\n- Authenticate and authorize API requests', formats: ['markdown'], name: 'seed 000' },
    { text: 'How we use it\n\n  • To provide the Service\n  • For billing and support', formats: ['plaintext'], name: 'seed 003' },
    { text: '**How we use it**\n\n- For billing and support', formats: ['markdown'], name: 'a bold line as a heading' },
    { text: '# What do we use your information for?\n\nTo run the server.', formats: ['markdown'], name: 'Mastodon' },
    { text: 'Why do we collect this?\n\nSo we can keep your account secure.', name: 'GitHub 2017' },
    { text: 'Use of information\n\nWe analyse statistics.' },
    { text: 'Purposes of processing\n\n- Account management\n- Billing' },
    // Sentences that state a purpose.
    { text: 'We use your e-mail address to send you invoices and service notices.' },
    { text: 'We use personal and technical data to:\n\n- Operate the Service', name: 'seed 002: "to:" before a list' },
    { text: 'Your IP address is used to prevent abuse.' },
    { text: 'We process your payment details in order to charge your subscription.' },
    { text: 'We collect your location so that we can show you nearby stores.' },
    { text: 'We collect your name for identification and communication.' },
    { text: 'We need your phone number to deliver your order.' },
    { text: 'Cookies are used to remember your preferences.' },
    { text: 'Purpose: maintain user session.' },
    { text: 'The purposes for which we process your data are listed below.' },
    // Lists and tables.
    { text: '- To provide the Service\n- To send you receipts' },
    { text: '| Data | Purpose |\n|---|---|\n| Email | Login |', formats: ['markdown'], name: 'a "Purpose" column' },
    { text: 'Data\tPurpose\nEmail\tLogin', formats: ['plaintext'], name: 'a tab table' },
    {
      name: 'seed 004: a glued table with a "Purpose" column',
      text: 'CategoryExamplesPurposeBasis\nAccount InformationName, work emailAccount creation and managementContract',
      formats: ['plaintext'],
    },
    // Nothing to give purposes for.
    { text: 'We do not collect any personal data.' },
    { text: 'This app does not collect or process personal data.' },
    { text: "We don't collect personal information whatsoever." },
    // Paraphrases: the data enables a task, a "so that" clause, a fronted purpose, "rely on … for".
    { text: 'Your address lets us ship your parcels.' },
    { text: 'Your phone number allows us to reach you if a delivery fails.' },
    { text: 'This information enables us to detect fraud.' },
    { text: 'Account details: needed so you can log in.' },
    { text: 'Your date of birth is needed to check that you are old enough.' },
    { text: 'We pass your address to the courier so that the parcel reaches you.' },
    { text: 'Information is gathered so our support agents can help you faster.' },
    { text: 'To process your refund, we share your bank details with our payment provider.' },
    { text: 'In order to verify your identity, we ask for a copy of your ID.' },
    { text: 'We rely on your email address for login and password resets.' },
    { text: 'What happens to your data\n\nWe send it to our courier so your parcel arrives.', name: '"What happens to your data" heading' },
    { text: 'What we do with your information\n\nWe send your order to the warehouse.', name: '"What we do with" heading' },
    { text: '| Data | How we use it |\n|---|---|\n| Email | Receipts |', formats: ['markdown'], name: 'a "How we use it" column' },
    // A question answered in the next sentence; a restriction to one task; vague words that go on.
    { text: 'Why do we need your phone number? So the driver can call you on arrival.' },
    { text: '**Why do we ask for your address?** To send you the goods you ordered.', formats: ['markdown'], name: 'a bold FAQ question' },
    { text: 'Processing of your personal data is confined to managing your gym membership.' },
    { text: 'Your data serves legitimate business purposes such as fraud screening.' },
    // The progressive, glued table headers, and a "why" answered with a reason of purpose.
    { name: 'the progressive: "we are using … to"', text: 'We are using your e-mail address to send you the receipts you asked for.' },
    { name: '"we\'re collecting … for"', text: "We're collecting your postcode for delivery estimates." },
    { name: 'a glued "Purpose" header (plain text)', text: 'InformationPurpose\nPhone numberCalling you about your order\nAddressDelivering parcels', formats: ['plaintext'] },
    { name: 'a glued "Purpose" header (Markdown, one paragraph)', text: 'CategoryPurpose\nLocationShowing nearby stores', formats: ['markdown'] },
    { name: 'a "why" question answered "because we need it"', text: 'Why do you ask for my phone number?\n\nBecause the courier needs it to reach you on delivery day.' },
    { name: '"for various purposes, such as …" names them', text: 'We use your data for various purposes, such as billing and fraud prevention.' },
    // Another subject in the third person, and a definition that gives the purposes (heldout4).
    { name: 'a school in the third person', text: 'The academy uses pupil records to track attendance and to plan extra support.' },
    { name: 'a processor by name', text: 'Payflow processes Merchant Data solely to run the payment service and to detect fraud.', formats: ['plaintext'] },
    { name: 'a clinic collects … for', text: 'The clinic collects your insurance number for billing your insurer.' },
    { name: 'a definition that names the purposes', text: '"Permitted Purposes" means providing the Platform, billing Customers and preventing fraud.' },
    { name: 'the processing "serves" a task (translated)', text: 'The processing of your data serves the handling of your warranty claim.' },
    { name: 'the details "serve to" a task', text: 'Your date of birth and licence number serve to check that you may rent a car; the licence details serve as proof for the insurer.', formats: ['plaintext'] },
    { name: 'the processing "is necessary to" a task', text: 'The collection of your IP address is necessary to deliver the website to your browser.' },
    { name: 'the data "is required for" a task', text: 'Your licence number is required for the rental agreement.', formats: ['plaintext'] },
    { name: 'the data "is intended for" a task, in a list', text: '- Your e-mail address is intended solely for sending you order confirmations.', formats: ['markdown'] },
    { name: 'a table column headed "Use"', text: 'Data | Use\n---|---\nE-mail | Newsletter', formats: ['markdown'] },
    {
      name: 'the passive with its agent and "exclusively for"',
      text: 'The data you enter when you register is processed by the university exclusively for the administration of the course.',
    },
    { name: 'a pointer to the notice followed by its purposes', text: 'We only use your data for the purposes described in this policy: running your account and answering your questions.' },
    { name: 'a manner followed by a purpose', text: 'We use your information responsibly to send you receipts and reminders.' },
    { name: 'the data lets the business\'s people do a task', text: 'Your phone number lets our drivers call you on arrival.' },
    { name: 'a "why" line glued to its answer by a soft line break (Markdown)', text: 'Why we need it\nSo we can send your parcel.', formats: ['markdown'] },
    {
      name: 'a purpose heading over a manner that goes on with a purpose (plain text)',
      text: 'HOW WE USE YOUR INFORMATION\n\nWe handle your details carefully, for example to book your appointments.',
      formats: ['plaintext'],
    },
  ],
  invalid: [
    { name: '"to do what we do" names no purpose', text: 'In short: we use your data to do what we do.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"to run our business" names no purpose', text: 'The information you give us is used to run our business.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: '"for any lawful purpose, including any purpose compatible with …"',
      text: 'We may use your details for any legitimate purpose, including any other purpose that is compatible with the reason we collected them.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'a "why" question answered with minimality', text: 'Why do we collect your details?\n\nWe respect your privacy and only ever collect what we need.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'under a "How we use" heading, only a rule of law and a lawful-reason condition',
      text: '## How we use your information\n\nWe use your personal data in accordance with applicable data protection laws and only where we have a lawful reason to do so.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: '"we process your information only when there is a legal basis for it"', text: 'We process your information in compliance with the UK GDPR and only when there is a legal basis for it.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'plain text: "where the law allows"', text: 'HOW WE USE DATA\nWe handle your details in line with our policy and only where the law allows.', formats: ['plaintext'], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'purposes "described to you at the time of collection"',
      text: 'We use your data for the purposes described to you at the time of collection.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: '"for the purposes set out in this notice"', text: 'The club processes members\' personal data for the purposes set out in this notice.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"Purposes of processing: see clause 9"', text: 'Purposes of processing: see clause 9.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a "Purposes" heading over "See above."', text: '## Purposes\n\nSee above.', formats: ['markdown'], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a "why" line glued to a motive is no purpose (Markdown)', text: 'Why we collect it\nBecause we care about you!', formats: ['markdown'], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a "Why we use it" heading over "Please refer to section 4." (plain text)', text: 'WHY WE USE YOUR DATA\n\nPlease refer to section 4.', formats: ['plaintext'], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a purpose heading over "in ways you would reasonably expect" (Markdown)',
      text: '## How we use your information\n\nWe take your privacy seriously and will only use your information in ways you would reasonably expect.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a purpose heading over "lawfully, fairly and transparently" (plain text)',
      text: 'WHY WE PROCESS YOUR DATA\n\nPersonal data is processed lawfully, fairly and transparently.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: '"we use your data responsibly and appropriately"', text: 'We use your data responsibly and appropriately.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'Art. 5(1)(b) restated: "for specified, explicit and legitimate purposes"', text: 'We process personal data only for specified, explicit and legitimate purposes.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a purpose heading over "as described in this policy" gives no purpose',
      text: '## How we use your information\n\nWe use your information as described in this privacy policy.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "what" question about something else answers no purpose',
      text: 'What data do we collect?\nYour name and your e-mail address.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a purpose heading over "processed in accordance with our terms and the law" gives no purpose',
      text: '## How we use your data\n\nYour data is handled in accordance with our Terms and Conditions and applicable law. Security matters to us.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'in plain text: "used in compliance with the GDPR"',
      text: 'Use of your information\n\nPersonal information is used in compliance with the GDPR.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"let us know" is a request, not a purpose',
      text: 'We collect your name. If anything is wrong, please let us know, or let us fix it when you write.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"only for 30 days", "exclusively for as long as needed" are periods, not purposes',
      text: 'Your data is stored only for 30 days. It is processed exclusively for as long as needed.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a column headed "User" or "Used by" is no purpose column',
      text: '| Data | User |\n|---|---|\n| E-mail | Anna |',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"required" for a period, by law, or negated states no purpose',
      text: 'Your data is required for as long as your account exists. Your passport number is required by law. Your e-mail address is not required for anything else. The data collected is required for the duration of the contract.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"serves" a person, or negated, or without the data as subject, states no purpose',
      text: 'Our support team serves customers in five countries. Your data does not serve any advertising. We collect your name and e-mail address.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'purposes only by reference to a schedule of another document',
      text: 'We process your personal data for the purposes set out in Annex 1 to our Master Services Agreement.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a defined term whose definition names no purpose, then used as such',
      text: '“Agreed Purposes” means the purposes notified to the Customer from time to time.\n\nThe Supplier shall process Personal Data only in accordance with the Agreed Purposes.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a definition that only repeats "purpose", and a third-person verb negated',
      text: '"Purpose" means the specific and lawful purpose of an activity. The club never uses your data to profile you.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"for the specified purposes" with nothing specified',
      text: 'Your details are retained for the specified purposes only.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"for various purposes" under a "How we use" heading (Markdown)',
      text: '## How we use your information\n\nWe may use the data we hold about you for various purposes.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"for certain other purposes" and "for any compatible purpose"',
      text: 'We collect your name and address. We may process them for certain other purposes and for any compatible purpose.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'purposes "notified to you when the data is collected": deferred, not stated',
      text: 'Personal data is processed for the purposes notified to you when it is collected.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "why" question answered with a motive (plain text, bold)',
      text: '**Why do we ask for your details?**\nBecause we value our customers and love hearing from them!',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "why" line answered with a motive (Markdown)',
      text: 'Why we collect it\n\nAs a company we care deeply about every one of our users.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "why" question read as a heading, answered with a motive (both readers)',
      text: 'Why do you collect my address?\n\nSince day one we have put our members first.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"for purposes compatible with the original purpose" names none',
      text: 'We may process your data for purposes that are compatible with the original purpose.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the progressive, negated: "we are not using it to …"',
      text: 'We collect your e-mail address. We are not using it to train models.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'vague purposes state no purpose ("for our business purposes", "as permitted by law")',
      text: 'We collect your name and email. We process them for our usual business purposes and otherwise as permitted by applicable law.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'purposes deferred to another document',
      text: 'Personal data is processed for the purposes set out in the general terms and conditions.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "How we use" heading over a vague sentence only (Markdown)',
      text: '## How we use data\n\nWe use personal data for legitimate business purposes.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a plain-text "How we use" line over a vague sentence only',
      text: 'How we use data\n\nWe use personal data as permitted by the GDPR.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'collection and rights, no purpose: reported at "Information We Collect"',
      text: '# Privacy\n\n## Information We Collect\n\n- Email address\n- Password\n\n## Your Rights\n\nYou may access your data.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'plain text: reported at "What we collect"',
      text: 'Privacy\n\nWhat we collect\n\n  • Name and e-mail address\n  • IP address',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'only negated uses',
      text: 'We do not use your data to train AI models. We never use your personal data to profile you.',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: '"register for an account" is not a purpose',
      text: 'We collect your email address when you register for an account.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a retention period is not a purpose',
      text: 'We keep your data for 30 days.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'children are not "any personal data"',
      text: 'We do not collect personal data from children.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an empty "How we use" heading: reported there',
      text: '## Information we hold\n\nName and email.\n\n## How we use your data',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: 'a request to the reader ("Help us …", "let us know") states no purpose',
      text: 'We collect your name and email. Help us keep this policy current. Please let us know if your details change.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"to learn more" and "so long as" are not purposes',
      text: 'We keep your data so long as your account is open. To learn more, contact us at privacy@acme.com.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"do so" and "for the purposes of the GDPR" are not purposes',
      text: 'We store your data in Ireland. If you ask us to do so, we delete it. For the purposes of the GDPR, Acme is the controller.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('gdpr/purposes details', () => {
  it('names the UK GDPR when that is the law the policy names', () => {
    const result = run(rule, { text: 'We follow the UK GDPR. We collect your name.' }, 'plaintext');
    expect(result.messages[0]?.message).toContain('UK GDPR Art. 13(1)(c)');
  });
  it('records a declaration as not applicable', () => {
    const result = run(rule, { text: 'We do not collect any personal data.' }, 'plaintext');
    expect(result.requirements.map((e) => e.status)).toEqual(['not-applicable']);
  });
  it('does not throw on empty or odd input', () => {
    for (const text of ['', '\n', '|', '# ', '- ', 'we use '.repeat(3000)]) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const pin = (file: string) => {
    const result = lintFixture(rule, file);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`),
      evidence: result.requirements.map((e) => (e.line === undefined ? e.status : `${e.status} ${e.line}:${e.column}`)),
    };
  };

  it('000: "How We Use Your Information" — silent', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: ['met 55:1'] });
  });
  it('001: "Why we use it" and its purposes table — silent', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({ messages: [], evidence: ['met 25:1'] });
  });
  it('002: "How We Use Information" — silent', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: [], evidence: ['met 39:1'] });
  });
  it('003: "How we use it" — silent', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: [], evidence: ['met 34:1'] });
  });
  it('004: a POPIA policy — the GDPR pack does not run', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('GitHub 2017: "Why do we collect this?" — silent', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: ['met 28:1'] });
  });
  it('Mastodon: "What do we use your information for?" — silent', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: ['met 44:1'] });
  });
});
