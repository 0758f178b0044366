import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/dpo-contact.js';
import { lintFixture, testRule } from '../../helpers/rule-tester.js';

const gdpr = ['gdpr'] as const;

testRule(rule, {
  valid: [
    // An invitation to contact the DPO, the postal address set out after it.
    {
      name: 'contact our DPO directly, then a labelled postal address',
      jurisdictions: [...gdpr],
      text: 'Contact\n\nYou can write to our support team. You may also contact our Data Protection Officer directly.\n\nOur head office:\n\nData Protection Officer\n12 Harbour Street\nLeith EH6 6QR\nUnited Kingdom',
    },
    // The DPO with contact details.
    { text: '**Data Protection Officer:** dpo@conducktr.com', formats: ['markdown'], jurisdictions: [...gdpr], name: 'seed 000' },
    { text: 'Data Protection Officer: dpo@leadconneqt.com', jurisdictions: [...gdpr], name: 'seed 001' },
    { text: 'To exercise any right, email dpo@leadconneqt.comwith "GDPR Request" in the subject line.', jurisdictions: [...gdpr], name: 'a dpo@ mailbox, even glued' },
    { text: 'You can contact our Data Protection Officer at privacy@acme.eu.', jurisdictions: [...gdpr] },
    { text: 'Our DPO can be reached at Acme GmbH, Datenschutz, Hauptstraße 5, 10115 Berlin.', jurisdictions: [...gdpr], name: 'a postal address' },
    { text: 'Our data protection officer is reachable at +49 30 1234567.', jurisdictions: [...gdpr], name: 'a phone number' },
    { text: 'Write to our DPO at the address above.', jurisdictions: [...gdpr], name: 'a pointer to the details above' },
    { text: 'Contact our DPO via [our form](https://acme.com/contact).', formats: ['markdown'], jurisdictions: [...gdpr], name: 'a link' },
    { text: 'Data Protection Officer\n\nJane Smith\nprivacy@acme.co.uk', formats: ['plaintext'], jurisdictions: [...gdpr], name: 'a plain-text heading, then details' },
    {
      name: 'a DPO section with bullets',
      text: '## Data Protection Officer\n\nYou can write to our DPO:\n\n- Email: officer@acme.eu\n- Post: 12 High Street, London EC1A 1BB',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    { text: '| Role | Contact |\n|---|---|\n| Data Protection Officer | privacy-officer@acme.fr |', formats: ['markdown'], jurisdictions: [...gdpr], name: 'a table row' },
    { text: 'Datenschutzbeauftragter: datenschutz@acme.de', jurisdictions: [...gdpr], name: 'German' },
    // Explicit statements that no DPO is appointed.
    { text: 'We have not appointed a Data Protection Officer.', jurisdictions: [...gdpr] },
    { text: 'We are not required to appoint a Data Protection Officer under Article 37 GDPR.', jurisdictions: [...gdpr] },
    { text: 'We do not have a DPO because our core activities do not involve large-scale monitoring.', jurisdictions: [...gdpr] },
    { text: "We don't need a DPO under Art. 37.", jurisdictions: [...gdpr] },
    { text: 'No DPO has been designated, as this is not required for our processing.', jurisdictions: [...gdpr] },
    { text: 'Acme Ltd has no data protection officer.', jurisdictions: [...gdpr] },
    { text: 'There is no requirement for us to appoint a DPO.', jurisdictions: [...gdpr] },
    { text: 'A Data Protection Officer is not required for our organisation.', jurisdictions: [...gdpr] },
    { text: 'We have decided not to appoint a data protection officer.', jurisdictions: [...gdpr] },
    { text: 'Data Protection Officer: not applicable', jurisdictions: [...gdpr] },
    { text: '- DPO: N/A\n- Privacy questions: privacy@acme.com', jurisdictions: [...gdpr], name: 'a terse declaration in bullets' },
    // Seed 003: the DPO's only address was lost to an e-mail obfuscator; contact-details reports it.
    { text: 'Contact\n\nDPO / privacy inquiries — [email protected].', formats: ['plaintext'], jurisdictions: [...gdpr], name: 'seed 003' },
    // Outside the GDPR the rule does not run.
    { text: 'Information Officer: privacy@konductro.com', jurisdictions: ['popia'], name: 'POPIA only' },
    // A pointer to contact details given elsewhere, in either order.
    { text: 'Data Protection Officer – Tom Baker (see above for our address)', jurisdictions: [...gdpr] },
    { text: 'Our DPO, Jane Roe, can be reached at the e-mail address in section 2.', jurisdictions: [...gdpr] },
    {
      name: 'a German street abbreviated before its number ("Hauptstr. 1") is one sentence with the DPO',
      text: 'You can reach our data protection officer at: Datenschutzbeauftragter, Hauptstr. 1, 10115 Berlin.',
    },
    // The DPO on a line of its own atop an address block whose lines are held together by line breaks.
    {
      name: 'a DPO label line, then its organisation and e-mail on the next lines of the block',
      text: '### Contact\n\n**Data Protection Officer**  \nNorthwind Robotics BV  \nE-mail: privacy@northwind.example  \nPhone: [to follow]',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    {
      name: 'a DPO line in plain text, then a name, a street and a phone number',
      text: 'Reaching us\n\nOur DPO\nMarta Kowalska\nul. Długa 14, 00-238 Warszawa\nTel. +48 22 555 01 02',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
  ],
  invalid: [
    {
      name: 'a DPO label line whose block gives only a name and an employer',
      text: '### Contact\n\n**Data Protection Officer**  \nPieter de Vries  \nNorthwind Robotics BV',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 3 }],
    },
    {
      name: 'a long sentence naming the DPO is no label for the lines after it',
      text: 'We have asked our Data Protection Officer to review this policy every year without fail.\nsupport@northwind.example',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1 }],
    },
    {
      name: 'an invitation to contact the DPO with nothing after it',
      jurisdictions: [...gdpr],
      text: 'Contact\n\nYou may also contact our Data Protection Officer directly.\n\nSecurity\n\nWe encrypt data at rest.',
      formats: ['markdown'],
      errors: [{ messageId: 'noContact', line: 3 }],
    },
    {
      name: 'seed 002: no DPO, no statement — at the Contact heading',
      text: '# Privacy Policy\n\nWe collect your name.\n\n## 11. Contact\n\nprivacy@workflowops.ai',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 5, column: 1, severity: 'error' }],
    },
    {
      name: 'a privacy team is not a DPO',
      text: 'Contact our privacy team at privacy@acme.com.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'a privacy officer and an EU representative are not a DPO',
      text: 'Privacy Officer: privacy@acme.com\nEU Representative: rep@acme-eu.com',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'a DPO named without contact details',
      text: 'Our Data Protection Officer is Jane Smith.\n\nWe collect your name.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1, column: 5, endColumn: 28, severity: 'warning' }],
    },
    {
      name: 'seed 001 lines alone',
      text: '- Restrict processing (Art. 18), pause processing. Email DPO.\n- Object (Art. 21).',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1, column: 58 }],
    },
    {
      name: 'a DPO heading with no contact under it',
      text: '## Data Protection Officer\n\nOur DPO monitors compliance with the GDPR.',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1, column: 4 }],
    },
    {
      name: 'a table cell with a name only',
      text: '| Role | Person |\n|---|---|\n| DPO | Mark Jones |',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 3, column: 3 }],
    },
    {
      name: 'a negated verb is not a declaration',
      text: "If you haven't heard back from our DPO within a month, you may complain to the ICO.",
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1, column: 36 }],
    },
    {
      name: '"below for details" is no pointer to contact details',
      text: 'Data Protection Officer: Tom Baker. See the sections below for details.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1 }],
    },
  ],
});

