import { describe, expect, it } from 'vitest';
import { durationsInBlock, gdprName, isNegated, listLeadIn, questionBefore, readDocument, sentencesMatching } from '../../src/model/index.js';

describe('isNegated', () => {
  const at = (text: string, word: string) => isNegated(text, text.indexOf(word));
  it.each([
    ['We do not sell your personal information.', 'sell', true],
    ["We don't sell your data.", 'sell', true],
    ['We never share credentials.', 'share', true],
    ['No data is sold.', 'sold', true],
    ['We sell data to partners.', 'sell', false],
    ['We do not rent data, but we sell it to partners.', 'sell', false],
    ['We share data. We never sell it.', 'share', false],
    ['Not applicable; we share data with processors.', 'share', false],
  ])('%s (%s) → %s', (text, word, expected) => {
    expect(at(text, word)).toBe(expected);
  });
});

describe('sentencesMatching', () => {
  it('finds matching sentences with their match, outside code', () => {
    const doc = readDocument('p.md', 'We sell data. We keep it.\n\n```\nsell\n```\n');
    const found = sentencesMatching(doc, /\bsell\b/g);
    expect(found.map((f) => [f.sentence.text, f.match.index])).toEqual([['We sell data.', 3]]);
  });
});

describe('gdprName', () => {
  const name = (text: string) => gdprName(readDocument('p.txt', text));
  it.each([
    ['Your rights under the UK GDPR. Complain to the ICO.', 'UK GDPR'],
    ['We comply with the Data Protection Act 2018.', 'UK GDPR'],
    ['Your rights under the GDPR and UK GDPR.', 'GDPR'],
    ['Users in the EEA have rights.', 'GDPR'],
    ['Nothing about law here.', 'GDPR'],
  ])('%s → %s', (text, expected) => expect(name(text)).toBe(expected));
});

describe('questionBefore', () => {
  const answerTo = (name: string, text: string, answer: string) => {
    const doc = readDocument(name, text);
    const sentence = doc.sentences.find((s) => s.text.includes(answer));
    return sentence && questionBefore(doc, sentence);
  };
  it('finds the question in the same paragraph or on the line above, in both readers', () => {
    expect(answerTo('p.md', '**Do you sell my data?** No.', 'No.')).toBe('Do you sell my data?');
    expect(answerTo('p.txt', '**Do you sell my data?** No.', 'No.')).toBe('Do you sell my data?');
    expect(answerTo('p.txt', 'What do you collect?\n\nYour name and e-mail address.', 'Your name')).toBe('What do you collect?');
  });
  it('is undefined after a statement or at the start', () => {
    expect(answerTo('p.md', 'We collect data. Your name.', 'Your name')).toBeUndefined();
    expect(answerTo('p.md', 'Your name.', 'Your name')).toBeUndefined();
  });
});

describe('durationsInBlock', () => {
  it('gives each block its own durations, and none to a block without one', () => {
    for (const name of ['p.md', 'p.txt']) {
      const doc = readDocument(name, 'Logs are kept for 30 days.\n\nInvoices: 7 years.\n\nWe keep nothing else.');
      const [logs, invoices, nothing] = doc.blocks;
      expect(durationsInBlock(doc, logs!).map((d) => [d.amount, d.unit])).toEqual([[30, 'day']]);
      expect(durationsInBlock(doc, invoices!).map((d) => [d.amount, d.unit])).toEqual([[7, 'year']]);
      expect(durationsInBlock(doc, nothing!)).toEqual([]);
    }
  });
});

describe('listLeadIn', () => {
  const doc = readDocument('p.md', '# Rights\n\nYou have the right to:\n\n- access\n- erasure\n\n| Method | Where |\n|---|---|\n| E-mail | a@b.example |\n', { format: 'markdown' });
  const block = (text: string) => doc.blocks.find((b) => b.text === text)!;

  it('is the block before the run of list items, for every item of the run', () => {
    expect(listLeadIn(doc, block('access'))?.text).toBe('You have the right to:');
    expect(listLeadIn(doc, block('erasure'))?.text).toBe('You have the right to:');
  });

  it('is nothing for a block that is not an item, and table cells count only when asked', () => {
    expect(listLeadIn(doc, block('You have the right to:'))).toBeUndefined();
    expect(listLeadIn(doc, block('a@b.example'))).toBeUndefined();
    // With cells, items and cells form one run: the table's lead-in is the list's.
    expect(listLeadIn(doc, block('a@b.example'), { cells: true })?.text).toBe('You have the right to:');
  });

  it('looks back at most `limit` blocks', () => {
    expect(listLeadIn(doc, block('erasure'), { limit: 1 })).toBeUndefined();
    expect(listLeadIn(doc, block('erasure'), { limit: 2 })?.text).toBe('You have the right to:');
  });
});
