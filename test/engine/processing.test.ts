import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { findNoCollectionDeclaration, lintDocument } from '../../src/engine/index.js';
import { readDocument } from '../../src/model/index.js';

const today = new Date('2026-11-27T00:00:00Z');
const FORMATS = ['markdown', 'plaintext'] as const;
const read = (text: string, format: (typeof FORMATS)[number]) => readDocument(format === 'markdown' ? 'p.md' : 'p.txt', text, { format });
const declaration = (text: string, format: (typeof FORMATS)[number]) => findNoCollectionDeclaration(read(text, format))?.text;

describe('a declaration that no personal data is collected', () => {
  it.each([
    ['We do not collect any personal data.', 'We do not collect any personal data.'],
    ['Privacy\n\nThis extension does not collect any data. Settings are saved locally in your browser.', 'This extension does not collect any data.'],
    ['We do not collect, store, or transmit any personal information, device information, or usage data from users of the App.', 'We do not collect, store, or transmit any personal information, device information, or usage data from users of the App.'],
    ['The app itself collects no information whatsoever.', 'The app itself collects no information whatsoever.'],
    ["I don't collect any user data.", "I don't collect any user data."],
    ['No personal data is collected, stored or shared by this website.', 'No personal data is collected, stored or shared by this website.'],
    ['This website does not collect, store or process any Personally Identifiable Information. GitHub may collect your IP address when you visit.', 'This website does not collect, store or process any Personally Identifiable Information.'],
    ['We do not collect personal information.', 'We do not collect personal information.'],
    ['We do not collect any personal data. We hold ourselves to high standards.', 'We do not collect any personal data.'],
    // Kept where the user keeps it, or denied: no contradiction.
    ['No personal data is collected. Your data is stored locally on your device.', 'No personal data is collected.'],
    ['We do not collect any personal data. Your personal information is never stored.', 'We do not collect any personal data.'],
    // A heading or a topic names what the policy is about; it does not claim collection.
    ['## Information We Collect\n\nWe never collect any personal data.', 'We never collect any personal data.'],
    ['This policy explains what information we collect. Our game does not collect any personal information.', 'Our game does not collect any personal information.'],
  ])('%s', (text, expected) => {
    for (const format of FORMATS) expect(declaration(text, format)).toBe(expected);
  });

  it('reads emphasis as Markdown, and Markdown bold left in plain text as its words', () => {
    const text = 'We do **not** collect or store any personal data.';
    for (const format of FORMATS) expect(declaration(text, format)).toBe('We do not collect or store any personal data.');
  });

  it.each([
    // Partial: something is still collected.
    'We do not collect any personal data from children under 13.',
    'We do not collect any personal data except your e-mail address.',
    'We do not collect any personal information other than what you give us.',
    'We do not knowingly collect any personal information from minors.',
    'We do not collect sensitive personal data.',
    'We do not collect more personal data than is necessary.',
    'We do not collect any personal data directly; our payment provider does.',
    // Said, then contradicted elsewhere.
    'The app itself collects no information whatsoever. The developer may receive personally identifiable information when you send a bug report.',
    'We do not collect any personal data. The information we collect is used to improve the service.',
    'We do not collect any personal data. We use Google Analytics to count visits.',
    // The reader's data kept, in the passive: a cookie paragraph's denial speaks of the cookies only.
    'Such cookies expire after 30 days. No personal information is stored or collected. Your personal data is kept confidential and stored on our servers.',
    'Ad cookies count clicks; no personal data is collected. All personal details relating to bookings are held securely.',
    // Data the organisation holds: a member list is collection, whatever a cookie bullet says.
    'The data Mossley Heritage Society holds on its members is what they gave us. Cookies count visits; no personal information is collected.',
    'Our cookies are anonymous. No personal information is collected. We use the details we hold about members to send newsletters.',
    'No personal data is collected by our analytics. We also hold contact details for our volunteers.',
    // Not a declaration at all.
    'We collect your name and e-mail address.',
    'We do not sell any personal data.',
    'We do not share any personal data with third parties.',
    'We do not collect personal information for advertising.',
  ])('%s → none', (text) => {
    for (const format of FORMATS) expect(declaration(text, format)).toBeUndefined();
  });
});

describe('the engine on a policy that collects nothing', () => {
  const policy = [
    '# Privacy Policy',
    '',
    'Last updated: 3 March 2026',
    '',
    'Acme Notes does not collect any personal data. Your notes are stored locally on your device.',
    '',
    'We comply with the GDPR and the CCPA. Questions: privacy@acme-notes.dev',
  ].join('\n');

  it('runs only the rules that are not about processing', () => {
    for (const format of FORMATS) {
      const result = lintDocument(read(policy, format), { rules: builtinRules, today });
      expect(result.jurisdictions).toEqual(['gdpr', 'ccpa']);
      expect(result.messages.map((m) => m.ruleId)).toEqual([]);
      const skipped = result.requirements.filter((r) => r.item === 'personal data processed');
      const linted = builtinRules.filter((r) => r.meta.jurisdictions === 'all' || r.meta.jurisdictions.some((j) => j !== 'popia'));
      expect(skipped.map((r) => r.ruleId)).toEqual(linted.filter((r) => r.meta.aboutProcessing).map((r) => r.meta.id));
      expect(skipped.length).toBeGreaterThan(20);
      expect(skipped[0]).toMatchObject({ status: 'not-applicable', line: 5, column: 1, text: 'Acme Notes does not collect any personal data.' });
    }
  });

  it('lints as before when the policy collects something after all', () => {
    const collects = policy.replace('Your notes are stored locally on your device.', 'We collect your e-mail address to send you updates.');
    for (const format of FORMATS) {
      const result = lintDocument(read(collects, format), { rules: builtinRules, today });
      expect(result.messages.some((m) => m.ruleId === 'gdpr/legal-basis')).toBe(true);
      expect(result.requirements.some((r) => r.item === 'personal data processed')).toBe(false);
    }
  });
});
