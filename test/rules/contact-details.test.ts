import { describe, expect, it } from 'vitest';
import rule from '../../rules/general/contact-details.js';
import { lintFixture, run, testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    // Markdown renders a line indented by four spaces as a code block; its address is still a way to reach us.
    { name: 'an e-mail address in an indented code block', text: '## Contact us\n\nYou can contact us:\n\n    By email: privacy@shuffle-games.net\n', formats: ['markdown'] },
    { name: 'a contact page in a fenced code block', text: '## Contact\n\n```\nhttps://tidewater.io/contact\n```\n', formats: ['markdown'] },
    // Ways to reach the business.
    { text: 'Questions? Contact us at privacy@acme.com.' },
    { text: 'Controller contact: LeadConneqt, privacy@leadconneqt.com', name: 'seed 001 controller line' },
    { text: '## 11. Contact\n\nprivacy@workflowops.ai', formats: ['markdown'], name: 'seed 002: a bare address under a heading' },
    { text: '11. Contact\nprivacy@workflowops.ai', formats: ['plaintext'] },
    { text: 'Konductro (Pty) Ltd · konductro.com · privacy@konductro.com', name: 'seed 004 masthead' },
    { text: '| Channel | Details |\n|---|---|\n| Email | dpo@acme.eu |', formats: ['markdown'], name: 'a table cell' },
    { text: 'Contact us:\n\n- Email: privacy@acme.com\n- Phone: +44 20 7946 0958', name: 'bullets' },
    { text: 'Call us toll-free on 1-800-555-0199 to make a request.', name: 'a toll-free number' },
    { text: 'Telephone: 010 023 5207', name: 'a ZA number' },
    { text: 'Questions? Phone (555) 123-4567.', name: 'a US number with an area code' },
    { text: 'Write to us at Acme Ltd, 12 High Street, London EC1A 1BB.', name: 'a UK postal address' },
    { text: 'Acme Inc., P.O. Box 1234, Springfield, IL 62701', name: 'a P.O. box' },
    { text: 'Acme GmbH, Hauptstraße 5, 10115 Berlin', name: 'a German street address' },
    {
      name: 'a labelled ZA postal address',
      text: 'Postal: The Information Officer, Acme (Pty) Ltd, Unit 2, Kilwa House, Centurion, 0185, South Africa',
    },
    { text: 'Use our [contact form](https://acme.com/contact).', name: 'a Markdown link to a form' },
    { text: 'Send a request through [this page](https://acme.com/privacy-request).', name: 'a request page' },
    { text: '[Email us](mailto:privacy@acme.com) with any question.', formats: ['markdown'], name: 'a mailto link' },
    { text: 'You can submit a privacy request at https://acme.com/privacy.', name: 'a URL with contact words' },
    { text: 'Contact: https://acme.com', name: 'a URL after a Contact label' },
    { text: 'You can reach us through our online contact form.', name: 'a form named without its link' },
    {
      name: 'a site-generator variable that renders the contact',
      text: 'Questions should be directed to our {{ site.data.variables.contact.contact_privacy }}.',
      formats: ['markdown'],
    },
    { text: 'Write to privacy [at] acme [dot] com.', name: 'an address spelt out against spam harvesters' },
    { text: 'Do not send sensitive data to privacy@acme.com.', name: 'a negated sentence still gives the address' },
    // The regulator's details next to ours do not hide ours.
    { text: 'Contact us at privacy@acme.com, or complain to the ICO at ico.org.uk.' },
    // Glue that is not glue.
    { text: 'Write to privacy@acme.capetown today.', name: 'an unlisted TLD cut by the model is not glued to a word' },
    { text: 'Email privacy@acme.com.We answer within 30 days.', name: 'a missing space after the sentence end' },
    // Not broken data.
    { text: 'Email privacy@acme.com. Registration number 2026/423844/07, version 1.2.3.4567.' },
    { text: 'Email privacy@acme.com. Find us @ acme.com on weekdays.', name: '"@" used for "at"' },
    { text: 'Email privacy@acme.com. Follow @acme for news.', name: 'a social handle' },
    { text: 'Email privacy@acme.com or see https://acme.com/privacy and http://acme.com.', name: 'well-formed URLs' },
    {
      name: 'obfuscated and placeholder text inside code is not prose',
      text: 'Email privacy@acme.com.\n\n```\nuser@host [email protected] htp://x.com\n```',
      formats: ['markdown'],
    },
    {
      name: 'a template slot for the address is placeholder-text\'s, and "missing" stays quiet',
      text: 'Contact us at [Email Address].',
    },
    { text: 'Questions about your data? E-mail us: privacy at lakesidevets dot co dot uk', name: 'an address spelt out in words' },
    {
      name: 'a reference-style link to the issue tracker',
      text: '# Privacy\n\nThe app sends nothing to me.\n\nQuestions? Reach me on the [bug tracker][bugs].\n\n[bugs]: https://codeberg.org/someone/app/issues\n',
      formats: ['markdown'],
    },
    {
      name: 'a reference-style link with the label as its own reference',
      text: 'Privacy questions: please [open an issue][] on our repository.\n\n[open an issue]: https://github.com/acme/tool/issues/new\n',
      formats: ['markdown'],
    },
    { text: 'If you have questions, contact me via https://example.dev/about', name: '"contact me" before a URL' },
    // A forum or message board offered for questions: a public way to reach the publisher.
    {
      name: 'leave a message on the forum',
      text: '# Privacy\n\nFor any question about this policy, please leave a message [on the forum](https://talk.example.org/).',
      formats: ['markdown'],
    },
    { text: 'Privacy questions? Ask them in our community forum: https://community.example.org/c/privacy' },
    { text: 'Privacy\nPost your questions in the support forum at https://help.example.org', formats: ['plaintext'] },
    { text: 'Drop us a line through https://example.org/hello if anything here is unclear.' },
      // t9gen: the business's own address beside a provider's.
    { name: "the operator's own address", text: 'This website is operated by Acme Ltd, 12 High Street, London EC1A 1BB.' },
    {
      name: 'a provider named, then our own address',
      text: 'Our hosting provider stores your data in Germany. Write to us at 12 High Street, London EC1A 1BB.',
    },
    // A link relative to the policy opens the site's own contact page.
    { name: 'a relative link to a contact page', text: '## Questions\n\nIf you have a concern, please [contact us](contact-details.md).', formats: ['markdown'] },
    { name: 'a relative link up a folder, named by its words', text: 'For privacy questions, [get in touch](../about/team.html) and we will reply within a month.', formats: ['markdown'] },
    { name: 'a reference-style relative link', text: 'Send requests through [our request form][f].\n\n[f]: ./privacy-request/', formats: ['markdown'] },
  ],
  invalid: [
    {
      name: 'a relative link to another page is no contact',
      text: '## Cookies\n\nSee [our cookie notice](cookies.md) for the cookies we set.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an anchor in this page is no contact of its own',
      text: '## Questions\n\nPlease [contact us](#contact).',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'another scheme is no web page',
      text: 'Please [contact us](javascript:void(0)) with questions.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an example address in a code block is no contact',
      text: '## Contact us\n\n    E-mail: someone@example.com\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: "a service provider's address in a code block is not ours",
      text: '## Hosting\n\nWe are using the following host:\n\n    support@github.com\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    // t9gen: a service provider's address is not ours.
    {
      name: 'the host named under a lead-in (plain text address lines)',
      text: 'We are using the following host:\n\nGitHub Inc.\n88 Colin P Kelly Jr St\nSan Francisco, CA 94107',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"hosted by" before the address',
      text: 'This website is hosted by Acme Hosting Ltd, 5 Main Street, Leeds LS1 4AB.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "Provider:" label (Markdown list)',
      text: '## Analytics\n\n- Provider: Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland, PO Box 1234',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a forum that is only described is no way to reach us',
      text: 'Privacy\n\nWhen you post on the forum (https://forum.example.org), your posts are public.',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'leaving a comment on the blog is no contact route',
      text: 'Privacy\n\nIf you leave a comment on our blog at https://blog.example.org we store your name.',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'a reference link that is no way to reach us',
      text: '# Privacy\n\nWe use the [Play Store crash reports][gp].\n\n[gp]: https://policies.example.com/privacy\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'a reference without a definition',
      text: '# Privacy\n\nReach me on the [bug tracker][bugs].\n',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    // missing
    {
      name: 'Mastodon style: no contact at all',
      text: 'Privacy Policy\n\nWe collect your e-mail address.\n\nYou can delete your account in the settings.',
      errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error' }],
    },
    {
      name: 'points at the Contact heading',
      text: '# Privacy\n\nWe collect data.\n\n## Contact us\n\nTalk to our support team in the app.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: 'the regulator\'s details are not the business\'s (seed 004 section 11)',
      text:
        'Privacy Policy\n\n11. The Information Regulator\n\nYou have the right to lodge a complaint with the Information Regulator. Contact details:\n\n' +
        '  • Email: inforeg@justice.gov.za\n  • Address: JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001\n  • Telephone: 010 023 5207\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      text: 'You may complain to the ICO at casework@ico.org.uk or on 0303 123 1113.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a processor\'s privacy policy link is not a contact',
      text: 'Payments are processed by Stripe ([Privacy Policy](https://stripe.com/privacy)).',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'numbers that are not phone numbers',
      text: 'Registration number 2026/423844/07. Version 1.2.3.4567. Logs are kept 30 90 180 days.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    // gluedEmail
    {
      name: 'seed 001 line 58',
      text: 'To exercise any right, email dpo@leadconneqt.comwith "GDPR Request" in the subject line.',
      errors: [{ messageId: 'gluedEmail', line: 1, column: 30, endColumn: 53, severity: 'error' }],
    },
    {
      text: 'Contact us at privacy@acme.coPlease include your name.',
      errors: [{ messageId: 'gluedEmail', line: 1, column: 15, endColumn: 36 }],
    },
    {
      name: 'glued after bold markup',
      text: 'Email **privacy@acme.com**and we will answer.',
      formats: ['markdown'],
      errors: [{ messageId: 'gluedEmail', line: 1, column: 9, endColumn: 30 }],
    },
    {
      name: 'glued address in a bullet',
      text: 'Rights:\n\n- Erasure: email dpo@acme.comfor deletion.',
      errors: [{ messageId: 'gluedEmail', line: 3, column: 18 }],
    },
    // obfuscatedEmail — and no "missing" on top of it
    {
      name: 'seed 003: the only address was obfuscated',
      text: 'Your rights\n\n  • Objection to processing — email [email protected]\n\nContact\n\nDPO / privacy inquiries — [email protected].',
      formats: ['plaintext'],
      errors: [
        { messageId: 'obfuscatedEmail', line: 3, column: 37, endColumn: 54, severity: 'error' },
        { messageId: 'obfuscatedEmail', line: 7, column: 27, endColumn: 44 },
      ],
    },
    {
      text: '## Contact\n\n**Email:** [email\u00a0protected]',
      formats: ['markdown'],
      errors: [{ messageId: 'obfuscatedEmail', line: 3, column: 12 }],
    },
    {
      name: 'obfuscated next to a real address',
      text: 'Email [email protected] or write to privacy@acme.com.',
      errors: [{ messageId: 'obfuscatedEmail', line: 1, column: 7 }],
    },
    {
      name: 'obfuscated, with the no-break space still an HTML entity (page source pasted as text)',
      text: 'Privacy contact\nEmail: [email&#160;protected]\nOpening hours: 9-17',
      formats: ['plaintext'],
      errors: [{ messageId: 'obfuscatedEmail', line: 2, column: 8 }],
    },
    // exampleEmail
    { text: 'Email us at privacy@example.com.', errors: [{ messageId: 'exampleEmail', line: 1, column: 13, endColumn: 32 }] },
    // malformedEmail
    { text: 'Contact: privacy@@acme.com', errors: [{ messageId: 'malformedEmail', line: 1, column: 10, endColumn: 27 }] },
    { text: 'Email privacy @ acme.com for help.', errors: [{ messageId: 'malformedEmail', line: 1, column: 7, endColumn: 25 }] },
    { text: 'Email privacy@acme for help.', errors: [{ messageId: 'malformedEmail', line: 1, column: 7, endColumn: 19 }] },
    { text: 'We look at data dot by dot, never at people.', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { text: 'Our records officer can be reached at records@stmarysparish for any request.', errors: [{ messageId: 'malformedEmail', line: 1, column: 39 }] },
    { text: 'Requests sent to dpo@northfieldcouncil are answered within a month.', errors: [{ messageId: 'malformedEmail', line: 1, column: 18 }] },
    {
      name: 'a malformed address next to a good one',
      text: '| Topic | Contact |\n|---|---|\n| Privacy | privacy@@acme.com |\n| Support | support@acme.com |',
      formats: ['markdown'],
      errors: [{ messageId: 'malformedEmail', line: 3, column: 13 }],
    },
    // malformedUrl
    {
      text: 'Email privacy@acme.com or visit htp://acme.com/contact or https//acme.com.',
      errors: [
        { messageId: 'malformedUrl', line: 1, column: 33, endColumn: 55 },
        { messageId: 'malformedUrl', line: 1, column: 59, endColumn: 74 },
      ],
    },
    {
      name: 'the only contact page is malformed: no "missing" on top of it',
      text: 'Submit a request at http:/acme.com/privacy-request.',
      errors: [{ messageId: 'malformedUrl', line: 1, column: 21 }],
    },
  ],
});

describe('contact-details messages', () => {
  it('suggests the fix for a glued address', () => {
    const [m] = run(rule, { text: 'Email dpo@leadconneqt.comwith "GDPR Request".' }, 'plaintext').messages;
    expect(m?.message).toBe('The e-mail address "dpo@leadconneqt.com" is glued to the next word ("dpo@leadconneqt.comwith").');
    expect(m?.suggestion).toBe('Insert a space after the address: "dpo@leadconneqt.com with".');
  });
  it('suggests the fix for a malformed address and URL', () => {
    const messages = run(rule, { text: 'Email privacy@@acme.com or see https//acme.com/contact.' }, 'plaintext').messages;
    expect(messages.map((m) => m.suggestion)).toEqual(['Write the address as "privacy@acme.com".', 'Write it as "https://acme.com/contact".']);
  });
  it('records evidence of the contact details', () => {
    const result = run(rule, { text: 'Intro.\n\nEmail privacy@acme.com.' }, 'plaintext');
    expect(result.requirements).toMatchObject([{ item: 'contact details', status: 'met', line: 3, column: 7 }]);
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

  it('000: e-mail addresses; "[Address]" is left to placeholder-text', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: ['met 224:30'] });
  });
  it('001: the address glued to "with" on line 58, nothing else', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({ messages: ['58:30 gluedEmail'], evidence: ['met 8:34'] });
  });
  it('002: silent', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: [], evidence: ['met 122:10'] });
  });
  it('003: both obfuscated addresses, and no "missing" on top', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({
      messages: ['60:37 obfuscatedEmail', '72:27 obfuscatedEmail'],
      evidence: ['partial 60:37'],
    });
  });
  it('004: silent; its own address counts, the regulator\'s does not', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: ['met 8:39'] });
  });
  it('GitHub 2017: privacy@github.com', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: ['met 130:259'] });
  });
  it('Mastodon: no contact details at all', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: ['1:1 missing'], evidence: ['missing'] });
  });
});
