import { describe, expect, it } from 'vitest';
import rule from '../../../rules/popia/responsible-party.js';
import { lintDocument } from '../../../src/engine/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

// Jurisdictions are gdpr+popia+ccpa in every case unless a case says otherwise.
testRule(rule, {
  valid: [
    {
      name: 'seed 004: header line and a "Postal:" bullet (plain text)',
      text: 'Konductro (Pty) Ltd · konductro.com · privacy@konductro.com\n\nContact details for data protection matters:\n\n  • Email: privacy@konductro.com\n  • Postal: The Information Officer, Konductro (Pty) Ltd, Unit 2, Kilwa House, Bondev Office Park, Wierda Rd, Zwartkop 356-Jr, Centurion, 0185, South Africa\n',
      formats: ['plaintext'],
    },
    {
      name: 'seed 004 in Markdown',
      text: 'Konductro (Pty) Ltd · konductro.com\n\n- Email: privacy@konductro.com\n- Postal: Konductro (Pty) Ltd, Unit 2, Kilwa House, Wierda Rd, Centurion, 0185, South Africa\n',
      formats: ['markdown'],
    },
    {
      name: 'a definition of "we" with the group beside it, "PTY (LTD)", and an address on short lines under its label',
      text: 'Who we are\n\nLekker Loans or “we” refers to Lekker Loans PTY (LTD) and its subsidiaries.\n\nPostal Address:\n14 Harbour Close\nGansbaai\n7220\n',
      formats: ['plaintext'],
    },
    {
      name: 'plain text from a page: markup around the label and the address lines',
      text: '<p>“We” means Veldt Bakes Pty (Ltd) and its affiliates.</p>\n<p>\n<b>Physical Address:</b><br>\n9 Kerk Street<br>\nWorcester<br>\n</p>\n',
      formats: ['plaintext'],
    },
    { text: '## About us\n\n"We" refers to Amandla Fitness (Pty) Ltd and its subsidiaries. Our office is at 3 Marine Drive, Hermanus, 7200.', formats: ['markdown'], name: 'markdown: "we" refers to a company and its subsidiaries' },
    { text: 'Acme (Pty) Ltd ("we", "us") is the responsible party. Our address is 12 Long Street, Cape Town, 8001.' },
    { text: 'Acme Trading (Pty) Ltd, PO Box 1234, Sandton, 2146, is responsible for your personal information.' },
    { text: 'The responsible party is Umoya Health (Pty) Ltd, registered office: 10 Rivonia Road, Sandton, 2196.' },
    { text: 'Umoya Health ("we") processes your information. You can write to us at 10 Rivonia Road, Sandton.', name: 'a brand defined as "we"' },
    { text: 'Protea Payments (Pty) Ltd (Reg. No. 2019/123456/07), 5 Loop Street, Cape Town, 8001.' },
    {
      name: '"Who we are" heading, name and address (Markdown)',
      text: '## Who we are\n\nBlue Crane Software (Pty) Ltd\n\nPhysical address: 45 Main Road, Claremont, Cape Town, 7708\n',
      formats: ['markdown'],
    },
    {
      name: 'short lines become headings (plain text)',
      text: 'Who we are\nBlue Crane Software (Pty) Ltd\nPostal address: Private Bag X12, Pretoria, 0001\n',
      formats: ['plaintext'],
    },
    {
      name: 'a labelled table',
      text: '| Responsible party | Acme NPC |\n|---|---|\n| Address | 3 Church Street, Stellenbosch, 7600 |\n',
      formats: ['markdown'],
    },
    { text: 'We do not collect any personal information.', name: 'not applicable' },
    { text: 'We collect your e-mail address.', jurisdictions: ['gdpr'], name: 'the pack does not run without POPIA' },
    {
      name: 'a contact block: the name on its own line above the address, named in the introduction too (plain text)',
      text: 'Privacy Notice\n\n1. Introduction\n\nMosselbaai Optometrists looks after your personal information as POPIA requires.\n\n9. Contact us\n\nQuestions about this notice? Write to our Information Officer:\n\nMosselbaai Optometrists\n31 Marsh Street, Mossel Bay, 6500\nTel: 044 555 0172\n',
      formats: ['plaintext'],
    },
    {
      name: 'a contact block in one paragraph (Markdown)',
      text: '# Privacy notice\n\nKloof Eye Care keeps patient records safely.\n\n## Contact\n\nKloof Eye Care\nPO Box 207, Kloof, 3640\nrooms@kloofeye.co.za\n',
      formats: ['markdown'],
    },
    {
      name: 'a contact block inside pasted page markup (plain text)',
      text: 'About us\n<p>\nHarties Boat Club protects members\' information.\n</p>\n<p>\n<strong>Harties Boat Club</strong><br />\n8 Dam Road, Hartbeespoort, 0216<br />\n</p>\n',
      formats: ['plaintext'],
    },
    {
      name: 'the opening pledge names the speaker; the address is in the contact section (Markdown)',
      text: '# Privacy notice\n\nAt Mbombela Vet Rooms, we are committed to protecting your personal information.\n\n## Contact\n\nPostal address: PO Box 1502, Mbombela, 1200\n',
      formats: ['markdown'],
    },
    {
      name: 'a sole trader "trading as" a business name, with a postal address (Markdown)',
      text: '## Who is responsible\n\nSipho Nkosi t/a Nkosi Lawns is a small business. Sipho Nkosi, operating as Nkosi Lawns, is the responsible party.\n\nPostal address: PO Box 512, Polokwane, 0700',
      formats: ['markdown'],
    },
    {
      name: 'named in plain words ("is responsible for your personal information"), a registration number in brackets, a capitals heading glued',
      text: 'ABOUT US Ubuntu Care Trust (NPO 045-771) is responsible for your personal information. Our office: 7 Hill Street, Grahamstown, 6139.',
    },
    { name: 'a partnership name joined by "&" after "We are"', text: 'We are Pillay & Nel Attorneys ("the Firm"), 100 Oxford Road, Rosebank, Johannesburg, 2196.' },
    { name: 'a pledge without "your": "is committed to protecting personal data"', text: '# Data protection policy\n\nHilltop Bible Church is committed to protecting personal data of its members. Postal address: PO Box 12, Westville, 3630.\n', formats: ['markdown'] },
  ],
  invalid: [
    {
      name: 'the Act quoted: "The responsible party is required …" names no party',
      text: 'Safeguards\n\nThe responsible party is required, in terms of section 19(1) of POPIA, to secure the integrity of personal information.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'a role, not the organisation, is responsible', text: 'Our Information Officer is responsible for your personal information.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"each operator" is no name', text: 'Each Operator is responsible for the data it stores.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'named in plain words without an address', text: 'Kagiso Tutors CC (2011/04411/23) is responsible for processing the personal data you give us.', errors: [{ messageId: 'noAddress', line: 1, column: 1, endColumn: 17 }] },
    {
      text: 'Acme (Pty) Ltd ("we", "us") is the responsible party. Contact: privacy@acme.co.za',
      errors: [{ messageId: 'noAddress', line: 1, column: 1, endColumn: 15, severity: 'warning' }],
      name: 'an e-mail address is not an address',
    },
    { text: 'Konductro (Pty) Ltd · konductro.com · privacy@konductro.com', errors: [{ messageId: 'noAddress', line: 1, column: 1 }], name: 'seed 004 header alone' },
    {
      name: 'a subsidiary that is not "we" is no responsible party',
      text: 'Privacy Notice\n\nWe share data with Karoo Analytics PTY (LTD) and its subsidiaries, our service providers.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a heading under an address label that is no address line',
      text: '“We” refers to Fynbos Tours PTY (LTD) and its subsidiaries.\n\nPostal Address:\nContact us for it\n\nWe reply within 5 days.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 1 }],
    },
    { text: 'Umoya Health is the responsible party for the personal information we collect.', errors: [{ messageId: 'noAddress', line: 1, column: 1 }] },
    // The notice's opening words name the speaker: the title names it, or the paragraph goes on as "we".
    {
      name: 'markdown: the opening sentence under a title that names the organisation',
      text: '# Sizwe Learning Centre Privacy Notice\n\n_Last updated: 1 March 2025_\n\nSizwe Learning Centre processes personal information in line with POPIA.\n\n## Contact\n\nE-mail privacy@sizwe.example.',
      formats: ['markdown'],
      errors: [{ messageId: 'noAddress', line: 5, column: 1, endColumn: 22 }],
    },
    {
      name: 'plain text: the opening sentence goes on as "we"',
      text: 'PRIVACY NOTICE\n\nKloof Community Choir collects personal information about its members so that we can organise rehearsals.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 3, column: 1 }],
    },
    {
      name: 'a provider opening the paragraph, with no title naming it and no "we", names no responsible party',
      text: '# Privacy notice\n\nGoogle Analytics collects personal information about page visits.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a name that holds "in" and a place, as the data controller',
      text: 'For the purpose of data protection laws, the Durban Chess Players Association in South Africa is the data controller.',
      errors: [{ messageId: 'noAddress', line: 1, column: 46, endColumn: 94 }],
    },
    {
      name: 'the policy itself as the subject of the opening sentence',
      text: 'This Privacy Notice explains how we collect and use personal information under POPIA.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a name further into the notice is no opening',
      text: '# Privacy notice\n\nThis notice explains our practices.\n\nMailChimp processes personal information so that we can send newsletters.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a sole trader "trading as" a business name is the responsible party',
      text: 'Thandi Mokoena, trading as Thandi Tutors, is the responsible party. Contact: hello@thanditutors.co.za.',
      errors: [{ messageId: 'noAddress', line: 1, column: 1, endColumn: 15 }],
    },
    {
      name: 'in capitals, a possessive before the name does not hide it',
      text: 'BY SIGNING UP YOU CONSENT TO THE COLLECTION OF YOUR INFORMATION BY LESEDI APPS (PTY) LTD ("WE"). Contact: info@lesedi.example.',
      errors: [{ messageId: 'noAddress', line: 1, column: 68, endColumn: 89 }],
    },
    {
      name: 'in capitals, the name starts after the last preposition',
      text: 'BY USING THIS APP YOU AGREE TO THE PROCESSING OF YOUR PERSONAL INFORMATION BY KAROO TECH (PTY) LTD ("THE COMPANY") AS SET OUT BELOW.',
      errors: [{ messageId: 'noAddress', line: 1, column: 79, endColumn: 99 }],
    },
    { text: 'The responsible party is Karoo Analytics (Pty) Ltd. Email us at hello@karoo.co.za.', errors: [{ messageId: 'noAddress', line: 1, column: 26 }] },
    {
      text: 'Acme (Pty) Ltd ("we") processes personal information. You may complain to the Information Regulator, JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001.',
      errors: [{ messageId: 'noAddress', line: 1, column: 1 }],
      name: "the Regulator's address is not the company's",
    },
    {
      text: 'Acme (Pty) Ltd ("we", "us") is the responsible party. This policy was last updated on 1 March, 2025.',
      errors: [{ messageId: 'noAddress', line: 1 }],
      name: 'a date is not an address',
    },
    {
      name: 'bare "About us" heading, website only (plain text)',
      text: 'About us\nBlue Crane Software (Pty) Ltd builds booking software.\nEmail address: info@bluecrane.co.za\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 2, column: 1 }],
    },
    { text: 'We collect your name and e-mail address to run the service.', errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error' }] },
    {
      name: 'missing: reported at the contact heading (Markdown)',
      text: '# Privacy Policy\n\nWe use your data.\n\n## Contact\n\nQuestions? Email privacy@example.com.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    { text: 'We use sub-processors such as Amazon Web Services, Inc. and Anthropic, Inc. to host our platform.', errors: [{ messageId: 'missing', line: 1 }], name: 'sub-processors' },
    {
      name: 'a vendor table',
      text: '## 4. Sharing\n\n| Provider | Country |\n|---|---|\n| Stripe, Inc. | United States |\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { text: 'If Acme Holdings (Pty) Ltd is acquired, personal information may be transferred to the acquiring entity.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'Our payment provider, PayFast (Pty) Ltd, processes card details.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'This website is not operated by Acme (Pty) Ltd.', errors: [{ messageId: 'missing', line: 1 }], name: 'negated' },
    {
      name: 'the opening pledge names the speaker, no address (plain text)',
      text: 'Privacy Policy\n\nWhite River Lodge is committed to safeguarding your privacy. This policy explains what we collect.\n\nContact: stay@whiteriverlodge.co.za\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 3, column: 1, endColumn: 18 }],
    },
    {
      name: '"Acme respects your privacy" at the top of the notice (Markdown)',
      text: 'Lowveld Glass respects your privacy and explains here how we use your details.\n\nEmail: glass@lowveld.example\n',
      formats: ['markdown'],
      errors: [{ messageId: 'noAddress', line: 1, column: 1, endColumn: 14 }],
    },
    { text: 'Our Team is committed to protecting your privacy.', errors: [{ messageId: 'missing', line: 1 }], name: 'a pledge by "Our Team" names nobody' },
    {
      name: 'a provider\'s pledge outside the introduction (plain text)',
      text: 'Privacy Policy\n\nWe run a booking site.\n\n5. Payments\n\nPayNow Gateway is committed to protecting your personal information.\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { text: 'Our payment partner Swiftpay respects your privacy too.', errors: [{ messageId: 'missing', line: 1 }], name: 'a partner\'s pledge' },
    {
      name: 'a role before the company name is not part of it; a town is not an address (plain text)',
      text: 'Contact\n\nInformation Officer: Compliance Officer, Vaal Logistics (Pty) Ltd\nPhysical address: Vaal Logistics (Pty) Ltd, Vereeniging, South Africa\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 3, column: 42, endColumn: 66 }],
    },
    {
      name: 'a commented-out postal line of a pasted page component is not an address (plain text)',
      text: 'Contact\n\nVaal Logistics (Pty) Ltd ("we"), Vereeniging, South Africa\n{/* Postal: PO Box 77, Vereeniging, 1930 */}\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 3, column: 1 }],
    },
    {
      name: 'a person above the address, named nowhere else: perhaps the officer, not the responsible party (plain text)',
      text: 'Contact\n\nPlease write to our Information Officer:\n\nNomsa Khumalo\n31 Marsh Street, Mossel Bay, 6500\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the name recurs, but beside a role: the officer (Markdown)',
      text: '## Contact\n\nOur Information Officer is Pieter Botha.\n\nPieter Botha\n31 Marsh Street, Mossel Bay, 6500\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a provider\'s name and address under a lead-in about the provider (Markdown)',
      text: '# Privacy notice\n\nCloudNest hosts our site.\n\n## Contact\n\nOur hosting provider is:\n\nCloudNest\n5 Dock Road, Cape Town, 8001\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5 }],
    },
    {
      name: 'a name above an address outside any contact or introduction section (plain text)',
      text: 'Privacy Notice\n\nWe collect your name.\n\n1. Introduction\n\nWe run a shop.\n\n4. Couriers\n\nWe send parcels with Swift Couriers.\n\nSwift Couriers\n5 Dock Road, Cape Town, 8001\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('popia/responsible-party details', () => {
  it('names the party in the message', () => {
    const result = run(rule, { text: 'Acme (Pty) Ltd ("we") is the responsible party.' }, 'markdown');
    expect(result.messages[0]?.message).toContain('"Acme (Pty) Ltd"');
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|||', 'Acme (Pty) Ltd '.repeat(2000), 'A B C D E F G H '.repeat(1000), '12 Long Street, '.repeat(1000)]) {
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
  it('004: "Konductro (Pty) Ltd" (line 8) and its "Postal:" address (line 28): silent', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
    expect(lintFixture(rule, 'seeds/004_9676fbca8d62b176.txt').requirements).toMatchObject([
      { status: 'met', line: 8, column: 1, text: 'Konductro (Pty) Ltd · konductro.com · privacy@konductro.com' },
      { status: 'met', line: 28, item: 'address of the responsible party' },
    ]);
  });
  it('000 linted under POPIA: "Conducktr Inc." is named, with no postal address', () => {
    const result = lintDocument(readFixture('seeds/000_d80a1d47bfd452aa.txt'), { rules: [rule], jurisdictions: ['popia'], today: new Date('2026-11-27T00:00:00Z') });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['8:1 noAddress']);
  });
});

// Phrasings found by the blind heldout4 set, in new words: the organisation in the third
// person, table headers that lead rows in, definitions, plain-words rights (see CHANGELOG).
testRule(rule, {
  valid: [
    { text: "We are Karoo Community Foundation (NPO 045-221), 3 Church Street, Graaff-Reinet, 6280." },
    { text: "Who is responsible? Bokmakierie Trading (Pty) Ltd, Suite 4, Riverside Office Park, Nelspruit, 1200, Mpumalanga, South Africa." },
  ],
  invalid: [
    { text: "We are Committed To Your Privacy. This notice explains how we use personal information.", errors: [{messageId:'missing',line:1}] },
    { text: "Who is responsible? Bokmakierie Trading (Pty) Ltd. Email: info@bok.co.za.", errors: [{messageId:'noAddress',line:1}] },
  ],
});

// A South African legal form in capitals ("ACME MEDIA (PTY) LTD"), as in terms-style preambles.
testRule(rule, {
  valid: [
    { name: 'capitals, with an address', text: 'KAROO MEDIA (PTY) LTD ("we" or "us") collects your information. Our address is 12 Long Street, Cape Town, 8001.' },
  ],
  invalid: [
    { name: 'capitals, no address', text: 'KAROO MEDIA (PTY) LTD ("we" or "us") collects your information through this website.', errors: [{ messageId: 'noAddress', line: 1, column: 1 }] },
    { name: 'capital LIMITED alone is no legal form', text: 'THE SERVICES ARE PROVIDED AS IS, INCLUDING BUT NOT LIMITED TO THE WEBSITE.', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});

// The role in s1's words, without the term "responsible party".
testRule(rule, {
  valid: [
    { name: 'determines why and how, with an address', text: 'The Riverside District Municipality, 3 Market Street, Riverside, 2001, determines why and how your personal information is processed.' },
  ],
  invalid: [
    { name: 'a provider that determines its own purposes', text: 'Our payment provider Zapper determines the purposes of its own processing of card data.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'determines, no address', text: 'Riverside Bakery determines why and how your personal information is processed.', errors: [{ messageId: 'noAddress', line: 1 }] },
  ],
});

// heldout7 round: the speaker introduced with its address as the one that processes the information.
testRule(rule, {
  valid: [
    {
      name: 'a body corporate with a postal address',
      text: 'The Trustees of the Kingfisher Sectional Title Scheme, PO Box 218, Knysna, 6570, process owners\' personal information as set out below. The Scheme collects owners\' personal information to levy contributions.',
    },
    { name: 'a club with a street address', text: 'Hillcrest Bowling Club, 14 Old Main Road, Hillcrest, 3610, collects members\' personal information for the purposes below.' },
  ],
  invalid: [
    { name: 'no address in the sentence: not read as the name', text: 'Google Analytics processes your personal information on our behalf.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a provider with its address is not the responsible party',
      text: 'Our payroll provider Simply Pay Services, 5 Loop Street, Cape Town, 8001, processes employees\' personal information.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

// Real policies: the GDPR's "data controller" for the responsible party, a name after "This
// means that …", and a street type in lower case.
testRule(rule, {
  valid: [
    { name: 'the data controller, in quotes', text: 'For the purposes of data protection law, Umoya Tours is the "data controller". Our office is at 12 Long Street, Cape Town, 8001.' },
    { name: 'a name after "This means that"', text: 'This means that Umoya Tours determines why and how your information is processed. Post: PO Box 81, George, 6530.' },
    { name: 'a street type in lower case', text: 'Umoya Tours ("we") is located at 9 Kerk street, Paarl, 7646.' },
  ],
  invalid: [
    { name: 'the controller, no address', text: 'Umoya Tours is the data controller of your booking information.', errors: [{ messageId: 'noAddress', line: 1 }] },
    { name: '"This" alone is no name', text: 'This determines the purposes of the processing. Contact us by e-mail.', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});

// "we" defined in single quotes, as in older South African policies: "First National Bank ('we', 'our', the 'Bank')".
testRule(rule, {
  valid: [{ name: 'single quotes, with an address', text: "Karoo Savings Bank ('we', 'our', the 'Bank') collects your information. Head office: 3 Church Street, Graaff-Reinet, 6280." }],
  invalid: [{ name: 'single quotes, no address', text: "Karoo Savings Bank ('we', 'our', the 'Bank') collects your information online.", errors: [{ messageId: 'noAddress', line: 1, column: 1 }] }],
});

// The firms "we rely on / use / engage" are providers, not the responsible party.
testRule(rule, {
  valid: [{ name: 'we use your information: still our own name', text: 'Amanzi Water (Pty) Ltd ("we") — we use your information to bill you. Our address is 4 Dock Road, Cape Town, 8001.' }],
  invalid: [
    { name: 'we rely on a vendor', text: 'We rely on Mailgun Technologies Inc. to send our e-mails.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'we engage a firm', text: 'We engage Lwazi Payroll (Pty) Ltd to run our payroll.', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});

// "we" defined after a short name of the party's own: "Ubuntu Pathways (“the Trust”, “we”, “us”)".
testRule(rule, {
  valid: [{ name: 'a short name before "we"', text: 'Ubuntu Pathways Foundation (“the Trust”, “we”, “us”) collects donor details. Postal address: PO Box 1201, Gqeberha, 6000.' }],
  invalid: [
    {
      name: 'the full name, not the short one, when the address is missing',
      text: 'Ubuntu Pathways Foundation ("the Trust", "we") collects donor details. The Trust is the controller of that information.',
      errors: [{ messageId: 'noAddress', line: 1, column: 1 }],
    },
  ],
});

// The name with a short name and an appositive before "is the responsible party" (t8pc).
testRule(rule, {
  valid: [
    {
      name: 'a trust with its short name and address before the role',
      text: 'The Siyakhula Education Trust ("the Trust"), of 14 Long Street, Cape Town, 8001, is the responsible party for learner records.',
      jurisdictions: ['popia'],
    },
    {
      name: 'a department with an appositive',
      text: 'The Department of Health and Wellness, a provincial department at 8 Riebeek Street, Cape Town, 8000, is the responsible party.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'an operator named before a clause is not the responsible party',
      text: 'Our cloud host, Acme Hosting, stores backups in Johannesburg, and we remain responsible for them.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

// Definitions of "we" that name the speaker, a table column or row labelled "Responsible party"
// holding a name without a legal form, and operators (POPIA's processors) named with an address.
testRule(rule, {
  valid: [
    { name: '"we" and "us" mean …', text: '2.1 "We", "us" and "the Club" mean the Durban Rowing Club, a voluntary association at 8 Bay Road, Durban, 4001.' },
    { name: '"we" refers to …', text: 'In this notice “we” refers to Thandeka Home Care, PO Box 311, Pinetown, 3600.' },
    { name: 'references to "us" are to …', text: "References to 'us' are to Greenfield Primary School, 22 Acacia Avenue, Polokwane, 0699." },
    {
      name: 'a table column headed "Responsible party"',
      text: '| Responsible party | Postal address |\n|---|---|\n| Ladysmith Community Library | Private Bag X9, Ladysmith, 3370 |',
      formats: ['markdown'],
    },
    {
      name: 'a table row labelled "Responsible party"',
      text: '| | |\n|---|---|\n| Responsible party | Umlazi Youth Choir |\n| Address | 5 Mangosuthu Highway, Umlazi, 4031 |',
      formats: ['markdown'],
    },
  ],
  invalid: [
    {
      name: 'a brand that starts in lower case keeps its first word',
      text: 'eKasi Deliveries NPC ("we") runs this app.',
      errors: [{ messageId: 'noAddress', line: 1, column: 1 }],
    },
    { name: '"we" defined as nobody named', text: '"We" and "us" mean the organisation that runs this website.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"we" defined as a generic word', text: '“We”, “us” and “our” refer to the Practice.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'an operator with its address is not the responsible party',
      text: 'Card payments are handled on our behalf by PayServe (Pty) Ltd, 10 Dock Road, Cape Town, 8001, which acts as our operator.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a labelled cell that is a slot',
      text: '| Responsible party | Postal address |\n|---|---|\n| To Be Confirmed | PO Box 1, Durban, 4000 |',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a labelled cell that is no name',
      text: '| Responsible party | Postal address |\n|---|---|\n| to be confirmed | PO Box 1, Durban, 4000 |',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

// Plain text: a bold title stays a paragraph while the short name and address lines under it become headings.
testRule(rule, {
  valid: [
    { name: 'a bold "About us" over a name and a PO Box line', text: '**About us**\n\nMopani Citrus Growers CC\nPO Box 812, Tzaneen, 0850\nLimpopo\n', formats: ['plaintext'] },
    { name: 'a bold "Contact" over a name and a street line', text: '__Contact__\n\nBluegum Dental Studio (Pty) Ltd\n14 Oak Avenue, Ferndale, 2194\n', formats: ['plaintext'] },
  ],
  invalid: [
    {
      name: 'a bold title about suppliers is no context',
      text: '**Our suppliers**\n\nHighveld Packaging CC\nPO Box 3, Springs, 1560\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the line under the name is no address',
      text: '**About us**\n\nMopani Citrus Growers CC\nFamily-run since 1962\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'noAddress', line: 3 }],
    },
  ],
});
