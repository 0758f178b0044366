import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/data-subject-rights.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const M = 'missingRight';
const ALL_SIX = [1, 1, 1, 1, 1, 1].map((line) => ({ messageId: M, line, column: 1 }));

testRule(rule, {
  valid: [
    // Restriction as data held back for a time, portability as a format another system reads, objection to a kind of processing.
    {
      name: '"put it on hold", "a format another app can read" (Markdown and plain text)',
      text: 'What can I ask for?\nA copy of your data; to have it corrected or deleted; to put your records on hold while a complaint is looked into; to get it in a form other services can import; and to object to our use of it.',
    },
    {
      name: 'first person: "stop using it for a time", "a format a computer can read"',
      text: 'You can ask me for a copy of it, ask me to fix mistakes, ask me to destroy it, ask me to pause using it temporarily, ask me to pass it to you in a file most programs can open, and object to me using it.',
    },
    {
      name: '"restrict or object to certain kinds of processing"',
      text: 'You may access, correct or delete your data, receive it in a computer-readable format, and restrict or object to some types of processing of your data.',
    },
    {
      name: 'a sole trader\'s plain words: "forget you", "pause … while", "take your data with you"',
      text: 'You can ask what I keep about you, fix anything that is wrong, have me forget about you completely, tell me to pause using your details while we sort out a disagreement, take your data with you in a machine-readable file, or object to how I use it.',
    },
    {
      name: 'rights of the readers by their role ("Patients can …"), an export to take elsewhere, object to being contacted',
      text: 'Patients can view all the records we hold in the portal and download a JSON export to take to another clinic, update their details, delete their account, ask us to restrict processing while a correction is checked, and object to being contacted about surveys.',
    },
    {
      name: 'plain text: "get rid of your data", "object to receiving offers"',
      text: 'YOUR CHOICES\nMembers may see a copy of their data, correct it, ask us to get rid of their data, limit how we use it, receive it in a structured format, and object to receiving offers.',
      formats: ['plaintext'],
    },
    {
      name: '"correct it" in a list after "you can:"',
      text: 'Under the GDPR you can: get a copy of your data; correct it; have it erased; ask us to restrict its processing; receive it in a structured format; object to our processing.',
    },
    {
      name: '"restrict it" in a list of verbs, and a machine-readable copy',
      text: 'Your rights\n\nYou may see what we hold, ask us to rectify, erase or restrict it, have us send it to you as a JSON file, and object to processing.',
    },
    {
      name: 'a one-person policy in plain words: show, fix, delete, stop while, take elsewhere, stop if you object',
      text: 'Your rights: write to me and I will show you what I hold, fix it if it is wrong, delete it, stop using it until a complaint is settled, send it to you so you can take it elsewhere, and stop processing it once you object.',
    },
    {
      name: 'an exported file of the data we hold is a copy (access)',
      text: 'What rights you have\n\nYou can request a complete export of all the personal data we hold about you. You may also ask us to correct it, erase it, restrict its use, take your data to another provider or object to processing.',
    },
    {
      name: 'the rights in the passive and as "raise an objection" (a plain-language public-sector notice)',
      text: 'You may request:\n\n- details of how we process your personal data\n- a copy of that personal data\n- that anything inaccurate in your personal data is corrected\n\nYou may also:\n\n- raise an objection about how your personal data is processed\n- request that your personal data is erased\n- ask that the processing of your personal data is restricted in some cases\n- move it to another provider',
    },
    {
      name: 'a verb list after "your right to": copy (access), amend (rectification), transfer (portability)',
      text: 'Your rights\n\nTo exercise your right to erase, amend, copy or transfer your personal data, write to us. You may also restrict the processing or object to it.',
    },
    {
      name: 'details supplied on written request; "Request transfer of your personal data"',
      text: 'On receiving your written request we will supply to you details of the personal information which we hold about you. Your rights:\n\n- Request correction or erasure of your data.\n- Request restriction of processing.\n- Request transfer of your personal data to you or a third party.\n- Object to processing.',
    },
    {
      name: 'rights labelled with a few words around the name, the title line running into the first',
      text: 'What you may ask\nAccess – yes. Correction – yes. Erasure (deleting your data) – yes. Restriction of processing – yes. Data portability – yes. Objection – yes.',
    },
    {
      name: 'access as "get insight into the data we hold", correction as "have details put right"',
      text: 'Your rights: you may get insight into the data we hold about you, have wrong details put right, have your data deleted, have the processing restricted, take your data to another provider, and object to processing.',
    },
    {
      name: 'restriction as "limit our use and processing of your data"',
      text: 'Your rights under the GDPR\n\n- Request access to your personal data\n- Request that we correct or delete your personal data\n- Request that we limit our use and processing of your personal data\n- Request a portable copy of your personal data\n- Object to processing based on our legitimate interests',
    },
    {
      name: 'a supplementary notice incorporates the rights of the main notice by reference',
      text: 'Job applicants\n\nWe keep your CV for twelve months. To learn about your rights, read our general [privacy policy](/privacy); all the rights outlined there also apply to your data as an applicant.',
    },
    {
      name: 'rights "set out in our Privacy Notice"',
      text: 'Event attendees\n\nWe use your name and e-mail address to send you your ticket. Your rights are set out in our main Privacy Notice, which also applies to this processing.',
    },
    {
      name: 'bullets labelled with the rights\' names, no lead-in',
      text: '- **Access** – get a copy of what we hold\n- **Correction** – fix anything that\'s wrong\n- **Erasure** – have it removed\n- **Restriction** – pause our use of it\n- **Portability** – take it elsewhere\n- **Objection** – tell us to stop using it for marketing',
    },
    {
      name: 'a reader\'s questions, answered yes',
      text: 'Can I see what you hold about me? Yes, ask us for a copy.\nCan I get it corrected? Yes.\nCan I get it deleted? Yes.\nMay I take it elsewhere? Yes, as a CSV file.\nCan I limit what you do with it? Yes, you can ask us to restrict processing.\nCan I object? Yes, you can object at any time.',
    },
    {
      name: 'in the third person: "the data subject may ask the access to his data"',
      text: '7.2 The data subject may ask the access to his data, their rectification or erasure, the restriction of processing and data portability, and may object to processing.',
    },
    {
      name: '"oppose to the processing" (non-native phrasing)',
      text: 'You can ask us the access to your information, its rectification or erasure, the limitation of the processing and its portability, and you may oppose to the processing of your data for marketing.',
    },
    { text: 'You have the right to access, rectify or erase your personal data, to restrict or object to its processing, and to data portability.' },
    {
      name: 'seed 001 style list with articles',
      text: 'Your rights\n\n- Access (Art. 15), get a copy of your data.\n- Rectification (Art. 16), correct inaccurate data.\n- Erasure (Art. 17), have your data deleted.\n- Restrict processing (Art. 18), pause processing.\n- Portability (Art. 20), export in a machine-readable format.\n- Object (Art. 21), object to processing based on legitimate interest.',
    },
    {
      name: 'terse labels in a rights section',
      text: '## Your Rights\n\n- Access\n- Rectification\n- Erasure\n- Restriction of processing\n- Data portability\n- Objection',
      formats: ['markdown'],
    },
    {
      name: 'plain-text bullets glued to labels',
      text: 'Your rights (GDPR)\n\n  • Access to your data — export through the app\n  • Correction — by request\n  • Deletion — account closure\n  • Restriction of processing — email us\n  • Portability — JSON export\n  • Objection to processing — email us',
      formats: ['plaintext'],
    },
    {
      name: 'formal prose',
      text: 'Under the GDPR you are entitled to request from us access to and rectification or erasure of your personal data, restriction of processing, and to object to processing, as well as the right to data portability.',
    },
    {
      name: 'synonyms: copy, correct, forgotten, limit, another provider, opt out of legitimate interests',
      text: 'You can request a copy of the information we hold about you. You can correct any inaccurate details. You have the right to be forgotten. You can ask us to limit the processing of your data. You can ask us to transfer your data to another provider. You can opt out of processing based on our legitimate interests.',
    },
    {
      name: 'headings state the rights (seed 000 shape)',
      text: '## Your Rights\n\n### Access & Portability\n\nDownload your account information.\n\n### Correction & Deletion\n\nEdit or delete your account.\n\n### Restrict Processing\n\nTurn off analytics.\n\n### Object to Processing\n\nContact us.',
      formats: ['markdown'],
    },
    {
      name: 'a table of rights',
      text: '| Right | How |\n|---|---|\n| Right of access | Settings |\n| Right to rectification | Settings |\n| Right to erasure | Settings |\n| Right to restriction of processing | Email |\n| Right to data portability | Export |\n| Right to object | Email |',
      formats: ['markdown'],
    },
    { name: 'not applicable: no personal data', text: 'We do not collect any personal data.' },
    { name: 'not applicable: none at all', text: 'This website does not collect personal information at all.' },
    {
      name: 'option ignore',
      text: 'Your rights: you may request access, rectification, erasure or restriction of processing, and you may object to processing.',
      options: { ignore: ['portability'] },
    },
    { name: 'code blocks are not prose, but the rest is', text: 'Rights of access, rectification, erasure, restriction, portability and objection (Art. 15–21) are yours: you can request access, rectification, erasure, restriction of processing, data portability, and object to processing.' },
    // All six in plain words, and as a list of article numbers.
    {
      name: 'informal, all six',
      text: 'Your data, your control\n\nAsk us what we hold about you, fix anything that is wrong, have it wiped, put processing on hold, take your data elsewhere, or tell us to stop using it.',
    },
    { text: 'Data subjects may exercise their rights under Chapter III GDPR, in particular Articles 15, 16, 17, 18, 20 and 21, by contacting dpo@example.eu.' },
    { text: 'You may exercise your rights under Arts. 15–22 GDPR at any time.' },
    {
      name: 'plain words: ask for your data, corrected or deleted, restrict its use',
      text: 'You may ask for your data, have it corrected or deleted, restrict its use, receive it in a machine-readable format and object to marketing.',
    },
    {
      name: 'plain words: limit how we use it',
      text: 'Your rights\n\nYou can request a copy of your data, ask us to correct or erase it, limit how we use it, get it in a portable format, and object to our processing.',
    },
    {
      name: 'heldout4: a clinic table "You can..." with records, mistakes amended and "object to our use"',
      text: '| You can... | Contact |\n|---|---|\n| obtain a copy of your records | office@clinic.example |\n| have mistakes in your records amended | office@clinic.example |\n| ask for records to be erased | dpo@clinic.example |\n| ask us to restrict the use of your records | dpo@clinic.example |\n| move your records to another provider | dpo@clinic.example |\n| object to our use of your records | dpo@clinic.example |',
      formats: ['markdown'],
    },
    {
      name: 'plain words: "a copy of your health record", "get errors in your data fixed", "limit what we do with it", "object to it"',
      text: 'Your rights\n\nYou can request a copy of your health record, get any errors in your data fixed, have it erased, ask us to limit what we do with it, object to it, and receive it in a portable format.',
    },
    {
      name: 'plain words in a labelled list: "Pause it – limit what we do with your data"',
      text: 'Here is what you may do:\n\n- **Copy** – get a copy of your account data.\n- **Fix** – amend any mistakes.\n- **Delete** – have your data erased.\n- **Pause** – ask us to limit what we do with your data while a complaint is looked at.\n- **Move** – take your data to another provider.\n- **Say no** – you can object to our use of your data.',
    },
    {
      name: 'plain words: one object for two verbs, "restrict or object to our use of it"',
      text: 'Can I control my data? Yes: you can get a copy of it, correct it or delete it, limit or object to our processing of it, and move it to another provider.',
    },
    {
      name: 'plain words in a rights section: "restrict and object to our use of your data"',
      text: 'Your rights\n\nYou may get a copy of your data, have errors fixed, have it erased, restrict and object to our use of your data, and take it with you.',
    },
    {
      name: "plain words answering a reader's question (FAQ): see, fix, delete, pause, take with you, say no",
      text: 'What can I do? See your data, fix it, delete it, pause our use of it, take it with you, or say no to our use of it.',
    },
    {
      name: 'restriction as a verb in the list of what the right allows; "You can also object"',
      text: 'You have the right to access, correct, delete and restrict your data and to data portability. You can also object.',
    },
    {
      name: 'translated from German: "right to information" heading a list, "block", "receive it in a structured format"',
      text: 'You have the right to information, correction and deletion. You may also request that we block your data, receive it in a structured format and object to its use.',
    },
    {
      name: 'translated from German: information about the data we store, in a rights section',
      text: '## Your rights\n\n- Request information about the personal data we store.\n- Have it rectified or erased.\n- Restrict processing.\n- Data portability.\n- Object to processing.',
      formats: ['markdown'],
    },
    {
      name: 'translated from German: "information about your stored data", "correction, blocking or deletion"',
      text: 'You may obtain information about your stored data free of charge and demand correction, blocking or deletion, as well as data portability. You can object at any time.',
    },
    {
      name: 'translated from German: Art. 15(1)\'s origin, recipients and purpose before the stored data, free of charge (plain text)',
      text: 'What rights do you have?\n\nYou may at any time receive information, free of charge, about the source, recipients and purposes of your stored personal data. You may also have it corrected or deleted, restrict processing, take your data to another provider and object to processing.',
      formats: ['plaintext'],
    },
    {
      name: 'translated from German: "the right at any time to free information about your stored data" (Markdown)',
      text: '### Information, correction and deletion\n\nYou have the right at any time to free information about your stored personal data and its origin, as well as a right to rectification or erasure. You may restrict processing, receive your data in a structured format and object to processing.',
      formats: ['markdown'],
    },
    // Consent the only basis, nothing open to objection (Art. 21(1) covers Art. 6(1)(e)/(f), Art. 21(2) direct marketing).
    {
      name: 'consent declared the basis of all processing: no right to object to inform of',
      text: '## Legal basis\n\nThe legal basis for processing personal data is the data subject\'s consent.\n\n## Your rights\n\nYou can ask us for access to your data, have it rectified or erased, restrict its processing and receive it in a portable format. You may withdraw your consent at any time.',
      formats: ['markdown'],
    },
    {
      name: '"Consent is our only lawful basis", in plain text',
      text: 'Why we may use your data\nConsent is our only lawful basis. You can ask us for access to your data, have it rectified or erased, restrict its processing and receive it in a portable format.',
      formats: ['plaintext'],
    },
    {
      name: 'a stop "for now" while a concern is looked into, a copy in a portable format (Markdown)',
      text: '## What you can ask\n\nYou can see what we hold, have it corrected or deleted, ask us to stop using it for now while your complaint is dealt with, ask for a copy in a portable format, and object to our use of it.',
      formats: ['markdown'],
    },
    {
      name: 'a temporary stop while accuracy is checked, a copy "so you can pass it on", an objection answered by a stop (plain text)',
      text: 'YOUR RIGHTS\n\nAsk me what I hold about you and I will show you. I will fix anything that is wrong and delete your details on request. I can stop processing your details temporarily until the accuracy is checked. I can send you your data so you can take it to another studio. If you object to how I handle your details, I will stop.',
      formats: ['plaintext'],
    },
    {
      name: '"object to the way we use", "so that you can hand it over to a new provider"',
      text: 'Your rights: you may see your data, correct it, erase it, ask us to halt the use of your data pending a review of your complaint, get your data in a structured format so that you can hand it over to a new provider, and object to the way we use it.',
    },
    {
      name: '"ask me for a copy", "a file you can take to another vet", "object to how I\'m using it"',
      text: "Your rights: ask me for a copy of your records, ask me to correct or erase them, ask me to pause our use of them while a dispute is settled, ask for them in a file you can take to another vet, and tell me you object to how I'm using them.",
    },
    {
      name: 'a list of requests ending with "stop using your data for marketing" (objection)',
      text: 'You can ask us to:\n\n- give you a copy of your data\n- fix mistakes\n- delete your data\n- stop using your data while we check it\n- send your data to another company\n- stop using your data for marketing',
      formats: ['markdown'],
    },
    {
      name: 'an FAQ of "Can I …? Yes." questions, "Can I object? Yes." included',
      text: 'Can I see my data? Yes. Can I correct it? Yes. Can I have it deleted? Yes. Can I restrict its use? Yes. Can I take it elsewhere? Yes. Can I object? Yes.',
    },
    {
      name: 'the translated German template: "information about your archived personal data", "rectified or eradicated"',
      text: 'You have the right to demand information about your archived personal data, their source and recipients as well as the purpose of the processing of your data. You also have the right to demand that your data are rectified or eradicated, to restrict processing, to data portability and to object to processing.',
    },
  ],
  invalid: [
    {
      name: 'a format read by others, said of a report, is no portability; "for a while" of our own use is no restriction',
      text: 'You can ask for a copy of your data, have it corrected or deleted, and object to our use of it. We publish our annual report in a format other services can read, and we may stop using a supplier for a while.',
      errors: [{ messageId: M, line: 1 }, { messageId: M, line: 1 }],
    },
    {
      name: 'the plain words only count for what the reader may do: "we forget", "we destroy" in a retention sentence',
      text: 'Guests can see a copy of their data, correct it, restrict processing, take their data to another provider and object to processing. We shred paper records after a year.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"object to being contacted" negated',
      text: 'Guests can see a copy of their data, correct it, delete it, restrict processing and export their data to another provider; they cannot object to being contacted.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'consent as the only basis, but a newsletter is sent: Art. 21(2) applies',
      text: 'The legal basis for processing personal data is your consent. We send a monthly newsletter. You can ask us for access to your data, have it rectified or erased, restrict its processing and receive it in a portable format.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'consent the basis of one purpose says nothing of the rest',
      text: 'The legal basis for the photo gallery is your consent. You can ask us for access to your data, have it rectified or erased, restrict its processing and receive it in a portable format.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'consent declared, legitimate interests relied on elsewhere',
      text: 'The legal basis for processing is your consent.\n\nWe keep server logs for our legitimate interest in security.\n\nYou can ask us for access to your data, have it rectified or erased, restrict its processing and receive it in a portable format.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'an electronic copy alone is access, not portability; "pass it on" to our couriers is sharing',
      text: 'Your rights\n\nYou can ask for a copy of your data in electronic form, correct it, delete it, ask us to stop using it while a complaint is looked into and object to processing. We pass it on to our couriers.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'a stop for now with no condition is no restriction',
      text: 'Your rights\n\nYou can see your data, correct it, delete it, take it to another provider and object to processing. We stop using it for now when you pause your account.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'a stop until the reader returns is no restriction (nor an objection)',
      text: 'Your rights\n\nYou can see what we hold, correct it, delete it and take it elsewhere. When you close your account we stop using your data until you come back.',
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: 'a business-transfer clause is no verb list of rights',
      text: 'We reserve the right to sell, copy or transfer your data as part of a merger, and the buyer has the right to share or transfer your data. You may request erasure or correction of your data, the restriction of processing, and object to processing.',
      errors: [
        { messageId: M, line: 1, column: 1 },
        { messageId: M, line: 1, column: 1 },
      ],
    },
    {
      name: 'labels that deny the right state no right',
      text: 'Your rights\n\nAccess – yes. Correction – yes. Erasure (deleting your data) – yes. Restriction of processing – yes. Data portability – none. Objection – yes.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'information about the purpose of a cookie, or refused, is no access',
      text: 'You can receive information about the purpose of the cookies we set. You have no right to receive information about the origin of your stored personal data. You can rectify or erase your data, restrict processing, port your data (portability) and object to processing.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"right to information" about something else, not heading a list with correction, is no access',
      text: 'You have the right to information about our prices. You can rectify or erase your data, restrict processing, port your data (portability) and object to processing.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'plain words that answer no question about rights state no right',
      text: 'What do we do? We see your data, fix it, delete it, pause our use of it, and say no to our use of it.',
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: 'a reference that says the rights do not apply incorporates nothing',
      text: 'Contractors\n\nThe rights described in our privacy policy do not apply to contractor records.',
      errors: ALL_SIX,
    },
    {
      name: 'naming another notice without saying its rights apply incorporates nothing',
      text: 'Newsletter\n\nWe send our newsletter to subscribers. Our cookie policy and our privacy policy are linked in the footer.',
      errors: ALL_SIX,
    },
    {
      name: '"limit" something else is no restriction',
      text: 'Your rights\n\nYou may request access, rectification, erasure and data portability, and object to processing. You can limit the information you provide.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"restrictions" outside the list of rights is no restriction',
      text: 'You have the right to access, correct and delete your data and to data portability. Access restrictions apply to staff. You can also object.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"block" outside a rights context is no restriction',
      text: 'We block your data from being indexed by search engines. You may request access, rectification, erasure and portability, and you may object to processing.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'the shared object does not reach past a negation: "cannot restrict or object to our use of it"',
      text: 'Your rights\n\nYou can ask for a copy of your data, correct inaccurate data, have it erased and receive it in a portable format. You cannot restrict or object to our use of it.',
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: '"object to" alone is no restriction',
      text: 'Your rights\n\nYou may access, correct or erase your data, object to our use of it, and take it with you.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"object to it" and "limit what we do" negated, or outside a rights context, state no right',
      text: 'Your rights\n\nYou can ask for a copy of your data, correct inaccurate data, have it erased and receive it in a portable format. You cannot object to it, and you cannot limit what we do with it.',
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: 'a copy of the records kept by us for audits is no right of access; errors amended by us is no right',
      text: 'We keep a copy of our records for audits and amend any errors in them ourselves. You may ask us to delete your data, restrict processing, export your data, or object to direct marketing.',
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: 'a right\'s label outside a list of rights: "Access: restricted to staff" is no right of access',
      text: 'Security\n\nAccess: only our support staff can view tickets.\nYou may ask us to correct, delete or restrict the processing of your data, to export your data, and you can object to direct marketing.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'settings labelled like rights are no rights ("Deletion: automatic", "Portability: not supported")',
      text: '- Access: restricted to admins\n- Deletion: automatic after 30 days\n- Portability: not supported\n- Objection: none\n\nYou may ask us to correct your data.',
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: 'a question about something else is no right: "Can I use the app offline?"',
      text: 'Can I use the app offline? Yes, and you may ask us to correct, erase or export your data, to restrict its processing; you can also object to direct marketing.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'seed 002: objection missing',
      text: '# Privacy Policy\n\n## 8. Your Rights\n\nDepending on jurisdiction, you may request:\n\n- Access to personal data\n- Correction or deletion\n- Restriction of processing\n- Data portability\n- Withdrawal of consent\n',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'seed 002 in plain text',
      text: 'Privacy Policy\n\n8. Your Rights\n\nDepending on jurisdiction, you may request:\n\n- Access to personal data\n- Correction or deletion\n- Restriction of processing\n- Data portability\n- Withdrawal of consent\n',
      formats: ['plaintext'],
      errors: [{ messageId: M, line: 3, column: 1 }],
    },
    {
      name: 'seed 003: restriction missing',
      text: 'Your rights (GDPR / equivalents)\n\n  • Access to your data — export through the cabinet or by request\n  • Rectification — through the cabinet or by request\n  • Erasure — account closure\n  • Portability — export in JSON format\n  • Objection to processing — email us',
      formats: ['plaintext'],
      errors: [{ messageId: M, line: 1, column: 1 }],
    },
    {
      name: 'no rights at all: six diagnostics at line 1',
      text: 'Privacy Policy\n\nWe collect your e-mail address under the GDPR.',
      errors: ALL_SIX,
    },
    {
      name: 'negation: "you cannot object" does not state the right',
      text: 'Your rights\n\nYou may request access, rectification, erasure, restriction of processing and data portability. You cannot object to processing based on our legitimate interests.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'negation: no right to portability',
      text: 'Your Rights\n\nYou may request access, rectification, erasure or restriction of processing, and you may object to processing. There is no right to data portability.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'security and retention wording is not a right',
      text: 'Privacy Policy\n\nSecurity\n\n- Access controls and role-based permissions\n- Access restrictions\n\nRetention\n\nInactive accounts are deleted after 2 years.',
      formats: ['plaintext'],
      errors: ALL_SIX,
    },
    {
      name: 'CCPA rights only: right to know counts as access, opt out of sale is not objection',
      text: '## Your Rights\n\n- Right to know what data is collected\n- Right to delete\n- Right to opt out of sale\n- Right to non-discrimination',
      formats: ['markdown'],
      errors: [
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
        { messageId: M, line: 1 },
      ],
    },
    {
      name: 'plain words outside a rights context, and an article list without Art. 21',
      text: 'We wipe old backups after 30 days. Articles 15, 16, 17, 18 and 20 GDPR apply to this processing.',
      errors: [{ messageId: M, line: 1 }],
    },
  ],
});

