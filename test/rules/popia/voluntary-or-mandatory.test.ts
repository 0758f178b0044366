import { describe, expect, it } from 'vitest';
import rule from '../../../rules/popia/voluntary-or-mandatory.js';
import { lintDocument } from '../../../src/engine/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    { name: 'the status itself after the category: "All information is provided voluntarily"', text: 'All information is provided voluntarily; if you do not provide it, we cannot answer your enquiry.' },
    // Voluntary, with what happens if it is not supplied (s18(1)(e)), or a description of collection.
    { text: 'The supply of your personal information is voluntary. However, if you do not provide it, we may not be able to assist you.' },
    { text: 'You voluntarily provide this information when you contact us.' },
    {
      name: 'a self-description that names a law requiring the collection keeps it',
      text: 'This notice explains how the Companies Act requires us to collect your director details. If you do not provide them, we cannot register you.',
    },
    // Mandatory, with consequences.
    { text: 'Supplying your ID number is mandatory; without it we cannot open an account for you.' },
    { text: 'You must provide your name and e-mail address to create an account. All other information is voluntary.', name: 'needed for an account implies the consequence' },
    { text: 'Fields marked with an asterisk are mandatory. Failure to provide them may delay your application.' },
    { text: 'Failure to supply your ID number will prevent us from opening your account.', name: 'failure to supply, with the consequence' },
    // Consequences alone imply that some information is needed.
    { text: 'If you choose not to provide your banking details, we will not be able to process your refund.' },
    { text: 'Without this information we cannot process your claim.' },
    // Told at collection.
    { text: 'Our application forms indicate which information is mandatory and which is voluntary.' },
    // Law named.
    {
      text: 'We are required by the Financial Intelligence Centre Act (FICA) to collect and verify your identity number. If you do not provide it, we cannot open your account.',
      name: 'FICA named',
    },
    { text: 'Tax law requires us to collect your income tax number in terms of the Tax Administration Act 28 of 2011. Without it we cannot pay you.' },
    // Lists and tables.
    {
      name: 'a list marked (required) / (optional), with a consequence',
      text: 'When you register we collect:\n\n- E-mail address (required)\n- Phone number (optional)\n\nIf you do not provide an e-mail address, we cannot register you.\n',
      formats: ['markdown'],
    },
    {
      name: 'plain-text • bullets marked (optional)',
      text: 'Account\n\n  • Company name (optional)\n  • Job title (optional)\n',
      formats: ['plaintext'],
    },
    {
      name: 'a table with a "Mandatory?" column',
      text: '| Information | Purpose | Mandatory? |\n|---|---|---|\n| E-mail | Login | Yes |\n| Phone | Support | No |\n',
      formats: ['markdown'],
    },
    {
      name: 'a heading with the answer in its body',
      text: '## Voluntary or mandatory supply\n\nYour name and ID number are compulsory: if you do not provide them, we cannot issue a policy.\n',
      formats: ['markdown'],
    },
    // Not applicable.
    { text: 'We do not collect any personal information directly from you.' },
    { text: 'Voluntary or mandatory supply: not applicable.' },
    // Not under POPIA.
    { text: 'We collect your e-mail address.', jurisdictions: ['gdpr'], name: 'the pack does not run without POPIA' },
    // Required in other words, each with what happens if it is not supplied.
    { text: 'Certain information, such as your ID number, has to be supplied; if it is withheld we will be unable to process your application.' },
    {
      name: 'a named law with its number and year, and "should you not supply"',
      text: 'The Companies Act 71 of 2008 requires us to collect and keep the details of our shareholders. Should you not supply them, your shares cannot be registered.',
    },
    { text: 'Your ID number must be provided. If it is not provided, we cannot open your account.' },
  ],
  invalid: [
    // A category named with a participle says which information is meant, not whether supplying it is voluntary.
    {
      name: 'a list item "Information submitted voluntarily, such as feedback" is a category',
      text: 'Information we collect\n\n- Name and e-mail address given at registration.\n- Information submitted voluntarily, such as feedback or inquiries.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"Data provided voluntarily by members" is a category',
      text: 'We process data provided voluntarily by members, such as their photographs.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    // Voluntary without what happens if it is not supplied: s18(1)(e) asks for the consequences whatever the answer to (d).
    { text: 'You are not obliged to provide us with any personal information.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    { text: 'You are under no legal obligation to supply your personal information.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    { text: 'Providing your cellphone number is optional.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    { text: 'It is entirely up to you whether you provide your date of birth.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    { text: 'Giving us your alternative contact number is up to you.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    { text: 'Sharing your job title with us is at your discretion.', errors: [{ messageId: 'consequences', line: 1, severity: 'warning' }] },
    {
      name: 'a failure to provide with no named consequence answers nothing',
      text: 'Failure to provide information may have consequences.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'refusing to supply data "is at your own risk" names no consequence',
      text: 'Refusal to supply your details is at your own risk.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a list of information, nothing on supply (Markdown): at "Information We Collect"',
      text: '# Privacy Policy\n\n## 1. Information We Collect\n\n- Name\n- ID number\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'seed 004 shape (plain text): at "2. Personal Information We Collect"',
      text: 'Privacy Policy\n\n2. Personal Information We Collect\n\nWe collect personal information in the following categories:\n\n  • Name, work email\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    { name: 'no heading: line 1', text: 'We collect your e-mail address.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'disclosure required by law', text: 'We may disclose personal information if required by South African law.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'seed 004: essential cookies',
      text: 'Essential cookies: required for the Platform to function. These cannot be disabled. Disabling essential cookies will affect Platform functionality.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'seed 004: data minimisation', text: 'We collect the information needed to run your account and deliver our services.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'an age requirement', text: 'You must be 18 years or older to open an account.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'accuracy, not obligation', text: 'You must provide accurate and complete information.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'consent, not supply', text: 'If you do not consent, we will not send you marketing messages.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'notice, not information', text: "You must give us 30 days' written notice to cancel.", errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a data subject request',
      text: 'To exercise your rights, you must provide proof of identity. You are not required to give a reason for your request.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'retention required by law', text: 'We retain invoices for 5 years because we are required by law to do so.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'not a not-applicable declaration', text: 'We do not collect special personal information.', errors: [{ messageId: 'missing', line: 1 }] },
    // Mandatory without consequences.
    {
      name: 'mandatory fields, no consequence: at the phrase',
      text: 'Registration\n\nFields marked with an asterisk (*) are mandatory.',
      errors: [{ messageId: 'consequences', line: 3, column: 1, endColumn: 31, severity: 'warning' }],
    },
    {
      name: 'the supply is compulsory',
      text: 'Note: the supply of your identity number is compulsory.',
      errors: [{ messageId: 'consequences', line: 1, column: 7 }],
    },
    { text: 'You are required to provide your physical address.', errors: [{ messageId: 'consequences', line: 1, column: 1 }] },
    {
      name: 'a bullet marked (required), no consequence',
      text: 'We collect:\n\n- E-mail address (required)\n- Phone number (optional)\n',
      formats: ['markdown'],
      errors: [{ messageId: 'consequences', line: 3, column: 18 }],
    },
    // Law not named.
    {
      name: 'required by law, no law named',
      text: 'We are required by law to collect your identity number. If you do not provide it, we cannot open your account.',
      errors: [{ messageId: 'law-unnamed', line: 1, column: 8, severity: 'warning' }],
    },
    {
      name: 'required by law, no law and no consequence: two warnings on the same phrase',
      text: 'We are required by law to collect your identity number.',
      errors: [
        { messageId: 'consequences', line: 1, column: 8 },
        { messageId: 'law-unnamed', line: 1, column: 8 },
      ],
    },
    {
      name: 'the law requires the notice that explains how we collect, not the supply: the policy is silent',
      text: 'This Privacy Notice explains how we obtain, use and disclose your personal information, as required by applicable legislation.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a policy that sets out the ways in which the firm collects data, as the law requires',
      text: 'Privacy policy\n\nThis policy sets out the ways in which Karoo Couriers may collect and use personal information, as required by law.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the supply said to be required by law after a self-description still needs the law named',
      text: 'This notice explains how we handle your data. We collect your identity number as required by law. If you do not provide it, we cannot open your account.',
      errors: [{ messageId: 'law-unnamed', line: 1 }],
    },
    {
      name: 'required in other words, with no consequence',
      text: 'Your ID number and proof of address have to be supplied.',
      errors: [{ messageId: 'consequences', line: 1, column: 6 }],
    },
    {
      name: '"up to you" about something other than the information',
      text: 'We collect your name and cellphone number. It is up to you to keep your PIN safe.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('messages and evidence', () => {
  it('quotes the mandatory phrase in the consequences warning', () => {
    const result = run(rule, { text: 'Name, e-mail address and ID number are mandatory.' }, 'plaintext');
    expect(result.messages[0]?.message).toContain('"e-mail address and ID number are mandatory"');
    expect(result.messages[0]?.message).toContain('POPIA s18(1)(e)');
  });
  it('records what it relies on', () => {
    const met = run(rule, { text: 'Note: you are not obliged to provide your information. Without it, we cannot reply.' }, 'plaintext');
    expect(met.requirements).toMatchObject([
      { status: 'met', line: 1, column: 7, text: 'Note: you are not obliged to provide your information.' },
      { status: 'met', text: 'Without it, we cannot reply.' },
    ]);
    const na = run(rule, { text: 'We do not collect any personal information.' }, 'markdown');
    expect(na.requirements).toMatchObject([{ status: 'not-applicable' }]);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|||', 'provide '.repeat(3000), 'without '.repeat(3000), '(optional) '.repeat(1000), 'required by law to '.repeat(500), '# \n## \n']) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const findings = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

  it('000: detected as gdpr+ccpa — the POPIA pack does not run', () => {
    expect(findings('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('001: GDPR only — silent', () => {
    expect(findings('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('002: GDPR only — silent', () => {
    expect(findings('seeds/002_d0849b8b0e039e27.txt')).toEqual([]);
  });
  it('003: GDPR only — silent', () => {
    expect(findings('seeds/003_a73e55a167ae72aa.txt')).toEqual([]);
  });
  it('004: nothing says whether supplying information is voluntary or mandatory — at "2. Personal Information We Collect"', () => {
    // "Essential cookies: required for the Platform to function" is about cookies, "We collect
    // the information needed to run your account" about data minimisation, "if required by South
    // African law" about disclosure: none says whether the data subject must supply anything.
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual(['30:1 missing']);
    expect(lintFixture(rule, 'seeds/004_9676fbca8d62b176.txt').requirements.map((e) => e.status)).toEqual(['missing']);
  });
  it('GitHub 2017: not a POPIA policy — silent', () => {
    expect(findings('corpus/github-privacy-statement-2017.md')).toEqual([]);
  });
  it('GitHub 2017 linted under POPIA: "we require some basic information at the time of account creation" (line 34)', () => {
    const result = lintDocument(readFixture('corpus/github-privacy-statement-2017.md'), {
      rules: [rule],
      jurisdictions: ['popia'],
      today: new Date('2026-11-27T00:00:00Z'),
    });
    expect(result.messages).toEqual([]);
    expect(result.requirements).toMatchObject([{ status: 'met', line: 34 }, { status: 'met', line: 34 }]);
  });
  it('Mastodon: not a POPIA policy — silent', () => {
    expect(findings('corpus/mastodon-default-privacy-policy.md')).toEqual([]);
  });
});

// Found by the blind heldout5 set, in new words: the consequence in translated or formal
// style ("a failure thereof will result …", "non-supply … means …").
testRule(rule, {
  valid: [
    { name: 'failure thereof', text: 'Your tax number is compulsory, and a failure thereof will mean that we cannot process your claim.', jurisdictions: ['popia'] },
    { name: 'non-supply', text: 'Next-of-kin details are mandatory. Non-supply of these details may result in your admission being delayed.', jurisdictions: ['popia'] },
    { name: 'refusal to do so, plain text heading', text: 'Supplying information\nYou are required to provide your student number; refusal to do so means we are unable to register you.', formats: ['plaintext'], jurisdictions: ['popia'] },
  ],
  invalid: [
    {
      name: 'failure thereof with no consequence named',
      text: 'Your ID number is compulsory. A failure thereof is noted on your file.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'consequences', line: 1 }],
    },
  ],
});

// s18(1)(e) for voluntary supply, in new words, and the consequences blind sets wrote elliptically.
testRule(rule, {
  valid: [
    { name: 'elliptical "if you choose not to,"', text: 'Giving us your mobile number is optional; if you choose not to, we will e-mail your tickets instead.' },
    { name: 'elliptical "If you do not,"', text: 'Is my address required? Supplying it is voluntary. If you do not, your parcel is held at the depot.' },
    { name: '"should the member fail to provide"', text: 'Supplying a beneficiary is voluntary; should the member fail to provide one, benefits are paid to the estate.' },
    { name: '"if you leave them out"', text: 'Your hobbies are optional. If you leave them out, matches are suggested on location alone.' },
    { name: 'the consequence is none', text: 'Disclosing a disability is entirely your choice and has no effect on your application.' },
    { name: 'a description of collection is no status statement', text: 'You voluntarily share your location when you check in.' },
    { name: 'plain-text bullets marked (optional) answer it at collection', text: 'Profile\n\n  • Nickname (optional)\n  • Avatar (optional)\n', formats: ['plaintext'] },
  ],
  invalid: [
    { name: 'voluntary, and then something else', text: 'Supplying your personal details is voluntary. We review this notice yearly.', errors: [{ messageId: 'consequences', line: 1 }] },
    {
      name: 'not obliged, under a heading',
      text: '## Must you give us your data?\n\nYou are under no obligation to provide information to the club.',
      formats: ['markdown'],
      errors: [{ messageId: 'consequences', line: 3 }],
    },
  ],
});

// A condition with no consequence named: "If you do not provide it, there may be consequences."
testRule(rule, {
  valid: [
    { name: 'a vague lead-in, then the consequence', text: 'Giving us your tax number is voluntary. If you do not supply it, this may have consequences: we will have to deduct tax at the higher rate.' },
    { name: 'consequences named after "such as"', text: 'Supplying your ID is mandatory. If you do not provide it, there may be consequences, such as a delay in opening your account.' },
  ],
  invalid: [
    { name: 'there may be consequences', text: 'If you do not provide the information we ask for, there may be consequences.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'mandatory, with implications unnamed', text: 'Your ID number is mandatory. Should you fail to provide it, this could have serious implications.', errors: [{ messageId: 'consequences', line: 1 }] },
  ],
});

// A law that requires the business to verify identity is a reason for collection, not a data subject request (t8pc).
testRule(rule, {
  valid: [
    {
      name: 'optional ID with the consequence, verification required by a named law',
      text: 'Supplying your passport number is optional, but without it we cannot open your account because FICA obliges us to verify your identity.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'a law requires verification, no consequence named',
      text: 'The Financial Intelligence Centre Act requires us to verify your identity, so your ID number is mandatory.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'consequences', line: 1 }],
    },
    {
      name: 'identity checked for a request is not a supply statement',
      text: 'To verify your identity when you make a request, you must provide a copy of your ID.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

// Answers under a question, people other than "you", a status said of the supply in a clause after it,
// and the law's question restated instead of answered.
testRule(rule, {
  valid: [
    { name: 'FAQ: "No", with a consequence', text: 'Do I need to give you my phone number?\nNo. If you leave it out, we will only e-mail you.' },
    {
      name: 'FAQ: "Yes", with the law and the consequence',
      text: 'Is my ID number required?\n\nYes — the Financial Intelligence Centre Act requires it, and without an ID number we cannot open your account.',
    },
    {
      name: 'a guardian supplies it; the status in a clause; what is incomplete is turned away',
      text: "Guardians must provide the learner's immunisation card and birth certificate; it is compulsory, and incomplete applications will not be considered.",
    },
    { name: 'an employee supplies it; "without a tax number"', text: 'Employees must supply their tax number. Without a tax number we cannot pay your salary.' },
    { name: 'told on the form, though the law requires it', text: 'POPIA requires us to tell you whether supplying information is voluntary or mandatory: each field on the form is marked at the time of collection.' },
  ],
  invalid: [
    {
      name: 'the duty restated, not answered',
      text: 'We must tell you whether giving us your information is optional or compulsory, and what happens if you refuse to provide it.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the law obliges us to inform you: restated, not answered',
      text: 'Section 18 of POPIA obliges us to inform you whether supplying your details is mandatory or voluntary. Contact our office for details.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'a question with no answer', text: 'Is providing my details voluntary or mandatory?', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a question answered with something else', text: 'Do I have to give you my details?\nPlease read the rest of this notice.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"a data processing agreement" is not the information', text: 'Without a data processing agreement we cannot share anything with a supplier.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a parent supplies it, mandatory, no consequence', text: "Parents must provide the child's birth certificate, which is mandatory.", errors: [{ messageId: 'consequences', line: 1 }] },
    { name: 'FAQ: "Yes" alone', text: 'Do I have to give you my details?\nYes.', errors: [{ messageId: 'consequences', line: 2 }] },
    { name: 'FAQ: "No" alone still owes the consequence', text: 'Must I give you my e-mail address?\nNo. You can pay by card.', errors: [{ messageId: 'consequences', line: 2 }] },
  ],
});

// "information that you voluntarily provide": which information, not whether its supply is voluntary.
testRule(rule, {
  valid: [
    { name: 'the main clause says it', text: 'You provide your contact details voluntarily.\nIf you leave them out, we cannot call you back.' },
  ],
  invalid: [
    { name: 'a relative clause', text: 'We collect personal information that you voluntarily provide when you register.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"the details you choose to provide voluntarily"', text: 'We store the details you choose to provide voluntarily on our forms.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"information which users voluntarily submit"', text: 'Information which users voluntarily submit is kept for a year.', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});
