import { describe, expect, it } from 'vitest';
import { detectFormat, readDocument } from '../../src/model/index.js';
import retentionPeriod from '../../rules/general/retention-period.js';
import { run } from '../helpers/rule-tester.js';
import { checkInvariants, textAt } from '../helpers/invariants.js';

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Privacy Policy</title>
  <style>
    .privacy h2 { color: #333; }
  </style>
  <script>window.dataLayer = [];</script>
</head>
<body>
  <h1>Privacy Policy</h1>
  <p>Last updated: 3 March 2026</p>
  <h2>Data Retention</h2>
  <p>
    We keep account data for as long as
    your account is open.
  </p>
  <ul>
    <li>Invoices: seven years</li>
    <li>Support tickets: 12 months</li>
  </ul>
  <table>
    <tr><th>Purpose</th><th>Legal basis</th></tr>
    <tr><td>Billing</td><td>Contract</td></tr>
  </table>
  <p>Write to <a href="mailto:privacy@example.com">our privacy team</a>.</p>
</body>
</html>
`;

describe('HTML page reader', () => {
  it('reads a page saved as .txt by its tags: headings, lists, tables, links; not its style or script', () => {
    const doc = readDocument('privacy.txt', PAGE);
    expect(doc.format).toBe('html');
    expect(doc.sections.map((s) => `${s.level}${s.title}`)).toEqual(['1Privacy Policy', '2Data Retention']);
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('Invoices: seven years');
    expect(texts.join(' ')).not.toMatch(/color|dataLayer|<\/?h2>|<li>/);
    expect(doc.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(2);
    expect(doc.tables[0]?.rows[1]?.map((c) => c.text)).toEqual(['Billing', 'Contract']);
    expect(doc.entities.links.map((l) => [l.text, l.url])).toEqual([['our privacy team', 'mailto:privacy@example.com']]);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('collapses the white space of indented markup, as a browser does, keeping true positions', () => {
    const doc = readDocument('privacy.txt', PAGE);
    const p = doc.blocks.find((b) => b.text.startsWith('We keep'))!;
    expect(p.text).toBe('We keep account data for as long as\nyour account is open.');
    const i = p.text.indexOf('your');
    expect(textAt(doc, p.rangeOf(i, i + 4))).toBe('your');
    expect(p.rangeOf(i, i + 4).start).toMatchObject({ line: 16, column: 5 });
  });

  it('reads a JSX component saved as .txt: module code and `{…}` expressions are not prose', () => {
    const source = [
      "import Link from 'next/link';",
      "const email = 'privacy@example.com';",
      '',
      'export default function Privacy() {',
      '  return (',
      '    <Layout title="Privacy">',
      '      <h2 className="title">Your rights</h2>',
      '      <p className="body">',
      "        You can ask for a copy of your data{' '}",
      '        <Link href="/contact">by writing to us</Link>. We reply within {days} days.',
      '      </p>',
      '      {/* TODO: add the DPO */}',
      '    </Layout>',
      '  );',
      '}',
      '',
    ].join('\n');
    const doc = readDocument('privacy.txt', source);
    expect(doc.format).toBe('html');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Your rights',
      'You can ask for a copy of your data\nby writing to us. We reply within days.',
    ]);
    expect(doc.entities.links.map((l) => l.url)).toEqual(['/contact']);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it("reads a Vue component's <template>, not its <script>; generator syntax stays out", () => {
    const source = [
      '<template>',
      '  <section>',
      '    <h2>Cookies</h2>',
      "    <p>We use {{ $t('cookies.count') }} cookies to keep you signed in.</p>",
      '    <router-link to="/contact">Contact us</router-link>',
      '  </section>',
      '</template>',
      '<script>',
      "export default { name: 'Privacy' };",
      '</script>',
      '',
    ].join('\n');
    const doc = readDocument('privacy.txt', source);
    expect(doc.format).toBe('html');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Cookies', 'We use cookies to keep you signed in.', 'Contact us']);
  });

  it('keeps PHP out of the text and leaves an unfilled <insert company name> placeholder in it', () => {
    const source = [
      '<?php include "header.php"; ?>',
      '<h2>Who we are</h2>',
      '<p><insert company name> is the responsible party. Call us on <?php echo $phone; ?>.</p>',
      '<p>Questions? <a href="mailto:info@example.co.za">Email us</a>.</p>',
      ...Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the policy.</p>`),
      '',
    ].join('\n');
    const doc = readDocument('privacy.txt', source);
    expect(doc.format).toBe('html');
    expect(doc.blocks[1]?.text).toBe('<insert company name> is the responsible party. Call us on .');
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/php|header|\$phone/);
  });

  it('keeps lines joined by <br> in one block, each its own sentence (an address, a table cell)', () => {
    const source = [
      '<h2>Contact</h2>',
      '<p>Scratch Foundation<br />ATTN: Privacy Policy<br>',
      '   7315 Wisconsin Ave.<br/>Bethesda, MD 20814</p>',
      '<table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Invoices<br>Receipts</td><td>7 years</td></tr></table>',
      ...Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`),
      '',
    ].join('\n');
    const doc = readDocument('privacy.txt', source);
    const address = doc.blocks[1]!;
    expect(address.text).toBe('Scratch Foundation ATTN: Privacy Policy\n7315 Wisconsin Ave. Bethesda, MD 20814');
    expect(address.sentences.map((s) => s.text)).toEqual(['Scratch Foundation', 'ATTN: Privacy Policy', '7315 Wisconsin Ave.', 'Bethesda, MD 20814']);
    expect(doc.tables[0]?.rows[1]?.map((c) => c.text)).toEqual(['Invoices Receipts', '7 years']);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('leaves plain text with a few links or line breaks to the plain-text reader', () => {
    const text = [
      'PRIVACY POLICY',
      '',
      'We collect your name.<br>We keep it for 12 months.',
      '',
      'See <a href="https://example.com/cookies">our cookie notice</a> and <b>contact us</b>.',
      '',
    ].join('\n');
    expect(detectFormat('privacy.txt', text)).toBe('plaintext');
    expect(detectFormat('privacy.md', PAGE)).toBe('markdown');
    expect(detectFormat('privacy.html', 'Just text.')).toBe('html');
    expect(detectFormat('privacy.vue', '<template><p>x</p></template>')).toBe('html');
  });

  it('lets rules quote the text, not the tags', () => {
    const page = PAGE.replace(/<ul>[\s\S]*?<\/ul>/, '').replace('for as long as\n    your account is open', 'for as long as necessary');
    const { messages } = run(retentionPeriod, { text: page }, 'html');
    expect(messages.map((m) => `${m.line} ${m.message}`)).toEqual([
      '15 Retention statement "as long as necessary" gives neither a period nor the criteria that decide it.',
    ]);
  });
});
