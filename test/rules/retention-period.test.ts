import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/engine/index.js';
import rule from '../../rules/general/retention-period.js';
import { readFixture } from '../helpers/fixtures.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

/** A near miss must not fire `vague`; the concrete line after it keeps `missing` quiet too. */
const PERIOD = 'Server logs are deleted after 30 days.';
const near = (text: string): string => `${text}\n\n${PERIOD}`;

testRule(rule, {
  valid: [
    // The necessity principle answered nearby: in its section, the blocks after it, or a retention section.
    {
      name: 'a principle among others, and a retention section of periods further on',
      text: '## Our principles\n\n- Accurate and kept up to date\n- Retained only for as long as necessary for the purposes of collection\n\n## Data retention\n\n### Active accounts\n\nAccount data is kept while your account is active.\n\n### Records\n\nInvoices are retained for 7 years.',
      formats: ['markdown'],
    },
    {
      name: 'plain text: "as long as necessary. For example:" then periods in the next paragraph',
      text: 'Data Retention\nWe keep personal information only for as long as necessary to fulfil the purposes of this notice. For example:\n\nMembership records are kept for 5 years after membership ends.\nDonation receipts are kept for 7 years.',
      formats: ['plaintext'],
    },
    {
      name: 'an ending event in the next sentence: "once the respective session has ended"',
      text: 'Storage period\n\nThe data is deleted as soon as it is no longer required for the purpose of its collection. For data used to display the website, this is the case when the respective session has ended.',
    },
    {
      name: 'an ending event: "once the event is over"',
      text: 'Event registrations are kept only as long as they are needed and deleted once the event is over.',
    },
    // Ending events and lead-ins.
    { text: 'Loan records stay on our systems until the close of the fifth tax year after your loan has been repaid.' },
    { text: 'Tenant files are kept until the tenancy has been ended for six years.' },
    { text: 'Your profile is deleted after your account is closed.' },
    {
      name: 'a colon lead-in whose periods follow without retention words (plain text)',
      text: 'HOW WE HANDLE LEADS\nWe retain your data:\nUnconverted leads: 2 years from your request\nServer logs: 13 months',
      formats: ['plaintext'],
    },
    {
      name: 'a colon lead-in followed by a list (Markdown)',
      text: '## Sales\n\nWe keep your data:\n\n- Quotes: 1 year\n- Contracts: until the contract ends',
      formats: ['markdown'],
    },
    { text: 'The app stores nothing: every page is read in memory, so there is nothing for us to keep or delete.' },
    { text: 'Temporarily stored payment details are deleted after 24 hours.' },
    {
      name: 'an ending event two sentences on, in the same paragraph',
      text: '## How long we hold data\n\nWe hold your details only as long as we need them. How long depends on why we hold them. Profile data, for instance, is kept for the time that your membership is active. Once it is no longer needed we erase it.\n',
    },
    {
      name: 'the next sentence opens the list of periods',
      text: 'RETENTION\nWe store personal information for as long as necessary to meet the purposes for which it was collected. The retention periods we apply are:\n- Invoices: 7 years from issue\n- Support tickets: 2 years after closure\n',
    },
    { text: 'Claims files are archived in accordance with Kgosi Life Assurance’s records management schedule, which is published at https://example.com/retention: ten years after the claim is settled.' },
    { text: 'We keep your application as long as we require it to fill the vacancy, and in any case no longer than six months after the role is filled.' },
    { text: 'Under Acme’s retention schedule, invoices are kept for seven years after the end of the tax year.' },
    { text: 'We keep your data for the time needed to process your claim, and for six years after it is closed.' },
    {
      name: 'permitted or required by law: the statutory criterion answers it',
      text: 'The Foundation may keep your data as long as is permitted or required under the law.',
    },
    { text: 'Your profile is kept as long as it serves its purpose, and deleted 24 months after your last login.' },
    // Concrete periods.
    { text: PERIOD },
    { text: 'Backups are purged within 30–90 days.' },
    { text: 'Invoices are kept for ten (10) years, as required by the German Commercial Code.' },
    { text: 'Support tickets are retained for 2 years after resolution.' },
    { text: 'We keep your data as long as necessary, and in any case no longer than 12 months.', name: 'vague phrase with a period' },
    // Criteria and events.
    { text: 'Personal data is retained for the duration of your subscription.' },
    { text: 'We store your data until you delete your account.' },
    { text: 'We retain your data as long as your account is open.' },
    { text: 'Consent records are kept until you withdraw consent, plus 3 years.' },
    // The ending event after "such a time as", "the point at which", "the day": still the event.
    { text: '### How long we keep it\n\nWe retain your details until such a time as you unsubscribe or ask us to remove them.', formats: ['markdown'] },
    { text: 'Retention\nMailing-list addresses are kept till the point at which you opt out of the list.', formats: ['plaintext'] },
    { text: 'Volunteer records are held until the date your account is closed.' },
    { text: 'We keep your application until such time as you withdraw it.' },
    { text: 'Session cookies are deleted when you close your browser.' },
    { text: 'We keep billing records as long as required by tax law.', name: 'statutory criterion' },
    { text: 'Data will be kept for the statutory retention period.' },
    {
      name: 'names what it is necessary for',
      text: 'We retain personal data for as long as necessary to provide the service, i.e. while your account is active.',
    },
    { text: 'GitHub will retain User Personal Information for as long as your account is active or as needed to provide you services.' },
    {
      name: '"indefinitely" ended by the user',
      text: 'We may retain certain User Personal Information indefinitely, unless you delete it or request its deletion.',
    },
    // Anonymised data.
    { text: 'Analytics data is aggregated and anonymised and kept indefinitely.' },
    {
      name: 'seed 000 bullets',
      text: '## Data Retention\n\n- **Active accounts:** Retained while account is active\n- **Aggregated analytics:** Indefinitely (anonymized)\n- **OAuth tokens:** Until revoked or expired\n- **API keys:** Until manually deleted\n',
      formats: ['markdown'],
    },
    {
      name: 'seed 003 plain-text bullets',
      text: 'Retention\n\n  • Account data — until account closure + 90 days\n  • Metrics — per the plan’s retention (30 days / 90 days / custom)\n  • Audit log — 1 year after the event\n',
      formats: ['plaintext'],
    },
    // Negations.
    { text: 'We do not keep your data indefinitely: it is deleted 90 days after account closure.' },
    { text: near('We never store personal data indefinitely.') },
    // A lead-in to a table or list of periods.
    {
      name: 'lead-in to a pipe table',
      text: '## How long we keep it\n\nWe retain personal information only for as long as necessary for the purposes described in this Policy:\n\n| Category | Retention period |\n|---|---|\n| Account data | Duration of subscription + 30 days |\n| Audit logs | 12 months |\n',
      formats: ['markdown'],
    },
    {
      name: 'seed 004 lead-in to a glued table',
      text: '6. How Long We Keep Your Personal Information\n\nWe retain personal information only for as long as necessary for the purposes described in this Policy:\n\nCategoryRetention PeriodReason\nActive account dataDuration of subscription + 30 daysService delivery\nSecurity and audit logs12 monthsSecurity monitoring\n',
      formats: ['plaintext'],
    },
    // Tables with concrete cells.
    {
      text: '| Data | Retention period |\n|---|---|\n| Account data | Until account closure + 30 days |\n| Logs | 90 days |',
      formats: ['markdown'],
    },
    // Near misses: not about retention.
    { text: near('Many years ago we started keeping paper records of our members.'), name: '"many years" not as a period of keeping' },
    { text: 'Invoices are kept for several years: seven years under the Companies Act.', name: 'a vague period made concrete at once' },
    {
      name: 'a published schedule is not an unseen document',
      text: near('We retain records in line with the Trust’s records management schedule, which is published at https://example.org/schedule.'),
    },
    { text: 'Server logs are deleted regularly, and at the latest after 14 days.', name: 'regularly, with a period' },
    { text: 'Payroll records are kept for the legally required period.', name: 'a statutory period is a criterion' },
    { text: near('Prices vary depending on the plan.') },
    { text: 'Prices may vary. We keep invoices for 7 years.', name: 'invoices are data kept for a period' },
    { text: 'Backups are overwritten every 35 days.', name: 'overwriting is deletion' },
    { text: near('API rate limits vary by plan.') },
    { text: near('Storage quota: per plan limits.') },
    { text: near('Your account may be suspended indefinitely for abuse.') },
    { text: near('We will permanently delete your data on request.') },
    { text: near('This offer is available for a limited time.') },
    { text: near('We process data only as necessary to operate the Service.') },
    { text: near('You have the right to have your data erased when it is no longer necessary for the purposes for which it was collected.') },
    { text: near('Your right to erasure may vary depending on where you live.') },
    // Nothing is kept.
    { text: 'We do not collect or store any personal data.', name: 'not applicable' },
    // Options.
    {
      name: 'allowIndefiniteForAnonymised off still ignores other statements',
      text: 'Server logs are kept for 30 days.',
      options: { allowIndefiniteForAnonymised: false },
    },
    // A purpose fulfilled with a period, and an internal schedule that is published.
    { text: 'We delete your data once the purposes of processing have been achieved, at the latest 3 years after your last order.' },
    { text: 'Recordings are retained for 90 days, as set by our retention schedule available at acme.com/retention.' },
    // Lead sentence followed at once by the periods or the criteria.
    {
      name: 'vague lead, periods in the list right below',
      text: '## Keeping data\n\nWe hold personal data only as long as necessary.\n\n- Web analytics: kept for 14 months\n- Support e-mails: deleted 1 year after the ticket closes\n',
      formats: ['markdown'],
    },
    {
      name: 'vague lead, periods in the list right below (plain text)',
      text: 'Keeping data\n\nWe hold personal data only as long as necessary.\n\n• Web analytics: kept for 14 months\n• Support e-mails: deleted 1 year after the ticket closes\n',
      formats: ['plaintext'],
    },
    {
      name: 'vague lead, an example period in the next paragraph',
      text: 'We delete visitor data when no longer needed.\n\nFor instance, our proxy logs with IP addresses are kept for about two weeks.',
    },
    {
      name: 'criteria announced in the next sentence',
      text: 'We keep applicant files for a limited period after the process ends. To determine that period, we consider our obligations under employment law and the risk of legal claims.',
    },
    { text: 'We store volunteer contact details for the duration of your participation in the project.' },
    // Not about the publisher's retention.
    {
      name: 'erasure ground in a rights list',
      text: near('You have these rights:\n\n- ask us to delete data, for example when it is no longer necessary for the purpose it was collected for\n- object to direct marketing\n'),
      formats: ['markdown'],
    },
    { text: near('We send offers to customers who have subscribed for a certain period, and we measure customer retention.') },
    {
      name: '"indefinitely" about what licensees may do; keeping only in the next sentence',
      text: near('An open licence lets anyone copy and redistribute published code indefinitely. Licences often require keeping the author names in the files.'),
    },
    {
      name: 'a criterion hard-wrapped across one-line paragraphs',
      text: '5.1 Member records may be\n\nkept in terms of statutory records retention\n\nrequirements and for our own audits.',
      formats: ['plaintext'],
    },
    { text: 'Client files are archived as the legislative retention requirements for accountants prescribe.' },
    {
      name: 'a response deadline is no retention statement',
      text: near('To correct the personal information we hold, e-mail us. We will reply within a reasonable time period and tell you if we refuse.'),
    },
    {
      name: 'a response deadline under a retention heading',
      text: near('## Keeping and deleting your data\n\nAsk us to delete your account and we will action your request within a reasonable time.'),
      formats: ['markdown'],
    },
      // t9gen: the period given a little later, for the same data.
    {
      name: 'the period two paragraphs on, referring back',
      text: 'The data thus collected will be temporarily stored.\n\nThe legal basis is our legitimate interest.\n\nThe data will be deleted within seven days.',
    },
    { name: 'the same kind of record named later', text: 'Server logs are stored temporarily.\n\nWe use them to find faults.\n\nLogs are deleted after 14 days.' },
      { name: 'on file, with a period', text: 'We keep your CV on file for 6 months.' },
    { name: 'the time a named statute requires', text: 'We keep your data for the time required by the Companies Act.' },
    {
      name: 'a schedule row "as required by" a named Act with its period',
      text: '## How long we keep data\n\n| Data | Retention |\n|---|---|\n| Invoices | As required by the Tax Administration Act (5 years) |\n| Chat logs | 90 days |\n',
      formats: ['markdown'],
    },
    {
      name: 'a list item "stored temporarily in the session", a later item giving the period for all session data',
      text: '## Group sessions\n\n- **Nickname**: stored temporarily in the session.\n- **Filters**: stored temporarily in the session.\n- **Session data**: all session data is deleted automatically after 1 hour.\n',
      formats: ['markdown'],
    },
    { name: 'listings on a credit report with periods set by regulations', text: 'Default listings remain on your credit profile until the period prescribed by the credit regulations ends (two years for defaults, five years for judgments).' },
  ],
  invalid: [
    {
      name: 'a period for other data does not answer a statement about a named kind of record',
      text: '## Logs\n\nServer logs are kept as long as necessary. We review them every month.\n\n## Data retention\n\nInvoices are kept for 7 years.',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3 }],
    },
    {
      name: 'a schedule row with a vague value is not answered by the other rows',
      text: '## Retention\n\n- Interview notes: as long as necessary\n- Application forms: 12 months',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3 }],
    },
    {
      name: '"may vary by plan" is not answered by the general periods in its section',
      text: '## Retention\n\nRetention may vary by plan. We review it often.\n\n## Logs\n\nLogs are kept for 30 days.',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3 }],
    },
    {
      name: 'a retention column whose every row is a bare "as needed" / "as appropriate"',
      text: '## Retention\n\n| Record | Kept for |\n|---|---|\n| Orders | As needed |\n| Chat transcripts | As appropriate |\n',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 5 }, { messageId: 'vague', line: 6 }],
    },
    {
      name: 'a labelled list item "as needed" beside one with a period',
      text: '## How long we keep data\n\n- Invoices: 7 years, as required by tax law\n- Support tickets: as needed\n',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 4 }],
    },
    { name: 'the answer to "How long …?" is a retention statement whatever it names', text: 'How long do you keep my quiz scores?\n\nScores are kept for as long as they prove useful.', formats: ['markdown'], errors: [{ messageId: 'vague', line: 3 }] },
    { name: '"so long as they remain useful to us"', text: 'Q: How long do you keep my quiz scores?\nA: Scores are stored only for so long as they remain useful to us.', formats: ['plaintext'], errors: [{ messageId: 'vague', line: 2 }] },
    {
      name: 'a later list item about other data does not answer a vague one',
      text: '## Group sessions\n\n- **Nickname**: stored temporarily in the session.\n- **Invoices**: kept for 7 years.\n',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3 }],
    },
    { name: '"as long as it stays relevant"', text: 'We keep your uploaded photos as long as it stays relevant.', errors: [{ messageId: 'vague', line: 1 }] },
    { name: '"in line with our records retention schedule"', text: 'Records are retained in line with our records retention schedule.', errors: [{ messageId: 'vague', line: 1 }] },
    { name: '"for the time required by our business needs"', text: 'Your data will be kept for the time required by our business needs.', errors: [{ messageId: 'vague', line: 1 }] },
    { name: '"until such a time as we decide": no event', text: 'We retain your personal data until such a time as we decide to delete it.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"until such time as it is no longer needed"', text: 'We keep your records until such time as they are no longer needed.', errors: [{ messageId: 'missing', line: 1 }] },
    { name: '"until we no longer have a use for it"', text: 'We store your data until we no longer have a use for it.', errors: [{ messageId: 'vague', line: 1 }] },
    { name: '"no longer relevant to us"', text: 'Information is deleted when it is no longer relevant to us.', errors: [{ messageId: 'vague', line: 1 }] },
    { name: '"as long as our legitimate interests require"', text: 'Your data is stored for as long as our legitimate interests require.', errors: [{ messageId: 'vague', line: 1 }] },
    {
      name: '"kept on file" with no period (plain text)',
      text: 'Applications\nYour CV is kept on file in case a suitable role comes up.',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 2 }],
    },
    // t9gen: the business's own judgement; a later period for other data or past a sub-heading.
    {
      name: '"for so long as we consider it useful"',
      text: 'Listener statistics are stored only for so long as we consider it useful.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    { name: '"as long as we find them valuable"', text: 'We keep your survey answers as long as we find them valuable.', errors: [{ messageId: 'vague', line: 1 }] },
    {
      name: 'a later period for other data does not answer',
      text: 'Account details are retained for a limited period.\n\nWe use them to run your account.\n\nServer logs are deleted after 14 days.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: 'a sub-heading line ends the search (plain text)',
      text: 'Backups are kept for a limited period.\n\nNewsletter\n\nThe data is deleted after 30 days.',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 1 }],
    },
    // Vague formulas: "while", someone's discretion, "temporarily".
    {
      name: '"kept while needed" in a list under a retention heading (Markdown)',
      text: '## How long we hold your data\n\n- Enquiries: held while still needed for our purposes\n- Orders: 6 years after the sale',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3, column: 19 }],
    },
    {
      name: 'a committee\'s discretion (plain text)',
      text: 'MEMBER FILES\nMember files are retained for such period as the committee thinks appropriate.',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 2, column: 27 }],
    },
    {
      name: 'at the business\'s discretion',
      text: "Call recordings are kept at the Agency's sole discretion.",
      errors: [{ messageId: 'vague', line: 1, column: 26 }],
    },
    {
      name: 'temporarily stored, no period',
      text: 'Your IP address is temporarily stored on our server to deliver the page.',
      errors: [{ messageId: 'vague', line: 1, column: 20 }],
    },
    {
      name: 'a "while" clause of a different kind does not make it concrete',
      text: 'We keep your details while it is useful.',
      errors: [{ messageId: 'vague', line: 1, column: 22 }],
    },
    {
      name: 'the reader\'s discretion is no retention statement; nothing else is said',
      text: 'You send us your CV at your own discretion. We store CVs securely.',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'a period in the same paragraph that is not about keeping data',
      text: 'We keep your data as long as we need to. We take security seriously. Our team replies to requests within 30 days.',
      errors: [{ messageId: 'vague', line: 1, column: 19 }],
    },
    {
      name: 'a colon after a sentence that does not name the periods',
      text: '## Retention\n\nWe retain customer data for as long as necessary. Some examples:\n\n- Newsletter: sent monthly\n',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3, column: 29 }],
    },
    {
      name: 'an answer after the time phrase does not make it a response deadline',
      text: 'We keep your support messages for a reasonable time after we answer them.',
      errors: [{ messageId: 'vague', line: 1, column: 31 }],
    },
    {
      name: 'a keeping verb between the answer and the time phrase',
      text: 'Once we reply, we store your data for a limited period.',
      errors: [{ messageId: 'vague', line: 1, column: 35 }],
    },
    // Missing.
    {
      text: 'Privacy Policy\n\nWe collect your e-mail address to send you a newsletter.',
      errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error' }],
    },
    {
      name: 'missing points at a storage heading',
      text: '# Privacy\n\nWe collect your e-mail address.\n\n## Data Storage\n\nYour data is stored in the EU on encrypted servers.',
      formats: ['markdown'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: 'missing points at a storage heading (plain text)',
      text: 'Privacy\n\nWe collect your e-mail address.\n\nData Storage\n\nYour data is stored in the EU on encrypted servers.',
      formats: ['plaintext'],
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    // Vague: as long as necessary.
    {
      text: 'We keep your personal data as long as necessary.',
      errors: [{ messageId: 'vague', line: 1, column: 28, endColumn: 48, severity: 'warning' }],
    },
    {
      name: 'WP260: generic purposes are not criteria',
      text: 'Your personal data is stored for as long as necessary for the purposes described in this policy.',
      errors: [{ messageId: 'vague', line: 1, column: 34 }],
    },
    {
      text: 'We will retain each category of personal information for as long as necessary to fulfill the purposes described in this notice, or as otherwise required by law.',
      errors: [{ messageId: 'vague', line: 1, column: 58 }],
    },
    {
      name: 'POPIA s14 restated',
      text: 'Records of personal information will not be retained any longer than is necessary for achieving the purpose for which the information was collected.',
      errors: [{ messageId: 'vague', line: 1, column: 38 }],
    },
    { text: "We don't keep your data longer than we need to.", errors: [{ messageId: 'vague', line: 1, column: 4 }] },
    { text: 'We delete personal data when it is no longer needed.', errors: [{ messageId: 'vague', line: 1, column: 25 }] },
    { text: 'Customer records are kept as long as we need them.', errors: [{ messageId: 'vague', line: 1, column: 27 }] },
    { text: 'Personal data may be retained for the maximum period permitted by law.', errors: [{ messageId: 'vague', line: 1, column: 35 }] },
    { text: 'We store your information for the period necessary to fulfil the purposes outlined in this Privacy Policy.', errors: [{ messageId: 'vague', line: 1, column: 27 }] },
    { text: 'We retain personal data only where we have an ongoing legitimate business need to do so.', errors: [{ messageId: 'vague', line: 1, column: 30 }] },
    { text: 'Personal information will be retained in accordance with our data retention policy.', errors: [{ messageId: 'vague', line: 1, column: 39 }] },
    // Vague: reasonable, indefinite.
    { text: 'We may store your information for a reasonable period of time.', errors: [{ messageId: 'vague', line: 1, column: 31 }] },
    { text: 'Your messages are stored indefinitely.', errors: [{ messageId: 'vague', line: 1, column: 26, endColumn: 38 }] },
    { text: 'Uploaded files are stored permanently on our servers.', errors: [{ messageId: 'vague', line: 1, column: 20 }] },
    {
      name: 'allowIndefiniteForAnonymised: false',
      text: 'Analytics data is aggregated and anonymised and kept indefinitely.',
      options: { allowIndefiniteForAnonymised: false },
      errors: [{ messageId: 'vague', line: 1, column: 54 }],
    },
    // Vague: plans and purposes (seed 002).
    {
      name: 'seed 002 retention section',
      text: '## 5. Data Retention\n\nData retention may vary by plan. Generally:\n\n- Logs: 30–180 days  \n- Snapshots/config history: Per plan limits  \n- Credentials: Stored until removed by customer  \n- Account data: Retained until account deletion\n\nWe may retain some information for legal or auditing purposes.\n',
      formats: ['markdown'],
      errors: [
        { messageId: 'vague', line: 3, column: 16, endColumn: 32 },
        { messageId: 'vague', line: 6, column: 29, endColumn: 44 },
        { messageId: 'vague', line: 10, column: 8, endColumn: 62 },
      ],
    },
    {
      name: 'seed 002 as plain text bullets',
      text: 'DATA RETENTION\n\n• Logs: 30–180 days\n• Snapshots/config history: Per plan limits\n',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 4, column: 29 }],
    },
    { text: 'How long we keep data depends on your subscription tier.', errors: [{ messageId: 'vague', line: 1, column: 23 }] },
    { text: 'Retention periods may vary depending on the type of data.', errors: [{ messageId: 'vague', line: 1, column: 19 }] },
    { text: 'We keep invoices for tax and accounting purposes.', errors: [{ messageId: 'vague', line: 1, column: 4 }] },
    // Tables, headings.
    {
      name: 'vague table cell',
      text: '| Data | Retention |\n|---|---|\n| Backups | Per plan limits |\n| Logs | 30 days |',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3, column: 13 }],
    },
    {
      name: 'vague tab-separated cell',
      text: 'Data category\tRetention period\nBackups\tAs long as necessary\nLogs\t30 days',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 2, column: 9 }],
    },
    {
      name: 'a bare phrase under a retention heading',
      text: '## How long we keep your data\n\nAs long as necessary.',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3, column: 1 }],
    },
    {
      name: 'a bare phrase under a plain-text retention heading',
      text: 'HOW LONG WE KEEP YOUR DATA\n\nFor a reasonable period.\n\nYOUR RIGHTS\n\nYou may ask for a copy.',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 3, column: 1 }],
    },
    // Options.
    {
      name: 'extraVaguePhrases',
      text: 'We keep backups for business continuity.',
      options: { extraVaguePhrases: ['for business continuity'] },
      errors: [{ messageId: 'vague', line: 1, column: 17 }],
    },
    {
      name: 'until the purpose is fulfilled',
      text: 'Personal data is stored until the purpose for which it was collected has been fulfilled.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: 'a period determined by internal policies',
      text: 'Recordings are retained for a period determined by our internal policies.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    // Periods and schedules that are never stated.
    { text: 'CCTV footage is stored for a limited period.', errors: [{ messageId: 'vague', line: 1, column: 24 }] },
    { text: 'Enquiries are kept for a period consistent with the purpose for which they were made.', errors: [{ messageId: 'vague', line: 1, column: 20 }] },
    { text: 'Old support tickets are purged from time to time.', errors: [{ messageId: 'vague', line: 1, column: 25 }] },
    { text: 'We periodically review and delete the personal data we hold.', errors: [{ messageId: 'vague', line: 1, column: 4 }] },
    {
      text: '| Data | Retention |\n|---|---|\n| Call recordings | Varies |',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3, column: 21 }],
    },
    // A period that is named but never stated.
    {
      text: 'Scanned consent forms are archived for a number of years and then shredded.',
      errors: [{ messageId: 'vague', line: 1, column: 36, endColumn: 57, severity: 'warning' }],
    },
    { text: 'CCTV footage: kept for several months, depending on storage space.', errors: [{ messageId: 'vague', line: 1, column: 20 }] },
    // An internal document the reader cannot see, whoever owns it.
    {
      text: '## Retention\n\nThe Practice keeps patient records in line with its internal records management schedule, which the partners review each year.',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 3, column: 36 }],
    },
    {
      text: 'Member data is held according to the Club’s data retention policy.',
      errors: [{ messageId: 'vague', line: 1, column: 21 }],
    },
    {
      name: "a company's own schedule, by its name",
      text: 'Claims files are archived in accordance with Kgosi Life Assurance’s records management schedule.',
      errors: [{ messageId: 'vague', line: 1, column: 27 }],
    },
    {
      text: 'Retention\nApplicant data is deleted as determined by Nordwind GmbH’s internal retention guidelines.',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 2, column: 30 }],
    },
    { text: 'Data is stored as long as it serves the purpose for which it was collected.', errors: [{ messageId: 'vague', line: 1, column: 16 }] },
    { text: 'We will hold your data for the time needed to achieve the purposes of processing.', errors: [{ messageId: 'vague', line: 1, column: 24 }] },
    { text: 'Information is retained for the period required by our internal policies.', errors: [{ messageId: 'vague', line: 1, column: 40 }] },
    { text: 'We store your data as long as legally permissible.', errors: [{ messageId: 'vague', line: 1, column: 20 }] },
    { text: 'Retention: your data will be kept for a period that is appropriate to the purpose.', errors: [{ messageId: 'vague', line: 1, column: 35 }] },
    // "as long as we (reasonably) require it": a need, not a period.
    { text: 'Volunteer details are held for as long as we reasonably require them.', errors: [{ messageId: 'vague', line: 1, column: 32 }] },
    {
      text: '- Interview notes: we keep these only as long as we require them, then shred them.',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 1, column: 39 }],
    },
    {
      name: 'the next paragraph has a period that is not about keeping data',
      text: 'We retain personal data as long as necessary.\n\nWe answer requests within 30 days.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: 'a list below that gives no periods',
      text: 'We keep your data as long as necessary.\n\n- Contact data: kept as needed\n- Logs: stored securely\n',
      formats: ['markdown'],
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: '"indefinitely" with its own keeping verb',
      text: 'Uploaded photos are stored indefinitely.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: 'the engagement team is not a retention event',
      text: 'We keep records for a certain period. Our user retention team may contact you.',
      errors: [{ messageId: 'vague', line: 1 }],
    },
    {
      name: 'a finished paragraph does not run on into the next',
      text: 'We keep your data as long as necessary.\n\nrecords retention requirements are set by our auditors.',
      formats: ['plaintext'],
      errors: [{ messageId: 'vague', line: 1 }],
    },
  ],
});

