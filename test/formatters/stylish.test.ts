import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import type { LintResult } from '../../src/engine/types.js';
import { context, results } from './results.fixture.js';

describe('stylish formatter', () => {
  it('prints aligned rows per file and a summary (no colour)', () => {
    expect(formatStylish(results, context)).toMatchInlineSnapshot(`
      "
      docs/privacy.md
          1:1   warning  The policy does not say when it was last updated      last-updated
         12:1   error    No legal basis is stated for the processing purposes  gdpr/legal-basis
         40:3   error    The right to data portability is not mentioned        gdpr/data-subject-rights
        105:17  info     Placeholder "[Company Name]" left in the text         placeholder-text

      za/popia policy.txt
        7:1  warning  The right to complain to the Information Regulator is not mentioned  popia/information-regulator

      ✖ 5 problems (2 errors, 2 warnings, 1 info)
      "
    `);
  });

  it('prints nothing when there are no problems', () => {
    const clean = results.filter((r) => r.messages.length === 0);
    expect(formatStylish(clean, context)).toBe('');
    expect(formatStylish([], context)).toBe('');
  });

  it('colours when asked to, and only then', () => {
    const coloured = formatStylish(results, { ...context, color: true });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toContain('\u001b[4mdocs/privacy.md');
    expect(formatStylish(results, context)).not.toContain('\u001b[');
  });

  it('uses singular words for one problem and the warning colour for warnings only', () => {
    const one = results.slice(2);
    const text = formatStylish(one, context);
    expect(text).toContain('\u2716 1 problem (0 errors, 1 warning, 0 infos)');
    expect(formatStylish(one, { ...context, color: true })).toContain('\u001b[33m\u2716');
  });

  it('neutralises control characters from policies and file names', () => {
    const first = results[0] as LintResult;
    const hostile: LintResult = {
      ...first,
      filePath: 'evil\u001b[2J.md',
      messages: [{ ...(first.messages[0] as LintResult['messages'][number]), message: 'Found "\u001b]0;pwned\u0007" here' }],
    };
    const text = formatStylish([hostile], context);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('evil\\u001b[2J.md');
  });
});
