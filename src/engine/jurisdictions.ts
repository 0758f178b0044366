// Which privacy laws a policy addresses, from the laws, regulators, places and legal
// forms it names. A strong signal (the law's name, its regulator) decides alone; weak
// ones (a place, a legal form, a term of art) must add up.
import type { PolicyDocument, Range } from '../model/types.js';
import { JURISDICTIONS, type Jurisdiction } from './types.js';
import { proseSentences } from '../model/index.js';

interface Signal {
  /** Global: read with matchAll, which copies it, so no state is shared between documents. */
  pattern: RegExp;
  weight: 1 | 2;
  /** Names the law itself, not only its state or its code: see SHINE_THE_LIGHT. */
  law?: true;
}

const SIGNALS: Record<Jurisdiction, Signal[]> = {
  gdpr: [
    { pattern: /\b(?:UK[- ])?GDPR\b/g, weight: 2 },
    { pattern: /\bGeneral Data Protection Regulation\b/gi, weight: 2 },
    { pattern: /\bRegulation \(EU\) 2016\/679\b/gi, weight: 2 },
    // The UK's Data Protection Act 1998 (which the UK GDPR replaced) and its e-privacy rules.
    { pattern: /\bData Protection Act (?:2018|1998)\b|\bPrivacy and Electronic Communications (?:\(EC Directive\) )?Regulations\b|\bPECR\b/gi, weight: 2 },
    // National laws that implement or supplement the GDPR (Germany, Ireland, France, Italy, Spain, the Netherlands).
    {
      pattern:
        /\bBundesdatenschutzgesetz\b|\bBDSG\b|\bData Protection Acts? 1988(?: (?:to|and|-|–) 2018)?\b|\bInformatique et Libert[ée]s\b|\bD\.\s{0,2}Lgs\.?\s{0,2}(?:n\.\s{0,2})?(?:196\/2003|101\/2018)\b|\bCodice in materia di protezione dei dati personali\b|\bLOPDGDD\b|\bUAVG\b/gi,
      weight: 2,
    },
    { pattern: /\bEuropean Economic Area\b|\bEEA\b/g, weight: 2 },
    { pattern: /\bsupervisory authorit(?:y|ies)\b/gi, weight: 2 },
    // Art. 77 in other words: "lodge a complaint with your local data protection authority".
    { pattern: /\bcomplaint with (?:a|the|your|any) (?:local |competent |relevant |national )?data protection authorit(?:y|ies)\b/gi, weight: 2 },
    { pattern: /\bUK data protection (?:law|legislation)s?\b/gi, weight: 2 },
    { pattern: /\bInformation Commissioner'?s Office\b|\bICO\b|\bCNIL\b|\bData Protection Commission\b/g, weight: 2 },
    { pattern: /\bArt(?:icle|\.)?\s*6\s*\(1\)/gi, weight: 2 },
    // Art. 3(2): a policy that speaks to people in the Union addresses the GDPR, as one that
    // speaks to "California residents" addresses the CCPA.
    {
      pattern:
        /\b(?:European|EU|EEA|UK|British)\s{1,3}(?:residents?|citizens?|users?|visitors?|customers?|data\s{1,3}subjects?|individuals?)\b|\bresidents?\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?(?:European\s{1,3}Union|EU|EEA|Europe|United\s{1,3}Kingdom|UK)\b/g,
      weight: 2,
    },
    { pattern: /\bEurope(?:an)?\b|\bEU\b/g, weight: 1 },
    { pattern: /\bUnited Kingdom\b|\bUK\b/g, weight: 1 },
    { pattern: /\b(?:GmbH|B\.V\.|S\.A\.S\.|SARL|S\.r\.l\.|S\.L\.|ApS|A\/S|Sp\. z o\.o\.)(?=\W|$)/g, weight: 1 },
    // "Third country" and "adequacy decision" are Chapter V's terms; POPIA s72 says "foreign country".
    {
      pattern: /\bStandard Contractual Clauses\b|\bSCCs\b|\bPrivacy Shield\b|\bData Privacy Framework\b|\bthird countr(?:y|ies)\b|\badequacy decisions?\b/gi,
      weight: 1,
    },
    // The organisation's own address at an EU/EEA/UK country domain (privacy@acme.ie).
    {
      pattern:
        /\b[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,4}(?:at|be|bg|cy|cz|de|dk|ee|es|fi|fr|gr|hr|hu|ie|it|lt|lu|lv|mt|nl|no|pl|pt|ro|se|si|sk|uk)(?!\.?[\w-])/gi,
      weight: 1,
    },
    // Only an undertaking established in the Union, or a Union resident or citizen, may hold
    // a .eu domain (Regulation (EU) 2019/517, Art. 3), so an address there decides alone.
    { pattern: /\b[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,4}eu(?!\.?[\w-])/gi, weight: 2 },
    // A company registered in the UK or Ireland is established there (Art. 3(1)).
    {
      pattern: /\bregistered\s{1,3}in\s{1,3}(?:England|Scotland|Northern\s{1,3}Ireland|the\s{1,3}Republic\s{1,3}of\s{1,3}Ireland|Ireland)\b|\bCompanies\s{1,3}House\b/gi,
      weight: 2,
    },
    // Not "legitimate interests": POPIA s11(1)(d)–(f) uses the term too.
    { pattern: /\bdata controller\b|\bdata protection officer\b|\bright to (?:erasure|data portability|be forgotten)\b|\bdata protection rights\b/gi, weight: 1 },
  ],
  popia: [
    { pattern: /\bPOPIA\b|\bPOPI Act\b/g, weight: 2 },
    { pattern: /\bProtection of Personal Information Act\b/gi, weight: 2 },
    { pattern: /\bInformation Regulator\b/gi, weight: 2 },
    { pattern: /\(Pty\)\s*Ltd\b/gi, weight: 2 },
    { pattern: /\bPAIA\b|\bPromotion of Access to Information Act\b/gi, weight: 2 },
    // A responsible party domiciled in the Republic (s3(1)(b)(i)): registered, based or established there,
    // a South African company or non-profit, or the controller "in South Africa" ("The Python Software
    // Community in South Africa is the data controller"). A mere mention of the country weighs 1.
    {
      pattern:
        /(?<!\b(?:not|never)\s{1,3})\b(?:registered|incorporated|based|established|domiciled|headquartered)\s{1,3}in\s{1,3}South\s{1,3}Africa\b|\bSouth\s{1,3}African\s{1,3}(?:registered\s{1,3})?(?:company|non-?profit|NPO|NPC|organi[sz]ation|association|charity|business|firm|entity|institution)\b|\bin\s{1,3}South\s{1,3}Africa,?\s{1,3}(?:is|acts\s{1,3}as)\s{1,3}the\s{1,3}(?:data\s{1,3})?(?:controller|responsible\s{1,3}party)\b/gi,
      weight: 2,
    },
    { pattern: /\bSouth Africa(?:n)?\b/gi, weight: 1 },
    { pattern: /\b[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,3}(?:co|org|net|gov|ac|edu)\.za(?!\.?[\w-])/gi, weight: 1 },
    { pattern: /\bresponsible party\b|\binformation officer\b|\boperator agreement\b/gi, weight: 1 },
  ],
  ccpa: [
    { pattern: /\bCCPA\b|\bCPRA\b/g, weight: 2, law: true },
    { pattern: /\bCalifornia (?:Consumer Privacy|Privacy Rights) Act\b/gi, weight: 2, law: true },
    { pattern: /\b1798\.1\d\d\b/g, weight: 2, law: true },
    { pattern: /\bDo Not Sell(?: or Share)? My Personal Information\b/gi, weight: 2, law: true },
    { pattern: /\bCal(?:ifornia|\.)\s*Civ(?:il|\.)\s*Code\b/gi, weight: 2 },
    { pattern: /\bCalifornia (?:residents?|consumers?|users?)\b|\bresidents? of California\b/gi, weight: 2 },
    { pattern: /\bCalifornia\b/g, weight: 1 },
  ],
};

/**
 * "This policy does not apply to…", "we are not subject to the GDPR", "we do not offer the
 * service to EU residents": not an address to that law.
 */
const NEGATED =
  /\b(?:not|never|n't)\b[^.]{0,40}\b(?:subject to|apply|applies|applicable|governed by|covered by|offer(?:ed)?|market(?:ed)?|target(?:ed)?|intended|available)\b/i;

/**
 * A law named only as the yardstick of another ("POPIA is South Africa's equivalent to the EU
 * GDPR", "POPIA, a law modelled on the GDPR"): what follows the comparison is not addressed.
 * Rules "equivalent to the European ones" with no other law named still speak of the GDPR.
 */
const COMPARED = /\b(?:equivalent|counterpart|similar|comparable|akin|analogous)\s{1,3}(?:to|of|with)\b|\bmodel+ed\s{1,3}(?:on|after)\b|\binspired\s{1,3}by\b/i;

/**
 * The organisation says it is outside a law ("Acme is not a 'business' for the purposes of
 * the CCPA", "we are not subject to the GDPR", "data laws such as the CCPA do not apply"):
 * that law is not applied to the policy at all, even where a heading asks "Do we comply
 * with the CCPA?". "The CCPA does not apply to employee data" exempts a part, not the whole.
 */
const DISCLAIMS =
  /\b(?:we are|we're|is|are) not (?:an? ["“'‘]?(?:business|controller|data controller|responsible party)["”'’]?|(?:directly )?subject to)\b|\b(?:does|do) not apply(?=\s{0,3}(?:[.;,)]|$)|\s{1,3}to\s{1,3}(?:us|our\s{1,3}(?:company|organi[sz]ation|business|services?))\b)/gi;

/**
 * California's "Shine the Light" law (Cal. Civ. Code §1798.83) is a separate statute about
 * disclosures for direct marketing, not the CCPA (§1798.100 et seq.): a policy that cites it
 * for "California residents" and never names the CCPA itself is not a CCPA policy.
 */
const SHINE_THE_LIGHT = /\bShine[- ]the[- ]Light\b|\b1798\.8[34]\b/i;
/**
 * What only the CCPA gives, for a policy that does not name it ("Right to limit use of sensitive
 * personal data (… the privacy law in California)"): such a policy is a CCPA policy after all.
 */
const CCPA_TERMS =
  /\bsensitive\s+personal\s+(?:data|information)\b|\bright\s+to\s+(?:limit|correct)\b|\b(?:sale|sell)\s+or\s+shar\w{1,3}\b|\bprivacy\s+laws?\s+(?:in|of)\s+California\b|\bCalifornia['’]s?\s+privacy\s+law\b/i;

/**
 * A disclaimer about some data, not the organisation ("Protected health information (PHI) …
 * is not subject to the CCPA to the extent HIPAA applies", "Employee data is not subject to
 * …"): the clause's subject names data, or a "to the extent" or "insofar as" limits it.
 */
const DATA_SUBJECT = /\b(?:information|data|PHI|records?|details|files?)\b(?!\s{1,3}(?:protection|privacy|laws?)\b)(?:\s{1,3}\([^)]{0,20}\))?[^.;,]{0,40}$/i;
const LIMITED_SCOPE = /\b(?:to\s{1,3}the\s{1,3}extent|insofar\s{1,3}as)\b/i;

/** Whether the text at `at` is the yardstick of another law named before the comparison. */
function comparedTo(jurisdiction: Jurisdiction, text: string, at: number): boolean {
  const compared = COMPARED.exec(text);
  if (!compared || compared.index >= at) return false;
  const before = text.slice(0, compared.index);
  return JURISDICTIONS.some((other) => other !== jurisdiction && SIGNALS[other].some((s) => s.weight === 2 && before.search(s.pattern) >= 0));
}

export interface JurisdictionFinding {
  jurisdiction: Jurisdiction;
  score: number;
  /** Whether a strong signal (the law, its regulator) was found, not only weak ones. */
  named: boolean;
  evidence: Array<{ text: string; range: Range }>;
}

export function detectJurisdictions(doc: PolicyDocument): JurisdictionFinding[] {
  // One string of all prose, so each signal is one regex scan, not one per sentence.
  const sentences = proseSentences(doc);
  const starts: number[] = [];
  let length = 0;
  for (const s of sentences) {
    starts.push(length);
    length += s.text.length + 1;
  }
  // NUL, not a space, between sentences: no pattern can match across two of them.
  const text = sentences.map((s) => s.text).join('\u0000');
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const disclaimed = new Set<Jurisdiction>();
  for (const m of text.matchAll(DISCLAIMS)) {
    const i = sentenceAt(m.index);
    const sentence = sentences[i];
    if (!sentence) continue;
    const at = m.index - (starts[i] as number);
    if (DATA_SUBJECT.test(sentence.text.slice(0, at)) || LIMITED_SCOPE.test(sentence.text)) continue;
    // Only a strong signal (the law's name, its regulator) says which law is disclaimed.
    for (const jurisdiction of JURISDICTIONS) {
      if (SIGNALS[jurisdiction].some((s) => s.weight === 2 && sentence.text.search(s.pattern) >= 0)) disclaimed.add(jurisdiction);
    }
  }

  const found: JurisdictionFinding[] = [];
  for (const jurisdiction of JURISDICTIONS) {
    if (disclaimed.has(jurisdiction)) continue;
    const finding: JurisdictionFinding = { jurisdiction, score: 0, named: false, evidence: [] };
    let law = false;
    for (const signal of SIGNALS[jurisdiction]) {
      for (const m of text.matchAll(signal.pattern)) {
        const i = sentenceAt(m.index);
        const sentence = sentences[i];
        if (!sentence || NEGATED.test(sentence.text)) continue;
        const at = m.index - (starts[i] as number);
        if (comparedTo(jurisdiction, sentence.text, at)) continue;
        finding.score += signal.weight;
        finding.named ||= signal.weight === 2;
        law ||= signal.law === true;
        finding.evidence.push({ text: m[0], range: sentence.rangeOf(at, at + m[0].length) });
        break; // each signal counts once
      }
    }
    if (jurisdiction === 'ccpa' && !law && SHINE_THE_LIGHT.test(text) && !CCPA_TERMS.test(text)) continue;
    if (finding.score >= 2) found.push(finding);
  }
  // Weak signals alone (a vendor "in the EU", a right's name) decide only when the policy
  // names no law at all; a POPIA policy that hosts in Ireland is not a GDPR policy.
  return found.some((f) => f.named) ? found.filter((f) => f.named) : found;
}
