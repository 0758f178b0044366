import { defineRule } from '../../src/engine/index.js';
import { findEmails, findUrls, isNegated, listLeadIn, missingAt } from '../../src/model/index.js';
import type { Block, EmailEntity, PolicyDocument, Range } from '../../src/model/index.js';

// ---- what counts as a way to contact the business -------------------------------------

/**
 * Words that follow an address in a sentence. "dpo@x.comwith" is an address glued to
 * "with"; "x@foo.capetown" (cut by the model at the known TLD "ca") is not glued to "petown".
 */
const FOLLOWING_WORDS = new Set(
  (
    'a an and or if as at by in on to so for from with within without the this that then than we you your us ' +
    'is are will should can may must please subject using stating including about before after regarding ' +
    'quoting mentioning marked titled headed giving providing explaining describing specifying indicating ' +
    'requesting asking citing referencing detailing containing immediately directly only anytime also instead ' +
    'which where when who whom attention attn via'
  ).split(' '),
);

/** The regulator (or a similar outside body) whose contact details a policy quotes. */
const OTHER_PARTY =
  /\b(?:information regulator|regulator|supervisory authorit(?:y|ies)|data protection (?:authorit(?:y|ies)|commission(?:er)?|board)|(?:information|privacy) commissioner|commissioner|ombudsman|attorney general|federal trade commission|FTC|ICO|CNIL|EDPB)\b/gi;
const IS_OTHER_PARTY = new RegExp(OTHER_PARTY.source, 'i');
/** First person: the business speaking about itself ("contact us"). */
const FIRST_PERSON = /\b(?:us|[Oo]ur|[Ww]e)\b/;
/** A lead-in that hands the reader to us despite naming the regulator. */
const US_LEAD_IN = /\b(?:contact|e-?mail|write to|reach|call)\s+us\b/i;

