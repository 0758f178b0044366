import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/international-transfers.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    // The access right of Art. 15(2) quoted: what the reader may ask, not a transfer.
    { name: '"the right to know whether your data is transferred to a third country"', text: 'You have the right to know whether your data is transferred to a third country, and if so, under which safeguards.', jurisdictions: ['gdpr'] },
    { name: 'the host with an address in the EU', text: 'Hoster of this website is Nordhost GmbH, Hauptstr. 1, 10115 Berlin, Germany.' },
    {
      name: 'the host in the United States with the Data Privacy Framework',
      text: 'Our site is hosted by Cloudy LLC, 500 Market Street, San Jose, CA, USA; transfers to it rely on the EU-US Data Privacy Framework.',
    },
    { name: 'an office address in the United States is no host', text: 'Our sales office is at 1 Main St, Austin, TX, USA.' },
    {
      name: '"processed outside your country" with standard contractual clauses and where to get them',
      text: 'Your data may be processed outside your country; such transfers rely on the standard contractual clauses, a copy of which you can request from privacy@example.com.',
    },
    { name: 'a reader who moves data outside their country is no transfer by us', text: 'If you travel outside your country, you can still log in to the app.' },
    { name: 'data stored overseas under SCCs with the means to get a copy', text: 'Member records are stored overseas under standard contractual clauses; email us for a copy.' },
    { name: 'Markdown: a declaration that nothing is sent abroad', text: '## Where your data is kept\n\nEverything stays on our own server in Lisbon and is never sent abroad.', formats: ['markdown'] },
    { name: 'explicit consent that covers the transfer (Art. 49(1)(a))', text: 'We ask for your explicit consent so that we can store your application and transfer it to our office in Canada.' },
    { name: 'a transfer of money "to us" is no country', text: 'Please transfer the fee to us by bank transfer before the course starts.' },
    { name: 'a transfer to a named country with its safeguard', text: 'We transfer your data to the United States under the EU-US Data Privacy Framework.' },
    {
      name: 'the access right quoted in a rights list ("recipients in third countries") is no transfer',
      text: 'You may ask us for:\n\n- the purposes of the processing;\n- the recipients to whom the data have been disclosed, in particular recipients in third countries or international organisations.',
      formats: ['markdown'],
    },
    {
      name: 'safeguards as German notices translate them, with the Commission page',
      text: 'If we process data outside the EU, we do so only in countries with a recognised level of data protection or on the basis of standard protection clauses of the EU Commission or binding internal data protection regulations (see https://commission.europa.eu/law/international-transfers).',
    },
    { name: 'data leaving the EU under SCCs', text: 'When data leaves the EU, we use standard contractual clauses, which you can request from privacy@example.eu.' },
    { name: 'BCRs one can read at a bare web address', text: 'Transfers to our offices outside the EEA rely on our Binding Corporate Rules. You can read the rules at www.example-group.test/bcr.' },
    {
      name: 'SCCs as "Commission approved standard contractual arrangements", in another section',
      text: '## Who controls your data\n\nOur US parent company processes some of your data worldwide.\n\n## Transfers\n\nWhen we send data outside the EEA, we enter into European Commission approved standard contractual arrangements with the recipients. You can ask us for a copy.',
      formats: ['markdown'],
    },
    { name: 'standard contracts adopted by the Commission', text: 'Data sent to our processors in India is protected by standard contracts adopted by the European Commission, available on request.' },
    {
      name: '"countries other than yours", with SCCs and where to get them',
      text: 'Your data may be processed in countries other than the one where you live. We use the EU standard contractual clauses; ask privacy@example.eu for a copy.',
    },
    { name: 'a team inside the EEA', text: 'Our support team in Lisbon answers your questions.' },
    { name: 'support staff abroad, under an adequacy decision', text: 'Our engineers in Canada may access your data to fix bugs; Canada is covered by an adequacy decision.' },
    { name: 'offices around the world are no servers', text: 'We have offices around the world. All personal data is stored in Ireland.' },
    { name: '"wherever it is processed" with a safeguard and its copy', text: 'Your data is protected wherever it is processed, under standard contractual clauses that you can request from us.' },
    { name: 'servers in one EEA city', text: 'Our servers are located in Frankfurt.' },
    { name: 'a transfers label answered "None." on the next line (Markdown)', text: 'Transfers outside the EEA\nNone.', formats: ['markdown'] },
    { name: '"International transfers: none"', text: 'International transfers: none.' },
    { name: '"wherever it is stored" beside a place inside the area is no hedge', text: 'We host everything in Frankfurt. Wherever it is stored, your data is encrypted.' },
    { name: 'staff outside the area who cannot access the data', text: 'We keep your data in the EU. Our support staff based outside the EEA cannot access it.' },
    { name: '"in accordance with US law" places no data', text: 'We process your data in accordance with US law where our US customers ask us to.' },
    { name: 'the object before a place with its adequacy decision', text: 'We store your data in Canada, which the Commission has recognised as providing an adequate level of protection.' },
    { name: 'a "worldwide" that is not about processing', text: 'We have 2,000 employees worldwide. All personal data is stored in Germany.' },
    // A safeguard with a way to get a copy, or one that needs no copy.
    {
      name: 'seed 000: SCCs, Art. 49, "Data Processing Agreements available"',
      text: '## International Data Transfers\n\n### Data Transfer Mechanisms\n\n**For EU Users:**\n- Standard Contractual Clauses (SCCs)\n- GDPR Article 49 derogations (explicit consent)\n- Data Processing Agreements available',
      formats: ['markdown'],
    },
    {
      name: 'seed 001: "Ask us for the SCCs on record"',
      text: 'International transfers: Some subprocessors may process data outside the EEA. We rely on Standard Contractual Clauses (SCCs) for such transfers. Ask us for the SCCs on record for any specific transfer.',
    },
    { text: 'We use Standard Contractual Clauses. A copy is available at https://acme.com/legal/scc.' },
    { text: 'Transfers outside the EEA are protected by standard contractual clauses; you can request a copy by emailing privacy@acme.com.' },
    { text: 'We rely on Binding Corporate Rules; they are published at https://acme.com/bcr.' },
    {
      name: 'the copy route in the next paragraph of the transfers section',
      text: 'International transfers\n\nOur US processors have signed standard contractual clauses.\n\nContact us for a copy.',
    },
    { name: 'the Data Privacy Framework is an adequacy decision: nothing to copy', text: 'Where we transfer data to the United States, we rely on the EU-U.S. Data Privacy Framework.' },
    { text: 'Transfers to Canada rely on the European Commission\'s adequacy decision.' },
    { text: 'Transfers outside the EEA rely on your explicit consent under Article 49(1)(a) GDPR.' },
    {
      name: 'a sub-processor table with a safeguard column',
      text: '| Sub-processor | Location | Safeguard |\n|---|---|---|\n| Acme Mail Inc. | United States | EU-U.S. Data Privacy Framework |',
      formats: ['markdown'],
    },
    { name: 'Privacy Shield as history, SCCs relied on', text: 'We previously relied on the EU-U.S. Privacy Shield; since its invalidation we use SCCs, available on request.' },
    // Declarations that nothing leaves the area.
    { text: 'We do not transfer your personal data outside the EEA.' },
    { text: "We don't transfer personal data to third countries." },
    { text: 'All data is stored in the EU.' },
    { text: 'Your data never leaves the European Union.' },
    { text: 'We store and process all personal data exclusively in Germany.' },
    { text: 'No personal data is transferred to third countries.' },
    { text: 'We do not make any international transfers of personal data.' },
    { text: 'Data is hosted only in Frankfurt (AWS eu-central-1).' },
    { text: '- All personal data is stored within the EEA.', name: 'a declaration in a bullet' },
    { text: 'International transfers\n\nWe do not transfer personal data outside the UK.', name: 'under a transfers heading (UK)' },
    // Nothing says data leaves: Art. 13(1)(f) applies "where applicable".
    { text: 'We collect your email address to send you our newsletter.' },
    { text: 'Payments are handled by Stripe.', name: 'a US vendor alone is not evidence of a transfer' },
    // Near misses.
    { text: 'If you are located outside the EEA, other laws may apply to you.' },
    { text: 'If you access the Service from outside the EU, you do so at your own risk.' },
    { text: 'Acme Inc., 1 Main Street, San Francisco, CA 94105, United States' },
    { text: 'California residents have additional rights under the CCPA.' },
    { text: 'If this server is in the USA: our services are directed to people who are at least 13.', name: 'Mastodon: a template branch' },
    { text: 'We do not use US-based providers.' },
    { text: 'Business Transfers\n\nIn a merger, your data may be transferred to the acquirer.' },
    { text: 'Our COPPA safe harbor program is run by an independent organization.' },
    { text: 'CONTACT US AT PRIVACY@ACME.COM.', name: 'an upper-case "US" is not the country' },
    // Not a GDPR policy.
    { text: 'Data is stored in the United States.', jurisdictions: ['ccpa'] },
    // A city is a place only where data is kept or staff work; a European city is no third country.
    { name: 'a city that is only an address or an event', text: 'We were founded in Boston. Come and meet us at our conference in Tokyo.' },
    { name: 'EEA cities and a non-EEA city named only in a condition', text: 'Data is hosted with Hetzner in Falkenstein and Helsinki. If we ever move it to Toronto, we will tell you first.' },
    { name: 'a declaration with the negation after the event (translated)', text: 'A transfer of your data to third countries does not take place.' },
    { name: 'a declaration: "is not intended"', text: 'A transmission of personal data outside the EEA is not intended.', formats: ['plaintext'] },
    {
      name: 'a negation in a fronted condition, then the safeguard and where to get it',
      text: '## International transfers\n\nIf a provider is not covered by an adequacy decision, we use standard contractual clauses; you can request a copy from privacy@example.eu.',
      formats: ['markdown'],
    },
    {
      name: 'the means to get a copy: "which you can request from us"',
      text: 'Some of our service providers are located in the USA. The transfer is based on standard contractual clauses, which you can request from us.',
    },
  ],
  invalid: [
    {
      name: 'the access right quoted, then a real transfer: reported at the transfer',
      text: 'You have the right to obtain information as to whether personal data are transferred to a third country.\n\nFor the newsletter, your personal data is transferred to the United States.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'noSafeguard', line: 3 }],
    },
    {
      name: 'the host named with an address in the United States',
      text: 'Hoster of this website is Acme Pages Inc., 1 Main St, Austin, TX 78701, United States. Server logs record your IP address.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'plain text: "hosted by … , USA"',
      text: 'HOSTING\nOur site is hosted by Cloudy LLC, 500 Market Street, San Jose, CA, USA, which keeps access logs.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'the template\'s "computers located outside of your state, province, country" with only "adequate controls"',
      text: 'Your information may be transferred to and maintained on computers located outside of your state, province, country or other governmental jurisdiction. No transfer will take place unless there are adequate controls in place.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: 'plain text: "stored outside your home country"',
      text: 'WHERE WE KEEP DATA\nSome of your details may be stored outside your home country by our suppliers.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noSafeguard', line: 2 }],
    },
    {
      name: 'plain text: data transferred internationally, "appropriate steps" name no safeguard',
      text: 'OVERSEAS TRANSFERS\nWhen we transfer your information internationally we make sure it stays safe.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noSafeguard', line: 2 }],
    },
    {
      name: 'details sent abroad without a safeguard',
      text: 'Booking details may be sent abroad to the tour operator.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    // noSafeguard: a transfer to a named third country, the data between the verb and the place.
    {
      name: 'a transfer of "your data" to a named country',
      text: 'We may transfer your booking data to India, where our call centre works.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: 'coordinated verbs and a hard-wrapped line: "transfer, store and process … to and in the U.S."',
      text: 'By using the app you allow us to transfer, store and\nprocess your information to and in the U.S.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    // missing: a city, state or cloud region outside the EEA, or a provider named between the verb and the place (heldout4).
    { name: 'hosted with a provider in a US state', text: 'Data is hosted with Amazon Web Services in Oregon.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'stored by a named provider on servers in a city', text: 'Your files are stored by Backblaze B2 on servers in California, USA.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'support staff in third-country cities', text: 'Our customer service team is based in Cebu and our engineers work from Hyderabad; both can see your tickets.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a cloud region', text: 'Hosting region: us-east-1 (AWS).', errors: [{ messageId: 'missing', line: 1 }] },
    // missing: a third country, nothing about transfers
    { text: 'Information that we collect will be stored and processed in the United States.', errors: [{ messageId: 'missing', line: 1, column: 65, severity: 'error' }] },
    { text: '**Primary Region:** United States (Google Cloud Platform)', formats: ['markdown'], errors: [{ messageId: 'missing', line: 1, column: 21 }] },
    { text: 'Primary Region: United States (Google Cloud Platform)', formats: ['plaintext'], errors: [{ messageId: 'missing', line: 1, column: 17 }] },
    { text: '- Railway, hosting & database (EU + US regions)', errors: [{ messageId: 'missing', line: 1, column: 37 }] },
    { text: 'Our servers are located in the USA.', errors: [{ messageId: 'missing', line: 1, column: 32 }] },
    { text: 'Some of our service providers are based in the United States.', errors: [{ messageId: 'missing', line: 1, column: 48 }] },
    {
      name: 'a glued country column',
      text: '| Provider | Country |\n|---|---|\n| Acme Cloud | United States |',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 16 }],
    },
    { name: 'a declaration does not outweigh a stated US location', text: 'All data is stored in the EU. Support tickets are processed in the United States.', errors: [{ messageId: 'missing', line: 1 }] },
    // noSafeguard
    {
      name: '"when data leaves the EEA" with only "appropriate measures"',
      text: 'Whenever your information leaves the EEA, we make sure it stays safe.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: '"contractual arrangements" that are not standard ones name no safeguard',
      text: 'Your data may be transferred to third countries under our contractual arrangements with suppliers.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    { text: 'Some subprocessors may process data outside the EEA.', errors: [{ messageId: 'noSafeguard', line: 1, column: 6, severity: 'error' }] },
    { text: 'Your data may be transferred to third countries.', errors: [{ messageId: 'noSafeguard', line: 1, column: 33 }] },
    {
      name: 'generic "appropriate safeguards" names no mechanism',
      text: '## International transfers\n\nWe ensure appropriate safeguards are in place for all international transfers.',
      formats: ['markdown'],
      errors: [{ messageId: 'noSafeguard', line: 3, column: 55 }],
    },
    { text: 'Your information may be sent to and processed in other countries.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    {
      name: '"countries other than the country in which you are resident"',
      text: 'Your information may be transferred to, and stored in, countries other than the country where you live.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: '"jurisdictions outside your own" (plain text)',
      text: 'PRIVACY\n\nWe may process your data in jurisdictions outside your country of residence.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noSafeguard', line: 3 }],
    },
    { name: 'support staff in a third country', text: 'Tickets may be read by our support staff in India.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a call centre in a third country', text: 'Our call centre in the Philippines answers your questions.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a state or city before the country', text: 'Our newsletter provider keeps subscriber data on servers in Oregon, USA.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'servers as the subject: "located around the world"', text: 'Our servers are located around the world so that pages load fast.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    { name: 'suppliers "based outside Europe"', text: 'Some of our suppliers are based outside Europe.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    { name: 'developers in a third country', text: 'Our developers in Ukraine have access to the production database.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"transferred to countries whose laws …"', text: 'Data may be transferred to countries whose laws do not protect personal data as well as ours.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    { name: '"a US company" as a provider', text: 'We send newsletters with Mailchimp, a US company.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'the verb with its object before the place: "we process your data in the United States"', text: 'We process your data in the United States.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: '"keeps customer records in the USA" (plain text)',
      text: 'OUR SUPPLIERS\n\nOur CRM vendor keeps customer records in the USA.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3 }],
    },
    { name: 'data centres "in several countries" (Markdown)', text: '## Hosting\n\nWe run data centres in several countries.', formats: ['markdown'], errors: [{ messageId: 'noSafeguard', line: 3 }] },
    { name: 'infrastructure "distributed globally"', text: 'Our infrastructure is distributed globally to keep the app fast.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    { name: 'protection promised "wherever it is processed"', text: 'We take steps to keep your data safe wherever it is processed.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    { name: '"regardless of where it is stored" (plain text)', text: 'SECURITY\n\nYour data is protected regardless of where it is stored.', formats: ['plaintext'], errors: [{ messageId: 'noSafeguard', line: 3 }] },
    { name: '"wherever in the world we process it"', text: 'We protect your information wherever in the world we process it.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    { name: '"processed on servers around the world"', text: 'Our analytics vendor may process usage data on servers around the world.', errors: [{ messageId: 'noSafeguard', line: 1 }] },
    {
      name: 'binding corporate rules without the means to get a copy (Art. 13(1)(f))',
      text: 'Transfers to our affiliates in India are governed by Binding Corporate Rules approved by the CNIL.',
      errors: [{ messageId: 'noCopy', line: 1 }],
    },
    // noCopy
    {
      name: '"legally required data protection clauses", no copy',
      text: 'Your data may be transferred to the U.S. under a processing agreement incorporating legally required data protection clauses.',
      errors: [{ messageId: 'noCopy', line: 1 }],
    },
    {
      name: 'the access right quoted does not hide a real transfer',
      text: 'You may ask which recipients, in particular recipients in third countries, received your data. We also send data to processors outside the EEA.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: 'seed 002',
      text: 'Data may be processed in the United States or other locations where our partners operate. We use standard contractual clauses where necessary.',
      errors: [{ messageId: 'noCopy', line: 1, column: 98, severity: 'warning' }],
    },
    { text: 'Transfers to our US affiliate are governed by Binding Corporate Rules.', errors: [{ messageId: 'noCopy', line: 1, column: 47 }] },
    {
      name: '"… without appropriate safeguards" is no declaration: transfers happen, with safeguards unnamed',
      text: 'Transfers to third countries do not take place without appropriate safeguards.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: 'a declaration limited by "without safeguards" says that data leaves the area',
      text: 'We do not transfer personal data to third countries without appropriate safeguards.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noSafeguard', line: 1, column: 4 }],
    },
    {
      name: 'a declaration after the event with an exception still mentions a transfer',
      text: 'A transfer to third countries does not take place, except to our parent company in the US.',
      errors: [{ messageId: 'noSafeguard', line: 1 }],
    },
    {
      name: 'a negation in a fronted condition does not reach the safeguard after its comma',
      text: 'Where a vendor sits in a country without an adequacy decision, we agree standard contractual clauses with it.',
      errors: [{ messageId: 'noCopy', line: 1 }],
    },
    {
      name: 'a negation in the main clause still negates',
      text: 'Where possible, we do not rely on standard contractual clauses. Our call centre in the Philippines answers your questions.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    // invalidMechanism
    {
      name: 'Safe Harbor by a US parent company that "guarantees an adequate level of protection"',
      text: 'Our American parent company has joined the Safe Harbor scheme and so ensures adequate protection for your data.',
      errors: [{ messageId: 'invalidMechanism', line: 1 }],
    },
    {
      name: 'GitHub 2017',
      text: "If you're visiting us from the EU: we comply with the Privacy Shield framework.",
      errors: [{ messageId: 'invalidMechanism', line: 1, column: 55, severity: 'error' }],
    },
    { text: 'We transfer data to the US under the US-EU Safe Harbor Framework.', errors: [{ messageId: 'invalidMechanism', line: 1, column: 38 }] },
    {
      name: 'reliance on Privacy Shield is reported even when SCCs are also named',
      text: 'Acme adheres to the Privacy Shield Principles. We also use standard contractual clauses, available on request.',
      errors: [{ messageId: 'invalidMechanism', line: 1, column: 21 }],
    },
  ],
});

