import { defineRule } from '../../src/engine/index.js';
import { isNegated, isProseBlock, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';
import { PLACEHOLDER_VALUE } from '../shared/placeholder.js';

// POPIA s18(1)(b): the data subject must be made aware of "the name and address of the
// responsible party". The rule looks for the organisation that speaks as "we" — a name
// with its legal form in the introduction, a "Who we are" or "Contact" section, or a
// sentence that defines it ("Acme (Pty) Ltd ("we", "us")", "Acme is the responsible
// party") — and then for a physical or postal address. An e-mail address or a website
// alone is not an "address" in s18(1)(b): it is reported as incomplete (warning).
// Every quantifier below is bounded.

// ---- the name ----------------------------------------------------------------------

/**
 * Legal forms, South African first (Companies Act 71 of 2008 suffixes, also in the capitals of
 * a heading or a terms-style preamble: "ACME MEDIA (PTY) LTD"), then common foreign ones.
 * Capital "LIMITED" alone is not one: "INCLUDING BUT NOT LIMITED TO".
 */
const LEGAL_FORM = String.raw`(?:\(RF\)\s{0,2})?(?:\(Pty\)\s{0,2}(?:Ltd|Limited)\.?|\(PTY\)\s{0,2}(?:LTD|LIMITED)\.?|Pty\.?\s{0,2}Ltd\.?|PTY\.?\s{0,2}LTD\.?|Pty\.?\s{0,2}\(Ltd\)|PTY\.?\s{0,2}\(LTD\)|SOC\s{1,2}(?:Ltd|LTD)\.?|NPC|Inc(?:orporated|\.)?|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Corp(?:oration|\.)?|CC|GmbH|B\.V\.|S\.A\.)`;
/** One to five capitalised words (a brand may start in lower case: "iMbobo", "eBay"), then a legal form: "Konductro (Pty) Ltd", "Acme Holdings Inc.". */
const COMPANY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:[\p{Lu}\p{N}]|\p{Ll}\p{Lu})[\p{L}\p{N}&'’.-]{0,30},?\s{1,2}){1,5}${LEGAL_FORM}(?![\p{L}\p{N}])`, 'gu');
/** A word every LEGAL_FORM contains: without one, COMPANY cannot match (a cheap prefilter). */
const LEGAL_FORM_WORD = /Pty|PTY|SOC|NPC|Inc|Ltd|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Corp|CC|GmbH|B\.V\.|S\.A\./;
/** Sentences that say the name is "we" or the responsible party. */
const DEFINES =
  /\(\s{0,2}["“'‘]?(?:we|us|our)["”'’]?\s{0,2}[,)]|\bresponsible\s{1,2}party\b|\b(?:we|us)\b|\boperated\s{1,2}by\b|\bregistration\s{1,2}(?:number|no\.?)|\bregistered\s{1,2}(?:in|under)\b|\bis\s{1,2}a\s{1,2}(?:company|business|firm|non-profit)\b/i;
/** A name without a legal form, defined as "we" or as the responsible party. */
const BRAND_DEFINED = [
  // "Acme ("we")", also after a short name of its own: "MSCA Digital Finance (“The Network”, “we”, “us”)".
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}){0,3}\p{Lu}[\p{L}\p{N}&'’.-]{0,30})\s{0,2}\(\s{0,2}(?:["“'‘][\p{L} ]{1,30}["”'’],?\s{1,2})?["“'‘]?(?:we|us|our)["”'’]?\s{0,2}[,)]/gu,
  // "Acme Consulting is the responsible party" (or the "data controller", the GDPR's word for it); a sole trader "Jane Dlamini, trading as Jane's Bakes, is the responsible party".
  // The role in plain words, a registration number between: "Makhaza Trust (NPO 123-456) is responsible for your personal information",
  // "Acme Ltd is responsible for processing the personal data it collects".
  // A place or a field may join the words: "The Python Software Community in South Africa is the data controller".
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}(?:(?:of|in|for|and)\s{1,2})?){0,5}\p{Lu}[\p{L}\p{N}&'’.-]{0,30})(?:,?\s{1,2}(?:trading|operating)\s{1,2}as\s{1,2}(?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}){0,3}\p{Lu}[\p{L}\p{N}&'’.-]{0,30},?)?(?:\s{0,2}\([^()]{1,40}\))?\s{1,2}is\s{1,2}(?:(?:the|a)\s{1,2}(?:responsible\s{1,2}party|["“]?(?:data\s{1,2})?controller)|responsible\s{1,2}for\s{1,2}(?:(?:processing|protecting|handling|the\s{1,2}processing\s{1,2}of)\s{1,2})?(?:your|the|all|any)\s{1,2}(?:personal\s{1,2})?(?:information|data))\b/gu,
  // Case-sensitive on purpose: under the i flag \p{Lu} matches any letter, and "The responsible
  // party is required, in terms of section 19(1), …" would name a party "required".
  /\b(?:[Rr]esponsible\s{1,2}[Pp]arty|RESPONSIBLE\s{1,2}PARTY)\s{0,2}(?::|is|IS)\s{0,2}(?:the\s{1,2})?((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}(?:of\s{1,2}(?:the\s{1,2})?|for\s{1,2}|and\s{1,2})?){0,5}\p{Lu}[\p{L}\p{N}&'’.-]{0,30})/gu,
  // "We are Ubuntu Learning Trust (NPO 123-456), …", "We're Acme, a …": the name the policy calls "we".
  // A partnership's "&" or "and" joins the names: "We are Hartley & Moodley Attorneys ("the Firm"), …".
  /\b[Ww]e(?:\s{1,2}are|['’]re)\s{1,2}((?:(?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}|&|and)\s{1,2}){0,4}\p{Lu}[\p{L}\p{N}&'’-]{0,30})(?=\s{0,2}[,(])/gu,
  // The role in s1's words without the term: "The City of Mbombela Local Municipality, Civic
  // Centre, …, determines why and how your personal information is processed".
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}(?:of\s{1,2})?){0,5}\p{Lu}[\p{L}\p{N}&'’-]{0,30}),?[^.;]{0,100}?\bdetermines\s{1,2}(?:why\s{1,2}and\s{1,2}how|how\s{1,2}and\s{1,2}why|the\s{1,2}purposes?\s{1,2}(?:of|and|for))/gu,
  // The notice's speaker introduced with its address, as the one that processes the
  // information: "The Body Corporate of Seaview Heights (SS 245/1998), c/o the managing agent,
  // PO Box 4412, Durban, 4000, processes owners' personal information as described below".
  // Only with an address in the same sentence (see nameIn): a bare "X processes personal
  // information" may be a provider.
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}(?:of\s{1,2})?){1,7}\p{Lu}[\p{L}\p{N}&'’-]{0,30}),?[^.;]{0,120}?\b(?:process(?:es)?|collects?|holds?|uses?)\s{1,2}(?:[\p{L}'’]{1,20}\s{1,2}){0,3}?personal\s{1,2}(?:information|data)\b/gu,
  // The speaker's opening pledge, in the introduction only (see nameIn): "Kloof Eye Care is
  // committed to protecting your privacy", "At Kloof Eye Care, we are committed to …",
  // "Kloof Eye Care respects your privacy", "Westville Church is committed to protecting personal data".
  /^(?:At\s{1,2})?((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}){0,4}\p{Lu}[\p{L}\p{N}&'’-]{0,30}),?\s{1,2}(?:we\s{1,2})?(?:(?:is|are)\s{1,2}(?:fully\s{1,2}|deeply\s{1,2})?committed\s{1,2}to\s{1,2}(?:protecting|respecting|safeguarding)|respects?)\s{1,2}(?:(?:your|the|their|its)\s{1,2})?(?:privacy|personal\s{1,2}(?:information|data))\b/gu,
  // The name with its short name and an appositive before the role: "The City of Mbombela Local
  // Municipality ("the Municipality"), with its principal offices at …, is the responsible party".
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}(?:of\s{1,2}|for\s{1,2}|and\s{1,2})?){1,7}\p{Lu}[\p{L}\p{N}&'’-]{0,30})\s{0,2}(?:\([^()]{1,40}\)\s{0,2})?,[^.;]{0,160}?,\s{1,2}is\s{1,2}the\s{1,2}responsible\s{1,2}party\b/gu,
  // A definition of "we": '"We", "us" and "the Parish" mean St Mark's Anglican Church', 'In this notice "we"
  // refers to the Durban Rowing Club', 'References to "us" are to Thandeka Home Care'.
  /["“'‘](?:we|us|our)["”'’][^.;]{0,60}?\b(?:refers?\s{1,2}to|means?|shall\s{1,2}mean|are\s{1,2}to)\s{1,2}(?:the\s{1,2})?((?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}(?:of\s{1,2}|for\s{1,2}|and\s{1,2})?){0,6}\p{Lu}[\p{L}\p{N}&'’-]{0,30})/gu,
];
/** One generic word defined as "we" ('"we" refers to the Practice'): a defined term, not a name. */
const GENERIC_NAME =
  /^(?:practice|school|clinic|club|church|parish|trust|firm|business|organi[sz]ation|municipality|council|group|employer|provider|operator|controller|society|association|foundation|charity|bank|agency|store|shop|scheme|fund|college|university|centre|center)$/i;
