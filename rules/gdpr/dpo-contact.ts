import { defineRule } from '../../src/engine/index.js';
import { blocksIn, gdprName, isProseBlock, missingAt } from '../../src/model/index.js';
import type { Block, Located, PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { CONTACT_FORM, POSTAL_ADDRESS } from './shared/contact-means.js';

// ---- what names the data protection officer --------------------------------------------

/**
 * Names of the data protection officer of Art. 37–39. A "privacy team", a "privacy
 * officer" or POPIA's "information officer" is not a DPO unless the policy calls it one.
 */
const DPO =
  /\b(?:[Dd]ata\s{1,2}(?:[Pp]rotection|[Pp]rivacy)\s{1,2}[Oo]fficer|DATA\s{1,2}(?:PROTECTION|PRIVACY)\s{1,2}OFFICER|DPO|[Dd]atenschutzbeauftragte[rn]?|[Dd][ée]l[ée]gu[ée]\s{1,2}(?:à\s{1,2}la\s{1,2})?protection\s{1,2}des\s{1,2}donn[ée]es)(?:'s|’s)?\b/g;
/** An address at a "dpo@" mailbox names the DPO and gives its contact at once. */
const DPO_MAILBOX = /^(?:dpo|data[._-]?protection(?:[._-]?officer)?|datenschutz(?:beauftragter?)?)@/i;

/**
 * Explicit statements that no DPO is appointed (Art. 37(1) does not require one of every
 * controller): "We have not appointed a DPO", "We are not required to appoint a Data
 * Protection Officer", "No DPO has been designated", "DPO: not applicable".
 */
const NONE_APPOINTED: RegExp[] = [
  /(?:\bnot|\bnever|n['’]t|\bno\s{1,2}longer)\s{1,2}(?:[\w'’-]+\s{1,2}){0,4}?(?:appoint(?:ed)?|designat(?:e|ed)|nominat(?:e|ed)|nam(?:e|ed)|ha(?:ve|s)|employ(?:ed)?|requir(?:e|ed)|need(?:ed)?)\s{1,2}(?:to\s{1,2}(?:appoint|designate|have)\s{1,2})?(?:a|an|any|the)?\s{0,2}(?:formal\s{1,2}|dedicated\s{1,2}|statutory\s{1,2}|designated\s{1,2})?(?:DPO|data\s{1,2}protection\s{1,2}officer)/i,
  /\b(?:no|without\s{1,2}a)\s{1,2}(?:formal\s{1,2}|dedicated\s{1,2}|statutory\s{1,2})?(?:DPO|data\s{1,2}protection\s{1,2}officer)\s{1,2}(?:has|have|is|was)\s{1,2}(?:been\s{1,2})?(?:appointed|designated|nominated|required|needed)/i,
  /\b(?:have|has)\s{1,2}no\s{1,2}(?:formal\s{1,2}|dedicated\s{1,2}|statutory\s{1,2})?(?:DPO|data\s{1,2}protection\s{1,2}officer)\b/i,
  /\b(?:there\s{1,2}is|we\s{1,2}have)\s{1,2}no\s{1,2}(?:need|requirement|obligation)\s{1,2}(?:for\s{1,2}us\s{1,2})?to\s{1,2}(?:appoint|designate|have)\s{1,2}(?:a|an)\s{1,2}(?:DPO|data\s{1,2}protection\s{1,2}officer)/i,
  /\b(?:DPO|data\s{1,2}protection\s{1,2}officer)\b[^.;!?]{0,60}?\b(?:is|was|are|has\s{1,2}been|have\s{1,2}been)\s{1,2}not\s{1,2}(?:been\s{1,2})?(?:required|appointed|designated|applicable|mandatory|necessary|needed|obligatory)\b/i,
  /\b(?:DPO|data\s{1,2}protection\s{1,2}officer)\s{0,2}[:\-–—]\s{0,3}(?:none|n\/?a|not\s{1,2}(?:applicable|appointed|required|designated))\b/i,
];

// ---- what counts as the DPO's contact details ------------------------------------------

const PHONE = /\b(?:phone|telephone|tel|call)\b[^\d+\n]{0,14}\+?\(?\d[\d ().-]{6,18}\d|\+\d{1,3}[ .(-]{1,2}\d[\d ().-]{5,16}\d/i;
/**
 * A pointer to contact details given elsewhere, in either order: "at the address above",
 * "using the contact details below", "see above for our address", "the e-mail in section 2",
 * "via our Contact section".
 */
const REFERENCE =
  /\b(?:(?:address|details|contact\s{1,2}(?:details|information))\s{1,2}(?:above|below|given\s{1,2}(?:above|below))|same\s{1,2}(?:address|e-?mail|contact\s{1,2}details)|(?:the\s{1,2}|our\s{1,2})?["“]?contact(?:\s{1,2}us)?["”]?\s{1,2}section)\b|\b(?:address|e-?mail|contact\s{1,2}(?:details|information))\b[^.;!?\n]{0,30}?\b(?:above|below|in\s{1,2}section\s{1,2}\d{1,2})\b|\b(?:above|below|in\s{1,2}section\s{1,2}\d{1,2})\b[^.;!?\n]{0,30}?\b(?:address|e-?mail|contact\s{1,2}(?:details|information))\b/i;
/** What an obfuscator or a template left instead of the contact: others report it. */
const SLOT = /\[(?:email\s{1,2}protected|[^\]\n]{0,30}\b(?:address|e-?mail|phone|dpo|officer)\b[^\]\n]{0,30})\]/i;

type ContactState = 'yes' | 'partial' | 'no';

/** Contact details in a block: an e-mail, link, phone, postal address, form or a pointer to them. */
function contactIn(doc: PolicyDocument, block: Block, span?: Located): { state: ContactState; at?: Range } {
  let partial: Range | undefined;
  const from = span?.range.start.offset ?? block.range.start.offset;
  const to = span?.range.end.offset ?? block.range.end.offset;
  const text = span && 'text' in span ? String(span.text) : block.text;
  const inside = (r: Range): boolean => r.start.offset >= from && r.end.offset <= to;
  for (const email of doc.entities.emails) {
    if (email.block !== block || !inside(email.range)) continue;
    if (email.address === null) partial ??= email.range;
    else return { state: 'yes', at: email.range };
  }
  for (const url of doc.entities.urls) if (url.block === block && inside(url.range)) return { state: 'yes', at: url.range };
  for (const link of doc.entities.links) {
    if (link.block === block && inside(link.range) && /^(?:(?:mailto|tel):\S|https?:\/\/|\/)/i.test(link.url)) return { state: 'yes', at: link.range };
  }
  if ([PHONE, CONTACT_FORM, REFERENCE, ...POSTAL_ADDRESS].some((p) => p.test(text))) return { state: 'yes', at: block.range };
  if (SLOT.test(text)) partial ??= block.range;
  return partial ? { state: 'partial', at: partial } : { state: 'no' };
}

/** Whether the run of up to four heading lines starting at `k` holds a postal address. */
function addressRun(blocks: readonly Block[], k: number): boolean {
  for (let j = k; j < blocks.length && j < k + 4; j++) {
    const b = blocks[j] as Block;
    if (POSTAL_ADDRESS.some((p) => p.test(b.text))) return true;
    if (b.kind !== 'heading') return false;
  }
  return false;
}

/** An invitation to contact the DPO: "contact our DPO", "write to the Data Protection Officer". */
const CONTACT_VERB = /\b(?:contact|write\s{1,3}to|reach|get\s{1,3}in\s{1,3}touch)\b/i;

/**
 * The blocks that may hold the contact of a DPO named in `block`: the block itself, the
 * other cells of its table row, and — when it is a heading or a label ("Data Protection
 * Officer:") — the blocks that follow it in the same section.
 */
function scopeOf(doc: PolicyDocument, sentence: Sentence): Array<[Block, Located | undefined]> {
  const block = sentence.block;
  // In a paragraph: the sentence that names the DPO and the one after it.
  const i = block.sentences.indexOf(sentence);
  const out: Array<[Block, Located | undefined]> = [[block, sentence]];
  const next = block.sentences[i + 1];
  if (next) out.push([block, next]);
  // "Data Protection Officer" on a line of its own atop an address block held together by line
  // breaks ("Acme Ltd / Email: … / Phone: …"): the lines below it are its contact.
  if (next && next.range.start.line > sentence.range.end.line && sentence.text.trim().length <= 40) {
    for (const s of block.sentences.slice(i + 2, i + 6)) out.push([block, s]);
  }
  if (block.cell) for (const c of block.cell.table.rows[block.cell.row] ?? []) if (c !== block) out.push([c, undefined]);
  const isLabel = block.kind === 'heading' || /[:\-–—]\s*$/.test(block.text) || block.text.trim().length <= 40;
  // "You may also contact our DPO directly." closing its paragraph, the addresses set out after it.
  const invites = !block.cell && i === block.sentences.length - 1 && CONTACT_VERB.test(sentence.text);
  if (isLabel || invites) {
    for (let k = block.index + 1, n = 0; k < doc.blocks.length && n < 6; k++, n++) {
      const b = doc.blocks[k] as Block;
      // The lines of an address block in plain text may read as headings ("Acme GmbH", "Hauptstraße 12"):
      // a run of such lines that holds an address is the address, not a new section.
      const addressLine = b.kind === 'heading' && addressRun(doc.blocks, k);
      if (b.kind === 'heading' && !addressLine && (block.kind !== 'heading' || (b.depth ?? 9) <= (block.depth ?? 0))) break;
      out.push([b, undefined]);
    }
  }
  return out;
}

/** Headings where a reader looks for the DPO. */
const MISSING_HEADING = /\b(?:data protection officer|DPO|contact|controller|who we are)/i;

export default defineRule({
  meta: {
    id: 'gdpr/dpo-contact',
    description: 'The policy gives the contact details of the data protection officer, or says that none is appointed.',
    reference: 'GDPR Art. 13(1)(b), Art. 14(1)(b); Art. 37–39',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy neither gives the contact details of a data protection officer nor says that none is appointed ({law} Art. 13(1)(b), Art. 37–39).',
        suggestion:
          'Add "Data Protection Officer: dpo@…" (with a postal address if you have one), or, if Art. 37(1) does not require one, say "We have not appointed a Data Protection Officer".',
      },
      noContact: {
        text: 'A data protection officer is mentioned ("{text}"), but no way to contact them is given ({law} Art. 13(1)(b)).',
        severity: 'warning',
        suggestion: 'Give the DPO\'s e-mail address (e.g. dpo@…) or postal address next to their name.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);

    // A "dpo@" mailbox is the DPO's contact.
    const mailbox = doc.entities.emails.find((e) => isProseBlock(e.block) && e.address !== null && DPO_MAILBOX.test(e.address));
    if (mailbox) {
      context.evidence({ item: 'contact details of the DPO', status: 'met', at: mailbox.range });
      return;
    }

    let declaration: Range | null = null;
    let partial: Range | null = null;
    let firstMention: { text: string; range: Range } | null = null;
    for (const sentence of doc.sentences) {
      const block = sentence.block;
      if (!isProseBlock(block)) continue;
      const text = sentence.text;
      const none = NONE_APPOINTED.map((p) => p.exec(text)).find((m) => m !== null);
      if (none) {
        declaration ??= sentence.rangeOf(none.index, none.index + none[0].length);
        continue;
      }
      for (const m of text.matchAll(DPO)) {
        const range = sentence.rangeOf(m.index, m.index + m[0].length);
        firstMention ??= { text: m[0], range };
        for (const [b, span] of scopeOf(doc, sentence)) {
          const c = contactIn(doc, b, span);
          if (c.state === 'yes') {
            context.evidence({ item: 'contact details of the DPO', status: 'met', at: c.at ?? range });
            return;
          }
          if (c.state === 'partial') partial ??= c.at ?? range;
        }
      }
    }
    // A section about the DPO ("## Data Protection Officer") with contact details in it.
    for (const section of doc.sections) {
      if (!/\b(?:data protection officer|DPO)\b/i.test(section.title)) continue;
      const blocks = blocksIn(section).filter(isProseBlock);
      for (const b of blocks) {
        const c = contactIn(doc, b);
        if (c.state === 'yes') {
          context.evidence({ item: 'contact details of the DPO', status: 'met', at: c.at ?? b.range });
          return;
        }
      }
    }

    if (declaration) {
      context.evidence({ item: 'contact details of the DPO', status: 'not-applicable', at: declaration });
      return;
    }
    if (partial) {
      // The DPO's address is there but broken ("[email protected]") or unfilled: the
      // contact-details and placeholder-text rules report it where it stands.
      context.evidence({ item: 'contact details of the DPO', status: 'partial', at: partial });
      return;
    }
    if (firstMention) {
      context.report({ messageId: 'noContact', data: { text: firstMention.text, law }, at: firstMention.range });
      context.evidence({ item: 'contact details of the DPO', status: 'partial', at: firstMention.range });
      return;
    }
    context.report({ messageId: 'missing', data: { law }, at: missingAt(doc, MISSING_HEADING) });
    context.evidence({ item: 'contact details of the DPO', status: 'missing' });
  },
});

