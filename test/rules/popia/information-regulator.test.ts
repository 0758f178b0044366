import { describe, expect, it } from 'vitest';
import rule from '../../../rules/popia/information-regulator.js';
import { lintDocument } from '../../../src/engine/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    {
      name: 'seed 004: section 11 "The Information Regulator" with website, e-mail, address, phone (plain text)',
      text: '11. The Information Regulator\n\nYou have the right to lodge a complaint with the Information Regulator of South Africa if you believe we have handled your personal information unlawfully. Contact details:\n\n  • Website: inforegulator.org.za\n  • Email: inforeg@justice.gov.za\n  • Address: JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001\n  • Telephone: 010 023 5207\n',
      formats: ['plaintext'],
    },
    {
      name: 'the same in Markdown',
      text: '## 11. The Information Regulator\n\nYou have the right to lodge a complaint with the Information Regulator of South Africa. Contact details:\n\n- Website: inforegulator.org.za\n- Telephone: 010 023 5207\n',
      formats: ['markdown'],
    },
    { text: 'You may lodge a complaint with the Information Regulator (inforegulator.org.za).' },
    { text: 'If you are unhappy with our response, you can complain to the Information Regulator at https://inforegulator.org.za.' },
    { text: 'You may submit a complaint to the Information Regulator: JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001.', name: 'address only' },
    { text: 'Complaints may be referred to the Information Regulator, tel. 010 023 5207.' },
    { text: 'You can also report us to the Information Regulator (inforegulator.org.za).' },
    { text: 'Nothing in this policy limits your right to lodge a complaint with the Information Regulator (inforegulator.org.za).', name: 'a negation that keeps the right' },
    {
      name: 'a "Complaints" heading gives the context (Markdown)',
      text: '## Complaints\n\nThe Information Regulator (South Africa) can be reached at POPIAComplaints@inforegulator.org.za.\n',
      formats: ['markdown'],
    },
    {
      name: 'a bare "How to complain" heading (plain text)',
      text: 'Privacy Policy\n\nHow to complain\nThe Information Regulator: www.inforegulator.org.za\n',
      formats: ['plaintext'],
    },
    {
      name: 'a table row',
      text: '| Right | How |\n|---|---|\n| Complaint | Write to the Information Regulator, inforegulator.org.za |\n',
      formats: ['markdown'],
    },
    {
      name: 'bullets under a lead-in',
      text: 'If you wish to lodge a complaint, you may contact:\n\n- the Information Regulator at inforegulator.org.za\n- or our Information Officer\n',
      formats: ['markdown'],
    },
    {
      name: '• bullets under a lead-in (plain text)',
      text: 'If you wish to lodge a complaint, you may contact:\n\n  • the Information Regulator at inforegulator.org.za\n  • or our Information Officer\n',
      formats: ['plaintext'],
    },
    { text: 'The Information Regulator ("the Regulator") oversees POPIA. You may lodge a complaint with the Regulator via inforegulator.org.za.', name: 'the defined short name' },
    { text: 'We do not collect any personal information.', name: 'not applicable' },
    { text: 'Where can I lodge a complaint?\n\nThe Information Regulator: inforegulator.org.za.', name: 'the answer to a question about complaints (both readers)' },
    { text: 'You may complain to the ICO.', jurisdictions: ['gdpr'], name: 'the pack does not run without POPIA' },
  ],
  invalid: [
    {
      text: '**Who enforces POPIA?** The Information Regulator.',
      errors: [{ messageId: 'missing', line: 1 }],
      name: 'an answer to a question that is not about complaints states no right',
    },
    { text: 'You have the right to lodge a complaint with the Information Regulator.', errors: [{ messageId: 'noContact', line: 1, column: 50, severity: 'warning' }] },
    {
      name: 'a bare bullet (plain text)',
      text: 'Your rights\n\n  • Right to complain to the Information Regulator of South Africa\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noContact', line: 3, column: 30 }],
    },
    {
      text: 'Data subjects may complain to the Information Regulator. Contact us at privacy@acme.co.za for any questions.',
      errors: [{ messageId: 'noContact', line: 1, column: 35 }],
      name: "the company's e-mail is not the Regulator's",
    },
    {
      text: 'You have the right to lodge a complaint with a supervisory authority.',
      errors: [{ messageId: 'otherRegulator', line: 1, column: 48, severity: 'error' }],
      name: 'GDPR wording under POPIA',
    },
    { text: 'If you are in the UK, you can complain to the ICO (ico.org.uk).', errors: [{ messageId: 'otherRegulator', line: 1, column: 47 }] },
    { text: 'Right to lodge a complaint with supervisory authority', errors: [{ messageId: 'otherRegulator', line: 1, column: 33 }], name: 'seed 000 bullet' },
    {
      name: 'seed 004 rights list without the complaint bullet (plain text)',
      text: 'Privacy Policy\n\n7. Your Rights Under POPIA\n\n  • Right to access\n  • Right to correction\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'a complaints heading is preferred (Markdown)',
      text: '# Policy\n\n## Your rights\n\nYou may access your data.\n\n## Complaints\n\nIf you have a complaint, email us at privacy@example.co.za.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 7, column: 1 }],
    },
    { text: 'If you have a complaint, please contact us at privacy@acme.co.za.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      text: 'In the event of a security compromise, we will notify you and the Information Regulator as required by section 22 of POPIA.',
      errors: [{ messageId: 'missing', line: 1 }],
      name: 'seed 004 breach sentence: a notice, not a complaint route',
    },
    { text: 'Our Information Officer is registered with the Information Regulator.', errors: [{ messageId: 'missing', line: 1 }], name: 'registration' },
    { text: 'You may not lodge a complaint with the Information Regulator without first contacting us.', errors: [{ messageId: 'missing', line: 1 }], name: 'a right denied' },
    { text: 'You can complain to our Information Officer at io@acme.co.za.', errors: [{ messageId: 'missing', line: 1 }], name: 'the Information Officer is not the Regulator' },
    {
      text: 'Any disputes will be handled by JAMS. We are subject to the jurisdiction of the Federal Trade Commission.',
      errors: [{ messageId: 'missing', line: 1 }],
      name: 'a regulator with jurisdiction, not a complaint route',
    },
  ],
});