describe('on the real policies', () => {
  const today = new Date('2026-11-27T00:00:00Z');
  const findings = (file: string): string[] =>
    lintFixture(rule, file).messages.map((m) => `${m.line}:${m.column} ${m.messageId}`);

  it('000: concrete "Data Retention" section; "Until revoked or expired" and anonymised analytics are fine', () => {
    expect(findings('seeds/000_d80a1d47bfd452aa.txt')).toEqual([]);
  });
  it('001: "How long we keep it" gives a period or event per category', () => {
    expect(findings('seeds/001_5d45be2437642316.txt')).toEqual([]);
  });
  it('002: "may vary by plan", "Per plan limits" and the open-ended legal carve-out', () => {
    expect(findings('seeds/002_d0849b8b0e039e27.txt')).toEqual(['82:16 vague', '85:29 vague', '89:8 vague']);
  });
  it('003: "per the plan’s retention (30 days / 90 days / custom)" names its periods', () => {
    expect(findings('seeds/003_a73e55a167ae72aa.txt')).toEqual([]);
  });
  it('004: "as long as necessary …:" leads into a table of periods', () => {
    expect(findings('seeds/004_9676fbca8d62b176.txt')).toEqual([]);
  });
  it('GitHub 2017: "as long as your account is active", "indefinitely, unless you delete it"', () => {
    expect(findings('corpus/github-privacy-statement-2017.md')).toEqual([]);
  });
  it('Mastodon: "no more than 90 days", "no more than 12 months"', () => {
    expect(findings('corpus/mastodon-default-privacy-policy.md')).toEqual([]);
  });
  it('records where the requirement is met', () => {
    const result = lintDocument(readFixture('seeds/001_5d45be2437642316.txt'), { rules: [rule], today });
    expect(result.requirements).toEqual([expect.objectContaining({ item: 'retention period', status: 'met', line: 43 })]);
  });
});
