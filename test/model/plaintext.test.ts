import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlaintext } from '../../src/model/plaintext.js';
import type { RawBlock, ReadResult, Span } from '../../src/model/reader.js';
import { LineIndex } from '../../src/model/source.js';

function input(source: string, skip: Span[] = [], bodyStart = 0) {
  return { source, lines: new LineIndex(source), bodyStart, skip };
}

function read(source: string, skip: Span[] = [], bodyStart = 0): ReadResult {
  const result = readPlaintext(input(source, skip, bodyStart));
  checkInvariants(source, result);
  return result;
}

/** What must hold for every document: spans sane, text non-empty and mapped inside its block. */
function checkInvariants(source: string, result: ReadResult): void {
  // Collected, not asserted one by one: documents with 30,000 blocks must stay fast.
  const problems: string[] = [];
  let prevEnd = 0;
  for (const [k, b] of result.blocks.entries()) {
    const where = `block ${k} [${b.start}, ${b.end})`;
    if (b.start < prevEnd) problems.push(`${where} overlaps or is out of order`);
    if (!(b.start < b.end && b.end <= source.length)) problems.push(`${where} has a bad span`);
    prevEnd = b.end;
    const text = b.text.text;
    if (text.trim() === '') problems.push(`${where} has no text`);
    // Every character on short texts, a sample on long ones.
    const step = text.length > 5000 ? Math.floor(text.length / 500) : 1;
    for (let i = 0; i < text.length; i += step) {
      const r = b.text.sourceRange(i, i + 1);
      if (r.start < b.start || r.end > b.end) problems.push(`${where}: text[${i}] maps outside the block`);
      else if (r.end - r.start === 1 && source[r.start] === text[i]) continue;
      // Otherwise a single space standing for a line break (and what the break skipped).
      else if (text[i] !== ' ' || r.end <= r.start) problems.push(`${where}: text[${i}] does not map to its source`);
    }
    if (b.cell) {
      const table = result.tables[b.cell.table];
      if (!table || b.start < table.start || b.end > table.end) problems.push(`${where} lies outside its table`);
    }
  }
  for (const c of result.comments) {
    if (source.slice(c.start, c.start + 4) !== '<!--' || source.slice(c.end - 3, c.end) !== '-->') {
      problems.push(`comment [${c.start}, ${c.end}) is not a comment`);
    }
  }
  expect(problems).toEqual([]);
}

/** `sub` (the first occurrence in the block's text) maps back to `expected` in the source. */
function expectMaps(source: string, b: RawBlock, sub: string, expected = sub): void {
  const i = b.text.text.indexOf(sub);
  expect(i, `"${sub}" in "${b.text.text}"`).toBeGreaterThanOrEqual(0);
  const r = b.text.sourceRange(i, i + sub.length);
  expect(source.slice(r.start, r.end)).toBe(expected);
}

type Expected = [kind: RawBlock['kind'], depth: number | undefined, text: string, raw?: string];

function summary(source: string, result: ReadResult): Expected[] {
  return result.blocks.map((b) => {
    const raw = source.slice(b.start, b.end);
    const row: Expected = [b.kind, b.depth, b.text.text];
    if (raw !== b.text.text) row.push(raw);
    return row;
  });
}

function fixture(name: string): { source: string; lines: LineIndex; result: ReadResult } {
  const source = readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
  return { source, lines: new LineIndex(source), result: read(source) };
}

