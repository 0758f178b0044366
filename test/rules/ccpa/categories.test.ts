import { describe, expect, it } from 'vitest';
import rule from '../../../rules/ccpa/categories.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const ccpa = { jurisdictions: ['ccpa' as const] };
const noHint = { ...ccpa, options: { requirePeriod: false } };

testRule(rule, {
  valid: [
    // Statutory categories, framed over the preceding 12 months.
    {
      ...ccpa,
      name: 'a CCPA categories section',
      text: '## Categories of Personal Information We Collect\n\nIn the preceding 12 months, we have collected:\n\n- Identifiers, such as name and IP address\n- Internet or other electronic network activity information',
      formats: ['markdown'],
    },
    { ...ccpa, text: 'In the past twelve (12) months we collected your name, postal address and purchase history.' },
    { ...ccpa, text: 'During the last 12 months we have collected identifiers, commercial information and inferences.' },
    {
      ...ccpa,
      name: 'a pipe table of categories',
      text: '| Category | Examples | Collected in the last 12 months |\n|---|---|---|\n| Identifiers | Name, email address | Yes |\n| Geolocation data | Approximate location | Yes |',
      formats: ['markdown'],
    },
    {
      ...ccpa,
      name: 'a glued table copied from a web page',
      text: 'CategoryExamplesCollected\nIdentifiersName, email, IP addressYes\nCommercial informationPurchase historyYes\n\nWe have collected these categories during the preceding twelve months.',
      formats: ['plaintext'],
    },
    // Plain-language categories, with the hint turned off.
    { ...noHint, text: 'We collect your name, e-mail address and IP address when you use the Service.' },
    { ...noHint, text: 'Your IP address is logged when you visit our website.' },
    { ...noHint, text: 'We automatically collect:\n\n- API call logs\n- Error logs', name: 'seed 000: a list under a collecting lead-in' },
    { ...noHint, text: 'Data we hold\n\n  • Payment information\n  • Order history', formats: ['plaintext'], name: 'bullets under a plain-text heading' },
    { ...noHint, text: '**Information We Collect**\n\n- Name\n- Email address', formats: ['markdown'], name: 'a bold line as a heading' },
    { ...noHint, text: '## What data do we collect?\n\n### Device information\n\nWe log this for security.', formats: ['markdown'], name: 'a sub-heading names the category' },
    // Nothing to list.
    { ...ccpa, text: 'We do not collect any personal information.' },
    { ...ccpa, text: "This app doesn't collect personal information whatsoever." },
    // Not under the CCPA: the rule does not run.
    { text: 'Privacy Policy\n\nWe follow the GDPR.', jurisdictions: ['gdpr'] },
    // A heading in other words, and categories in plain words.
    { ...noHint, text: 'What we learn about you\n\nYour approximate location and the pages you visit.' },
    { ...noHint, text: 'Information you give us\n\n- Your name\n- Your phone number' },
    { ...noHint, text: 'We learn your general location from your IP address.' },
    { ...noHint, text: '**What data have you gathered about me?** Your e-mail address, the IP address of your device and your purchase history.' },
    { ...noHint, text: 'Which information do you collect?\n\nYour name, phone number and shipping address.' },
    { ...noHint, text: 'We collected the categories listed in Cal. Civ. Code § 1798.140(v)(1): identifiers and commercial information.' },
  ],
  invalid: [
    {
      ...ccpa,
      name: 'an answer to a question about something else names no collected category',
      text: 'Can I change my e-mail address?\n\nYes, in your account settings.',
      errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error' }],
    },
    {
      ...ccpa,
      name: 'rights only: reported at line 1',
      text: 'Privacy Policy\n\nThis policy explains your rights as a California resident under the CCPA.\nYou may ask us to delete your account.',
      errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error' }],
    },
    {
      ...ccpa,
      name: 'negated categories: reported at the "collect" heading',
      text: '# Privacy\n\n## Information We Collect\n\nWe do not collect your name or your e-mail address.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      ...ccpa,
      name: 'plain text: negated categories under a bare-line heading',
      text: 'Privacy\n\nWhat we collect\n\nWe never collect social security numbers or passport numbers.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      ...ccpa,
      name: 'cookies are a technology, not a category',
      text: 'We use cookies to keep you signed in.',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      ...ccpa,
      name: 'categories without the 12-month framing: a hint at the list heading',
      text: '# Privacy\n\n## Information We Collect\n\n- Name and e-mail address\n- IP address',
      formats: ['markdown'],
      errors: [{ messageId: 'noPeriod', line: 3, column: 1, severity: 'info' }],
    },
    {
      ...ccpa,
      name: 'plain text: the hint at the bare-line heading',
      text: 'Privacy\n\nInformation We Collect\n\n  • Name and e-mail address\n  • IP address',
      formats: ['plaintext'],
      errors: [{ messageId: 'noPeriod', line: 3, column: 1 }],
    },
    {
      ...ccpa,
      name: 'no heading: the hint at the first category',
      text: 'We collect your name and IP address.',
      errors: [{ messageId: 'noPeriod', line: 1, column: 17, endColumn: 21 }],
    },
    {
      ...ccpa,
      name: 'the hint at the stated list, not at a name mentioned in passing before it (plain text)',
      text: 'Minors\nIf you are under 16, ask a parent before you give us your phone number.\n\nCalifornia\nCategories of personal information collected: identifiers, commercial information, geolocation data.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noPeriod', line: 5, column: 47 }],
    },
    {
      ...ccpa,
      name: 'the hint at the list heading, not at a rights bullet that uses a category name (markdown)',
      text: '- **Right to limit:** limit our use of sensitive personal information\n\n## Data we collect\n\n- Name\n- IP address',
      formats: ['markdown'],
      errors: [{ messageId: 'noPeriod', line: 3, column: 1 }],
    },
    {
      ...ccpa,
      name: 'a name mentioned in passing is still the place when nothing else is listed',
      text: 'If you are under 16, ask a parent before you give us your phone number.',
      errors: [{ messageId: 'noPeriod', line: 1, column: 59 }],
    },
    {
      ...ccpa,
      name: 'a retention period is not the 12-month framing',
      text: 'We collect your e-mail address. We keep logs for 12 months.',
      errors: [{ messageId: 'noPeriod', line: 1, column: 17 }],
    },
    {
      ...noHint,
      name: '"a secure location" and "to learn more" name no category',
      text: 'We store backups in a secure location. To learn more about identifiers, see the FAQ.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

describe('ccpa/categories details', () => {
  it('records a declaration as not applicable', () => {
    const result = run(rule, { text: 'We do not collect any personal information.', ...ccpa }, 'plaintext');
    expect(result.requirements.map((e) => e.status)).toEqual(['not-applicable']);
  });
  it('records the categories and the period', () => {
    const result = run(rule, { text: 'In the preceding 12 months we collected your name.', ...ccpa }, 'plaintext');
    expect(result.requirements.map((e) => `${e.item}: ${e.status}`)).toEqual([
      'categories of personal information collected: met',
      'categories framed over the preceding 12 months: met',
    ]);
  });
  it('does not throw on empty or odd input', () => {
    for (const text of ['', '\n', '|', '# ', '- ', 'we collect '.repeat(3000), 'name '.repeat(5000)]) {
      expect(() => run(rule, { text, ...ccpa }, 'markdown')).not.toThrow();
      expect(() => run(rule, { text, ...ccpa }, 'plaintext')).not.toThrow();
    }
  });
});

describe('on the real policies', () => {
  const pin = (file: string) => {
    const result = lintFixture(rule, file);
    return {
      messages: result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId}`),
      evidence: result.requirements.map((e) => (e.line === undefined ? e.status : `${e.status} ${e.line}:${e.column}`)),
    };
  };

  it('000 (gdpr+ccpa): categories listed under "Information We Collect", never "in the preceding 12 months" — an info hint there', () => {
    expect(pin('seeds/000_d80a1d47bfd452aa.txt')).toEqual({ messages: ['10:1 info noPeriod'], evidence: ['met 12:8', 'missing'] });
  });
  for (const file of ['seeds/001_5d45be2437642316.txt', 'seeds/002_d0849b8b0e039e27.txt', 'seeds/003_a73e55a167ae72aa.txt']) {
    it(`${file}: a GDPR policy — the CCPA pack does not run`, () => {
      expect(pin(file)).toEqual({ messages: [], evidence: [] });
    });
  }
  it('004: a POPIA policy — the CCPA pack does not run', () => {
    expect(pin('seeds/004_9676fbca8d62b176.txt')).toEqual({ messages: [], evidence: [] });
  });
  it('GitHub 2017 and Mastodon: not addressed to California — silent', () => {
    expect(pin('corpus/github-privacy-statement-2017.md')).toEqual({ messages: [], evidence: [] });
    expect(pin('corpus/mastodon-default-privacy-policy.md')).toEqual({ messages: [], evidence: [] });
  });
});

// A notice at collection lists what is "to be collected" (§1798.100(a)(1); 11 CCR §7012): the
// 12-month look-back of the privacy policy is no hint there.
testRule(rule, {
  valid: [
    {
      name: 'a notice at collection titled as such, no 12-month wording',
      text: '# Notice at Collection for California Shoppers\n\n| Category | Examples | Purpose |\n|---|---|---|\n| Identifiers | name, e-mail address | orders |\n| Commercial information | purchase history | orders |',
      formats: ['markdown'],
      ...ccpa,
    },
    {
      name: 'a bold first line as its title',
      text: '**California Notice at Collection**\n\nWe collect identifiers such as your name and e-mail address, and commercial information such as your order history, to fulfil orders.',
      ...ccpa,
    },
  ],
  invalid: [
    {
      name: 'a privacy policy without the look-back still gets the hint',
      text: '# Privacy Policy\n\nWe collect identifiers such as your name and e-mail address, and commercial information such as your order history, to fulfil orders. See our notice at collection for details.',
      formats: ['markdown'],
      ...ccpa,
      errors: [{ messageId: 'noPeriod', line: 3 }],
    },
  ],
});
