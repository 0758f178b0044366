import { describe, expect, it } from 'vitest';
import rule from '../../../rules/ccpa/authorized-agent.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const J = ['ccpa'] as const;
const M = 'missingAgent';

testRule(rule, {
  valid: [
    // The proof as bullets under the agent: a parent item, a heading, a lead-in.
    {
      name: 'nested bullets under a numbered "Authorized Agents" item',
      text: '## Verification\n\n1. **E-mail**\n   - A code sent to your e-mail\n2. **Authorized Agents**\n   - Written permission required\n   - Power of attorney documentation',
      formats: ['markdown'],
      jurisdictions: [...J],
    },
    {
      name: 'bullets under an "Authorized agents" heading',
      text: '### Authorized agents\n\n- Signed authorization from you\n- Proof of the agent\'s identity',
      formats: ['markdown'],
      jurisdictions: [...J],
    },
    {
      name: 'plain text: bullets under a lead-in that names the agent',
      text: 'California requests\n\nIf someone submits a request on your behalf, we need:\n- a power of attorney, or\n- your signed permission',
      formats: ['plaintext'],
      jurisdictions: [...J],
    },
    { text: 'You may use an authorized agent to submit a request on your behalf. We may ask the agent for your signed permission.', jurisdictions: [...J] },
    { name: 'British spelling, bullet', text: 'Your rights\n\n- Authorised agents: an agent may submit requests for you with written permission.', jurisdictions: [...J] },
    { name: 'someone on your behalf', text: 'Someone you authorize may submit a request on your behalf if they provide proof of your permission.', jurisdictions: [...J] },
    { name: 'power of attorney', text: 'If your agent holds a power of attorney under Probate Code §§4121–4130, they may submit the request directly.', jurisdictions: [...J] },
    { name: 'a table cell', text: '| Topic | Details |\n|---|---|\n| Authorized agent | Send the signed authorization to privacy@example.com |', formats: ['markdown'], jurisdictions: [...J] },
    { name: 'GDPR-only policy: the rule does not run', text: 'Your rights under the GDPR.', jurisdictions: ['gdpr'] },
    // The agent in other words: a person you chose, someone requesting for you, signed permission.
    { text: 'A person you have authorized to act for you may make a request to know or delete on your behalf by emailing us.', jurisdictions: ['ccpa'] },
    { text: 'Agents: If someone is making a request for you, they must show us your signed permission.', jurisdictions: ['ccpa'] },
    { text: 'A family member you designate can submit requests in your name through our web form.', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    {
      name: 'a power of attorney under an unrelated heading is no agent instruction',
      text: '## Estate planning services\n\n- Power of attorney documentation\n- Wills and trusts',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: M, line: 1 }],
    },
    {
      name: "the business's own agents over a list of proofs",
      text: '## Our agents\n\n- Written permission required before they call you',
      formats: ['markdown'],
      jurisdictions: [...J],
      errors: [{ messageId: M, line: 1 }],
    },
    { name: 'nothing about agents, at the California heading', text: 'Privacy Policy\n\nCCPA Rights\n\nYou may request to know or delete your data.', formats: ['plaintext'], jurisdictions: [...J], errors: [{ messageId: M, line: 3, column: 1, severity: 'warning' }] },
    { name: 'nothing about agents (Markdown heading)', text: '# Privacy Policy\n\n## CCPA Rights\n\nYou may request to know or delete your data.', formats: ['markdown'], jurisdictions: [...J], errors: [{ messageId: M, line: 3, column: 1 }] },
    { name: 'acting on the consumer\'s behalf, no request', text: 'You may designate someone to act on your behalf.', jurisdictions: [...J], errors: [{ messageId: M, line: 1, column: 1 }] },
    { name: 'a delegate for the account, no request', text: 'Account owners can appoint a team member to act for you in the billing portal.', jurisdictions: [...J], errors: [{ messageId: M, line: 1, column: 1 }] },
    { name: 'the business\'s own agents are not the consumer\'s', text: 'Our authorized agents process payments on our behalf.', jurisdictions: [...J], errors: [{ messageId: M, line: 1, column: 1 }] },
    { name: 'service providers acting on our behalf', text: 'Service providers act on our behalf to host the Service.', jurisdictions: [...J], errors: [{ messageId: M, line: 1 }] },
    { name: 'negation: we do not accept requests from authorized agents', text: 'Your Rights\n\nWe do not accept requests from authorized agents.', jurisdictions: [...J], errors: [{ messageId: M, line: 1 }] },
    { name: 'power of attorney outside a request', text: 'We may disclose information to a person holding your power of attorney when required by law.', jurisdictions: [...J], errors: [{ messageId: M, line: 1 }] },
    {
      name: 'written permission and a chosen person outside any request are no agent',
      text: 'California Privacy Notice\n\nWe share your data with a company you choose only with your written permission.',
      formats: ['plaintext'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'missingAgent', line: 1 }],
    },
    {
      name: 'a refusal of requests from a person the consumer designates',
      text: 'California Privacy Notice\n\nWe do not accept requests from someone you designate.',
      formats: ['plaintext'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: 'missingAgent', line: 1 }],
    },
  ],
});

