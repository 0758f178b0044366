import { defineRule } from '../../src/engine/index.js';
import { isNegated, isProseBlock, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { placeholderAfter } from '../shared/placeholder.js';

// POPIA s55: every responsible party's Information Officer (by default the head of a
// private body, PAIA s1) encourages compliance and deals with requests made under the
// Act; s55(2): officers take up their duties only once registered with the Information
// Regulator; s56: deputy information officers. Data subjects send their requests to this
// person, so a POPIA policy names the Information Officer (or a deputy) and says how to
// reach them. A "privacy team", a "Chief Information Officer" (an IT role) or a GDPR DPO
// is not the Information Officer. Every quantifier below is bounded.

/** The Information Officer and deputies, by title. One list. */
const OFFICER =
  /(?<!\bChief\s{1,3})\b(?:(?:Deputy|Designated|Appointed)\s{1,3})?Information\s{1,3}Officers?(?:['’]s)?\b|\bInformation\s{1,3}and\s{1,3}Deputy\s{1,3}Information\s{1,3}Officers?\b|\bD?IO\s{0,2}\((?:Deputy\s{1,3})?Information\s{1,3}Officer\)/gi;
/** A mailbox named for the officer names it and gives its contact at once. */
const OFFICER_MAILBOX = /^(?:deputy[._-]?)?info(?:rmation)?[._-]?officer@/i;

/** Contact details: an e-mail, a website or form, a phone number, a postal address, or a pointer to them. */
const CONTACT: RegExp[] = [
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}|\[email\s{1,2}protected\]/i,
  /\b(?:https?:\/\/|www\.)\S|\b[\w-]{2,63}\.(?:com|co\.za|org\.za|org|net|io|africa)(?:\/\S{0,80})?(?![\w.])/i,
  /(?:\+27|\b0)\s{0,2}\(?\d{2}\)?[\s-]{0,2}\d{3}[\s-]{0,2}\d{4}\b|\b(?:tel|phone|telephone|call)\b[^\d\n]{0,12}\+?\d[\d ()-]{6,16}\d/i,
  /\b(?:P\.?\s?O\.?\s?Box|Private\s{1,2}Bag)\s{0,2}X?\d{1,6}\b|\b\d{1,5}\s{1,3}(?:\p{Lu}[\p{L}'’-]{0,30}\s{1,3}){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane)\b|\b(?:Postal|Physical\s{1,2}address|Address)\s{0,2}:\s{0,2}[^\n]{0,120}\d/u,
  /\b(?:contact|web|online|request)\s{1,2}(?:form|page|portal)\b/i,
  /\b(?:details|address|information)\s{1,2}(?:above|below)\b|\bcontact\s{1,2}(?:us|details)\s{1,2}section\b/i,
];
/** A numbered heading: "5. Cookies", "5.1 Marketing", "IV. Rights". */
const NUMBERED = /^\s{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.)\s/;
/** A line that is nothing but markup tags ("</p>", "<p className=…>"). */
const MARKUP_ONLY = /^\s{0,3}(?:<\/?[A-Za-z][^<>]{0,300}>\s{0,3}){1,4}$/;
/** The Information Regulator's own details are not the officer's. */
const REGULATOR = /\bInformation\s{1,2}Regulator\b|\binforegulator\b/i;

/** "We do not collect any personal information": there is nothing to notify. */
const NOT_APPLICABLE =
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don't|never)\s{1,3}(?:collect|store|process|hold|keep)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|information\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:at\s{1,3}all|whatsoever|of\s{1,3}any\s{1,3}kind))?\s{0,3}[.!]?\s{0,3}$/i;

const MISSING_HEADING = /\b(?:information\s+officer|contact|who\s+we\s+are|your\s+rights)\b/i;


function hasContact(text: string): boolean {
  return !REGULATOR.test(text) && CONTACT.some((p) => p.test(text));
}

/** Blocks that can hold the officer's contact: the block, a list it sits in or leads into, its table row, the next paragraphs. */
function neighbours(doc: PolicyDocument, block: Block): Block[] {
  const out: Block[] = [];
  if (block.kind === 'heading') {
    // An "Information Officer" heading: the next few blocks (plain text makes short lines such as a name headings too).
    return doc.blocks.slice(block.index + 1, block.index + 6).filter((b) => b.kind !== 'heading' && isProseBlock(b)).slice(0, 4);
  }
  const sameSection = (b: Block | undefined): b is Block => b !== undefined && b.section === block.section && b.kind !== 'heading' && isProseBlock(b);
  for (let i = block.index + 1; i <= block.index + 4; i++) {
    const b = doc.blocks[i];
    if (!sameSection(b)) break;
    out.push(b);
  }
  // "… please contact our Information Officer:" leads into the details that follow. Plain text
  // makes their short lines (a name, an address) headings, so those do not end the run; a
  // Markdown heading at the lead-in's level or above does, and so does a numbered one or a
  // higher one in plain text. Lines of pasted page markup ("</p>") are skipped.
  if (/:\s{0,3}$/.test(block.text)) {
    const level = block.section.level;
    const ends = (b: Block) =>
      b.kind === 'heading' && (b.section.level < level || (b.section.level === level && (doc.format !== 'plaintext' || NUMBERED.test(b.text))));
    for (let i = block.index + 1, taken = 0; i < doc.blocks.length && taken < 4; i++) {
      const b = doc.blocks[i]!;
      if (ends(b)) break;
      if (!isProseBlock(b) || MARKUP_ONLY.test(b.text)) continue;
      out.push(b);
      taken++;
    }
  }
  if (block.kind === 'listItem') {
    for (let i = block.index - 1; i >= block.index - 8; i--) {
      const b = doc.blocks[i];
      if (!sameSection(b)) break;
      out.push(b);
      if (b.kind !== 'listItem') break;
    }
  }
  if (block.cell) out.push(...(block.cell.table.rows[block.cell.row] ?? []));
  return out;
}

interface Found {
  at: Range;
  sentence: Sentence;
}

export default defineRule({
  meta: {
    id: 'popia/information-officer',
    description: 'The policy names the Information Officer (or a deputy) and says how to contact them.',
    reference: 'POPIA s55, s56',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not name an Information Officer, the person who handles requests under POPIA (POPIA s55; deputies s56).',
        severity: 'error',
        suggestion: 'Name your Information Officer (registered with the Information Regulator, s55(2)) and give their e-mail and postal address, e.g. "Information Officer: Jane Doe, privacy@example.co.za".',
      },
      noContact: {
        text: 'The Information Officer is mentioned, but no way to contact them is given (POPIA s55).',
        severity: 'warning',
        suggestion: 'Give the Information Officer\'s e-mail address, telephone number or postal address next to their title.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    let first: Found | null = null;
    let notApplicable: Sentence | null = null;
    for (const email of doc.entities.emails) {
      if (isProseBlock(email.block) && email.address && OFFICER_MAILBOX.test(email.address)) {
        context.evidence({ item: 'Information Officer', status: 'met', at: email.range });
        context.evidence({ item: 'contact details of the Information Officer', status: 'met', at: email.range });
        return;
      }
    }
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block)) continue;
      for (const m of sentence.text.matchAll(OFFICER)) {
        // "Information Officer: [TO BE COMPLETED]": a template's slot names no officer.
        if (isNegated(sentence.text, m.index) || placeholderAfter(sentence.text, m.index + m[0].length)) continue;
        const found = { at: sentence.rangeOf(m.index, m.index + m[0].length), sentence };
        first ??= found;
        const block = sentence.block;
        if (hasContact(block.text) || neighbours(doc, block).some((b) => hasContact(b.text))) {
          context.evidence({ item: 'Information Officer', status: 'met', at: found.at });
          context.evidence({ item: 'contact details of the Information Officer', status: 'met', at: block });
          return;
        }
      }
      if (!notApplicable && NOT_APPLICABLE.test(sentence.text)) notApplicable = sentence;
    }
    if (first) {
      context.evidence({ item: 'Information Officer', status: 'met', at: first.at });
      context.report({ messageId: 'noContact', at: first.at });
      context.evidence({ item: 'contact details of the Information Officer', status: 'missing' });
      return;
    }
    if (notApplicable) {
      context.evidence({ item: 'Information Officer', status: 'not-applicable', at: notApplicable });
      return;
    }
    context.report({ messageId: 'missing', at: missingAt(doc, MISSING_HEADING) });
    context.evidence({ item: 'Information Officer', status: 'missing' });
  },
});
