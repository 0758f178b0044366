import { defineRule } from '../../src/engine/index.js';
import { findSections, listLeadIn, missingAt, proseSentences, questionBefore } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';

// POPIA s18(1)(h)(v): the data subject must be made aware of the "right to lodge a
// complaint to the Information Regulator and the contact details of the Information
// Regulator". The right itself is in s5(h) and the complaint procedure in s74. The rule
// looks for South Africa's Information Regulator named in a complaint context, then for
// its contact details. A complaint to the company, or to another regulator (the ICO, a
// European supervisory authority, the FTC), is not the POPIA right. Every quantifier
// below is bounded.

/** The Information Regulator by name or by its website: one list. */
const REGULATOR = /\bInformation\s{1,3}Regulator\b(?:\s{1,3}(?:of\s{1,3}South\s{1,3}Africa|\((?:South\s{1,3}Africa|SA|RSA)\)))?|\binforegulator\.org\.za\b/gi;
/** "the Regulator", once the policy has named the Information Regulator (POPIA's own defined term). */
const SHORT_NAME = /\b[Tt]he\s{1,3}Regulator\b/g;
/** Does the policy name the Information Regulator at all? */
const NAMED = /\bInformation\s{1,3}Regulator\b/i;
/**
 * Or cite POPIA itself: the Act defines "Regulator" as the Information Regulator (s1, s39),
 * so "a complaint to the Regulator … in terms of section 74 of the Protection of Personal
 * Information Act" names it — unless the policy also names another regulator.
 */
const POPIA_CITED = /\bPOPIA\b|\bPOPI\s{1,3}Act\b|\bProtection\s{1,3}of\s{1,3}Personal\s{1,3}Information\s{1,3}Act\b/i;
/** The Regulator's complaints address ("POPIAComplaints@inforegulator.org.za"): giving it sends complaints there. */
const COMPLAINT_ADDRESS = /complaints?@inforegulator\.org\.za\b/i;
/** The Regulator's own contact channels: seen anywhere, they are its contact details. */
const REGULATOR_CONTACT = /\binforegulator\.org\.za\b|\binforeg@justice\.gov\.za\b/i;

