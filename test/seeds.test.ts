// What policylint must say about each real policy, line by line (with --today
// 2026-11-27), and the position invariants on each of them read both as Markdown and as
// plain text. A change in a rule or reader shows up here as a reviewable diff.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintDocument } from '../src/engine/index.js';
import { readDocument } from '../src/model/index.js';
import { listFixtures, readFixture } from './helpers/fixtures.js';
import { checkInvariants } from './helpers/invariants.js';

const today = new Date('2026-11-27T00:00:00Z');
const FILES = [...listFixtures('seeds'), ...listFixtures('corpus')];

// Each rule pins its own findings on these files in test/rules/<id>.test.ts; this file
// pins the core's two rules.
const CORE_RULES = builtinRules.filter((r) => r.meta.id === 'last-updated' || r.meta.id === 'placeholder-text');

const lint = (file: string) => {
  const result = lintDocument(readFixture(file), { rules: CORE_RULES, today });
  return {
    jurisdictions: result.jurisdictions,
    messages: result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.messageId}`),
  };
};

describe('diagnostics on the real policies', () => {
  it('seed 000: older than the CCPA allows, and two address slots', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual({
      jurisdictions: ['gdpr', 'ccpa'],
      messages: [
        '4:19-4:36 error last-updated staleCcpa', // **Last Updated:** November 18, 2025: 374 days > 12 months
        '326:1-326:10 error placeholder-text slot', // [Address]
        '327:1-327:19 error placeholder-text slot', // [City, State, ZIP]
      ],
    });
  });

  it('seed 001: an empty "Last updated:" and a template note', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual({
      jurisdictions: ['gdpr'],
      messages: [
        '3:1-3:14 error last-updated empty', // "Last updated:" with nothing after it
        '5:229-5:306 error placeholder-text note', // "This is a template and should be reviewed by legal counsel…"
      ],
    });
  });

  it('seed 002: a stale date', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual({
      jurisdictions: ['gdpr'],
      messages: ['3:15-3:25 warning last-updated stale'], // Last Updated: 2025-01-01
    });
  });

  it('seed 003: a recent date; the [email protected] leftovers are not slots', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual({ jurisdictions: ['gdpr'], messages: [] });
  });

  it('seed 004: "Effective May 2026" is current; "[your organisation name]" is an instruction', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual({ jurisdictions: ['popia'], messages: [] });
  });

  it('GitHub 2017: the front matter is not prose; the effective date is stale', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual({
      jurisdictions: ['gdpr'],
      messages: ['11:19-11:35 warning last-updated stale'], // Effective date: **October 11, 2017**
    });
  });

  it('Mastodon template: no date, and every %{domain}s slot', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual({
      jurisdictions: ['gdpr'],
      messages: [
        '1:1-1:72 warning last-updated missing',
        '1:35-1:45 error placeholder-text slot',
        '1:48-1:58 error placeholder-text slot',
        '3:21-3:31 error placeholder-text slot',
        '6:51-6:61 error placeholder-text slot',
        '7:36-7:46 error placeholder-text slot',
      ],
    });
  });
});

describe('every built-in rule on the real policies (snapshot: a rule change shows up as a diff here)', () => {
  for (const file of FILES) {
    it(file, () => {
      const result = lintDocument(readFixture(file), { rules: builtinRules, today });
      expect({
        jurisdictions: result.jurisdictions,
        messages: result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.messageId}: ${m.message}`),
      }).toMatchSnapshot();
    });
  }
});

describe('position invariants on every real policy, in both readers', () => {
  for (const file of FILES) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`${file} read as ${format}`, () => {
        const doc = readDocument(file, readFixture(file).source, { format });
        expect(doc.blocks.length).toBeGreaterThan(10);
        expect(checkInvariants(doc)).toEqual([]);
      });
    }
  }
});
