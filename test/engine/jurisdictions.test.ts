import { describe, expect, it } from 'vitest';
import { detectJurisdictions } from '../../src/engine/index.js';
import { readDocument } from '../../src/model/index.js';
import { listFixtures, readFixture } from '../helpers/fixtures.js';

const detect = (text: string, format: 'markdown' | 'plaintext' = 'plaintext') =>
  detectJurisdictions(readDocument(format === 'markdown' ? 'p.md' : 'p.txt', text, { format })).map((f) => f.jurisdiction);

describe('jurisdiction detection', () => {
  it.each([
    ['Your rights under the GDPR.', ['gdpr']],
    ['We comply with the UK GDPR and the Data Protection Act 2018.', ['gdpr']],
    ['You may complain to a supervisory authority.', ['gdpr']],
    ['Acme GmbH processes data of users in the European Union.', ['gdpr']],
    ['Acme GmbH is based in Berlin.', []],
    ['We comply with the Protection of Personal Information Act 4 of 2013.', ['popia']],
    ['Acme (Pty) Ltd, Cape Town.', ['popia']],
    ['You may lodge a complaint with the Information Regulator.', ['popia']],
    ['If you are a California resident, you have rights under the CCPA.', ['ccpa']],
    ['Residents of California may request deletion.', ['ccpa']],
    ['Our office is in California.', []],
    ['This policy does not apply to residents of California.', []],
    ['We are a small company. We collect e-mail addresses.', []],
    ['Users in the EU and UK have more rights.', ['gdpr']],
    ['We rely on legitimate interests. Our hosting is in the EU.', []],
    ['You also have the right to lodge a complaint with your local data protection authority.', ['gdpr']],
    ['Under UK data protection law, you have the right to access your data.', ['gdpr']],
    ['The national data protection authority publishes guidance.', []],
    // Speaking to people in the Union or the UK (Art. 3(2)) addresses the GDPR without naming it.
    ['If you are a European resident, you have the right to access the personal information we hold about you.', ['gdpr']],
    ['Residents of the EEA may ask us to correct their data.', ['gdpr']],
    ['UK users can ask for a copy of their data.', ['gdpr']],
    ['We do not offer the app to EU residents.', []],
    ['The service is not available to users in the EEA or to UK users.', []],
    // Establishment: a company registered in England, or writing from an EU country's domain.
    ['Acme Widgets Ltd is registered in England and Wales under company number 01234567.', ['gdpr']],
    ['Tell us what you think: hello@acme.co.uk. We answer within a week.', []],
    ['If you would like to exercise any of your data protection rights, e-mail privacy@example.it.', ['gdpr']],
    ['Write to privacy@acme.de.com or privacy@acme.com for your data protection rights.', []],
    // .eu is open only to those established in, resident in or citizens of the Union.
    ['Questions about this policy? Write to kent@tactical-training.eu.', ['gdpr']],
    ['Questions? Write to help@acme.eu.com.', []],
    // A national law that implements the GDPR names it as surely as the Regulation does.
    ['We process your data in accordance with D. Lgs. 196/2003 as amended.', ['gdpr']],
    ['Our processing complies with the Bundesdatenschutzgesetz (BDSG).', ['gdpr']],
    ['We comply with the Data Protection Acts 1988 to 2018.', ['gdpr']],
    ['Under the Data Protection Act 1998 you may ask for a copy of your data.', ['gdpr']],
    ['Newsletters follow the Privacy and Electronic Communications Regulations 2003.', ['gdpr']],
    // A South African contact domain adds to "South Africa", never decides alone.
    ['Questions? info@acme.co.za', []],
    ['We are a South African security firm. Questions? info@acme.co.za', ['popia']],
    // A responsible party domiciled in South Africa (POPIA s3(1)(b)(i)) is subject to POPIA without naming it.
    ['Ubuntu Tutors NPC is registered in South Africa under number 2019/123456/08.', ['popia']],
    ['We are a South African non-profit association of software developers.', ['popia']],
    ['The Python Users Community in South Africa is the data controller for registration data.', ['popia']],
    ['Our speakers come from South Africa and Kenya.', []],
    ['We are not registered in South Africa and do not process data there.', []],
    // A law named as the yardstick of another is not addressed.
    ["The POPI Act is South Africa's equivalent to the European Union General Data Protection Regulation (EU GDPR).", ['popia']],
    ['Our policy follows POPIA, a law modelled on the GDPR.', ['popia']],
    ['The GDPR is similar to other laws. You may complain to a supervisory authority.', ['gdpr']],
    // Chapter V's own terms: "third countries" and Europe together.
    ['Some providers are in countries without data protection rules equivalent to the European ones ("Third Countries").', ['gdpr']],
    ['Our servers are in Europe.', []],
    ['We transfer data to a third country only with consent.', []],
    // The organisation places itself outside a law: a heading naming it does not bring it back.
    ['Do we comply with the California Consumer Privacy Act?\n\nAcme is not a "business" for the purposes of the California Consumer Privacy Act (CCPA).', []],
    ['We are not subject to the GDPR. Users in the EU and UK have more rights under the GDPR.', []],
    ['We are not subject to the GDPR. California residents have rights under the CCPA.', ['ccpa']],
    ['As a non-profit, data laws such as the CCPA do not apply. California residents may still e-mail us.', []],
    ['The CCPA does not apply to us. We serve customers in California.', []],
    // "Shine the Light" (Cal. Civ. Code §1798.83) is another California statute, not the CCPA.
    ['California residents may ask once a year, under the Shine the Light law, which third parties received their data for direct marketing.', []],
    ['Under Cal. Civ. Code § 1798.83, residents of California may request a list of our marketing partners. Write to us in California.', []],
    ['Our studio is in California. We honour Shine-the-Light requests.', []],
    ['California residents have rights under the CCPA. Shine the Light requests go to privacy@example.com.', ['ccpa']],
    ['Under Cal. Civ. Code §1798.100 and §1798.83, California residents may ask what we collect.', ['ccpa']],
    // Without the CCPA's name, its own rights still make it a CCPA policy.
    ['California residents may use the Shine the Light law. You have the right to limit use of sensitive personal data under the privacy law in California.', ['ccpa']],
    // A part of the policy outside a law is not the whole policy outside it.
    ['The CCPA does not apply to data about our employees. California residents have rights under the CCPA.', ['ccpa']],
    // A disclaimer whose subject is some data, or limited "to the extent", exempts that data only.
    ['Protected health information (PHI) handled by our partners is governed by HIPAA and is not subject to the CCPA to the extent HIPAA applies. This notice applies to California residents under the CCPA.', ['ccpa']],
    ['Employee data is not subject to the GDPR in this notice. EU users have rights under the GDPR.', ['gdpr']],
    ['To the extent we are not subject to the CCPA, we still honour requests from California residents. Your rights under the CCPA are listed below.', ['ccpa']],
    ['Acme is not subject to the CCPA because we do not meet its thresholds for information.', []],
  ])('%s → %j', (text, expected) => {
    for (const format of ['plaintext', 'markdown'] as const) expect(detect(text, format)).toEqual(expected);
  });

  it('finds the laws each seed addresses', () => {
    const found = Object.fromEntries(
      [...listFixtures('seeds'), ...listFixtures('corpus')].map((f) => [f, detectJurisdictions(readFixture(f)).map((j) => j.jurisdiction)]),
    );
    expect(found).toEqual({
      'seeds/000_d80a1d47bfd452aa.txt': ['gdpr', 'ccpa'],
      'seeds/001_5d45be2437642316.txt': ['gdpr'],
      'seeds/002_d0849b8b0e039e27.txt': ['gdpr'],
      'seeds/003_a73e55a167ae72aa.txt': ['gdpr'],
      'seeds/004_9676fbca8d62b176.txt': ['popia'],
      'corpus/github-privacy-statement-2017.md': ['gdpr'],
      'corpus/mastodon-default-privacy-policy.md': ['gdpr'],
    });
  });

  it('gives evidence with positions', () => {
    const [gdpr] = detectJurisdictions(readDocument('p.txt', 'Intro line here.\nYour rights under the GDPR.'));
    expect(gdpr?.evidence[0]).toMatchObject({ text: 'GDPR', range: { start: { line: 2, column: 23 } } });
  });
});
