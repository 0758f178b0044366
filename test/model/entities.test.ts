import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findAges,
  findDates,
  findDurations,
  findEmails,
  findUrls,
  type Found,
} from '../../src/model/entities.js';
import { splitSentences } from '../../src/model/sentences.js';

/** [expected substring, expected value fields (everything but start/end)]. */
type Expect = [string, Record<string, unknown>];
type Case = [input: string, expected: Expect[]];

function values<T extends Found>(f: T): Record<string, unknown> {
  const { start: _s, end: _e, ...rest } = f;
  return rest;
}

function runTable<T extends Found>(fn: (text: string) => T[], cases: Case[]): void {
  it.each(cases)('%j', (input, expected) => {
    const got = fn(input);
    expect(got.map((f) => input.slice(f.start, f.end))).toEqual(expected.map((e) => e[0]));
    expect(got.map(values)).toEqual(expected.map((e) => e[1]));
  });
}

/** Inputs that must yield nothing. */
function runNegatives<T extends Found>(fn: (text: string) => T[], inputs: string[]): void {
  it.each(inputs)('not in %j', (input) => {
    expect(fn(input).map((f) => input.slice(f.start, f.end))).toEqual([]);
  });
}

const email = (address: string | null): Record<string, unknown> => ({ address });
const url = (u: string): Record<string, unknown> => ({ url: u });
const day = (year: number, month: number, d: number): Record<string, unknown> => ({
  year,
  month,
  day: d,
  precision: 'day',
  iso: `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
});
const month = (year: number, m: number): Record<string, unknown> => ({
  year,
  month: m,
  precision: 'month',
  iso: `${year}-${String(m).padStart(2, '0')}`,
});
const dur = (amount: number, unit: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  amount,
  unit,
  ...extra,
});
const under = (age: number): Record<string, unknown> => ({ age, relation: 'under' });
const atLeast = (age: number): Record<string, unknown> => ({ age, relation: 'atLeast' });
const exact = (age: number): Record<string, unknown> => ({ age, relation: 'exact' });

describe('findEmails', () => {
  runTable(findEmails, [
    ['Controller contact: LeadConneqt, privacy@leadconneqt.com', [['privacy@leadconneqt.com', email('privacy@leadconneqt.com')]]],
    // A bad copy glued the next word to the address: trimmed to the longest real TLD.
    ['email dpo@leadconneqt.comwith "GDPR Request" in the subject', [['dpo@leadconneqt.com', email('dpo@leadconneqt.com')]]],
    ['write to privacy@x.COMplease', [['privacy@x.COM', email('privacy@x.COM')]]],
    ['mail dpo@acme.co.ukfor help', [['dpo@acme.co.uk', email('dpo@acme.co.uk')]]],
    ['Write to privacy@x.com.', [['privacy@x.com', email('privacy@x.com')]]],
    ['Ask privacy@x.com.We reply fast', [['privacy@x.com', email('privacy@x.com')]]],
    ['(privacy@x.com), <dpo@x.co.uk>; "legal@x.org"!', [
      ['privacy@x.com', email('privacy@x.com')],
      ['dpo@x.co.uk', email('dpo@x.co.uk')],
      ['legal@x.org', email('legal@x.org')],
    ]],
    ['first.last+gdpr@mail.example.org', [['first.last+gdpr@mail.example.org', email('first.last+gdpr@mail.example.org')]]],
    ['Email: inforeg@justice.gov.za', [['inforeg@justice.gov.za', email('inforeg@justice.gov.za')]]],
    ['mailto:privacy@github.com', [['privacy@github.com', email('privacy@github.com')]]],
    ['Contact: privacy@workflowops.ai', [['privacy@workflowops.ai', email('privacy@workflowops.ai')]]],
    // A real (listed) gTLD is never trimmed; an unlisted one is kept whole.
    ['hello@foo.company', [['hello@foo.company', email('hello@foo.company')]]],
    ['hello@foo.zzzz today', [['hello@foo.zzzz', email('hello@foo.zzzz')]]],
    ['a@b.com and c@d.org', [['a@b.com', email('a@b.com')], ['c@d.org', email('c@d.org')]]],
    ['Objection to processing — email [email protected]', [['[email protected]', email(null)]]],
    ['DPO / privacy inquiries — [email\u00a0protected].', [['[email\u00a0protected]', email(null)]]],
    ['Raw HTML copied as text: [email&#160;protected] or [email&nbsp;protected]', [['[email&#160;protected]', email(null)], ['[email&nbsp;protected]', email(null)]]],
    ['x@y.com [email protected] z@w.org', [
      ['x@y.com', email('x@y.com')],
      ['[email protected]', email(null)],
      ['z@w.org', email('z@w.org')],
    ]],
    ['.privacy@x.com', [['privacy@x.com', email('privacy@x.com')]]],
  ]);
  runNegatives(findEmails, [
    'user@localhost',
    'follow @handle on Mastodon',
    'foo@ bar',
    'a@b',
    'price @ 5.00 each',
    'privacy [at] example.com',
    'a@1.2.3.4',
    '.@x.com',
    'name.@x.com',
    'josé@x.com', // non-ASCII local part: not reported rather than cut
    'a@-x.com',
    '[email  protected]',
  ]);
});

describe('findUrls', () => {
  runTable(findUrls, [
    ['Visit https://example.com/privacy.', [['https://example.com/privacy', url('https://example.com/privacy')]]],
    ['(see https://en.wikipedia.org/wiki/Foo_(bar)) now', [['https://en.wikipedia.org/wiki/Foo_(bar)', url('https://en.wikipedia.org/wiki/Foo_(bar)')]]],
    ['Infrastructure ([Privacy Policy](https://cloud.google.com/privacy))', [['https://cloud.google.com/privacy', url('https://cloud.google.com/privacy')]]],
    ['[here]( https://tools.google.com/dlpage/gaoptout).', [['https://tools.google.com/dlpage/gaoptout', url('https://tools.google.com/dlpage/gaoptout')]]],
    ['the [Privacy Shield List](https://www.privacyshield.gov/participant?id=a2zt000000001K2AAI).', [
      ['https://www.privacyshield.gov/participant?id=a2zt000000001K2AAI', url('https://www.privacyshield.gov/participant?id=a2zt000000001K2AAI')],
    ]],
    ['"[Do Not Track](http://donottrack.us/)" is', [['http://donottrack.us/', url('http://donottrack.us/')]]],
    ['HTTP://EXAMPLE.COM, then', [['HTTP://EXAMPLE.COM', url('HTTP://EXAMPLE.COM')]]],
    ['at http://localhost:3000/x?', [['http://localhost:3000/x', url('http://localhost:3000/x')]]],
    ['www.twilio.com/legal/privacy, and', [['www.twilio.com/legal/privacy', url('https://www.twilio.com/legal/privacy')]]],
    ['See WWW.Example.COM.', [['WWW.Example.COM', url('https://WWW.Example.COM')]]],
    ["In the UK, that's the ICO (ico.org.uk).", [['ico.org.uk', url('https://ico.org.uk')]]],
    ['Website: konductro.com/privacy', [['konductro.com/privacy', url('https://konductro.com/privacy')]]],
    ['Website: inforegulator.org.za', [['inforegulator.org.za', url('https://inforegulator.org.za')]]],
    ['accessible at platform.konductro.com.', [['platform.konductro.com', url('https://platform.konductro.com')]]],
    ['Konductro (Pty) Ltd · konductro.com · privacy@konductro.com', [['konductro.com', url('https://konductro.com')]]],
    ['service at leadconneqt.com, conneqtcrm.com, and', [
      ['leadconneqt.com', url('https://leadconneqt.com')],
      ['conneqtcrm.com', url('https://conneqtcrm.com')],
    ]],
    ['Visit Konductro.com today', [['Konductro.com', url('https://Konductro.com')]]],
    ['Did you visit example.com?', [['example.com', url('https://example.com')]]],
    ['workflowops.ai and garanteprivacy.it', [
      ['workflowops.ai', url('https://workflowops.ai')],
      ['garanteprivacy.it', url('https://garanteprivacy.it')],
    ]],
    // A file-like TLD is a domain with a path or under a public second level.
    ['uodo.gov.pl and example.pl/privacy', [
      ['uodo.gov.pl', url('https://uodo.gov.pl')],
      ['example.pl/privacy', url('https://example.pl/privacy')],
    ]],
    ['example.com—the site', [['example.com', url('https://example.com')]]],
    ['two: https://a.com/x,https://b.org/y', [
      ['https://a.com/x,https://b.org/y', url('https://a.com/x,https://b.org/y')],
    ]],
  ]);
  runNegatives(findUrls, [
    'Subprocessors are listed at /security#subprocessors and in the DPA.',
    'see privacy-policy.md and README.md',
    'run setup.py or deploy.sh, open notes.txt, unzip file.zip',
    'Encryption in transit (TLS 1.2+) and v1.0',
    'Version 2.3.4 of the app',
    'providers (e.g. Auth0), i.e. that',
    'U.S. law and U.K. law',
    'Konductro.',
    'the Service.It is ours',
    'Conducktr Inc.is committed',
    'built on ASP.NET and Node.js',
    'email privacy@konductro.com now',
    'open docs/privacy.html',
    'site.data.variables.contact.contact_privacy',
    'https:// alone',
    'Contract (Art. 6(1)(b))',
    '3.5 percent',
    'how %{domain}s collects',
    'visit example.comfor details',
    'an example.com-based service',
    'x.y',
  ]);
});

describe('findDates', () => {
  runTable(findDates, [
    ['**Effective Date:** November 18, 2025  ', [['November 18, 2025', day(2025, 11, 18)]]],
    ['Nov 18, 2025', [['Nov 18, 2025', day(2025, 11, 18)]]],
    ['Nov. 18, 2025', [['Nov. 18, 2025', day(2025, 11, 18)]]],
    ['on 18 November 2025.', [['18 November 2025', day(2025, 11, 18)]]],
    ['the 18th of November, 2025', [['18th of November, 2025', day(2025, 11, 18)]]],
    ['December 1st 2025', [['December 1st 2025', day(2025, 12, 1)]]],
    ['Tuesday, November 18, 2025', [['November 18, 2025', day(2025, 11, 18)]]],
    ['NOVEMBER 18, 2025', [['NOVEMBER 18, 2025', day(2025, 11, 18)]]],
    ['Sept 5, 2024 and Sep 6, 2024', [['Sept 5, 2024', day(2024, 9, 5)], ['Sep 6, 2024', day(2024, 9, 6)]]],
    ['Last Updated: 2025-01-01', [['2025-01-01', day(2025, 1, 1)]]],
    ['2025/01/01', [['2025/01/01', day(2025, 1, 1)]]],
    ['Version 1.0 · Effective May 2026', [['May 2026', month(2026, 5)]]],
    ['Effective May, 2026.', [['May, 2026', month(2026, 5)]]],
    ['01/15/2025', [['01/15/2025', day(2025, 1, 15)]]],
    // First part > 12: D/M/Y.
    ['15/01/2025', [['15/01/2025', day(2025, 1, 15)]]],
    // Both ≤ 12: read as US M/D/Y (documented assumption).
    ['03/04/2025', [['03/04/2025', day(2025, 3, 4)]]],
    ['15.01.2025', [['15.01.2025', day(2025, 1, 15)]]],
    ['February 29, 2024', [['February 29, 2024', day(2024, 2, 29)]]],
    ['Effective date: October\n11, 2017', [['October\n11, 2017', day(2017, 10, 11)]]],
    ['from 1 March 2024 to March 31, 2025', [['1 March 2024', day(2024, 3, 1)], ['March 31, 2025', day(2025, 3, 31)]]],
  ]);
  runNegatives(findDates, [
    'February 30, 2025',
    'February 29, 2025',
    '2025-13-01',
    '2025-02-30',
    '13/13/2025',
    '31.02.2025',
    'the Protection of Personal Information Act 4 of 2013',
    'in 2025, since 2019, © 2025',
    'registration number 2026/423844/07',
    'Telephone: 010 023 5207',
    'you may 2026',
    'Novel 2025',
    'November 32, 2025',
    '1 January 1850',
    '2025-01-015',
    '12025-01-01',
    'Articles 12–22 of the GDPR',
  ]);
});

describe('findDates with two-digit years (opt-in)', () => {
  const short = (text: string) => findDates(text, { twoDigitYears: true });
  runTable(short, [
    // Both ≤ 12: M/D/Y as for four-digit years; first part > 12: D/M/Y; dots: D.M.Y.
    ['Last updated 01/05/18', [['01/05/18', day(2018, 1, 5)]]],
    ['Updated: 25/12/21', [['25/12/21', day(2021, 12, 25)]]],
    ['Stand: 03.04.23', [['03.04.23', day(2023, 4, 3)]]],
    ['revised 12-31-99', [['12-31-99', day(1999, 12, 31)]]],
    // Four-digit years are read as before.
    ['01/15/2025', [['01/15/2025', day(2025, 1, 15)]]],
  ]);
  runNegatives(short, ['version 1.2.3', '13/13/18', '31.02.22', 'call 555/12/34', '1/2/345']);
  it('is off by default: the document model never reads "01/05/18"', () => expect(findDates('Last updated 01/05/18')).toEqual([]));
});

describe('findDurations', () => {
  runTable(findDurations, [
    ['then 30 days in backups', [['30 days', dur(30, 'day')]]],
    ['Audit logs: 2 years', [['2 years', dur(2, 'year')]]],
    ['for 12 months', [['12 months', dur(12, 'month')]]],
    ['within 72 hours', [['72 hours', dur(72, 'hour')]]],
    ['Audit log — 1 year after the event', [['1 year', dur(1, 'year')]]],
    ['(7-day grace period)', [['7-day', dur(7, 'day')]]],
    ['Logs: 30–180 days', [['30–180 days', dur(30, 'day', { maxAmount: 180 })]]],
    ['30-180 days', [['30-180 days', dur(30, 'day', { maxAmount: 180 })]]],
    ['30 to 180 days', [['30 to 180 days', dur(30, 'day', { maxAmount: 180 })]]],
    ['between 30 and 90 days', [['30 and 90 days', dur(30, 'day', { maxAmount: 90 })]]],
    ['within 3 business days', [['3 business days', dur(3, 'day', { business: true })]]],
    ['5 working days', [['5 working days', dur(5, 'day', { business: true })]]],
    ['30 calendar days', [['30 calendar days', dur(30, 'day')]]],
    ['within thirty (30) days', [['thirty (30) days', dur(30, 'day')]]],
    ['for one year', [['one year', dur(1, 'year')]]],
    ['Six months later', [['Six months', dur(6, 'month')]]],
    ['for a year', [['a year', dur(1, 'year')]]],
    ['in an hour', [['an hour', dur(1, 'hour')]]],
    ['Duration: 1 hour (configurable)', [['1 hour', dur(1, 'hour')]]],
    ['two weeks', [['two weeks', dur(2, 'week')]]],
    ['a 90-day window', [['90-day', dur(90, 'day')]]],
    ['twenty-four hours', [['twenty-four hours', dur(24, 'hour')]]],
    ['seventeen days', [['seventeen days', dur(17, 'day')]]],
    ['one hundred days', [['one hundred days', dur(100, 'day')]]],
    ['1.5 years', [['1.5 years', dur(1.5, 'year')]]],
    ['a thirty-day notice', [['thirty-day', dur(30, 'day')]]],
    ['48 hrs', [['48 hrs', dur(48, 'hour')]]],
    ['1 year (7 years for enterprise)', [['1 year', dur(1, 'year')], ['7 years', dur(7, 'year')]]],
    ['24 hours a day, 7 days a week', [['24 hours', dur(24, 'hour')], ['7 days', dur(7, 'day')]]],
    ['Until opt-out + 3 years', [['3 years', dur(3, 'year')]]],
    ['stored for up to 12\n  months', [['12\n  months', dur(12, 'month')]]],
    ['1-2 business days', [['1-2 business days', dur(1, 'day', { maxAmount: 2, business: true })]]],
    ['two (2) years', [['two (2) years', dur(2, 'year')]]],
    ['three to six months', [['three to six months', dur(3, 'month', { maxAmount: 6 })]]],
    ['a 12-month period', [['12-month', dur(12, 'month')]]],
    ['30 (thirty) days', [['30 (thirty) days', dur(30, 'day')]]],
  ]);
  runNegatives(findDurations, [
    'Encryption in transit (TLS 1.2+)',
    'Version 1.0 · Effective May 2026',
    'Contract (Art. 6(1)(b))',
    'Article 17',
    'at least 16 years old',
    '13 years of age',
    'a 16-year-old',
    'aged 16 years',
    'once a year, twice a day, 3 times a week',
    'SOC 2 compliance',
    'Cybercrimes Act 19 of 2020',
    '24h',
    '1.2.3 days',
    'several days, a few years, days',
    'Daytime and yesterday',
    'Sundays',
    'v1 days',
    '30 minutes',
    'persons 16 years or older',
    '1,000 days',
    'thirty-one',
  ]);
});

describe('findAges', () => {
  runTable(findAges, [
    ['not intended for children under 16.', [['under 16', under(16)]]],
    ['If you are under the age of 13,', [['under the age of 13', under(13)]]],
    ['anyone under age 18', [['under age 18', under(18)]]],
    // The alternative inherits "under".
    ['children under 13 (or 16 in the EU).', [['under 13', under(13)], ['16', under(16)]]],
    ['users under 16, or 13 in the US', [['under 16', under(16)], ['13', under(13)]]],
    ['You must be 13 years of age.', [['13 years of age', exact(13)]]],
    ['who are 16 years old', [['16 years old', exact(16)]]],
    ['individuals under 16 years of age', [['under 16 years of age', under(16)]]],
    ['16 years of age or older', [['16 years of age or older', atLeast(16)]]],
    ['users 16 and older', [['16 and older', atLeast(16)]]],
    ['Users must be 16 or older.', [['16 or older', atLeast(16)]]],
    ['persons aged 16 or over', [['aged 16 or over', atLeast(16)]]],
    ['persons aged 16', [['aged 16', exact(16)]]],
    ['people who are at least 16 years old', [['at least 16 years old', atLeast(16)]]],
    ['over the age of 16', [['over the age of 16', atLeast(16)]]],
    ['below the age of 16', [['below the age of 16', under(16)]]],
    ['younger than 16', [['younger than 16', under(16)]]],
    ['older than 16', [['older than 16', atLeast(16)]]],
    ['less than 13 years old', [['less than 13 years old', under(13)]]],
    ['not directed at individuals under the age of 18.', [['under the age of 18', under(18)]]],
    ['a minimum age of 16', [['minimum age of 16', atLeast(16)]]],
    ['The minimum age to use the Service is 12.', [['minimum age to use the Service is 12', atLeast(12)]]],
    ['children from age 10 may register', [['from age 10', atLeast(10)]]],
    ['You must be over 18 to join.', [['over 18', atLeast(18)]]],
    ['the age of digital consent is 16', [['age of digital consent is 16', atLeast(16)]]],
    ['The age of consent in Ireland is 16.', [['age of consent in Ireland is 16', atLeast(16)]]],
    ['Users need to be 13+ to sign up.', [['13+', atLeast(13)]]],
    ['aged 16+', [['aged 16+', atLeast(16)]]],
    ['Only people who are 18+ may enter.', [['18+', atLeast(18)]]],
    ['The event is for 18+ guests only.', [['18+', atLeast(18)]]],
    ['Age limit: 16.', [['Age limit: 16', atLeast(16)]]],
    ['Our 24+ hour support line', []],
    ['Prices start at over 18 euros.', []],
    ['We work with 13+ partners.', []],
    ['From the age of 16, you manage your own settings.', [['From the age of 16', atLeast(16)]]],
    ['until they reach the age of 18', [['age of 18', exact(18)]]],
    ['a 13-year-old', [['13-year-old', exact(13)]]],
    ['children under 13 years', [['under 13', under(13)]]],
    ['children 12 or younger', [['12 or younger', under(12)]]],
    ['If you are under the age of\n16, per the GDPR', [['under the age of\n16', under(16)]]],
    ['UNDER 16', [['UNDER 16', under(16)]]],
    ['persons 16 years or older', [['16 years or older', atLeast(16)]]],
    ['persons 18 years or over', [['18 years or over', atLeast(18)]]],
    ['users aged 13 to 17', [['aged 13', exact(13)]]],
    ['Children (under 13) may not', [['under 13', under(13)]]],
    ['COPPA, 15 U.S.C. §§ 6501–6506, protects those under 13.', [['under 13', under(13)]]],
    ['Account holders must be 18 or over.', [['18 or over', atLeast(18)]]],
    ['You must be 18 to register.', [['18', exact(18)]]],
    ['Members must be 16.', [['16', exact(16)]]],
    ['Applicants must be 18 when the course starts', [['18', exact(18)]]],
    ['You need to be 16 or above to join', [['16 or above', atLeast(16)]]],
    // The number spelled out as well, either way round.
    ['children under thirteen (13) years of age', [['under thirteen (13) years of age', under(13)]]],
    ['a child under the age of Sixteen (16) or', [['under the age of Sixteen (16)', under(16)]]],
    ['you must be at least eighteen (18) years old', [['at least eighteen (18) years old', atLeast(18)]]],
    ['persons under 16 (sixteen) years of age', [['under 16 (sixteen) years of age', under(16)]]],
    ['anyone under twenty-one (21) years of age', [['under twenty-one (21) years of age', under(21)]]],
    // Ages in words, and age groups.
    ['Pupils aged fifteen and over may join', [['aged fifteen and over', atLeast(15)]]],
    ['Members must be eighteen or older.', [['eighteen or older', atLeast(18)]]],
    ['visitors under the age of thirteen', [['under the age of thirteen', under(13)]]],
    ['children under eleven need a parent', [['under eleven', under(11)]]],
    ['You have to be seventeen to enter the draw.', [['seventeen', exact(17)]]],
    ['Under-13s play free; the over-18s league is separate.', [['Under-13s', under(13)], ['over-18s', atLeast(18)]]],
    ['the under-fifteens squad', [['under-fifteens', under(15)]]],
    // The reader's own age with "or over/under".
    ["If you're 15 or older you can sign up", [['15 or older', atLeast(15)]]],
    ['if you are 16 or over you may consent', [['16 or over', atLeast(16)]]],
  ]);
  runNegatives(findAges, [
    'plans under 16 GB',
    'within 30 days',
    'children under 30',
    'over 16 countries',
    'at least 16 characters',
    'under Article 16',
    'under 15 U.S.C. § 6501',
    'Articles 12–22 of the GDPR',
    'TLS 1.2',
    'kept for under 5 years',
    'on page 16',
    'under 16.5 percent',
    'under 16%',
    'over 16',
    'at least 13',
    'under 16(1)',
    'SOC 2',
    '16 years of experience',
    '16 or over',
    // Number words that are no ages.
    'all under one roof',
    'at least two reminders',
    'under twelve months',
    'a squad of fifteen or more',
    'over twenty people',
    'the price is 15 or over',
    'users 13+',
    'under 5 days',
    'thunder 3',
    'under 123',
    'under five (13) years of age',
    'clause thirteen (13) applies',
    'within thirty (30) days',
    'The value must be 3 to work',
    'Answers must be 15 to 20 words',
    'Passwords must be 12 characters long.',
  ]);
});

// ---------------------------------------------------------------------------------------
// Properties over real text and hostile input.

type Finder = (text: string) => Found[];
const FINDERS: Array<[string, Finder]> = [
  ['findEmails', findEmails],
  ['findUrls', findUrls],
  ['findDates', findDates],
  ['findDurations', findDurations],
  ['findAges', findAges],
  ['splitSentences', (t) => splitSentences(t)],
];

function assertWellFormed(text: string, found: Found[]): void {
  let last = 0;
  for (const f of found) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    last = f.end;
  }
}

const fixtureDir = new URL('../../fixtures/', import.meta.url);
const fixtures = ['seeds', 'corpus'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, fixtureDir))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => [`${dir}/${f}`, readFileSync(new URL(`${dir}/${f}`, fixtureDir), 'utf8')] as const),
);

describe('on the fixtures', () => {
  it.each(fixtures)('%s: ordered, non-overlapping, in bounds', (_name, text) => {
    for (const [, fn] of FINDERS) assertWellFormed(text, fn(text));
  });

  it('finds what the seeds hold', () => {
    const seed = (prefix: string): string => (fixtures.find(([n]) => n.startsWith(`seeds/${prefix}`)) as readonly [string, string])[1];
    const texts = (fn: Finder, text: string): string[] => fn(text).map((f) => text.slice(f.start, f.end));
    const s1 = seed('001');
    expect(texts(findEmails, s1)).toEqual([
      'privacy@leadconneqt.com', 'dpo@leadconneqt.com', 'dpo@leadconneqt.com',
      'privacy@leadconneqt.com', 'dpo@leadconneqt.com', 'security@leadconneqt.com',
    ]);
    expect(texts(findUrls, s1)).toEqual(['leadconneqt.com', 'conneqtcrm.com', 'ico.org.uk']);
    expect(texts(findDates, s1)).toEqual([]);
    expect(texts(findAges, s1)).toEqual(['under 16', 'under 16']);
    const s3 = seed('003');
    expect(findEmails(s3).map((e) => e.address)).toEqual([null, null]);
    expect(texts(findUrls, s3)).toEqual([]);
    expect(texts(findAges, s3)).toEqual(['under 16 years of age']);
    const s4 = seed('004');
    expect(texts(findDates, s4)).toEqual(['May 2026']);
    expect(texts(findUrls, s4)).toEqual([
      'konductro.com', 'platform.konductro.com', 'konductro.com/privacy', 'anthropic.com/privacy',
      'konductro.com', 'inforegulator.org.za', 'konductro.com/privacy',
    ]);
    expect(texts(findDurations, s4)).toEqual(['30 days', '30 days', '5 business days', '30 days']);
  });
});

// Each input repeats what some pattern's quantifiers repeat. A super-linear scan would not
// finish within the test timeout; only completion is asserted, never wall-clock time.
const ADVERSARIAL: Array<[string, string]> = [
  ['a…@', 'a'.repeat(2e5) + '@'],
  ['@…', '@'.repeat(2e5)],
  ['a@…', 'a@'.repeat(1e5)],
  ['a.…@', 'a.'.repeat(1e5) + '@x'],
  ['x@a.a.…', 'x@' + 'a.'.repeat(1e5)],
  ['a.a.…', 'a.'.repeat(1e5)],
  ['a-…', 'a-'.repeat(1e5)],
  ['x…com', 'x'.repeat(2e5) + '.com'],
  ['http://…', 'http://'.repeat(3e4)],
  ['https://x(…', 'https://x' + '('.repeat(2e5)],
  ['https://x)…', 'https://x' + ')'.repeat(2e5)],
  ['www.…', 'www.'.repeat(5e4)],
  ['1…', '1'.repeat(2e5)],
  ['1 …', '1 '.repeat(1e5)],
  ['1-…', '1-'.repeat(1e5)],
  ['1/…', '1/'.repeat(1e5)],
  ['1.…', '1.'.repeat(1e5)],
  ['under …', 'under '.repeat(4e4)],
  ['under 1 …', 'under 1 '.repeat(2.5e4)],
  ['at least …', 'at least '.repeat(2.5e4)],
  ['years old …', '1 years old '.repeat(2e4)],
  ['May …', 'May '.repeat(5e4)],
  ['November 1 …', 'November 1 '.repeat(2e4)],
  ['one …', 'one '.repeat(5e4)],
  ['twenty-…', 'twenty-'.repeat(3e4)],
  ['a …', 'a '.repeat(1e5)],
  ['days …', '30 days '.repeat(2.5e4)],
  ['. …', '. '.repeat(1e5)],
  ['e.g. …', 'e.g. '.repeat(4e4)],
  ['A. …', 'A. '.repeat(6e4)],
  ['spaces', ' '.repeat(2e5)],
  ['newlines', '\n'.repeat(2e5)],
  ['[email …', '[email '.repeat(3e4)],
];

describe('linear time on hostile input', () => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    for (const [, fn] of FINDERS) expect(Array.isArray(fn(text))).toBe(true);
  });
});

describe('never throws', () => {
  const odd = [
    '',
    '\ud800',
    '\udc00@x.com',
    'privacy@x.com\ud800',
    '\ud800privacy@x.com',
    'a\u0000b@c.com\u0007 under 16\u0000 years',
    'https://x.com/\ud83d',
    '\u202eNovember 18, 2025\u202c',
    '30\u00a0days and under\u00a016',
    '\ufeffwww.example.com',
  ];
  it.each(odd)('%j', (text) => {
    for (const [, fn] of FINDERS) assertWellFormed(text, fn(text));
  });

  it('random strings', () => {
    // Deterministic PRNG; alphabet weighted to the characters the patterns care about.
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = [
      'a', 'Z', '1', '9', '0', '.', ',', '-', '–', '@', '/', ':', '(', ')', ' ', '\n', '\u00a0',
      'com', 'www.', 'http://', 'May', 'Nov', 'under ', 'age', 'of', 'years', 'days', 'old', 'or',
      'e.g.', 'Inc.', '\ud800', '\udfff', '\u0000', '[email protected]', 'thirty', '(30)',
    ];
    for (let k = 0; k < 400; k++) {
      let s = '';
      const len = rand(40);
      for (let j = 0; j < len; j++) s += pieces[rand(pieces.length)];
      for (const [, fn] of FINDERS) assertWellFormed(s, fn(s));
    }
  });
});