describe('gdpr/data-subject-rights messages', () => {
  it('names the right, the article and the law (UK GDPR when the policy names it)', () => {
    const result = run(rule, { text: 'We follow the UK GDPR and the Data Protection Act 2018. You may request access, rectification, erasure, restriction of processing and data portability.' }, 'plaintext');
    expect(result.messages.map((m) => m.message)).toEqual(['The policy does not inform users of the right to object (UK GDPR Art. 21).']);
    expect(result.messages[0]?.suggestion).toContain('Art. 21');
  });
  it('records the reference as where each right incorporated by it is met', () => {
    const result = run(rule, { text: 'You can ask for access to your data. All the rights described in our general privacy notice also apply to you.' }, 'plaintext');
    const at = 'You can ask for access to your data. '.length + 1;
    expect(result.requirements.map((r) => r.status)).toEqual(['met', 'met', 'met', 'met', 'met', 'met']);
    expect(result.requirements.slice(1).map((r) => r.column)).toEqual([at, at, at, at, at]);
  });
  it('records evidence for every right', () => {
    const result = run(rule, { text: 'You can ask for access to your data and to have it corrected or erased.' }, 'plaintext');
    expect(result.requirements.map((r) => r.status)).toEqual(['met', 'met', 'met', 'missing', 'missing', 'missing']);
  });
  it('is not applicable, as a whole, to a policy that collects nothing', () => {
    const result = run(rule, { text: 'We do not collect any personal data.' }, 'plaintext');
    expect(result.requirements.map((r) => `${r.item} ${r.status}`)).toEqual(['personal data processed not-applicable']);
  });
});

