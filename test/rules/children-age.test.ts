import { describe, expect, it } from 'vitest';
import rule from '../../rules/general/children-age.js';
import { lintDocument } from '../../src/engine/index.js';
import { readFixture } from '../helpers/fixtures.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

// Cases run under GDPR + POPIA + CCPA unless they say otherwise: under POPIA any general
// age limit below 18 is reported, so cases about other checks name their laws.
const GDPR = ['gdpr'] as const;
const GDPR_CCPA = ['gdpr', 'ccpa'] as const;

testRule(rule, {
  valid: [
    { text: 'You must be 18 to open an account.', jurisdictions: ['popia'], name: '"must be 18 to …" is an age' },
    // COPPA's knowledge standard beside the service's own age, where US law applies (15 U.S.C. §6501(1), §6502(a)(1)).
    {
      name: 'COPPA safeguard under the CCPA: the 13 is the law\'s, the 18 the service\'s',
      text: 'You must be over 18 to use Ledgerly. We do not knowingly collect data from children under 13.',
      jurisdictions: ['ccpa'],
    },
    {
      text: '## Eligibility\n\nPlayers must be at least 16 years old.\n\n## Children\n\nWe do not knowingly collect or solicit personal information from children under the age of 13; if we learn that we have, we delete it.',
      formats: ['markdown'],
      jurisdictions: ['gdpr', 'ccpa'],
    },
    {
      text: 'ELIGIBILITY\nMembers must be 18 years of age or older.\n\nCHILDREN\nWe do not knowingly gather information from children under thirteen (13) years of age.',
      formats: ['plaintext'],
      jurisdictions: ['ccpa'],
    },
    // What the seeds say.
    { name: 'seed 000: 13, or 16 in the EU', text: 'Conducktr is not intended for children under 13 (or 16 in the EU).', jurisdictions: [...GDPR_CCPA] },
    {
      name: 'seed 001: 16 twice',
      text: 'ConneqtOS is not intended for children under 16. We do not knowingly collect data from anyone under 16.',
      jurisdictions: [...GDPR],
    },
    { name: 'seed 002', text: '## 9. Children\n\nThe Service is not intended for individuals under 16.', formats: ['markdown'], jurisdictions: [...GDPR] },
    { name: 'seed 003', text: 'Children\n\nThe Service is not intended for individuals under 16 years of age.', formats: ['plaintext'], jurisdictions: [...GDPR] },
    {
      name: 'seed 004: 18 and "minors" under POPIA',
      text: 'The Platform is not directed at individuals under the age of 18. We do not knowingly collect personal information from minors.',
    },
    {
      name: 'Mastodon: scoped by "If this server is in …:"',
      text:
        'If this server is in the EU or the EEA: Our site is directed to people who are at least 16 years old.\n\n' +
        'If this server is in the USA: Our site is directed to people who are at least 13 years old.',
    },
    {
      name: 'GitHub 2017: 13 is the lowest age GDPR Art. 8(1) lets a Member State set',
      text: "If you're a child under the age of 13, you may not have an account. We do not knowingly collect information from children under 13.",
      jurisdictions: [...GDPR],
    },
    // Ages in words and age groups are ages.
    { name: 'an age in words', text: 'Our choir app is only for singers aged eighteen or older.', jurisdictions: ['popia'] },
    {
      name: 'an age group: under-sixteens with a parent',
      text: "## Juniors\n\nThe club's under-sixteens are signed up by a parent or guardian.",
      formats: ['markdown'],
      jurisdictions: [...GDPR],
    },
    { text: 'JUNIORS\nYou need to be sixteen to book a lane yourself.', formats: ['plaintext'], jurisdictions: [...GDPR] },
    // "minors" and friends stand for 18 when no number is given.
    { text: 'We do not knowingly collect personal information from minors.' },
    { text: 'Our services are intended for adults only.' },
    { text: 'You must have reached the age of majority to use the Service.' },
    // Ages that are no age limit of users.
    { name: 'a period, not an age', text: 'We keep logs for under 16 months. The Service is not for anyone under 18.' },
    { name: 'staff, not users', text: 'Employees must be 18 or older. The Service is not intended for anyone under 16.', jurisdictions: [...GDPR] },
    { name: 'a quantity, not an age', text: 'Plans under 16 GB are free. The Service is not intended for children under 16.', jurisdictions: [...GDPR] },
    { name: 'a demographic range is no limit', text: 'Users aged 13 to 17 see a simpler app. Nobody under 16 may register.', jurisdictions: [...GDPR] },
    // Scopes and tiers explain different ages.
    {
      name: 'bullets with regions',
      text: '- In the EU: you must be at least 16 years old.\n- In the US: you must be at least 13 years old.',
      jurisdictions: [...GDPR_CCPA],
    },
    {
      name: 'table rows with regions',
      text: '| Region | Minimum age |\n|---|---|\n| EU/EEA | under 16 |\n| US | under 13 |',
      formats: ['markdown'],
      jurisdictions: [...GDPR_CCPA],
    },
    {
      name: 'region in a section heading',
      text: '# Privacy\n\n## Children\n\nNot intended for children under 13.\n\n## Additional information for EEA users\n\nIf you are under 16, do not use the Service.',
      formats: ['markdown'],
      jurisdictions: [...GDPR_CCPA],
    },
    {
      name: 'an introducing line with a region',
      text: 'Children\n\nFor users in the European Union:\n\nYou must be at least 16 years old.\n\nEveryone else must be at least 13 years old, as COPPA requires.',
      jurisdictions: [...GDPR_CCPA],
    },
    {
      name: 'a parental-consent tier',
      text: 'Children under 13 may not use the Service. Users under 18 need the permission of a parent or guardian.',
      jurisdictions: [...GDPR],
    },
    {
      name: 'a CCPA sale tier',
      text: 'We do not sell the personal information of consumers under 16 years of age. Our Service is not directed to children under 13.',
      jurisdictions: ['ccpa'],
    },
    { name: '"or your country"', text: 'You must be at least 18 years old, or the age of majority in your jurisdiction.' },
    { name: '"12 or younger" means under 13', text: 'Children 12 or younger may not register.', jurisdictions: [...GDPR] },
    {
      name: 'GDPR named outside the clause is no claim about the consent age',
      text: 'We comply with the GDPR; users under 18 need parental consent.',
      jurisdictions: [...GDPR],
    },
    { name: 'a GDPR claim within 13–16', text: 'Under the GDPR, children under 16 need parental consent.', jurisdictions: [...GDPR] },
    { name: 'a negated sentence still states the age', text: 'We never collect data from children under 16.', jurisdictions: [...GDPR] },
    { name: 'CCPA alone: 13 is fine', text: 'Our Service is not directed to children under 13.', jurisdictions: ['ccpa'] },
    { name: 'minimumAge met', text: 'Nobody under 16 may use Acme.', jurisdictions: [...GDPR], options: { minimumAge: 16 } },
    { name: 'sale tier below minimumAge does not count', text: 'Nobody under 18 may use Acme. We never sell data of consumers under 16.', jurisdictions: ['ccpa'], options: { minimumAge: 18 } },
    { name: '"minor changes" do not count, but the age does', text: 'Minor changes are posted here. Nobody under 18 may use Acme.' },
    { name: 'upper-case plain text', text: 'CHILDREN\nTHE SERVICE IS NOT INTENDED FOR ANYONE UNDER 18.', formats: ['plaintext'] },
    { name: 'bold lead-in', text: '**Children.** Nobody under 18 may use Acme.', formats: ['markdown'] },
    {
      name: 'a parent who consents is still a tier',
      text: 'You must be 18 or older to join. Members aged 16 and over may join with a parent’s written consent.',
      jurisdictions: ['ccpa'],
    },
    // A notice addressed only to job applicants or staff owes no minimum age.
    {
      name: 'a privacy notice for job applicants',
      text: '# Privacy Notice for Job Applicants\n\nWe process your CV and interview notes to assess your application.',
      formats: ['markdown'],
    },
    { name: 'a recruitment notice (plain text title line)', text: 'Recruitment Privacy Policy\n\nWe use the details in your application to decide whom to interview.' },
    {
      name: 'the title in front matter',
      text: '---\ntitle: Staff Privacy Notice\n---\n\nWe keep payroll records for six years.\n',
      formats: ['markdown'],
    },
    // t9gen: an age group that is let in, and a parent who is ruled out.
    {
      name: 'a range with a parental tier is a tier',
      text: 'You must be 18 to use the app. Players aged 16–17 may register, but only with a guardian\'s approval.',
      jurisdictions: ['gdpr'],
    },
    { name: 'a demographic range admits no one', text: 'Users must be 18 or older. Students aged 16 to 18 get a 20% discount.', jurisdictions: ['gdpr'] },
    {
      name: 'the same group, let in with a parent (plain text)',
      text: 'Members must be 18 or over.\nTeens aged 16 or 17 can open an account with a parent\'s consent.',
      formats: ['plaintext'],
      jurisdictions: ['gdpr'],
    },
  ],
  invalid: [
    // t9gen
    {
      name: 'an age group let in on its own disagrees with the adult limit',
      text: 'Members must be at least 18 years old. Juniors aged sixteen and seventeen may join on their own.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'inconsistent', line: 1 }],
    },
    {
      name: 'a range counts once, at its lowest age',
      text: 'Users must be 18 or older. Teens aged 16 or 17 can open an account without a parent.',
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'inconsistent', line: 1 }],
    },
    {
      name: '"no parental consent is needed" is no tier (Markdown)',
      text: '## Who can join\n\nMembers must be 18 or over.\n\n## Young members\n\nYoung people aged 14 to 17 are welcome to sign up; no parental consent is needed.',
      formats: ['markdown'],
      jurisdictions: ['gdpr'],
      errors: [{ messageId: 'inconsistent', line: 7 }],
    },
    {
      name: '"without a parent" is no tier: the junior account is a second limit',
      text: 'You need to be 18 or older to open an account.\n\nJunior accounts can be opened by anyone aged 16 and over without a parent.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'inconsistent', line: 3 }],
    },
    {
      name: 'POPIA: a group let in below 18 without a parent',
      text: 'Learners aged 15 to 17 can register themselves without their parents.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'belowPopiaAge', line: 1 }],
    },
    {
      name: 'applicants named only in the body: the notice is for everyone',
      text: '# Privacy Policy\n\nWe collect data from customers, and from job applicants who send us a CV.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'a long first line is no title',
      text: 'We run an online shop and handle staff, customer and supplier data in the ways described below, with care and in line with the law.\n\nWe collect your address.',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    // missing
    {
      text: 'We collect your name and e-mail address.',
      errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'warning' }],
    },
    {
      name: 'missing: reported at the children heading (Markdown)',
      text: '# Privacy\n\nWe collect data.\n\n## Children\n\nWe do not knowingly collect data from children.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: 'missing: reported at the children heading (plain text)',
      text: 'Privacy Policy\n\nWe collect data.\n\nChildren\n\nWe do not knowingly collect data from children.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    { name: 'a number word that is no age', text: 'Our team of fifteen staff works under one roof.', errors: [{ messageId: 'missing', line: 1 }] },
    // Ages in words and the reader's own age below the law's.
    {
      name: 'an age in words below the GDPR floor (Markdown)',
      text: '## Kids Club\n\nKids aged eleven or older may create their own reading list without asking a grown-up.',
      formats: ['markdown'],
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 3, column: 6 }],
    },
    {
      name: 'the reader\'s own age with "or over" under POPIA (plain text)',
      text: 'SURF SCHOOL\nIf you\'re 15 or over, you can fill in the booking form on your own.',
      formats: ['plaintext'],
      jurisdictions: ['popia'],
      errors: [{ messageId: 'belowPopiaAge', line: 2, column: 11 }],
    },
    {
      name: 'an age group: under-16s need a parent, so 16- and 17-year-olds sign up alone (POPIA s1 "child")',
      text: "Under-16s need a parent's consent to join; older players can register themselves.",
      jurisdictions: ['popia'],
      errors: [{ messageId: 'belowPopiaAge', line: 1, column: 1 }],
    },
    { name: '"minor changes" is no age', text: 'Minor changes to this policy are posted here.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'staff ages do not count', text: 'Our employees must be at least 18 years old.', errors: [{ messageId: 'missing', line: 1 }] },
    // inconsistent
    {
      name: '"must be over 18" and a COPPA "under 13" under the GDPR alone: COPPA does not explain the 13',
      text: 'You must be over 18 to use Ledgerly. We do not knowingly collect data from children under 13.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'inconsistent', line: 1, column: 85 }],
    },
    {
      name: 'a knowing-collection sentence at 16 is no COPPA safeguard, even under the CCPA',
      text: 'You must be 18 or older to join. We do not knowingly collect personal information from anyone under 16.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'inconsistent', line: 1, column: 95 }],
    },
    {
      name: 'a COPPA safeguard does not explain a second service age',
      text: 'Tallyo is for users aged 13 and over.\n\nYou must be 16 or older to open an account. We never knowingly solicit data from children under thirteen (13).',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'inconsistent', line: 3, column: 13 }],
    },
    {
      name: 'under POPIA the COPPA safeguard is still below 18',
      text: 'Customers must be 18 or older. We do not knowingly collect personal information from children under 13.',
      jurisdictions: ['popia', 'ccpa'],
      errors: [{ messageId: 'belowPopiaAge', line: 1, column: 95 }],
    },
    { name: '"13+" after "must be"', text: 'Users must be 13+ to sign up.', jurisdictions: ['popia'], errors: [{ messageId: 'belowPopiaAge', line: 1, column: 15 }] },
    {
      name: 'from the age of 10',
      text: 'Pupils from the age of 10 may create their own account and agree to our processing themselves.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 1, column: 8 }],
    },
    {
      name: 'the minimum age to use the Service is 12',
      text: 'Who can use Sprout? The minimum age to use the Service is 12.',
      formats: ['plaintext'],
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 1, column: 25 }],
    },
    {
      name: 'a parent who only knows is no tier: the teen signs up alone',
      text: 'Users must be 18 or older.\n\nTeenagers aged 15 and over may open their own account with their parents’ knowledge.',
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'inconsistent', line: 3, column: 11 }],
    },
    {
      name: 'knowledge of a guardian, in plain text',
      text: 'Members must be at least 18 years old. With the knowledge of a guardian, learners aged 16 and up may register.',
      formats: ['plaintext'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'inconsistent', line: 1, column: 83 }],
    },
    {
      text: 'We do not knowingly collect data from children under 13. You must be 18 years or older to create an account.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'inconsistent', line: 1, column: 70, endColumn: 87, severity: 'warning' }],
    },
    {
      name: 'three ages, two findings',
      text: '## Children\n\n- You must be 16 years old or older.\n- Children under 13 are not permitted.\n- Nobody under the age of 18 may buy a plan.',
      formats: ['markdown'],
      jurisdictions: [...GDPR],
      errors: [
        { messageId: 'inconsistent', line: 4, column: 12 },
        { messageId: 'inconsistent', line: 5, column: 10 },
      ],
    },
    {
      name: 'inconsistent table cells',
      text: '| Topic | Rule |\n|---|---|\n| Accounts | You must be 16 years or older |\n| Children | Not intended for children under 13 |',
      formats: ['markdown'],
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'inconsistent', line: 4, column: 40 }],
    },
    {
      name: 'a scoped age does not explain a different unscoped one',
      text: 'Users must be at least 16 years old. Children under 13 may not sign up. In the EU, the limit is under 18.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'inconsistent', line: 1, column: 47 }],
    },
    // belowGdprMinimum
    {
      text: 'Children under 12 may not use the Service.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 1, column: 10, endColumn: 18, severity: 'error' }],
    },
    {
      name: 'a parental tier below 13',
      text: 'Children under the age of 10 may only use the app with a parent present.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 1, column: 10 }],
    },
    {
      name: 'a claimed digital consent age above 16',
      text: 'Under the GDPR, users under 18 require parental consent.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 1, column: 23 }],
    },
    {
      name: 'below 13 in the EU scope too',
      text: 'In the EU, children under 12 may not register.',
      jurisdictions: [...GDPR],
      errors: [{ messageId: 'belowGdprMinimum', line: 1, column: 21 }],
    },
    // belowPopiaAge
    {
      text: 'The Service is not intended for individuals under 16 years of age.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'belowPopiaAge', line: 1, column: 45, endColumn: 66, severity: 'warning' }],
    },
    {
      name: 'POPIA: repeated age reported once; the EU-scoped part is fine',
      text: 'Not intended for children under 13 (or 16 in the EU). We delete data of anyone under 13.',
      jurisdictions: ['gdpr', 'popia'],
      errors: [{ messageId: 'belowPopiaAge', line: 1, column: 27 }],
    },
    {
      name: 'POPIA: a parental tier below 18',
      text: 'Nobody under 18 may use Acme. Users under 16 need consent from a parent.',
      jurisdictions: ['popia'],
      errors: [{ messageId: 'belowPopiaAge', line: 1, column: 37 }],
    },
    // belowMinimumAge
    {
      name: 'minimumAge: a lower age in any region is reported',
      text: 'If this server is in the USA: you must be at least 13 years old.',
      jurisdictions: ['ccpa'],
      options: { minimumAge: 16 },
      errors: [{ messageId: 'belowMinimumAge', line: 1, column: 43, severity: 'warning' }],
    },
    {
      name: 'minimumAge above 18: "minors" alone reads as 18',
      text: 'We do not knowingly collect personal information from minors.',
      options: { minimumAge: 21 },
      errors: [{ messageId: 'belowMinimumAge', line: 1, column: 55 }],
    },
  ],
});

