import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/withdraw-consent.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const M = 'missing';

testRule(rule, {
  valid: [
    // Withdrawal in the third person or as the reader's question after a consent label (Markdown: one paragraph of lines).
    { name: '"Doing so revokes the consent"', text: 'Photos are published with your consent. You can hide them from your profile whenever you like; doing so revokes the consent you gave.' },
    { name: '"Changed your mind?" under a consent label', text: 'Member newsletter\nLegal basis: consent\nChanged your mind? Use the link at the foot of any issue.' },
    { name: '"if you are changing your mind"', text: 'We record calls only with your consent. If you are changing your mind, tell the agent and we stop recording.' },
    // Withdrawal by where it stands or in few words: a label "(revocation possible)", a "Withdrawing" section, an opt-out column.
    { name: 'a basis label with "(revocation possible)"', text: '- **Consent:** product news e-mails (revocation possible)\n- **Contract:** delivery of orders' },
    {
      name: 'a section headed "Withdrawing" under the consent section, with a means',
      text: '## Marketing\n\nWe send offers only with your opt-in consent.\n\n### Withdrawing\n\nUse the unsubscribe link in any e-mail or write to privacy@shop.example.',
      formats: ['markdown'],
    },
    {
      name: 'a "Withdrawal" column in a row that relies on consent',
      text: '| Purpose | Legal basis | Withdrawal |\n|---|---|---|\n| Newsletter | Consent | Unsubscribe link in every issue |',
      formats: ['markdown'],
    },
    { name: 'a relative clause: "permission, which you may cancel"', text: 'We publish your photo only with your permission, which you may cancel by emailing the club secretary.' },
    {
      name: 'consent called an agreement, taken back; "Can I change my mind?"',
      text: 'Can I change my mind?\n\nYes. If you agreed to receive our offers you can take that agreement back whenever you like.',
    },
    { name: 'a relative clause: "consent, which you are free to revoke"', text: 'Your consent, which you are free to revoke, covers sharing your results with your GP.' },
    { name: 'consent given at sign-up, withdrawal offered', text: 'The consent you give at sign-up covers all our mailings; you can withdraw it at any time.' },
    { name: '"members who have consented", with unsubscribe at any time', text: 'We only write to members who have consented; you can unsubscribe at any time.' },
    { name: '"you consent to receive" with unsubscribe at any time', text: 'By signing up you consent to receive our newsletter; you can unsubscribe at any time.' },
    { name: '"you consent to us keeping your photo", withdrawal offered', text: 'You consent to us keeping your photo for the yearbook. You may withdraw your consent at any time by emailing the office.' },
    { name: 'consent to a document is no consent to processing', text: 'You consent to our Terms of Service when you open an account.' },
    { name: 'bare "withdraw at any time" in a paragraph about consent', text: 'Joining the choir mailing list is based on your consent; you may withdraw whenever you like, at any time.' },
    { name: 'Markdown: "free to withdraw at any point" after consent in the same paragraph', text: '## Research\n\nYour interview is recorded with your consent. You are free to withdraw at any point before publication.', formats: ['markdown'] },
    { name: '"take it back"', text: 'You can give your consent to reminders in the app and take it back whenever you want.' },
    { name: '"you agree that we may …" with the withdrawal', text: 'By joining the loyalty club you agree that we may analyse your purchases to send you offers. You can withdraw your agreement and consent at any time in the app.' },
    { name: '"you agree that our terms apply" is no consent to processing', text: 'By booking, you agree that our terms of carriage apply.' },
    { name: 'an article citation between consent and its withdrawal', text: 'Consent (Art. 6(1)(a) GDPR) – you can withdraw it at any time, with effect for the future.' },
    { name: '"take back" your consent', text: 'We process your data with your consent; you can take back your consent whenever you like.' },
    // Consent relied on, withdrawal stated.
    { text: 'We send you our newsletter with your consent. You may withdraw your consent at any time.' },
    { text: 'Where processing is based on your consent, you can withdraw it at any time by emailing us. Withdrawal does not affect the lawfulness of processing before it.' },
    { text: 'We use analytics cookies only with your consent, which you can revoke in the cookie settings.' },
    { text: 'Marketing emails are sent on the basis of your consent; consent can be withdrawn at any time.' },
    { text: 'We rely on your consent for marketing. You can change your mind at any time.' },
    { text: 'We send offers with your consent. You can unsubscribe at any time using the link in every email.', name: 'unsubscribe at any time (partial)' },
    { text: 'Newsletters go only to readers who gave their express permission. Readers may un-subscribe at any time via the footer of each mailing.', name: '"un-subscribe" at any time, hyphenated (partial)' },
    { text: 'Newsletter\n\nWe e-mail you only with your consent; at any time you can un-subscribe from the list.', name: 'at any time … un-subscribe (plain text)', formats: ['plaintext'] },
    {
      name: 'seed 001: table basis and a withdrawal bullet',
      text: '| Purpose | Lawful basis |\n|---|---|\n| Marketing emails | Consent (Art. 6(1)(a)), opt-in only |\n\nYour rights\n\n- Withdraw consent (Art. 7), for anything consent-based, anytime.',
      formats: ['markdown'],
    },
    {
      name: 'seed 002: legal-basis bullet and "Withdrawal of consent"',
      text: '## 3. Legal Bases for Processing (GDPR)\n\n- Contract performance\n- User consent (for optional features)\n\n## 8. Your Rights\n\n- Access to personal data\n- Withdrawal of consent\n',
      formats: ['markdown'],
    },
    { name: 'seed 000: "Right to withdraw consent"', text: '1. With Your Consent\n   - When you explicitly authorize data sharing\n\nGDPR Rights\n- Right to withdraw consent' },
    // Consent not relied on.
    { text: 'We process your data to perform our contract with you and to comply with the law.' },
    { text: 'We use only essential cookies by default (authentication session, cookie consent record).', name: 'seed 001 cookie consent record' },
    { text: 'We will never share your data with third parties without your consent.', name: '"without your consent" is a promise, not a basis' },
    { text: 'By using the Service, you consent to this Policy.', name: 'consent by use is another rule' },
    { text: 'By visiting the site you agree to our Terms and consent to our Privacy Policy.', name: 'consent by use to documents only' },
    { text: 'By using the app you consent to the collection of your location data. You can withdraw this consent at any time in Settings.', name: 'consent to processing by use, with withdrawal' },
    { text: 'By using the app you do not consent to the sharing of anything; we never share data.', name: 'a negated consent by use' },
    { text: 'Analytics cookies are only set if you agree to them. You can withdraw your consent in the cookie settings at any time.', name: '"only set if you agree" with withdrawal' },
    { text: 'Self-hosted analytics — no cookies, no cross-site tracking.', name: 'seed 003' },
    { text: 'Please read our guidance on consent management before integrating the SDK.' },
    // Explicit "not applicable" declarations.
    { text: 'We do not rely on consent as a legal basis for processing your data.' },
    { text: 'We do not rely on your consent to process personal data.' },
    { text: 'We do not process your personal data on the basis of consent.' },
    { text: 'Consent is not used as a legal basis for any of our processing.' },
    { text: 'None of our processing is based on consent.' },
    { text: "We don't rely on consent; we process your data to provide the Service." },
    {
      name: 'not applicable declared in a legal-basis section',
      text: '## Legal basis\n\nWe do not rely on consent. We process data under Art. 6(1)(b) and (f).',
      formats: ['markdown'],
    },
    { text: '```\nWe process your data with your consent.\n```', formats: ['markdown'], name: 'code block' },
    {
      name: 'permission, and its withdrawal',
      text: 'We share your data with partners only with your permission. You can withdraw your permission at any time.',
    },
    { name: 'agreeing to terms is no consent', text: 'Only if you agree to our terms can you use the service.' },
    { name: 'clicking to accept the terms is no consent to processing', text: 'By clicking "Create account" you agree to our Terms of Service.' },
    { name: 'consent given, and its withdrawal', text: 'You can give us your consent to offers in the app and withdraw it there at any time.' },
    { name: 'a negated giving of consent is no reliance', text: 'Please note that you have not given us consent to contact you by phone.' },
    { name: '"withdraw it" after a semicolon', text: 'Analytics cookies are set only with your consent; you can revoke it in the banner at any time.' },
    { name: 'asking for permission, never needed', text: 'We never ask you for consent: we process your data to perform our contract.' },
    { name: 'opted in, and how to opt back out', text: 'Once you have opted in, you can withdraw your consent from the preference centre at any time.' },
  ],
  invalid: [
    // Consent in other words, no withdrawal.
    { name: '"Because you consented" answering a question', text: 'Why do I get your texts?\nBecause you consented when you joined the gym.', errors: [{ messageId: M, line: 1 }] },
    { name: '"since you opted in"', text: 'We send you the weekly digest since you opted in at checkout.', errors: [{ messageId: M, line: 1 }] },
    { name: 'cookies set only after a click on "Allow"', text: 'Analytics cookies are loaded only after you tap "Allow all" in our banner.', errors: [{ messageId: M, line: 1 }] },
    { name: 'a negated third-person withdrawal', text: 'Marketing e-mails are sent with your consent. Deleting the app never revokes your consent.', errors: [{ messageId: M, line: 1 }] },
    { name: 'third-person consent with the controller named before the verb', text: 'By signing the form, each participant consents to the Institute recording the interview.', errors: [{ messageId: M, line: 1 }] },
    { name: 'the readers by their role give consent', text: 'Members give their written consent at registration, and we print their photos in the yearbook.', errors: [{ messageId: M, line: 1 }] },
    {
      name: 'a withdrawal limited in time is not "at any time"',
      text: 'You will only be added to our SMS list after you opt in, and you can withdraw your consent within 7 days.',
      errors: [{ messageId: M, line: 1 }],
    },
    { name: 'withdrawing from a contract is no withdrawal of consent', text: 'If you agreed to receive offers, note that you can cancel the agreement with your bank at any time.', errors: [{ messageId: M, line: 1 }] },
    { name: '"only … if you tick the box"', text: 'We will only post you our catalogue if you tick the box on the order form.', errors: [{ messageId: M, line: 1 }] },
    {
      name: 'an opt-out column left empty',
      text: '| Purpose | Basis | How to opt out |\n|---|---|---|\n| Offers | Consent | — |',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'a section about withdrawing money',
      text: '## Withdrawals\n\nYou can withdraw funds by e-mailing support.\n\n## Marketing\n\nWe send offers with your consent.',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 1 }],
    },
    { name: '"Consent, once given, remains valid …"', text: 'Consent, once given, remains valid for as long as you are a member.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"Once given, consent cannot be withdrawn"', text: 'Once given, consent cannot be withdrawn.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"we have obtained your consent"', text: 'We have obtained your consent to store your photos.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"Consent is irrevocable"', text: 'Photos are published with your consent. Consent is irrevocable once the yearbook is printed.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"only to subscribers who opted in"', text: 'We send the newsletter only to subscribers who opted in.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"the consent you give at sign-up covers …"', text: 'The consent you give at sign-up covers all our mailings.', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: '"consent given at registration" (plain text)',
      text: 'NEWSLETTER\n\nConsent given at registration applies to every future issue.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"you consent to us sending you marketing e-mails", no withdrawal',
      text: 'By joining our mailing list, you consent to us sending you offers by e-mail.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"you consent to receiving" (Markdown)',
      text: '## Newsletter\n\nBy ticking this box you consent to receiving our monthly newsletter.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: '"you consent to our contacting you" (plain text)',
      text: 'PRIZE DRAW\n\nBy entering the draw, you consent to our contacting you about future events.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: "someone else's consent relied on, and its withdrawal denied",
      text: 'Team photos are posted online with the consent of the players shown. After posting, consent cannot be withdrawn.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'plain text: bare withdrawal in another paragraph than consent does not count',
      text: 'PHOTOS\nPhotos of pupils are shared only with the written consent of their parents.\n\nSAVINGS\nYou can withdraw your savings at any time.',
      formats: ['plaintext'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'agreement as a clause: "you agree that we may use …"',
      text: 'By joining the loyalty club you agree that we may analyse your purchases to send you offers.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'consent as a clause: "you consent that we will store …"',
      text: 'By creating an account, you consent that we will store your listening history for recommendations.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'consent to processing inferred from use still needs the withdrawal (heldout4)',
      text: 'By continuing to use the App you hereby consent to the processing of your health data.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"only set if you agree", plain text run into a heading',
      text: 'Cookies Marketing cookies are only placed if you agree to them in the banner. Your choice is remembered for six months.',
      formats: ['plaintext'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"is only sent once you have opted in" (Markdown)',
      text: '## Newsletter\n\nThe newsletter is only sent once you have opted in.',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"only if you have given us your consent", no withdrawal',
      text: 'We text you delivery updates only if you have given us your consent.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'an affirmative act: "by ticking the box you consent to us using …"',
      text: 'Nearby stores\n\nBy checking the box in the app, you expressly consent to us processing your location.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"you can give your consent" and consent that lasts as long as the account',
      text: '- Marketing: you can give your consent at sign-up.\n- Consent, once given, remains valid for as long as your account exists.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"we will ask you for permission before …", no withdrawal',
      text: 'We will ask you for permission before we use your photos in our newsletter.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"withdraw it" negated',
      text: 'Analytics cookies are set only with your consent; you cannot withdraw it once given.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"when you have opted in"',
      text: 'Partner offers\n\nWe e-mail partner offers when you have opted in at checkout.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'a negation lifted by a condition: "never … unless you give us your consent"',
      text: 'We will never pass your e-mail address to sponsors unless you give us your consent.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"Art. 6 par. 1 lit. a" as the basis, no withdrawal',
      text: 'Newsletter: the legal base is art. 6 par. 1 lit. a GDPR.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'reliance in prose, no withdrawal',
      text: 'Privacy Policy\n\nWe send you our newsletter with your consent.',
      errors: [{ messageId: M, line: 1, column: 1, severity: 'error' }],
    },
    {
      name: 'reported at the rights heading',
      text: '# Privacy\n\nWe process your data based on your consent.\n\n## Your rights\n\nYou may access your data.',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 5, column: 1 }],
    },
    {
      name: 'Art. 6(1)(a) in a table',
      text: '| Purpose | Lawful basis |\n|---|---|\n| Marketing | Consent (Art. 6(1)(a)) |',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'a "Consent" cell in a lawful-basis column',
      text: '| Purpose | Lawful basis |\n|---|---|\n| Newsletter | Consent |',
      formats: ['markdown'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'a "User consent" bullet under a legal-bases heading (plain text)',
      text: 'Legal Bases for Processing\n\nWhere applicable, processing is based on:\n\n- Contract performance\n- User consent (for optional features)',
      formats: ['plaintext'],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'explicit consent for special categories',
      text: 'We process health data only with your explicit consent under Art. 9(2)(a) GDPR.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'ask for consent before cookies',
      text: 'We will ask for your consent before placing analytics cookies.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'negation: consent cannot be withdrawn',
      text: 'We process your data with your consent. Once given, consent cannot be withdrawn.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'negation: you may not withdraw',
      text: 'Processing is based on your consent, and you may not withdraw your consent.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'an "un-subscribe" link without "at any time" is not enough',
      text: 'We send a newsletter only with your consent. There is an un-subscribe link in each issue.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'an unsubscribe link without "at any time" is not enough',
      text: 'We send marketing emails, but only with your consent. There is an unsubscribe link at the bottom of each email.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: '"only if you have agreed" is consent',
      text: 'We email you tips only if you have agreed to receive them.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'accepting in a banner is consent; "not strictly necessary" does not negate it',
      text: 'Cookies that are not strictly necessary are set only after you accept them in our banner.',
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: 'cookies that are not strictly necessary, set with consent',
      text: 'Cookies that are not strictly necessary are only set with your consent.',
      errors: [{ messageId: M, line: 1 }],
    },
  ],
});