describe('popia/information-regulator details', () => {
  it('names the other regulator in the message', () => {
    const result = run(rule, { text: 'You can complain to the ICO.' }, 'markdown');
    expect(result.messages[0]?.message).toContain('"ICO"');
  });
  it('records the evidence it relies on', () => {
    const met = run(rule, { text: 'You may lodge a complaint with the Information Regulator (inforegulator.org.za).' }, 'markdown');
    expect(met.requirements).toMatchObject([
      { status: 'met', line: 1, column: 36, text: 'You may lodge a complaint with the Information Regulator (inforegulator.org.za).' },
      { status: 'met', item: 'contact details of the Information Regulator' },
    ]);
    const na = run(rule, { text: 'We do not collect any personal information.' }, 'markdown');
    expect(na.requirements).toMatchObject([{ status: 'not-applicable' }]);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|||', 'complaint '.repeat(2000), 'Information Regulator '.repeat(2000), '# \n## \n', 'the Regulator: '.repeat(1000)]) {
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
  it('004: line 162 "lodge a complaint with the Information Regulator", section 11 with its contact details: silent', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
    const result = lintFixture(rule, 'seeds/004_9676fbca8d62b176.txt');
    expect(result.requirements).toMatchObject([
      { status: 'met', line: 162, column: 144 },
      { status: 'met', item: 'contact details of the Information Regulator' },
    ]);
  });
  it('000 linted under POPIA: its complaint bullet names a "supervisory authority" (line 232)', () => {
    const result = lintDocument(readFixture('seeds/000_d80a1d47bfd452aa.txt'), { rules: [rule], jurisdictions: ['popia'], today: new Date('2026-11-27T00:00:00Z') });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['232:35 otherRegulator']);
  });
});

// Phrasings found by the blind heldout4 set, in new words: the organisation in the third
// person, table headers that lead rows in, definitions, plain-words rights (see CHANGELOG).
testRule(rule, {
  valid: [
    { text: "If you are unhappy, you may lodge a complaint with the Regulator under section 74 of POPIA (inforegulator.org.za)." },
    { text: "| Step | Who | Contact |\n|---|---|---|\n| 1 | Our Information Officer | io@example.co.za |\n| 2 | Information Regulator | complaints@inforegulator.org.za |" },
  ],
  invalid: [
    { text: "You may lodge a complaint with the Regulator under section 74 of POPIA. EU residents may also contact the ICO.", errors: [{messageId:'missing',line:1}] },
    { text: "| Step | Who | Contact |\n|---|---|---|\n| 1 | Our Information Officer | io@example.co.za |\n| 2 | Information Regulator | enquiries@inforegulator.org.za |", errors: [{messageId:'missing',line:1}] },
    { text: "Complaints go to the Regulator.", errors: [{messageId:'missing',line:1}] },
  ],
});

// The right in other words: "take the matter up with", "raise it with", "turn to" the Regulator.
testRule(rule, {
  valid: [
    {
      name: '"take the matter up with" in a parenthesis',
      text: 'If you think we have misused your details (you may at any time take the matter up with the Information Regulator, inforegulator.org.za), please tell our office first.',
    },
    { name: '"raise it with"', text: 'You can raise it with the Information Regulator at POPIAComplaints@inforegulator.org.za.' },
    { name: '"turn to"', text: 'Should our answer not satisfy you, you may turn to the Information Regulator (www.inforegulator.org.za).' },
  ],
  invalid: [
    { name: 'the company takes steps, not the reader', text: 'We take steps to register our Information Officer with the Information Regulator.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'the matter taken up with the company only', text: 'You may take the matter up with our Information Officer.', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});
