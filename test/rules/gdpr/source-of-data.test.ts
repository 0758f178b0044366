import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/source-of-data.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const gdpr = { jurisdictions: ['gdpr' as const] };

testRule(rule, {
  valid: [
    // The named party receives (a recipient, not a source); a law that differs from another is no source.
    { ...gdpr, name: '"Facebook collects data through the Facebook pixel"', text: 'When you visit our pages, Facebook collects data through the Facebook pixel about the pages you view.' },
    { ...gdpr, name: '"LinkedIn also receives information via the LinkedIn button"', text: 'LinkedIn also receives information via the LinkedIn button that you visited our site.' },
    { ...gdpr, name: '"laws on data collection that differ from Swiss law"', text: 'Some countries have laws on data collection that differ from Swiss law; we use safeguards there.' },
    // A product provided by its maker is no source; what a platform provides is named by its categories.
    { ...gdpr, name: 'an app provided by a company', text: 'Brightlamp is provided by Nordwind Labs Ltd. We are the controller for the app.' },
    { ...gdpr, name: 'crash reports and diagnostic data from the app store', text: 'If you install the app through Google Play, Google may provide us with crash reports and diagnostic data.' },
    // Any outside body by its kind ("referencing agencies", "the local authority") counts as a source.
    { ...gdpr, name: 'referencing agencies with categories', text: 'We receive your rent history and references from referencing agencies.' },
    { ...gdpr, name: 'a previous school with categories', text: 'Pupils\' attendance records and exam results reach us from their previous school.' },
    { ...gdpr, name: 'the controller\'s own records are no source', text: 'We use data from our own records to plan the timetable.' },
    {
      ...gdpr,
      name: 'a lead-in "from:" and a list of sources with categories',
      text: 'We may receive information about you from:\n\n- Credit reference agencies: your credit score and payment history\n- Your employer: your job title',
    },
    {
      ...gdpr,
      name: 'a lead-in naming the categories by reference ("listed above"), with the person "indirectly"',
      text: 'We obtain the categories of personal information listed above from the following sources:\n\n- Directly from you\n- Indirectly from you (e.g. from your use of the app)\n- From credit reference agencies',
    },
    { ...gdpr, name: 'a lead-in "from:" and a list of the person and own tools', text: 'We collect information from:\n\n- You, when you sign up\n- Cookies on our website' },
    { ...gdpr, name: 'what the person tells, then technical data', text: 'In addition to what you tell us, we receive your IP address automatically.' },
    { ...gdpr, name: 'what the person gives, then what the app records of its use', text: 'As well as the details you give us, we also receive information when you use the app.' },
    { ...gdpr, name: 'what the person tells, then data from a named source with categories', text: 'Besides the details you give us, we obtain your claims history from the Claims Underwriting Exchange.' },
    { ...gdpr, name: 'a source referred to by a pronoun, with its categories', text: 'If a friend refers you, we receive your name and email address from them.' },
    { ...gdpr, name: 'Markdown: someone else books, and the categories are named', text: '## Group bookings\n\nWhen someone else books for you, we get your name and phone number from them.', formats: ['markdown'] },
    { ...gdpr, name: 'a pronoun source negated', text: 'If a family member recommends us, we do not receive any information from them.' },
    { ...gdpr, name: 'the reader receives from them', text: 'If you ask your doctor for a copy, you receive the results from them.' },
    { ...gdpr, name: '"policies and practices … what they share with us" is no source', text: 'Data collected by those networks remains subject to their own policies and practices, including what information they share with us.' },
    { ...gdpr, name: 'plain text: ads provided by companies are no data', text: 'TARGETED ADS\nTo learn more about the targeted ads provided by these companies, visit their opt-out pages.', formats: ['plaintext'] },
    { ...gdpr, name: 'a practice that transfers records with their category', text: 'If you move to us from another practice, we receive your medical records from them.' },
    { ...gdpr, name: 'exam marks from the exam board are a category', text: 'We receive your exam marks and coursework transcripts from the awarding body.' },
    { ...gdpr, name: 'Markdown: term grades from the school', text: '## Data from your school\n\nYour term grades are sent to us by your school each June.', formats: ['markdown'] },
    { ...gdpr, name: 'a bare "address" is a category', text: 'We receive your new address from the national postal redirection service.' },
    // What the reader receives is no source; a referral with its categories is complete.
    { ...gdpr, name: 'content the reader writes, uploads or receives from others', text: 'We store the messages you write, edit or receive from others in the app.' },
    { ...gdpr, name: 'files you upload and get from others', text: 'We keep files you upload and get from other users until you delete them.' },
    { ...gdpr, name: 'a referral with the data it brings', text: 'If your GP practice refers you to us, we receive your name, date of birth and referral letter from them.' },
    { ...gdpr, name: 'records as categories', text: 'When a patient moves to us from another practice, that practice sends us their medical records and vaccination history.' },
    { ...gdpr, name: "the controller's own clinics are no third party", text: 'We collect information from our clinics and from our booking line when you see us.' },
    {
      name: 'the source named first, then what it provides',
      text: 'When your employer adds you to a workspace, it provides us with your name, work e-mail address and job title.',
    },
    { name: 'a public profile is a category', text: 'We receive your public profile and username from GitHub.' },
    { name: 'your insurer as the source, with categories', text: 'Your insurer sends us your policy number and claim details.' },
    { name: 'a parent or guardian as the source', text: 'For children under 16, a parent or guardian gives us the child\'s name and date of birth.' },
    { name: 'the person who booked for you', text: 'We receive your name and passport number from the person who booked the trip on your behalf.' },
    { name: 'enriching records with named categories from a named source', text: 'We enrich our records with your company name and job title from Clearbit.' },
    // All data from the person, or said so.
    { text: 'We collect your name and e-mail address when you register.' },
    { text: 'We collect information from you when you register.' },
    { text: 'We collect data from your browser and device.' },
    { text: 'We do not obtain personal data from third parties.' },
    { text: 'All personal data we process is collected directly from you.' },
    { text: 'We never buy personal data from data brokers.' },
    { text: "We don't receive any information about you from other companies." },
    { text: 'Data you upload remains yours; we do not receive any data from third parties.' },
    { text: '- We only collect information you provide to us directly.', name: 'a bullet' },
    // "from" that is not a source.
    { text: 'We protect your data from third parties.' },
    { text: 'We keep your data separate from data of other customers.' },
    { text: 'Our website may contain links from third parties.' },
    { text: 'We use cookies from third parties such as Google Analytics.' },
    { text: 'We share your data with our payment processor Stripe.' },
    { text: 'Service providers receive only data needed for their specific function' },
    { text: 'We expect you to reasonably secure any Personal Information you have gathered from GitHub.', name: 'the reader gathers' },
    { text: 'You can export your data from the Service at any time.' },
    // Source and categories both given.
    { text: 'If you sign in with Google, we receive your name, e-mail address and profile picture from Google.' },
    { text: 'We may obtain your name, e-mail address and job title from data brokers.' },
    { text: 'Your employer may provide us with your name, work e-mail and job title when it creates your account.' },
    { text: 'We may receive your contact details from other sources, such as partners and public databases.' },
    { text: 'From our advertising partners we receive your advertising ID and the campaign you clicked.' },
    { text: 'Fraud prevention agencies may share fraud indicators about you with us.' },
    {
      text: 'When you connect your GitHub account, we receive your GitHub username, public profile and repository names from GitHub.',
    },
    {
      text: 'Information from other sources\n\nWe receive information about you from other sources:\n\n- From LinkedIn: your name, job title and employer name.\n- From event organisers: your name and e-mail address.',
      name: 'a lead-in and its list',
    },
    {
      text: '| Category | Source |\n|---|---|\n| Name, e-mail | You |\n| Company size, industry | Data brokers such as ZoomInfo |',
      formats: ['markdown'],
      name: 'a table with a Source column',
    },
    // Jurisdiction.
    { text: 'We receive information about you from other sources.', jurisdictions: ['ccpa'] },
    // Not a source: processing or sending through others, collecting through cookies.
    { ...gdpr, text: 'We process your data through third-party services such as AWS. We collect data through cookies. We send newsletters via our partners.' },
    // What is "provided by" someone is a service, an account or a product, not data.
    { ...gdpr, name: 'a shop run by another company', text: 'Our merchandise store is a hosted service provided by Shopwell, which publishes its own privacy policy.' },
    { ...gdpr, name: 'services provided by an affiliate', text: 'Acme Inc. is also the controller for processing related to the services provided by Acme Ireland Ltd.' },
    { ...gdpr, name: 'an account provided by your employer', text: 'If you use an account provided by your employer, your employer becomes the controller of that account.' },
    { ...gdpr, name: 'a heading about others\' services', text: '## Analytics Tools Provided by Others\n\nSome pages embed tools that set their own cookies.', formats: ['markdown'] },
    { ...gdpr, name: 'data going to third parties', text: 'Plugins that are provided by third parties may ask you to give them information about yourself.' },
    // The reader receives: "you'll receive a link".
    { ...gdpr, name: "you'll receive … through a channel", text: "If you apply by e-mail, you'll receive a request to apply again through our careers portal Hirely." },
    // A summary whose detail is in a section about sources.
    {
      ...gdpr,
      name: 'a summary sentence and a "From third parties" section with the detail',
      formats: ['markdown'],
      text: '## What we collect\n\nWe collect personal data from you, from your device and from third parties. Each channel is described below.\n\n### From third parties\n\n- Publicly available sources: we may obtain your name and username from public code repositories.\n- Sign-in providers: we receive your name and e-mail address from Google when you sign in with it.',
    },
    {
      ...gdpr,
      name: 'the same in plain text',
      formats: ['plaintext'],
      text: 'WHAT WE COLLECT\n\nWe collect personal data from you and also from other sources, as set out below.\n\nINFORMATION FROM OTHER SOURCES\n\nWe receive your job title and company name from data brokers such as ListCo.',
    },
    { ...gdpr, name: '"was not collected from you" with the source named after it', text: 'Your payment history was not collected from you but obtained from credit reference agencies such as CreditCo.' },
    { name: 'sign-in by kind of account with categories', text: 'When you sign in with a third-party login, that service shares your name and email address with us.' },
    { name: 'data not obtained from you, with source and categories', text: 'Where data is not obtained directly from you, it comes from your employer, who gives us your name and job title.' },
    { name: 'a denial: nothing otherwise than from you', text: 'We never use data collected otherwise than from you.' },
    {
      name: 'a table whose data column names the categories in its own words',
      text: '| Source | Data we receive |\n|---|---|\n| Land registry | property ownership |\n| Vehicle register | the cars you own |',
      formats: ['markdown'],
    },
    {
      name: 'a plain-text table with an "Information" column',
      text: 'Source\tInformation\nYour club\tmembership grade and tournament results',
      formats: ['plaintext'],
    },
    {
      name: 'a fronted condition with a negation, then the source and the categories',
      text: 'Insofar as we did not collect the data from you, we received your payment history from credit agencies.',
    },
    { name: 'a condition that denies receiving stays a denial', text: 'If you have not registered, we do not receive data from partners.' },
    { name: "the answer to a reader's question, with source and categories", text: 'Where does my data come from?\n\nFrom credit agencies: your credit score and payment defaults.', formats: ['markdown'] },
    { name: 'a question about something else is no source question', text: 'Where are you based? From Berlin we serve customers all over Europe.' },
    { name: 'an intermediary by its trade, with categories', text: 'We receive your name and booking reference from the tour operator you booked with.' },
    {
      name: 'invited to a project, with the categories received',
      text: 'When a colleague invites you to a project, they send us your name and work e-mail address.',
      formats: ['plaintext'],
    },
    {
      name: 'a recruitment agency as the source of a CV, references and test results',
      text: 'We also receive from the recruitment agency that introduced you your CV, references and the results of any aptitude tests.',
      formats: ['plaintext'],
    },
    // The service itself and the data subjects are no third-party source.
    { name: 'the own web site as a named source', text: 'The details we may collect from our Website fall into these groups.' },
    { name: 'an ALL-CAPS heading that collects from the reader', text: '## 12. HOW TO CORRECT THE DATA WE COLLECT FROM YOU\n\nWrite to us.', formats: ['markdown'] },
    { name: 'children are the data subjects', text: 'Information We Collect from Minors\n\nWhen a pupil signs up, we ask for a first name.', formats: ['plaintext'] },
    { name: 'a question is no statement; its answer is a negation', text: 'Do we receive any data from third parties? No, we do not receive any data from third parties.' },
    // A tool or channel of the controller's own collection, not a source.
    { name: 'collected through an analytics tool', text: 'When you use the app, we collect through Plausibly: pages viewed and time spent.' },
    { name: 'collected through the service by its own name', text: 'Northwind Ltd is the controller for data collected through Northwind.' },
    { name: 'accessed via an encrypted channel', text: 'Our pages can only be accessed via TLS-secured connections, so nobody can read along.' },
    // The sign-in provider collecting for itself.
    { name: 'the sign-in providers collect for themselves', text: 'If you log in with your Mastodon account, these providers may also collect and use data under their own policies.' },
    // Art. 15(1)(g) quoted in a rights list: a condition, not a statement.
    {
      name: 'the access right quoted: "where the personal data are not collected from the data subject"',
      text: 'You may obtain:\n\n- the purposes of the processing;\n- where the personal data are not collected from the data subject, any available information as to their source.',
      formats: ['markdown'],
    },
    {
      name: 'the access right paraphrased with "if your data"',
      text: 'You can ask us what data we hold and, if your data was not collected from you, any information about where it came from.',
    },
  ],
  invalid: [
    { ...gdpr, name: 'another party named before the verb still names a source', text: 'Acme receives data from Stripe about each payment you make.', errors: [{ messageId: 'noCategories', line: 1 }] },
    { ...gdpr, name: 'referencing agencies without categories', text: 'We sometimes obtain personal data about applicants from referencing agencies.', errors: [{ messageId: 'noCategories', line: 1 }] },
    { ...gdpr, name: 'a former school and the local council without categories', text: 'Information about pupils reaches us from their former school and from the local council.', errors: [{ messageId: 'noCategories', line: 1 }] },
    { ...gdpr, name: 'data from a kind of source, used', text: 'We use data from credit reference agencies to decide on your application.', errors: [{ messageId: 'noCategories', line: 1 }] },
    {
      ...gdpr,
      name: 'besides what the person provides: categories but no source',
      text: 'As well as the information you provide, we may obtain details of your credit history.',
      errors: [{ messageId: 'noSource', line: 1 }],
    },
    {
      ...gdpr,
      name: 'the answer to "where" after what comes from the person',
      text: 'Where do we get your details?\n\nUsually from you, and now and then from other organisations.',
      errors: [
        { messageId: 'noSource', line: 3 },
        { messageId: 'noCategories', line: 3 },
      ],
    },
    {
      ...gdpr,
      name: 'a lead-in "from:" and a list of sources without categories',
      text: 'We may receive information about you from:\n\n- Marketing partners\n- Data brokers',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    { ...gdpr, name: 'another guest referred to by "them", no categories', text: 'If another traveller books the trip for you, we receive your personal data from them.', errors: [{ messageId: 'noCategories', line: 1 }] },
    { ...gdpr, name: 'plain text: the employer referred to by "them"', text: 'EMPLOYEE ACCOUNTS\nIf your employer enrols you, we obtain your details from them.', formats: ['plaintext'], errors: [{ messageId: 'noCategories', line: 2 }] },
    { ...gdpr, name: '"a fellow passenger … from him or her"', text: 'If a fellow passenger makes the booking, we obtain your information from him or her.', errors: [{ messageId: 'noCategories', line: 1 }] },
    { ...gdpr, name: '"from your previous practice" without categories', text: 'We receive your information from your previous practice.', errors: [{ messageId: 'noCategories', line: 1 }] },
    {
      ...gdpr,
      name: 'further details from a school name no category',
      text: 'We obtain further details about you from your school.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      ...gdpr,
      name: '"about you may be obtained from" is no verb of the reader',
      text: 'Details about you may be obtained from partner agencies.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      ...gdpr,
      name: '"from a variety of sources" names no source',
      text: 'Information about you may be collected from a variety of sources.',
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
    {
      ...gdpr,
      name: 'a referral by another hospital without the categories of data',
      text: 'When another clinic refers you to us, we receive information about you from them.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      ...gdpr,
      name: 'a referral by a social worker without the categories of data',
      text: 'Some families are referred to us by social services, who pass on what we need.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      ...gdpr,
      name: '"was not collected from you", with categories listed by "such as" but no source',
      text: 'Part of what we hold, such as your address and payment history, was not collected from you.',
      errors: [{ messageId: 'noSource', line: 1 }],
    },
    {
      name: "the answer to a reader's question: \"Partly from other sources.\"",
      text: 'Where do you get my data from? Partly from other sources.',
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
    {
      name: 'a named source still counts when received through it',
      text: 'We receive data through Acmeconnect.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a sign-in where we receive, not the provider',
      text: 'If you sign in with Mastodon, we also receive data.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a statement after the question still counts',
      text: 'Do we get data from others?\n\nYes, we obtain data from data brokers.',
      formats: ['markdown'],
      errors: [{ messageId: 'noCategories', line: 3 }],
    },
    { name: 'a partner in the singular', text: 'We receive data from a partner.', errors: [{ messageId: 'noCategories', line: 1 }] },
    {
      name: 'an external source in the singular',
      text: 'We also receive data from an external source.',
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
    {
      name: 'an intermediary by its trade, without categories',
      text: 'We obtain your data from the letting agent who manages your flat.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'what the person is invited to is no category of data received',
      text: 'If a colleague adds you to a workspace, they may share some details about you with us.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a fronted condition with a negation: the main clause still names a source, without categories',
      text: 'Where we have not obtained your data from you, we receive it from a credit agency.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a data column that lists nothing',
      text: '| Source | Categories of data |\n|---|---|\n| Trade register | n/a |',
      formats: ['markdown'],
      errors: [{ messageId: 'noCategories', line: 3 }],
    },
    {
      name: 'sign-in by the kind of account, "some information" from "that provider" (heldout4)',
      text: 'If you log in with your social media account, we receive some details from that provider.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a definition of third-party data: no source, no categories',
      text: '“Indirect Data” means Personal Data collected by the Processor other than from the Data Subject.',
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
    {
      name: '"not directly from you" and "from sources other than you", plain text',
      text: 'Where data is not obtained directly from you, we process it as described here. We may also receive information from sources other than you.',
      formats: ['plaintext'],
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
    {
      name: 'the source named first, then "they may provide information to us"',
      text: 'If your school registers you for a course, it may share details about you with us.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a profile the data goes into is no category',
      text: 'We also obtain data about you from our partners, to complete your profile.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'the person who booked for you, no categories',
      text: 'Some details reach us from the colleague who booked the hotel room for you.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'a parent or guardian as the source, no categories',
      text: 'For children under 16, a parent or guardian gives us some information about the child.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      name: 'combining with data from partners, no categories',
      text: 'We may combine what you tell us with information from our marketing partners.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      text: 'We receive information about you from other sources.',
      errors: [
        { messageId: 'noSource', line: 1, column: 4, endColumn: 52, severity: 'error' },
        { messageId: 'noCategories', line: 1, column: 4, endColumn: 52, severity: 'error' },
      ],
    },
    { text: 'We may obtain your name, e-mail address and job title from third parties.', errors: [{ messageId: 'noSource', line: 1, column: 8 }] },
    { text: 'We receive data from our advertising partners.', errors: [{ messageId: 'noCategories', line: 1, column: 4, endColumn: 46 }] },
    { text: 'We may receive information about you from publicly available sources such as LinkedIn.', errors: [{ messageId: 'noCategories', line: 1, column: 8 }] },
    { text: 'Partners may share information about you with us.', errors: [{ messageId: 'noCategories', line: 1, column: 1 }] },
    { text: 'Your employer may provide us with information about you.', errors: [{ messageId: 'noCategories', line: 1, column: 1 }] },
    { text: 'If you log in with Facebook, Facebook shares information with us.', errors: [{ messageId: 'noCategories', line: 1 }] },
    {
      text: 'Data about you may be provided to us by third parties.',
      errors: [
        { messageId: 'noSource', line: 1, column: 23 },
        { messageId: 'noCategories', line: 1, column: 23 },
      ],
    },
    {
      text: 'When you connect third-party services (like Linear, GitHub, etc.):\n\n- We receive data from those services per your authorization\n- We only request minimum necessary scopes',
      errors: [{ messageId: 'noCategories', line: 3, column: 6, endColumn: 38 }],
      name: 'seed 000: the source is named in the lead-in, the categories nowhere',
    },
    {
      text: 'We receive data from those services.',
      errors: [
        { messageId: 'noSource', line: 1, column: 4 },
        { messageId: 'noCategories', line: 1, column: 4 },
      ],
      name: 'an anaphor with nothing to resolve it',
    },
    {
      text: '## Sources of personal data\n\nWe collect personal data from third-party sources.',
      formats: ['markdown'],
      errors: [
        { messageId: 'noSource', line: 3, column: 4 },
        { messageId: 'noCategories', line: 3, column: 4 },
      ],
    },
    {
      text: 'THIRD-PARTY DATA\nWe receive data from integration partners you enable.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noCategories', line: 2, column: 4 }],
    },
    {
      text: '| Category | Source |\n|---|---|\n| Information | Third parties |',
      formats: ['markdown'],
      errors: [
        { messageId: 'noSource', line: 3, column: 17 },
        { messageId: 'noCategories', line: 3, column: 17 },
      ],
    },
    {
      text: 'We do not sell your data. We purchase data from data brokers.',
      errors: [{ messageId: 'noCategories', line: 1, column: 30 }],
      name: 'a negation in another sentence does not reach',
    },
    {
      ...gdpr,
      name: '"reaches us through third parties" is a vague source',
      text: 'Some personal information reaches us through third parties.',
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
    {
      ...gdpr,
      name: 'a source section without categories does not cover a summary elsewhere',
      formats: ['markdown'],
      text: '## Overview\n\nWe collect data from you and from third parties.\n\n## Information from other sources\n\nWe receive data from our advertising partners.',
      errors: [
        { messageId: 'noSource', line: 3 },
        { messageId: 'noCategories', line: 3 },
        { messageId: 'noCategories', line: 7 },
      ],
    },
    {
      ...gdpr,
      name: 'data (not a service) provided by a partner',
      text: 'Information about you is provided to us by our business partners.',
      errors: [{ messageId: 'noCategories', line: 1 }],
    },
    {
      ...gdpr,
      name: 'a named source is not excused by the detail section',
      formats: ['markdown'],
      text: '## Overview\n\nWe also get information from your employer.\n\n## From third parties\n\nWe receive your name and e-mail address from Google when you sign in.',
      errors: [{ messageId: 'noCategories', line: 3 }],
    },
    {
      ...gdpr,
      name: '"from a range of external sources" is a vague source',
      text: 'We gather data about you from a range of external sources.',
      errors: [
        { messageId: 'noSource', line: 1 },
        { messageId: 'noCategories', line: 1 },
      ],
    },
  ],
});

describe('UK GDPR wording', () => {
  it('names the UK GDPR when that is the law the policy names', () => {
    const r = run(rule, { text: 'Under the UK GDPR: we receive data from our partners.', ...gdpr }, 'plaintext');
    expect(r.messages.map((m) => m.message)).toEqual([expect.stringContaining('(UK GDPR Art. 14(1)(d))')]);
  });
});

describe('evidence', () => {
  it('records a declaration as not-applicable', () => {
    const r = run(rule, { text: 'We do not obtain personal data from third parties.', ...gdpr }, 'markdown');
    expect(r.requirements.map((e) => e.status)).toEqual(['not-applicable']);
  });
  it('records a complete statement as met', () => {
    const r = run(rule, { text: 'We may obtain your name and job title from data brokers.', ...gdpr }, 'markdown');
    expect(r.requirements.map((e) => e.status)).toEqual(['met']);
  });
});

describe('on the real policies', () => {
  const lint = (file: string): string[] =>
    lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.messageId}`);

  it('seed 000: "We receive data from those services" — source named in the lead-in (Linear, GitHub), no categories', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual(['51:6-51:38 error noCategories']);
  });
  it('seed 001: all data from the user or the customer (Stripe collects card details itself) — silent', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('seed 002: no data from others — silent', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual([]);
  });
  it('seed 003: metrics "sent by your agents" come from the customer — silent', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual([]);
  });
  it('seed 004: a POPIA policy — the GDPR pack does not run', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('GitHub 2017: "gathered from GitHub" is the reader gathering; public data in projects has no "from" — silent', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual([]);
  });
  it('Mastodon: silent', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual([]);
  });
});
