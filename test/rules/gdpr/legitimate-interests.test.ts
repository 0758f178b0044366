import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/legitimate-interests.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const U = 'undescribed';

testRule(rule, {
  valid: [
    // Near misses of the readings above: the interest is named.
    { name: 'a balancing test after a named interest', text: 'We rely on legitimate interests to detect fraud, and we run a balancing test to ensure your rights are not overridden.' },
    { name: 'a specific label before the basis', text: '- Other processing: consent\n- Fraud checks: legitimate interests' },
    { name: 'a label whose value names the interest', text: '- **Legitimate interests**: keeping our systems secure, which is in our legitimate interests.' },
    { name: 'a heading with the interests listed under it', text: '## Legitimate interests\n\n- Sending you offers similar to past orders\n- Understanding how the site is used', formats: ['markdown'] },
    { name: '"in certain cases, such as …" names the interest', text: 'We rely on legitimate interests in certain cases, such as keeping our network secure.' },
    { name: 'the interests as what they are ("are security and fraud prevention")', text: 'Our legitimate interests are security and fraud prevention.' },
    { name: '"for the purposes of fraud prevention"', text: 'We rely on legitimate interests for the purposes of fraud prevention.' },
    { name: 'the interest in a parenthesis after "Art. 6(1)(f) GDPR"', text: 'Server logs are kept under Art. 6(1)(f) GDPR (so that we can spot attacks on the site).', jurisdictions: ['gdpr'] },
    { name: 'plain text: after "Article 6(1)(f) of the UK GDPR"', text: 'ANALYTICS\nWe count page views under Article 6(1)(f) of the UK GDPR (to learn which pages are read).', formats: ['plaintext'], jurisdictions: ['gdpr'] },
    {
      name: 'a balancing test next to a named interest',
      text: 'We rely on our legitimate interest in preventing payment fraud, and we ensure that this interest is not overridden by your rights.',
      jurisdictions: ['gdpr'],
    },
    {
      name: 'a citation at the end of the sentence does not hide the interest before it',
      text: 'We rely on our legitimate interest in keeping accounts secure to review log-in attempts (Art. 6(1)(f) GDPR).',
    },
    // Not relied on at all.
    { text: 'We rely on consent and contract only.' },
    { text: 'We collect your name and email to run your account.' },
    // Declarations.
    { text: 'We do not rely on legitimate interests.' },
    { text: 'We never process personal data based on legitimate interests.' },
    { text: 'Legitimate interest is not a basis we use.' },
    // The right to object describes Art. 21, not reliance.
    { text: 'You can object to processing based on legitimate interest (Art. 21).' },
    { text: '- Object (Art. 21), object to processing based on legitimate interest.', name: 'seed 001 rights bullet' },
    // The interest right after the mention.
    { text: '- Legitimate interest (security, debugging, product improvement)', name: 'seed 002' },
    { text: 'We process your data on the basis of our legitimate interest in keeping the service secure.' },
    { text: 'Our legitimate interests are to prevent fraud and to keep our systems secure.' },
    { text: 'Legitimate interests, namely network and information security.' },
    { text: 'Legitimate interest: improving our product and preventing abuse.' },
    { text: 'Processing for the purposes of our legitimate interests of preventing fraud.' },
    { text: 'Legitimate interest (see section 5).', name: 'a cross-reference counts' },
    {
      text: 'Some processing relies on legitimate interests (see section 6).\n\n## 6. Our interests\n\nWe keep server logs to detect and stop attacks on the site.',
      formats: ['markdown'],
      name: 'a cross-reference to a section that names the interest',
    },
    { text: 'Reviews are shown with your first name on the basis of Art. 6(1)(f) GDPR, our interest being to show genuine customer opinions.', name: '"our interest being to …" after the citation' },
    { text: 'We rely on legitimate interests, the interest here being to keep member records accurate.', name: '"the interest here being"' },
    {
      text: '| Purpose | Lawful basis |\n|---|---|\n| Fraud screening of new accounts | Legitimate interests |',
      formats: ['markdown'],
      name: 'a row whose purpose cell names the purpose',
    },
    // A label before it.
    { text: 'Analytics: legitimate interest (Art. 6(1)(f) GDPR).' },
    { text: 'Fraud prevention – legitimate interests.' },
    { text: 'Security (legitimate interest).' },
    // The purpose in the same or the previous sentence.
    { text: 'We process IP addresses for security purposes based on our legitimate interests.' },
    { text: 'We use Plausible to measure visits. The legal basis is our legitimate interest.' },
    { text: 'Direct marketing to existing customers is based on our legitimate interest.' },
    { text: 'We may process your data under Art. 6(1)(f) GDPR to defend legal claims.' },
    // Tables: the row's purpose is the interest.
    {
      name: 'seed 001: the lawful-basis table',
      text: '| Purpose | Data used | Lawful basis |\n|---|---|---|\n| Transactional emails (signup, invoice, alerts) | Contract / Legitimate interest | |\n| Security, fraud prevention, rate limiting | IP, audit logs | Legitimate interest (Art. 6(1)(f)) |',
    },
    {
      name: 'seed 004: a glued table',
      text: 'CategoryExamplesPurposeBasis\nTechnical DataIP address, browser typeSecurity monitoring and fraud preventionLegitimate interest',
      formats: ['plaintext'],
    },
    { text: 'Purpose\tBasis\nAnalytics\tLegitimate interest', formats: ['plaintext'], name: 'a tab table' },
    // Headings and lists.
    {
      text: '### Legitimate interests\n\nWe process server logs to detect attacks and keep the platform available.',
      formats: ['markdown'],
      name: 'a heading with text under it',
    },
    { text: 'We rely on our legitimate interests in the following cases:\n\n- sending service updates\n- detecting fraud' },
    { text: 'Fraud prevention\n\nLegal basis: legitimate interest (Art. 6(1)(f) GDPR).', formats: ['plaintext'], name: 'the section heading names the interest' },
    // One described mention is enough.
    { text: '- Consent\n- Legitimate interests\n\nLegitimate interest: keeping the service secure.' },
    // Negated after the mention.
    { text: 'Legitimate interests do not form the basis of any of our processing.' },
    { text: 'Our legitimate interests play no part in how we handle your data.' },
    {
      name: 'a citation first, then "our legitimate interest is …" in the same sentence (translated)',
      text: 'Legal basis: Art. 6 Abs. 1 S. 1 lit. f DSGVO; our legitimate interest is the technically error-free presentation of our website.',
    },
    { name: '"our legitimate interest lies in …"', text: 'Our legitimate interest lies in the efficient handling of enquiries.', formats: ['plaintext'] },
    // A fact sheet: the purpose as a neighbouring item or line of the basis.
    {
      name: 'a list whose "Purpose:" item follows the basis item',
      text: '## Processing in the EU\n\n- **Legal basis**: Legitimate interest\n- **Purpose**: Show cafés near the user on the map\n- **Retention**: 24 hours',
      formats: ['markdown'],
    },
    {
      name: 'label lines in plain text: "Purposes:" before the basis',
      text: 'Processing in the EU\n\nPurposes: measuring which lessons are completed\nLegal basis: legitimate interests',
      formats: ['plaintext'],
    },
    // A restated label with an interest after it.
    {
      name: 'a label restated by the words of Art. 6(1)(f), then the interest',
      text: '- Legitimate interests: where processing is necessary for our legitimate interests in securing our servers against intrusion.',
    },
    // The last item of a list of bases that carries its own purpose.
    {
      name: 'the last item of a list of bases, with its own purpose after it',
      text: 'We rely on your consent, on the contract with you, or on our legitimate interests in detecting payment fraud.',
    },
  ],
  invalid: [
    {
      text: 'Some processing relies on legitimate interests (see section 6).\n\n## 6. Legal bases\n\nWhere we rely on legitimate interests we have weighed them against your rights and kept a record.',
      formats: ['markdown'],
      name: 'a cross-reference to a section in the policy that names no interest',
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    {
      text: '| Purpose | Lawful basis |\n|---|---|\n| All of the above | Contract; legitimate interests |',
      formats: ['markdown'],
      name: 'a row whose purpose cell only points elsewhere',
      errors: [{ messageId: 'undescribed', line: 3 }],
    },
    {
      text: 'We use your data because we need it to run your membership, because the law makes us keep some records, and otherwise where it is in our legitimate interests.',
      name: 'the last item of a run-on list of bases, in plain words',
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    // The balancing test, told from the data subject's side or named, is no interest.
    { name: 'a balancing test "to ensure your rights are not overridden"', text: 'Whenever legitimate interests are our basis, we first run a balancing test to ensure your rights are not overridden.', errors: [{ messageId: U, line: 1 }] },
    { name: '"to make sure that your interests and freedoms are respected"', text: 'We process some data on the basis of legitimate interests and check that your fundamental rights and freedoms come first.', errors: [{ messageId: U, line: 1 }] },
    { name: '"a legitimate interests assessment" names no interest', text: 'Before relying on legitimate interest we complete a legitimate interests assessment.', errors: [{ messageId: U, line: 1 }] },
    // A catch-all label names no purpose.
    { name: 'a catch-all bullet "Other processing: legitimate interests"', text: '- Newsletter: consent\n- Orders: contract\n- Other processing: legitimate interests', errors: [{ messageId: U, line: 3 }] },
    { name: '"Everything else – legitimate interest"', text: 'Payments – contract. Everything else – legitimate interest.', errors: [{ messageId: U, line: 1 }] },
    { name: '"All other purposes: legitimate interests" in plain text', text: 'LEGAL BASES\nAll other purposes: legitimate interests', formats: ['plaintext'], errors: [{ messageId: U, line: 2 }] },
    // A label whose value only restates the basis in a sentence of its own.
    {
      name: 'a bold label restated: "Legitimate interests: We process your data for our legitimate interests …"',
      text: '- **Consent**: You agreed to it.\n- **Legitimate interests**: We process your personal data for our legitimate interests or those of a third party, provided those interests are not outweighed by your rights.',
      errors: [{ messageId: U, line: 2 }],
    },
    { name: '"Legitimate interest – we may use your data where we have a legitimate interest in doing so"', text: 'Legitimate interest – we may use your data where we have a legitimate interest in doing so.', errors: [{ messageId: U, line: 1 }] },
    {
      name: 'a heading whose only text restates reliance',
      text: '## Legitimate interests\n\nWe may process your data because it is in our legitimate interests, unless your rights override them.',
      formats: ['markdown'],
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: 'legitimate interests "for certain processing activities, as set out in Schedule 2"',
      text: 'We rely on legitimate interests for certain processing activities, as set out in Schedule 2.',
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    {
      name: 'interests "recorded in" an assessment available on request are not in the notice',
      text: 'Where processing is based on Art. 6(1)(f), our legitimate interests are recorded in our legitimate interests assessment, available on request.',
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    { name: 'interests "documented in our internal records"', text: 'Our legitimate interests are documented in our internal records.', errors: [{ messageId: 'undescribed', line: 1 }] },
    { name: 'legitimate interests "in some cases"', text: 'We rely on our legitimate interests in some cases.', errors: [{ messageId: 'undescribed', line: 1 }] },
    {
      name: 'legitimate interests "for the purposes set out in Annex B" (Markdown)',
      text: '## Legal bases\n\nWe rely on legitimate interests for the purposes set out in Annex B.',
      formats: ['markdown'],
      errors: [{ messageId: 'undescribed', line: 3 }],
    },
    {
      name: 'legitimate interests "for various purposes" (plain text)',
      text: 'LEGAL BASES\n\nSome processing is based on legitimate interests for various purposes.',
      formats: ['plaintext'],
      errors: [{ messageId: 'undescribed', line: 3 }],
    },
    {
      name: 'the law named after the citation, with no parenthesis, describes nothing',
      text: 'Some processing is based on Art. 6(1)(f) GDPR.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: 'a label restated by the words of Art. 6(1)(f) names no interest',
      text: '**Our legal bases:**\n\n- Consent: where you have agreed to it.\n- Legitimate interests: where processing is necessary for our legitimate interests, provided that your rights do not override those interests.',
      formats: ['markdown'],
      errors: [{ messageId: U, line: 4, column: 3 }],
    },
    {
      name: '"Legitimate interest – where we have a legitimate interest" in plain text',
      text: 'Legal bases\n\nLegitimate interest – where we have a legitimate interest.\nConsent – where you opted in.',
      formats: ['plaintext'],
      errors: [{ messageId: U, line: 3, column: 1 }],
    },
    {
      name: 'the last item of a list of bases takes no purpose from the items before it',
      text: 'We handle your data only with a valid legal reason, such as your consent, to comply with the law, to deliver what you ordered under our contract, to protect your safety, or to fulfil our legitimate business interests.',
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: '"to pursue our legitimate interests" pursues none in particular',
      text: 'We also process account data to pursue our legitimate interests.',
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: 'a list whose "Purpose:" item is empty',
      text: '- **Legal basis**: Legitimate interest\n- **Purpose**: N/A',
      formats: ['markdown'],
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: 'a citation after the mention is no purpose ("pursuant to Art. 6(1)(f)")',
      text: 'We process contact data on the basis of our legitimate interest pursuant to Article 6(1)(f) GDPR.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: 'the balancing test restated names no interest',
      text: 'Where legitimate interests apply, we check that these interests are not overridden by your fundamental rights.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: 'the balancing test as a purpose infinitive names no interest',
      text: 'Some processing relies on our legitimate interests. We assess it to make sure that our interests are not outweighed by your rights.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: '"is the legal basis" or "is one of the bases" says nothing of the interest',
      text: 'Legitimate interest is the legal basis for some processing. It is one of the bases we use.',
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    {
      name: 'a citation and its name in parentheses are one mention, with no interest',
      text: 'Processing is lawful under Art. 6(1)(f) UK GDPR (legitimate interests).',
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    {
      name: 'a second mention in the sentence, itself undescribed',
      text: 'We rely on Art. 6(1)(f) GDPR and on legitimate interests.',
      formats: ['plaintext'],
      errors: [{ messageId: 'undescribed', line: 1 }],
    },
    {
      name: 'a bare item in a list of bases',
      text: 'Legal bases for processing\n\n- Contract performance\n- Legitimate interest\n- Compliance with legal obligations',
      errors: [{ messageId: U, line: 4, column: 3, endColumn: 22, severity: 'warning' }],
    },
    {
      name: 'a bare sentence',
      text: 'We may process your personal data on the basis of our legitimate interests.',
      errors: [{ messageId: U, line: 1, column: 55, endColumn: 75 }],
    },
    {
      name: 'a citation is not an interest',
      text: 'Legal basis: legitimate interests (Art. 6(1)(f) GDPR).',
      errors: [{ messageId: U, line: 1, column: 14 }],
    },
    {
      name: 'Art. 6(1)(f) alone',
      text: 'Processing is based on Art. 6(1)(f) GDPR.',
      errors: [{ messageId: U, line: 1, column: 24 }],
    },
    {
      name: 'Art. 6 Abs. 1 lit. f (the German citation) alone',
      text: 'Processing is based on Art. 6 Abs. 1 lit. f GDPR.',
      errors: [{ messageId: U, line: 1, column: 24 }],
    },
    {
      name: 'the paragraph cited with full stops: "art. 6.1.f RGPD" alone',
      text: 'The processing of your request is based on art. 6.1.f RGPD.',
      errors: [{ messageId: U, line: 1, column: 44 }],
    },
    {
      name: 'Art. 6 para. 1 lit. f',
      text: 'We process data in accordance with Art. 6 para. 1 lit. f GDPR.',
      errors: [{ messageId: U, line: 1, column: 36 }],
    },
    {
      name: 'reliance stated, interests not',
      text: 'Where we rely on legitimate interests, we have carried out a balancing test.',
      errors: [{ messageId: U, line: 1, column: 18 }],
    },
    {
      name: '"to process" is no interest',
      text: 'We rely on legitimate interests to process your personal data.',
      errors: [{ messageId: U, line: 1, column: 12 }],
    },
    {
      name: 'a basis table without a purpose',
      text: '| Basis | Applies |\n|---|---|\n| Legitimate interest | Yes |',
      formats: ['markdown'],
      errors: [{ messageId: U, line: 3, column: 3 }],
    },
    {
      name: 'bold markup around the label',
      text: '**Legal basis:** legitimate interest',
      formats: ['markdown'],
      errors: [{ messageId: U, line: 1, column: 18 }],
    },
    {
      name: 'reported once, at the first bare mention',
      text: 'Bases: consent; legitimate interests.\n\nWe may rely on legitimate interests.',
      errors: [{ messageId: U, line: 1, column: 17 }],
    },
    {
      name: 'the processing itself is not an interest',
      text: 'We have legitimate interests in processing your data.',
      errors: [{ messageId: U, line: 1 }],
    },
    {
      name: '"in using your information" is not an interest either',
      text: 'We process your data based on legitimate interests in using your information.',
      errors: [{ messageId: U, line: 1 }],
    },
  ],
});

describe('gdpr/legitimate-interests details', () => {
  it('quotes the phrase and names the UK GDPR when that is the law the policy names', () => {
    const result = run(rule, { text: 'Under the UK GDPR we rely on legitimate interests.' }, 'plaintext');
    expect(result.messages[0]?.message).toBe(
      'The policy relies on "legitimate interests" but never says which interests are pursued: UK GDPR Art. 13(1)(d) requires them to be described.',
    );
  });
  it('records evidence', () => {
    const status = (text: string) => run(rule, { text }, 'plaintext').requirements.map((e) => e.status);
    expect(status('We do not rely on legitimate interests.')).toEqual(['not-applicable']);
    expect(status('We rely on consent.')).toEqual(['not-applicable']);
    expect(status('Fraud prevention – legitimate interests.')).toEqual(['met']);
    expect(status('Processing is based on legitimate interests.')).toEqual(['missing']);
  });
  it('does not throw on empty or odd input', () => {
    for (const text of ['', '\n', '|', '| |\n|---|', 'legitimate interest('.repeat(500), 'Art. 6(1)(f'.repeat(500)]) {
      expect(() => run(rule, { text }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const pin = (file: string) => {
    const result = lintFixture(rule, file);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`),
      evidence: result.requirements.map((e) => (e.line === undefined ? e.status : `${e.status} ${e.line}:${e.column}`)),
    };
  };

  it('000: legitimate interests never relied on — silent', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: ['not-applicable'] });
  });
  it('001: table rows give the purpose next to "Legitimate interest" — silent', () => {
    expect(pin('seeds/001_5d45be2437642316.txt')).toEqual({ messages: [], evidence: ['met 30:63'] });
  });
  it('002: "Legitimate interest (security, debugging, product improvement)" — silent', () => {
    expect(pin('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: [], evidence: ['met 59:3'] });
  });
  it('003: not relied on — silent', () => {
    expect(pin('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: [], evidence: ['not-applicable'] });
  });
  it('004: a POPIA policy — the GDPR pack does not run', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('GitHub 2017: not relied on — silent', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: ['not-applicable'] });
  });
  it('Mastodon: not relied on — silent', () => {
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: ['not-applicable'] });
  });
});
