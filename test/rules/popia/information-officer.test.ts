import { describe, expect, it } from 'vitest';
import rule from '../../../rules/popia/information-officer.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    {
      name: 'seed 004: "Postal: The Information Officer, …" in a contact list (plain text)',
      text: 'Contact details for data protection matters:\n\n  • Email: privacy@konductro.com\n  • Website: konductro.com/privacy\n  • Postal: The Information Officer, Konductro (Pty) Ltd, Unit 2, Kilwa House, Bondev Office Park, Wierda Rd, Zwartkop 356-Jr, Centurion, 0185, South Africa\n',
      formats: ['plaintext'],
    },
    {
      name: 'seed 004 in Markdown',
      text: 'Contact details for data protection matters:\n\n- Email: privacy@konductro.com\n- Postal: The Information Officer, Konductro (Pty) Ltd, Wierda Rd, Centurion, 0185\n',
      formats: ['markdown'],
    },
    { text: 'Information Officer: Jane Doe, privacy@acme.co.za' },
    { text: 'Our Information Officer, Thabo Mokoena, can be reached at io@acme.co.za or 021 555 1234.' },
    { text: 'Deputy Information Officer: Sipho Dlamini — sipho@acme.co.za' },
    { text: 'Please direct requests to informationofficer@acme.co.za.', name: 'a mailbox named for the officer' },
    { text: 'You can write to the Information Officer at PO Box 123, Durban, 4000.' },
    { text: 'Our Information Officer can be contacted using the details below.\n\nEmail: privacy@acme.co.za' },
    {
      name: 'a heading, the contact in the paragraphs below (Markdown)',
      text: '## Information Officer\n\nName: Jane Doe\n\nEmail: privacy@acme.co.za\n',
      formats: ['markdown'],
    },
    {
      name: 'short lines become headings (plain text)',
      text: 'Information Officer\nJane Doe\nTelephone: +27 11 555 0000\n',
      formats: ['plaintext'],
    },
    {
      name: 'a table row',
      text: '| Role | Contact |\n|---|---|\n| Information Officer | privacy@acme.co.za |\n',
      formats: ['markdown'],
    },
    {
      name: 'a lead-in and bullets',
      text: 'To exercise your rights, contact our Information Officer:\n\n- Email: privacy@acme.co.za\n- Phone: 011 555 0000\n',
      formats: ['markdown'],
    },
    {
      name: 'a lead-in, then a name and an address on short lines that plain text makes sub-headings',
      text: '4. Contact\n\nFor requests about your information, write to our Information Officer:\n\nKnysna Vet Clinic\n22 Waterfront Drive, Knysna, 6571\nTel: 044 555 0148\n',
      formats: ['plaintext'],
    },
    {
      name: 'a lead-in without a title above it: the name line is a heading at the same level (plain text)',
      text: 'Getting in touch\n\nRequests under POPIA go to our Information Officer:\n\nGeorge Panel Beaters\nUnit 3, 15 York Street, George, 6529\n',
      formats: ['plaintext'],
    },
    {
      name: 'a lead-in, then the details in separate paragraphs (Markdown)',
      text: '## Contact\n\nQuestions go to our Deputy Information Officer:\n\n**Knysna Vet Clinic**\n\nPostal address: PO Box 310, Knysna, 6570\n',
      formats: ['markdown'],
    },
    {
      name: 'a lead-in, then the details between lines of pasted page markup (plain text)',
      text: 'Contact\n\n<p>\nPlease send requests to our Information Officer:\n</p>\n<p className="muted">\n<b>Knysna Vet Clinic</b><br />\nEmail: desk@knysnavet.co.za\n</p>\n',
      formats: ['plaintext'],
    },
    { text: 'We do not collect any personal information.', name: 'not applicable' },
    { text: 'Contact us at hello@acme.com.', jurisdictions: ['gdpr'], name: 'the pack does not run without POPIA' },
  ],
  invalid: [
    { text: 'Our Information Officer is responsible for POPIA compliance.', errors: [{ messageId: 'noContact', line: 1, column: 5, endColumn: 24, severity: 'warning' }] },
    { text: 'Information Officer: Jane Doe', errors: [{ messageId: 'noContact', line: 1, column: 1 }] },
    {
      name: "the Regulator's website is not the officer's contact (Markdown)",
      text: '## Compliance\n\nThe Information Officer oversees this policy.\n\n## Complaints\n\nYou may complain to the Information Regulator at inforegulator.org.za.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'noContact', line: 3, column: 5 }],
    },
    { text: 'Contact our Data Protection Officer at dpo@acme.com.', errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error' }], name: 'a GDPR DPO' },
    { text: 'Our Chief Information Officer can be reached at cio@acme.co.za.', errors: [{ messageId: 'missing', line: 1 }], name: 'the CIO is an IT role' },
    { text: 'Contact our Privacy Officer at privacy@acme.co.za.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We have not appointed an Information Officer.', errors: [{ messageId: 'missing', line: 1 }], name: 'denied: POPIA has no exemption' },
    {
      name: 'missing: reported at the contact heading (Markdown)',
      text: '# Privacy Policy\n\nWe use your data.\n\n## Contact\n\nEmail: hello@acme.co.za\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: 'missing: reported at the contact heading (plain text)',
      text: 'Privacy Policy\n\nWe use your data.\n\nContact\nEmail: hello@acme.co.za\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    { text: 'You have the right to lodge a complaint with the Information Regulator (inforegulator.org.za).', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a lead-in whose details never come: the next section at its level ends it (plain text)',
      text: '4. Requests\n\nRequests are handled by our Information Officer:\n\n5. Cookies\n\nOur cookie banner is run by cookies@bannerco.com.\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noContact', line: 3, column: 29 }],
    },
    {
      name: 'a lead-in followed by the Regulator\'s details only (Markdown)',
      text: '## Complaints\n\nFirst raise a complaint with our Information Officer:\n\nInformation Regulator, JD House, 27 Stiemens Street, Braamfontein, 2001, inforeg@justice.gov.za\n',
      formats: ['markdown'],
      errors: [{ messageId: 'noContact', line: 3, column: 34 }],
    },
  ],
});

