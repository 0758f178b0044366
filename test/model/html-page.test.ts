import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/model/index.js';
import { checkInvariants, textAt } from '../helpers/invariants.js';

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
    expect(doc.format).toBe('plaintext');
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
