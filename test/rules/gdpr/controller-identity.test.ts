import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/controller-identity.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const gdpr = ['gdpr'] as const;

testRule(rule, {
  valid: [
    // A negation word inside the name does not negate it.
    { name: '"Doctors Without Borders UK is a registered charity"', text: 'Doctors Without Borders UK is a registered charity (number 1026588). Email us at office@example.org.', jurisdictions: [...gdpr] },
    { name: '"The data controller is No Limits Theatre Ltd"', text: 'The data controller is No Limits Theatre Ltd, 4 Mill Lane, Leeds. Email hello@example.org.', jurisdictions: [...gdpr] },
    // A sole trader naming themself after "just me,"; a label on a line of its own with the name on the next line.
    { name: '"the business is just me, NAME"', text: 'Who runs this site? Legally the business is just me, Tomasz Wiśniewski, a freelance translator. Email tomasz@example.pl.', jurisdictions: [...gdpr] },
    {
      name: 'a "Data controller" label line, the name on the next line (Markdown soft break)',
      text: 'Data controller\nHarbourside Veterinary Centre\n4 Quay Street, Galway\nfrontdesk@harbourvets.example',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    // Legal forms of non-profits and partnerships: a South African NPC, a UK CIC or SCIO, a German GbR.
    {
      name: 'a South African non-profit company (NPC) named in the introduction',
      text: 'This policy explains how Ubuntu Arts Collective NPC ("we", "us") collects and uses personal information. Email privacy@ubuntuarts.example.',
      jurisdictions: [...gdpr],
    },
    { name: 'a UK community interest company (CIC)', text: 'Greenway Community Energy CIC is the controller of your data. Email hello@greenway.example.', jurisdictions: [...gdpr] },
    { name: 'a Scottish charitable incorporated organisation (SCIO)', text: 'Leith Bouldering SCIO (“we”) runs this website. Contact: info@leithboulder.example.', jurisdictions: [...gdpr] },
    { name: 'a German civil-law partnership (GbR)', text: 'This website is run by Müller & Schmidt GbR, Hauptstraße 3, 10115 Berlin. Email: kontakt@ms.example.', jurisdictions: [...gdpr] },
    {
      name: 'the controller in a parenthesis after the name, with its address',
      text: 'Greenfield Parish Council (the data controller for the allotment service, with offices at 1 Church Lane, Greenfield GF1 2AB) uses your details to manage plots.',
      jurisdictions: [...gdpr],
    },
    { name: '"X Ltd, your data controller, …" with an e-mail', text: 'Northwind Travel Ltd, your data controller, processes bookings. Email privacy@northwind.example.', jurisdictions: [...gdpr] },
    {
      name: 'a natural person after a label line that ends a titled paragraph (Markdown hard break)',
      text: '## Privacy\n\n**General note and mandatory information:**\\\nThe responsible body for data processing on this website is:\n\nJane Example\\\nMain Street 1\\\n12345 Town, Germany\\\nPhone: +49 170 1234567',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    {
      name: 'plain text: a titled paragraph whose last line labels the controller',
      text: 'IMPRINT\nMandatory information:\nThe party responsible for data processing on this website is:\n\nMax Mustermann\nMain Street 1\n12345 Town, Germany\nEmail: max@example.de',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
    {
      name: 'a natural person after "The party responsible for this website … is:" (the translated template)',
      text: '## Information about us as controllers\n\nThe party responsible for this website (the "controller") for purposes of data protection law is:\nJan Novak\nMarktstr. 4\n10115 Berlin\n\nE-mail: jan@example.de',
      formats: ['markdown'],
    },
    {
      name: 'the long label line ending in "is:", the person on the next line (plain text)',
      text: 'The party responsible for this website (the "controller") for purposes of data protection law is:\nAndreas Muster\nMusterstr. 18\n20459 Hamburg\n\nE-Mail: legal@example.io',
      formats: ['plaintext'],
    },
    { name: '"The person responsible for data processing is Jane Doe"', text: 'The person responsible for data processing on this website is Jane Doe, 4 High Street, Leeds. E-mail: jane@example.co.uk' },
    { name: '"This website is operated by X" still names the controller', text: 'This website is operated by Acme Ltd, 1 Main Street, Dublin. E-mail: privacy@acme.test' },
    { name: '"The data controller is the University of X" (the article before the name)', text: 'The data controller is the University of Limerick. E-mail: dp@ul.example' },
    { name: 'an Irish company limited by guarantee (CLG) under "Who we are"', text: 'Who we are\nHarbour Kayak Club CLG, Slipway Road, Dingle. Contact: club@harbour.example' },
    {
      name: '"The controller is the Riverside Parish Council" (plain text)',
      text: 'WHO WE ARE\n\nThe controller is the Riverside Parish Council, Town Hall, Bridge St, Ely. E-mail: clerk@riverside.example',
      formats: ['plaintext'],
    },
    { name: 'a definition clause in the plural: \'"We", "us" and "the Club" mean X\'', text: '1.1 "We", "us" and "the Club" mean Riverside Rowing Club CLG, Boat House, Quay St, Limerick. Contact: sec@riverside.example' },
    { name: 'a sole trader: "My name is <first> <last>"', text: 'My name is Tomasz Wójcik and I run this tutoring service on my own. Write to tomasz@tutor.example.', jurisdictions: [...gdpr] },
    { name: 'Markdown: the legal name in a parenthesis', text: '## Who we are\n\nThe choir (legally: Riverside Singers CIO, 4 Mill Lane, York YO1 7AB) looks after your data. hello@riverside.example', formats: ['markdown'], jurisdictions: [...gdpr] },
    { name: 'a trading name', text: 'This site is kept by a sole trader trading as Green Thumb Gardens, 2 Elm Row, Leeds LS1 4AA.', jurisdictions: [...gdpr] },
    { name: '"This app is made by <name>, an independent developer"', text: 'This app is made by Lena Fischer, an independent developer in Leipzig (lena@fischer.example).', jurisdictions: [...gdpr] },
    { name: '"the website is built and maintained by <company>"', text: 'The website is built and maintained by Northwind Studio Ltd, 9 Dock Road, Hull HU1 1AA. hello@northwind.example', jurisdictions: [...gdpr] },
    {
      name: 'a label heading, a label line ending in ":", then the name',
      text: '### Controller\n\nResponsible for data processing on this website:\n\nJohanna Berger<br>\nHauptstraße 3<br>\n20095 Hamburg\n\nEmail: jb@berger.example',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    { name: 'a "Data controller" label line with the name under it', text: "Data controller\n\nSt. Anne's Rowing Club, Boathouse Lane, Henley RG9 1BZ. captain@stannes.example", jurisdictions: [...gdpr] },
    { name: 'a "Responsible party" heading', text: '## Responsible party\n\nHarbourview Dental Practice, 2 Quay Street, Galway. reception@harbourview.example', formats: ['markdown'], jurisdictions: [...gdpr] },
    { name: '"issued by X, which is the data controller"', text: 'This notice is issued by the Borough of Eastmere, which is the data controller. Email: dp@eastmere.example', jurisdictions: [...gdpr] },
    // "we" defined in words, a registered charity, a natural person as controller.
    { name: '"we" means a registered charity', text: 'In this notice "we" means Riverside Food Bank, a registered charity (no. 1187654), 12 Mill Lane, Bristol BS1 4DJ. Email: hello@riverside.example', jurisdictions: [...gdpr] },
    { name: '"we" refers to a trust', text: 'Throughout this policy, "we", "our" and "us" refer to the Ashdown Heritage Trust, 3 Castle Row, Lewes BN7 1AA. Email: office@ashdown.example', jurisdictions: [...gdpr] },
    { name: 'a charity registered in England', text: 'Northfield Youth Sports, a charity registered in England and Wales, runs this site. Write to us at 7 Park Road, Leeds LS6 2AB or info@northfield.example.', jurisdictions: [...gdpr] },
    { name: 'a developer as a natural person: "by me, <name>"', text: 'This app is built and maintained by me, Jonas Berg, in my free time. Contact: jonas@berg.example', jurisdictions: [...gdpr] },
    { name: 'a developer as a natural person: "I, <name>,"', text: 'I, Ana Costa, am responsible for this little website. Contact me at ana@costa.example.', jurisdictions: [...gdpr] },
    {
      name: 'a company in a "Sub-processor" column, before the controller, is not the controller',
      text: 'We follow the GDPR.\n\n| Sub-processor | Purpose |\n| --- | --- |\n| Cloudhost Inc. | Hosting |\n\nTallyfox Ltd ("we") is the controller; write to privacy@tallyfox.test.',
      formats: ['markdown'],
    },
    {
      name: 'Art. 27: "represented in the European Union by" an EU entity',
      text: 'Quillmark Corp. ("we") is the controller. For the GDPR we are represented in the European Union by Quillmark Services, Vienna. Email privacy@quillmark.test',
    },
    // A company name spelt as its domain, with its legal form.
    { name: 'a domain-like company name before its legal form', text: 'tiny-app.io Ltd ("we") is the controller of your personal data. Write to us at hello@tiny-app.io.', jurisdictions: [...gdpr] },
    { name: 'a domain-like name in an "about us" list', text: 'About us\n\n- brightly.dev Limited\n- Registered in England, company number 01234567\n- privacy@brightly.dev', jurisdictions: [...gdpr] },
    // A site generator renders the name: the rule cannot see it.
    {
      name: 'the controller as a site-generator variable',
      text: 'This policy explains how {{ site.entity.name }} ("we") uses your data.\n\nContact: {{ site.contact.email }}',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    // A legal entity introduced as "we", as the controller, or as the operator.
    { text: 'Acme Ltd ("we", "us") is the controller of your personal data. Contact: privacy@acme.co.uk', jurisdictions: [...gdpr] },
    { text: 'Conducktr Inc. ("we," "our," or "us") is committed to protecting your privacy. EU Representative: gdpr@conducktr.com', jurisdictions: [...gdpr], name: 'seed 000 shape' },
    {
      name: 'seed 001: a product operated by a named company',
      text: 'This Privacy Policy explains how ConneqtOS("we", "us", or "our"), operated by LeadConneqt, processes personal data.\nController contact: LeadConneqt, privacy@leadconneqt.com',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
    { text: 'The controller responsible for processing your data is Beispiel GmbH, Hauptstraße 5, 10115 Berlin.', jurisdictions: [...gdpr] },
    { text: 'Data controller: Gamma SAS, 10 rue de Rivoli, 75001 Paris.', jurisdictions: [...gdpr], name: 'a "Data controller:" label' },
    { text: 'This website is operated by Beta Software B.V., Keizersgracht 123, Amsterdam.', jurisdictions: [...gdpr] },
    { text: 'We, Epsilon Limited, respect your privacy. Write to us at 12 High Street, London EC1A 1BB.', jurisdictions: [...gdpr] },
    { text: 'Nordic Apps AB is responsible for the processing of your personal data. Questions: privacy@nordicapps.se', jurisdictions: [...gdpr] },
    { text: 'Acme Sp. z o.o. (hereinafter "we") processes your data. Contact: rodo@acme.pl', jurisdictions: [...gdpr], name: 'a multi-word legal form' },
    {
      name: 'a company line in the Contact section',
      text: '# Privacy\n\nWe collect your e-mail address.\n\n## Contact\n\nOrbital Systems Ltd\n\n27 Mill Road, Cambridge CB1 2AD\n\nprivacy@orbital.co.uk',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    {
      name: 'a company line in a plain-text Contact section',
      text: 'Privacy Policy\n\nWe collect your e-mail address.\n\nContact\n\nOrbital Systems Ltd, 27 Mill Road, Cambridge CB1 2AD, privacy@orbital.co.uk',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
    { text: '- Controller: Kappa Studios Ltd\n- Email: privacy@kappa.studio', jurisdictions: [...gdpr], name: 'bullets' },
    { text: '| Role | Details |\n|---|---|\n| Controller | Delta Oy |\n| Email | privacy@delta.fi |', formats: ['markdown'], jurisdictions: [...gdpr], name: 'a table row' },
    { text: 'Who we are\n\nNorthwind Traders Ltd is a company registered in England and Wales. Contact us at privacy@northwind.co.uk.', jurisdictions: [...gdpr] },
    // Contact through a form or a phone number.
    { text: 'Acme Ltd is the controller. Use our online contact form to reach us.', jurisdictions: [...gdpr] },
    { text: 'The controller of your personal data is Zeta Health S.r.l. Tel: +39 02 1234 5678', jurisdictions: [...gdpr] },
    // A broken e-mail is contact-details' finding, not a second one here.
    { text: 'Acme Ltd is the controller. Contact us at [email protected].', jurisdictions: [...gdpr], name: 'an obfuscated address' },
    // Art. 27: an EU representative, an EU establishment, or a policy that does not address the EU.
    { text: 'Pixel Labs LLC is the data controller. Our EU representative is EU-Rep Ltd (eurep@eurep.ie). We follow the GDPR.', jurisdictions: [...gdpr] },
    { text: 'Acme GmbH ("we") is the controller. Our parent, Acme Inc., is based in the United States. EU users: datenschutz@acme.de', jurisdictions: [...gdpr] },
    { text: 'Acme Inc. ("we") is the controller. Contact privacy@acme.com.', jurisdictions: [...gdpr], name: 'a US company that never addresses the EU' },
    // Outside the GDPR the rule does not run.
    { text: 'We collect your e-mail address.', jurisdictions: ['popia'], name: 'POPIA only' },
    {
      name: 'a label "Responsible for data processing:" (a German notice translated), a name without a legal form',
      text: '## Data we collect\n\nYour meter readings.\n\n## Details\n\nResponsible for data processing: Stadtwerke Musterstadt, Hafenweg 3, 26123 Oldenburg, Germany. E-mail: datenschutz@stadtwerke-musterstadt.de',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    {
      name: '"This privacy notice applies to the website of X"',
      text: 'This privacy notice applies to the website of Schmidt & Partner Steuerberater, Lindenstraße 4, 50674 Köln, kanzlei@schmidt-partner.example.',
      jurisdictions: [...gdpr],
    },
    {
      name: 'a name with its defined term before "is the controller"',
      text: 'The University of Examplestad ("the University") is the controller of your personal data. Contact: dataprotection@examplestad.ac.uk',
      jurisdictions: [...gdpr],
    },
    {
      name: '"The responsible body is X" (translated)',
      text: 'The responsible body is Example University, Main Street 1, 12345 Sample City, Germany. Phone: +49 30 123456',
      jurisdictions: [...gdpr],
    },
    {
      name: 'a label "Responsible body –", plain text',
      text: 'Responsible body – Hotel Seeblick Betriebs GmbH, Uferweg 1, 82319 Starnberg. Phone: +49 8151 123456',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
    {
      name: '"The responsible party for data processing on this website is:", a private person\'s name on the next line (Markdown)',
      text: '## Responsible party\n\nThe responsible party for data processing on this website is:\n\nKatrin Vogel\\\nAm Markt 7\\\n01067 Dresden\n\nEmail: mail@vogel.example',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
    },
    {
      name: '"The controller responsible for data processing on this app is:" over the name (plain text)',
      text: 'Contact\n\nThe controller responsible for data processing on this app is:\n\nJonas Lindqvist\nStorgatan 4, 111 23 Stockholm\n\nE-mail: jonas@lindqvist.example',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
    {
      name: '"The responsible party … is:" and the name in the same paragraph (plain text)',
      text: 'The responsible party for data processing on this website is:\nPetra Nowak, Rynek 5, 50-106 Wrocław\nEmail: petra@nowak.example',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
    },
    {
      name: 'a public service "delivered by" the body behind it',
      text: 'Since April, the Tenancy Advice Service and Moneyline are delivered by the Housing Standards Agency. Email: privacy@hsa.example',
      jurisdictions: [...gdpr],
    },
    {
      name: '"this service is delivered by" an organisation',
      text: 'This service is delivered by Northfield Borough Council. You can write to dp@northfield.example.',
      jurisdictions: [...gdpr],
    },
    {
      name: 'another company "based in the USA" does not place the controller outside the EU (no Art. 27 note)',
      text: 'The controller is Anna Keller, Seestraße 2, 80802 München.\n\nSince Codehost is based in the USA, your data is transferred to a third country under the GDPR. Email: anna@keller.example',
      jurisdictions: [...gdpr],
    },
    {
      name: 'a Hungarian company whose legal form is in capitals, in the introduction',
      text: 'Duna Lakes KFT is committed to protecting your privacy.\n\nWrite to us at privacy@dunalakes.example.',
      jurisdictions: [...gdpr],
    },
    // "We, <name>, …" opening the sentence.
    {
      name: '"We, <name>, located at …, are a Data Controller"',
      text: 'We, Harbourline, located at 4 Quay Street, Galway H91 E2K4, Ireland, are a data controller for the details you give us.',
      jurisdictions: [...gdpr],
    },
    // The policy naming its own organisation with a legal form.
    {
      name: '"This privacy notice for <company with legal form>, describes …"',
      text: 'This privacy notice for Tallow & Wick Ltd, describes how we use your data. Write to hello@tallowwick.example.',
      jurisdictions: [...gdpr],
    },
  ],
  invalid: [
    { name: 'a negation before the name still negates', text: 'Our studio is never operated by Brightline Ltd. Contact us at hello@example.org.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a label line followed by a description, not a name',
      text: 'Data controller\nThe company in our group that sends you your invoices.\nQuestions? Use the form in the app.',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'a legal form alone names no one', text: 'We are a non-profit company (NPC) registered in South Africa. Email info@example.org.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a recipient in apposition is not the controller', text: 'Card payments go to Stripe, the controller of card data. Email help@example.com.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'data passed to "X, the data controller for flights"', text: 'We pass your details to Acme Travel, the data controller for flights. Email help@example.com.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"The controller is the Company" names no one', text: 'The controller is the Company. E-mail: a@b.example', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'a pointer where the name should be (the translated German template)',
      text: '## Information about the responsible party\n\nThe data processing controller on this website is:\n\nSee legal notice\n\nWrite to privacy@example.de.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the host under its lead-in is no controller (Markdown)',
      text: '## Hosting\n\nThis website is hosted by an external provider. We are using the following host:\n\nGitHub Inc.\n88 Colin P Kelly Jr St\nSan Francisco, CA 94107\n\nThe GDPR applies to this site.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the maker of a social network the policy describes is no controller (plain text)',
      text: 'Privacy Policy\n\nWe keep a page on Twitter. Twitter is a service provided by Twitter Inc., 1355 Market Street, San Francisco, USA. The GDPR applies to our processing.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a company in a subsection named after the service it runs is no controller',
      text: '# Privacy Policy\n\n## Data processing\n\n### LinkedIn\n\nWe keep a company page on LinkedIn. LinkedIn Corporation is certified under the Data Privacy Framework. The GDPR applies.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an analytics tool "operated by" its maker is no controller',
      text: 'Google Analytics is a web analytics service operated by Google LLC. We use it under the GDPR.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"I am" before a capitalised common word is no name',
      text: 'I am Happy to answer questions about your data. Email: help@site.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"This privacy notice for <brand>, describes …" names the brand, not the legal entity',
      text: '<p>\n  This privacy notice for Quillmate Labs, describes how we collect your information.\n</p>',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'brandOnly', line: 2, column: 27 }],
    },
    {
      name: '"This policy describes how <brand> (ABBR) stores …" names the brand',
      text: '# Privacy\n\nThis policy describes how [Open Hardware Weekend](/about) (OHW) stores and processes your data.',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'brandOnly', line: 3, column: 28 }],
    },
    {
      name: '"This policy for Android apps" names a platform, not an organisation',
      text: 'This privacy policy for Android devices applies to our reading app.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a theme made by someone is not the product: no controller',
      text: 'We use a theme that was made by a designer we admire. Contact: hi@site.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a table of contents entry "Controller" is no label for the next entry',
      text: '[Preamble](#m1)\n\n[Controller](#m2)\n\n[Overview of processing operations](#m3)\n\nWe process your e-mail address. Email: hi@site.example',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'e-mails "delivered by" a provider name no controller',
      text: 'Our newsletters are delivered by Mailcourier. Our emails are delivered by the Postbird service. Contact: hi@site.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"The responsible party for data processing on this website is:" with no name after it',
      text: 'The responsible party for data processing on this website is:\n\nPlease see the imprint. Email: hi@site.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "Data controller" label over a sentence that names no one',
      text: 'Data controller\n\nPlease write to us with any question. Email: hi@site.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"we" means only a pronoun: no name',
      text: 'In this notice "we" means the people who run this website. Email: hi@site.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a domain alone is no company name',
      text: 'example-site.org ("we") respects your privacy. Contact: hi@example-site.org',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a site-generator variable for something else names no controller',
      text: 'This policy was last updated on {{ page.updated }}. We use your e-mail address to send receipts.',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"applies to the website of our partners" names no one',
      text: 'This privacy notice applies to the website of our partners.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a generic noun with a defined term is no name',
      text: 'Our partner ("the Partner") is the controller of its own data. Contact: info@partner.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "Responsible for data processing:" label with no name after it',
      text: 'Responsible for data processing: see the contact page.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'seed 003: no company is named',
      text: 'Privacy Policy\n\nWhat data we collect\n\nEmail, name.\n\nContact\n\nDPO / privacy inquiries — [email protected].',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 7, column: 1, severity: 'error' }],
    },
    {
      name: 'only processors are named',
      text: 'This notice explains how we use your data. We use Stripe, Inc. and Google LLC as processors. Email privacy@shop.io',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: '"we are the controller" without a name',
      text: '# Privacy\n\n## Data controller\n\nWe are the controller of your personal data. Email hello@shop.io',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'a negated operator',
      text: 'This website is not operated by Acme Ltd. Contact us at hi@site.io',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'the customer is the controller, not a named company',
      text: 'Controller\n\nYou are the controller of the data you upload; we act as your processor.',
      formats: ['plaintext'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'seed 002: a brand defined as "we"',
      text: 'This Privacy Policy explains how WorkflowOps (“we”, “our”, “us”) collects personal information.\n\nContact: privacy@workflowops.ai',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'brandOnly', line: 1, column: 34, endColumn: 45, severity: 'warning' }],
    },
    {
      name: 'a name without a legal form',
      text: 'Acme is a software company based in Berlin. Reach us at privacy@acme.dev.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'brandOnly', line: 1, column: 1 }],
    },
    {
      name: 'a controller without contact details',
      text: 'Acme Ltd ("we", "us") is the controller of your personal data.\n\nWe collect your name.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1, column: 1, endColumn: 9, severity: 'warning' }],
    },
    {
      name: 'a labelled controller without contact details',
      text: 'Data controller: Nordic Apps AB\n\nWe keep your data for 12 months.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noContact', line: 1, column: 18 }],
    },
    {
      name: 'Art. 27: a US company addressing EU users without a representative',
      text: 'Pixel Labs LLC, a company incorporated in Delaware, is the controller. EU residents have rights under the GDPR. Email privacy@pixellabs.com',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noRepresentative', line: 1, column: 1, severity: 'info' }],
    },
    {
      name: 'a representation that is no Art. 27 representative',
      text: 'Pixel Labs LLC is the controller. We offer a fair representation in the European Union of your data. Email privacy@pixellabs.test',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noRepresentative', line: 1, column: 1 }],
    },
    {
      name: 'Art. 27: "based in the United States"',
      text: 'Acme Ltd ("we") is based in the United States. If you are in the European Union, you have rights under the GDPR. Email hi@acme.com',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noRepresentative', line: 1, column: 1 }],
    },
    {
      name: 'Art. 27: the controller\'s short name "based in the United States", later in the policy',
      text: 'This notice is issued by the Lumen Learning Foundation.\n\nLumen is based in the United States. If you are in the European Union, you have rights under the GDPR. Email hi@lumen.example',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'noRepresentative', line: 1 }],
    },
  ],
});