/** Other regulators: a complaint to one of them does not tell people of the POPIA right. */
const OTHER_REGULATOR =
  /\b(?:supervisory\s{1,3}authorit(?:y|ies)|data\s{1,3}protection\s{1,3}(?:authorit(?:y|ies)|regulators?|commission(?:er)?)|Information\s{1,3}Commissioner(?:['’]s)?(?:\s{1,3}Office)?|European\s{1,3}Data\s{1,3}Protection\s{1,3}Board|Federal\s{1,3}Trade\s{1,3}Commission|attorneys?\s{1,3}general|California\s{1,3}Privacy\s{1,3}Protection\s{1,3}Agency|Privacy\s{1,3}Commissioner(?:\s{1,3}of\s{1,3}Canada)?)\b|(?<![\p{L}\p{N}.])(?:ICO|CNIL|EDPB|FTC|CPPA|OAIC|(?:[Yy]our|local|national|competent|relevant)\s{1,3}DPA)(?![\p{L}\p{N}])/gu;

/** Words that make a mention a complaint route. */
const COMPLAINT =
  /\b(?:complain(?:t|ts|s|ed|ing)?|lodg(?:e|es|ed|ing)|grievances?|recourse|redress|unhappy|dissatisfied|not\s{1,3}(?:happy|satisfied)|concerns?|escalat(?:e|ed|ion))\b/i;
/**
 * "contact / write to / refer it to / take the matter up with / raise it with / turn to" the
 * regulator, shortly before the mention.
 */
const CONTACT_BEFORE =
  /\b(?:contact(?:ing)?|reach(?:ing)?\s{1,3}out\s{1,3}to|writ(?:e|ing)\s{1,3}to|get\s{1,3}in\s{1,3}touch\s{1,3}with|refer(?:ring)?\s{1,3}(?:\w{1,20}\s{1,3}){0,3}to|approach(?:ing)?|report(?:ing)?\s{1,3}(?:us|it|this|the\s{1,3}matter)\s{1,3}to|(?:tak(?:e|ing)|rais(?:e|ing))\s{1,3}(?:the\s{1,3}(?:matter|issue)|it|this|that|your\s{1,3}(?:complaint|case|concerns?|issue)|a\s{1,3}complaint|an?\s{1,3}issue)\s{1,3}(?:up\s{1,3}with|further\s{1,3}with|with|to)|turn(?:ing)?\s{1,3}to|appeal(?:ing)?\s{1,3}to)\b[^;:]{0,50}$/i;
/** "You may not complain to …": a right denied is not a right stated. */
const DENIED =
  /\b(?:(?:you|users?|data\s{1,3}subjects?)\s{1,3}(?:(?:have|has)\s{1,3}no\s{1,3}right\s{1,3}to|(?:may|can|could|shall)\s{1,3}not|cannot|can't|are\s{1,3}not\s{1,3}(?:entitled|permitted|allowed|able)\s{1,3}to)|there\s{1,3}is\s{1,3}no\s{1,3}right\s{1,3}to)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?(?:lodg(?:e|ing)|fil(?:e|ing)|mak(?:e|ing)|submit|bring|complain)\b/i;
/** The company's own dealings with the Regulator: breach notices, registration, prior authorisation. */
const OWN_DEALINGS =
  /\b(?:we|us|our)\b[^.;]{0,60}\b(?:notif(?:y|ied|ies|ication)|report(?:ed|s)?\s{1,3}(?:it\s{1,3})?to|registered\s{1,3}(?:with|by)|authori[sz]ation|co-?operat(?:e|es|ing))\b|\bregistered\s{1,3}with\b/i;

/** "We do not collect any personal information": nothing to complain about. */
const NOT_APPLICABLE =
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don't|never)\s{1,3}(?:collect|store|process|hold|keep)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|information\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:at\s{1,3}all|whatsoever|of\s{1,3}any\s{1,3}kind))?\s{0,3}[.!]?\s{0,3}$/i;

/** Contact details near the mention: an e-mail, a website, a phone number or a street/postal address. */
const CONTACT_DETAIL: RegExp[] = [
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/,
  /\b(?:https?:\/\/|www\.)\S|\b[\w-]{2,63}\.(?:org|gov|co)\.za\b/i,
  /(?:\+27|\b0)\s{0,2}\(?\d{2}\)?[\s-]{0,2}\d{3}[\s-]{0,2}\d{4}\b|\b(?:tel|phone|telephone|call)\b[^\d\n]{0,12}\+?\d[\d ()-]{6,16}\d/i,
  /\b(?:P\.?\s?O\.?\s?Box|Private\s{1,2}Bag)\s{0,2}X?\d{1,6}\b|\b\d{1,5}\s{1,3}(?:\p{Lu}[\p{L}'’-]{0,30}\s{1,3}){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane)\b/u,
];

/** A sentence about the company's own contact details, not the Regulator's. */
const OURS = /\b(?:we|us|our)\b/i;

const WHERE_TO_LOOK: RegExp[] = [/\bcomplain/i, /\bInformation\s+Regulator\b/i, /\brights\b/i, /\bright\b/i];

function sectionsOf(block: Block): Section[] {
  const out: Section[] = [];
  for (let s: Section | null = block.section; s && s.level > 0; s = s.parent) out.push(s);
  return out;
}

/** A list item's lead-in paragraph ("If you wish to complain, contact:"), when there is one. */
function leadIn(doc: PolicyDocument, block: Block): Block | null {
  const prev = listLeadIn(doc, block, { limit: 30 });
  return prev?.kind === 'paragraph' && /:\s*$/.test(prev.text) ? prev : null;
}

/**
 * Text around a block that can make it a complaint context: lead-in, table row and, unless
 * `strict`, the headings above it ("## Complaints" → "The Information Regulator: …").
 */
function surroundings(doc: PolicyDocument, block: Block, strict: boolean): string[] {
  const out: string[] = [block.text, ...(strict ? [] : sectionsOf(block).map((s) => s.title))];
  const lead = leadIn(doc, block);
  if (lead) out.push(lead.text);
  if (block.cell) {
    for (const cell of block.cell.table.rows[block.cell.row] ?? []) if (cell !== block) out.push(cell.text);
    if (block.cell.columnHeader) out.push(block.cell.columnHeader);
  }
  return out;
}

interface Mention {
  index: number;
  length: number;
}

function mentions(text: string, re: RegExp): Mention[] {
  return [...text.matchAll(re)].map((m) => ({ index: m.index, length: m[0].length }));
}

/**
 * The first mention in the sentence that is a complaint route, as a range. `strict` (for
 * other regulators) ignores headings: "We are subject to the jurisdiction of the FTC"
 * under "Resolving complaints" does not send anyone to the FTC.
 */
function complaintRoute(doc: PolicyDocument, sentence: Sentence, found: Mention[], strict = false): { at: Range; text: string } | null {
  if (found.length === 0) return null;
  const text = sentence.text;
  const inSentence = COMPLAINT.test(text) || COMPLAINT_ADDRESS.test(text);
  if (DENIED.test(text) || (!inSentence && OWN_DEALINGS.test(text))) return null;
  // The question it answers counts as its own words: "**Who else can I complain to?** The Information Regulator."
  const around = inSentence || COMPLAINT.test(questionBefore(doc, sentence) ?? '') || surroundings(doc, sentence.block, strict).some((t) => COMPLAINT.test(t) || COMPLAINT_ADDRESS.test(t));
  for (const m of found.sort((a, b) => a.index - b.index)) {
    if (around || CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))) return { at: sentence.rangeOf(m.index, m.index + m.length), text: text.slice(m.index, m.index + m.length) };
  }
  return null;
}

/** Are the Regulator's contact details given: its own website or e-mail anywhere, or details right after the mention? */
function hasRegulatorContact(doc: PolicyDocument, sentence: Sentence, at: Range): boolean {
  if (doc.blocks.some((b) => b.kind !== 'navigation' && REGULATOR_CONTACT.test(b.text))) return true;
  const block = sentence.block;
  // The rest of the sentence, and the sentences after it that are not about the company ("Contact us at …").
  const after = [doc.source.slice(at.end.offset, sentence.range.end.offset)];
  for (const s of block.sentences) if (s.range.start.offset >= sentence.range.end.offset && !OURS.test(s.text)) after.push(s.text);
  if (after.some((t) => CONTACT_DETAIL.some((p) => p.test(t)))) return true;
  // A lead-in ending in ':' ("… Information Regulator. Contact details:") followed by a list.
  const following: Block[] = [];
  if (/:\s*$/.test(block.text)) {
    for (let i = block.index + 1; i < doc.blocks.length && i <= block.index + 8; i++) {
      const next = doc.blocks[i] as Block;
      if (next.kind !== 'listItem' && next.kind !== 'tableCell') break;
      following.push(next);
    }
  }
  // A section about the Regulator holds its details.
  for (const s of sectionsOf(block)) if (/\bRegulator\b/i.test(s.title)) following.push(...s.blocks);
  return following.some((b) => b.kind !== 'heading' && CONTACT_DETAIL.some((p) => p.test(b.text)));
}

export default defineRule({
  meta: {
    id: 'popia/information-regulator',
    description: 'The policy tells data subjects they may lodge a complaint with the Information Regulator, and how to contact it.',
    reference: 'POPIA s18(1)(h)(v), s5(h), s74',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not tell data subjects of their right to lodge a complaint with the Information Regulator (POPIA s18(1)(h)(v), s74).',
        severity: 'error',
        suggestion:
          'Add to the rights section: "You have the right to lodge a complaint with the Information Regulator (inforegulator.org.za)", with the Regulator\'s contact details.',
      },
      otherRegulator: {
        text: 'The policy names {authority} as the place to complain, but not South Africa\'s Information Regulator (POPIA s18(1)(h)(v), s74).',
        severity: 'error',
        suggestion: 'Name the Information Regulator as the authority a data subject may complain to, with its contact details (inforegulator.org.za).',
      },
      noContact: {
        text: 'The right to complain to the Information Regulator is stated, but the Regulator\'s contact details are not given (POPIA s18(1)(h)(v)).',
        severity: 'warning',
        suggestion: 'Add the Information Regulator\'s contact details, e.g. its website inforegulator.org.za and its complaints e-mail address.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const prose = proseSentences(doc);
    const other = (t: string): boolean => {
      OTHER_REGULATOR.lastIndex = 0;
      return OTHER_REGULATOR.test(t);
    };
    const named = prose.some((s) => NAMED.test(s.text)) || (prose.some((s) => POPIA_CITED.test(s.text)) && !prose.some((s) => other(s.text)));
    let otherRoute: { at: Range; text: string } | null = null;
    let notApplicable: Sentence | null = null;
    for (const sentence of prose) {
      const found = mentions(sentence.text, REGULATOR);
      if (named) found.push(...mentions(sentence.text, SHORT_NAME));
      const route = complaintRoute(doc, sentence, found);
      if (route) {
        const at = route.at;
        context.evidence({ item: 'right to lodge a complaint with the Information Regulator', status: 'met', at });
        if (hasRegulatorContact(doc, sentence, at)) {
          context.evidence({ item: 'contact details of the Information Regulator', status: 'met' });
        } else {
          context.report({ messageId: 'noContact', at });
          context.evidence({ item: 'contact details of the Information Regulator', status: 'missing' });
        }
        return;
      }
      otherRoute ??= complaintRoute(doc, sentence, mentions(sentence.text, OTHER_REGULATOR), true);
      if (!notApplicable && NOT_APPLICABLE.test(sentence.text)) notApplicable = sentence;
    }
    if (notApplicable) {
      context.evidence({ item: 'right to lodge a complaint with the Information Regulator', status: 'not-applicable', at: notApplicable });
      return;
    }
    if (otherRoute) {
      context.report({ messageId: 'otherRegulator', data: { authority: `"${otherRoute.text}"` }, at: otherRoute.at });
      context.evidence({ item: 'right to lodge a complaint with the Information Regulator', status: 'missing', at: otherRoute.at });
      return;
    }
    const section = WHERE_TO_LOOK.map((p) => findSections(doc, p)[0]).find((s) => s?.heading);
    context.report({ messageId: 'missing', at: section?.heading ? section.heading.range : missingAt(doc) });
    context.evidence({ item: 'right to lodge a complaint with the Information Regulator', status: 'missing' });
  },
});
