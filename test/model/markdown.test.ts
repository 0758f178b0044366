import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/model/index.js';
import { markdownChunks, readMarkdown, type Chunking } from '../../src/model/markdown.js';
import { LineIndex } from '../../src/model/source.js';
import { checkInvariants, textAt } from '../helpers/invariants.js';
import { readFixture } from '../helpers/fixtures.js';

const md = (text: string) => readDocument('policy.md', text);

describe('Markdown reader', () => {
  it('strips inline markup from text but maps every character back', () => {
    const doc = md('# Privacy\n\n- **Email address** - For account identification\n');
    const item = doc.blocks.find((b) => b.kind === 'listItem');
    expect(item?.text).toBe('Email address - For account identification');
    const i = item!.text.indexOf('address');
    expect(textAt(doc, item!.rangeOf(i, i + 7))).toBe('address');
    expect(item!.rangeOf(i, i + 7).start).toMatchObject({ line: 3, column: 11 });
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('ends a sentence at each line of a paragraph written one item a line', () => {
    const sentences = (text: string) => md(text).blocks.flatMap((b) => b.sentences.map((s) => s.text));
    // Label/value lines under a title; bare lines under a title that ends in a preposition.
    expect(sentences('Data we get from others\nSource: your employer\nData received: your name and job title')).toEqual([
      'Data we get from others',
      'Source: your employer',
      'Data received: your name and job title',
    ]);
    expect(sentences('Who we share with\nOur bookkeeper\nThe payroll bureau\nHMRC')).toHaveLength(4);
    const doc = md('Intro.\n\nOpening hours\nMonday: 9 to 5\nTuesday: closed\n');
    const tuesday = doc.blocks[1]!.sentences[2]!;
    expect(textAt(doc, tuesday.range)).toBe('Tuesday: closed');
    expect(checkInvariants(doc)).toEqual([]);
    // Hard-wrapped prose stays one sentence: a line ends in a function word or starts in lower case.
    expect(sentences('We share your data with\nGoogle and Microsoft, who host\nOur website for us.')).toHaveLength(1);
    expect(sentences('We may share your personal data\nwith our payment processor\nWhen you buy a ticket.')).toHaveLength(1);
    // Two lines are no list.
    expect(sentences('Acme Ltd\nRegistered office: 1 High Street')).toHaveLength(1);
  });

  it('builds a section tree from heading levels', () => {
    const doc = md('# A\n\ntext\n\n## B\n\n### C\n\nc text\n\n## D\n');
    expect(doc.root.children.map((s) => s.title)).toEqual(['A']);
    expect(doc.sections.map((s) => `${s.level}${s.title}:${s.parent?.title ?? ''}`)).toEqual(['1A:', '2B:A', '3C:B', '2D:A']);
    const c = doc.sections[2]!;
    expect(c.blocks.map((b) => b.text)).toEqual(['C', 'c text']);
    expect(c.range.end.line).toBe(11);
  });

  it('reads GFM tables into cells with column headers', () => {
    const doc = md('| Purpose | Basis |\n|---|---|\n| Billing | Contract |\n');
    const [table] = doc.tables;
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Purpose', 'Basis'],
      ['Billing', 'Contract'],
    ]);
    const contract = table!.rows[1]![1]!;
    expect(contract.cell).toMatchObject({ row: 1, column: 1, header: false, columnHeader: 'Basis' });
    expect(contract.range.start).toMatchObject({ line: 3, column: 13 });
  });

  it('keeps positions through CRLF, a BOM-less tab and non-ASCII text', () => {
    const doc = md('# Política\r\n\r\nDatos\tpersonales: ünïcödé@example.com y privacy@ex.com\r\n');
    expect(checkInvariants(doc)).toEqual([]);
    const email = doc.entities.emails.at(-1);
    expect(email && textAt(doc, email.range)).toBe('privacy@ex.com');
    expect(email?.range.start).toMatchObject({ line: 3, column: 41 });
  });

  it('leaves front matter out of the prose and parses its fields', () => {
    const doc = md('---\ntitle: Privacy\ndate: 2017-10-11\n---\n\nEffective date: **October 11, 2017**\n');
    expect(doc.frontMatter?.data).toMatchObject({ title: 'Privacy', date: '2017-10-11' });
    expect(doc.frontMatter?.fields.map((f) => [f.key, f.range.start.line])).toEqual([
      ['title', 2],
      ['date', 3],
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Effective date: October 11, 2017']);
    expect(doc.blocks[0]?.range.start.line).toBe(6);
  });

  it('reads TOML and JSON front matter', () => {
    expect(md('+++\ntitle = "P"\nlastmod = 2024-01-02\n+++\nText\n').frontMatter?.fields.map((f) => f.key)).toEqual(['title', 'lastmod']);
    expect(md('{\n  "title": "P",\n  "date": "2024-01-02"\n}\nText\n').frontMatter?.data).toEqual({ title: 'P', date: '2024-01-02' });
  });

  it('does not take a leading thematic break for front matter', () => {
    const doc = md('---\n\nSome text here.\n\n---\n\nMore.\n');
    expect(doc.frontMatter).toBeNull();
    expect(doc.blocks.map((b) => b.text)).toEqual(['Some text here.', 'More.']);
  });

  it('sets site-generator syntax apart from prose', () => {
    const doc = md('Contact our {{ site.data.variables.contact.contact_privacy }} or {% include x.html %} today.\n');
    expect(doc.templates.map((t) => t.kind)).toEqual(['liquid-output', 'liquid-tag']);
    expect(doc.blocks[0]?.text).toBe('Contact our  or  today.');
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('keeps a template placeholder like {{COMPANY}} in the prose', () => {
    expect(md('Welcome to {{COMPANY}}.\n').blocks[0]?.text).toBe('Welcome to {{COMPANY}}.');
  });

  it('reads text inside embedded HTML tables with true positions', () => {
    const src = [
      '# Legal bases',
      '',
      '<table>',
      '  <tr><th>Purpose</th><th>Legal basis</th></tr>',
      '  <tr><td>Billing &amp; invoicing</td><td>Contract<br>Art. 6(1)(b)</td></tr>',
      '</table>',
      '',
      '<details><summary>More</summary>We keep logs for 30 days.</details>',
      '',
    ].join('\n');
    const doc = md(src);
    expect(checkInvariants(doc)).toEqual([]);
    const [table] = doc.tables;
    expect(table?.source).toBe('html');
    expect(table?.hasHeader).toBe(true);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Purpose', 'Legal basis'],
      // <br> is a line break inside the cell, which keeps both lines
      ['Billing & invoicing', 'Contract Art. 6(1)(b)'],
    ]);
    const contract = table!.rows[1]![1]!;
    expect(textAt(doc, contract.range)).toBe('Contract<br>Art. 6(1)(b)');
    expect(contract.sentences.map((s) => s.text)).toEqual(['Contract', 'Art. 6(1)(b)']);
    expect(contract.range.start).toMatchObject({ line: 5, column: 43 });
    expect(doc.blocks.some((b) => b.text === 'We keep logs for 30 days.')).toBe(true);
    expect(doc.entities.durations[0] && textAt(doc, doc.entities.durations[0].range)).toBe('30 days');
  });

  it('collects HTML comments for directives', () => {
    const doc = md('<!-- policylint-disable last-updated -->\n\nText <!-- inline --> here.\n');
    expect(doc.comments.map((c) => [c.value, c.range.start.line])).toEqual([
      ['policylint-disable last-updated', 1],
      ['inline', 3],
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Text  here.']);
  });

  it('splits sentences at hard line breaks', () => {
    const doc = md('**Effective Date:** November 18, 2025  \n**Last Updated:** November 18, 2025\n');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Effective Date: November 18, 2025', 'Last Updated: November 18, 2025']);
  });

  it('keeps each link with its text and target: inline, by reference, autolink, and <a href>', () => {
    const doc = md(
      [
        'Write to [our **contact** form](https://acme.com/contact) or [the DPO][dpo].',
        '',
        '- File [an issue][] or see <https://acme.com/help>.',
        '',
        '| Where | How |',
        '|---|---|',
        '| Online | [request form](/privacy/request) |',
        '',
        '<p>Or use <a href="mailto:privacy@acme.com">our <b>mailbox</b></a>.</p>',
        '',
        '[dpo]: mailto:dpo@acme.com',
        '[An Issue]: https://github.com/acme/app/issues',
        '',
      ].join('\n'),
    );
    expect(doc.entities.links.map((l) => [l.text, l.url, l.block.kind])).toEqual([
      ['our contact form', 'https://acme.com/contact', 'paragraph'],
      ['the DPO', 'mailto:dpo@acme.com', 'paragraph'],
      ['an issue', 'https://github.com/acme/app/issues', 'listItem'],
      ['https://acme.com/help', 'https://acme.com/help', 'listItem'],
      ['request form', '/privacy/request', 'tableCell'],
      ['our mailbox', 'mailto:privacy@acme.com', 'paragraph'],
    ]);
    const contact = doc.entities.links[0]!;
    expect(textAt(doc, contact.range)).toBe('our **contact** form');
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('has no links where there is only bracketed text or an undefined reference', () => {
    expect(md('Our [Company Name] and [this][nowhere] are not links.\n').entities.links).toEqual([]);
    expect(readDocument('p.txt', 'Write to [us](https://acme.com/contact).\n', { format: 'plaintext' }).entities.links).toEqual([]);
  });

  it('reads nested list items with their depth', () => {
    const doc = md('1. **Service Delivery**\n   - Authenticate requests\n   - Execute calls\n2. **Account**\n');
    expect(doc.blocks.map((b) => `${b.kind}:${b.depth}:${b.text}`)).toEqual([
      'listItem:1:Service Delivery',
      'listItem:2:Authenticate requests',
      'listItem:2:Execute calls',
      'listItem:1:Account',
    ]);
  });
});

describe('Markdown seeds and corpus: positions point at the exact text', () => {
  it('seed 000 (Markdown in a .txt file)', () => {
    const doc = readFixture('seeds/000_d80a1d47bfd452aa.txt');
    expect(doc.format).toBe('markdown');
    const heading = doc.sections.find((s) => s.title === 'Data Breach Notification')!.heading!;
    expect(heading.range.start).toMatchObject({ line: 154, column: 1 });
    expect(heading.depth).toBe(3);
    const address = doc.blocks.find((b) => b.text.includes('[Address]'))!;
    const i = address.text.indexOf('[Address]');
    expect(address.rangeOf(i, i + 9).start).toMatchObject({ line: 326, column: 1 });
    const email = doc.entities.emails.find((e) => e.address === 'dpo@conducktr.com')!;
    expect(email.range.start).toMatchObject({ line: 330, column: 30 });
    expect(textAt(doc, email.range)).toBe('dpo@conducktr.com');
  });

  it('seed 002 (Markdown in a .txt file)', () => {
    const doc = readFixture('seeds/002_d0849b8b0e039e27.txt');
    expect(doc.format).toBe('markdown');
    const item = doc.blocks.find((b) => b.text === 'Authentication providers (e.g., Auth0)')!;
    expect(item.range.start.line).toBe(70);
    expect(doc.sections.map((s) => s.title)).toContain('5. Data Retention');
  });

  it('GitHub privacy statement: front matter and Liquid variables', () => {
    const doc = readFixture('corpus/github-privacy-statement-2017.md');
    expect(doc.frontMatter?.data['title']).toBe('GitHub Privacy Statement');
    expect(doc.blocks[0]?.range.start.line).toBe(11);
    expect(doc.blocks.some((b) => b.text.includes('redirect_from'))).toBe(false);
    expect(doc.templates.length).toBeGreaterThanOrEqual(3);
    expect(doc.templates[0]?.range.start.line).toBe(130);
    expect(doc.blocks.some((b) => b.text.includes('{{'))).toBe(false);
  });

  it('Mastodon template: hard-wrapped list items keep exact positions', () => {
    const doc = readFixture('corpus/mastodon-default-privacy-policy.md');
    const item = doc.blocks.find((b) => b.text.startsWith('IPs and other metadata'))!;
    const i = item.text.indexOf('12 months');
    expect(textAt(doc, item.rangeOf(i, i + 9))).toBe('12 months');
    expect(item.rangeOf(i, i + 9).start.line).toBe(41);
  });
});

describe('large Markdown files are read in pieces that parse the same', () => {
  it('reads 40 copies of a seed exactly like one copy, shifted', () => {
    const one = readFixture('seeds/000_d80a1d47bfd452aa.txt').source + '\n\n';
    const single = readDocument('p.md', one);
    const many = readDocument('p.md', one.repeat(40));
    expect(markdownChunks(one.repeat(40)).length).toBeGreaterThan(1);
    expect(many.blocks.length).toBe(single.blocks.length * 40);
    const shape = (b: (typeof single.blocks)[number], shift: number) => `${b.kind}:${b.depth}:${b.range.start.offset - shift}:${b.range.end.offset - shift}:${b.text}`;
    for (let k = 0; k < 40; k += 13) {
      const copy = many.blocks.slice(k * single.blocks.length, (k + 1) * single.blocks.length);
      expect(copy.map((b) => shape(b, k * one.length))).toEqual(single.blocks.map((b) => shape(b, 0)));
    }
    expect(checkInvariants(many)).toEqual([]);
  });

  it('never cuts inside a fenced code block', () => {
    const text = `${'Intro paragraph.\n\n'.repeat(20000)}\`\`\`\n\nNot a cut here\n\n\`\`\`\n\nAfter.\n`;
    for (const c of markdownChunks(text)) expect(text.slice(c.start, c.end).split('```').length % 2).toBe(1);
  });
});

describe('bold labels as headings', () => {
  it('reads a paragraph that is only a short bold phrase as a heading one level below the last real heading', () => {
    const doc = md(
      [
        '**Privacy Policy**',
        '',
        '**1. Information we collect**',
        '',
        'We collect your name.',
        '',
        '## Security',
        '',
        '**Technical Safeguards:**',
        '',
        '- Encryption at rest',
        '',
        '**Cross border Transfers of personal information**',
        '',
        'Data may be stored abroad.',
        '',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => `${s.level}${s.title}`)).toEqual([
      '1Privacy Policy',
      '11. Information we collect',
      '2Security',
      '3Technical Safeguards:',
      '3Cross border Transfers of personal information',
    ]);
    expect(doc.blocks.find((b) => b.text === 'Encryption at rest')?.section.title).toBe('Technical Safeguards:');
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('leaves bold sentences, bold lead-ins of a paragraph and bold list items alone', () => {
    const doc = md(
      [
        '# Privacy',
        '',
        '**We will notify the users via email within 7 business days**',
        '',
        '**We do not sell your personal information.**',
        '',
        '**Scientific Research**. For research in the public interest.',
        '',
        '**Mailing Address:**  ',
        '1 Main Street',
        '',
        '- **Your rights**',
        '',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Privacy']);
  });
});

describe('a policy parsed in pieces reads exactly as parsed whole', () => {
  const WHOLE: Chunking = { wholeUpTo: Number.MAX_SAFE_INTEGER, chunkSize: 0 };
  // Pieces far smaller than the real ones, so that every possible cut is exercised.
  const TINY: Chunking = { wholeUpTo: 0, chunkSize: 256 };
  const read = (source: string, chunking: Chunking) => {
    const result = readMarkdown({ source, lines: new LineIndex(source), bodyStart: 0, skip: [] }, chunking);
    return {
      blocks: result.blocks.map((b) => [b.kind, b.start, b.end, b.depth, b.text.text, JSON.stringify(b.cell), JSON.stringify(b.text.links)].join('|')),
      tables: result.tables.map((t) => [t.start, t.end, t.hasHeader].join('|')),
      comments: result.comments.map((c) => [c.start, c.end, c.value].join('|')),
    };
  };
  // Seed 001 is left out: it has no blank line, so nothing can be cut.
  const POLICIES = [
    'seeds/000_d80a1d47bfd452aa.txt',
    'seeds/002_d0849b8b0e039e27.txt',
    'seeds/003_a73e55a167ae72aa.txt',
    'seeds/004_9676fbca8d62b176.txt',
    'corpus/github-privacy-statement-2017.md',
    'corpus/mastodon-default-privacy-policy.md',
  ];

  it.each(POLICIES)('%s', (name) => {
    const source = readFixture(name).source;
    expect(markdownChunks(source, TINY).length).toBeGreaterThan(3);
    expect(read(source, TINY)).toEqual(read(source, WHOLE));
  });

  it('does not cut inside an HTML comment, <pre> or <script> block that spans blank lines', () => {
    const para = 'A paragraph of the policy that is long enough to fill a piece.\n\n'.repeat(6);
    const blocks: Array<[string, string]> = [['<!--', '-->'], ['<pre>', '</pre>'], ['<script>', '</script>'], ['<![CDATA[', ']]>']];
    for (const [open, close] of blocks) {
      const source = `${para}${open}\n\n${para}Inside the block.\n\n${close}\n\n${para}`;
      const [from, to] = [source.indexOf(open), source.indexOf(close)];
      const cuts = markdownChunks(source, TINY).map((c) => c.start);
      expect(cuts.length).toBeGreaterThan(2);
      expect(cuts.filter((c) => c > from && c <= to)).toEqual([]);
      expect(read(source, TINY)).toEqual(read(source, WHOLE));
    }
  });

  it('still cuts after an HTML comment closed on its line', () => {
    const para = 'A paragraph of the policy that is long enough to fill a piece.\n\n'.repeat(6);
    expect(markdownChunks(`<!-- note -->\n\n${para}${para}`, TINY).length).toBeGreaterThan(1);
  });

  it('parses a file with link reference definitions whole: they apply across the file', () => {
    const para = 'Read [our cookie notice][cookies] for details about the cookies we set.\n\n'.repeat(12);
    const source = `${para}[cookies]: https://example.com/cookies\n`;
    expect(markdownChunks(source, TINY)).toEqual([{ start: 0, end: source.length }]);
    expect(read(source, TINY)).toEqual(read(source, WHOLE));
  });

  it('parses files of real-policy size whole by default and larger ones in pieces', () => {
    const para = 'A paragraph of the policy that is long enough to fill a piece.\n\n';
    expect(markdownChunks(para.repeat(400))).toHaveLength(1); // ~26 KB
    expect(markdownChunks(para.repeat(1600)).length).toBeGreaterThan(1); // ~104 KB
  });
});