describe('a controller rendered by the site generator', () => {
  it('is recorded as partial evidence at the variable', () => {
    const r = run(rule, { text: 'Operated by {{ site.company.legal_name }}.', jurisdictions: [...gdpr] }, 'markdown');
    expect(r.requirements.map((e) => `${e.status}@${e.line}:${e.column}`)).toEqual(['partial@1:13']);
  });
});

describe('on the real policies', () => {
  const pins = (file: string) => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.severity}`);
  it('000 (Conducktr Inc., EU Representative line): silent', () => expect(pins('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]));
  it('001 (operated by LeadConneqt, Controller contact line): silent', () => expect(pins('seeds/001_5d45be2437642316.txt')).toEqual([]));
  it('002 (only the brand WorkflowOps as "we"): brandOnly', () => expect(pins('seeds/002_d0849b8b0e039e27.txt')).toEqual(['5:34 brandOnly warning']));
  it('003 (no company named): missing, at the Contact heading', () => expect(pins('seeds/003_a73e55a167ae72aa.txt')).toEqual(['70:1 missing error']));
  it('004 (POPIA only): the GDPR pack does not run', () => expect(pins('seeds/004_9676fbca8d62b176.txt')).toEqual([]));
  it('GitHub 2017 (never names GitHub, Inc.): missing, at "Contacting GitHub"', () =>
    expect(pins('corpus/github-privacy-statement-2017.md')).toEqual(['176:1 missing error']));
  it('Mastodon template (%{domain}s as "we"): missing at line 1', () => expect(pins('corpus/mastodon-default-privacy-policy.md')).toEqual(['1:1 missing error']));
});
