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

  it('cuts sentences at <br> in an indented paragraph exactly where the lines start', () => {
    const source = [
      '<!DOCTYPE html>',
      '<p className="mt-4">',
      '    <strong>HOW THIS POLICY APPLIES</strong>',
      '    <br />',
      '    <strong>A.</strong> As an employee you are required to comply with this policy.',
      '    <br />',
      '    <strong>E.</strong> Our Information Officer advises staff. Questions go to info@example.org.za',
      '</p>',
      '',
    ].join('\n');
    const doc = readDocument('privacy.txt', source);
    const starts = doc.blocks[0]!.sentences.map((s) => s.text.slice(0, 12));
    expect(starts).toEqual(['HOW THIS POL', 'A. As an emp', 'E. Our Infor', 'Questions go']);
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

// A web page saved as .txt: read as HTML, so headings, lists and paragraphs are the ones a
// browser shows, not lines that carry their tags.
describe('an HTML page read as plain text', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '    <meta name="description" content="Privacy notice of a bakery">',
    '    <title>Privacy | Corner Bakery</title>',
    '    <style>.x { color: red; }</style>',
    '</head>',
    '<body>',
    '    <h2>4. How long we keep it</h2>',
    '    <p>We keep order records for:</p>',
    '    <ul>',
    '        <li>Six years, for tax law</li>',
    '        <li>Thirty days, for <strong>web logs</strong></li>',
    '    </ul>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  it('finds the headings, paragraphs and list items, and leaves out tags, attributes and styles', () => {
    const doc = readDocument('policy.txt', page);
    expect(doc.format).toBe('html');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Privacy | Corner Bakery'],
      ['heading', '4. How long we keep it'],
      ['paragraph', 'We keep order records for:'],
      ['listItem', 'Six years, for tax law'],
      ['listItem', 'Thirty days, for web logs'],
    ]);
    expect(doc.sections.map((s) => s.title)).toContain('4. How long we keep it');
    const item = doc.blocks[4]!;
    const i = item.text.indexOf('web logs');
    expect(textAt(doc, item.rangeOf(i, i + 8))).toBe('web logs');
    expect(item.range.start.line).toBe(13);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('reads a component that opens with its <script> the same way', () => {
    const doc = readDocument('policy.txt', '<script lang="ts">\n\tlet year = 2026;\n</script>\n\n<div>\n\t<h1>Your rights</h1>\n\t<p>Email us to see your data.</p>\n</div>\n');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Your rights'],
      ['paragraph', 'Email us to see your data.'],
    ]);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('reads a Vue component: its <template> is the page, not an inert fragment', () => {
    const doc = readDocument('policy.txt', '<script setup lang="ts">\nimport Layout from "./Layout.vue";\n</script>\n\n<template>\n  <h2>Cookies</h2>\n  <p>We set one cookie to remember your language.</p>\n</template>\n');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Cookies'],
      ['paragraph', 'We set one cookie to remember your language.'],
    ]);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('leaves plain text that merely mentions a tag, or starts with one later, to the plain-text reader', () => {
    const doc = readDocument('policy.txt', 'Privacy notice\n\nWe never put <script> tags in our emails.\n<div> is used on our site.\n');
    expect(doc.blocks[0]?.text).toBe('Privacy notice');
    expect(doc.blocks.some((b) => b.text.includes('<script>'))).toBe(true);
  });
});