describe('on the real policies', () => {
  const lint = (file: string): string[] => lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.messageId}`);

  it('seed 000 (gdpr+ccpa): no word on agents — warning at "CCPA Rights (California Users)"', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual(['236:1 warning missingAgent']);
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
    { text: "| Requester | What we need |\n|---|---|\n| You | your account email |\n| An agent acting for you | your signed permission, sent to privacy@example.com |", jurisdictions: ['ccpa'] },
    { text: "An authorized agent can use our web form and upload your signed permission.", jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { text: "\"Authorized Agent\" has the meaning given in 11 CCR § 7063. The Company may require Authorized Agents to comply with its verification procedures.", jurisdictions: ['ccpa'], errors: [{messageId:'missingAgent',line:1}] },
    { text: "| Requester | What we need |\n|---|---|\n| You | your account email |\n| An agent acting for you | nothing more |", jurisdictions: ['ccpa'], errors: [{messageId:'missingAgent',line:1}] },
  ],
});

// The proof an agent must bring is an instruction, however it is worded (§7063(a)(1)).
testRule(rule, {
  valid: [
    { name: 'written consent with a signature', text: 'If an authorized agent is writing to us for you, we will need written consent with a signature from the account holder first.', jurisdictions: ['ccpa'] },
    { name: 'a signed letter', text: 'An authorised agent must send us a signed letter from you before we act.', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'agents named, no proof and no request', text: 'Our authorized agents may contact you about your order.', jurisdictions: ['ccpa'], errors: [{ messageId: 'missingAgent', line: 1 }] },
    { name: 'consent without a signature or writing', text: 'Authorized agents need consent.', jurisdictions: ['ccpa'], errors: [{ messageId: 'missingAgent', line: 1 }] },
  ],
});

// A named section of the privacy policy on how to exercise the rights (see rules/ccpa/shared/cross-reference.ts).
testRule(rule, {
  valid: [
    { name: 'a named section on how to exercise rights', text: "For your rights under California law and how to exercise them, please see the 'Your Rights' section of our Privacy Policy.", jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'a named section on another topic', text: 'Please see the "Cookies" section of our Privacy Policy for the trackers we use.', jurisdictions: ['ccpa'], errors: [{ messageId: 'missingAgent', line: 1 }] },
    { name: 'a bare pointer', text: 'To exercise your rights, see our Privacy Policy.', jurisdictions: ['ccpa'], errors: [{ messageId: 'missingAgent', line: 1 }] },
  ],
});

// Of "a consumer", in the passive, with proof of authorization.
testRule(rule, {
  valid: [
    { name: "a consumer's behalf, proof of authorization", text: "Requests may be made on a consumer's behalf by a person the consumer has chosen; that person must show proof of authorization.", jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: "a consumer's behalf outside any request", text: "Our staff never act on a consumer's behalf.", jurisdictions: ['ccpa'], errors: [{ messageId: 'missingAgent', line: 1 }] },
  ],
});

// An agent allowed is not yet instructions (11 CCR §7011(e)(3)(H)): the paragraph must say how —
// the proof, the verification or where the agent sends the request.
testRule(rule, {
  valid: [
    { name: 'where to send it', text: 'A relative you authorize may file a request for you by writing to Privacy Desk, 9 Elm Row, Fresno, CA.', jurisdictions: ['ccpa'] },
    { name: 'the instruction in the next paragraph', text: '## Agents\n\nYou may appoint an authorized agent to make requests on your behalf.\n\nThe agent will need to provide proof that you appointed it.', formats: ['markdown'], jurisdictions: ['ccpa'] },
    { name: 'the same methods', text: 'Authorized agents may submit a request using the same methods described above.', jurisdictions: ['ccpa'] },
    { name: 'verification', text: 'Someone you designate may make a request for you; we will verify your identity with you before we act on it.', jurisdictions: ['ccpa'] },
    { name: 'a table row with the proof', text: '| Who | What we need |\n|---|---|\n| An authorized agent making a request | The permission you signed |', formats: ['markdown'], jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'allowed, nothing on how', text: 'Authorized agents can make requests for California residents.', jurisdictions: ['ccpa'], errors: [{ messageId: M, line: 1 }] },
    { name: 'the CCPA boilerplate without instructions', text: 'Only you, or a person you authorize to act on your behalf, may make a verifiable consumer request related to your personal information.', jurisdictions: ['ccpa'], errors: [{ messageId: M, line: 1 }] },
    { name: 'a parent acting for a child', text: 'A parent can submit a request for a child under 13.', jurisdictions: ['ccpa'], errors: [{ messageId: M, line: 1 }] },
    {
      name: 'an instruction in another section does not count',
      text: '## Your rights\n\nYou may designate an authorized agent to exercise your rights.\n\n## Security\n\nStaff verify every login with a second factor.',
      formats: ['markdown'],
      jurisdictions: ['ccpa'],
      errors: [{ messageId: M, line: 1 }],
    },
    { name: 'a person you authorize, without how', text: 'A person you have authorized to act for you may make a request to know or delete on your behalf.', jurisdictions: ['ccpa'], errors: [{ messageId: M, line: 1 }] },
  ],
});

describe('evidence', () => {
  it('points at an agent mentioned without instructions, as partial', () => {
    const result = run(rule, { text: 'Intro.\n\nOnly you, or someone you authorize, may make a request.', jurisdictions: ['ccpa'] }, 'plaintext');
    expect(result.requirements.map((e) => `${e.status} ${e.line}:${e.column}`)).toEqual(['partial 3:14']);
    expect(result.messages.map((m) => m.messageId)).toEqual([M]);
  });
});

// The proof under a question about agents, in the same list item.
testRule(rule, {
  valid: [
    { name: 'a question about agents, then the proof', text: '- Acting through an agent? Mail us a power of attorney and we will process it.', jurisdictions: ['ccpa'] },
  ],
  invalid: [
    { name: 'signed permission about something else', text: 'Photos of guests are posted only with their signed permission.', jurisdictions: ['ccpa'], errors: [{ messageId: M, line: 1 }] },
  ],
});