/** A URL path that leads to a contact or request form ("/contact", "/privacy-request", "/dsar"). */
const CONTACT_PATH =
  /(?:^|[/#?.=])(?:contact(?:[-_]?us)?|get[-_]in[-_]touch|feedback|(?:privacy|data|dsar?|gdpr|ccpa|consumer|subject)[-_]?(?:requests?|forms?|inquir(?:y|ies)|enquir(?:y|ies)|contact|portal)|dsars?|webforms?|forms?|requests?)(?=$|[/#?&.=_-])/i;

/**
 * Words around a URL that make it a way to reach us ("contact us at", "submit a request",
 * "leave a message on the forum", "ask your question in our community forum").
 */
const CONTACT_PHRASE =
  /\b(?:contact|reach|write to|e-?mail|message|call)\s+(?:us|me)\b|\b(?:leave|send|drop)\s+(?:us\s+|me\s+)?an?\s+(?:message|note|line)\b|\b(?:ask\s+(?:us\s+|them\s+|(?:your|any)\s+questions?\s+)?|post\s+(?:your\s+|any\s+)?questions?\s+)(?:on|in|via)\s+(?:our|the)\s+(?:(?:community|support|discussion|user)\s+)?(?:forums?|board|community)\b|\b(?:open|file|raise|create|submit)\s+(?:an?\s+)?(?:new\s+)?(?:issue|ticket)\b|\b(?:issue|bug)\s+tracker\b|\bget in touch\b|\b(?:contact|web|online|request|inquiry|enquiry|feedback|privacy|support)[- ](?:form|portal)\b|\bcontact[- ]page\b|\bsubmit\s+(?:a|your)\s+(?:[a-z-]{1,20}\s+){0,2}(?:request|inquiry|enquiry|ticket)\b/i;

/** "Contact: …", "Contact details –" right before the address. */
const CONTACT_LABEL = /\bcontact(?:\s+(?:us|details|form|page|information))?\s{0,2}[:\-–—]\s{0,3}$/i;
/** A paragraph that introduces a list of contact details. */
const CONTACT_LEAD_IN = /\b(?:contact(?:\s+(?:us|details|information))|reach us|get in touch)\b[^.]{0,80}[:.]?\s*$/i;
/** A section about contacting us. */
const CONTACT_SECTION = /\b(?:contact|get in touch|reach us)\b/i;

/** A form named without its link (a copy from a web page loses the link target). */
const FORM_MENTION =
  /\b(?:our|the)\s+(?:online\s+|web\s+)?(?:contact|web|online|request|inquiry|enquiry|privacy(?:\s+request)?|data\s+(?:subject\s+)?request|support)[- ](?:form|portal)\b|\b(?:our|the)\s+contact[- ]page\b/gi;

/**
 * Phone numbers: digit groups separated by a space, dot or hyphen, optionally with "+CC"
 * and an "(area)" code. Whether a candidate is a phone number is decided by isPhone.
 */
const PHONE = /(?<![\w+/.,-])(?:\+\d{1,3}[ \u00a0.-]?)?(?:\(\d{1,5}\)[ \u00a0.-]?)?\d{1,5}(?:[ \u00a0.-]\d{1,5}){0,5}(?![\w/]|[.,-]\d)/g;
/** "555-123-4567", "1-800-555-1234", "010 023 5207": North American and ZA/UK-style trunk numbers. */
const PHONE_SHAPE = /^(?:1[ .-])?\d{3}[ .-]\d{3}[ .-]\d{4}$|^0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}$/;
/** A phone label right before the number ("Tel:", "call us on", "toll-free number"). */
const PHONE_LABEL =
  /\b(?:phone|telephone|tel|call|calling|toll[- ]free|fax|mobile|cell|hotline|whatsapp|dial|voice|tty)\b(?:\s{0,2}(?:number|no\.?|us|on|at|line)){0,3}[\s:.#-]{0,4}$/i;

/** San Francisco, CA 94107 (the two letters must be a state code). */
const US_ZIP = /,[ \u00a0]{0,2}[A-Z]{2}[ \u00a0]{1,2}\d{5}(?:-\d{4})?\b/g;
/** Postal addresses. Each pattern alone is strong evidence; a label alone is not. */
const POSTAL: RegExp[] = [
  // P.O. Box 123, Private Bag X1, Postfach 10 20
  /\b(?:P\.?\s?O\.?\s?Box|Post(?:al)?\s+Office\s+Box|Private\s+Bag|Postbus|Postfach)\s{0,2}[A-Z]?\d{1,7}\b/gi,
  // 27 Stiemens Street, 1600 Amphitheatre Pkwy, 88 Colin P Kelly Jr St
  /\b\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?[ \u00a0]{1,3}(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]{0,30}[ \u00a0]{1,3}){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Highway|Hwy|Parkway|Pkwy|Terrace|Crescent|Close|Plaza)\b/gu,
  // Hauptstraße 5, Keizersgracht 123, Storgatan 1
  /\b\p{Lu}[\p{L}-]{1,40}(?:straße|strasse|str\.|gasse|weg|allee|platz|laan|straat|gracht|plein|kade|vej|gade|gatan|vägen|veien|gata)[ \u00a0]{1,3}\d{1,5}[a-z]?\b/gu,
  // 10 rue de Rivoli
  /\b\d{1,5}(?:[ \u00a0](?:bis|ter))?,?[ \u00a0](?:rue|avenue|boulevard|place|chemin|allée|quai|impasse)[ \u00a0]\p{L}/giu,
  US_ZIP,
  // London EC1A 1BB
  /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \u00a0]{1,2}\d[ABD-HJLNP-UW-Z]{2}\b/g,
];
const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'
  ).split(' '),
);
/** "Postal: …", "Registered office: …" with a value that has a number and commas (a ZA/EU address). */
const ADDRESS_LINE =
  /^\s{0,3}(?:(?:postal|mailing|physical|registered|business|office|street|our)\s+)?(?:address|postal|registered office|head office)\s{0,2}[:–—-]\s{0,3}([^\n]{10,300})$/i;

/** An address spelt out against spam harvesters: "privacy [at] acme [dot] com". Still an address. */
const SPELT_OUT_EMAIL = /\b[\w.%+-]{1,64} ?[[(] ?at ?[\])] ?[A-Za-z0-9-]{1,63}(?: ?(?:[[(] ?dot ?[\])]|\.) ?[A-Za-z0-9-]{1,63}){1,4}/gi;
/** Spelt out in words without brackets: "privacy at acme dot com" (one "dot" at least). */
const WORDED_EMAIL = /\b[\w.%+-]{1,64} at [A-Za-z0-9-]{1,63}(?: dot [A-Za-z0-9-]{1,63}){1,4}\b/gi;

