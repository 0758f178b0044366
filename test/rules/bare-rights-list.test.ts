// A list of rights written as bare lines (no bullets) after "you have the right to:" is read by
// the shared rights reading (rules/shared/rights.ts), so every pack's rights rule sees it.
import { describe, expect, it } from 'vitest';
import ccpaRights from '../../rules/ccpa/consumer-rights.js';
import gdprRights from '../../rules/gdpr/data-subject-rights.js';
import popiaRights from '../../rules/popia/data-subject-rights.js';
import { run } from '../helpers/rule-tester.js';

const LIST =
  '11. Your rights\nUnder POPIA and, where it applies, the GDPR or the CCPA, you have the right to:\n\nAccess your personal information.\nCorrect inaccurate data.\nRequest deletion of your data.\nObject to or restrict processing of your data.\nReceive your data in a portable format.\n\nWrite to privacy@example.org to use them.';
const NOT_RIGHTS = '11. Our systems\nThe office network logs:\n\nAccess your personal information.\nObject to or restrict processing of your data.\n\nWrite to privacy@example.org with questions.';

const item = (rule: typeof gdprRights, text: string, format: 'markdown' | 'plaintext', jurisdiction: 'gdpr' | 'popia' | 'ccpa', name: RegExp) =>
  run(rule, { text, jurisdictions: [jurisdiction] }, format).requirements.find((r) => name.test(r.item))?.status;

describe.each(['markdown', 'plaintext'] as const)('a rights list of bare lines (%s)', (format) => {
  it('states access and objection for the GDPR', () => {
    expect(item(gdprRights, LIST, format, 'gdpr', /access/i)).toBe('met');
    expect(item(gdprRights, LIST, format, 'gdpr', /object/i)).toBe('met');
    expect(item(gdprRights, NOT_RIGHTS, format, 'gdpr', /access/i)).toBe('missing');
  });
  it('states access and objection for POPIA', () => {
    expect(item(popiaRights, LIST, format, 'popia', /access/i)).toBe('met');
    expect(item(popiaRights, LIST, format, 'popia', /object/i)).toBe('met');
    expect(item(popiaRights, NOT_RIGHTS, format, 'popia', /object/i)).toBe('missing');
  });
  it('states the right to know (access) for the CCPA', () => {
    expect(item(ccpaRights, LIST, format, 'ccpa', /know/i)).toBe('met');
    expect(item(ccpaRights, NOT_RIGHTS, format, 'ccpa', /know/i)).toBe('missing');
  });
});