describe('gdpr/data-subject-rights: rights as bare lines, details of what is held, what is found wrong corrected', () => {
  const status = (text: string, format: 'markdown' | 'plaintext') => run(rule, { text }, format).requirements.map((r) => r.status);
  const BARE = '7. What you may ask\nUnder the GDPR you have the right to:\n\nAccess the personal data we hold.\nCorrect anything inaccurate.\nHave your data erased.\nRestrict our processing of your data.\nReceive your data in a portable format.\nObject to processing of your data.';
  it.each(['markdown', 'plaintext'] as const)('reads rights written one a line, without bullets, after "you have the right to:" (%s)', (format) => {
    expect(status(BARE, format)).toEqual(['met', 'met', 'met', 'met', 'met', 'met']);
  });
  it('does not read bare lines after a lead-in that is not about rights', () => {
    const text = 'Our staff systems record:\n\nAccess the building.\nObject storage use.\n\nYou may ask to have it rectified or erased.';
    const result = status(text, 'markdown');
    expect([result[0], result[5]]).toEqual(['missing', 'missing']);
  });
  it.each([
    'You may request details of personal information which we hold about you.',
    'Members can ask us for details of the data we are holding about them.',
    'You are entitled to obtain full details of any personal information we keep.',
  ])('reads asking for details of what is held as access: %s', (text) => {
    expect(status(text, 'plaintext')[0]).toBe('met');
  });
  it('not when negated', () => {
    expect(status('We do not give out details of the information we hold.', 'plaintext')[0]).toBe('missing');
  });
  it.each([
    'If you think anything we hold is wrong, tell us. We will promptly correct any information found to be incorrect.',
    'We will amend any details that turn out to be wrong.',
    'We update any personal data which is out of date as soon as you tell us.',
  ])('reads correcting what is found wrong as rectification: %s', (text) => {
    expect(status(text, 'plaintext')[1]).toBe('met');
  });
  it.each([
    'You may have inaccurate details corrected.',
    'Customers can get incorrect data fixed by calling us.',
    'Students may have incomplete records completed.',
  ])('reads the adjective-first passive as rectification: %s', (text) => {
    expect(status(text, 'plaintext')[1]).toBe('met');
  });
  it('reads "an export of it to take elsewhere" as portability in a rights context', () => {
    expect(status('You can ask me for an export of it to take elsewhere.', 'plaintext')[4]).toBe('met');
    expect(status('We keep an export of it to take elsewhere if our host fails.', 'plaintext')[4]).toBe('missing');
  });
  it('not when the business refuses it', () => {
    expect(status('We cannot correct any information found to be incorrect after an exam is graded.', 'plaintext')[1]).toBe('missing');
  });
});

