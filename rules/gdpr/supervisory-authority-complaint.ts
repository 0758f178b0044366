import { defineRule } from '../../src/engine/index.js';
import { findSections, gdprName, isProseBlock, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';
import { gated } from '../shared/gated.js';

// The right to lodge a complaint with a supervisory authority (GDPR Art. 77) must be
// stated in the notice (Art. 13(2)(d), Art. 14(2)(e)). The policy meets it when an
// authority is named in a complaint context: "lodge a complaint with a supervisory
// authority", "complain to the ICO", "contact your local data protection authority",
// or a "Complaints" section that names the CNIL. A complaint to the company, to the FTC
// or to a non-European regulator does not count. Every quantifier below is bounded.

/**
 * Data protection authorities, generic and by name. One list: matching any entry in a
 * complaint context meets the requirement.
 */
const AUTHORITY_NAMES: readonly string[] = [
  // generic
  String.raw`\bsupervisory\s{1,3}(?:authorit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies))`,
  String.raw`\bdata[- ]protection\s{1,3}(?:supervisory\s{1,3})?(?:authorit(?:y|ies)|regulators?|agenc(?:y|ies)|commission(?:er)?s?|board|office|inspectorate|ombudsman|supervisors?)`,
  String.raw`\b(?:data\s{1,3})?privacy\s{1,3}(?:supervisory\s{1,3})?(?:authorit(?:y|ies)|regulators?)`,
  // German state offices translated: "the Bavarian State Office for Data Protection Supervision".
  String.raw`\bOffice\s{1,3}for\s{1,3}(?:the\s{1,3})?(?:Data\s{1,3}Protection|Protection\s{1,3}of\s{1,3}(?:Personal\s{1,3})?Data)(?:\s{1,3}Supervision)?|\bdata[- ]protection\s{1,3}supervision\b`,
  // The English names of national and state commissioners: "the Berlin Commissioner for Data
  // Protection and Freedom of Information", "Commissioner for Personal Data Protection" (Cyprus),
  // "Commissioner for the Protection of Personal Data".
  String.raw`\bCommissioner\s{1,3}for\s{1,3}(?:the\s{1,3})?(?:Protection\s{1,3}of\s{1,3}(?:Personal\s{1,3})?(?:Data|Information)|(?:Personal\s{1,3})?Data\s{1,3}Protection)`,
  // the United Kingdom
  String.raw`(?<!Australian\s{1,3})\bInformation\s{1,3}Commissioner(?:['’]s)?(?:\s{1,3}Office)?`,
  // France, Ireland, Spain, Italy
  String.raw`\bCommission\s{1,3}nationale\s{1,3}de\s{1,3}l['’]\s{0,1}informatique\s{1,3}et\s{1,3}des\s{1,3}libert[ée]s`,
  String.raw`\bAgencia\s{1,3}Espa[ñn]ola\s{1,3}de\s{1,3}Protecci[óo]n\s{1,3}de\s{1,3}Datos`,
  String.raw`\bGarante\b(?:\s{1,3}per\s{1,3}la\s{1,3}protezione\s{1,3}dei\s{1,3}dati\s{1,3}personali)?`,
  // Germany, Austria, Switzerland
  String.raw`\bBundesbeauftragten?\s{1,3}f[üu]r\s{1,3}den\s{1,3}Datenschutz`,
  String.raw`\bLandesbeauftragten?\s{1,3}f[üu]r\s{1,3}(?:den\s{1,3})?Datenschutz`,
  String.raw`\b(?:Landes)?datenschutz(?:aufsichts)?beh[öo]rden?\b`,
  String.raw`\bAufsichtsbeh[öo]rden?\b`,
  String.raw`\bFederal\s{1,3}Data\s{1,3}Protection\s{1,3}and\s{1,3}Information\s{1,3}Commissioner`,
  // Benelux, Nordics, Portugal, Poland
  String.raw`\bAutoriteit\s{1,3}Persoonsgegevens\b`,
  String.raw`\bGegevensbeschermingsautoriteit\b`,
  String.raw`\bAutorit[ée]\s{1,3}de\s{1,3}protection\s{1,3}des\s{1,3}donn[ée]es`,
  String.raw`\b(?:Integritetsskyddsmyndigheten|Datatilsynet|Datainspektionen|Tietosuojavaltuutettu)\b`,
  // the EU bodies that list the national authorities
  String.raw`\bEuropean\s{1,3}Data\s{1,3}Protection\s{1,3}(?:Board|Supervisor)`,
  // Their web sites, given as the place to complain: "file a complaint at https://edpb.europa.eu/…".
  String.raw`\b(?:edpb|edps)\.europa\.eu|\bico\.org\.uk|\bcnil\.fr|\bdataprotection\.ie|\baepd\.es|\bgaranteprivacy\.it|\bbfdi\.bund\.de|\bautoriteitpersoonsgegevens\.nl`,
];
/** A word every name above contains: most sentences lack one and skip the long alternation. */
const AUTHORITY_WORD = /supervis|protect|privacy|commission|agencia|garante|datenschutz|aufsicht|autorit|integritet|datatilsynet|datainspektionen|tietosuoja|edpb|edps|ico\.org|cnil|aepd|bfdi/i;
const AUTHORITY = gated(new RegExp(String.raw`(?:${AUTHORITY_NAMES.join('|')})\b`, 'gi'), AUTHORITY_WORD);

/** Authorities known by their initials: matched case-sensitively ("ICO", not "favicon.ico"). */
const ACRONYM =
  /(?<![\p{L}\p{N}.])(?:ICO|CNIL|DPC|AEPD|BfDI|LfDI|BayLDA|HmbBfDI|EDÖB|FDPIC|IMY|CNPD|UODO|EDPB|EDPS|(?:[Yy]our|local|national|competent|relevant|lead)\s{1,3}DPAs?)(?![\p{L}\p{N}])/gu;

const TWO_CAPITALS = /[A-Z]{2}/;

/** Generic wording that names an authority only when it is about data ("the competent authority"). */
const WEAK_AUTHORITY = /\b(?:competent|relevant|appropriate|applicable|responsible)\s{1,3}(?:authorit(?:y|ies)|regulators?)\b/gi;

/**
 * "Your local authority", "your specific authority": an authority only in a sentence that is about
 * a data protection complaint ("file a GDPR complaint with your local authority") — a local
 * authority is also a town council.
 */
const LOCAL_AUTHORITY = /\b(?:your|the)\s{1,3}(?:specific|local|national|own|respective|lead)\s{1,3}authorit(?:y|ies)\b/gi;
const DATA_TOPIC = /\b(?:GDPR|data\s{1,3}protection|privacy|personal\s{1,3}data)\b/i;

/** Regulators that are not GDPR supervisory authorities: a complaint to them does not count. */
const OTHER_REGULATOR =
  /\b(?:FTC|Federal\s{1,3}Trade\s{1,3}Commission|attorneys?\s{1,3}general|CPPA|California\s{1,3}Privacy\s{1,3}Protection\s{1,3}Agency|Better\s{1,3}Business\s{1,3}Bureau|consumer\s{1,3}protection|Information\s{1,3}Regulator|OAIC|Privacy\s{1,3}Commissioner\s{1,3}of\s{1,3}Canada)\b/i;

/** Words that make a mention of an authority a complaint route. */
const COMPLAINT =
  /\b(?:complain(?:t|ts|s|ed|ing)?|lodg(?:e|es|ed|ing)|grievances?|claims?|recourse|redress|appeal(?:s|ed|ing)?|unhappy|dissatisfied|not\s{1,3}(?:happy|satisfied)|concerns?|mishandl\w{0,3}|misus(?:e|ed|ing)|infring\w{0,4}|beschwer\w{0,8}|r[ée]clamations?|reclamaci[óo]n|klacht)\b/i;

/**
 * "contact / write to / get in touch with / refer it to" an authority, "you can also go (turn)
 * directly to", "you may report us to / notify" one, "you're entitled to take it up (raise it)
 * with", "you can bring your case to (before)" one — the reader as the one who turns to it, so a
 * controller that notifies the authority of a breach is no complaint route.
 */
const CONTACT_BEFORE =
  /\b(?:contact(?:ing)?|reach(?:ing)?\s{1,3}out\s{1,3}to|writ(?:e|ing)\s{1,3}to|get\s{1,3}in\s{1,3}touch\s{1,3}with|refer(?:ring)?\s{1,3}(?:\w{1,20}\s{1,3}){0,3}to|escalat(?:e|ing)\s{1,3}(?:\w{1,20}\s{1,3}){0,3}to|approach(?:ing)?|(?:you|one)\s{0,3}(?:can|may|could|(?:are|['’]re)\s{1,3}(?:free|entitled)\s{1,3}to|have\s{1,3}the\s{1,3}right\s{1,3}to)\s{1,3}(?:also\s{1,3}|always\s{1,3})?(?:take\s{1,3}(?:\w{1,20}\s{1,3}){0,3}up\s{1,3}with|raise\s{1,3}(?:\w{1,20}\s{1,3}){0,3}with|bring\s{1,3}(?:\w{1,20}\s{1,3}){0,3}(?:to|before)|(?:go|turn|apply|report\s{1,3}(?:us|this|it|the\s{1,3}(?:matter|issue|problem)))\s{1,3}(?:(?:directly|straight)\s{1,3})?to|notify|inform|alert))\b[^;:]{0,50}$/i;

/** "You have no right to complain …": a right denied is not a right stated. */
const DENIED =
  /\b(?:(?:you|users?|data\s{1,3}subjects?)\s{1,3}(?:(?:have|has)\s{1,3}no\s{1,3}right\s{1,3}to|(?:may|can|could|shall)\s{1,3}not|cannot|can't|are\s{1,3}not\s{1,3}(?:entitled|permitted|allowed|able)\s{1,3}to)|there\s{1,3}is\s{1,3}no\s{1,3}right\s{1,3}to)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?(?:lodg(?:e|ing)|fil(?:e|ing)|mak(?:e|ing)|submit|bring|complain)\b/i;

/** Registration with an authority is not a complaint route ("registered with the ICO under Z123"). */
const REGISTRATION = /\bregistered\s{1,3}(?:with|as\s{1,3}an?)\b|\bregistration\s{1,3}(?:number|no\.?|reference)|\bregister\s{1,3}of\s{1,3}(?:fee\s{1,3}payers|data\s{1,3}controllers)/i;

/** "We do not collect any personal data": there is nothing to complain about. */
const NOT_APPLICABLE =
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don't|never)\s{1,3}(?:collect|store|process|hold|keep)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|data\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:at\s{1,3}all|whatsoever|of\s{1,3}any\s{1,3}kind))?\s{0,3}[.!]?\s{0,3}$/i;

/** Where a reader would look: a complaints section, else the rights section. */
const WHERE_TO_LOOK: RegExp[] = [/\bcomplain/i, /\brights\b/i, /\bright\b/i];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The section chain of a block, nearest first. */
function sectionsOf(block: Block): Section[] {
  const out: Section[] = [];
  for (let s: Section | null = block.section; s && s.level > 0; s = s.parent) out.push(s);
  return out;
}

/** Text around a block that can make it a complaint context: its block, headings, lead-in, table row. */
function surroundings(doc: PolicyDocument, block: Block): string[] {
  const out: string[] = [block.text, ...sectionsOf(block).map((s) => s.title)];
  if (block.kind === 'listItem') {
    for (let i = block.index - 1; i >= 0 && i >= block.index - 30; i--) {
      const prev = doc.blocks[i] as Block;
      if (prev.kind === 'listItem') continue;
      if (prev.kind === 'paragraph' && /:\s*$/.test(prev.text)) out.push(prev.text);
      break;
    }
  }
  if (block.cell) {
    for (const cell of block.cell.table.rows[block.cell.row] ?? []) if (cell !== block) out.push(cell.text);
    if (block.cell.columnHeader) out.push(block.cell.columnHeader);
  }
  return out;
}

/** The first authority in a sentence that is named as a complaint route, as a range. */
function complaintRoute(doc: PolicyDocument, sentence: Sentence, extra: RegExp | null): Range | null {
  const text = sentence.text;
  if (DENIED.test(text) || REGISTRATION.test(text)) return null;
  const mentions: Array<{ index: number; length: number; weak: boolean }> = [];
  // exec, not matchAll: matchAll would copy the gated pattern for every sentence.
  AUTHORITY.lastIndex = 0;
  for (let m = AUTHORITY.exec(text); m; m = AUTHORITY.exec(text)) mentions.push({ index: m.index, length: m[0].length, weak: false });
  // Each initialism has two capitals in a row: most sentences skip the costly pattern.
  if (TWO_CAPITALS.test(text)) for (const m of text.matchAll(ACRONYM)) mentions.push({ index: m.index, length: m[0].length, weak: false });
  if (extra) for (const m of text.matchAll(extra)) mentions.push({ index: m.index, length: m[0].length, weak: false });
  if (!OTHER_REGULATOR.test(text)) {
    for (const m of text.matchAll(WEAK_AUTHORITY)) mentions.push({ index: m.index, length: m[0].length, weak: true });
    if (DATA_TOPIC.test(text)) for (const m of text.matchAll(LOCAL_AUTHORITY)) mentions.push({ index: m.index, length: m[0].length, weak: true });
  }
  if (mentions.length === 0) return null;
  mentions.sort((a, b) => a.index - b.index);
  const inSentence = COMPLAINT.test(text);
  const around = inSentence || surroundings(doc, sentence.block).some((t) => COMPLAINT.test(t));
  for (const m of mentions) {
    // Generic wording ("the competent authority") needs a complaint in the sentence itself.
    const ok = m.weak ? inSentence : around || CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index));
    if (ok) return sentence.rangeOf(m.index, m.index + m.length);
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'gdpr/supervisory-authority-complaint',
    description: 'The policy tells data subjects they may lodge a complaint with a data protection supervisory authority.',
    reference: 'GDPR Art. 13(2)(d), Art. 14(2)(e), Art. 77',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      authorities: {
        type: 'string[]',
        default: [],
        description: 'More names of supervisory authorities to recognise (e.g. "HmbBfDI", "Hamburg Commissioner"), matched as whole words, case-insensitively.',
      },
    },
    messages: {
      missing: {
        text: 'The policy does not tell data subjects of their right to lodge a complaint with a supervisory authority ({law} Art. 13(2)(d), Art. 77).',
        severity: 'error',
        suggestion: 'Add to the rights section: "You have the right to lodge a complaint with a supervisory authority, {authority}."',
      },
    },
  },
  check(context) {
    const { document: doc, options } = context;
    const names = options.authorities.map((n) => n.trim()).filter((n) => n.length > 0 && n.length <= 100);
    const extra = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
    let notApplicable: Sentence | null = null;
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block)) continue;
      const at = complaintRoute(doc, sentence, extra);
      if (at) {
        context.evidence({ item: 'right to lodge a complaint with a supervisory authority', status: 'met', at });
        return;
      }
      if (!notApplicable && NOT_APPLICABLE.test(sentence.text)) notApplicable = sentence;
    }
    if (notApplicable) {
      context.evidence({ item: 'right to lodge a complaint with a supervisory authority', status: 'not-applicable', at: notApplicable });
      return;
    }
    const law = gdprName(doc);
    const authority =
      law === 'UK GDPR'
        ? "the Information Commissioner's Office (ico.org.uk)"
        : 'in particular in the EU/EEA Member State where you live or work or where the alleged infringement took place';
    const section = WHERE_TO_LOOK.map((p) => findSections(doc, p)[0]).find((s) => s?.heading);
    context.report({ messageId: 'missing', data: { law, authority }, at: section?.heading ? section.heading.range : missingAt(doc) });
    context.evidence({ item: 'right to lodge a complaint with a supervisory authority', status: 'missing' });
  },
});
