import { describe, expect, it } from 'vitest';
import rule from '../../../rules/gdpr/automated-decisions.js';
import { lintFixture, run, testRule } from '../../helpers/rule-tester.js';

const gdpr = { jurisdictions: ['gdpr' as const] };

testRule(rule, {
  valid: [
    // Automatic actions on what the person asked for, with what they look for; outcomes worked out automatically.
    {
      ...gdpr,
      name: 'a payment blocked automatically on warning signs, with examples',
      text: 'Our anti-fraud system automatically blocks a card payment when it detects warning signs, for example a purchase abroad minutes after a password reset.',
    },
    { ...gdpr, name: 'a credit limit set automatically, with its rule', text: 'The app automatically sets your credit limit from your repayment history: it rises by 50 euros after more than six on-time payments.' },
    { ...gdpr, name: 'Art. 22\'s words negated after "No decision"', text: '4.2 No decision that has legal effects for a member or similarly significantly affects them is ever based solely on automated processing, including profiling.' },
    { name: 'a deciding score with its factors', text: 'We use a fraud score to decide whether to accept orders; it is calculated from your order history and delivery address.' },
    {
      name: 'a score "calculated automatically from" its factors, and what a low score "can mean"',
      text: 'We use automated decision-making to approve loans: your score is calculated automatically from your repayment history and current debts, and a low score can mean a loan is refused.',
    },
    { name: 'plain text: "worked out using your claims history"', text: 'AUTOMATED DECISIONS\nWe use automated decision-making to price policies. Your premium is worked out using your claims history and postcode.', formats: ['plaintext'] },
    { name: '"may mean you …" as the consequence', text: 'Our systems use automated decision-making to screen bookings; a flagged booking may mean you are asked for ID at check-in.' },
    { ...gdpr, name: '"No decisions … are made solely by computer"', text: 'No decisions about you are made solely by computer.' },
    {
      ...gdpr,
      name: 'logic as what the claim is checked against',
      text: 'We use software to decide whether a claim is paid straight away. It checks the claim against your policy limits; a claims handler looks at any claim it does not approve.',
    },
    {
      ...gdpr,
      name: '"software to determine which applicants …" with its logic and consequences',
      text: 'We use software to determine which applicants are invited to interview. It compares your CV with the skills listed in the advert; if it ranks you below the cut-off, you will not be invited, and you can ask a recruiter to review the result.',
    },
    { ...gdpr, name: 'no machine decides', text: 'Our volunteers review every application; no algorithm makes decisions about you.' },
    { ...gdpr, name: 'first person: every decision made personally', text: 'We make all membership decisions ourselves, at the committee meeting.' },
    {
      ...gdpr,
      name: 'an application scored automatically, with its logic and consequences',
      text: 'Tenancy applications are scored automatically from your references and income. A score under 60 means you will not be offered the flat.',
    },
    {
      ...gdpr,
      name: 'Markdown: payments screened by an automated model, explained',
      text: '## Fraud prevention\n\nOrders are checked by an automated risk engine that compares the delivery and billing addresses. A mismatch may result in the order being cancelled.',
      formats: ['markdown'],
    },
    { ...gdpr, name: 'decisions always made by a person', text: 'Decisions about your loan application are always made by one of our underwriters.' },
    { ...gdpr, name: 'decisions taken manually', text: 'All decisions on refunds are taken manually.' },
    { ...gdpr, name: 'assessing the factors of an application is logic', text: 'We use automated decision-making to approve loans: the system assesses your income, existing debts and repayment history.' },
    { ...gdpr, name: "Art. 22's test answered no", text: 'We suggest recipes based on the recipes you saved. These suggestions have no legal or similarly significant effects on you.' },
    {
      ...gdpr,
      name: 'a registration refused automatically, with the logic',
      text: 'Your registration is refused automatically if the identity check fails; the check compares your selfie with your passport photo.',
    },
    {
      ...gdpr,
      name: 'what sets the decision off, in a subsection of a dedicated section',
      formats: ['markdown'],
      text: '## Do we make automated decisions about you?\n\n### Community reports\n\nYour account may be automatically suspended as a result of your comments being reported by several readers.\n\nA moderator reviews each hidden comment and can restore it.',
    },
    {
      ...gdpr,
      name: 'a suspension triggered by an event',
      text: 'Your account may be automatically suspended when the system detects it; suspension is triggered by three failed payments in a row.',
    },
    {
      name: 'a score calculated from named data, a threshold, and what a decline means',
      text: 'Our system calculates a risk score from your order history and payment method. Orders scoring above a set threshold are rejected automatically, which means they are not shipped.',
    },
    {
      name: 'automated fraud screening, labelled with its logic and effect',
      text: '- **What:** automated fraud screening of bookings\n- **How it works:** we compare card country and IP location\n- **Effect on you:** a flagged booking is held for a manual check',
    },
    { name: 'the active voice, negated', text: 'The Company does not make decisions about you by automated means.' },
    { name: 'an FAQ answered "No"', text: '**Does an algorithm decide whether I get a loan?** No. A credit officer reviews every application.' },
    { name: 'an FAQ answered "No", machine last', text: 'Is my CV screened by software?\n\nNo, a recruiter reads every CV.' },
    // Declarations that none takes place: not-applicable.
    { text: 'We do not use automated decision-making.' },
    { text: 'No decisions are made solely by automated means.' },
    { text: 'We do not profile you.' },
    { text: 'We never make automated decisions about you.' },
    { text: "We don't carry out profiling or automated decision-making." },
    { text: 'You will not be subject to decisions based solely on automated processing that produce legal effects.' },
    { text: 'ConneqtOS does not engage in automated decision-making within the meaning of Article 22 GDPR.' },
    { text: 'Neither profiling nor automated decision-making is used.' },
    { text: 'Your data will not be used for automated decision-making.' },
    { text: 'We do not make any decisions based solely on automated processing (including profiling) which produce legal or similarly significant effects.' },
    { text: 'Automated decision-making: none.', name: 'a label with "none"' },
    { text: '- No automated decision-making or profiling takes place.', name: 'a bullet' },
    { text: '| Processing | Used? |\n|---|---|\n| Automated decision-making | None |\n| Profiling | No |', formats: ['markdown'], name: 'a table' },
    { text: 'Processing\tUsed?\nAutomated decision-making\tNot used', formats: ['plaintext'], name: 'a tab table' },
    { text: '## Automated decision-making\n\nWe do not make decisions about you based solely on automated processing.', formats: ['markdown'] },
    { text: 'AUTOMATED DECISION-MAKING\n\nWe do not make decisions about you based solely on automated processing.', formats: ['plaintext'] },
    // Mentions: a right, a condition, profiling without significant effects.
    { text: 'You have the right to:\n\n- **Object to automated decisions** - Request manual review of policy denials\n- **Opt out of profiling** - Disable usage pattern analysis', name: 'seed 000 rights list' },
    { text: 'You have the right not to be subject to a decision based solely on automated processing, including profiling.' },
    { text: 'If we use automated decision-making, we will tell you beforehand.' },
    { text: 'Where we use automated decision-making, you have the right to obtain human intervention.' },
    { text: 'We use profiling to personalise your feed.' },
    { text: 'Profiling: We create profiles about you based on your browsing history to show you relevant ads.' },
    { text: '- Right to object to profiling for direct marketing' },
    // Statements that happen, with logic or consequences.
    {
      text: 'We use automated decision-making to assess loan applications based on your income, payment history and existing debts. A low score may result in your application being declined.',
    },
    {
      text: '## Automated decision-making\n\nWe use automated decision-making to screen applications.\n\nThe factors we consider are your years of experience and the skills listed in your CV.',
      formats: ['markdown'],
      name: 'logic in the same section',
    },
    {
      text: 'Our fraud model automatically blocks transactions. It takes into account the device used and the order value; a blocked order is not processed.',
    },
    { text: 'Automated decision making is used to verify your identity; if verification fails, you cannot open an account.' },
    // Jurisdiction: the rule runs only under the GDPR.
    { text: 'We collect your e-mail address.', jurisdictions: ['ccpa'] },
    { text: 'We use automated decision-making to assess loan applications.', jurisdictions: ['popia'] },
    // A right to contest a decision is a mention; a system that decides, with its factors, is explained.
    { text: 'You may contest any decision made about you by automated processing.' },
    { text: 'Our engine decides automatically whether to approve a loan, based on your income and repayment history.' },
    { text: 'No algorithm decides whether you get a loan.' },
    {
      name: 'a decision table with a column that explains each decision (heldout4)',
      text: '| Decision | How it works | What it means for you |\n|---|---|---|\n| Instalment approval | Scores your basket using your order history and a credit agency check | If declined, pay by card instead; ask for a human review |',
      formats: ['markdown'],
    },
    {
      name: 'a decision table with a "Criteria" column',
      text: '| Automated decision | Criteria |\n|---|---|\n| Account suspension | More than 40 actions per second, or known cheat software |',
      formats: ['markdown'],
    },
    {
      name: 'an automatic evaluation explained by a threshold and what a refusal means',
      text: 'When you apply, our system automatically assesses your application using your income and debts. Applicants whose ratio exceeds 40% are declined. A refusal means you will not receive the loan.',
    },
    { name: 'an automatic check with no significant effect', text: 'We automatically check your order for typos in the address.', formats: ['plaintext'] },
    { name: 'a denied automatic evaluation', text: 'Our system does not automatically assess applications; a member of staff decides.' },
    {
      name: 'orders checked automatically, with the logic and a consequence that is not significant',
      text: 'For fraud prevention, we check orders automatically; if the check is negative, we offer only prepayment.',
    },
    // The term as the subject of an event ("takes place", "occurs"): denied, conditional, or explained.
    { name: '"does not take place"', text: 'Automated individual decision-making does not take place.' },
    { name: '"… including profiling does not take place" (translated)', text: 'An automated decision-making including profiling does not take place.' },
    { name: 'a negation after a long subject', text: 'Automated decision-making within the meaning of Art. 22 GDPR is not carried out.', formats: ['plaintext'] },
    { name: 'an event in a condition is a mention', text: 'Should automated decision-making ever occur, we will tell you in advance.' },
    { name: 'profiling that takes place, with no significant effect', text: 'Profiling takes place to tailor the newsletter to your reading habits.' },
    {
      name: 'an event explained in its section',
      text: '## Automated decisions\n\nAutomated decision-making takes place when you apply for a card.\n\nThe factors are your income and your repayment history.',
      formats: ['markdown'],
    },
  ],
  invalid: [
    {
      ...gdpr,
      name: 'Art. 22\'s words without "decision": automated processing, including profiling, used without logic',
      text: 'We may use automated processing, including profiling, in certain cases, with appropriate safeguards.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    { ...gdpr, name: 'a premium adjusted automatically, no logic', text: 'Our system automatically adjusts your premium each year.', errors: [{ messageId: 'noLogic', line: 1 }] },
    { name: 'a score that decides ("to decide whether to accept orders") with no logic', text: 'We use a fraud score to decide whether to accept orders.', errors: [{ messageId: 'noLogic', line: 1 }] },
    { name: 'plain text: "your credit score determines the rate"', text: 'LENDING\nYour credit score determines the interest rate we offer you.', formats: ['plaintext'], errors: [{ messageId: 'noLogic', line: 2 }] },
    {
      name: '"calculated from your data" names no factor',
      text: 'We use automated decision-making to approve loans. The result is calculated from your data.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    { name: '"can mean" without what it means for the person', text: 'We use automated decision-making to approve loans, which can mean faster answers.', errors: [{ messageId: 'noLogic', line: 1 }] },
    { ...gdpr, name: 'a decision "made by computer" without its logic', text: 'Decisions about your loan application are made by computer.', errors: [{ messageId: 'noLogic', line: 1 }] },
    { ...gdpr, name: '"an automated system to decide whether" without its logic', text: 'We use an automated system to decide whether to approve your rental application.', errors: [{ messageId: 'noLogic', line: 1 }] },
    { ...gdpr, name: 'another agent\'s system "to determine which …" without its logic', text: 'The agency uses an automated system to determine which tenants are offered a viewing.', errors: [{ messageId: 'noLogic', line: 1 }] },
    {
      ...gdpr,
      name: 'a decision taken "using an algorithm" without its logic (plain text)',
      text: 'CREDIT\n\nDecisions on credit limits are taken solely using an algorithm.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noLogic', line: 3 }],
    },
    {
      ...gdpr,
      name: 'a title glued to its text is no statement: "ProfilingFor details, see our cookie policy."',
      text: 'ProfilingFor details, see our cookie policy.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      ...gdpr,
      name: 'an exception to "no machine decides" declares nothing',
      text: 'No computer decides anything about you, except our booking system.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      ...gdpr,
      name: 'claims checked automatically and refused, without logic',
      text: 'Your claim is checked automatically and may be refused.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      ...gdpr,
      name: 'plain text: applications screened by an algorithmic tool and rejected, without logic',
      text: 'RECRUITMENT\nCandidates are screened by an algorithmic ranking tool and those ranked lowest are rejected.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noLogic', line: 2 }],
    },
    {
      ...gdpr,
      name: 'decisions not made by a person is no declaration',
      text: 'Decisions about your account are not made by a person.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      ...gdpr,
      name: 'what is decided ("assessing your application") is no logic',
      text: 'We use automated decision-making when evaluating your rental application.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      ...gdpr,
      name: 'what is decided ("considering your claim") is no logic',
      text: 'Automated decision-making, including profiling, is used when we consider your insurance claim.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    // A browser or extension setting acts on things, not on people: no statement about decisions at all.
    {
      ...gdpr,
      name: 'an extension that automatically blocks trackers is no automated decision',
      text: 'We set no cookies of our own. We recommend uBlock, an add-on for your browser that automatically blocks trackers and ads for you.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      ...gdpr,
      name: 'browsers that let you automatically reject cookies',
      text: 'Cookies\n\nIf you prefer, most browsers let you automatically reject all cookies, or warn you before accepting them.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      ...gdpr,
      name: 'an automatic action on accounts still counts',
      text: 'Our filters automatically block accounts that send spam.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      ...gdpr,
      name: 'a registration refused automatically, nothing more',
      text: 'Some registrations are refused automatically.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      ...gdpr,
      name: 'a question heading is no decision, but the answer is',
      formats: ['markdown'],
      text: '## Do we use automated decision-making?\n\nYes, we use automated decision-making to decide on your application.',
      errors: [{ messageId: 'noLogic', line: 3 }],
    },
    {
      ...gdpr,
      name: '"as a result" with no cause named gives no logic',
      text: 'Your account may be automatically suspended. As a result, you may lose access.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'an automatic evaluation of applications with a significant effect, unexplained',
      text: 'Our platform automatically screens each tenancy application and may reject it.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'applications automatically scored, in the passive, in a list',
      text: '- Loan applications are automatically scored, and low scores are declined.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'a decision table whose explaining column is empty',
      text: '| Decision | How it works |\n|---|---|\n| Loan approval | |\n| Account suspension | |',
      formats: ['markdown'],
      errors: [
        { messageId: 'noLogic', line: 3 },
        { messageId: 'noLogic', line: 4 },
      ],
    },
    // Nothing at all: warning, at the rights section, else line 1.
    { text: 'We collect your e-mail address to create your account.', errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'warning' }] },
    {
      text: '# Privacy Policy\n\nWe collect your e-mail.\n\n## Your rights\n\nYou can access and delete your data.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      text: 'Privacy Policy\n\nWe collect your e-mail.\n\nYour rights\n\nYou can access and delete your data.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    { text: 'We analyse usage patterns to improve the Service.', errors: [{ messageId: 'missing', line: 1 }] },
    { text: 'Edit your profile at any time.', errors: [{ messageId: 'missing', line: 1 }], name: '"profile" is not profiling' },
    { text: 'We automatically block spam.', errors: [{ messageId: 'missing', line: 1 }], name: 'not a decision about a person' },
    // It takes place, nothing explained: error at the phrase.
    {
      name: 'the active voice: "may make decisions concerning the data subject by automated means"',
      text: '6.4 The Controller may make decisions concerning the data subject by automated means, including profiling.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'an FAQ about something else answered "No" declares nothing',
      text: 'Can I use the app without an account? No.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'two verbs after "automatically": "automatically ranks and rejects applications"',
      text: 'Our recruitment software automatically ranks and rejects applications.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'automated credit assessment that declines applications, nothing explained',
      text: 'We use automated credit assessment and applications can be declined as a result.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      text: 'We use automated decision-making to assess loan applications.',
      errors: [{ messageId: 'noLogic', line: 1, column: 8, endColumn: 33, severity: 'error' }],
    },
    { text: 'Your application may be automatically rejected.', errors: [{ messageId: 'noLogic', line: 1, column: 25, endColumn: 47 }] },
    { text: 'We use fraud scoring that may block your account.', errors: [{ messageId: 'noLogic', line: 1, column: 8, endColumn: 21 }] },
    { text: 'Our systems automatically suspend accounts that show signs of fraud.', errors: [{ messageId: 'noLogic', line: 1, column: 13 }] },
    { text: 'Decisions about your eligibility for our premium plan are made solely by automated means.', errors: [{ messageId: 'noLogic', line: 1, column: 1 }] },
    { text: 'Some decisions, such as whether to approve a refund, are made automatically.', errors: [{ messageId: 'noLogic', line: 1, column: 58 }] },
    { text: '- We use profiling to determine your eligibility for insurance products.', errors: [{ messageId: 'noLogic', line: 1, column: 10 }] },
    {
      text: '## Automated Decision-Making\n\nWe make automated decisions about whether to approve your booking.',
      formats: ['markdown'],
      errors: [{ messageId: 'noLogic', line: 3, column: 9 }],
    },
    {
      text: 'AUTOMATED DECISIONS\nSome of our decisions are made using automated decision-making.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noLogic', line: 2, column: 38 }],
    },
    {
      text: '| Activity | Details |\n|---|---|\n| Screening | We use automated decision-making to screen job applicants. |',
      formats: ['markdown'],
      errors: [{ messageId: 'noLogic', line: 3, column: 22 }],
    },
    {
      text: 'We do not sell your data. We use automated decision-making to approve merchants.',
      errors: [{ messageId: 'noLogic', line: 1, column: 34 }],
      name: 'a negation in another sentence does not reach',
    },
    {
      name: 'applications checked automatically and rejected, nothing explained',
      text: 'We check applications automatically and may reject them.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'the term as the subject of an event, translated: "takes place in individual cases"',
      text: 'Automated decision-making takes place in individual cases.',
      errors: [{ messageId: 'noLogic', line: 1, column: 1 }],
    },
    {
      name: '"occurs", in a plain-text section',
      text: 'PROFILING AND AUTOMATED DECISIONS\nAutomated individual decision-making may occur when you apply for a credit card.',
      formats: ['plaintext'],
      errors: [{ messageId: 'noLogic', line: 2 }],
    },
    {
      name: 'a system that decides by itself, without its logic',
      text: 'Our underwriting engine decides automatically whether to offer you a policy.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
    {
      name: 'an algorithm that determines who qualifies, without its logic',
      text: 'Our pricing algorithm decides whether you qualify for a discount.',
      errors: [{ messageId: 'noLogic', line: 1 }],
    },
  ],
});

