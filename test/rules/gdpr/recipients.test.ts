import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/recipients.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const gdpr = ['gdpr'] as const;

testRule(rule, {
  valid: [
    // A sole trader's declaration listing the kinds of data; recipients after "to your …"; printing and mailing houses.
    { name: 'a declaration of no recipients over a list of kinds of data', text: 'I work alone and I never share your photos, name or address with anyone.', jurisdictions: [...gdpr] },
    { name: 'companies named by what they do in a relative clause', text: 'We share your data with companies that process card payments for us.', jurisdictions: [...gdpr] },
    { name: '"passed to your regional branch" and "mailing houses"', text: 'Your details may be passed to your regional branch and to the mailing houses that send out our magazine.', jurisdictions: [...gdpr] },
    { name: 'a question answered with who, in plain text after "###"', text: '### Who can see my records?\nThe tutors who teach you and the awarding body that certifies you.', formats: ['plaintext'], jurisdictions: [...gdpr] },
    // A category (not a proper name) as the exception to a declaration, in the first person or not.
    { name: '"apart from my accountant" after a declaration', text: "I don't give your details to anybody else, apart from my accountant and my web host.", jurisdictions: [...gdpr] },
    { name: '"other than our payment processor" (plain text)', text: 'SHARING\nWe never share your information with anyone, other than our payment processor.', formats: ['plaintext'], jurisdictions: [...gdpr] },
    { name: '"except to the couriers …"', text: 'We do not disclose your address to anyone except to the couriers who deliver your parcel.', jurisdictions: [...gdpr] },
    // No one outside the organisation's own body: a declaration that there are no recipients.
    { name: '"not shared with anyone outside the practice team"', text: 'Your records are not shared with anyone outside the practice team.', jurisdictions: [...gdpr] },
    { name: '"No one outside our parish office sees your information"', text: 'No one outside our parish office sees your information.', jurisdictions: [...gdpr] },
    { name: '"never passed to anybody beyond the club committee" (plain text)', text: 'Your details\nThey are never passed to anybody beyond the club committee.', formats: ['plaintext'], jurisdictions: [...gdpr] },
    // A title over bare lines, one recipient a line (Markdown: one paragraph; plain text: a block a line).
    { name: 'a "Who we share your data with" title over bare lines', text: 'Who we share your data with\nOur payroll bureau\nThe pension provider\nHMRC', jurisdictions: [...gdpr] },
    { name: '"Who we pass your details to" over bare lines, after prose', text: 'We run a small nursery.\n\nWho we pass your details to\nThe local council\nOphthalmic and dental clinics that visit', jurisdictions: [...gdpr] },
    { name: 'a declaration with a named exception', text: "We don't share your information with anyone outside the school, except the Local Authority when we must report attendance.", jurisdictions: [...gdpr] },
    { name: 'plain text: "other than HMRC"', text: 'WHO SEES YOUR DATA\nWe do not share your details with anyone other than HMRC.', formats: ['plaintext'], jurisdictions: [...gdpr] },
    { name: 'a named recipient after a place', text: 'We transfer your booking to the United States, where Skyline Hotels Inc. receives your name and dates.', jurisdictions: [...gdpr] },
    { name: 'a category named by its trade: "our hosting company"', text: 'Your data is processed on our behalf by our hosting company.' },
    { name: 'a declaration in the other order: "is seen only by our staff"', text: 'Your information is seen only by our staff.' },
    { name: '"we pass your order details to the restaurant"', text: 'We pass your order details to the restaurant you order from.' },
    { name: 'a category named by its trade: "a payroll bureau" (plain text)', text: 'PAYROLL\n\nPayslips are prepared by a payroll bureau that we engage.', formats: ['plaintext'] },
    {
      name: 'a question heading answered in the paragraph under it (plain text)',
      text: 'Who has access to your data?\n\nOur bookkeeper, the payroll bureau and the pension provider.',
      formats: ['plaintext'],
    },
    {
      name: 'a question heading answered in the next line (Markdown heading)',
      text: '## Who gets my information?\n\nThe school nurse and, where you agree, your family doctor.',
      formats: ['markdown'],
    },
    { name: '"Who can see my data?" answered with whom (plain text)', text: 'Who can see my data?\n\nOur payroll bureau and our accountant.', formats: ['plaintext'] },
    { name: 'a question heading answered "nobody" (plain text)', text: 'Who sees your data?\n\nNobody outside our surgery.', formats: ['plaintext'] },
    {
      name: 'a question paragraph answered by the next paragraph (Markdown)',
      text: 'Who sees your data?\n\nOur bookkeeper and HMRC, where the law requires us to file returns.',
      formats: ['markdown'],
    },
    { name: '"Nobody other than me can see your data"', text: 'Nobody other than me can see your personal data.', jurisdictions: [...gdpr] },
    { name: '"Recipients of your data are the service providers …" names them (no role)', text: 'Recipients of your data are the service providers we use for hosting and e-mail.', jurisdictions: [...gdpr] },
    { name: '"I don\'t pass your data on to anybody"', text: "I don't pass your data on to anybody else.", jurisdictions: [...gdpr] },
    // The data passed or going on to someone, and support contractors.
    { name: 'the booking "is passed to the hotel"', text: 'Your reservation is passed to the restaurant you chose.', jurisdictions: [...gdpr] },
    { name: 'the data "goes to" a partner', text: 'Your order details go to our fulfilment partner, who packs the parcel.', jurisdictions: [...gdpr] },
    { name: 'given to a named company', text: 'Card details are provided to Adyen N.V. to take the payment.', jurisdictions: [...gdpr] },
    { name: 'an IT support company', text: 'Our IT support provider can access the office computers where your file is kept.', jurisdictions: [...gdpr] },
    // Recipients named by their role in care, a third-party tool, a heading that names a kind of provider.
    { name: 'a referral to a family doctor', text: 'If we refer you on, a summary of your treatment is accessible to your family practitioner.', jurisdictions: [...gdpr] },
    { name: 'samples analysed by an accredited laboratory', text: 'Blood samples are analysed by an accredited laboratory that works under contract with the clinic.', jurisdictions: [...gdpr] },
    { name: 'third-party analytics tools', text: 'The app uses third-party analytics tools that record which screens you open.', jurisdictions: [...gdpr] },
    { name: 'a heading naming analytics providers, with text under it', text: '## Payment providers\n\nCard payments go through a card acquirer of our choosing.', formats: ['markdown'], jurisdictions: [...gdpr] },
    // Declarations with an aside between the subject and the verb.
    { name: 'no one (an aside) ever receives your data', text: 'Nothing leaves the device: nobody (not even our developers) ever sees your personal data.', jurisdictions: [...gdpr] },
    { name: 'no one — aside — receives', text: 'The notes stay on your laptop and no one — including us — receives your data.', jurisdictions: [...gdpr] },
    { name: 'a possessive owner of the data: "patients\' personal data"', text: 'We never share patients\' personal data with anyone outside the practice.', jurisdictions: [...gdpr] },
    // Named recipients and categories, in every shape.
    { name: 'seed 000: a list of service providers', text: '## Service Providers\n\n- Cloud infrastructure (Google Cloud Platform)\n- Payment processing (Stripe)' },
    {
      name: 'seed 001: subprocessors in plain text',
      text: '4. Who we share it with (our subprocessors)\nWe use carefully chosen third-party services to run the Service.\n- Railway, hosting & database\n- Stripe, payment processing',
      formats: ['plaintext'],
    },
    { name: 'seed 002: "We may share data with:"', text: 'We may share data with:\n\n- Infrastructure providers (cloud hosting, databases, email services)\n- Payment processors (e.g., Stripe)' },
    {
      name: 'seed 003: a pointer to a list elsewhere still names the category "subprocessors"',
      text: 'Disclosure to third parties\n\nSubprocessors are listed at /security#subprocessors and in the DPA.',
    },
    { name: 'disclosed "to" recipients followed by a purpose clause', text: 'We disclose your booking to hotels so that they can prepare your room.', jurisdictions: [...gdpr] },
    { name: 'sold "to" a category, then "from time to time"', text: 'Membership lists are given to the regional federation from time to time.', jurisdictions: [...gdpr] },
    { text: 'We share your data with our hosting provider and our payment processor.' },
    { text: 'Your information may be disclosed to law enforcement agencies where required by law.' },
    { text: 'Payments are handled by Stripe.', name: 'a named vendor' },
    { text: 'Data is passed on to our logistics partners so that we can deliver your order.' },
    { text: 'We share your profile with other users if you ask us to.' },
    { text: 'Recipients of your data: our accountants and the tax authority.' },
    { name: 'a recipients table', text: '| Recipient | Purpose |\n|---|---|\n| Acme Hosting GmbH | Hosting |', formats: ['markdown'] },
    { name: 'a glued plain-text table with a Provider column', text: 'ProviderCountryPurpose\nAcme HostingGermanyHosting', formats: ['plaintext'] },
    { name: 'a heading with content under it', text: '## Who receives your data\n\nOnly our support team.', formats: ['markdown'] },
    { name: 'an exception to a negation names the category', text: 'We do not share your data with third parties except our service providers.' },
    { name: 'Mastodon: "This does not include trusted third parties"', text: 'We do not transfer your information to outside parties. This does not include trusted third parties who assist us.' },
    // Declarations that there are no recipients.
    { text: 'We do not share your personal data with anyone.' },
    { text: 'We never disclose your personal information to third parties.' },
    { text: 'Your personal data is not shared with third parties.' },
    { text: 'No third party receives your personal data.' },
    { text: "We won't share your information with any third parties." },
    { text: 'We never share, sell or rent your personal data to anyone.' },
    { text: '- We do not share your data with anyone.', name: 'a declaration in a bullet' },
    // Not a GDPR policy: the rule does not run.
    { text: 'We collect your e-mail address.', jurisdictions: ['popia'] },
    // A declaration in other words; a named organisation or a kind of recipient outside the vendor list.
    { text: 'Your details are only seen by our own staff and are never handed to outside companies.' },
    { text: 'To deliver your parcel, DHL receives your name and address.' },
    { text: 'We pass your address to our courier.' },
    { text: 'Our bank receives your payment details.' },
    { name: 'third parties described by what they do', text: 'We share your data with third parties that help us host the website.' },
    { name: 'a "Sharing" heading over a named category (Markdown)', text: '## Sharing\n\nOur accountants see your invoices.', formats: ['markdown'] },
    { name: 'a tax adviser in a plain-text table', text: 'Data | Recipient\nInvoices | Our tax adviser', formats: ['plaintext'] },
    { name: 'a disclosure in the passive (heldout4)', text: 'Pupil records are shared with the local authority and the exam boards.' },
    { name: 'a disclosure in the passive, plain text', text: 'Your claim is passed on to the loss adjuster handling it.', formats: ['plaintext'] },
    { name: 'a definition of a plain term may name recipients', text: '"Carriers" means the courier companies that deliver your parcels, such as DPD.' },
    // A "Recipients:" label or a "… with:" lead-in counts by what it lists, on the line or in the list under it.
    { name: 'a label with its recipients on the line', text: 'Recipients: the venue hosting your course and the examining body.' },
    { name: 'a label over a lettered list (Markdown reads one paragraph)', text: 'Recipients:\n(a) the landlord of the flat you rent;\n(b) the cleaning crew.', formats: ['markdown'] },
    { name: 'a label over a bulleted list', text: 'Categories of recipients:\n\n- the school your child attends\n- the bus operator' },
    { name: 'a lead-in "we pass your booking on to:" over a list', text: 'We pass your booking on to:\n\n- the guesthouse\n- the ferry operator' },
    { name: 'a label that says there are none', text: 'Recipients: none.' },
    { name: 'an FAQ question answered with the recipients', text: 'Who gets my data? The tour guide and the local bus company.' },
    { name: 'an FAQ question over a list', text: 'Who receives my data?\n\n- the school\n- the exam board', formats: ['markdown'] },
    { name: 'an FAQ question answered "nobody outside our company"', text: 'Who sees my data? Nobody outside our company.', formats: ['plaintext'] },
    { name: 'handed over, with the data as object', text: 'We hand your parcel details over to the delivery firm you chose.' },
    { name: '"will only be accessed by our staff" declares no recipients', text: 'Your data will only be accessed by our staff.' },
    // Sent on to someone: in the passive, or with the data as object.
    { name: 'forwarded, in the passive', text: 'Your CV will be forwarded to the employer offering the vacancy.' },
    { name: 'transmitted, with the data as object', text: 'We transmit your meter readings to the grid operator.', formats: ['plaintext'] },
    // Categories by kind: compound providers and agents, named authorities, airlines.
    { name: 'a compound provider', text: 'We use a payroll-processing provider.', formats: ['plaintext'] },
    { name: '"other companies of our group"', text: 'Your data may be transferred to other companies of our group.' },
    { name: '"entities within the Nordwind group"', text: 'We share booking data with entities within the Nordwind group.', formats: ['plaintext'] },
    { name: 'border and immigration authorities, airlines', text: 'Passenger data goes to border and immigration authorities and to partner airlines.' },
    { name: 'a label "Recipient categories:" that says none', text: 'Recipient categories: None. Your data stays with us.' },
  ],
  invalid: [
    {
      name: 'the controller\'s own defined term ("The Insurer may disclose …") is no recipient',
      text: '7. Sharing\n7.1 The Insurer may disclose personal data as permitted by law.\n7.2 The Insurer does not sell personal data.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'a question answered with how the data is kept', text: 'Who has access to my data?\n\nAll records are kept in a locked cabinet and on an encrypted laptop.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a stranded "with" before an infinitive', text: 'We are careful whenever we share your data, and anyone we share it with has to keep it private.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    // Recipients named only by a generic noun: people, those, whoever, a few chosen businesses.
    { name: '"with those who need it"', text: 'We share your data with those who need it.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"to people who help us"', text: 'We may pass your details to people who help us.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"a few carefully chosen businesses"', text: 'We may share your data with a few carefully chosen businesses.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"to whoever needs it"', text: 'Your information may be passed on to whoever needs it.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a stranded "to" at the end of the clause', text: 'We only disclose your data when we are required to.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"to other parties in connection with the services" names no one', text: '8.1 We may transfer your data to other parties in connection with the services.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"with partners in line with this policy"', text: 'We share your details with partners in line with this policy.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'transferred to computers and to the European Union, and the portability right: no recipient',
      text: 'Your information may be transferred to — and maintained on — computers located outside of your country. We transfer the data to the European Union and process it there. You may ask us to transfer the data we hold to another organization.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'an exception of "our partners" names no category', text: "We don't share your information with anyone, apart from our partners.", jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"not passed to anyone outside the EU" is about where, not who', text: 'Your details are not passed to anyone outside the EU.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"no one outside the United Kingdom"', text: 'No one outside the United Kingdom sees your information.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a "Who we share with" title over lines that name no one', text: 'Who we share with\nPartners\nThird parties where required by law', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"Who we share with" opening a sentence is no label', text: 'Who we share with is explained when you sign up.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a "Who we share with" title over prose sentences is no bare list', text: 'Who we share with\n\nWe keep this short.\n\nIt changes from time to time.', formats: ['plaintext'], jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'an exception that names no one', text: "We don't share your information with anyone, except where the law requires it.", jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: '"Who can see my data?" answered by words that name no one (plain text, where the question is a heading)',
      text: 'Who can see my data?\nOnly the people who need to.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a question heading answered only with words that name no one (plain text)',
      text: 'WHO SEES YOUR DATA?\n\nWe may share it with partners.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { name: 'the label "Recipients:" names no one by itself', text: 'Recipients: your data may be disclosed where the law requires.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"Recipients:" followed by a vague sharing clause', text: 'Recipients: we may share your data with third parties where required.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'an infinitive "to" names no one: "to do so", "to keep it", "from time to time"',
      text: 'We disclose personal data only when we are obliged to do so. Everyone we share data with has agreed to treat it as confidential.\n\nWe might pass on your details from time to time.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'Markdown: a sharing section whose "to" starts a purpose',
      text: '## Sharing\n\nWe share information to run the club and we expect all volunteers to protect it.',
      formats: ['markdown'],
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"provided to enable", "to the extent", "to our selected partners" name no recipient',
      text: 'Your e-mail address is provided to enable sign-in. Information is given to the extent the law requires, and details are passed to our selected partners.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'disclosed "to our partners" names no kind of recipient',
      text: 'Your details may be disclosed to our trusted partners where this policy allows it.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'shared "with its partners and other companies" names no kind of recipient',
      text: 'The club may share member data with its partners and other companies in line with applicable law.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"no one else" with an exception is no declaration',
      text: 'No one else receives your data, except as described when you sign up.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a possessive before one kind of data is no declaration about the rest',
      text: 'We do not share members\' passwords with anyone.',
      jurisdictions: [...gdpr],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"nobody except as required by law" under a label names no recipient',
      text: 'Shared with:\n\n- nobody except as required by law',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an FAQ question answered only with vague words names no recipient',
      text: 'Who gets my data? Partners and other third parties where necessary.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a label or lead-in listing only vague words names no recipient',
      text: 'Recipients: third parties and partners where necessary.\n\nWe may share your data with:\n\n- partners\n- other companies',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'sent to the reader, to us, to our own team or servers, or to unnamed third parties is no recipient',
      text: 'We send you e-mails to confirm your order. Messages you send to us are forwarded to our support team. Your data is transmitted to our servers. Your details may be sent to third parties.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a negated lead-in and a negated forwarding name no recipient',
      text: 'We do not share your data with:\n\n- advertisers\n\nYour application is never forwarded to the client.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"companies" alone or a group of people is no group company',
      text: 'We share your data with companies. Our group of volunteers reads your messages.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a hyphenated adjective is no kind of provider',
      text: 'We work with well-known companies and long-standing partners.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an Art. 4(9) definition of "Recipient", then a disclosure only to "Recipients" (heldout4)',
      text: '“Recipient” shall mean a natural or legal person, public authority, agency or other body to which personal data are disclosed. We may disclose Personal Data to Recipients as set out in our records.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the Art. 4(9) wording quoted inside a sentence',
      text: 'Personal data may be disclosed to a natural or legal person, public authority, agency or another body, as the law allows.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"third parties" alone is no category of recipients',
      text: 'We may pass your personal data on to third parties.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'selected or trusted partners and "others" name no category',
      text: 'Your details may be shared with carefully selected partners. We disclose information to others where needed.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "Sharing" heading over a sentence that names no recipient (Markdown)',
      text: '# Privacy\n\n## Data sharing\n\nWe only share data in line with the law.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a plain-text "Disclosure" heading over "as described in this policy"',
      text: 'Disclosure\n\nWe disclose personal data to recipients as described in this policy.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    { text: 'We collect your email address to send you our newsletter.', jurisdictions: [...gdpr], errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'no-sale is not a statement about recipients', text: 'We do not sell your personal data.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { text: 'We never sell your information to third parties.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'one kind of data not shared', text: 'We do not share your credentials with anyone.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { text: 'We use your data to provide our services to you.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'We act as a processor for the content you upload.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'Our site does not use third-party cookies.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'reported at the "How we use" heading, where a reader would look',
      text: '# Privacy\n\nWe collect your name.\n\n## How we use your data\n\nTo run the Service.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1, severity: 'error' }],
    },
    {
      name: 'plain text headings',
      text: 'Privacy Policy\n\nWhat we collect\n\nName, email.\n\nHow we use your data\n\nTo run the Service.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 7, column: 1 }],
    },
    { name: 'a purposes table', text: '| Data | Purpose |\n|---|---|\n| Email | Login |', formats: ['markdown'], errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a heading about third-party links', text: 'Third-party links\n\nOur site links to other websites.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'our own team receiving a message, and staff plus someone else, name no recipient or declaration',
      text: 'When you contact us, the Privacy Team receives your message. We receive your data when you sign up.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('gdpr/recipients: messages and evidence', () => {
  it('names UK GDPR when that is the law the policy names', () => {
    const result = run(rule, { text: 'We follow the UK GDPR. We collect your name.' }, 'plaintext');
    expect(result.messages[0]?.message).toContain('UK GDPR Art. 13(1)(e)');
  });
  it('records a declaration as not applicable', () => {
    const result = run(rule, { text: 'We do not share your personal data with anyone.' }, 'markdown');
    expect(result.requirements.map((e) => e.status)).toEqual(['not-applicable']);
  });
  it('prefers a named recipient over a declaration', () => {
    const result = run(rule, { text: 'We never share your data with third parties. Payments are handled by Stripe.' }, 'markdown');
    expect(result.requirements.map((e) => `${e.status} ${e.text}`)).toEqual(['met Payments are handled by Stripe.']);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '|', '# ', '- ', 'share with', 'x'.repeat(5000)]) expect(() => run(rule, { text }, 'markdown')).not.toThrow();
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

  it('000: silent; the first recipient mention is the third-party services a user connects', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: ['met 50:18'] });
  });
  it('001: silent (Stripe, "our payment processor")', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({ messages: [], evidence: ['met 23:33'] });
  });
  it('002: silent — the list under "We may share data with:" names the categories', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: [], evidence: ['met 67:1'] });
  });
  it('003: silent — Stripe is named, and "Subprocessors are listed at …" names the category', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: [], evidence: ['met 19:9'] });
  });
  it('004: a POPIA policy; the GDPR pack does not run', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('GitHub 2017: silent (vendors, other users)', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: ['met 44:66'] });
  });
  it('Mastodon: silent (the cookie service provider, trusted third parties who assist)', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: ['met 83:49'] });
  });
});