describe('gdpr/international-transfers: messages and evidence', () => {
  it('says "the UK" and "UK GDPR" for a UK policy', () => {
    const result = run(rule, { text: 'We follow the UK GDPR. Some processors are located outside the UK.' }, 'plaintext');
    expect(result.messages[0]?.message).toContain('outside the UK');
    expect(result.messages[0]?.message).toContain('UK GDPR Art. 13(1)(f)');
  });
  it('names the ruling that invalidated the mechanism', () => {
    const result = run(rule, { text: 'We comply with the EU-U.S. Privacy Shield Framework.' }, 'markdown');
    expect(result.messages[0]?.message).toContain('C-311/18');
  });
  it('records a declaration as not applicable', () => {
    const result = run(rule, { text: 'We do not transfer your data outside the EEA.' }, 'markdown');
    expect(result.requirements.map((e) => e.status)).toEqual(['not-applicable']);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n', '|', '# ', 'US', 'outside the EEA', 'x'.repeat(5000)]) expect(() => run(rule, { text }, 'markdown')).not.toThrow();
  });
});

describe('on the real policies', () => {
  const pin = (name: string) => {
    const result = lintFixture(rule, name);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`),
      evidence: result.requirements.map((e) => (e.line === undefined ? e.status : `${e.status} ${e.line}:${e.column}`)),
    };
  };

  it('000: silent — SCCs and Art. 49, "Data Processing Agreements available" in the transfers section', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: ['met 278:3'] });
  });
  it('001: silent — SCCs and "Ask us for the SCCs on record"', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({ messages: [], evidence: ['met 41:90'] });
  });
  it('002: "standard contractual clauses where necessary", with no way to get a copy', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: ['108:98 noCopy'], evidence: ['partial 108:98'] });
  });
  it('003: silent — nothing says data leaves the EEA (Stripe alone is not evidence)', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: [], evidence: ['not-applicable'] });
  });
  it('004: a POPIA policy; the GDPR pack does not run', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('GitHub 2017: relies on Privacy Shield', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: ['16:328 invalidMechanism'], evidence: ['missing 16:328'] });
  });
  it('Mastodon: silent — "If this server is in the USA" is a template branch', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: ['not-applicable'] });
  });
});
