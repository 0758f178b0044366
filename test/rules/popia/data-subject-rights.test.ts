import { describe, expect, it } from 'vitest';
import rule from '../../../rules/popia/data-subject-rights.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const SEED_004_RIGHTS = [
  '7. Your Rights Under POPIA',
  '',
  'As a Data Subject under POPIA, you have the following rights:',
  '',
  '  • Right to access: You can request a copy of the personal information we hold about you.',
  '  • Right to correction: You can ask us to correct any inaccurate or incomplete personal information.',
  '  • Right to deletion: You can ask us to delete your personal information where we no longer have a lawful basis for holding it.',
  '  • Right to object: You can object to the processing of your personal information for direct marketing or on legitimate interest grounds.',
  '',
  'To exercise any of these rights, please email privacy@konductro.com.',
].join('\n');

const PAIA_LINE = '\n\nAccess requests may also be made in terms of our PAIA manual, available at acme.co.za/paia.';

testRule(rule, {
  valid: [
    { name: 'seed 004 rights section, with a PAIA pointer', text: SEED_004_RIGHTS + PAIA_LINE, formats: ['plaintext'] },
    {
      text: '## Your rights\n\nYou may request access to, correction of, or deletion of your personal information, and you may object to its processing. Access requests are made through our manual under the Promotion of Access to Information Act.',
      formats: ['markdown'],
    },
    {
      name: "POPIA's own words: destruction or deletion, s11(3)",
      text: 'Data subject participation\n\nYou may request confirmation of whether we hold personal information about you and a description of it. You may ask us to correct it, or to destroy or delete a record we are no longer authorised to keep. You may object to processing under section 11(3). See our PAIA manual.',
    },
    {
      name: 'GDPR-style words count',
      text: 'Your rights\n\n- Access to your personal information\n- Rectification\n- Erasure\n- Objection to processing\n\nOur PAIA manual explains how to request records.',
    },
    {
      name: 'a table of rights',
      text: '| Right | How |\n|---|---|\n| Access | Email us |\n| Correction | Edit your profile |\n| Deletion | Email us |\n| Objection | Email us |\n\nSee our PAIA manual.',
      formats: ['markdown'],
    },
    { name: 'PAIA ignored', text: 'Your rights: access, correction, deletion and objection.', options: { ignore: ['paia'] } },
    { text: 'We do not collect any personal information.' },
    { text: 'You can access your data.', jurisdictions: ['gdpr'], name: 'not a POPIA policy' },
    {
      name: 'plain words, with the PAIA manual by its full name',
      text: 'Your rights\n\nYou have a right to see, correct and delete your data and to object to processing. Our Promotion of Access to Information Act manual is on our website.',
    },
    {
      name: 'informal, all four',
      text: 'You are in control\n\nYou can ask us what we hold about you, fix anything that is wrong, have it wiped, or tell us to stop using it. See our PAIA manual.',
    },
    {
      name: 'a list labelled with the rights, no heading or lead-in (both readers)',
      text: '- **Access** – ask what we hold about you\n- **Correction** – update details that changed\n- **Destruction** – of records we may no longer keep\n- **Objection** – to processing on reasonable grounds\n\nOur PAIA manual is at acme.co.za/paia.',
    },
    {
      name: '"and to object" in a sentence about what the reader may do',
      text: 'Data subjects are entitled to request a copy of their personal information, to have errors corrected or records deleted, and to object when we use their information for direct marketing. See our PAIA manual.',
    },
    {
      name: 'a sole trader in the first person: "Ask what information I hold about you" (a page saved as text)',
      text: '<h2>Rights</h2>\n<p>Under POPIA you can:</p>\n<p>Ask what information I hold about you.</p>\n<p>My PAIA manual is at example.co.za/paia.</p>',
      formats: ['plaintext'],
      options: { ignore: ['correction', 'deletion', 'objection'] },
    },
    {
      name: '"ask which data we hold" (Markdown)',
      text: '# Privacy\n\nEmail us to ask which data we hold on file for you. See our PAIA manual.',
      formats: ['markdown'],
      options: { ignore: ['correction', 'deletion', 'objection'] },
    },
  ],
  invalid: [
    {
      name: 'seed 004 rights section: all four rights, no PAIA manual',
      text: SEED_004_RIGHTS,
      formats: ['plaintext'],
      errors: [{ messageId: 'paiaManual', line: 1, column: 1, severity: 'info' }],
    },
    {
      name: 'asking what information is needed is no access right',
      text: 'Ask what information I need before your first session. See my PAIA manual.',
      options: { ignore: ['correction', 'deletion', 'objection'] },
      errors: [{ messageId: 'missingRight', line: 1, column: 1 }],
    },
    {
      text: '# Privacy Policy\n\n## Your Rights\n\nYou can access and correct your information.',
      formats: ['markdown'],
      errors: [
        { messageId: 'missingRight', line: 3, column: 1, severity: 'error' },
        { messageId: 'missingRight', line: 3, column: 1, severity: 'error' },
        { messageId: 'paiaManual', line: 3, column: 1 },
      ],
    },
    {
      name: 'no rights section: reported at line 1',
      text: 'Privacy Policy\n\nWe use your email address to send you invoices. See our PAIA manual.',
      errors: [
        { messageId: 'missingRight', line: 1, column: 1 },
        { messageId: 'missingRight', line: 1, column: 1 },
        { messageId: 'missingRight', line: 1, column: 1 },
        { messageId: 'missingRight', line: 1, column: 1 },
      ],
    },
    {
      name: 'a denied right is not informed of',
      text: 'Your rights\n\nYou may request access to, correction of, or deletion of your information. You cannot object to processing. See our PAIA manual.',
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'opting out of marketing e-mails alone is not the right to object (s11(3)(a))',
      text: 'Your rights\n\n- Access your information\n- Correct it\n- Delete it\n- Unsubscribe from marketing emails at any time\n\nPAIA manual: acme.co.za/paia',
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'deletion outside a rights context states no right',
      text: 'Your rights\n\nYou may request access to and correction of your information and object to direct marketing. See our PAIA manual.\n\nRetention\n\nInactive accounts are deleted after two years.',
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'a security list with two rights-like labels is not a list of rights',
      text: 'How we protect your data\n\n- **Access** – restricted to staff who need it\n- **Deletion** – old backups are purged monthly\n- **Encryption** – TLS and AES-256\n\nSee our PAIA manual.',
      errors: [
        { messageId: 'missingRight', line: 1 },
        { messageId: 'missingRight', line: 1 },
        { messageId: 'missingRight', line: 1 },
        { messageId: 'missingRight', line: 1 },
      ],
    },
    {
      name: '"to object" without a rights context states no right',
      text: 'Your rights\n\nYou may request access to and correction or deletion of your information. See our PAIA manual.\n\nComplaints\n\nWe have a policy to object to unlawful requests from third parties.',
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'wiping backups is not a right',
      text: 'We wipe old backups after 30 days. You may request access to and correction of your information, and object to direct marketing. See our PAIA manual.',
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

describe('popia/data-subject-rights: messages and evidence', () => {
  it('names the missing right and its section', () => {
    const result = run(rule, { text: 'Your rights\n\nYou may request access to, correction of, or deletion of your information. See our PAIA manual.' }, 'markdown');
    expect(result.messages.map((m) => m.message)).toEqual(['The policy does not inform data subjects of the right to object to processing (POPIA s11(3)).']);
  });
  it('records one requirement per right and one for the PAIA manual', () => {
    const result = run(rule, { text: 'Your rights\n\nYou may request access to, correction of, or deletion of your information. See our PAIA manual.' }, 'markdown');
    expect(result.requirements.map((e) => e.status)).toEqual(['met', 'met', 'met', 'missing', 'met']);
  });
  it('is not applicable, as a whole, to a policy that collects nothing', () => {
    const result = run(rule, { text: 'We do not collect any personal information.' }, 'markdown');
    expect(result.requirements.map((e) => `${e.item} ${e.status}`)).toEqual(['personal data processed not-applicable']);
  });
  it('never throws on odd input', () => {
    for (const text of ['', '\n', '|', '# ', '- ', 'Your rights', 'x'.repeat(5000), 'right to '.repeat(500)]) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const pin = (name: string) => {
    const result = lintFixture(rule, name);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId}`),
      evidence: result.requirements.map((e) => (e.line === undefined ? e.status : `${e.status} ${e.line}:${e.column}`)),
    };
  };

  it('000: GDPR + CCPA policy; the POPIA pack does not run', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('001: GDPR only', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('002: GDPR only', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('003: GDPR only', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('004: section 7 lists access, correction, deletion and objection; no PAIA manual (info at the heading)', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({
      messages: ['152:1 info paiaManual'],
      evidence: ['met 156:5', 'met 157:5', 'met 158:5', 'met 159:5', 'missing'],
    });
  });
  it('GitHub 2017: GDPR only', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: [] });
  });
  it('Mastodon: GDPR only', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: [] });
  });
});

// Phrasings found by the blind heldout4 set, in new words: the organisation in the third
// person, table headers that lead rows in, definitions, plain-words rights (see CHANGELOG).
testRule(rule, {
  valid: [
    { text: "You can ask us to:\n\n- show you what information we hold about you;\n- fix anything that is wrong;\n- erase it when we no longer need it; and\n- stop using it if you object to our processing.\n\nAccess requests go through our PAIA manual." },
    { text: "| You can... | Section |\n|---|---|\n| see your records | s23 |\n| have errors corrected | s24 |\n| have records destroyed | s24 |\n| object to processing | s11(3) |\n\nSee our PAIA manual." },
    { text: "Members may inspect their own records, ask for mistakes to be rectified or records to be erased, and object to the club using their details for marketing. Our PAIA manual explains access requests." },
  ],
  invalid: [
    { text: "| Topic | Notes |\n|---|---|\n| records destroyed | kept 5 years |\n\nSee our PAIA manual. You may request access to your records and correction of errors, and you may object to processing.", errors: [{messageId:'missingRight',line:1}] },
    { text: "Members may not inspect their records. You may ask for mistakes to be rectified or records to be erased, and object to processing. Our PAIA manual explains access requests.", errors: [{messageId:'missingRight',line:1}] },
  ],
});

// s23(1)(a) as "confirm if", and s24 as the passive of a request ("request that it be corrected").
testRule(rule, {
  valid: [
    {
      name: 'confirm if we hold data; request that it be updated or corrected',
      text: 'Anyone may request, free of charge, that we confirm if we have data about them. They may also request that such data be updated or corrected, or deleted. You may object to our processing of your information. Our PAIA manual is on our website.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'data "updated" by us is no right of correction',
      text: 'Anyone may request, free of charge, that we confirm if we have data about them, or that it be deleted. You may object to our processing of your information. Our PAIA manual is on our website. Your data is updated nightly.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'a record that cannot be corrected',
      text: 'Anyone may request, free of charge, that we confirm if we have data about them, or that it be deleted. You may object to our processing of your information. Our PAIA manual is on our website. Records cannot be corrected once filed.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

// The third person ("Members may …"), and "no longer" describing the data, not negating the right.
testRule(rule, {
  valid: [
    {
      name: 'members may: a copy, corrections, records no longer needed destroyed, objection',
      text: 'Members may obtain a copy of their information, may have errors corrected or records that are no longer needed destroyed, and may object to the processing of their information. Our PAIA manual is available at the office.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'records are no longer destroyed: no right stated',
      text: 'Members may obtain a copy of their information and may have errors corrected, and may object to the processing of their information. Our PAIA manual is available at the office. Old records are destroyed by the archive.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

// heldout7 round: s23(1)(a) and s11(3) in the law's own order of words.
testRule(rule, {
  valid: [
    {
      name: 'enquire whether we hold information, a copy of it, objection on reasonable grounds',
      text: '## What you can ask of us\n\nYou may enquire whether we hold any personal information about you and obtain a copy of it, ask us to correct or delete it, and object, on reasonable grounds, to our processing of it. See our PAIA manual for the forms.',
      formats: ['markdown'],
      jurisdictions: ['popia'],
    },
    {
      name: 'the third person: inspect the records the practice keeps',
      text: 'Patients may inspect the personal information the practice keeps, request that errors be rectified or records be destroyed, and object to processing that the law does not require. Our PAIA manual is at reception.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'a copy of it with no rights context is no access right',
      text: 'We keep your application form and send a copy of it to the bursary committee. You may ask us to correct or delete your details and object to the processing. Our PAIA manual is online.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'whether we hold information, said of the firm, not the reader',
      text: 'We regularly check whether we hold information that is out of date. You may ask us to correct or delete it and object to processing. Our PAIA manual is online.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

// Deleting cookies in one's own browser is not the s24 right to have information deleted.
testRule(rule, {
  valid: [
    {
      name: 'deletion of the information next to cookie housekeeping',
      text: 'You can ask what information we hold, have it corrected, object to processing and delete your profile at any time. You can also delete cookies in your browser. Our PAIA manual is online.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'only cookies deleted',
      text: 'You can ask what information we hold, have it corrected and object to processing. You can manage or delete cookies in your browser settings. Our PAIA manual is online.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'browsing history',
      text: 'You can ask what information we hold, have it corrected and object to processing. You can delete your browsing history at any time. Our PAIA manual is online.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

// FAQ style: a question of what the reader may do, answered yes, states the right.
testRule(rule, {
  valid: [
    {
      name: 'questions answered yes (Markdown bold)',
      text: '**May I see what you hold about me?** Yes, ask our Information Officer.\n\n**Can I have wrong details corrected?** Yes.\n\n**Can I have my file destroyed?** Yes, once the law no longer requires us to keep it.\n\n**Can I object to you using it?** Absolutely, on reasonable grounds. Our PAIA manual explains how.',
      formats: ['markdown'],
      jurisdictions: ['popia'],
    },
    {
      name: 'see, fix or delete my information',
      text: 'Can I view, correct or delete my information? Yes. You may also object to our processing of it. Our PAIA manual is on our website.',
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'a question answered no states no right',
      text: 'Can I have my records deleted? No, the law requires us to keep them for five years. You may ask for a copy of your information, ask us to correct it and object to processing. Our PAIA manual is online.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'an unanswered question states no right',
      text: 'Can I see my information? Contact us. You may ask us to correct or delete it and object to processing. Our PAIA manual is online.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

// A list of plain requests is a list of rights without a lead-in; s23's confirmation in a third-person notice (t8pc).
testRule(rule, {
  valid: [
    {
      name: 'a list of plain requests, no lead-in',
      text: '- Check what information we keep on file\n- Correct anything that is out of date\n- Have it erased\n- Tell us to stop processing it' + PAIA_LINE,
      jurisdictions: ['popia'],
    },
    {
      name: 'confirmation whether the named body holds information',
      text: 'Members may request confirmation of whether the Club holds personal information about them and a copy of it, may ask for its correction or destruction, and may object to processing.' + PAIA_LINE,
      jurisdictions: ['popia'],
    },
  ],
  invalid: [
    {
      name: 'a list of housekeeping tips is not a list of rights',
      text: '- Check your spam folder\n- Update your browser\n- Tell us to send receipts by SMS\n\nYou may ask us to delete your account.' + PAIA_LINE,
      jurisdictions: ['popia'],
      // Access is stated by the PAIA line; correction and objection are not.
      errors: [
        { messageId: 'missingRight', line: 1 },
        { messageId: 'missingRight', line: 1 },
      ],
    },
  ],
});

// Access given by the business ("show you the information we keep") and deletion in plain words
// ("remove what we no longer need"), in one run-on sentence of what the reader may ask.
testRule(rule, {
  valid: [
    {
      name: 'access and deletion in plain words, in one run-on sentence',
      text: 'Learners and parents may ask the school to show you the records we keep about you, to correct anything that is wrong or delete anything that is out of date, and may object to our using it.',
      options: { ignore: ['paia'] },
    },
    { name: '"send you the information I hold"', text: 'You can ask me to send you the information I hold, to fix mistakes, to remove whatever I no longer need, and you may object to my using it.', options: { ignore: ['paia'] } },
    { name: '"get rid of any records that are excessive"', text: 'Your rights: access, correction and objection. You may also ask us to get rid of any records that are excessive.', options: { ignore: ['paia'] } },
    {
      name: 'a negation in a clause about what we hold does not negate the right after it',
      text: 'You can ask us for a copy of your data, correct it, delete whatever we do not need and object to our use of it.',
      options: { ignore: ['paia'] },
    },
    { name: '"Members may object", "put right anything that is wrong"', text: 'Members may see their records, put right anything that is wrong, have them deleted, and may object to our using them.', options: { ignore: ['paia'] } },
  ],
  invalid: [
    {
      name: 'removing what we no longer need, as our own practice, is not a right',
      text: 'We remove what we no longer need every year. You may ask for a copy of your information, ask us to correct it and object to our use of it.',
      options: { ignore: ['paia'] },
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'the reader\'s own negation still negates: "you cannot object"',
      text: 'You may see your records, correct them and have them deleted, but you cannot object to our use of them.',
      options: { ignore: ['paia'] },
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: '"we will not show you the information we hold" is no access',
      text: 'You may ask us to correct or delete your details and object to our using them, but we will not show you the information we hold.',
      options: { ignore: ['paia'] },
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});

// A reader's question answered yes in plain words: "Want to see …? Just ask.", "Found an error? We'll correct it."
testRule(rule, {
  valid: [
    {
      name: 'informal questions and answers',
      text: "Would you like to see what we've got on file? Just e-mail us. Found an error? We will correct it. Want it gone? We'll erase it. Rather we didn't use it for marketing? Let us know that you object.",
      options: { ignore: ['paia'] },
    },
    {
      name: 'the same under a heading per question',
      text: '## Want to see everything we hold?\n\nJust ask.\n\n## Spotted a mistake?\n\nWe will correct it.\n\n## Want your data deleted or to object to our use of it?\n\nSure — write to us.',
      formats: ['markdown'],
      options: { ignore: ['paia'] },
    },
    {
      name: '"know what we have got", a request asked as a question ("want us to … or stop using it?") answered "tell us and we will"',
      text: "Want to know what we have got on you? Email us and we'll send it. Found an error? Let us know and we'll correct it. Would you like us to delete it, or stop processing it altogether? Write to us and we will.",
      options: { ignore: ['paia'] },
    },
  ],
  invalid: [
    {
      name: '"tell us and we will not" is no yes',
      text: "Want to know what we've got on you? Ask and we will not tell you. Want us to stop using it? Tell us and we will not. You may ask us to correct or delete your data.",
      options: { ignore: ['paia'] },
      errors: [{ messageId: 'missingRight', line: 1 }, { messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'a "will not" answer is no yes',
      text: "Want to see what we've got on you? We will not show it. You may ask us to correct or delete your data and object to our using it.",
      options: { ignore: ['paia'] },
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
    {
      name: 'a yes to a question about something else states no right',
      text: 'Do you use cookies? Sure, we use cookies to keep you logged in. You may ask us to correct or delete your data and object to our using it.',
      options: { ignore: ['paia'] },
      errors: [{ messageId: 'missingRight', line: 1 }],
    },
  ],
});
