import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/supervisory-authority-complaint.js';
import { lintDocument } from '../../../src/engine/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    { name: '"you\'re entitled to take it up with" an authority', text: "Unhappy with how I dealt with your request? You're entitled to take it up with the Garante per la protezione dei dati personali.", jurisdictions: ['gdpr'] },
    { name: '"you may raise the matter with" the ICO', text: 'You may raise the matter with the ICO at any time.', jurisdictions: ['gdpr'] },
    { name: 'Markdown: "bring your case before" an authority after a mishandling condition', text: '## Your rights\n\nIf you believe we misused your data, you can bring your case before the CNIL.', formats: ['markdown'], jurisdictions: ['gdpr'] },
    { name: '"you can report us to" an authority', text: 'You can report us to the Hellenic Data Protection Authority.', jurisdictions: ['gdpr'] },
    { name: '"you may notify" an authority', text: 'You may notify the data protection authority in your country if you think we broke the rules.', jurisdictions: ['gdpr'] },
    { name: '"you can also go directly to" an authority', text: 'Not happy with our answer? You can also go directly to the data protection authority of your country.', jurisdictions: ['gdpr'] },
    { name: '"you may turn to" a named authority', text: 'If we cannot resolve a disagreement about your data, you may turn to the Datatilsynet in Norway.', jurisdictions: ['gdpr'] },
    // The authority found through a list of authorities, or named generically in a data protection complaint.
    { name: 'a GDPR complaint to "your specific authority", found at the EDPB site', text: 'In the EU, you can find your specific authority to file a GDPR complaint at [the EDPB members page](https://edpb.europa.eu/about-edpb/about-edpb/members_en).' },
    { name: 'a complaint at a DPA web site', text: 'Unhappy with our answer? You can complain at https://ico.org.uk/make-a-complaint/.' },
    { name: 'your local authority, in a data protection complaint', text: 'You may lodge a data protection complaint with your local authority in the country where you live.' },
    // The Article's own words, and the seeds.
    { text: 'You have the right to lodge a complaint with a supervisory authority.' },
    { text: 'Right to lodge a complaint with supervisory authority', name: 'seed 000: a bare bullet of the rights list' },
    {
      name: 'seed 000: Markdown bullet list under "GDPR Rights (EU Users)"',
      text: '### GDPR Rights (EU Users)\n\nEU users have additional rights under GDPR:\n- Right to erasure ("right to be forgotten")\n- Right to lodge a complaint with supervisory authority\n',
      formats: ['markdown'],
    },
    {
      name: 'seed 001: plain-text bullet, UK authority named in the next sentence',
      text: '6. Your rights under GDPR\nYou have the right to:\n- Object (Art. 21), object to processing based on legitimate interest.\n- Lodge a complaint with a supervisory authority. In the UK, that\'s the ICO (ico.org.uk).\n',
      formats: ['plaintext'],
    },
    // Other verbs and nouns.
    { text: 'You can complain to the data protection authority in your country.' },
    { text: 'If you are unhappy with how we handle your data, you can contact your local data protection authority.' },
    { text: 'You may also contact your local data protection authority.', name: '"contact" a data protection authority' },
    { text: 'You may file a complaint with the competent supervisory authority of your habitual residence, place of work or place of the alleged infringement.' },
    { text: 'You have the right to make a complaint at any time to the Information Commissioner\'s Office (ICO), the UK supervisory authority for data protection issues (www.ico.org.uk).' },
    { text: 'If you have concerns about our use of your data, you can report them to the ICO.' },
    { text: 'Users in France may lodge a complaint with the CNIL.' },
    { text: 'You may complain to the Data Protection Commission (Ireland) at dataprotection.ie.' },
    { text: 'You can lodge a complaint with the Agencia Española de Protección de Datos (AEPD).' },
    { text: 'Italian residents may submit a complaint to the Garante per la protezione dei dati personali.' },
    { text: 'Sie haben das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren, etwa beim Landesbeauftragten für Datenschutz.', name: 'German' },
    { text: 'You may lodge a complaint with the BfDI or with the Landesdatenschutzbehörde of your federal state.' },
    { text: 'Dutch users can file a complaint with the Autoriteit Persoonsgegevens.' },
    { text: 'A list of EU data protection authorities is published by the EDPB; you may lodge a complaint with any of them.' },
    { text: 'The right to complain to a data protection regulator.', name: 'terse noun phrase' },
    { text: 'Nothing in this policy affects your right to lodge a complaint with a supervisory authority.', name: 'a negation that keeps the right' },
    { text: 'You do not need to contact us before you complain to the ICO.', name: 'negated "need", not the right' },
    { text: 'If you are not satisfied with our response, you may escalate your complaint to the relevant data protection authority.' },
    { text: 'You may lodge a complaint with the competent authority.', name: 'generic authority with a complaint verb' },
    { text: 'Registered users in the UK can complain to the ICO.', name: '"registered users" is not a registration with the authority' },
    // Headings, tables and lead-ins give the complaint context.
    {
      name: 'a "Complaints" heading, the authority in its body (Markdown)',
      text: '## Complaints\n\nThe UK regulator is the Information Commissioner\'s Office: ico.org.uk, 0303 123 1113.\n',
      formats: ['markdown'],
    },
    {
      name: 'a "How to complain" bare heading, the authority in its body (plain text)',
      text: 'Privacy Policy\n\nHow to complain\nThe CNIL can be reached at www.cnil.fr.\n',
      formats: ['plaintext'],
    },
    {
      name: 'a rights table: complaint in one cell, authority in the next',
      text: '| Right | How |\n|---|---|\n| Complaint | Contact the Data Protection Commission at dataprotection.ie |\n',
      formats: ['markdown'],
    },
    {
      name: 'a list lead-in',
      text: 'If you wish to make a complaint, you can contact:\n\n- the ICO at ico.org.uk\n- or us at privacy@example.com\n',
      formats: ['markdown'],
    },
    {
      name: 'plain-text • bullets under a lead-in',
      text: 'If you wish to make a complaint, you can contact:\n\n• the ICO at ico.org.uk\n• or us at privacy@example.com\n',
      formats: ['plaintext'],
    },
    // The authorities option.
    {
      text: 'You may complain to the HmbBfDI.',
      name: 'a known acronym',
    },
    {
      text: 'You may complain to the Commissioner for Personal Data Protection.',
      options: { authorities: ['Commissioner for Personal Data Protection'] },
      name: 'authorities option (Cyprus)',
    },
    // Not applicable.
    { text: 'We do not collect any personal data.' },
    { text: 'We do not collect any personal information whatsoever.' },
    // Not under the GDPR.
    { text: 'You may complain to the FTC.', jurisdictions: ['ccpa'], name: 'the pack does not run without the GDPR' },
    // Commissioners by their English names.
    { text: 'In addition, you may contact the Berlin Commissioner for Data Protection and Freedom of Information.' },
    { text: 'You can complain to the Commissioner for Personal Data Protection in Cyprus.' },
    { name: 'a right of appeal to a German state office, translated', text: 'You have a right of appeal to the Bavarian State Office for Data Protection Supervision (BayLDA).' },
    { name: 'appeal to the data protection supervision authority', text: 'You can appeal to the data protection supervision authority of your federal state.', formats: ['plaintext'] },
  ],
  invalid: [
    {
      name: 'the controller raising a breach with the authority is no complaint route',
      text: 'We will raise any serious incident with the Data Protection Commission.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'plain text: taking a question up with a bank is no authority',
      text: 'PAYMENTS\nYou can take any payment query up with your bank.',
      formats: ['plaintext'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the controller notifying the authority of a breach is no complaint route',
      text: 'We will notify the data protection authority of a personal data breach within 72 hours.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"go to" the authority\'s website to read about rights is no complaint route',
      text: 'To learn more about privacy, go to the website of the data protection authority.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a complaint to "your local authority" about something else is no supervisory authority',
      text: 'Noise complaints about our events can be made to your local authority.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the EDPB site as a source of guidance, not a complaint route',
      text: 'Our practices follow the guidelines published at https://edpb.europa.eu/our-work-tools_en.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an office for data protection without a complaint route',
      text: 'Our office for data protection is in Munich.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'seed 002: a rights list without a complaint (Markdown)',
      text: '# Privacy Policy\n\n## 8. Your Rights\n\nDepending on jurisdiction, you may request:\n\n- Access to personal data\n- Correction or deletion\n\nContact: privacy@workflowops.ai\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'seed 003: bare rights heading (plain text)',
      text: 'Privacy Policy\n\nYour rights (GDPR / equivalents)\n\n  • Access to your data — export through the cabinet or by request\n  • Objection to processing — email us\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'a complaints heading is preferred over the rights heading',
      text: '# Policy\n\n## Your rights\n\nYou may access your data.\n\n## Complaints\n\nIf you have a complaint, email us at privacy@example.com.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 7, column: 1 }],
    },
    { text: 'We collect your e-mail address under the GDPR.', errors: [{ messageId: 'missing', line: 1, column: 1 }], name: 'no heading: line 1' },
    { text: 'If you have a complaint, please contact us at privacy@example.com.', errors: [{ messageId: 'missing', line: 1 }], name: 'a complaint to the company' },
    { text: 'You may lodge a complaint with our Data Protection Officer.', errors: [{ messageId: 'missing', line: 1 }], name: 'the DPO is not an authority' },
    { text: 'You may file a complaint with the Federal Trade Commission.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'You may file a complaint with the FTC or another relevant authority.', errors: [{ messageId: 'missing', line: 1 }], name: 'US regulator with a generic authority' },
    { text: 'You have the right to lodge a complaint with the Information Regulator of South Africa.', errors: [{ messageId: 'missing', line: 1 }], name: 'POPIA regulator' },
    { text: 'We will notify the supervisory authority within 72 hours of a personal data breach.', errors: [{ messageId: 'missing', line: 1 }], name: 'breach notification, not a complaint' },
    { text: 'Our lead supervisory authority is the Irish Data Protection Commission.', errors: [{ messageId: 'missing', line: 1 }], name: 'naming the authority without the right' },
    { text: 'We cooperate with data protection authorities and law enforcement.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      text: 'If you have a complaint, contact us. We are registered with the ICO under number Z1234567.',
      errors: [{ messageId: 'missing', line: 1 }],
      name: 'registration with the ICO',
    },
    { text: 'You have no right to lodge a complaint with a supervisory authority.', errors: [{ messageId: 'missing', line: 1 }], name: 'a right denied' },
    { text: 'We will report to relevant authorities as required by law.', errors: [{ messageId: 'missing', line: 1 }], name: 'seed 000 breach bullet' },
    { text: 'Our favicon.ico file is cached; contact us with complaints.', errors: [{ messageId: 'missing', line: 1 }], name: '"ico" inside a file name' },
    {
      text: 'Any disputes will be handled by JAMS. If you have concerns, contact us. We are subject to the jurisdiction of the Federal Trade Commission.',
      errors: [{ messageId: 'missing', line: 1 }],
      name: 'GitHub 2017: dispute resolution and the FTC',
    },
    {
      name: 'a commissioner that is not a data protection authority, or not a complaint route',
      text: 'The Commissioner for Information Technology approved our app. Our Commissioner for Data Protection oversees internal compliance.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('messages name the law the policy names', () => {
  it('says "UK GDPR" and suggests the ICO for a UK-only policy', () => {
    const result = run(rule, { text: 'This policy is governed by the UK GDPR and the Data Protection Act 2018.' }, 'plaintext');
    expect(result.messages[0]?.message).toContain('UK GDPR Art. 13(2)(d)');
    expect(result.messages[0]?.suggestion).toContain("Information Commissioner's Office");
  });
  it('says "GDPR" for an EU policy', () => {
    const result = run(rule, { text: 'This policy follows the GDPR.' }, 'markdown');
    expect(result.messages[0]?.message).toContain('(GDPR Art. 13(2)(d), Art. 77)');
    expect(result.messages[0]?.suggestion).toContain('Member State');
  });
  it('records the evidence it relies on', () => {
    const met = run(rule, { text: 'You may lodge a complaint with the CNIL.' }, 'markdown');
    expect(met.requirements).toMatchObject([{ status: 'met', line: 1, column: 36, text: 'You may lodge a complaint with the CNIL.' }]);
    const na = run(rule, { text: 'We do not collect any personal data.' }, 'markdown');
    expect(na.requirements).toMatchObject([{ status: 'not-applicable' }]);
    const missing = run(rule, { text: 'We collect e-mail addresses.' }, 'markdown');
    expect(missing.requirements).toMatchObject([{ status: 'missing' }]);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|||', 'complaint '.repeat(2000), 'ICO '.repeat(3000), '# \n## \n']) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const findings = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

  it('000: "Right to lodge a complaint with supervisory authority" (line 232): silent', () => {
    expect(findings('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('001: "Lodge a complaint with a supervisory authority. In the UK, that\'s the ICO" (line 57): silent', () => {
    expect(findings('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('002: "8. Your Rights" lists no complaint', () => {
    expect(findings('seeds/002_d0849b8b0e039e27.txt')).toEqual(['112:1 missing']);
  });
  it('003: "Your rights (GDPR / equivalents)" lists no complaint', () => {
    expect(findings('seeds/003_a73e55a167ae72aa.txt')).toEqual(['54:1 missing']);
  });
  it('004: a POPIA policy — the GDPR pack does not run', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('004 linted under the GDPR: the Information Regulator is not a GDPR supervisory authority', () => {
    const result = lintDocument(readFixture('seeds/004_9676fbca8d62b176.txt'), {
      rules: [rule],
      jurisdictions: ['gdpr'],
      today: new Date('2026-11-27T00:00:00Z'),
    });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['152:1 missing']);
  });
  it('GitHub 2017: "Resolving Complaints" offers GitHub, JAMS and the FTC, no supervisory authority', () => {
    expect(findings('corpus/github-privacy-statement-2017.md')).toEqual(['128:1 missing']);
  });
  it('Mastodon: no rights or complaints section at all', () => {
    expect(findings('corpus/mastodon-default-privacy-policy.md')).toEqual(['1:1 missing']);
  });
});
