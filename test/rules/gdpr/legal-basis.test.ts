import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/legal-basis.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    // Bases in plain words: a contract with what it is for, the law with what it governs, consent as what allows us.
    { name: '"to perform our gym membership agreement with you"', text: 'We keep your class bookings because it is necessary to perform our gym membership agreement with you.' },
    { name: '"as set out in the tenancy agreement"', text: 'We need your bank details to collect rent as set out in the tenancy agreement.' },
    { name: '"the rules for charities oblige us to"', text: 'We keep gift aid records for six years because the rules for registered charities oblige us to keep them.' },
    { name: '"the laws that apply to banks require us to"', text: 'We check your identity, as the laws that apply to banks require us to do so.' },
    { name: '"your permission is what lets us"', text: 'We text you reminders only after you opt in. Your permission is what lets us contact you this way.' },
    { name: '"only because you gave us your permission"', text: 'We text you reminders only because you gave us your permission at booking.', jurisdictions: ['gdpr'] },
    { name: '"because you ticked the box"', text: 'You get our newsletter because you ticked the box when you joined.', jurisdictions: ['gdpr'] },
    { name: '"only if you tick the box"', text: 'We email you offers only if you tick the marketing box.' },
    { name: '"only when you switch it on"', text: 'Your location is used only when you switch it on in the app.' },
    { name: '"that is, with your consent"', text: 'The thermostat shares your schedule with your installer if you ask it to — that is, with your consent.' },
    { name: 'plain text: "in other words, on the basis of your consent"', text: 'NEWSLETTER\nWe send newsletters once you opt in; in other words, on the basis of your consent.', formats: ['plaintext'] },
    { name: '"Terms of Service" as the short name of the contract basis', text: 'Legal basis: Terms of Service (performance of our agreement with you).' },
    { name: 'a contract basis with a pointer to the terms after it', text: 'Legal basis: contract — see our Terms of Service.' },
    { name: 'a legal obligation in plain words: "necessary for us to comply with the law"', text: 'We keep invoices for seven years; this is necessary for us to comply with the law.' },
    { name: 'a legal obligation in plain words: "we have a legal duty to keep them"', text: 'We hold your medical records because we have a legal duty to keep them.' },
    { name: 'a line labelled "Basis:" (plain text)', text: 'NEWSLETTER\n\nBasis: consent (you can withdraw it at any time).', formats: ['plaintext'] },
    { name: 'Markdown: a column asking "Why I\'m allowed to"', text: '| What I do with it | Why I\'m allowed to |\n|---|---|\n| Invoicing you | Contract |\n| Keeping tax records | Legal obligation |', formats: ['markdown'] },
    { name: 'a "Justification" column', text: '| Use | Justification |\n|---|---|\n| Booking lessons | Contract |', formats: ['markdown'] },
    { name: 'legal obligation: "required by <named> law to"', text: 'We are required by Belgian accounting law to keep your invoices for seven years.' },
    { name: 'consent: "we only process … with your consent"', text: 'We only send you our newsletter with your prior consent.' },
    { name: 'consent: "where you have consented … on that basis"', text: 'Where you have opted in to reminders, we use your phone number on that basis.' },
    // Vital interests and consent in plain words.
    { name: 'vital interests as "to protect your life"', text: 'If you collapse at the gym, staff may pass your medical notes to paramedics where this is needed to protect your life.' },
    { name: "vital interests for someone else's life", text: "We may disclose a guest's room number to the emergency services to save another person's life." },
    { name: 'consent as "the sole legal basis"', text: 'For the newsletter, your consent is the sole legal basis we rely on.' },
    { name: 'consent as "the one and only ground"', text: 'Your consent is the one and only ground for the photo gallery, nothing else.' },
    { name: '"because you said yes"', text: 'We send you the weekly digest because you said yes when you signed up.' },
    { name: 'consent referred back to: "we rely on that consent"', text: 'Members who tick the box receive our match reports by e-mail; we rely on that consent for these mailings.' },
    // The words of Art. 6(1) and their paraphrases.
    { text: 'We process your account data because it is necessary for the performance of our contract with you.' },
    { text: 'We process this data to fulfil our contract with you.' },
    { text: 'Processing is necessary for entering into a contract with you.' },
    { text: 'Some data is processed on a contractual basis.' },
    { text: 'We keep invoices because it is necessary for compliance with a legal obligation to which we are subject.' },
    { text: 'In an emergency we may process health data to protect your vital interests.' },
    { text: 'Some processing is carried out as a task in the public interest.' },
    { text: 'We may process your data for our legitimate business interests, such as fraud prevention.' },
    // Consent framed as a basis.
    { text: 'We rely on your consent to send you marketing emails.' },
    { text: 'Analytics cookies are set based on your consent.' },
    { text: 'Where you have given us your consent, we process your data for marketing.' },
    { text: 'We collect your information only with your consent.', name: 'GitHub 2017: processing only with consent' },
    { text: 'Marketing emails are sent on the basis of your explicit consent.' },
    // Article 6 references.
    { text: 'The legal basis for this processing is Art. 6(1)(b) GDPR.' },
    { text: 'Legal basis: Art. 6 para. 1 lit. f GDPR.' },
    { name: 'German-style citation, "par."', text: 'Legal base for the processing is the art. 6 par. 1 lit. c GDPR, as tax law obliges us to keep invoices.' },
    { name: '"Article 6 (1) b)"', text: 'Legal ground: Article 6 (1) b) GDPR, as we need the data to deliver your order.' },
    { name: '"Art. 6 Abs. 1 lit. b"', text: 'Rechtsgrundlage / legal basis: Art. 6 Abs. 1 lit. b GDPR (performance of the contract).' },
    { name: '"Art. 6(1) lit. a" and "Art. 6(1) letter f"', text: 'We process newsletter data under Art. 6(1) lit. a GDPR and server logs under Art. 6(1) letter f GDPR.' },
    { text: 'Rechtsgrundlage / legal basis: Article 6(1)(a) GDPR.' },
    // Short names inside a basis context.
    { text: 'Lawful basis: consent.' },
    { text: 'Our grounds for processing your data are the contract we have with you and our legal obligations.' },
    {
      name: 'seed 002: a list under a "Legal Bases" heading',
      text: '## 3. Legal Bases for Processing (GDPR)\n\nWhere applicable, processing is based on:\n\n- Contract performance  \n- Legitimate interest (security, debugging, product improvement)  \n- Compliance with legal obligations  \n- User consent (for optional features)',
      formats: ['markdown'],
    },
    { text: 'Legal bases for processing\n\n• Consent\n• Contract', formats: ['plaintext'], name: 'plain-text heading and bullets' },
    { text: '**Legal basis**\n\n- Consent\n- Contract', formats: ['markdown'], name: 'a bold line as a heading' },
    {
      name: 'seed 001: a pipe table with a "Lawful basis" column',
      text: '3. Why we use it (lawful basis under GDPR Art. 6)\n| Purpose | Data used | Lawful basis |\n|---|---|---|\n| Provide the Service | Account + content | Contract |\n| Marketing emails | Email | Consent |',
    },
    { text: '| Purpose | Basis |\n|---|---|\n| Orders | Contract |', formats: ['markdown'], name: 'a "Basis" column' },
    { text: 'Purpose\tLegal basis\nNewsletter\tConsent', formats: ['plaintext'], name: 'a tab table' },
    // Declarations.
    { text: 'We do not rely on consent as a legal basis.' },
    { text: 'We do not rely on legitimate interests.' },
    { text: 'We never process data based on consent.' },
    { text: 'We do not collect any personal data.' },
    { text: 'This website does not collect or process personal data.' },
    { text: "We don't collect personal information at all." },
    // Code is not prose, but the basis is stated elsewhere.
    { text: 'Legal basis: contract.\n\n```\nconsent = true\n```', formats: ['markdown'] },
    // Bases in other words: carrying out an agreement, a legal duty stated as such, consent as "opted in".
    { text: 'We process your order details because we need them to deliver what you bought under our terms of sale.' },
    { text: 'We need your card details to charge you as set out in our terms and conditions.' },
    { text: 'We use your address because we need it to fulfil the contract with you.' },
    { text: 'We are legally required to keep your invoices for ten years.' },
    { text: 'Tax law obliges us to keep invoices for ten years.' },
    { text: 'We send our newsletter only if you have opted in.' },
    { text: 'Cookies that measure visits are set only after you have given your permission.' },
    {
      name: 'a heading asking what entitles us, short names under it',
      text: 'Why we can use your data\n\nYou agreed to it when you ticked the newsletter box; for orders, our agreement with you.',
    },
    { text: 'Legal grounds: your permission (newsletter) and our agreement with you (orders).' },
    { text: '## Legal basis\n\n- Newsletter: you opted in\n- Orders: the terms of sale', formats: ['markdown'] },
    { text: 'Our lawful reason for processing your data is your consent.' },
    { text: 'Processing is necessary to carry out the contract you have with us.' },
    { text: 'You have given us permission to send you our newsletter.' },
    // Bases in plain words (heldout4): the agreement the reader entered into, a permission relied on, a law that binds a trade, a basis in parentheses.
    { name: 'contract: "perform the agreement you entered into with us"', text: 'We need your email address to perform the agreement you entered into with us when you signed up.' },
    { name: 'contract: "fulfil the contract that you have concluded"', text: 'Delivery addresses are used to fulfil the contract that you have concluded with the shop.' },
    { name: 'contract: "honour the agreement we have with you"', text: 'We use your billing details to honour the agreement we have with you.' },
    { name: 'consent: "we rely on that permission"', text: 'If you tick the newsletter box, we rely on that permission to email you.' },
    { name: 'bases as labels in parentheses', text: 'We send the newsletter to subscribers (your consent) and keep invoices for ten years (legal obligation).' },
    { name: 'contract as a label: "(performance of a contract)"', text: 'We use your address to deliver your parcel (performance of a contract).' },
    { name: 'legal obligation: "because the law requires pharmacies to keep them"', text: 'We keep prescriptions because the law requires pharmacies to keep them for five years.' },
    { name: 'legal obligation: "since tax law requires us to"', text: 'Invoices are archived since tax law requires us to keep them.', formats: ['plaintext'] },
    { name: 'the German citation with the sentence of the paragraph', text: 'Legal basis for this processing is Art. 6 para. 1 sentence 1 lit. b GDPR.' },
    { name: 'the German citation, abbreviated ("Abs. 1 S. 1 lit. f")', text: 'Rechtsgrundlage ist Art. 6 Abs. 1 S. 1 lit. f DSGVO.', formats: ['plaintext'] },
    { name: 'legal obligation: "to fulfil our legal obligations under commercial and tax law"', text: 'Invoices are stored to fulfil our legal obligations under commercial and tax law.' },
    { name: 'legal obligation: "justified by our obligations under tax law"', text: 'Keeping your receipts is justified by our obligations under the Tax Code.', formats: ['plaintext'] },
    { name: 'consent as the reason: "because you agreed to it"', text: 'We send you offers by text message because you agreed to it when you signed up.' },
    { name: 'consent as the reason: "since you have consented"', text: 'We use your location since you have consented in the app settings.', formats: ['plaintext'] },
    { name: 'consent as a basis: "rests upon your consent"', text: 'Sending you our magazine rests upon your consent, given when you subscribed.' },
    { name: 'consent as a basis: "is founded on your express consent"', text: 'The use of your location is founded on your express consent.' },
    {
      name: '"the processing rests on" opens a basis context for the short names',
      text: 'The processing of your booking rests on the following grounds:\n\n- Contract\n- Legal obligation',
      formats: ['markdown'],
    },
    { name: 'the paragraph cited with full stops: "art. 6.1.b RGPD"', text: 'We need your delivery address; our legal basis is art. 6.1.b RGPD.', formats: ['plaintext'] },
    {
      name: 'the paragraph cited as "art. 6 1. f of the GDPR"',
      text: '### Why we may do this\n\nThe legal ground for the usage statistics is art. 6 1. f of the GDPR.',
      formats: ['markdown'],
    },
  ],
  invalid: [
    { name: 'a data processing agreement is no contract with the reader', text: 'Our host stores your files as needed under our data processing agreement with them.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"this agreement is what allows us" with no opt-in before it', text: 'This agreement is what allows us to offer the service.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"that is, consent forms" names no basis', text: 'We send reminders, that is, consent forms for your child.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a box the reader may tick to stop something is no opt-in', text: 'We send you reminders; you can tick the box to stop them.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a "Basis:" label that names nothing', text: 'Basis: see below.', errors: [{ messageId: 'unnamed', line: 1 }] },
    { name: '"Legal basis: see our Terms of Service" points to a document', text: 'Legal basis: see our Terms of Service.', errors: [{ messageId: 'unnamed', line: 1 }] },
    {
      name: 'a basis section that refers to the Terms and Conditions (Markdown)',
      text: '## Lawful basis\n\nPlease refer to the Terms and Conditions for the basis of each processing activity.',
      formats: ['markdown'],
      errors: [{ messageId: 'unnamed', line: 1 }],
    },
    {
      name: 'the basis "explained in our Terms of Use" (plain text)',
      text: 'LEGAL BASIS\n\nThe legal basis for each processing activity is explained in our Terms of Use.',
      formats: ['plaintext'],
      errors: [{ messageId: 'unnamed', line: 1 }],
    },
    {
      name: 'a "Why we do it" column holds purposes, not bases',
      text: '| What we collect | Why we do it |\n|---|---|\n| Your email | Contract reminders |',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"Art. 6.1." ending a sentence cites no point: the next sentence\'s "A" is no letter',
      text: 'The lawful basis is explained in Art. 6.1. A copy of the register is kept by our office.',
      errors: [{ messageId: 'unnamed', line: 1 }],
    },
    {
      name: 'the reader required by law is no basis of ours',
      text: 'You are required by law to tell the truth on the form, and we only reply when you write to us.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'protecting your data is no vital interest',
      text: 'We use encryption to protect your data and your account.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"consent is not the basis" names none',
      text: 'Your consent is not the basis for this; we explain below how we handle your data.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"that consent" in a sentence about withdrawing it is no basis',
      text: 'You can withdraw that consent by replying STOP.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: "the reader's obligations under the terms are no basis",
      text: 'You must fulfil your obligations under the terms of use.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'agreement as the reason, negated: no basis',
      text: 'We cannot delete your account because you have not agreed to the new terms.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a sentence of Art. 6(1) without a point names no basis',
      text: 'The second sentence, Art. 6 para. 1 sentence 2 GDPR, does not apply to public authorities.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'something else resting on trust, consent only withdrawn',
      text: 'Our relationship with you rests upon trust. You may withdraw your consent at any time.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a law named without a duty, a contract named without processing for it, consent only withdrawn',
      text: 'All processing is carried out in accordance with the law. Our agreement with you is governed by Irish law. You may withdraw your consent at any time.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a negated parenthesis is no basis, nor a law that "requires" nothing of the controller',
      text: 'We do not rely on permission for analytics. The law requires that you are told about cookies.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'an article 6 that names no point: "Art. 6 par. 2" is no basis',
      text: 'We process your data as described here. Member States may keep more specific provisions (Art. 6 par. 2 GDPR).',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'seed 000: "With Your Consent" is a sharing case, not a basis',
      text: '# Privacy\n\n## How We Use Your Information\n\n- Respond to legal obligations\n\n## When We Share Your Data\n\n1. **With Your Consent**\n   - When you explicitly authorize data sharing',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'seed 003: purposes, no basis',
      text: 'Privacy Policy\n\nHow we use it\n\n  • To provide the Service\n  • For billing and support',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'nothing at all: line 1',
      text: 'We care about your privacy.\nYou can withdraw consent at any time.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 28 }],
    },
    {
      name: 'a right to withdraw consent and a consent-by-use sentence are not bases',
      text: 'By using the Service, you consent to this Policy.\n\nYour rights\n\nRight to withdraw consent.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'GDPR Art. 49 is not Art. 6',
      text: 'Transfers rely on Standard Contractual Clauses and GDPR Article 49 derogations (explicit consent).',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"Respond to legal obligations" is a purpose, not a basis',
      text: '- Respond to legal obligations\n- Prevent fraud',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'the right to object does not show reliance on legitimate interests',
      text: 'You may object to processing based on legitimate interests.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "legal basis" with none named',
      text: 'We only process your data where we have a legal basis to do so.',
      errors: [{ messageId: 'unnamed', line: 1, column: 43, endColumn: 54, severity: 'warning' }],
    },
    {
      name: 'unnamed: under a heading',
      text: '## Lawful basis\n\nWe process data lawfully.',
      formats: ['markdown'],
      errors: [{ messageId: 'unnamed', line: 1, column: 4 }],
    },
    {
      name: 'children are not "any personal data"',
      text: 'We do not collect personal data from children under 16.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'agreeing to a policy, accepting terms and sharing "with your permission" name no basis',
      text: 'By using the site you agree to this policy. You must accept our terms of service to use the app. We share your data with partners with your permission.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a "Why we can use your data" heading with no basis under it',
      text: '## Why we can use your data\n\nWe collect your e-mail address when you sign up.',
      formats: ['markdown'],
      errors: [{ messageId: 'unnamed', line: 1 }],
    },
    {
      name: '"legal reasons" that are not a basis for processing',
      text: 'Legal reasons may require us to disclose data. We carry out marketing research with your data.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('gdpr/legal-basis details', () => {
  it('names the UK GDPR when that is the law the policy names', () => {
    const result = run(rule, { text: 'We follow the UK GDPR and the Data Protection Act 2018.' }, 'plaintext');
    expect(result.messages[0]?.message).toContain('UK GDPR Art. 13(1)(c)');
  });
  it('records each basis found, and declarations as not applicable', () => {
    const result = run(rule, { text: 'We rely on your consent for marketing. We do not rely on legitimate interests.' }, 'plaintext');
    expect(result.requirements.map((e) => `${e.item}: ${e.status}`)).toEqual([
      'legal basis: consent: met',
      'legal basis: legitimate interests: not-applicable',
      'legal basis: met',
    ]);
  });
  it('stays out of policies not linted under the GDPR', () => {
    expect(run(rule, { text: 'We care about your privacy.', jurisdictions: ['popia'] }, 'plaintext').messages).toEqual([]);
  });
  it('does not throw on empty or odd input', () => {
    for (const text of ['', '\n\n', '|', '# ', '```\n```', 'Art. 6(1)(', 'legal basis'.repeat(2000)]) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const pin = (file: string) => {
    const result = lintFixture(rule, file);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId}`),
      evidence: result.requirements.map((e) => (e.line === undefined ? `${e.item}: ${e.status}` : `${e.item}: ${e.status} ${e.line}:${e.column}`)),
    };
  };

  it('000: no basis anywhere ("With Your Consent" is a sharing case) — reported at "How We Use Your Information"', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: ['55:1 error missing'], evidence: ['legal basis: missing'] });
  });
  it('001: the lawful-basis table — silent', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({
      messages: [],
      evidence: [
        'legal basis: contract: met 28:55',
        'legal basis: legitimate interests: met 30:63',
        'legal basis: legal obligation: met 32:3',
        'legal basis: consent: met 33:31',
        'legal basis: met 28:55',
      ],
    });
  });
  it('002: "Legal Bases for Processing (GDPR)" list — silent', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({
      messages: [],
      evidence: [
        'legal basis: contract: met 58:3',
        'legal basis: legitimate interests: met 59:3',
        'legal basis: legal obligation: met 60:19',
        'legal basis: consent: met 61:8',
        'legal basis: met 58:3',
      ],
    });
  });
  it('003: no basis — reported at "How we use it"', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: ['34:1 error missing'], evidence: ['legal basis: missing'] });
  });
  it('004: a POPIA policy — the GDPR pack does not run', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('GitHub 2017: "We collect your information only with your consent" — silent', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({
      messages: [],
      evidence: ['legal basis: consent: met 16:4', 'legal basis: legal obligation: met 158:200', 'legal basis: met 16:4'],
    });
  });
  it('Mastodon: no basis at all — reported at "What do we use your information for?"', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: ['44:1 error missing'], evidence: ['legal basis: missing'] });
  });
});