describe('gdpr/withdraw-consent messages', () => {
  it('names where consent is relied on and the law', () => {
    const result = run(rule, { text: 'We follow the UK GDPR.\nWe send you offers with your consent.' }, 'plaintext');
    expect(result.messages.map((m) => m.message)).toEqual([
      'The policy relies on consent ("with your consent", line 2) but does not say it can be withdrawn at any time (UK GDPR Art. 13(2)(c), Art. 7(3)).',
    ]);
  });
  it('records "not-applicable" evidence for a declaration', () => {
    const result = run(rule, { text: 'We do not rely on consent.' }, 'plaintext');
    expect(result.requirements.map((r) => r.status)).toEqual(['not-applicable']);
  });
  it('records "partial" evidence for an opt-out at any time', () => {
    const result = run(rule, { text: 'We send offers with your consent. You can opt out at any time.' }, 'plaintext');
    expect(result.requirements.map((r) => r.status)).toEqual(['partial']);
  });
});

describe('on the real policies', () => {
  const lint = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId} ${m.message}`);

  it('seed 000: "With Your Consent" sharing, "Right to withdraw consent" listed — silent', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('seed 001: "Consent (Art. 6(1)(a))", "Withdraw consent (Art. 7) … anytime" — silent', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('seed 002: "User consent (for optional features)", "Withdrawal of consent" — silent', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual([]);
  });
  it('seed 003: consent is not relied on — silent', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual([]);
  });
  it('seed 004: POPIA only — the GDPR pack does not run', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('GitHub 2017: "only with your consent" and no withdrawal (only an unsubscribe link) — at "How you can access and control …"', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual([
      '149:1 error missing The policy relies on consent ("with your consent", line 16) but does not say it can be withdrawn at any time (GDPR Art. 13(2)(c), Art. 7(3)).',
    ]);
  });
  it('Mastodon: consent is not relied on — silent', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual([]);
  });
});

describe('gdpr/withdraw-consent: withdrawal by where it stands', () => {
  const status = (text: string) => run(rule, { text }, 'markdown').requirements.map((r) => r.status);
  it('a "Withdrawal" column of a consent row states the withdrawal (met)', () => {
    expect(status('| Purpose | Basis | Withdrawal |\n|---|---|---|\n| Newsletter | Consent | Unsubscribe link in every issue |')).toEqual(['met']);
  });
  it('an opt-out column or section is read like "unsubscribe at any time" (partial)', () => {
    expect(status('| Purpose | Basis | How to opt out |\n|---|---|---|\n| Offers | Consent | Reply STOP |')).toEqual(['partial']);
    expect(status('## Offers\n\nWe text offers only with your consent.\n\n### How to unsubscribe\n\nReply STOP to any message.')).toEqual(['partial']);
  });
});
