// Table rows in plain text: pipe rows, tab-separated rows, and rows whose cells a copy
// from an HTML table glued together ("Account InformationName, work email…").
// All functions take the masked text and a line's content span, and return cell spans
// (trimmed; an empty cell is an empty span) — positions only, no copies of the text.
import { countWords, isDigit, isLower, isSpace, isUpper } from './plaintext-lines.js';
import type { Lines } from './plaintext-lines.js';

export type Cell = [start: number, end: number];

/** Consecutive lines read as a table: rows of cells and the index of the last line. */
export interface TableRun {
  rows: Cell[][];
  last: number;
  hasHeader: boolean;
}

/** Does line j (of the same kind as the first) belong to the run? */
type RowTest = (j: number) => boolean;

function trimmed(m: string, start: number, end: number): Cell {
  while (start < end && isSpace(m.charCodeAt(start))) start++;
  while (end > start && isSpace(m.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * Cells of "| a | b |" (the trailing pipe is optional; so is the leading one in a table
 * whose second line is a separator row, "a | b" over "--- | ---").
 */
export function splitPipeRow(m: string, cs: number, ce: number): Cell[] {
  const cells: Cell[] = [];
  const lead = m.charCodeAt(cs) === 124 ? 1 : 0;
  let from = cs + lead;
  for (let i = cs + lead; i < ce; i++) {
    const c = m.charCodeAt(i);
    if (c === 92) {
      i++; // "\|" is a literal pipe
      continue;
    }
    if (c === 124) {
      cells.push(trimmed(m, from, i));
      from = i + 1;
    }
  }
  if (from < ce) {
    const last = trimmed(m, from, ce);
    if (last[1] > last[0]) cells.push(last);
  }
  return cells;
}

/** "|---|:---:|": every cell made of dashes with optional alignment colons. */
export function isSeparatorRow(m: string, cells: readonly Cell[]): boolean {
  let seen = 0;
  for (const [a, b] of cells) {
    if (a === b) continue;
    if (!/^:?-+:?$/.test(m.slice(a, b))) return false;
    seen++;
  }
  return seen > 0;
}

/** Cells split at each tab. */
export function splitTabRow(m: string, cs: number, ce: number): Cell[] {
  const cells: Cell[] = [];
  let from = cs;
  for (let i = cs; i < ce; i++) {
    if (m.charCodeAt(i) === 9) {
      cells.push(trimmed(m, from, i));
      from = i + 1;
    }
  }
  cells.push(trimmed(m, from, ce));
  return cells;
}

// ---------------------------------------------------------------------------------------
// Glued cells

/**
 * CamelCase names whose inner capital is not a cell edge. Offsets of their inner glue
 * points are computed once.
 */
const BRANDS = [
  'GitHub', 'GitLab', 'BitBucket', 'LinkedIn', 'PayPal', 'PayFast', 'YouTube', 'JavaScript', 'TypeScript',
  'CoffeeScript', 'WhatsApp', 'HubSpot', 'SendGrid', 'SendInBlue', 'WordPress', 'WooCommerce', 'PostgreSQL',
  'MySQL', 'NoSQL', 'GraphQL', 'MongoDB', 'DynamoDB', 'CockroachDB', 'InfluxDB', 'ClickHouse', 'OAuth', 'iPhone',
  'iPad', 'iPod', 'iOS', 'iPadOS', 'macOS', 'watchOS', 'tvOS', 'iCloud', 'iTunes', 'iMessage', 'eBay', 'eSignature',
  'DocuSign', 'DigitalOcean', 'CloudFlare', 'CloudFront', 'CloudWatch', 'CloudTrail', 'McDonald', 'McKinsey',
  'MacBook', 'MailChimp', 'MailerLite', 'MailGun', 'SurveyMonkey', 'DoubleClick', 'AdSense', 'AdWords', 'AdMob',
  'BigQuery', 'OneDrive', 'OneNote', 'OneTrust', 'SharePoint', 'PowerPoint', 'PowerBI', 'FaceTime', 'TikTok',
  'WeChat', 'SoundCloud', 'DropBox', 'ZoomInfo', 'FullStory', 'LogRocket', 'PostHog', 'OpenAI', 'DeepMind',
  'ChatGPT', 'SalesForce', 'QuickBooks', 'FreshDesk', 'ZenDesk', 'LiveChat', 'JumpCloud', 'CircleCI', 'TravisCI',
  'NetSuite', 'ServiceNow', 'PagerDuty', 'ActiveCampaign', 'ConvertKit', 'ClickUp', 'DataDog', 'AppSignal',
  'BrowserStack', 'LaunchDarkly', 'TrustArc', 'CookieBot', 'YouGov', 'IntelliJ', 'WebKit', 'WebRTC', 'FedEx',
  'LastPass', 'DoorDash', 'AirBnB', 'GoDaddy', 'HelpScout', 'FreshWorks', 'SmartLook', 'HotJar', 'CrazyEgg',
  'BambooHR', 'TeamViewer', 'AnyDesk', 'RingCentral', 'GoToMeeting', 'WebEx', 'BlueSky', 'DuckDuckGo',
  'PlayStation', 'XBox', 'StackOverflow', 'NodeJS', 'NextJS', 'VueJS', 'SendPulse', 'MessageBird', 'TextMagic',
  'DeepL', 'PubMed', 'ResearchGate', 'ReCAPTCHA', 'reCAPTCHA', 'hCaptcha', 'TensorFlow', 'PyTorch', 'NumPy',
];

/** Where a cell edge may sit between c[i-1] and c[i]. */
function isGluePoint(m: string, i: number): 'strong' | 'weak' | null {
  const a = m.charCodeAt(i - 1);
  const b = m.charCodeAt(i);
  if (isUpper(b)) {
    // "InformationName", "(for Git integrations)Secure", "Inc.United", "100%Contract"
    if (isLower(a) || a === 41 || a === 46 || a === 37 || a === 93 || a === 0x201d || a === 34) return 'strong';
    if (isDigit(a)) return 'weak'; // "2013Contract", but also "3A", "2FA"
    return null;
  }
  if (isDigit(b) && isLower(a)) return 'strong'; // "invoices5 years"
  return null;
}

const BRAND_POINTS: Array<{ word: string; at: number }> = [];
for (const word of BRANDS) {
  for (let k = 1; k < word.length; k++) if (isGluePoint(word, k)) BRAND_POINTS.push({ word, at: k });
}

function insideBrand(m: string, i: number): boolean {
  for (const { word, at } of BRAND_POINTS) {
    const s = i - at;
    if (s >= 0 && m.startsWith(word, s)) return true;
  }
  return false;
}

/** More candidate points than this in one row: prose, not a row. Keeps the scan linear. */
const MAX_EXTRA_POINTS = 24;

/**
 * Split a glued row into exactly `n` cells, or null when the glue points do not give
 * exactly n - 1 edges (the row is then left as prose).
 */
export function splitGluedRow(m: string, cs: number, ce: number, n: number): Cell[] | null {
  const strong: number[] = [];
  const weak: number[] = [];
  for (let i = cs + 1; i < ce; i++) {
    const kind = isGluePoint(m, i);
    if (kind === null || isSpace(m.charCodeAt(i - 1))) continue;
    if (insideBrand(m, i)) continue;
    (kind === 'strong' ? strong : weak).push(i);
    if (strong.length + weak.length > n + MAX_EXTRA_POINTS) return null;
  }
  let points: number[];
  if (strong.length === n - 1) points = strong;
  else if (strong.length < n - 1 && strong.length + weak.length === n - 1) {
    points = [...strong, ...weak].sort((x, y) => x - y);
  } else return null;
  const cells: Cell[] = [];
  let from = cs;
  for (const p of points) {
    cells.push(trimmed(m, from, p));
    from = p;
  }
  cells.push(trimmed(m, from, ce));
  return cells.every(([a, b]) => b > a) ? cells : null;
}

/** Characters a glued header may hold besides letters: spaces, &, /, -, apostrophes. */
function headerChar(c: number): boolean {
  return isSpace(c) || c === 38 || c === 47 || c === 45 || c === 39 || c === 0x2019 || isUpper(c) || isLower(c);
}

/**
 * A header row of 3+ Title-Case chunks glued at lower→Upper edges
 * ("CategoryRetention PeriodReason" → Category | Retention Period | Reason).
 */
export function splitGluedHeader(m: string, cs: number, ce: number): Cell[] | null {
  if (ce - cs > 100 || !isUpper(m.charCodeAt(cs))) return null;
  const cells: Cell[] = [];
  let from = cs;
  for (let i = cs; i < ce; i++) {
    const c = m.charCodeAt(i);
    if (!headerChar(c)) return null;
    if (i > cs && isUpper(c) && isLower(m.charCodeAt(i - 1)) && !insideBrand(m, i)) {
      cells.push([from, i]);
      from = i;
    }
  }
  cells.push([from, ce]);
  if (cells.length < 3 || cells.length > 10) return null;
  for (const [a, b] of cells) {
    let words = 1;
    for (let i = a; i < b; i++) if (isSpace(m.charCodeAt(i))) words++;
    if (words > 4 || isSpace(m.charCodeAt(b - 1))) return null;
  }
  return cells;
}

// ---------------------------------------------------------------------------------------
// Runs of rows. Each starts at line i and stops at a blank line or a line that is no row.

/** Two or more "|" lines; the row before a "|---|" separator is the header. */
export function readPipeRun(m: string, L: Lines, i: number, isRow: RowTest): TableRun | null {
  let j = i;
  while (j + 1 < L.count && !L.gap[j + 1] && isRow(j + 1)) j++;
  if (j === i) return null;
  const rows: Cell[][] = [];
  let separatorAfter = -1;
  for (let r = i; r <= j; r++) {
    const cells = splitPipeRow(m, L.cs[r] as number, L.ce[r] as number);
    if (isSeparatorRow(m, cells)) {
      if (separatorAfter < 0) separatorAfter = rows.length;
      continue;
    }
    rows.push(cells);
  }
  return { rows, last: j, hasHeader: separatorAfter === 1 };
}

/** Two or more tab-separated lines of about the same width; a header when row 0 reads like labels. */
export function readTabRun(m: string, L: Lines, i: number, isRow: RowTest): TableRun | null {
  const rows: Cell[][] = [splitTabRow(m, L.cs[i] as number, L.ce[i] as number)];
  const width = (rows[0] as Cell[]).length;
  let j = i;
  while (j + 1 < L.count && !L.gap[j + 1] && isRow(j + 1)) {
    const cells = splitTabRow(m, L.cs[j + 1] as number, L.ce[j + 1] as number);
    if (Math.abs(cells.length - width) > 1) break;
    rows.push(cells);
    j++;
  }
  if (j === i) return null;
  const hasHeader = (rows[0] as Cell[]).every(([s, e]) => {
    const t = m.slice(s, e);
    return e - s <= 60 && countWords(t) <= 6 && !t.includes('@') && !t.includes('://') && !t.endsWith('.');
  });
  return { rows, last: j, hasHeader };
}

/** A glued header line followed by rows that split into as many cells. */
export function readGluedRun(m: string, L: Lines, i: number, isRow: RowTest): TableRun | null {
  if ((L.ce[i] as number) - (L.cs[i] as number) > 100) return null;
  const header = splitGluedHeader(m, L.cs[i] as number, L.ce[i] as number);
  if (!header) return null;
  const rows: Cell[][] = [header];
  let j = i;
  while (j + 1 < L.count && !L.gap[j + 1] && isRow(j + 1)) {
    const cells = splitGluedRow(m, L.cs[j + 1] as number, L.ce[j + 1] as number, header.length);
    if (!cells) break;
    rows.push(cells);
    j++;
  }
  return j === i ? null : { rows, last: j, hasHeader: true };
}