describe('on the real policies', () => {
  const lint = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId} ${m.message}`);

  it('seed 000: all six rights stated (headings "Access & Portability", "Correction & Deletion", "Restrict Processing", "Object to Processing") — silent', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('seed 001: all six with their articles — silent', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('seed 002: the right to object is missing, at "8. Your Rights"', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual(['112:1 error missingRight The policy does not inform users of the right to object (GDPR Art. 21).']);
  });
  it('seed 003: restriction is missing, at "Your rights (GDPR / equivalents)"', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual([
      '54:1 error missingRight The policy does not inform users of the right to restriction of processing (GDPR Art. 18).',
    ]);
  });
  it('seed 004: POPIA only — the GDPR pack does not run', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('GitHub 2017: access, correction and deletion only — restriction, portability and objection missing', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual([
      '149:1 error missingRight The policy does not inform users of the right to restriction of processing (GDPR Art. 18).',
      '149:1 error missingRight The policy does not inform users of the right to data portability (GDPR Art. 20).',
      '149:1 error missingRight The policy does not inform users of the right to object (GDPR Art. 21).',
    ]);
  });
  it('Mastodon: "access and update", "download an archive", "delete your account" — restriction, portability and objection missing, at line 1', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual([
      '1:1 error missingRight The policy does not inform users of the right to restriction of processing (GDPR Art. 18).',
      '1:1 error missingRight The policy does not inform users of the right to data portability (GDPR Art. 20).',
      '1:1 error missingRight The policy does not inform users of the right to object (GDPR Art. 21).',
    ]);
  });
});