describe('on the real policies', () => {
  const pins = (file: string) => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.severity}`);
  it('000 ("Data Protection Officer: dpo@conducktr.com"): silent', () => expect(pins('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]));
  it('001 ("Data Protection Officer: dpo@leadconneqt.com"): silent', () => expect(pins('seeds/001_5d45be2437642316.txt')).toEqual([]));
  it('002 (no DPO, no statement): missing, at "## 11. Contact"', () => expect(pins('seeds/002_d0849b8b0e039e27.txt')).toEqual(['138:1 missing error']));
  it('003 (DPO named, address obfuscated — contact-details reports it): silent', () => {
    const result = lintFixture(rule, 'seeds/003_a73e55a167ae72aa.txt');
    expect(result.messages).toEqual([]);
    expect(result.requirements.map((r) => `${r.status} ${r.line}:${r.column}`)).toEqual(['partial 72:27']);
  });
  it('004 (POPIA only): the GDPR pack does not run', () => expect(pins('seeds/004_9676fbca8d62b176.txt')).toEqual([]));
  it('GitHub 2017: missing, at "Contacting GitHub"', () => expect(pins('corpus/github-privacy-statement-2017.md')).toEqual(['176:1 missing error']));
  it('Mastodon template: missing at line 1', () => expect(pins('corpus/mastodon-default-privacy-policy.md')).toEqual(['1:1 missing error']));
});
