import { describe, expect, it } from 'vitest';
import rule, { findingsIn } from '../../rules/general/consent-by-use.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

const GDPR = 'impliedConsentGdpr';

testRule(rule, {
  valid: [
    // Consent as a lawful basis, described, not inferred.
    { text: 'We process your data only with your consent.' },
    {
      name: 'a list after the colon that names only the Terms',
      text: 'By downloading the app, you agree to:\n\n- Our Terms of Service\n- The community guidelines\n',
    },
    {
      name: 'a negated consent before a list',
      text: 'Installing the app does not mean that you consent to:\n\n- the sharing of your contacts\n- marketing e-mails\n',
    },
    // A lead-in with no consent of its own lends its act to no item: the items' opt-ins stay opt-ins.
    {
      name: 'markdown: a summary lead-in over items that ask for consent',
      text: "In short, here's what we collect and use your data for:\n\n* We set analytics cookies only when you consent.\n* We may store your name and e-mail address to register you for events.\n* Our mailing tool gets your address only when you consent to receive the newsletter.\n* The ticketing service gets your name only when you register for an event.\n",
      formats: ['markdown'],
    },
    {
      name: 'plain text: "What we do with your data:" over an opt-in',
      text: 'What we do with your data, in brief:\n- Storing your order details to deliver the order.\n- Sending offers, if you agree to receive them, when you sign up.\n',
      formats: ['plaintext'],
    },
    {
      name: 'a list that is not right after the colon',
      text: 'By using Trailhead, you consent to:\n\nNothing beyond what the Terms say.\n\n- The storage of your route history\n',
    },
    { text: 'Where you have given consent, you may withdraw it at any time.' },
    { text: 'We rely on your consent for marketing emails, which you give by ticking an unticked box.' },
    { text: 'By clicking "Accept all", you consent to the use of analytics cookies.', name: 'a consent button is a consent act' },
    { text: 'By subscribing to our newsletter, you consent to receive it.', name: 'subscribing is the consent act itself' },
    // Negations.
    { text: 'Using the Service does not mean you consent to marketing.' },
    { text: 'Your use of the Service does not constitute consent to the sale of your data.' },
    { text: 'We do not assume that by using the Service you consent to marketing.' },
    { text: 'By using the Service, you agree not to upload personal data of other people.', name: 'an obligation, not consent' },
    // The Terms alone, or no object at all.
    { text: 'By using the Service you agree to our Terms of Service.' },
    { text: 'By using the Service, you agree to our Terms of Use.' },
    { text: 'If you do not agree to these Terms, do not use the Service.' },
    { text: 'By using the Service, you agree that you are at least 16 years old.' },
    { text: 'By using the Services, you agree to use them only for lawful purposes.' },
    { text: 'By using our services you agree to comply with our Acceptable Use Policy.' },
    { text: 'By using the Service you agree to our Terms of Service and acknowledge our Privacy Policy.' },
    { text: 'By using the Service, you acknowledge that you have read this Privacy Policy.' },
    { text: 'By using the Service, you agree to our Terms, and we will collect your information as described below.' },
    // Policy-change clauses: notice of a change, not a claim of consent (documented choice).
    { text: 'We may update this Policy. Continued use constitutes acceptance.', name: 'seed 002 change clause' },
    {
      text: 'Continued use of the Platform after the effective date of the updated Policy constitutes acceptance of the changes.',
      name: 'seed 004 change clause',
    },
    { text: 'Continued use of the Service after changes constitutes acceptance of the updated Policy.' },
    { text: 'If you do not agree with the revised Policy, please stop using the Service.' },
    // Descriptions of cookies or of when data is collected.
    { text: 'When you use the Service, we set cookies that keep you signed in.' },
    { text: 'We collect information when you register and when you use the Service.' },
    { text: 'If you do not consent to analytics cookies, you can disable them in your browser settings.' },
    { text: 'If you do not wish to provide your data, you may not be able to use some features.' },
    { text: 'By using the Service without an account, you consent to cookies.', name: 'documented limit: "without" reads as a negation' },
    { text: 'By ticking the box on the registration form you consent to receive our newsletter.', name: 'the box is the consent act; the registration only says where it is' },
    { text: 'If you attend our events, you agree to follow the house rules.', name: 'attending, with no processing agreed to' },
    { text: 'By selecting "Share usage data" during sign-up, you agree to the collection of crash reports.', name: 'a consent act during sign-up' },
    // "with" in other senses; getting in touch where the use serves the answer; a recorded call that asks.
    { text: 'In connection with your use of the Service, you agree to our Terms of Use.' },
    { text: 'If you need help with using the app, you can agree a call-back time with our support team.' },
    { text: 'If you contact us, you agree that we may use your details to answer your enquiry.', name: 'contact for the answer itself' },
    { text: 'By calling our helpline you agree to our call handling standards.', name: 'no processing named' },
    { text: 'Calls may be recorded. At the start of each call we ask whether you consent to the recording, and you can say no.' },
    { text: 'We will tell you about changes to how we share your data. Unless you object, we keep the current settings.', name: 'inaction without consent' },
    // Quoted, heading, bullets and tables that do not infer consent.
    { text: 'Some sites claim that "by using this site you consent to cookies"; we do not.', name: 'a quoted counter-example' },
    { text: '## By using the Service you consent to this Policy\n\nWe never infer consent from use.', formats: ['markdown'], name: 'a heading' },
    { text: '- With your consent\n- To perform our contract with you', formats: ['markdown'] },
    { text: '| Purpose | Basis |\n|---|---|\n| Marketing | Consent (opt-in) |', formats: ['markdown'] },
    { text: '```\nBy using the Service, you consent to this Policy.\n```', formats: ['markdown'], name: 'code block' },
    // Silence, pre-ticked boxes and sign-up named only to be denied, or without consent to processing.
    { text: 'We will never take your silence, or a box you left ticked, as your consent to marketing.' },
    { text: 'We do not assume that you are happy for us to share your details; we ask first.' },
    { text: 'If you are happy for us to pass your details to our partners, please tick the box below.' },
    { text: 'If you do not reply to our e-mail within 14 days, we will close your request.' },
    { text: 'Creating an account means you agree to our Terms of Service.' },
    { text: 'Submitting a request means you agree that we may ask for proof of identity.' },
    { text: 'Leaving the field blank means we will use the default delivery address.', name: 'no consent at all' },
    { text: 'Our gym opens at six. If you keep scrolling, we will take that as a yes.', name: 'an object referred back to that is no processing' },
    { text: 'We may update this Policy. Continued use constitutes acceptance.', name: 'a policy change in the sentence before' },
    { text: 'Members who provide their information are asked separately whether they agree to its use for marketing.', name: 'agreement asked separately' },
    // Transactions, and processing the act itself needs.
    { text: 'By placing an order you accept our Terms of Sale.' },
    { text: 'If you book a class, you agree to arrive ten minutes early.' },
    { text: 'If you fill in the contact form, you agree that we may use the details you give us to reply to your enquiry.', name: 'processing the act needs' },
    { text: 'We never regard your continued use of the website as consent to marketing.' },
    { text: 'If you allow us to access your contacts, we will suggest people you may know.', name: '"allow us" as a real choice' },
    { text: 'Cookies allow us to remember your language.' },
    { text: 'We assume users are happy to help us improve the site, so we ask for feedback.', name: 'an assumption, but no act and no processing' },
    { text: 'We never assume that visitors who do not change their settings are happy to receive cookies.' },
    {
      name: 'consent as a condition still to be met is an opt-in',
      text: 'We will not send you offers unless you specifically agree to receive them at the time you submit your details.',
    },
    { text: '## Partners\n\nWe pass your e-mail address to partners only if you consent to it when you register.', formats: ['markdown'] },
    // t9gen: a symbol is a link only after an act; the notice's own names.
    { name: 'checking out, with the Terms only', text: 'By checking out you agree to our Terms of Sale.' },
    { name: 'checking out, no consent', text: 'When you check out, we use your address to deliver your order.' },
    { name: 'an equals sign without an act', text: 'Price = 10 EUR per month; you agree to pay it by direct debit.' },
    { name: 'a symbol after an opt-in', text: 'Opt-in = you tick the box; only then do we send the newsletter.' },
    { name: 'a disclaimer that is not the privacy notice', text: 'By using this website you agree to our Terms of Service and this Disclaimer.' },
    // Setting up, activating, a submission: bundled acts, but not when the object is not data or the clause is negated.
    { name: 'an object that refers back to no data', text: 'By using the app you agree to us updating it automatically.' },
    { name: 'setting up with no consent', text: 'By setting up two-factor authentication you make your account safer.' },
    { name: 'activating with consent to the Terms only', text: 'By activating your account you agree to our Terms of Service.' },
    { name: 'a negated link', text: 'Submitting your CV through our portal does not mean you consent to us sharing it with employers; we ask you separately.' },
  ],
  invalid: [
    // "By using … you agree" and its converse "if you do not agree, do not use" are one clause: reported once.
    {
      name: 'a clause and its converse in the next paragraph: one finding',
      text: '## Acknowledgement\n\n**By using our app, you acknowledge and agree to this Privacy Policy.**\n\nIf you do not agree to this Privacy Policy, you must not use our app.',
      formats: ['markdown'],
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 3 }],
    },
    {
      name: 'the converse first, then the clause, in one paragraph: one finding',
      text: 'If you do not agree with this policy, please do not use the site. By continuing to use the site, you consent to this policy.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1 }],
    },
    {
      name: 'the converse far from the clause is a statement of its own',
      text: 'By using the app you agree to this policy.\n\nWe collect your name.\n\nWe collect your e-mail address.\n\nWe use cookies.\n\nIf you do not agree with this policy, do not use the app.',
      jurisdictions: ['popia'],
      errors: [
        { messageId: 'impliedConsent', line: 1 },
        { messageId: 'impliedConsent', line: 9 },
      ],
    },
    // t9gen: use in other words, acts equated by a symbol, "means accepting", the notice's own names.
    // A pronoun for the data handed over ("sharing it"), setting up or activating a device, a submission as a noun.
    { name: 'a CV submitted, then "sharing it"', text: 'Uploading your CV to our jobs board constitutes your consent to us forwarding it to hiring companies.', errors: [{ messageId: GDPR, line: 1 }] },
    { name: '"résumé" … "passing it"', text: 'Sending us your résumé means you agree to us passing it to our clients.', errors: [{ messageId: GDPR, line: 1 }] },
    { name: 'setting up a device and continuing to use it', text: 'By setting up your smart speaker and continuing to use it, you agree to the processing of your voice recordings for product research.', errors: [{ messageId: GDPR, line: 1 }] },
    { name: 'activating a device', text: 'By activating your tracker, you consent to the collection of your location data.', errors: [{ messageId: GDPR, line: 1 }] },
    { name: '"your submission of such information represents your agreement"', text: 'Your acceptance of this notice followed by your submission of such information represents your agreement to that transfer.', errors: [{ messageId: GDPR, line: 1 }] },
    {
      name: 'the submission as the subject, in plain text',
      text: 'NEWSLETTER\nThe submission of your e-mail address is deemed to be consent to marketing e-mails from our partners.',
      formats: ['plaintext'],
      errors: [{ messageId: GDPR, line: 2 }],
    },
    {
      name: '"if you proceed to checkout" with sharing beyond the order',
      text: 'If you proceed to checkout, you consent to us sharing your address with our couriers and marketing partners.',
      errors: [{ messageId: GDPR, line: 1 }],
    },
    { name: '"Opening the app confirms …" our data practices', text: 'Opening the app confirms that you accept our data practices.', errors: [{ messageId: GDPR, line: 1 }] },
    {
      name: 'a terse list item: "Sign up = you agree"',
      text: '- Sign up = you agree to us using your step data for offers from partner brands.',
      formats: ['markdown'],
      errors: [{ messageId: GDPR, line: 1 }],
    },
    { name: 'an arrow as the link', text: 'Registration → consent to marketing e-mails from our partners.', errors: [{ messageId: GDPR, line: 1 }] },
    { name: '"means accepting" the cookie policy', text: 'Continuing to browse means accepting our cookie policy.', errors: [{ messageId: GDPR, line: 1 }] },
    {
      name: '"by utilising" the services (POPIA)',
      text: 'By utilising our app and its services, you grant us permission to process your personal information.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1 }],
    },
    { name: '"by making use of" the portal', text: 'By making use of our portal you consent to the collection of your location data.', errors: [{ messageId: GDPR, line: 1 }] },
    { name: '"your utilisation of the site"', text: 'Your utilisation of the site constitutes consent to our use of cookies.', errors: [{ messageId: GDPR, line: 1 }] },
    {
      name: 'agreeing to a POPIA notice by using the website (plain text)',
      text: 'POPIA NOTICE\nBy using our website, you acknowledge that you have read, understood, and agree to the terms outlined in this POPIA Notice.',
      formats: ['plaintext'],
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 2 }],
    },
    // Objects referred back to: a pronoun, or none.
    {
      name: 'the classic banner: "it" is the cookies of the sentence before',
      text: 'We use cookies. If you continue to use this site we will assume that you are happy with it.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 17 }],
    },
    {
      name: '"take that as a yes" (Markdown)',
      text: '## Cookies\n\nWe count visits with analytics cookies. If you carry on browsing, we will take that as a yes.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'impliedConsent', line: 3 }],
    },
    {
      name: 'take it or leave it, the object in the sentence before (plain text)',
      text: 'USE OF THE APP\nUse of the app is subject to your acceptance of this privacy notice. If you do not accept, then stop using the app.',
      formats: ['plaintext'],
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 2 }],
    },
    {
      name: 'any plural noun "who": deemed consent to "its use"',
      text: 'Parents who submit the enrolment form are deemed to have agreed to its use for fundraising appeals.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: GDPR, line: 1, column: 1 }],
    },
    {
      name: 'an item that infers consent on its own is still reported under a neutral lead-in',
      text: 'Summary of how we use data:\n\n- By creating an account you agree to our use of your data for marketing.\n- Logs are kept for 30 days.\n',
      formats: ['markdown'],
      errors: [{ messageId: GDPR, line: 3, column: 3 }],
    },
    {
      name: 'consent by use whose object is a Markdown list',
      text: '## Consent\n\nBy using Trailhead, you consent to:\n\n- The storage of your route history\n- Our Privacy Policy\n',
      formats: ['markdown'],
      errors: [{ messageId: GDPR, line: 3, column: 1, endColumn: 35 }],
    },
    {
      name: 'continuing to use, then a plain-text list of processing',
      text: 'CONSENT\nIf you keep using the website, you agree to the following:\n* the use of cookies for analytics\n* the transfer of your details to our payment provider\n',
      formats: ['plaintext'],
      errors: [{ messageId: GDPR, line: 2, column: 1 }],
    },
    {
      name: 'seed 002',
      text: '# Privacy Policy\n\nBy using the Service, you consent to this Policy.\n',
      errors: [{ messageId: GDPR, line: 3, column: 1, endColumn: 49, severity: 'error' }],
    },
    {
      name: 'seed 004, POPIA only: a warning',
      text: 'By using the Platform, you consent to these cross-border transfers as necessary to deliver the contracted services.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 1, endColumn: 115, severity: 'warning' }],
    },
    {
      text: 'By using the Service, you agree to the collection and use of information in accordance with this Privacy Policy.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 1, severity: 'warning' }],
    },
    { text: 'Your use of the Site constitutes consent to our collection and use of your personal data.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'If you keep browsing, you agree to our use of cookies.', name: 'a condition on the act, not on the consent', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By accessing our website you agree to the collection and use of your information.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By continuing to browse, you consent to our use of cookies.', errors: [{ messageId: GDPR, line: 1, column: 1, endColumn: 59 }] },
    { text: 'Continuing to browse this site means you consent to our use of cookies.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'You consent to our use of cookies by continuing to browse this site.', errors: [{ messageId: GDPR, line: 1, column: 1, endColumn: 68 }] },
    { text: 'Your continued use of the Services signifies your acceptance of this Privacy Policy.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By visiting this website, you are deemed to have consented to the processing of your data.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    {
      text: 'If you choose to use our Service, then you agree to the collection and use of information in relation to this policy.',
      errors: [{ messageId: GDPR, line: 1, column: 1 }],
    },
    { text: 'If you do not agree with this Privacy Policy, please do not use the Service.', errors: [{ messageId: GDPR, line: 1, column: 1, endColumn: 64 }] },
    { text: 'If you do not agree with our policies and practices, your choice is not to use our Website.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'Unless you opt out, you are deemed to consent to marketing.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'Users who continue to use the Service are deemed to have consented to the collection of their information.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'If you do not want us to use analytics cookies, do not use the site.', errors: [{ messageId: GDPR, line: 1, column: 1, endColumn: 59 }] },
    { text: 'Continued use of the Service after changes constitutes consent to the new uses of your data.', name: 'a change clause that claims consent to processing', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    // Silence, inactivity and pre-ticked boxes (Recital 32), and consent the business presumes.
    {
      text: 'We use cookies. If you keep browsing, we will assume you are happy to receive all cookies from this website.',
      errors: [{ messageId: GDPR, line: 1, column: 17 }],
    },
    {
      text: 'Unless you let us know otherwise, we will take this as your consent to share your contact details with our sponsors.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 1, severity: 'warning' }],
    },
    { text: 'If we do not hear back from you within two weeks, we will presume that you are content for us to keep sending you offers by SMS.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By not unticking the box you agree to receive promotional e-mails from our partners.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'The marketing option is pre-selected; if you leave this option selected, you consent to our newsletter.', errors: [{ messageId: GDPR, line: 1, column: 39 }] },
    { text: 'Failure to object within 30 days will be treated as consent to the transfer of your file to the new practice.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'Your silence shall be regarded as acceptance of the sharing of your data with our insurers.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'This site uses cookies. By clicking any link on this page you are giving your consent for us to set cookies.', errors: [{ messageId: GDPR, line: 1, column: 25 }] },
    { text: 'By using the Kiosk app you allow us to collect your precise location data.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'The Trust regards your use of the patient portal as your consent to the recording of your consultations and the sharing of your health data.', errors: [{ messageId: GDPR, line: 1, column: 19 }] },
    { text: 'Where you do not object, we will treat you as having consented to the sharing of your records with researchers.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'We assume that visitors who do not change their browser settings are happy to receive cookies.', errors: [{ messageId: GDPR, line: 1, column: 16 }] },
    { text: 'By using our chatbot you agree that conversations may be recorded and analysed.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By continuing, you agree that we and our partners may store cookies on your device for personalised ads.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    // "With the use of …" (German-English "Mit der Nutzung …") and "declare yourself agreed".
    {
      text: 'With the use of our online shop you declare yourself agreed with the storage and evaluation of your order data.',
      errors: [{ messageId: GDPR, line: 1, column: 1 }],
    },
    { text: 'With your continued use of the portal you declare your consent to the transfer of usage statistics to our analytics provider.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    // Silence taken as agreement to named processing ("data sharing", "data collection").
    {
      text: 'We will write to you before we start. If you do not reply within four weeks, we will assume that you agree to the data sharing described in our letter.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 39 }],
    },
    { text: 'Where no objection is received within 30 days, you are deemed to agree to the transfer of your file to our new provider.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'Should you continue to use the website, you will be deemed to have consented to the collection of your information.', jurisdictions: ['popia'], errors: [{ messageId: 'impliedConsent', line: 1, column: 1 }] },
    { text: 'Through the use of our app, you agree to the collection of usage analytics.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By logging in with Facebook you accept that we receive your friends list and profile photo.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By attending our open day, you agree to being photographed and filmed for our social media.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    // Getting in touch treated as consent to recording or other uses.
    { text: 'By phoning our reservations team you accept the recording of the conversation for staff training.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    {
      text: 'lines are monitored when you call us you agree that the call may be recorded and that your details are shared with our quality partner',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 21 }],
    },
    { text: 'By emailing us you consent to your message and contact details being stored in our CRM for marketing.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    // Bundled with an act done for another purpose (documented choice: reported).
    { text: 'By purchasing a ticket, you consent to us passing your name and e-mail address to the event sponsors.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    {
      text: 'If you fill in the form, you agree that we may use your details to answer your question and to send you marketing.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 1 }],
    },
    { text: 'Signing up constitutes consent to the use of your purchase history for personalised advertising.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    {
      text: 'Registration: opening an account means that you agree to us processing your information for credit checks.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'impliedConsent', line: 1, column: 15 }],
    },
    { text: 'By registering, you consent to the processing of your personal data as described in this Policy.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    { text: 'By signing up you agree to our Terms of Service and Privacy Policy.', errors: [{ messageId: GDPR, line: 1, column: 1 }] },
    {
      name: 'GitHub 2017: consent inferred from storing information',
      text: 'If you store any sensitive personal information on our servers, you are consenting to our storage of that information on our servers, which are in the United States.',
      errors: [{ messageId: GDPR, line: 1, column: 1, endColumn: 133 }],
    },
    {
      name: 'the second sentence of a paragraph',
      text: 'We use your data to provide the Service. By using the Service, you agree to the collection and use of information in accordance with this policy.',
      errors: [{ messageId: GDPR, line: 1, column: 42 }],
    },
    { text: '- By using the app you accept the use of cookies and similar technologies.', formats: ['markdown'], errors: [{ messageId: GDPR, line: 1, column: 3 }] },
    { text: 'Cookies\n  • By using the app you accept the use of cookies and similar technologies.', formats: ['plaintext'], errors: [{ messageId: GDPR, line: 2, column: 5 }] },
    {
      text: '| Topic | Statement |\n|---|---|\n| Consent | By using the Service you consent to processing of your data. |',
      formats: ['markdown'],
      errors: [{ messageId: GDPR, line: 3, column: 13 }],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: 'bundledActs: false — signing up is not reported',
      text: 'By creating an account, you consent to the processing of your data as described in this Policy.',
      options: { bundledActs: false },
    },
    {
      name: 'bundledActs: false — calling is not reported either',
      text: 'By calling us you agree to the recording of the call.',
      options: { bundledActs: false },
    },
  ],
  invalid: [
    {
      name: 'bundledActs: false — using the service still is',
      text: 'By using the Service, you consent to this Policy.',
      options: { bundledActs: false },
      errors: [{ messageId: GDPR, line: 1, column: 1 }],
    },
  ],
});

describe('findingsIn', () => {
  it.each([
    ['By using the Service, you consent to this Policy.', 'use'],
    ['By creating an account, you agree to the processing of your data.', 'bundled'],
    ['Unless you opt out, you are deemed to consent to marketing.', 'inaction'],
    ['Providing your phone number constitutes consent to receive text messages.', 'bundled'],
    ['If you do not object, we will assume you are happy for us to share your data with partners.', 'inaction'],
  ])('%s → %s', (text, act) => {
    expect(findingsIn({ text }).map((f) => f.act)).toEqual([act]);
  });

  it('never throws and stays fast on long, repetitive input', () => {
    const text = `${'"by using the Service you agree to the use of cookies, '.repeat(2000)}${'a '.repeat(5000)}`;
    const started = Date.now();
    expect(() => findingsIn({ text })).not.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('on the real policies', () => {
  const lint = (file: string): string[] =>
    lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.messageId}`);

  it('seed 000: consent only as a lawful basis — silent', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('seed 001: silent', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('seed 002: "By using the Service, you consent to this Policy." (GDPR: error); the change clause on line 134 is not reported', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual(['7:1-7:49 error impliedConsentGdpr']);
  });
  it('seed 003: silent', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual([]);
  });
  it('seed 004: consent to cross-border transfers by using the Platform (POPIA: warning); the change clause on line 211 is not reported', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual(['137:1-137:115 warning impliedConsent']);
  });
  it('GitHub 2017: consent by storing sensitive information, and cookies agreed to by using the website', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual([
      '50:355-50:487 error impliedConsentGdpr', // If you store any sensitive personal information …, you are consenting to our storage …
      '90:423-90:522 error impliedConsentGdpr', // By using our website, you agree that we can place these types of cookies …
    ]);
  });
  it('Mastodon: silent', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual([]);
  });
});
