import { describe, expect, it } from 'vitest';
import { parseCliArgs, parseToday, UsageError, useColor } from '../../src/cli/args.js';

const fixedNow = new Date(2025, 5, 30, 23, 30); // local time, late in the day

describe('parseCliArgs', () => {
  it('parses a lint invocation with defaults', () => {
    const o = parseCliArgs(['a.md', '-'], fixedNow);
    expect(o).toMatchObject({ mode: 'lint', patterns: ['a.md', '-'], format: 'stylish', quiet: false, configLookup: true });
    expect(o.today.toISOString()).toBe('2025-06-30T00:00:00.000Z');
    expect(o.jurisdictions).toBeUndefined();
    expect(o.color).toBeUndefined();
  });

  it('parses every option', () => {
    const o = parseCliArgs(
      ['-f', 'json', '-o', 'out.json', '--jurisdiction', 'gdpr,POPIA', '--jurisdiction', 'ccpa,gdpr', '--rule', 'a: off', '--rule', 'b: error',
        '--quiet', '--max-warnings', '3', '--today', '2024-02-29', '--stdin-filename', 'x.md', '--no-config-lookup', '-c', 'rc.json', 'x'],
      fixedNow,
    );
    expect(o).toMatchObject({
      format: 'json', outputFile: 'out.json', jurisdictions: ['gdpr', 'popia', 'ccpa'], ruleFlags: ['a: off', 'b: error'],
      quiet: true, maxWarnings: 3, stdinFilename: 'x.md', configLookup: false, config: 'rc.json',
    });
    expect(o.today.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('parses --cache, --cache-location and --concurrency', () => {
    expect(parseCliArgs(['x'])).toMatchObject({ cache: false, concurrency: 'off' });
    expect(parseCliArgs(['x']).cacheLocation).toBeUndefined();
    expect(parseCliArgs(['--cache', '--cache-location', 'tmp/', '--concurrency', 'AUTO', 'x'])).toMatchObject({
      cache: true, cacheLocation: 'tmp/', concurrency: 'auto',
    });
    expect(parseCliArgs(['--concurrency', '4', 'x']).concurrency).toBe(4);
    expect(parseCliArgs(['--concurrency', 'off', 'x']).concurrency).toBe('off');
  });

  it('lets the last of --color / --no-color win', () => {
    expect(parseCliArgs(['--color', '--no-color', 'x']).color).toBe(false);
    expect(parseCliArgs(['--no-color', '--color', 'x']).color).toBe(true);
  });

  it('picks the mode; modes other than lint need no files', () => {
    expect(parseCliArgs(['--help']).mode).toBe('help');
    expect(parseCliArgs(['--version']).mode).toBe('version');
    expect(parseCliArgs(['--list-rules']).mode).toBe('list-rules');
    expect(parseCliArgs(['--explain', 'last-updated']).mode).toBe('explain');
    expect(parseCliArgs(['--print-config', 'a.md']).mode).toBe('print-config');
    expect(parseCliArgs(['--init']).mode).toBe('init');
  });

  it.each([
    [['--bogus', 'x'], /Unknown option '--bogus'.*--help/],
    [['--format', 'xml', 'x'], /Unknown format 'xml'\. Available formats: stylish, json, github, sarif, markdown, html/],
    [['--format'], /argument missing/],
    [['--jurisdiction', 'gdpr,lgpd', 'x'], /Unknown jurisdiction 'lgpd'\. Valid jurisdictions: gdpr, popia, ccpa/],
    [['--jurisdiction', ',', 'x'], /at least one/],
    [['--max-warnings=-1', 'x'], /--max-warnings "-1"/],
    [['--max-warnings', '-1', 'x'], /argument is ambiguous/],
    [['--max-warnings', 'ten', 'x'], /whole number/],
    [['--today', '2025-02-30', 'x'], /--today "2025-02-30"/],
    [['--concurrency', '0', 'x'], /--concurrency "0": expected a number of worker threads \(1 or more\), "auto" or "off"/],
    [['--concurrency', 'many', 'x'], /--concurrency "many"/],
    [['--concurrency', '1.5', 'x'], /--concurrency "1.5"/],
    [[], /No files given.*--help/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('parseToday', () => {
  it.each(['2025-13-01', '2025-00-10', '2023-02-29', '25-01-01', '2025-1-1', 'today', '2025-01-01T00:00'])('rejects %s', (v) => {
    expect(() => parseToday(v)).toThrow(UsageError);
  });
  it('accepts a leap day', () => {
    expect(parseToday('2024-02-29').getTime()).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('useColor', () => {
  it('follows flags, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(useColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor(undefined, {}, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
  });
});