describe('on the real policies', () => {
  const today = new Date('2026-11-27T00:00:00Z');
  const lint = (file: string) => {
    const result = lintFixture(rule, file);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.messageId}`),
      evidence: result.requirements.map((e) => `${e.status} ${e.line}:${e.column}`),
    };
  };

  it('seed 000: "under 13 (or 16 in the EU)" — the EU age is scoped, silent', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: [], evidence: ['met 248:40'] });
  });
  it('seed 001: "under 16" twice, silent', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual({ messages: [], evidence: ['met 72:40'] });
  });
  it('seed 002: "under 16", silent', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual({ messages: [], evidence: ['met 128:45'] });
  });
  it('seed 003: "under 16 years of age", silent', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual({ messages: [], evidence: ['met 68:45'] });
  });
  it('seed 004: "under the age of 18" and "minors" under POPIA, silent', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: ['met 192:93'] });
  });
  it('GitHub 2017: "under the age of 13" under GDPR — within Art. 8(1), silent', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: ['met 56:21'] });
  });
  it('Mastodon: 16 (EU/EEA) and 13 (USA), each scoped, silent', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: ['met 114:28'] });
  });

  it('under all three laws and minimumAge 16, the lower general ages show up', () => {
    const all = (file: string) =>
      lintDocument(readFixture(file), {
        rules: [rule],
        today,
        jurisdictions: ['gdpr', 'popia', 'ccpa'],
        settings: new Map([['children-age', { options: { minimumAge: 16 } }]]),
      }).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);
    expect(all('seeds/000_d80a1d47bfd452aa.txt')).toEqual(['248:40 belowPopiaAge', '248:40 belowMinimumAge']);
    expect(all('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
    // The USA's 13 is scoped (no POPIA finding) but below the configured 16.
    expect(all('corpus/mastodon-default-privacy-policy.md')).toEqual(['119:19 belowMinimumAge']);
  });
});