describe('popia/information-officer details', () => {
  it('records the evidence it relies on', () => {
    const met = run(rule, { text: 'Information Officer: Jane Doe, privacy@acme.co.za' }, 'markdown');
    expect(met.requirements).toMatchObject([{ status: 'met', line: 1, column: 1, text: 'Information Officer: Jane Doe, privacy@acme.co.za' }, { status: 'met' }]);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|||', 'Information Officer '.repeat(2000), '# \n## \n', 'Chief Information Officer\n'.repeat(500)]) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const findings = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);
  it('000–003 and the corpus are not POPIA policies: silent', () => {
    for (const file of [
      'seeds/000_d80a1d47bfd452aa.txt',
      'seeds/001_5d45be2437642316.txt',
      'seeds/002_d0849b8b0e039e27.txt',
      'seeds/003_a73e55a167ae72aa.txt',
      'corpus/github-privacy-statement-2017.md',
      'corpus/mastodon-default-privacy-policy.md',
    ]) {
      expect(findings(file), file).toEqual([]);
    }
  });
  it('004: "Postal: The Information Officer, …" (line 28) with privacy@konductro.com in the same list: silent', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
    expect(lintFixture(rule, 'seeds/004_9676fbca8d62b176.txt').requirements).toMatchObject([
      { status: 'met', line: 28, column: 17, text: expect.stringMatching(/^Postal: The Information Officer, Konductro \(Pty\) Ltd, /) },
      { status: 'met', line: 28, item: 'contact details of the Information Officer' },
    ]);
  });
});

// A template's slot after the label names no officer: "Information Officer: [TO BE COMPLETED]".
testRule(rule, {
  valid: [
    { name: 'a real name after the label', text: '- **Information Officer:** Thabo Nkosi\n- **Email:** privacy@shop.co.za', formats: ['markdown'] },
    { name: 'a bracketed link is no slot', text: 'Information Officer: [Thabo Nkosi](mailto:io@shop.co.za)', formats: ['plaintext'] },
    { name: 'a slot elsewhere on the line does not matter', text: 'Contact our Information Officer at io@shop.co.za [updated yearly].' },
  ],
  invalid: [
    {
      name: 'a slot in brackets, though an e-mail is next to it',
      text: '- **Email:** privacy@shop.co.za\n- **Information Officer:** [TO BE COMPLETED]',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'TBC', text: 'Information Officer: TBC\nEmail: privacy@shop.co.za', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a blank to fill in', text: 'Information Officer: ____________\nPhone: 021 555 0199', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'an angle-bracket slot', text: 'Deputy Information Officer: <insert name>\nE-mail: io@shop.co.za', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});