describe('readPlaintext: synthetic documents', () => {
  const cases: Array<{ name: string; source: string; skip?: Span[]; blocks: Expected[] }> = [
    {
      name: 'CRLF line breaks',
      source: 'Privacy Policy\r\n\r\nLegal basis\r\nWe process data.\r\n- Item one\r\n- Item two\r\n',
      blocks: [
        ['heading', 1, 'Privacy Policy'],
        ['heading', 2, 'Legal basis'],
        ['paragraph', undefined, 'We process data.'],
        ['listItem', 1, 'Item one', '- Item one'],
        ['listItem', 1, 'Item two', '- Item two'],
      ],
    },
    {
      name: 'Markdown ATX marks pasted into a text file',
      source: 'Intro\n\nWe collect data.\n\n### International transfers\n\nWe send it abroad.\n\n#Summer Specials\n\nWe run offers.\n',
      blocks: [
        ['heading', 2, 'Intro'],
        ['paragraph', undefined, 'We collect data.'],
        ['heading', 2, '### International transfers'],
        ['paragraph', undefined, 'We send it abroad.'],
        ['paragraph', undefined, '#Summer Specials'],
        ['paragraph', undefined, 'We run offers.'],
      ],
    },
    {
      name: 'lone CR line breaks',
      source: 'Intro\rWe collect data.\rSecond paragraph here.',
      blocks: [
        ['heading', 2, 'Intro'],
        ['paragraph', undefined, 'We collect data.'],
        ['paragraph', undefined, 'Second paragraph here.'],
      ],
    },
    {
      name: 'ALL CAPS headings, a colon allowed',
      source: 'INFORMATION WE COLLECT\nWe collect your name.\n\nYOUR RIGHTS:\nYou may ask for a copy.\n',
      blocks: [
        ['heading', 2, 'INFORMATION WE COLLECT'],
        ['paragraph', undefined, 'We collect your name.'],
        ['heading', 2, 'YOUR RIGHTS:'],
        ['paragraph', undefined, 'You may ask for a copy.'],
      ],
    },
    {
      name: 'labels, dates, addresses and questions',
      source: [
        'Email: privacy@example.com',
        'Effective May 2026',
        'Version 1.0 · Effective May 2026',
        'What is personal data?',
        'Personal data is information about you.',
        'example.com/privacy',
        'Last updated:',
        'The end.',
      ].join('\n'),
      blocks: [
        ['paragraph', undefined, 'Email: privacy@example.com'],
        ['paragraph', undefined, 'Effective May 2026'],
        ['paragraph', undefined, 'Version 1.0 · Effective May 2026'],
        ['heading', 2, 'What is personal data?'],
        ['paragraph', undefined, 'Personal data is information about you.'],
        ['paragraph', undefined, 'example.com/privacy'],
        ['paragraph', undefined, 'Last updated:'],
        ['paragraph', undefined, 'The end.'],
      ],
    },
    {
      name: 'numbered list vs numbered headings (a table of contents, then sections)',
      source: [
        'Contents',
        '1. Scope',
        '2. Definitions',
        '',
        '1. Scope',
        'This policy covers our website.',
        '2. Definitions',
        'Terms used here.',
        '2.1 Personal Data',
        'Any information about you.',
        'You can:',
        '1. Access your data',
        '2. Delete it',
        'Steps:',
        '1. Open the settings',
        'Then click save.',
      ].join('\n'),
      blocks: [
        ['heading', 2, 'Contents'],
        ['listItem', 1, 'Scope', '1. Scope'],
        ['listItem', 1, 'Definitions', '2. Definitions'],
        ['heading', 2, '1. Scope'],
        ['paragraph', undefined, 'This policy covers our website.'],
        ['heading', 2, '2. Definitions'],
        ['paragraph', undefined, 'Terms used here.'],
        ['heading', 3, '2.1 Personal Data'],
        ['paragraph', undefined, 'Any information about you.'],
        ['paragraph', undefined, 'You can:'],
        ['listItem', 1, 'Access your data', '1. Access your data'],
        ['listItem', 1, 'Delete it', '2. Delete it'],
        ['paragraph', undefined, 'Steps:'],
        ['listItem', 1, 'Open the settings', '1. Open the settings'],
        ['paragraph', undefined, 'Then click save.'],
      ],
    },
    {
      name: 'numbered heading styles and unnumbered levels under them',
      source: [
        'IV. Rights',
        'You have rights.',
        '1) Scope',
        'Our scope.',
        'Account data',
        'Your account.',
        '3A. Platform Benchmarking',
        'Benchmarks.',
        '4.3.1 Deep Section',
        'Deep.',
        'A subsection',
        'Deeper.',
      ].join('\n'),
      blocks: [
        ['heading', 2, 'IV. Rights'],
        ['paragraph', undefined, 'You have rights.'],
        ['heading', 2, '1) Scope'],
        ['paragraph', undefined, 'Our scope.'],
        ['heading', 3, 'Account data'],
        ['paragraph', undefined, 'Your account.'],
        ['heading', 2, '3A. Platform Benchmarking'],
        ['paragraph', undefined, 'Benchmarks.'],
        ['heading', 4, '4.3.1 Deep Section'],
        ['paragraph', undefined, 'Deep.'],
        ['heading', 5, 'A subsection'],
        ['paragraph', undefined, 'Deeper.'],
      ],
    },
    {
      name: 'bullets: markers, nesting by indentation, continuation lines',
      source: [
        'Data we collect',
        '  • Contact details such as your name,',
        '    e-mail address and phone number',
        '  • Usage data',
        '      ◦ Pages visited',
        '      ◦ Clicks',
        '  • Payment data',
        '',
        '- Name, email and',
        'phone number',
        '* Star item',
        '+ Plus item',
        '– En dash item',
        '✓ Checked',
        'a) letter item',
        '(b) parenthesised item',
        'iv. roman item',
        '•',
        'Lone marker line',
      ].join('\n'),
      blocks: [
        ['heading', 2, 'Data we collect'],
        [
          'listItem',
          1,
          'Contact details such as your name, e-mail address and phone number',
          '• Contact details such as your name,\n    e-mail address and phone number',
        ],
        ['listItem', 1, 'Usage data', '• Usage data'],
        ['listItem', 2, 'Pages visited', '◦ Pages visited'],
        ['listItem', 2, 'Clicks', '◦ Clicks'],
        ['listItem', 1, 'Payment data', '• Payment data'],
        ['listItem', 1, 'Name, email and phone number', '- Name, email and\nphone number'],
        ['listItem', 1, 'Star item', '* Star item'],
        ['listItem', 1, 'Plus item', '+ Plus item'],
        ['listItem', 1, 'En dash item', '– En dash item'],
        ['listItem', 1, 'Checked', '✓ Checked'],
        ['listItem', 1, 'letter item', 'a) letter item'],
        ['listItem', 1, 'parenthesised item', '(b) parenthesised item'],
        ['listItem', 1, 'roman item', 'iv. roman item'],
        ['listItem', 1, 'Lone marker line', '•\nLone marker line'],
      ],
    },
    {
      name: 'navigation before the title and debris anywhere',
      source: [
        'Home',
        'Menu',
        'Skip to main content',
        'Privacy Notice',
        '',
        'We respect your privacy.',
        'Back to top ↑',
        'Share',
        '© 2025 Acme Inc. All rights reserved.',
      ].join('\n'),
      blocks: [
        ['navigation', undefined, 'Home'],
        ['navigation', undefined, 'Menu'],
        ['navigation', undefined, 'Skip to main content'],
        ['heading', 1, 'Privacy Notice'],
        ['paragraph', undefined, 'We respect your privacy.'],
        ['navigation', undefined, 'Back to top ↑'],
        ['navigation', undefined, 'Share'],
        ['navigation', undefined, '© 2025 Acme Inc. All rights reserved.'],
      ],
    },
    {
      name: 'a title ending with a company name',
      source: 'Acme Inc.\nPrivacy Policy of Acme Inc.\n\n- Share\nWe are Acme.',
      blocks: [
        ['navigation', undefined, 'Acme Inc.'],
        ['heading', 1, 'Privacy Policy of Acme Inc.'],
        ['listItem', 1, 'Share', '- Share'],
        ['paragraph', undefined, 'We are Acme.'],
      ],
    },
    {
      name: 'tabs, NBSP and non-ASCII text',
      source: '\tÜber uns\n\u00a0Wir verarbeiten Daten gemäß der DSGVO.\u00a0\n',
      blocks: [
        ['heading', 2, 'Über uns'],
        ['paragraph', undefined, 'Wir verarbeiten Daten gemäß der DSGVO.'],
      ],
    },
    {
      name: 'HTML comments: directive lines and inline comments',
      source: [
        '<!-- policylint-disable-next-line last-updated -->',
        'Last updated: 2020',
        'Contact us <!-- inline note --> at any time.',
        '<!--',
        'a multi-line note',
        '-->',
        'The end.',
      ].join('\n'),
      blocks: [
        ['paragraph', undefined, 'Last updated: 2020'],
        ['paragraph', undefined, 'Contact us  at any time.', 'Contact us <!-- inline note --> at any time.'],
        ['paragraph', undefined, 'The end.'],
      ],
    },
    {
      name: 'template spans are left out of the text',
      source: 'Contact {{ site.email }} for help.\n{% if eu %}\nWe follow the GDPR.\n',
      skip: [
        { start: 8, end: 24 },
        { start: 35, end: 46 },
      ],
      blocks: [
        ['paragraph', undefined, 'Contact  for help.', 'Contact {{ site.email }} for help.'],
        ['paragraph', undefined, 'We follow the GDPR.'],
      ],
    },
    {
      name: 'a single pipe line is prose',
      source: '| just a line |\nAnd more text.',
      blocks: [
        ['paragraph', undefined, '| just a line |'],
        ['paragraph', undefined, 'And more text.'],
      ],
    },
  ];

  it.each(cases)('$name', ({ source, skip, blocks }) => {
    const result = read(source, skip);
    expect(summary(source, result)).toEqual(blocks);
  });

  it('maps text back to the source in CRLF text', () => {
    const source = 'Legal basis\r\nWe process your data\r\nbecause the law says so.\r\n';
    const result = read(source);
    const p = result.blocks[1]!;
    expect(p.text.text).toBe('We process your data because the law says so.');
    expectMaps(source, p, 'process');
    expectMaps(source, p, 'data because', 'data\r\nbecause');
    expect(result.blocks[0]!.end).toBe(11);
  });

  it('maps text around an inline comment and a template span', () => {
    const source = 'Contact {{ site.email }} today <!-- x --> or never.\n';
    const result = read(source, [{ start: 8, end: 24 }]);
    const p = result.blocks[0]!;
    expect(p.text.text).toBe('Contact  today  or never.');
    expectMaps(source, p, 'today');
    expectMaps(source, p, 'never.');
    expect(result.comments).toEqual([{ start: 31, end: 41, value: 'x' }]);
  });

  it('records comments with trimmed values', () => {
    const source = '<!-- policylint-disable-next-line last-updated -->\nText here.\n<!--\n note \n-->\n';
    const result = read(source);
    expect(result.comments.map((c) => c.value)).toEqual(['policylint-disable-next-line last-updated', 'note']);
    expect(result.comments[0]).toMatchObject({ start: 0, end: 50 });
    expect(result.blocks.map((b) => b.text.text)).toEqual(['Text here.']);
  });

  it('leaves out JSX comments (switched-off lines of a pasted page component), not their neighbours', () => {
    const source = 'Postal address: 9 Oak Lane, Paarl, 7646\n{/* Old office: 12 Elm Road, Worcester, 6850 */}\nCall us {/* soon */} today.\nAn open {/* never closed\n';
    const result = read(source);
    const texts = result.blocks.map((b) => b.text.text).join('\n');
    expect(texts).toContain('9 Oak Lane');
    expect(texts).not.toContain('Elm Road');
    expect(texts).not.toContain('soon');
    expect(texts).toContain('never closed');
    expect(result.comments).toEqual([]);
  });

  it('reads Markdown bold pasted into a text file as its words: a bold line is a heading', () => {
    const source = 'PRIVACY NOTICE\n\n**Controller**\n\nOFFIS e. V., Escherweg 2, Oldenburg.\n\nEffective date: **February 21, 2023**\n\nWe keep `snake__case__names` and 2 ** 3 as they are.\n';
    const result = read(source);
    expect(result.blocks.map((b) => `${b.kind} ${b.text.text}`)).toEqual([
      'heading PRIVACY NOTICE',
      'heading Controller',
      'paragraph OFFIS e. V., Escherweg 2, Oldenburg.',
      'paragraph Effective date: February 21, 2023',
      'paragraph We keep `snake__case__names` and 2 ** 3 as they are.',
    ]);
    const date = result.blocks[3]!.text.sourceRange(16, 33);
    expect(source.slice(date.start, date.end)).toBe('February 21, 2023');
  });

  it('joins hard-wrapped paragraphs and marks breaks before capitals', () => {
    const source = [
      'We collect the personal information that you provide to us when you',
      'register for an account, and information that is generated when you use',
      'the Service. This includes your name and e-mail address, which we use to',
      'contact you.',
      '',
      'Second paragraph starts here and it is also long enough to be wrapped by',
      'Another line that starts with uppercase but the previous line is long.',
      'Short heading',
      '',
      'Data Retention',
      'We keep data for two years.',
    ].join('\n');
    const result = read(source);
    expect(result.blocks.map((b) => [b.kind, b.text.text])).toEqual([
      [
        'paragraph',
        'We collect the personal information that you provide to us when you register for an account, and ' +
          'information that is generated when you use the Service. This includes your name and e-mail address, ' +
          'which we use to contact you.',
      ],
      [
        'paragraph',
        'Second paragraph starts here and it is also long enough to be wrapped by Another line that starts ' +
          'with uppercase but the previous line is long.',
      ],
      // After a sentence end, a short capitalised line opens a section.
      ['heading', 'Short heading'],
      ['heading', 'Data Retention'],
      ['paragraph', 'We keep data for two years.'],
    ]);
    const [first, second] = result.blocks;
    expectMaps(source, first!, 'when you register', 'when you\nregister');
    expectMaps(source, first!, 'e-mail address');
    expect(source.slice(first!.start, first!.end)).toBe(source.slice(0, source.indexOf('\n\n')));
    // No punctuation before a capital: the sentence splitter must cut there.
    const cut = second!.text.text.indexOf(' Another');
    expect(second!.text.breaks).toEqual([cut]);
    expect(first!.text.breaks).toEqual([]);
  });

  it('does not join copied web text, one paragraph a line', () => {
    const long =
      'This paragraph is long enough that nobody would wrap text this way in a plain text editor: it runs on well past one hundred columns';
    const source = `${long}\n${long}.\nShort line without a stop\n${long}\n`;
    expect(read(source).blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('reads a tab-separated table with a header row', () => {
    const source = 'Data\tPurpose\tRetention\nEmail\tAccount login\t2 years\nIP address\t\tSecurity\n';
    const result = read(source);
    expect(result.tables).toEqual([{ start: 0, end: source.length - 1, source: 'tab', hasHeader: true }]);
    expect(result.blocks.map((b) => [b.text.text, b.cell])).toEqual([
      ['Data', { table: 0, row: 0, column: 0, header: true }],
      ['Purpose', { table: 0, row: 0, column: 1, header: true }],
      ['Retention', { table: 0, row: 0, column: 2, header: true }],
      ['Email', { table: 0, row: 1, column: 0, header: false }],
      ['Account login', { table: 0, row: 1, column: 1, header: false }],
      ['2 years', { table: 0, row: 1, column: 2, header: false }],
      ['IP address', { table: 0, row: 2, column: 0, header: false }],
      ['Security', { table: 0, row: 2, column: 2, header: false }],
    ]);
    for (const b of result.blocks) expect(source.slice(b.start, b.end)).toBe(b.text.text);
  });

  it('reads key/value tab rows as a table without header', () => {
    const source = 'Email:\tprivacy@example.com\nPhone:\t+1 555 0100\n';
    const result = read(source);
    expect(result.tables[0]).toMatchObject({ source: 'tab', hasHeader: false });
    expect(result.blocks.map((b) => b.text.text)).toEqual(['Email:', 'privacy@example.com', 'Phone:', '+1 555 0100']);
  });

  it('splits glued rows around CamelCase brand names, and gives up on ambiguous rows', () => {
    const source = [
      'ProviderCountryPurpose',
      'GitHub, Inc.United StatesSource code hosting',
      'LinkedIn CorporationUnited StatesRecruiting ads',
      'Acme LtdUnited StatesHosting for WebApps',
    ].join('\n');
    const result = read(source);
    expect(result.tables).toEqual([{ start: 0, end: source.indexOf('\nAcme'), source: 'glued', hasHeader: true }]);
    expect(summary(source, result)).toEqual([
      ['tableCell', undefined, 'Provider'],
      ['tableCell', undefined, 'Country'],
      ['tableCell', undefined, 'Purpose'],
      ['tableCell', undefined, 'GitHub, Inc.'],
      ['tableCell', undefined, 'United States'],
      ['tableCell', undefined, 'Source code hosting'],
      ['tableCell', undefined, 'LinkedIn Corporation'],
      ['tableCell', undefined, 'United States'],
      ['tableCell', undefined, 'Recruiting ads'],
      ['paragraph', undefined, 'Acme LtdUnited StatesHosting for WebApps'],
    ]);
    expect(result.blocks[4]!.cell).toEqual({ table: 0, row: 1, column: 1, header: false });
  });

  it('reads a pipe table without a separator row as a table without header', () => {
    const source = '| a | b |\n| c | d |\n';
    const result = read(source);
    expect(result.tables).toEqual([{ start: 0, end: 19, source: 'pipe', hasHeader: false }]);
    expect(result.blocks.map((b) => b.text.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads a table without outer pipes when its second line is a separator row', () => {
    const source = 'Intro.\nCategory | Sold to\n--- | :---:\nIdentifiers | ad networks\nGeolocation | —\n\nA | line with a pipe.\n';
    const result = read(source);
    expect(result.tables).toEqual([{ start: 7, end: 79, source: 'pipe', hasHeader: true }]);
    expect(result.blocks.map((b) => b.text.text)).toEqual(['Intro.', 'Category', 'Sold to', 'Identifiers', 'ad networks', 'Geolocation', '—', 'A | line with a pipe.']);
  });

  it('ignores everything before bodyStart', () => {
    const source = '---\ntitle: Privacy Policy\n---\nPrivacy Policy\n\nWe collect data.\n';
    const bodyStart = source.indexOf('Privacy Policy\n\n');
    const result = read(source, [], bodyStart);
    expect(summary(source, result)).toEqual([
      ['heading', 1, 'Privacy Policy'],
      ['paragraph', undefined, 'We collect data.'],
    ]);
    expect(result.blocks[0]!.start).toBe(bodyStart);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', '  \n\t\r\n\u00a0 \r'],
    ['control characters', '\u0001\u0002\n\u0007\u001b[0m\n\u0000'],
    ['only comments', '<!-- a --><!-- b -->\n<!-- c -->'],
    ['unterminated comment', 'Text <!-- never closed\nMore text.'],
    ['markers alone', '-\n•\n1.\n|\n(a)\n\t\n'],
    ['lone surrogates', '\ud800 \udc00 text\n'],
  ])('never throws: %s', (_name, source) => {
    const result = read(source);
    for (const b of result.blocks) expect(b.text.text.trim()).not.toBe('');
  });

  it('reads very long lines in linear time', () => {
    const sentence = 'We collect data about you (see below). ';
    const prose = sentence.repeat(Math.ceil(200_000 / sentence.length)).trimEnd();
    const cases = [
      prose,
      'x'.repeat(200_000),
      `(${'a'.repeat(200_000)}`,
      `| ${'cell | '.repeat(30_000)}\n| x |`,
      `1. ${'word '.repeat(40_000)}`,
      `a\t${'b'.repeat(200_000)}\nc\td`,
      `ProviderCountryPurpose\n${'aB'.repeat(100_000)}`,
      `Title\n${'- '.repeat(100_000)}`,
      '<!--'.repeat(50_000),
    ];
    for (const source of cases) {
      const result = read(source);
      expect(result.blocks.length).toBeGreaterThan(0);
    }
    const p = read(prose).blocks[0]!;
    expect(p.kind).toBe('paragraph');
    expect(p.text.text.length).toBe(prose.length);
  });

  it('keeps its invariants on random input', () => {
    const atoms = [
      'a', 'Z', 'é', ' ', ' ', '\t', '\n', '\n', '\r\n', '\r', '\u00a0', '•', '- ', '1. ', '2.1 ', ')', '(a) ', '|', '.',
      ':', 'Privacy Policy', 'Inc.', 'GitHub', 'CategoryPurposeBasis', '<!--', '-->', '{{', '}}', 'x@y.com', 'Data',
      'AI', 'data', '\u0001', '😀', '\ud800',
    ];
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let source = '';
      const len = rand(80);
      for (let k = 0; k < len; k++) source += atoms[rand(atoms.length)];
      const skip: Span[] = [];
      for (let at = source.indexOf('{{'); at >= 0; at = source.indexOf('{{', at + 2)) {
        const end = source.indexOf('}}', at);
        if (end < 0) break;
        skip.push({ start: at, end: end + 2 });
        at = end;
      }
      expect(() => read(source, skip)).not.toThrow();
    }
  });
});

describe('readPlaintext: seed 001 (numbered sections, pipe table)', () => {
  const { source, lines, result } = fixture('001_5d45be2437642316.txt');
  const at = (b: RawBlock) => lines.pointAt(b.start).line;
  const byText = (text: string) => result.blocks.find((b) => b.text.text === text)!;

  it.each([
    ['Privacy Policy', 'heading', 1, 1],
    ['Last updated:', 'paragraph', undefined, 3],
    ['1. Data controller', 'heading', 2, 6],
    ['2. What data we collect', 'heading', 2, 10],
    ['Account data', 'heading', 3, 11],
    ['Content data (you as controller)', 'heading', 3, 15],
    ['Usage & technical data', 'heading', 3, 18],
    ['3. Why we use it (lawful basis under GDPR Art. 6)', 'heading', 2, 25],
    ['Controller contact: LeadConneqt, privacy@leadconneqt.com', 'paragraph', undefined, 8],
    ['Data Protection Officer: dpo@leadconneqt.com', 'paragraph', undefined, 9],
    ['You have the right to:', 'paragraph', undefined, 49],
    ['11. Contact', 'heading', 2, 75],
    ['Security reports: security@leadconneqt.com', 'paragraph', undefined, 78],
  ] as const)('%s → %s', (text, kind, depth, line) => {
    const b = byText(text);
    expect(b).toBeDefined();
    expect([b.kind, b.depth, at(b)]).toEqual([kind, depth, line]);
    expect(source.slice(b.start, b.end)).toBe(text);
  });

  it('reads bullets without their markers', () => {
    const b = byText('Name, email, password (hashed with bcrypt, cost 12)');
    expect([b.kind, b.depth, at(b)]).toEqual(['listItem', 1, 12]);
    expect(source.slice(b.start, b.end)).toBe('- Name, email, password (hashed with bcrypt, cost 12)');
    expectMaps(source, b, 'bcrypt');
    const items = result.blocks.filter((x) => x.kind === 'listItem');
    expect(items).toHaveLength(35);
  });

  it('reads the e-mail paragraph with exact positions', () => {
    const b = byText('Controller contact: LeadConneqt, privacy@leadconneqt.com');
    expectMaps(source, b, 'privacy@leadconneqt.com');
    expect(lines.pointAt(b.start + b.text.text.indexOf('privacy@'))).toMatchObject({ line: 8, column: 34 });
  });

  it('reads the pipe table, skipping the separator row and empty cells', () => {
    expect(result.tables).toHaveLength(1);
    const table = result.tables[0]!;
    expect(table).toMatchObject({ source: 'pipe', hasHeader: true });
    expect(lines.pointAt(table.start).line).toBe(26);
    expect(lines.pointAt(table.end).line).toBe(33);
    const cells = result.blocks.filter((b) => b.kind === 'tableCell');
    const grid = cells.map((b) => [b.cell!.row, b.cell!.column, b.cell!.header, b.text.text]);
    expect(grid.slice(0, 6)).toEqual([
      [0, 0, true, 'Purpose'],
      [0, 1, true, 'Data used'],
      [0, 2, true, 'Lawful basis'],
      [1, 0, false, 'Provide the Service'],
      [1, 1, false, 'Account + content'],
      [1, 2, false, 'Contract (Art. 6(1)(b))'],
    ]);
    // "| Transactional emails … | Contract / Legitimate interest | |": the empty cell has no block.
    expect(grid.filter((g) => g[0] === 3)).toEqual([
      [3, 0, false, 'Transactional emails (signup, invoice, alerts)'],
      [3, 1, false, 'Contract / Legitimate interest'],
    ]);
    // The short last row keeps its two cells.
    expect(grid.filter((g) => g[0] === 6)).toEqual([
      [6, 0, false, 'Marketing emails (future)'],
      [6, 1, false, 'Consent (Art. 6(1)(a)), opt-in only'],
    ]);
    expect(cells).toHaveLength(19);
    for (const c of cells) expect(source.slice(c.start, c.end)).toBe(c.text.text);
    expect(at(cells[0]!)).toBe(26);
  });
});

describe('readPlaintext: seed 003 (web copy with • bullets)', () => {
  const { source, lines, result } = fixture('003_a73e55a167ae72aa.txt');
  const at = (b: RawBlock) => lines.pointAt(b.start).line;
  const byText = (text: string) => result.blocks.find((b) => b.text.text === text)!;

  it.each([
    ['Legal', 'navigation', undefined, 1],
    ['Privacy Policy', 'heading', 1, 3],
    ['What data we collect, how we use it, and with whom we share it.', 'paragraph', undefined, 5],
    ['Last updated: 2026-05-15', 'paragraph', undefined, 7],
    ['What data we collect', 'heading', 2, 9],
    ['Account', 'heading', 2, 11],
    ['Your rights (GDPR / equivalents)', 'heading', 2, 54],
    ['Contact', 'heading', 2, 70],
    ['DPO / privacy inquiries — [email\u00a0protected].', 'paragraph', undefined, 72],
  ] as const)('%s → %s', (text, kind, depth, line) => {
    const b = byText(text);
    expect(b).toBeDefined();
    expect([b.kind, b.depth, at(b)]).toEqual([kind, depth, line]);
    expect(source.slice(b.start, b.end)).toBe(text);
  });

  it('reads indented • bullets, the marker left out', () => {
    const b = byText('Email, name, password (hash)');
    expect([b.kind, b.depth, at(b)]).toEqual(['listItem', 1, 13]);
    expect(source.slice(b.start, b.end)).toBe('• Email, name, password (hash)');
    const m = byText('Metrics — per the plan’s retention (30 days / 90 days / custom)');
    expect(m.kind).toBe('listItem');
    expectMaps(source, m, '30 days');
    expect(result.blocks.filter((x) => x.kind === 'listItem')).toHaveLength(24);
    expect(result.tables).toEqual([]);
  });
});

describe('readPlaintext: seed 004 (navigation, numbered sections, glued tables)', () => {
  const { source, lines, result } = fixture('004_9676fbca8d62b176.txt');
  const at = (b: RawBlock) => lines.pointAt(b.start).line;
  const byText = (text: string) => result.blocks.find((b) => b.text.text === text)!;
  const cellsOf = (table: number) => result.blocks.filter((b) => b.cell?.table === table);
  const row = (table: number, r: number) =>
    cellsOf(table)
      .filter((b) => b.cell!.row === r)
      .map((b) => b.text.text);

  it.each([
    ['Konductro.', 'navigation', undefined, 1],
    ['Back to home', 'navigation', undefined, 2],
    ['Privacy Policy', 'heading', 1, 4],
    ['Version 1.0 · Effective May 2026', 'paragraph', undefined, 6],
    ['Konductro (Pty) Ltd · konductro.com · privacy@konductro.com', 'paragraph', undefined, 8],
    ['Summary', 'heading', 2, 12],
    ['1. Who We Are', 'heading', 2, 16],
    ['Contact details for data protection matters:', 'paragraph', undefined, 24],
    ['AI and your data', 'heading', 3, 60],
    ['3A. Platform Benchmarking and Marketing Use', 'heading', 2, 64],
    ['What is Platform Metrics Data?', 'heading', 3, 68],
    ['Your opt-out right', 'heading', 3, 98],
    ['4.1 Sub-Processors', 'heading', 3, 110],
    ['4.3 Business Transfers', 'heading', 3, 123],
    ['13. Contact Us', 'heading', 2, 213],
  ] as const)('%s → %s', (text, kind, depth, line) => {
    const b = byText(text);
    expect(b).toBeDefined();
    expect([b.kind, b.depth, at(b)]).toEqual([kind, depth, line]);
    expect(source.slice(b.start, b.end)).toBe(text);
  });

  it('reads the e-mail bullet', () => {
    const b = result.blocks.find((x) => x.text.text === 'Email: privacy@konductro.com')!;
    expect([b.kind, b.depth, at(b)]).toEqual(['listItem', 1, 26]);
    expect(source.slice(b.start, b.end)).toBe('• Email: privacy@konductro.com');
    expectMaps(source, b, 'privacy@konductro.com');
    expect(lines.pointAt(b.start + b.text.text.indexOf('privacy@') + 2).column).toBe(12);
  });

  it('finds the three glued tables', () => {
    expect(result.tables.map((t) => [t.source, t.hasHeader, lines.pointAt(t.start).line, lines.pointAt(t.end).line])).toEqual([
      ['glued', true, 34, 43],
      ['glued', true, 114, 117],
      ['glued', true, 143, 148],
    ]);
    expect(cellsOf(0)).toHaveLength(40);
    expect(cellsOf(1)).toHaveLength(12);
    expect(cellsOf(2)).toHaveLength(18);
    for (const c of result.blocks.filter((b) => b.kind === 'tableCell')) {
      expect(source.slice(c.start, c.end)).toBe(c.text.text);
    }
  });

  it('splits the categories table', () => {
    expect(row(0, 0)).toEqual(['Category', 'Examples', 'Purpose', 'Basis']);
    expect(row(0, 1)).toEqual(['Account Information', 'Name, work email, job title, company name', 'Account creation and management', 'Contract']);
    expect(row(0, 2)).toEqual([
      'Authentication Data',
      'Email address, hashed password, MFA tokens, OAuth tokens (for Git integrations)',
      'Secure platform access',
      'Contract',
    ]);
    expect(row(0, 5)).toEqual([
      'Platform Metrics Data',
      'Aggregate project, task, story, and test case counts; delivery cycle metrics (cycle time, rework rate, sprint cadence); AI usage volumes; industry sector and organisation size',
      'Platform analytics, industry benchmarking, and marketing (see Section 3A)',
      'Contract + Legitimate interest',
    ]);
    expect(row(0, 7)).toEqual([
      'AI Interaction Data',
      'Prompts submitted to the Conductor AI assistant, generated outputs',
      'AI service delivery and session context',
      'Contract',
    ]);
    const basis = cellsOf(0).find((b) => b.cell!.row === 4 && b.cell!.column === 3)!;
    expect(basis.text.text).toBe('Legitimate interest');
    expect(at(basis)).toBe(38);
    expect(lines.pointAt(basis.start).column).toBe(
      'Usage DataFeature usage patterns, page views, session duration, error logsPlatform improvement and technical support'.length + 1,
    );
    expect(cellsOf(0)[0]!.cell).toEqual({ table: 0, row: 0, column: 0, header: true });
  });

  it('splits the sub-processor and retention tables', () => {
    expect(row(1, 0)).toEqual(['Provider', 'Country', 'Purpose']);
    expect(row(1, 2)).toEqual(['Anthropic, Inc.', 'United States', 'AI language model API powering the Conductor assistant']);
    expect(row(1, 3)).toEqual(['Microsoft Corporation', 'EU / United States', 'Teams integration for workflow notifications (where applicable)']);
    expect(row(2, 0)).toEqual(['Category', 'Retention Period', 'Reason']);
    expect(row(2, 2)).toEqual(['Billing records and invoices', '5 years after contract end', 'South African tax and accounting obligations']);
    expect(row(2, 3)).toEqual(['Security and audit logs', '12 months', 'Security monitoring and incident investigation']);
    const period = cellsOf(2).find((b) => b.text.text === '12 months')!;
    expect(period.cell).toEqual({ table: 2, row: 3, column: 1, header: false });
    expect(lines.pointAt(period.start)).toMatchObject({ line: 146, column: 24 });
  });

  it('keeps the paragraph after a table as prose', () => {
    const b = result.blocks.find((x) => x.text.text.startsWith('We do not intentionally collect'))!;
    expect([b.kind, at(b)]).toEqual(['paragraph', 45]);
  });
});

describe('readPlaintext: Markdown seeds do not break it', () => {
  it.each(['000_d80a1d47bfd452aa.txt', '002_d0849b8b0e039e27.txt'])('%s', (name) => {
    const { result } = fixture(name);
    expect(result.blocks.length).toBeGreaterThan(20);
  });
});