describe('UK GDPR wording', () => {
  it('names the UK GDPR when that is the law the policy names', () => {
    const r = run(rule, { text: 'We comply with the UK GDPR and the Data Protection Act 2018.', ...gdpr }, 'markdown');
    expect(r.messages.map((m) => m.message)).toEqual([expect.stringContaining('(UK GDPR Art. 13(2)(f))')]);
  });
});

describe('evidence', () => {
  it('records a declaration as not-applicable', () => {
    const r = run(rule, { text: 'We do not use automated decision-making.', ...gdpr }, 'markdown');
    expect(r.requirements.map((e) => e.status)).toEqual(['not-applicable']);
  });
  it('records an explained decision as met', () => {
    const r = run(rule, { text: 'We use automated decision-making to set your credit limit based on your income and repayment history.', ...gdpr }, 'plaintext');
    expect(r.requirements.map((e) => e.status)).toEqual(['met']);
  });
});

describe('on the real policies', () => {
  const lint = (file: string): string[] =>
    lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.messageId}`);

  it('seed 000: "Object to automated decisions - Request manual review of policy denials" is a right in a list, not a statement that Art. 22 decisions are made — silent', () => {
    expect(lint('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
    expect(lintFixture(rule, 'seeds/000_d80a1d47bfd452aa.txt').requirements.map((e) => `${e.status}@${e.line}`)).toEqual(['met@221']);
  });
  it('seed 001: nothing on automated decisions (rights list stops at Art. 21) — missing at "6. Your rights under GDPR"', () => {
    expect(lint('seeds/001_5d45be2437642316.txt')).toEqual(['48:1-48:26 warning missing']);
  });
  it('seed 002: missing at "## 8. Your Rights"', () => {
    expect(lint('seeds/002_d0849b8b0e039e27.txt')).toEqual(['112:1-112:18 warning missing']);
  });
  it('seed 003: "We do not use your metrics … for ML models" is no statement on decisions — missing at "Your rights"', () => {
    expect(lint('seeds/003_a73e55a167ae72aa.txt')).toEqual(['54:1-54:33 warning missing']);
  });
  it('seed 004: a POPIA policy — the GDPR pack does not run', () => {
    expect(lint('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('GitHub 2017: missing at "How you can access and control the information we collect"', () => {
    expect(lint('corpus/github-privacy-statement-2017.md')).toEqual(['149:1-149:62 warning missing']);
  });
  it('Mastodon: missing at "What do we use your information for?"', () => {
    expect(lint('corpus/mastodon-default-privacy-policy.md')).toEqual(['44:1-44:39 warning missing']);
  });
});
