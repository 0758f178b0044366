import { describe, expect, it } from 'vitest';
import rule from '../../../rules/ccpa/request-methods.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const J = ['ccpa'] as const;

testRule(rule, {
  valid: [
    {
      name: 'a collection statement that speaks of a request still designates its form',
      text: 'To exercise your rights, submit a request through our online request form; when you do, we collect your name to verify you. You may also call 1-800-555-0199.',
      jurisdictions: [...J],
    },
    { name: 'toll-free number and e-mail', text: 'How to submit a request\n\nCall us toll-free at 1-800-555-0100 or email privacy@example.com to exercise your rights.', jurisdictions: [...J] },
    { name: 'toll-free by area code, and a web form', text: 'To exercise your California rights, submit a request through our online request form or call (888) 555-0199.', jurisdictions: [...J] },
    {
      name: 'bullets in a "How to exercise your rights" section',
      text: '## How to Exercise Your Rights\n\n- Phone: +1 877 555 0123\n- Web: our privacy request portal\n- Email: privacy@example.com',
      formats: ['markdown'],
      jurisdictions: [...J],
    },
    {
      name: 'plain-text table cells',
      text: 'Submitting requests\n\nMethod\tDetails\nToll-free\t1-866-555-0142\nEmail\trequests@example.com',
      formats: ['plaintext'],
      jurisdictions: [...J],
    },
    { name: 'online-only business with an e-mail address', text: 'We operate exclusively online. To submit a request to know, delete or correct, email privacy@example.com.', jurisdictions: [...J] },
    { name: 'option onlineOnly with an e-mail address', text: 'To exercise your rights, email privacy@example.com.', options: { onlineOnly: true }, jurisdictions: [...J] },
    { name: 'GDPR-only policy: the rule does not run', text: 'Contact privacy@example.com.', jurisdictions: ['gdpr'] },
    // A form on a page, a web address with a path, a hotline to dial.
    {
      text: 'You can exercise your California privacy rights by calling us at 800-555-0175 or by visiting example.com/privacy/requests.',
      jurisdictions: [...J],
    },
    { text: 'To submit a request, fill out the form on our Privacy Rights page or dial our free hotline 1-844-555-0123.', jurisdictions: [...J] },
    { text: 'California residents may make a request through our privacy request page or by calling our freephone number (888) 555-0199.', jurisdictions: [...J] },
    {
      name: 'a table of labelled methods',
      text: '| Channel | Where |\n|---|---|\n| Telephone (free) | 1-844-555-0133 |\n| Web | acme.com/privacy/request |\n| Post | Privacy Team, 1 Main St, Austin, TX 78701 |',
      formats: ['markdown'],
      jurisdictions: [...J],
    },
    {
      name: 'a list of labelled methods, no heading (both readers)',
      text: '- **Via phone:** 1-866-555-0190 (toll free)\n- **Online** – the request form under Settings',
      jurisdictions: [...J],
    },
    { name: 'the "Privacy Request" form on our website', text: 'Use the "Privacy Request" form on our website or ring us on 1-866-555-0145.', jurisdictions: [...J] },
    {
      name: 'labelled lines of one paragraph, broken by hard line breaks (Markdown)',
      text: '### Submit a request\n\n**Online:** [acme.io/privacy-request](https://acme.io/privacy-request)  \n**Toll-free phone:** 1-888-555-0123  \n**Mail:** Acme Inc., 10 Elm St, Fresno, CA 93701\n',
      formats: ['markdown'],
      jurisdictions: [...J],
    },
    {
      name: 'labelled lines in plain text',
      text: 'HOW TO SUBMIT A REQUEST\nE-mail: privacy@acme.com\nPhone: 1-877-555-0144 (toll free)\n',
      formats: ['plaintext'],
      jurisdictions: [...J],
    },
  ],
  invalid: [
    // What is collected through a form is no way to make a request.
    {
      name: 'markdown: "When you submit a contact form …, we collect:" then a list',
      text: '## Information we collect\n\nWhen you submit a contact form or other inquiry through this website, we collect:\n\n- your name\n- your e-mail address\n\n## California rights\n\nTo exercise these rights, contact us at the address below.',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'tooFewMethods', line: 8 }],
    },
    {
      name: 'plain text: "If you fill out our volunteer form, we store …" in a California section',
      text: 'Your California Privacy Rights\n\nIf you fill out our online volunteer form, we store your answers for a year. To make a request, e-mail privacy@helpers.example.',
      formats: ['plaintext'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1 }],
    },
    {
      name: 'labelled lines of the data collected are no methods',
      text: 'Information we collect\nEmail: your e-mail address\nPhone: your phone number\n',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'tooFewMethods', line: 1 }],
    },
    {
      name: 'labelled lines with a placeholder telephone: two methods, no toll-free number',
      text: '### Submit requests\n\n**Online:** [acme.io/ccpa](https://acme.io/ccpa)  \n**Email:** ccpa@acme.io  \n**Phone:** +1 (555) XXX-XXXX\n',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFreeOnline', line: 1 }],
    },
    {
      name: 'a list of the data collected is no list of methods',
      text: 'What we collect\n\n- Email: your address\n- Phone: your mobile number\n- Mail: your postal address\n\nTo make a request, email privacy@acme.com.',
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1 }],
    },
    {
      name: 'one labelled method is no list of methods',
      text: '- **Online:** www.acme.com/account\n- Newsletter: monthly\n\nRequests: privacy@acme.com',
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1 }],
    },
    {
      name: 'only an e-mail address, nothing offline: a hint at the California heading',
      text: 'Privacy Policy\n\nCalifornia Privacy Rights\n\nTo exercise your rights, email privacy@example.com.',
      formats: ['plaintext'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 3, column: 1, severity: 'info' }],
    },
    {
      name: 'only an e-mail address (Markdown heading)',
      text: '# Privacy Policy\n\n## California Privacy Rights\n\nTo exercise your rights, email privacy@example.com.',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 3, column: 1 }],
    },
    {
      name: 'nothing at all: error at line 1',
      text: 'Privacy Policy\n\nWe collect your name.',
      jurisdictions: [...J],
      errors: [{ messageId: 'tooFewMethods', line: 1, column: 1 }],
    },
    {
      name: 'postal address among collected categories is not a method',
      text: 'Information we collect\n\n- Your mailing address and telephone number\n\nYour Rights\n\nEmail us at privacy@example.com to make a request.',
      formats: ['plaintext'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 5, column: 1 }],
    },
    {
      name: 'postal address among collected categories is not a method (Markdown)',
      text: '## Information we collect\n\n- Your mailing address and telephone number\n\n## Your Rights\n\nEmail us at privacy@example.com to make a request.',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 5, column: 1 }],
    },
    {
      name: 'negated method: "we do not accept requests by phone"',
      text: 'Requests\n\nEmail privacy@example.com to submit a request. We do not accept requests by phone.',
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1, column: 1 }],
    },
    {
      name: '"write us at" and an address: postal mail is a second method',
      text: 'California requests: contact us at privacy@example.com or write us at:\n\nAcme, Inc.\n410 Elm Road\nSpringfield, CA 90000',
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFreeOnline', line: 1, column: 1, severity: 'info' }],
    },
    {
      name: '"write us a review" is no method',
      text: '## Your Rights\n\nTo make a request, email privacy@example.com. Happy with the app? Write us a review in the store.',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1, column: 1 }],
    },
    {
      name: 'two methods with e-mail but no toll-free number, nothing offline: a hint',
      text: '## Your Rights\n\nTo make a request, email privacy@example.com or write to us at 1 Main St, San Francisco, CA.',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFreeOnline', line: 1, column: 1, severity: 'info' }],
    },
    {
      name: 'a local number is not toll-free',
      text: 'Contact Us\n\nTo submit a request, call us at (415) 555-0100 or email privacy@example.com.',
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFreeOnline', line: 1, column: 1 }],
    },
    // Anything that says the business deals with consumers offline keeps the findings at their severities.
    {
      name: 'an e-mail address and retail stores: error',
      text: 'To exercise your rights, email privacy@example.com.\n\nOur stores are open every day from 9 to 5.',
      jurisdictions: [...J],
      errors: [{ messageId: 'tooFewMethods', line: 1, severity: 'error' }],
    },
    {
      name: 'e-mail and mail with a call centre that takes orders: warning',
      text: '## Orders\n\nOur call center takes orders seven days a week.\n\n## Your rights\n\nTo make a request, email privacy@example.com or write to us at 1 Main St, San Francisco, CA.',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFree', line: 5, severity: 'warning' }],
    },
    {
      name: '"visit us at" a showroom, one e-mail address: error',
      text: 'Visit us at 12 Elm Street to try our bikes. To exercise your California rights, email rights@example.com.',
      jurisdictions: [...J],
      errors: [{ messageId: 'tooFewMethods', line: 1, severity: 'error' }],
    },
    {
      name: 'in-store purchases and our clinics, e-mail and a web form: warning',
      text: 'We collect your purchase history when you buy in-store or visit our clinics.\n\nSubmit a request through our online request form or email privacy@example.com.',
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFree', line: 1, severity: 'warning' }],
    },
    {
      name: 'a web form and postal mail, no e-mail address: warning (the online exception requires an e-mail address)',
      text: 'To exercise your rights, submit a request through our online request form or write to us at PO Box 12, Reno, NV 89501.',
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFree', line: 1, severity: 'warning' }],
    },
    {
      name: '"we have no physical stores" is no offline dealing: a hint',
      text: 'We have no physical stores. To exercise your rights, email privacy@example.com.',
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1, severity: 'info' }],
    },
    {
      name: '"our server stores data" is no store: a hint',
      text: 'Our server stores your settings. Requests: email privacy@example.com or use the in-app privacy dashboard.',
      jurisdictions: [...J],
      errors: [{ messageId: 'noTollFreeOnline', line: 1, severity: 'info' }],
    },
    {
      name: 'online-only without an e-mail address',
      text: 'We are an online-only business. Requests: see our help pages.',
      jurisdictions: [...J],
      errors: [{ messageId: 'noEmail', line: 1, column: 1 }],
    },
    {
      name: 'a form and a web address outside any request context are no methods',
      text: 'Privacy Policy\n\nOur newsletter sign-up form is at acme.com/newsletter. Email privacy@acme.com to exercise your rights.',
      formats: ['plaintext'],
      jurisdictions: [...J],
      errors: [{ messageId: 'emailOnly', line: 1 }],
    },
  ],
});

