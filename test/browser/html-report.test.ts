/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// page.evaluate callbacks run in the browser: DOM types for them (this file only runs them there).
// The HTML report opened in a real browser (headless Chromium driven by playwright-core):
// the checklist rows, each highlight on the right text, hover/focus explanations, the
// keyboard path, contrast, print, and a hostile policy that must run nothing.
//
// Needs a Chromium: /usr/bin/chromium (Debian: `apt-get install chromium`) or CHROMIUM_PATH.
// Without one these tests are skipped, with a message saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintDocument, type LintResult } from '../../src/engine/index.js';
import { checklistOf } from '../../src/formatters/checklist.js';
import { formatHtml } from '../../src/formatters/html.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { listFixtures, readFixture } from '../helpers/fixtures.js';
import { offsetOf } from '../helpers/positions.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => p !== undefined && p !== '' && existsSync(p),
);
if (!CHROMIUM) {
  console.warn(
    'test/browser: SKIPPED — no Chromium found at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome. ' +
      'Install one (Debian/Ubuntu: apt-get install chromium) to run the HTML report tests.',
  );
}

const today = new Date('2026-11-27T00:00:00Z');
const rulesMeta = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));
const SEEDS = listFixtures('seeds');

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions and dialogs: any of them is a failure. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}


describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'policylint-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Root in a container needs --no-sandbox; the rest keeps Chromium off the (closed) network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests };
  }

  function report(name: string, results: LintResult[]): string {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, formatHtml(results, { cwd: ROOT, color: false, rulesMeta, version: '0.0.0-test' }));
    return file;
  }

  for (const seed of SEEDS) {
    describe(seed, () => {
      let result: LintResult;
      let opened: Opened;
      beforeAll(async () => {
        result = lintDocument(readFixture(seed), { rules: builtinRules, today });
        opened = await open(report(path.basename(seed), [result]));
      }, 60_000);
      afterAll(() => opened?.page.close());

      it('loads with no console error and no request beyond the file itself', () => {
        expect(opened.errors).toEqual([]);
        expect(opened.requests.every((u) => u.startsWith('file://') && u.endsWith('.html'))).toBe(true);
      });

      it('shows the checklist rows, per law, in order, with their status', async () => {
        const expected = checklistOf(result, rulesMeta).flatMap((law) =>
          law.rows.map((r) => `${law.law} ${r.requirement.ruleId} ${r.requirement.status} ${r.requirement.line ?? '-'}`),
        );
        const shown = await opened.page.$$eval('table.checklist tbody tr', (rows) =>
          rows.map((r) => `${r.closest('table')!.dataset.law} ${r.dataset.rule} ${r.dataset.status} ${r.dataset.line ?? '-'}`),
        );
        expect(shown).toEqual(expected);
        expect(shown.length).toBeGreaterThan(10);
        // The status is written out, not only coloured.
        const labels = await opened.page.$$eval('table.checklist .status', (s) => [...new Set(s.map((e) => e.textContent!.replace(/^\S+\s/, '')))]);
        expect(labels.every((l) => ['Met', 'Partial', 'Missing', 'Not applicable'].includes(l))).toBe(true);
      });

      it('highlights each finding exactly on its text, with its numbered pin on its line', async () => {
        const marked = await opened.page.evaluate(() => {
          const out: Record<string, string> = {};
          for (const m of document.querySelectorAll('mark')) {
            for (const n of (m as HTMLElement).dataset.findings!.split(' ')) out[n] = (out[n] ?? '') + m.textContent;
          }
          return out;
        });
        const pins = await opened.page.$$eval('a.pin', (as) => as.map((a) => [a.id, a.closest('.line')!.id]));
        expect(pins).toHaveLength(result.messages.length);
        const source = result.source!;
        result.messages.forEach((m, i) => {
          const n = i + 1;
          const start = offsetOf(source, m.line, m.column);
          const end = offsetOf(source, m.endLine, m.endColumn);
          const text = source.slice(start, end).replace(/\r\n|\r|\n/g, '');
          expect(marked[String(n)] ?? '', `finding ${n} (${m.ruleId} at ${m.line}:${m.column})`).toBe(text);
          expect(pins).toContainEqual([`file-1-m${n}`, `file-1-L${m.line}`]);
        });
      });

      it('explains a finding on focus (keyboard) and on hover, with its rule and legal reference', async () => {
        const { page } = opened;
        const m = result.messages[0]!;
        expect(await page.isVisible('#file-1-t1')).toBe(false);
        await page.focus('#file-1-m1');
        expect(await page.isVisible('#file-1-t1')).toBe(true);
        const tip = (await page.textContent('#file-1-t1'))!;
        expect(tip).toContain(m.message);
        expect(tip).toContain(m.reference);
        expect(await page.getAttribute('#file-1-m1', 'aria-describedby')).toBe('file-1-t1');
        await page.mouse.move(0, 0);
        await page.locator('#file-1-m1').blur();
        expect(await page.isVisible('#file-1-t1')).toBe(false);
        await page.hover('#file-1-m1');
        expect(await page.isVisible('#file-1-t1')).toBe(true);
        const marks = page.locator('mark');
        if ((await marks.count()) > 0) expect(await marks.first().getAttribute('title')).toMatch(/^(Error|Warning|Info) · /);
      });

      it('can be used by keyboard: a skip link first, links from checklist to finding to text', async () => {
        const { page } = opened;
        await page.goto(`${page.url().split('#')[0]}#`);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
        expect(await page.isVisible('a.skip')).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => location.hash)).toBe('#main');
        // Checklist → finding → its pin in the text.
        const link = page.locator('table.checklist td ul a').first();
        if ((await link.count()) === 0) return;
        await link.focus();
        await page.keyboard.press('Enter');
        const target = await page.evaluate(() => location.hash);
        expect(target).toMatch(/^#file-1-d\d+$/);
        await page.locator(`${target} a`).first().focus();
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => location.hash)).toBe(target.replace('-d', '-m'));
      });

      it('has text with contrast of at least 4.5:1 (WCAG AA) in every coloured element', async () => {
        const low = await opened.page.evaluate(() => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
          const lum = (c: number[]) => {
            const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const background = (el: Element | null): string => {
            for (let e = el; e; e = e.parentElement) {
              const bg = getComputedStyle(e).backgroundColor;
              if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
            }
            return 'rgb(255, 255, 255)';
          };
          const out: string[] = [];
          for (const el of document.querySelectorAll('body, .meta, .status, mark, .pin, .rule, .ref, .sev, .suggestion, blockquote, a, th, .line')) {
            const fg = lum(rgb(getComputedStyle(el).color));
            const bg = lum(rgb(background(el)));
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            if (ratio < 4.5) out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
          }
          return [...new Set(out)];
        });
        expect(low).toEqual([]);
      });

      it('prints: navigation, pins and tooltips hidden, the highlights kept, a PDF is produced', async () => {
        const { page } = opened;
        await page.emulateMedia({ media: 'print' });
        if (result.messages.length > 0) expect(await page.isVisible('#file-1-m1')).toBe(false);
        expect(await page.isVisible('table.checklist')).toBe(true);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        await page.emulateMedia({ media: 'screen' });
      });
    });
  }

  it('a hostile policy runs nothing and shows its markup as text (policylint -f html -o)', async () => {
    const hostile = [
      '# Privacy <script>window.__pwned = 1</script> under the GDPR',
      '',
      'Last updated: <img src=x onerror="window.__pwned = 2">',
      '',
      '<script>window.__pwned = 3; alert(3)</script>',
      '',
      'You have the right of access "><svg onload="window.__pwned = 4"> and </pre></main><iframe src="javascript:alert(5)"></iframe>.',
      '',
      '[Contact us](javascript:window.__pwned=6) or <a href="javascript:alert(7)">here</a> {{ constructor.constructor("alert(8)")() }}',
      '',
    ].join('\n');
    const policy = path.join(dir, '<img src=x onerror=alert(9)>.md');
    writeFileSync(policy, hostile);
    const out = path.join(dir, 'hostile.html');
    const run = spawnSync(process.execPath, [BIN, '--no-config-lookup', '--today', '2026-11-27', '-f', 'html', '-o', out, policy], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const { page, errors, requests } = await open(out);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(out).href]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('script, img, svg, iframe, object, embed, form, input', (els) => els.length)).toBe(0);
    expect(await page.$$eval('a[href^="javascript:"]', (els) => els.length)).toBe(0);
    const text = await page.$eval('pre.source', (pre) =>
      [...pre.querySelectorAll('.line')].map((l) => [...l.childNodes].filter((n) => !(n as Element).classList?.contains('tip')).map((n) => n.textContent).join('')).join('\n'),
    );
    expect(text).toBe(hostile);
    expect(await page.textContent('h2')).toBe(policy);
    await page.close();
  }, 60_000);
});