/** An unfilled contact slot ("[Email]", "[City, State, ZIP]"): the placeholder-text rule reports it. */
const OBFUSCATED = /\[email(?:[ \u00a0]|&(?:nbsp|#160|#xa0);)protected\]/gi;
const CONTACT_SLOT = /\[[^\]\n]{0,40}\b(?:e-?mail|address|street|city|zip|post ?code|phone|telephone|contact)\b[^\]\n]{0,40}\]/i;
/** A site-generator variable that renders the contact ({{ site.data.contact.privacy }}). */
const CONTACT_TEMPLATE = /contact|e-?mail|address|phone/i;

// ---- what counts as broken contact data -----------------------------------------------

/** "privacy@@company.com" */
const DOUBLE_AT = /(?<![\w.%+@-])([A-Za-z0-9][\w.%+-]{0,63})@{2,3}([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,4})\b/g;
/** "privacy @ company.com", "privacy@ company.com", "privacy @company.com" */
const SPACED_AT =
  /(?<![\w.%+@-])([A-Za-z0-9][\w.%+-]{0,63})(?:[ \u00a0]@[ \u00a0]?|@[ \u00a0])([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.([a-z]{2,6}))(?![\w@-])/g;
/** Mailbox-like words only: "find us @ x.com" uses "@" for "at". */
const NOT_A_MAILBOX = new Set('us me you we it them him her our here there find follow visit reach contact email mail e-mail or and at is'.split(' '));
/** Top-level domains common enough to trust in a malformed address. */
const COMMON_TLDS = new Set('com org net io co edu gov uk de fr nl za eu ai app dev us ca au in es it ch se no dk ie be at pl'.split(' '));
/** "privacy@company" — no domain ending. */
const NO_TLD = /(?<![\w.%+@-])([A-Za-z0-9][\w.%+-]{0,63})@([A-Za-z][A-Za-z0-9-]{1,62})(?![\w@-]|\.[A-Za-z0-9])/g;
const EMAIL_CONTEXT = /\b(?:e-?mail(?:ed)?|contact(?:ed|ing)?|write|writing|reach(?:ed|able)?|send|sent|mail|address|inquir\w{0,4}|enquir\w{0,4}|questions?)\b/i;
const NOT_A_DOMAIN = new Set('localhost host hostname domain server latest'.split(' '));
/** "htp://", "https//", "http:/", "https:\\", "http;//" before a host name. */
const BAD_URL = /(?<![\w.@/:\\-])(h{1,2}t{1,3}p{1,2}s?)([:;]{0,3}[/\\]{0,3})(?=[A-Za-z0-9][A-Za-z0-9-]{0,62}\.[A-Za-z]{2})/gi;
/** Domains reserved for examples (RFC 2606, RFC 6761): mail there reaches nobody. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/i;

/** Headings where a reader looks for contact details. */
const CONTACT_HEADING = /\b(?:contact|get in touch|reach us|questions|how to reach|who we are|data controller|responsible party|about us)\b/i;

// ---- helpers ---------------------------------------------------------------------------

interface Contact {
  kind: string;
  range: Range;
}

/** A sentence end: not the dot of "P.O.", "Inc." or "St.". */
const SENTENCE_END = /(?<!\b(?:\p{L}|Inc|Ltd|Co|Corp|St|Rd|Ave|No|Nr|Dr|Mr|Ms|Mrs|Art|Sec|etc|e\.g|i\.e))[.!?](?=\s)|;(?=\s)/gu;

/** The part of `text` after its last sentence end. */
function afterSentenceEnd(text: string): string {
  let cut = 0;
  for (const m of text.matchAll(SENTENCE_END)) cut = m.index + 1;
  return text.slice(cut);
}

/** The clause before source offset `start`, within its block and sentence. */
function textBefore(doc: PolicyDocument, block: Block, start: number, window = 120): string {
  const from = Math.max(block.range.start.offset, start - window);
  return afterSentenceEnd(doc.source.slice(from, start));
}

/** Around source [start, end): the sentence that holds it, within its block. */
function textAround(doc: PolicyDocument, block: Block, start: number, end: number): string {
  const after = doc.source.slice(end, Math.min(block.range.end.offset, end + 150));
  const stop = /(?<!\b(?:\p{L}|Inc|Ltd|Co|St))[.!?;](?=\s|$)/u.exec(after);
  return `${textBefore(doc, block, start, 150)} ${stop ? after.slice(0, stop.index) : after}`;
}

/**
 * Is the contact at source offset `start` someone else's — the regulator's details in a
 * "complain to the Information Regulator" section, or right after naming the regulator?
 */
function isOtherParty(doc: PolicyDocument, block: Block, start: number): boolean {
  const before = textBefore(doc, block, start);
  let lastParty = -1;
  for (const m of before.matchAll(OTHER_PARTY)) lastParty = m.index + m[0].length;
  if (lastParty >= 0) return !FIRST_PERSON.test(before.slice(lastParty));
  // "This site is hosted by GitHub Inc., 88 Colin P Kelly Jr St …", "Provider: Google Ireland Limited, Gordon House …"
  let lastProvider = -1;
  for (const m of before.matchAll(PROVIDER)) lastProvider = m.index + m[0].length;
  if (lastProvider >= 0 && !FIRST_PERSON.test(before.slice(lastProvider))) return true;
  if (providerLeadIn(doc, block)) return true;
  if (FIRST_PERSON.test(before)) return false;
  for (let s: typeof block.section | null = block.section; s; s = s.parent) {
    if (s.heading && IS_OTHER_PARTY.test(s.title)) return true;
  }
  // A list or table introduced by "… the Information Regulator. Contact details:".
  const lead = leadIn(doc, block);
  return lead !== null && IS_OTHER_PARTY.test(lead) && !US_LEAD_IN.test(lead);
}

/**
 * A service provider named before its address: the host, a processor, an analytics or payment
 * provider. Its address is not a way to reach the business (GDPR Art. 13(1)(a) asks for the
 * controller's own contact details).
 */
const PROVIDER =
  /\b(?:(?:web\s?)?host(?:ing)?(?:\s+(?:provider|company|service))?|hosted\s+by|(?:service|cloud|payment|analytics|e-?mail|newsletter|plugin|third[- ]party)\s+providers?|providers?|(?:sub-?)?processors?)\b/gi;
/** "We are using the following host:", "Our hosting provider is:", "Processors:" right before the address. */
const PROVIDER_LEAD_IN = /\b(?:host(?:ing)?(?:\s+(?:provider|company|service))?|providers?|(?:sub-?)?processors?)\s{0,3}(?:is|are)?\s{0,3}:\s*$/i;

/** Address lines before this one that a lead-in may stand above ("GitHub Inc." / "88 Colin P Kelly Jr St" in plain text). */
const ADDRESS_LINES = 4;

/**
 * The paragraph (or list lead-in) right before a block introduces a provider; in plain text the
 * address's earlier lines may stand between, each read as a short block of its own.
 */
function providerLeadIn(doc: PolicyDocument, block: Block): boolean {
  if (block.kind === 'listItem' || block.kind === 'tableCell') {
    const lead = listLeadIn(doc, block, { cells: true, limit: 30 });
    return lead !== undefined && lead.kind !== 'heading' && PROVIDER_LEAD_IN.test(lead.text.slice(-200));
  }
  for (let i = block.index - 1; i >= 0 && i >= block.index - ADDRESS_LINES; i--) {
    const prev = doc.blocks[i] as Block;
    if (prev.kind === 'paragraph' && PROVIDER_LEAD_IN.test(prev.text.slice(-200))) return true;
    if (prev.text.length > 60 || /[.!?]$/.test(prev.text.replace(/\b(?:Inc|Ltd|Co|St|Corp|LLC|GmbH)\.$/, ''))) return false;
  }
  return false;
}

/** For a list item or table cell: the end of the paragraph that introduces the list, if any. */
function leadIn(doc: PolicyDocument, block: Block): string | null {
  const prev = listLeadIn(doc, block, { cells: true, limit: 30 });
  return prev === undefined || prev.kind === 'heading' ? null : prev.text.slice(-300);
}

/**
 * A link target that opens a page: a web address, or a path relative to the policy on the same
 * site ("/contact", "contact-details.md", "../about/contact.html"). Not another scheme, nor an
 * anchor in this page ("#contact": the section it points to is read where it stands).
 */
const WEB_OR_RELATIVE = /^(?:https?:\/\/|\/|\.{1,2}\/|(?![a-z][a-z\d+.-]{0,20}:)[\w~-])/i;

/** Is a web address offered as a way to reach us: its words, a "Contact:" label, a contact section? */
function isContactUrl(doc: PolicyDocument, block: Block, url: string, start: number, end: number, linkText = ''): boolean {
  if (CONTACT_PATH.test(url.replace(/^[a-z]+:\/\/[^/?#]*/i, ''))) return true;
  if (CONTACT_PHRASE.test(`${textAround(doc, block, start, end)} ${linkText}`)) return true;
  if (CONTACT_LABEL.test(textBefore(doc, block, start, 60))) return true;
  if (CONTACT_LEAD_IN.test(leadIn(doc, block) ?? '')) return true;
  return block.section.heading !== null && CONTACT_SECTION.test(block.section.title);
}

const isContentBlock = (b: Block): boolean => b.kind !== 'code';

function isPhone(candidate: string, before: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (candidate.startsWith('+') || candidate.includes('(')) return /\d[ \u00a0.-]?\d/.test(candidate) && digits >= 8;
  return PHONE_SHAPE.test(candidate.replace(/\u00a0/g, ' ')) || PHONE_LABEL.test(before);
}

function isPostal(pattern: RegExp, match: string): boolean {
  if (pattern === US_ZIP) return US_STATES.has(match.replace(/[^A-Z]/g, '').slice(0, 2));
  return true;
}

/** The word glued to the end of an address: "dpo@x.comwith" → "with" (skipping `**`). */
function gluedWord(doc: PolicyDocument, email: EmailEntity): { start: number; end: number; word: string } | null {
  let p = email.range.end.offset;
  for (let k = 0; k < 3 && /[*_`~]/.test(doc.source[p] ?? ''); k++) p++;
  const m = /^[A-Za-z]{1,30}/.exec(doc.source.slice(p, p + 31));
  if (!m) return null;
  const word = m[0];
  const tld = /(?<![A-Za-z])[A-Za-z]+$/.exec(email.text)?.[0] ?? '';
  const sentenceGlue = /^[A-Z][a-z]/.test(word) && tld === tld.toLowerCase();
  if (!sentenceGlue && !FOLLOWING_WORDS.has(word.toLowerCase())) return null;
  return { start: p, end: p + word.length, word };
}

// ---- the rule --------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'contact-details',
    description: 'The policy gives a working way to contact the business about privacy, and its contact data is not broken.',
    reference: 'GDPR Art. 13(1)(a), Art. 14(1)(a); POPIA s18(1)(b); Cal. Civ. Code §1798.130(a)(1)',
    jurisdictions: 'all',
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy gives no way to contact the business about privacy: no e-mail address, contact form, postal address or phone number.',
        suggestion:
          'Add a "Contact us" section naming the business with an e-mail address or web form for privacy requests, and its postal address.',
      },
      gluedEmail: {
        text: 'The e-mail address "{address}" is glued to the next word ("{text}").',
        suggestion: 'Insert a space after the address: "{fixed}".',
      },
      obfuscatedEmail: {
        text: '"{text}" is what an e-mail obfuscator left when the page was copied; the address is lost.',
        suggestion: 'Write the real e-mail address here, as plain text.',
      },
      exampleEmail: {
        text: 'The e-mail address "{address}" uses a domain reserved for examples; mail sent there reaches nobody.',
        suggestion: 'Replace it with the real address for privacy requests.',
      },
      malformedEmail: {
        text: '"{text}" is not a valid e-mail address ({problem}).',
        suggestion: 'Write the address as "{fixed}".',
      },
      malformedUrl: {
        text: 'The web address "{text}" is malformed ({problem}).',
        suggestion: 'Write it as "{fixed}".',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const contacts: Contact[] = [];
    let broken: Range | null = null;
    let slotOrForm: Range | null = null;

    // An address or contact page in a code block (a Markdown line indented by four spaces: "    By email: …") is
    // still a way to reach the business; it counts against `missing` only, and is not checked for breakage.
    const inCode: Contact[] = [];

    // E-mail addresses the model found.
    for (const email of doc.entities.emails) {
      if (!isContentBlock(email.block)) continue;
      if (email.address === null) {
        broken ??= email.range;
        context.report({ messageId: 'obfuscatedEmail', data: { text: email.text }, at: email });
        continue;
      }
      const domain = email.address.slice(email.address.lastIndexOf('@') + 1);
      if (EXAMPLE_DOMAIN.test(domain)) {
        broken ??= email.range;
        context.report({ messageId: 'exampleEmail', data: { address: email.address }, at: email });
        continue;
      }
      const glued = gluedWord(doc, email);
      if (glued) {
        const start = email.range.start.offset;
        context.report({
          messageId: 'gluedEmail',
          data: {
            address: email.address,
            text: `${email.text}${glued.word}`,
            fixed: `${email.address} ${glued.word}`,
          },
          at: doc.rangeAt(start, glued.end),
        });
      }
      if (!isOtherParty(doc, email.block, email.range.start.offset)) contacts.push({ kind: 'e-mail address', range: email.range });
    }

    // Web addresses that lead to a contact or request form.
    for (const url of doc.entities.urls) {
      if (!isContentBlock(url.block)) continue;
      const start = url.range.start.offset;
      if (isContactUrl(doc, url.block, url.url, start, url.range.end.offset) && !isOtherParty(doc, url.block, start)) {
        contacts.push({ kind: 'contact page', range: url.range });
      }
    }

    // Link targets the prose hides: [write to us](mailto:…), [our form](https://…/contact),
    // [issue tracker][issues], <a href="tel:…">.
    for (const link of doc.entities.links) {
      if (!isContentBlock(link.block)) continue;
      const start = link.range.start.offset;
      if (/^(?:mailto|tel):\S{3,}/i.test(link.url)) {
        if (!isOtherParty(doc, link.block, start)) contacts.push({ kind: 'link', range: link.range });
      } else if (WEB_OR_RELATIVE.test(link.url) && isContactUrl(doc, link.block, link.url, start, link.range.end.offset, link.text)) {
        if (!isOtherParty(doc, link.block, start)) contacts.push({ kind: 'contact page', range: link.range });
      }
    }

    for (const block of doc.blocks) {
      if (!isContentBlock(block)) continue;
      const text = block.text;
      const hasAt = text.includes('@');
      // Phone numbers.
      if (/\d/.test(text)) for (const m of text.matchAll(PHONE)) {
        if (!isPhone(m[0], text.slice(Math.max(0, m.index - 40), m.index))) continue;
        const range = block.rangeOf(m.index, m.index + m[0].length);
        if (!isOtherParty(doc, block, range.start.offset)) contacts.push({ kind: 'phone number', range });
      }
      // Words alone ("at", "dot") read as an address only after an e-mail word.
      const worded = / dot /i.test(text) ? [...text.matchAll(WORDED_EMAIL)].filter((m) => EMAIL_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) : [];
      for (const m of [...(/[[(]/.test(text) ? text.matchAll(SPELT_OUT_EMAIL) : []), ...worded]) {
        const range = block.rangeOf(m.index, m.index + m[0].length);
        if (!isOtherParty(doc, block, range.start.offset)) contacts.push({ kind: 'e-mail address', range });
      }
      // Postal addresses.
      if (!CONTACT_SLOT.test(text.replace(OBFUSCATED, ''))) {
        // Every postal pattern needs a digit (house number, box, postcode).
        if (/\d/.test(text)) for (const pattern of POSTAL) {
          for (const m of text.matchAll(pattern)) {
            if (!isPostal(pattern, m[0])) continue;
            const range = block.rangeOf(m.index, m.index + m[0].length);
            if (!isOtherParty(doc, block, range.start.offset)) contacts.push({ kind: 'postal address', range });
          }
        }
        const line = ADDRESS_LINE.exec(text);
        const value = line?.[1] ?? '';
        if (line && /\d/.test(value) && (value.match(/,/g) ?? []).length >= 2 && !/[[{<]/.test(value)) {
          const range = block.rangeOf(0, text.length);
          if (!isOtherParty(doc, block, range.start.offset)) contacts.push({ kind: 'postal address', range });
        }
      } else {
        slotOrForm ??= block.range;
      }
      // A contact form named without its link.
      if (/form|portal|page/i.test(text)) for (const m of text.matchAll(FORM_MENTION)) {
        if (!isNegated(text, m.index)) slotOrForm ??= block.rangeOf(m.index, m.index + m[0].length);
      }

      // Broken addresses the model cannot read as e-mail addresses.
      if (hasAt) for (const m of text.matchAll(DOUBLE_AT)) {
        const at = block.rangeOf(m.index, m.index + m[0].length);
        broken ??= at;
        const fixed = `${m[1] ?? ''}@${m[2] ?? ''}`;
        context.report({ messageId: 'malformedEmail', data: { text: m[0], problem: 'a doubled "@"', fixed }, at });
      }
      if (hasAt) for (const m of text.matchAll(SPACED_AT)) {
        const local = m[1] ?? '';
        if (NOT_A_MAILBOX.has(local.toLowerCase()) || !COMMON_TLDS.has(m[3] ?? '')) continue;
        const at = block.rangeOf(m.index, m.index + m[0].length);
        broken ??= at;
        context.report({
          messageId: 'malformedEmail',
          data: { text: m[0], problem: 'spaces around the "@"', fixed: `${local}@${m[2] ?? ''}` },
          at,
        });
      }
      if (hasAt) for (const m of text.matchAll(NO_TLD)) {
        const domain = (m[2] ?? '').toLowerCase();
        if (NOT_A_DOMAIN.has(domain)) continue;
        if (!EMAIL_CONTEXT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        const at = block.rangeOf(m.index, m.index + m[0].length);
        broken ??= at;
        context.report({
          messageId: 'malformedEmail',
          data: { text: m[0], problem: 'the domain has no ending such as ".com"', fixed: `${m[0]}.com` },
          at,
        });
      }
      if (/ht{1,3}p/i.test(text)) for (const m of text.matchAll(BAD_URL)) {
        const scheme = (m[1] ?? '').toLowerCase();
        const sep = m[2] ?? '';
        if (sep === '' || ((scheme === 'http' || scheme === 'https') && sep === '://')) continue;
        const restStart = m.index + m[0].length;
        const rest = (/^[^\s<>"'`)\]]{1,200}/.exec(text.slice(restStart))?.[0] ?? '').replace(/(?<![.,;:!?])[.,;:!?]+$/, '');
        const at = block.rangeOf(m.index, restStart + rest.length);
        const contactish = CONTACT_PATH.test(rest.replace(/^[^/?#]*/, '')) || CONTACT_PHRASE.test(text.slice(Math.max(0, m.index - 80), m.index));
        if (contactish) broken ??= at;
        const fixedScheme = scheme === 'http' ? 'http' : 'https';
        const written = `${m[1] ?? ''}${sep}`;
        const problem = scheme === 'http' || scheme === 'https' ? `"${written}" instead of "${scheme}://"` : `"${m[1] ?? ''}" is not a scheme`;
        context.report({ messageId: 'malformedUrl', data: { text: `${m[0]}${rest}`, problem, fixed: `${fixedScheme}://${rest}` }, at });
      }
    }

    // A site-generator variable that renders the contact details.
    for (const t of doc.templates) if (CONTACT_TEMPLATE.test(t.raw)) slotOrForm ??= t.range;

    // The model reads no entities in code blocks: read their addresses and contact pages here, only when nothing else is found.
    if (contacts.length === 0) {
      for (const block of doc.blocks) {
        if (isContentBlock(block) || !/@|https?:\/\/|www\./i.test(block.text)) continue;
        for (const e of findEmails(block.text)) {
          // An obfuscated address ("[email protected]") reaches nobody.
          if (e.address === null) continue;
          const domain = e.address.slice(e.address.lastIndexOf('@') + 1);
          const range = block.rangeOf(e.start, e.end);
          if (!EXAMPLE_DOMAIN.test(domain) && !isOtherParty(doc, block, range.start.offset)) inCode.push({ kind: 'e-mail address', range });
        }
        for (const u of findUrls(block.text)) {
          const range = block.rangeOf(u.start, u.end);
          if (isContactUrl(doc, block, u.url, range.start.offset, range.end.offset) && !isOtherParty(doc, block, range.start.offset)) inCode.push({ kind: 'contact page', range });
        }
      }
    }

    const first = contacts.sort((a, b) => a.range.start.offset - b.range.start.offset)[0] ?? inCode[0];
    if (first) {
      context.evidence({ item: 'contact details', status: 'met', at: first.range });
      return;
    }
    const partial = broken ?? slotOrForm;
    if (partial) {
      // Broken or unfilled contact data is reported where it stands (a template slot by
      // placeholder-text); a second, "missing" diagnostic would only repeat it.
      context.evidence({ item: 'contact details', status: 'partial', at: partial });
      return;
    }
    context.report({ messageId: 'missing', at: missingAt(doc, CONTACT_HEADING) });
    context.evidence({ item: 'contact details', status: 'missing' });
  },
});