describe('ccpa/request-methods messages', () => {
  it('names the methods it found', () => {
    const result = run(rule, { text: 'To exercise your rights, email privacy@example.com. You can also shop in store.', jurisdictions: ['ccpa'] }, 'plaintext');
    expect(result.messages[0]?.message).toBe(
      'The policy designates 1 method(s) for submitting requests to know, delete or correct (e-mail); Cal. Civ. Code §1798.130(a)(1)(A) requires two or more, including a toll-free telephone number.',
    );
  });
  it('an e-mail address alone, nothing offline: the hint says the toll-free number is required unless the business operates exclusively online', () => {
    const result = run(rule, { text: 'To exercise your rights, email privacy@example.com.', jurisdictions: ['ccpa'] }, 'plaintext');
    expect(result.messages.map((m) => [m.messageId, m.severity])).toEqual([['emailOnly', 'info']]);
    expect(result.messages[0]?.message).toMatch(/toll-free telephone number, unless the business operates exclusively online/);
  });
});

describe('on the real policies', () => {
  const lint = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId}`);

  it('seed 000 (gdpr+ccpa): e-mail, in-app settings and a mailing address, but no toll-free number and no "exclusively online", and nothing offline (a software service) — a hint at the CCPA heading', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual(['236:1 info noTollFreeOnline']);
  });
  for (const file of [
    'seeds/001_5d45be2437642316.txt',
    'seeds/002_d0849b8b0e039e27.txt',
    'seeds/003_a73e55a167ae72aa.txt',
    'seeds/004_9676fbca8d62b176.txt',
    'corpus/github-privacy-statement-2017.md',
    'corpus/mastodon-default-privacy-policy.md',
  ]) {
    it(`${file}: not a CCPA policy — silent`, () => expect(lint(file)).toEqual([]));
  }
});

// Phrasings found by the blind heldout4 set, in new words: the organisation in the third
// person, table headers that lead rows in, definitions, plain-words rights (see CHANGELOG).
testRule(rule, {
  valid: [
    { text: "To make a request, call our toll-free line at 1-888-555-0142 or hand in a written request at the reception of any of our clinics.", jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { text: "To make a request, call our toll-free line at 1-888-555-0142.", jurisdictions: ['ccpa'], errors: [{messageId:'tooFewMethods',line:1}] },
  ],
});

// A postal address given where requests are made is the postal method, in the sentence
// that gives the e-mail address too.
testRule(rule, {
  valid: [
    {
      name: 'e-mail or a street address, one sentence, with a toll-free number',
      text: 'To exercise these rights, contact us at privacy@example.com or at Example LLC, 410 N Harbor Blvd, Fullerton, CA 92832. You may also call 1-888-555-0142.',
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'e-mail and a street address: two methods, no toll-free number',
      text: 'If you have questions about exercising these rights, contact us at privacy@example.com or at Example LLC, 77 West Elm Street, Suite 4, Springfield, IL 62701 USA.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'noTollFreeOnline', line: 1 }],
    },
    {
      name: 'an address outside a request context is no method',
      text: 'Our office is at 77 West Elm Street, Springfield, IL 62701. Contact us at privacy@example.com.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'emailOnly', line: 1 }],
    },
  ],
});

// A California notice at collection: a table of the data collected names no method; a named
// section of the privacy policy on how to exercise the rights gives them (see rules/ccpa/shared/cross-reference.ts).
testRule(rule, {
  valid: [
    {
      name: 'a data table and a named section of the privacy policy',
      text: '# California Notice at Collection\n\n| Category of personal information | Purposes |\n|---|---|\n| Contact information (such as your phone number) | Support |\n\nPlease see the “Your Rights” section of our Privacy Policy for how to exercise your rights.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
    },
  ],
  invalid: [
    {
      name: 'a data table alone designates no method',
      text: '# California Notice at Collection\n\n| Category of personal information | Purposes |\n|---|---|\n| Contact information (such as your phone number) | Support |\n\nSee our Privacy Policy for your rights.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'tooFewMethods', line: 1 }],
    },
  ],
});

// A portal of the business's own people is a web method (t8pc).
testRule(rule, {
  valid: [
    { name: 'member portal and toll-free number', text: 'Members can submit a request via our member portal or by calling 1-888-555-0142.', jurisdictions: [...J] },
    { name: 'employee portal and toll-free hotline', text: 'Staff may exercise these rights through the Workday employee portal or on the benefits hotline, (866) 555-0190.', jurisdictions: [...J] },
  ],
  invalid: [
    { name: 'a portal alone is one method', text: 'To make a request, log in through the customer portal.', jurisdictions: [...J], errors: [{ messageId: 'tooFewMethods', line: 1 }] },
  ],
});