/** A table cell that is only a name (a legal form optional): "City of Mbombela Local Municipality". */
const CELL_NAME = /^(?:\p{Lu}[\p{L}\p{N}&'’.()-]{0,30}\s{1,2}(?:(?:of|for|and|the)\s{1,2})?){0,7}\p{Lu}[\p{L}\p{N}&'’.()-]{0,30}$/u;
/** Not a name at the head of a pledge or a role: "Our team is committed …", "Everyone here respects …", "Each operator is responsible for …". */
const PLEDGE_NOT_NAME = /^(?:our|this|your|we|each|every|everyone|everybody|all|here|it)\b/i;
/**
 * In capitals every word looks like a name: "… PROCESSING OF THEIR PERSONAL INFORMATION BY
 * ACME MEDIA (PTY) LTD" names the company after the last preposition.
 */
const CAPS_LEAD = /^.*\b(?:BY|TO|FROM|FOR|WITH|IN|ON|AT|THE)\s{1,2}/u;
/** A role and a comma before a company name: "Privacy Officer, Acme (Pty) Ltd". */
const ROLE_LEAD = /^(?:\p{L}[\p{L}.-]{0,30}\s{1,2}){0,3}(?:Officer|Manager|Director|Secretary|Representative),\s{1,2}/u;
/** Words that are not a name ("We", "The Company", "This Policy"). */
const NOT_A_NAME = /^(?:we|us|our|the|this|you|your|company|the\s+company|platform|the\s+platform|policy|service|the\s+service|website|site|data\s+subject)$/i;
/**
 * Other organisations: sub-processors, service providers, operators (POPIA's word for a processor:
 * "processed on our behalf by …", "acts as our operator"), acquirers, and the firms "we rely on /
 * use / engage" ("We rely on Twilio Inc. to deliver messages"). Their names are not the responsible party.
 */
const OTHER_PARTY = /\b(?:sub-?processors?|processors?|recipients?|(?:our|service|third[- ]party|external|payment|hosting|cloud|analytics|e-?mail)\s{1,2}(?:[\w-]{1,20}\s{1,2})?providers?|vendors?|suppliers?|partners?|third[- ]part(?:y|ies)|acquir(?:e|ed|es|ing)|merges?|holding\s{1,2}company|subsidiar(?:y|ies)|powered\s{1,2}by|on\s{1,2}our\s{1,2}behalf|(?:acts?|acting)\s{1,2}as\s{1,2}(?:our|an|the)\s{1,2}operator|our\s{1,2}operators?)\b|\bwe\s{1,2}(?:rely\s{1,2}on|use|engage|work\s{1,2}with|partner\s{1,2}with)\s{1,2}(?!(?:your|our|the|this|that|these|it|them|personal|such|any|all)\b)/i;
/**
 * A definition of "we" names the speaker even with its group beside it: "Acme or “we” refers to
 * Acme PTY (LTD) and its subsidiaries", "“We” means Acme (Pty) Ltd and its affiliates".
 */
const WE_MEANS = /["“'‘](?:we|us|our)["”'’][^.;]{0,40}?\b(?:refers?\s{1,2}to|means|shall\s{1,2}mean)\b/i;
/** Sections where the company introduces itself. */
const CONTEXT_SECTION = /\b(?:who\s{1,2}(?:we\s{1,2}are|is\s{1,2}responsible)|about\s{1,2}(?:us|this\s{1,2}policy)|responsible\s{1,2}party|our\s{1,2}details|company\s{1,2}(?:details|information)|contact|reach\s{1,2}us|get(?:ting)?\s{1,2}in\s{1,2}touch|introduction|identity)\b/i;

// ---- the address -------------------------------------------------------------------

/** A physical or postal address. One list. An e-mail or URL is not one. */
const ADDRESS: RegExp[] = [
  /\b(?:P\.?\s?O\.?\s?Box|Post\s{0,1}net\s{1,2}Suite|Private\s{1,2}Bag)\s{0,2}X?\d{1,6}\b/i,
  /\b\d{1,5}[A-Za-z]?,?\s{1,3}(?:\p{Lu}[\p{L}'’.-]{0,30}\s{1,3}){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Crescent|Cres|Close|Boulevard|Blvd|Way|Place|Highway|Square|Parkway|Terrace|Straat|Weg|Rylaan|street|road|avenue|drive|lane|crescent|boulevard|highway|straat|rylaan)\b\.?/u,
  /\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Lane|Crescent|Boulevard|Highway|Rylaan),[^.\n@]{0,80}?,\s{0,2}\d{4}\b/,
  // "…, Bellville, 7530, Western Cape, South Africa": a town, a postal code, a province.
  /,\s{0,2}(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{L}{2,30}(?:\s\p{Lu}\p{L}{2,30})?,?\s{1,2}\d{4}\s{0,2}(?:,\s{0,2}(?:(?:Western|Eastern|Northern)\s{1,2}Cape|Gauteng|KwaZulu-Natal|Free\s{1,2}State|Limpopo|Mpumalanga|North\s{1,2}West)\b\s{0,2})?(?:,\s{0,2}South\s{1,2}Africa\b|[.;]?\s{0,2}$)/u,
  /(?<!e-?mail\s{0,2})\b(?:(?:physical|postal|street|registered|business|office|mailing|head\s{1,2}office)\s{1,2})?address\s{0,2}[:–]\s{0,2}(?![\w.+-]{1,64}@)[^\n]{0,120}\d/iu,
  /\b(?:Postal|Physical|Registered\s{1,2}office|Head\s{1,2}office)\s{0,2}:\s{0,2}(?![\w.+-]{1,64}@)[^\n]{0,120}\d/u,
  /,\s{0,2}[A-Z]{2}\s{1,2}\d{5}(?:-\d{4})?\b/,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b/,
  /\b\p{Lu}[\p{L}-]{1,40}(?:straße|strasse|str\.|gasse|weg|laan|straat)\s{1,3}\d{1,5}/u,
];
/** Blocks about the Information Regulator (or another authority): their address is not the company's. */
const REGULATOR = /\b(?:Information\s{1,2}Regulator|inforegulator|Regulator|supervisory\s{1,2}authority|Commissioner)\b/i;

/** "We do not collect any personal information": there is nothing to notify. */
const NOT_APPLICABLE =
  /^\s{0,3}we\s{1,3}(?:do\s{1,3}not|don't|never)\s{1,3}(?:collect|store|process|hold|keep)\s{1,3}(?:any\s{1,3})?(?:personal\s{1,3}(?:data|information)|personally\s{1,3}identifiable\s{1,3}information|information\s{1,3}about\s{1,3}you)(?:\s{1,3}(?:at\s{1,3}all|whatsoever|of\s{1,3}any\s{1,3}kind))?\s{0,3}[.!]?\s{0,3}$/i;

const MISSING_HEADING = /\b(?:who\s+we\s+are|about\s+us|responsible\s+party|contact)\b/i;


function sectionsOf(block: Block): Section[] {
  const out: Section[] = [];
  for (let s: Section | null = block.section; s && s.level > 0; s = s.parent) out.push(s);
  return out;
}

/** A short line in bold or underscores, the way Markdown-style text marks a title: "**Who we are**". */
const BOLD_TITLE = /^\s{0,3}(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__):?\s{0,3}$/;

function inContextSection(doc: PolicyDocument, block: Block): boolean {
  if (block.section === doc.root) return true;
  if (block.section === doc.sections[0] && /\b(?:privacy|policy|notice|statement|POPIA)\b/i.test(block.section.title)) return true;
  if (sectionsOf(block).some((s) => CONTEXT_SECTION.test(s.title))) return true;
  // Plain text makes a short line a heading: "Who we are" / "Acme (Pty) Ltd" / "Postal address: …";
  // a title in bold ("**Who we are**") stays a paragraph there but heads the lines below it all the same.
  const heading = block.section.heading;
  const before = heading ? doc.blocks[heading.index - 1] : undefined;
  return (before?.kind === 'heading' || (before?.kind === 'paragraph' && BOLD_TITLE.test(before.text))) && CONTEXT_SECTION.test(before.text.replace(/[*_]/g, ' '));
}

/** A table row labelled "Responsible party" / "Company": the other cell holds the name. */
function labelledCell(block: Block): boolean {
  const cell = block.cell;
  if (!cell || cell.header) return false;
  const LABEL = /^\s*(?:responsible\s(?:party|entity)|company(?:\sname)?|legal\s(?:entity|name)|operator\sof\sthe\s(?:site|service))\s*(?::\s*)?$/i;
  const row = cell.table.rows[cell.row] ?? [];
  return (cell.columnHeader !== undefined && LABEL.test(cell.columnHeader)) || row.some((c) => c !== block && LABEL.test(c.text));
}

interface Name {
  name: string;
  at: Range;
  /** The address found with the name (a contact block), if any. */
  address?: Block;
  /** The block that names it. */
  block?: Block;
}

/** The responsible party named in a sentence, if any. */
function nameIn(doc: PolicyDocument, sentence: Sentence): Name | null {
  const text = sentence.text;
  const block = sentence.block;
  const header = block.cell?.table.hasHeader ? (block.cell.table.rows[0] ?? []).map((c) => c.text).join(' ') : '';
  const other = (OTHER_PARTY.test(text) || /\b(?:provider|vendor|supplier)s?\b/i.test(header) || OTHER_PARTY.test(header)) && !/\bresponsible\s{1,2}party\b/i.test(text) && !WE_MEANS.test(text);
  const context = labelledCell(block) || (!other && (DEFINES.test(text) || inContextSection(doc, block)));
  if (context && LEGAL_FORM_WORD.test(text)) {
    for (const m of text.matchAll(COMPANY)) {
      let start = m.index + (/^[\s,]*/.exec(m[0])?.[0].length ?? 0);
      if (!/\p{Ll}/u.test(m[0])) start += CAPS_LEAD.exec(text.slice(start, m.index + m[0].length))?.[0].length ?? 0;
      // "Information Officer: Privacy Officer, Acme (Pty) Ltd": the role before the comma is not part of the name.
      start += ROLE_LEAD.exec(text.slice(start, m.index + m[0].length))?.[0].length ?? 0;
      const firstWord = /^\S+/.exec(text.slice(start))?.[0] ?? '';
      if (NOT_A_NAME.test(firstWord) || isNegated(text, start)) continue;
      return { name: text.slice(start, m.index + m[0].length), at: sentence.rangeOf(start, m.index + m[0].length), block };
    }
  }
  // A cell under (or beside) a "Responsible party" label holds the name, with or without a legal form.
  const cellName = text.trim();
  if (labelledCell(block) && CELL_NAME.test(cellName) && !NOT_A_NAME.test(cellName) && !PLACEHOLDER_VALUE.test(cellName)) {
    const start = text.indexOf(cellName);
    return { name: cellName, at: sentence.rangeOf(start, start + cellName.length) };
  }
  // BRAND_DEFINED[0] needs "(", [3] "we are", [4] "determines", [6] a pledge, [8] a definition of "we", the others "responsible party".
  const paren = text.includes('(');
  const responsible = /responsible\s{1,2}party/i.test(text);
  const responsibleFor = /\bis\s{1,2}responsible\s{1,2}for\b/.test(text);
  const controller = /\bcontroller\b/i.test(text);
  const weAre = /\bwe(?:\s{1,2}are|['’]re)\b/i.test(text);
  const determines = /\bdetermines\b/i.test(text);
  const weMeans = /\b(?:means?|mean|refers?|are\s{1,2}to)\b/i.test(text) && /["“'‘](?:we|us|our)["”'’]/i.test(text);
  const pledge = () => !other && /\b(?:committed|respects?)\b/.test(text) && inContextSection(doc, block);
  // Every address pattern needs a digit: test for one before the patterns.
  const processesAt = () => !other && /\d/.test(text) && /\b(?:process(?:es)?|collects?|holds?|uses?)\b/.test(text) && ADDRESS.some((p) => p.test(text));
  const withAddress = processesAt();
  for (const [i, re] of BRAND_DEFINED.entries()) {
    // A provider or partner that determines its own purposes is not the responsible party here.
    if (i === 0 ? !paren : i === 3 ? !weAre : i === 4 ? !determines || other : i === 5 ? !withAddress && (other || !isOpening(doc, block)) : i === 6 ? !pledge() : i === 8 ? !weMeans : i === 1 ? !responsible && !controller && !responsibleFor : !responsible) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A capitals heading glued to the sentence is not part of the name: "ABOUT US Makhaza Trust is …".
      const name = (m[1] ?? '').trim().replace(/^The\s{1,2}(?=\p{Lu})/u, '').replace(/^(?:\p{Lu}{2,}\s{1,2}){1,4}(?=\p{Lu}\p{Ll})/u, '');
      const start = m.index + m[0].indexOf(name);
      // "This means that Acme determines …": not "This", but a name may follow it.
      if (name && NOT_A_NAME.test(name)) re.lastIndex = Math.max(m.index + 1, start + name.length);
      // Without an address beside it, "X processes personal information" names the speaker only as the notice's opening words (see isOpening).
      if (i === 5 && !withAddress && (text.slice(0, start).trim() !== '' || PLEDGE_NOT_NAME.test(name) || NOT_THE_PARTY.test(name) || !speaksAsWe(doc, block, name))) continue;
      if (!name || NOT_A_NAME.test(name) || isNegated(text, m.index) || (i === 6 && PLEDGE_NOT_NAME.test(name)) || (i === 8 && GENERIC_NAME.test(name)) || (i === 1 && (PLEDGE_NOT_NAME.test(name) || ROLE.test(name) || REGULATOR.test(name)))) continue;
      return { name, at: sentence.rangeOf(start, start + name.length) };
    }
  }
  return null;
}

/** The notice itself, or the service, as the subject: "This Privacy Policy explains how we collect …", "The Acme App collects …". */
const NOT_THE_PARTY = /^(?:th(?:is|e|ese)|our|your)\b|\b(?:policy|notice|statement|document|page|website|site|app|application|platform|service|terms)$/i;

/** The notice's first paragraph, under its title or none: where the speaker introduces itself. */
function isOpening(doc: PolicyDocument, block: Block): boolean {
  if (block.kind !== 'paragraph' || !inContextSection(doc, block)) return false;
  const first = doc.blocks.find((b) => isProseBlock(b) && b.kind !== 'heading' && !/^\W*(?:last\s+(?:updated|modified|revised)|effective|updated|date)\b/i.test(b.text));
  return first === block;
}

/**
 * The organisation the opening sentence names is the speaker when the notice's title names it
 * ("# Philani Academy Privacy Notice") or the paragraph goes on as "we": a provider opening a
 * policy ("Google Analytics collects personal information …") does neither.
 */
function speaksAsWe(doc: PolicyDocument, block: Block, name: string): boolean {
  const title = doc.blocks.find((b) => b.kind === 'heading');
  if (title && title.index < block.index && title.text.includes(name)) return true;
  return /\b(?:we|our|us)\b/i.test(block.text.slice(block.text.indexOf(name) + name.length));
}

// ---- the contact block --------------------------------------------------------------

/** A line that is only a name: one to five capitalised words ("Kloof Eye Care"). */
const NAME_LINE = /^(?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}\s{1,2}){0,4}\p{Lu}[\p{L}\p{N}&'’.-]{0,30}$/u;
/** Labels, roles and contact words: "Postal Address", "Information Officer", "Head Office" are not names. */
const LABEL_WORD =
  /\b(?:officers?|managers?|directors?|deputy|team|department|desk|address|office|contacts?|details|regulator|attention|attn|privacy|policy|notice|us|e-?mail|phone|tel|telephone|fax|website|information|support|postal|physical|enquiries|queries|complaints?)\b/i;
/** A line naming a person in a role: the name on it is the officer's, not the responsible party's. */
const ROLE = /\b(?:Officer|Manager|Director|Secretary|Representative)\b/i;
/** Inline page markup left in pasted text ("<strong>", "<br />"). */
const TAGS = /<\/?[A-Za-z][^<>]{0,300}>/g;

interface Line {
  text: string;
  block: Block;
  start: number;
  /** In a section where the organisation introduces itself. */
  context: boolean;
}

/** The name recurs outside its contact block, and never on a line with a role ("Jane Dlamini, our Information Officer"). */
function speaksElsewhere(doc: PolicyDocument, name: string, at: number): boolean {
  let others = 0;
  for (let i = doc.source.indexOf(name); i !== -1; i = doc.source.indexOf(name, i + name.length)) {
    const lineStart = doc.source.lastIndexOf('\n', i) + 1;
    const lineEnd = doc.source.indexOf('\n', i);
    if (ROLE.test(doc.source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) return false;
    if (i !== at) others++;
  }
  return others > 0;
}

/**
 * The organisation's own contact block in a "Contact" or "Who we are" section: a line that is
 * only a name, straight above an address line ("Kloof Eye Care" / "12 Old Main Road, Kloof,
 * 3610") — s18(1)(b)'s "name and address" as such. A person heading the block may be the
 * Information Officer, so the name must also appear elsewhere in the policy (the speaker names
 * itself in the introduction) and never beside a role.
 */
function contactBlockName(doc: PolicyDocument): Name | null {
  let before: Line | null = null;
  let prev: Line | null = null;
  for (const block of doc.blocks) {
    if (!isProseBlock(block) || REGULATOR.test(block.text) || sectionsOf(block).some((s) => REGULATOR.test(s.title))) {
      before = prev = null;
      continue;
    }
    // The name line is in a contact section. Plain text makes a short name line under a lead-in
    // ("For any request, contact the owners:") a heading of its own: it keeps the lead-in's section.
    const context: boolean = inContextSection(doc, block) || (block.kind === 'heading' && doc.format === 'plaintext' && prev?.context === true);
    let offset = 0;
    for (const raw of block.text.split('\n')) {
      const lineStart = offset;
      offset += raw.length + 1;
      const text = raw.replace(TAGS, '').trim();
      // Lines of markup alone ("</p>") neither name nor break the block.
      if (!text) continue;
      const line: Line = { text, block, start: lineStart + Math.max(0, raw.indexOf(text)), context };
      if (prev?.context && /\d/.test(text) && ADDRESS.some((p) => p.test(text)) && isOwnName(prev.text, before?.text ?? '')) {
        const at = prev.block.rangeOf(prev.start, prev.start + prev.text.length);
        if (speaksElsewhere(doc, prev.text, at.start.offset)) return { name: prev.text, at, address: block };
      }
      before = prev;
      prev = line;
    }
  }
  return null;
}

function isOwnName(text: string, lead: string): boolean {
  return NAME_LINE.test(text) && !LABEL_WORD.test(text) && !NOT_A_NAME.test(text) && !OTHER_PARTY.test(text) && !OTHER_PARTY.test(lead);
}

/** A label that introduces an address on the lines below it: "Postal Address:", "<b>Physical address</b>". */
const ADDRESS_LABEL = /\baddress\s{0,2}:?$/i;

/**
 * The first block with a physical or postal address that is not an authority's. Plain text
 * makes the short lines under an address label headings ("Postal Address:" / "358 Dolphin
 * Close" / "Hawston, Hermanus"): there a heading that is an address line counts too.
 */
function addressBlock(doc: PolicyDocument): Block | null {
  let labelled = false;
  for (const block of doc.blocks) {
    if (!isProseBlock(block)) continue;
    const text = block.text.replace(TAGS, '').trim();
    // Lines of markup alone ("<p>") neither label nor break the block.
    if (!text) continue;
    const underLabel: boolean = labelled;
    labelled = ADDRESS_LABEL.test(text) || (underLabel && block.kind === 'heading');
    if (block.kind === 'heading' && !(underLabel && doc.format === 'plaintext')) continue;
    if (REGULATOR.test(block.text) || sectionsOf(block).some((s) => REGULATOR.test(s.title))) continue;
    if (ADDRESS.some((p) => p.test(block.kind === 'heading' ? text : block.text))) return block;
  }
  return null;
}

/**
 * Plain text makes a name line and the address line under it headings of their own ("Karoo Fresh
 * Produce CC" / "PO Box 45, Oudtshoorn, 6620"): the line straight below the name is its address.
 */
function lineBelow(doc: PolicyDocument, found: Name): Block | null {
  if (doc.format === 'markdown' || found.block?.kind !== 'heading') return null;
  const next = doc.blocks[found.block.index + 1];
  return next && /\d/.test(next.text) && !REGULATOR.test(next.text) && ADDRESS.some((p) => p.test(next.text)) ? next : null;
}

export default defineRule({
  meta: {
    id: 'popia/responsible-party',
    description: 'The policy gives the name and the address of the responsible party.',
    reference: 'POPIA s18(1)(b)',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not name the responsible party: no company or organisation is named as responsible for your personal information (POPIA s18(1)(b)).',
        severity: 'error',
        suggestion: 'Name the legal entity, e.g. "Acme (Pty) Ltd ("we", "us") is the responsible party for your personal information", with its physical or postal address.',
      },
      noAddress: {
        text: 'The responsible party "{name}" is named, but no physical or postal address is given (POPIA s18(1)(b) asks for its name and address).',
        severity: 'warning',
        suggestion: 'Add the street or postal address of {name} (an e-mail address or website alone is not an address).',
      },
    },
  },
  check(context) {
    const doc = context.document;
    let found: Name | null = null;
    let notApplicable: Sentence | null = null;
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block)) continue;
      found = nameIn(doc, sentence);
      if (found) break;
      if (!notApplicable && NOT_APPLICABLE.test(sentence.text)) notApplicable = sentence;
    }
    found ??= contactBlockName(doc);
    if (!found) {
      if (notApplicable) {
        context.evidence({ item: 'name of the responsible party', status: 'not-applicable', at: notApplicable });
        return;
      }
      context.report({ messageId: 'missing', at: missingAt(doc, MISSING_HEADING) });
      context.evidence({ item: 'name of the responsible party', status: 'missing' });
      return;
    }
    context.evidence({ item: 'name of the responsible party', status: 'met', at: found.at });
    // Plain text may make the address line under a name a heading: the contact block still holds it.
    const address = found.address ?? addressBlock(doc) ?? contactBlockName(doc)?.address ?? lineBelow(doc, found);
    if (address) {
      context.evidence({ item: 'address of the responsible party', status: 'met', at: address });
      return;
    }
    context.report({ messageId: 'noAddress', data: { name: found.name }, at: found.at });
    context.evidence({ item: 'address of the responsible party', status: 'missing' });
  },
});
