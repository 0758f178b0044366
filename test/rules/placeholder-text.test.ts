import { describe, expect, it } from 'vitest';
import rule, { isBracketSlot } from '../../rules/general/placeholder-text.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'pending in prose is no slot', text: 'Requests pending review are answered within 30 days.' },
    { name: 'a bracketed sentence about a pending request is no slot', text: 'We keep your request open while it is pending [see section 4].' },
    { name: 'a filled link target with brackets in its query', text: 'See [our form](https://example.com/form?ids[]=1&ids[]=2).', formats: ['markdown'] },
    // Template syntax named as an example; "this is an example" as prose.
    { text: 'Our newsletter tool supports merge tags such as {{first_name}} and {{city}}, filled from your profile.' },
    { text: 'Placeholders like [Name], [Company Name] or [Date] are filled in by the contract generator you use.' },
    { text: 'Some sites shorten long links (this is an example: https://bit.ly/abc).' },
    { text: 'Conducktr Inc., 1 Main Street, Springfield, United States.' },
    { text: 'See our [Privacy Policy](https://example.com/privacy) for details.', name: 'a Markdown link' },
    { text: '- [x] Encryption at rest\n- [ ] SOC 2 audit', formats: ['markdown'], name: 'check boxes' },
    { text: 'As the court held[1], data must be deleted.[^2]', name: 'footnotes' },
    { text: 'DPO / privacy inquiries — [email\u00a0protected].', name: 'e-mail obfuscator leftover' },
    { text: 'Use the subject line "Benchmark opt-out — [your organisation name]".', name: 'an instruction to the reader' },
    { text: 'We reduce cycle time by X% on average.', name: 'a single X' },
    { text: 'Contact {{ site.data.variables.contact.contact_privacy }} for help.', formats: ['markdown'], name: 'site-generator syntax' },
    // A site generator's variables: the document shows it is a generator's source.
    {
      name: 'front matter: a code-style name is the generator\'s variable',
      text: '---\nlayout: page\ntitle: Privacy\n---\n\nThis site is [{{siteUrl}}]({{siteUrl}}), run by {{ org_name }}.',
      formats: ['markdown'],
    },
    {
      name: 'Pelican metadata header: {{title}} names its Title key',
      text: 'Title: Privacy notice\nSlug: privacy\n\n# {{title}}\n\nWe keep server logs for 30 days.',
    },
    {
      name: 'a dotted name beside other generator syntax',
      text: '{% include header.html %}\n\n{{ company.legal_name }} processes your data. Contact {{ page.contact }}.',
    },
    { text: 'Read more at {{ site.baseurl }}/privacy.', name: 'a generator root' },
    { text: 'Updated {{ page.date | date: "%d %B %Y" }}.', name: 'a filter' },
    { text: 'The CLI never reads environment variables such as ${HOME} or ${PATH}.', name: 'an environment variable is no slot' },
    { text: 'Prices rose by 5% to 10% last year.', name: 'percentages' },
    { text: 'The app shows a %PROGRESS% indicator and logs MAX_RETRIES_HERE errors.', name: 'names that are no fill-in things' },
    { text: 'Our domain is kestrel.dev; your domain is yours.', name: 'your domain in prose' },
    { text: 'Our todo list app stores tasks you create.', name: 'todo as a word' },
    { text: 'Please review this policy carefully.', name: 'review is not a template note' },
    { text: 'We are not your lawyer and this is not legal advice about your own obligations.', name: 'not a template note' },
    { text: 'Account [ID] numbers are stored encrypted.', options: {}, name: 'bracketed word without slot noun' },
    { text: 'Mailing address: [Address]', options: { allow: ['[Address]'] }, name: 'allow option' },
    { text: 'Le «responsable du traitement» est Acme SA, au sens du «RGPD».', name: 'guillemets as quotation marks' },
    { text: 'The fee [to be paid by the requester] is never charged for a first request.', name: 'an editorial bracket with "to be" and no pending verb' },
    { text: 'Our reviewers [named in Annex 2] check each request.', name: 'an editorial aside' },
    { text: 'Subject line: Erasure request – [your e-mail or phone number]', name: 'the reader is told what to write' },
    { text: 'Note to California residents: you have the rights described below.', name: 'a note to readers, not to the drafter' },
    { text: 'We may delete this paragraph if the law changes; we will tell you first.', name: 'deleting as prose, not an instruction' },
    { text: 'Our drafting tool lets you remove the text below from your own documents.', name: 'drafting in ordinary prose' },
    { text: 'Email us with the subject line: Access request – [name].', name: 'a field the reader fills in' },
    { text: 'Send us your [name] and [date of birth] so that we can find your file.', name: 'the reader’s own details' },
    { text: 'Contents: Introduction ........ 2', name: 'a table of contents leader' },
    { text: 'GDPR Art. 5(1)(e) says: "[…] kept in a form which permits identification".', name: 'an elision in a quotation' },
      // t9gen: a recipient's own merge field, a masked number, a language's constant.
    { name: 'an environment variable is no slot', text: 'The SITE_URL variable is set by your hosting provider.' },
    { name: "a form field for the reader's company", text: 'Enter your company name below to request a demo.' },
    { name: "a recipient's merge field", text: 'Hi {{ first_name }}, thanks for joining the choir mailing list.' },
    { name: 'a mailing tool field with a path', text: 'Hello {{ subscriber.first_name }}, you can leave the list at any time.' },
    { name: 'a masked card number', text: 'Receipts show your card as XXXX XXXX XXXX 4821 only.' },
    { name: 'a masked ID number (plain text)', text: 'Statements\nYour ID number appears as XXX-XX-6789.', formats: ['plaintext'] },
    { name: "PHP's __DIR__ left in the page", text: 'require_once __DIR__ . "/../includes/header.php";\n\nWe collect your e-mail address.' },
    // Prose that shares words with the template notes: the reader is told something, not the drafter.
    { name: 'highlighted sections for the reader', text: 'Please read this notice before using our app. We have highlighted the sections about children in bold.' },
    { name: 'blank form fields for the reader', text: 'Fields marked with an asterisk are mandatory; leave the others blank if you wish.' },
    { name: '"this policy has been designed to explain"', text: 'This policy has been designed to explain how we use your data.' },
  ],
  invalid: [
    // A value not there yet, in brackets.
    { name: '"[Pending Registration]" after a label', text: '*KvK Registration: [Pending Registration]*', formats: ['markdown'], errors: [{ messageId: 'slot', line: 1 }] },
    { name: '"NL[Pending]" glued to a prefix', text: 'VAT Number: NL[Pending]', errors: [{ messageId: 'slot', line: 1 }] },
    { name: '"[TBA]" and "[Not yet appointed]"', text: 'Registered office: [TBA]\n\nData protection officer: [Not yet appointed]', errors: [{ messageId: 'slot', line: 1 }, { messageId: 'slot', line: 3 }] },
    { name: '"[Awaiting approval]"', text: 'Company number: [Awaiting approval from the registrar]', errors: [{ messageId: 'slot', line: 1 }] },
    {
      name: 'the template about itself and an instruction to fill in the highlighted sections',
      text: 'This template is provided for guidance only. Replace the highlighted sections with your organisation\'s details before publishing this notice on your website.',
      errors: [{ messageId: 'note', line: 1 }, { messageId: 'note', line: 1 }],
    },
    { name: '"Complete the bracketed fields"', text: 'Complete the bracketed fields and remove this paragraph.', errors: [{ messageId: 'note', line: 1 }] },
    { name: '"This sample is intended as a starting point"', text: 'ABOUT THIS DOCUMENT\nThis sample is intended as a starting point for small charities.', formats: ['plaintext'], errors: [{ messageId: 'note', line: 2 }] },
    { name: '"before publishing this policy on your site"', text: 'Check the retention periods with your accountant before publishing this policy on your site.', errors: [{ messageId: 'note', line: 1 }] },
    {
      name: 'a slot left in a link target, behind filled-looking text (Markdown)',
      text: 'Questions? [Email our privacy team](mailto:%5BInsert%20privacy%20email%5D).',
      formats: ['markdown'],
      errors: [{ messageId: 'slot', line: 1, column: 13 }],
    },
    {
      name: 'brackets in a target make no Markdown link: the slot is in the prose',
      text: 'Questions? [Email our privacy team](mailto:[Insert School’s Privacy Contact Email]).',
      errors: [{ messageId: 'slot', line: 1, column: 44 }],
    },
    {
      name: 'a slot left in an <a href> of a page',
      text: '<h2>Contact</h2>\n<p>Write to <a href="mailto:%5BInsert%20email%20address%5D">our privacy team</a>.</p>\n',
      formats: ['html'],
      errors: [{ messageId: 'slot', line: 2, column: 61 }],
    },
    // t9gen
    { name: 'a constant naming the business detail', text: 'Company: ACME_COMPANY_NAME', errors: [{ messageId: 'slot', line: 1, column: 10 }] },
    { name: 'a bracketed domain slot', text: 'Email: privacy@[yourdomain].com', errors: [{ messageId: 'slot', line: 1, column: 16 }] },
    {
      name: 'an instruction to insert the business details',
      text: "Please insert your company's contact details here.",
      errors: [{ messageId: 'note', line: 1, column: 1 }],
    },
    {
      name: 'an unfilled phone number is one marker',
      text: 'Toll-free number: 1-800-XXX-XXXX',
      errors: [{ messageId: 'marker', line: 1, column: 25 }],
    },
    {
      name: 'a link slot in Title Case (Markdown list)',
      text: '- Web form: [Link to Data Subject Access Request Form]\n- Opt out: [Opt-Out Form]',
      formats: ['markdown'],
      errors: [
        { messageId: 'slot', line: 1, column: 13 },
        { messageId: 'slot', line: 2, column: 12 },
      ],
    },
    {
      name: "the business's own field next to a recipient's",
      text: 'Dear {{first_name}}, {{company_name}} has updated its privacy notice.',
      errors: [{ messageId: 'slot', line: 1, column: 22 }],
    },
    {
      name: 'a template constant that is no language constant',
      text: 'Contact __DPO_NAME__ with any question.',
      formats: ['plaintext'], // Markdown reads __…__ as bold
      errors: [{ messageId: 'slot', line: 1, column: 9 }],
    },
    // A free template's terms and instructions, a "Template notice." label.
    {
      name: 'a free template\'s licence and copy instruction (plain text)',
      text: 'Privacy Policy\n\nYou are free to copy and use this privacy policy template as long as you credit us.\n\nCopy everything from below this line:',
      formats: ['plaintext'],
      errors: [
        { messageId: 'note', line: 3, column: 1 },
        { messageId: 'note', line: 5, column: 1 },
      ],
    },
    {
      name: 'a "Template notice." label in a block quote (Markdown)',
      text: '# Privacy\n\n> **Template notice.** Check these sections with your lawyer before launch.',
      formats: ['markdown'],
      errors: [{ messageId: 'note', line: 3 }],
    },
    {
      name: 'an instruction to remove what does not apply',
      text: 'We collect your name. Remove any sections that do not apply.',
      errors: [{ messageId: 'note', line: 1, column: 23 }],
    },
    {
      name: 'a slot with no example word before it is still a slot',
      text: 'Members can write to {{dpo_email}} with questions.',
      errors: [{ messageId: 'slot', line: 1, column: 22 }],
    },
    {
      name: 'values promised for later, in Markdown',
      text: '## Contact\n\nPhone: [To be confirmed]  \nPostal address: [Registered address to be supplied]\n\n### EU representative\n\n[To be named before launch in the EU]',
      formats: ['markdown'],
      errors: [
        { messageId: 'slot', line: 3, column: 8 },
        { messageId: 'slot', line: 4, column: 17 },
        { messageId: 'slot', line: 8, column: 1 },
      ],
    },
    {
      name: 'an instruction to describe, and two fields offered as alternatives, in plain text',
      text: 'SECURITY\nWe protect your data with [describe the safeguards in place].\n\nQUESTIONS\nQuestions? Reach us at [company email or website].',
      formats: ['plaintext'],
      errors: [
        { messageId: 'slot', line: 2, column: 27 },
        { messageId: 'slot', line: 5, column: 24 },
      ],
    },
    {
      name: 'seed 000 address slots',
      text: '**Mailing Address:**  \nConducktr Inc.  \n[Address]  \n[City, State, ZIP]  \nUnited States',
      formats: ['markdown'],
      errors: [
        { messageId: 'slot', line: 3, column: 1, endColumn: 10 },
        { messageId: 'slot', line: 4, column: 1, endColumn: 19 },
      ],
    },
    {
      text: 'Mailing address:\n[Address]\n[City, State, ZIP]',
      formats: ['plaintext'],
      errors: [
        { messageId: 'slot', line: 2, column: 1 },
        { messageId: 'slot', line: 3, column: 1 },
      ],
    },
    { text: 'Welcome to [Company Name].', errors: [{ messageId: 'slot', line: 1, column: 12, endColumn: 26 }] },
    { text: 'Welcome to {{APP_NAME}}.', errors: [{ messageId: 'slot', line: 1, column: 12, endColumn: 24 }] },
    { text: 'The controller is %COMPANY_NAME%, registered in England.', errors: [{ messageId: 'slot', line: 1, column: 19, endColumn: 33 }] },
    { text: 'Company: YOUR_COMPANY_NAME, COMPANY_ADDRESS_HERE', errors: [{ messageId: 'slot', line: 1, column: 10 }, { messageId: 'slot', line: 1, column: 29 }] },
    { text: 'Contact us at your-email@yourdomain.com for questions.', errors: [{ messageId: 'slot', line: 1, column: 15, endColumn: 40 }] },
    { text: 'Welcome to ${app_name}.', errors: [{ messageId: 'slot', line: 1, column: 12, endColumn: 23 }] },
    {
      name: 'capitals in a dotted path are a slot even beside generator syntax',
      text: '---\ntitle: Privacy\n---\n\nContact: {{ COMPANY.EMAIL }}',
      formats: ['markdown'],
      errors: [{ messageId: 'slot', line: 5, column: 10, endColumn: 29 }],
    },
    // Slots the author must fill, whatever the document is.
    {
      name: 'front matter does not make SCREAMING_CASE or words a variable',
      text: '---\ntitle: Privacy\n---\n\nContact {{COMPANY_EMAIL}} or {{ insert DPO name }}.',
      formats: ['markdown'],
      errors: [
        { messageId: 'slot', line: 5, column: 9, endColumn: 26 },
        { messageId: 'slot', line: 5, column: 30, endColumn: 51 },
      ],
    },
    {
      name: 'no sign of a generator: a dotted name is a slot',
      text: 'Data controller: {{ company.legal_name }}, {{ company.address }}.',
      errors: [
        { messageId: 'slot', line: 1, column: 18, endColumn: 42 },
        { messageId: 'slot', line: 1, column: 44, endColumn: 65 },
      ],
    },
    {
      name: 'a metadata header declares only its own keys',
      text: 'Title: Privacy\n\nWrite to our DPO at {{ dpo_email }}.',
      formats: ['plaintext'],
      errors: [{ messageId: 'slot', line: 3, column: 21, endColumn: 36 }],
    },
    {
      text: 'This privacy policy describes how %{domain}s ("%{domain}s") collects data.',
      errors: [
        { messageId: 'slot', line: 1, column: 35 },
        { messageId: 'slot', line: 1, column: 48 },
      ],
    },
    { text: 'Contact <insert DPO email> for requests.', errors: [{ messageId: 'slot', line: 1, column: 9 }] },
    { text: 'We keep logs for [insert period].', errors: [{ messageId: 'slot', line: 1, column: 18 }] },
    { text: 'Retention: TBD', errors: [{ messageId: 'marker', line: 1, column: 12 }] },
    { text: 'TODO: add the DPO contact.', errors: [{ messageId: 'marker', line: 1, column: 1 }] },
    // A marker inside a reported slot is the same leftover: one finding, not two.
    { text: '_Effective date: [TBD after review]_', formats: ['markdown'], errors: [{ messageId: 'slot', line: 1, column: 18 }] },
    { text: 'Effective date: [TBD after review]', formats: ['plaintext'], errors: [{ messageId: 'slot', line: 1, column: 17 }] },
    { text: 'Write to [Insert postal address TODO] or [TODO: add e-mail].', errors: [{ messageId: 'slot', line: 1, column: 10 }, { messageId: 'slot', line: 1, column: 42 }] },
    { text: 'Our DPO is [To be appointed — TBC].', errors: [{ messageId: 'slot', line: 1, column: 12 }] },
    { text: 'Address: TBD. Phone: TBD.', errors: [{ messageId: 'marker', line: 1, column: 10 }, { messageId: 'marker', line: 1, column: 22 }] },
    { text: 'We keep data for XX days.', errors: [{ messageId: 'marker', line: 1, column: 18 }] },
    { text: 'Lorem ipsum dolor sit amet.', errors: [{ messageId: 'lorem', line: 1, column: 1 }] },
    {
      name: 'seed 001 template note',
      text: 'This policy is intended to satisfy Articles 12–22 of the GDPR. This is a template and should be reviewed by legal counsel before going live.',
      errors: [{ messageId: 'note', line: 1, column: 64, endColumn: 141 }],
    },
    { text: 'Our Data Protection Officer is «Name of DPO» (telephone «Phone Number»).', errors: [{ messageId: 'slot', line: 1, column: 32, endColumn: 45 }, { messageId: 'slot', line: 1, column: 57 }] },
    { text: 'Dear «FirstName», this notice explains how «CompanyName» uses your data.', errors: [{ messageId: 'slot', line: 1, column: 6 }, { messageId: 'slot', line: 1, column: 44 }] },
    { text: 'Our registered office is at [●], London.', errors: [{ messageId: 'slot', line: 1, column: 29, endColumn: 32 }] },
    { text: 'Call our privacy line on [phone number].', errors: [{ messageId: 'slot', line: 1, column: 26 }] },
    { text: 'CCTV images are overwritten after [N] days.', errors: [{ messageId: 'slot', line: 1, column: 35, endColumn: 38 }] },
    { text: 'Data Protection Officer\nEmail: ..........\nPhone: 020 7946 0000', formats: ['plaintext'], errors: [{ messageId: 'marker', line: 2, column: 8 }] },
    {
      name: 'a note to the drafter in its own paragraph',
      text: '## Cookies\n\n[Guidance for the drafter: list every cookie set by the site.]\n\nWe use cookies.',
      formats: ['markdown'],
      errors: [{ messageId: 'note', line: 3, column: 1 }],
    },
    { text: 'Drafting note: adapt the retention periods to your sector. We keep data for 2 years.', errors: [{ messageId: 'note', line: 1, column: 1 }] },
    { text: 'We share data with our payment processor (delete this sentence if the client takes no payments).', errors: [{ messageId: 'note', line: 1, column: 1 }] },
    { text: 'We are the controller/processor [delete as applicable] of your data.', errors: [{ messageId: 'note', line: 1, column: 1 }] },
    {
      name: 'placeholder inside a table cell',
      text: '| Role | Contact |\n|---|---|\n| DPO | [DPO Email] |',
      formats: ['markdown'],
      errors: [{ messageId: 'slot', line: 3, column: 9 }],
    },
  ],
});

describe('isBracketSlot', () => {
  it.each([
    ['Company Name', true],
    ['COMPANY', true],
    ['City, State, ZIP', true],
    ['insert date', true],
    ['Your Company Name', true],
    ['your organisation name', false],
    ['x', false],
    [' ', false],
    ['1', false],
    ['^2', false],
    ['email protected', false],
    ['Privacy Policy', false],
    ['●', true],
    ['phone number', true],
    ['emphasis added', false],
    ['To be confirmed', true],
    ['Registered office to be advised', true],
    ['to be appointed once we trade in the EU', true],
    ['describe how long logs are kept', true],
    ['specify the retention period', true],
    ['privacy email or contact page', false],
    ['business e-mail or phone number', true],
    ['website / email', true],
    ['sic', false],
    ['provided by the user', false],
    ['which is to be expected', false],
  ])('%s → %s', (inner, expected) => {
    expect(isBracketSlot(inner)).toBe(expected);
  });
});
