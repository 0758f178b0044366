import { defineRule } from '../../src/engine/index.js';
import { gdprName, isNegated, missingAt, proseSentences } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence, TemplateSpan } from '../../src/model/index.js';
import { CONTACT_FORM, POSTAL_ADDRESS } from './shared/contact-means.js';

// ---- what names the controller ---------------------------------------------------------

/**
 * Legal forms that end a company name ("Acme Ltd", "Conducktr Inc.", "Acme GmbH & Co. KG").
 * Tested against the whole tail of a candidate name.
 */
const LEGAL_FORM =
  /(?:^|[\s,])(?:Inc\.?|Incorporated|L\.?L\.?C\.?|LLP|L\.P\.|Ltd\.?|Limited|PLC|plc|Corp\.?|Corporation|Co\.,?\s(?:Ltd|Limited)\.?|(?:g)?GmbH(?:\s&\sCo\.?\sKG)?|UG|AG|KG|KGaA|SE|e\.\s?V\.|B\.\s?V\.?|BV|N\.\s?V\.?|NV|S\.A\.S\.?|SAS|SASU|SARL|S\.A\.R\.L\.|S\.A\.|SA|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.U?\.?|SLU|Lda\.?|Ltda\.?|AB|Oy|Oyj|ApS|A\/S|ASA|Sp\.\sz\so\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.?|KFT|Zrt\.?|ZRT|Nyrt\.?|NYRT|\(Pty\)\s?Ltd\.?|Pty\.?\s?Ltd\.?|Pte\.?\s?Ltd\.?|Pvt\.?\s?Ltd\.?|K\.K\.|DAC|CLG|UAB|SIA|OÜ|NPC|SOC\sLtd|CIC|CIO|SCIO|eG|GbR|OHG|PartG(?:\smbB)?|SRL|BVBA|VZW|ASBL)$/;
/** Tokens that may stand inside or at the end of a company name though not capitalised. */
const NAME_PIECE = /^(?:St\.|Ste\.|Mt\.|&|and|of|und|de|du|des|van|der|den|la|le|y|GmbH|gGmbH|plc|e\.\s?V\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|\(Pty\)|Sp\.|z|o\.o\.)$/;
/** Connectors that may not begin or end a name. */
const CONNECTOR = /^(?:&|and|of|und|de|du|des|van|der|den|la|le|y|z)$/;
/** Defined terms and pronouns that are not a name ("the Company", "Customer"). */
const GENERIC = new Set(
  (
    'we us our you your i it they this that these the a an company the-company service services website site app application platform ' +
    'customer customers client clients user users controller processor operator provider business organisation organization ' +
    'privacy policy notice data personal information terms agreement contact email e-mail team support party parties ' +
    'if when where for in on at by as to from with please all any each ' +
    // A pointer where the name should be ("The controller is: See legal notice").
    'see refer imprint impressum legal below above'
  ).split(' '),
);

/**
 * Phrases that introduce the controller by name, the name following the phrase.
 * "operated by X", "Data controller: X", "Controller contact: X", "The controller of your data is X".
 */
const NAME_AFTER: RegExp[] = [
  /\b(?:operated|owned|run|published|provided|offered|issued)\s{1,2}by\s{1,2}(?:the\s)?/gi,
  // A public service "delivered by" the body behind it: "Pension Wise and the Advisory Service are delivered by the
  // Money and Pensions Service". Only a service or a name as the subject (a capital after another word, so not a
  // sentence's first word): "Emails are delivered by Mailgun" names a processor.
  /(?:\b[Tt]his|\b[Tt]he|\b[Oo]ur)\s{1,2}(?:service|website|site|app|platform|programme|program|helpline)\s{1,2}(?:is|was)\s{1,2}(?:now\s{1,2})?delivered\s{1,2}by\s{1,2}(?:the\s)?|(?<=\p{L}[ \n])\p{Lu}[\p{L}-]{1,30}\s{1,2}(?:is|are|was|were)\s{1,2}(?:now\s{1,2})?delivered\s{1,2}by\s{1,2}(?:the\s)?/gu,
  // "This app is made (developed, built and maintained) by Lena Fischer": the product's maker, not a tool's.
  /\b(?:this|the|our)\s{1,2}(?:app|application|website|site|service|game|extension|plugin|tool|project|software|blog)\s{1,2}(?:is|was)\s{1,2}(?:made|developed|created|built|written|maintained)(?:\s{1,2}and\s{1,2}(?:made|developed|created|built|written|maintained|run|operated))?\s{1,2}by\s{1,2}(?:the\s)?/gi,
  // "This privacy notice applies to the website of X".
  /\b(?:applies\s{1,2}to|covers)\s{1,2}(?:the\s{1,2})?(?:website|web\s{1,2}site|app|online\s{1,2}(?:shop|store)|services?)\s{1,2}of\s{1,2}(?:the\s)?/gi,
  /\b(?:data\s)?controller(?:'s)?(?:\s(?:contact|details|identity|name|information))?\s{0,2}[:\-–—]\s{0,3}/gi,
  // A label on a line of its own, the name on the next line ("Data controller\nSt Bride's Hospital NHS Foundation Trust").
  // Not a description on that line ("Data controller\nThe Velora group company that supplies your gas").
  /(?:^|\n)[ \t]{0,3}(?:the\s)?(?:data\s)?(?:controller|responsible\s(?:party|body|entity))[ \t]{0,2}\n[ \t]{0,3}(?!(?:The|A|An|Our|Your|Each|Every|Any|Whichever|Whoever)\b)(?=\p{Lu})/giu,
  // Also with the article before the name: "The data controller is the University of Limerick".
  /\b(?:the\s)?(?:data\s)?controller\b[^.;:!?]{0,80}?\b(?:is|will be|shall be)\s{1,2}(?:the\s(?=\p{Lu}))?/giu,
  /\bresponsible\s{1,2}for\s{1,2}(?:the\s{1,2})?(?:processing|your\s{1,2}(?:personal\s{1,2})?(?:data|information))[^.;:!?]{0,60}?\bis\s{1,2}/gi,
  // Also the translated German template's "The responsible party for data processing on this website is:", the name on the next line.
  /\b(?:the\s{1,2})?responsible\s{1,2}(?:body|party|entity|organi[sz]ation)\s{1,2}(?:for\s{1,2}(?:the\s{1,2})?(?:data\s{1,2})?processing\s{1,2}(?:(?:on|for|of)\s{1,2}this\s{1,2}(?:website|site|app|service)\s{1,2})?)?(?:is|will\s{1,2}be)(?:\s{1,2}|:\s{0,3})/gi,
  // The noun before "responsible": "The party responsible for this website (the "controller") … is:", "The person
  // responsible for data processing on this website is Jane Doe", "The entity responsible for your data is Acme Ltd".
  /\b(?:the\s{1,2})?(?:party|person|body|entity|organi[sz]ation)\s{1,2}responsible\s{1,2}for\s{1,2}[^.;:!?]{0,100}?\b(?:is|will\s{1,2}be)(?:\s{1,2}|:\s{0,3})/gi,
  // A label, as German notices translate "Verantwortlich für die Datenverarbeitung:": "Responsible for data processing: X".
  /\bresponsible\s{1,2}(?:for\s{1,2}(?:the\s{1,2})?(?:data\s{1,2})?processing(?:\s{1,2}of\s{1,2}(?:your\s{1,2})?(?:personal\s{1,2})?data)?|(?:party|body|entity))\s{0,2}[:\-–—]\s{0,3}/gi,
  // 'When we say "we" or "us" we mean X', '"We" refers to X', 'references to "we" are to X'.
  /["“'‘]we["”'’][^.;:!?]{0,60}?\b(?:we\s{1,2}mean|means?|refers?\s{1,2}to|(?:is|are)\s{1,2}(?:a\s{1,2})?references?\s{1,2}to|are\s{1,2}to)\s{1,2}(?:the\s)?/gi,
  // A natural person as controller: "written and maintained by me, Marta Zielinska", "I, Jan Novak, run this site".
  /\bby\s{1,2}me,\s{0,2}(?=\p{Lu})/gu,
  // "legally the business is just me, Aoife Brennan", "the controller is me, Jan Novak", "it's only me, Sam Jones".
  /\b(?:is|am|it['’]s)\s{1,2}(?:just\s{1,2}|only\s{1,2}|simply\s{1,2})?me,\s{0,2}(?=\p{Lu})/gu,
  /(?:^|[.!?]\s{1,2})I,\s{0,2}(?=\p{Lu})/gu,
  // "We, Beacon, … are a Data Controller", "We (Acme) …", also opening the sentence.
  /\b[Ww]e,\s{0,2}(?=\p{Lu})/gu,
  // A sole trader introducing themself by first and last name ("I'm Aoife Byrne, …", "My name is Jan Novak") and the
  // trading name ("trading as Paws in Motion").
  /(?:^|[.!?,]\s{1,2})(?:I['’]m|I\s{1,2}am|[Mm]y\s{1,2}name\s{1,2}is)\s{1,2}(?=\p{Lu}\p{Ll}{1,20}\s{1,2}\p{Lu})/gu,
  /\btrading\s{1,2}as\s{1,2}(?=\p{Lu})/gu,
  // The legal name in a parenthesis: "the museum (formally, the Trustees of … CLG)", "(legally: Acme Ltd)".
  /\((?:formally|legally|officially|registered\s{1,2}as)[,:]?\s{1,2}(?:the\s)?/gi,
  /\b[Ww]e\s{0,2}\(\s{0,2}(?=\p{Lu})/gu,
];

/**
 * The policy naming its own organisation in its opening words, without saying it is the
 * controller: "This privacy notice for Acme Technologies, describes …", "This policy describes
 * how Acme (ACM) stores and processes your data". A name with a legal form identifies the
 * controller; without one it is the brand.
 */
const OWN_POLICY_FOR = /\bthis\s{1,2}(?:privacy\s{1,2})?(?:policy|notice|statement)\s{1,2}(?:for|of)\s{1,2}(?:the\s)?/gi;
/**
 * What follows the name of "This privacy notice for X": a comma or the defined term, or a verb
 * that says what the notice tells ("This privacy policy for iOS and Android covers the apps"
 * names platforms).
 */
const OWN_POLICY_FOR_END = /^(?:\s{0,2}[,(]|\s{1,2}(?:describes|explains|sets\s{1,2}out|outlines|tells)\b)/i;
const OWN_POLICY_HOW = /\b(?:this|our)\s{1,2}(?:privacy\s{1,2})?(?:policy|notice|statement)\s{1,2}(?:describes|explains|sets\s{1,2}out|outlines)\s{1,2}how\s{1,2}/gi;

/**
 * A heading or a line of its own that labels the controller: "Data controller", "Responsible party", "Who is responsible for
 * data processing?", "The controller responsible for data processing on this website is:".
 */
const CONTROLLER_LABEL =
  /^\W{0,6}(?:(?:(?:the\s{1,2})?(?:data\s{1,2})?controller(?:\s{1,2}(?:details|identity|contact))?|(?:the\s{1,2})?responsible\s{1,2}(?:party|body|entity)|(?:the\s{1,2})?(?:party|person|body|entity)(?=\s{1,2}responsible\b))(?:\s{1,2}(?:responsible\s{1,2})?for\s{1,2}(?:the\s{1,2})?(?:data\s{1,2})?processing(?:\s{1,2}(?:on|for|of)\s{1,2}this\s{1,2}(?:website|site|app|service))?)?|(?:who\s{1,2}is\s{1,2})?responsible\s{1,2}for\s{1,2}(?:the\s{1,2})?(?:data\s{1,2})?processing(?:\s{1,2}(?:on|for|of)\s{1,2}this\s{1,2}(?:website|site|app|service))?|(?:the\s{1,2})?(?:party|person|body|entity)\s{1,2}responsible\s{1,2}for\s{1,2}[^.;!?\n]{0,100}?(?=\s{1,2}is\s{0,2}:))(?:\s{1,2}(?:is|are))?\W{0,3}$/i;

/**
 * The controller in apposition, without a verb: "Kingsbridge Council (the data controller for these services, …)",
 * "Acme Ltd, the controller, …", "Acme Ltd – your data controller –". Not "a controller" ("Google LLC, an independent
 * controller"), and not in a sentence about someone else ("We pass card data to Stripe, the controller of it").
 */
const APPOSITION = /(?:\s{0,2}\(|,\s{1,2}|\s{1,2}[–—]\s{1,2})(?:the|your)\s{1,2}(?:data\s{1,2})?controller\b/gi;
const GIVEN_TO = /\b(?:shar|disclos|send|sent|pass|transfer|provid|forward|go|goes|went)\w{0,4}\b/i;

/** Phrases that introduce the controller by name, the name standing before the phrase. */
const NAME_BEFORE: RegExp[] = [
  /,?\s{1,2}(?:(?:which|who)\s{1,2})?(?:is|acts\s{1,2}as|act\s{1,2}as|serves\s{1,2}as|will\s{1,2}be)\s{1,2}(?:the\s{1,2}|a\s{1,2}|joint\s{1,2})?(?:data\s{1,2})?controller\b/gi,
  APPOSITION,
  /,?\s{1,2}(?:is|are)\s{1,2}(?:the\s{1,2}(?:entity|company|party)\s{1,2})?responsible\s{1,2}for\s{1,2}(?:the\s{1,2})?(?:processing|(?:your|the)\s{1,2}(?:personal\s{1,2})?(?:data|information))\b/gi,
  /,?\s{1,2}(?:is\s{1,2}a\s{1,2}|a\s{1,2})?(?:company|corporation|business|entity|charity|charitable\s{1,2}(?:trust|company|incorporated\s{1,2}organi[sz]ation)|foundation|association|society|co-?operative|partnership|non-?profit(?:\s{1,2}(?:organi[sz]ation|corporation))?)\s{1,2}(?:registered|incorporated|organi[sz]ed|established)\b/gi,
  /,?\s{1,2}(?:is\s{1,2})?a\s{1,2}registered\s{1,2}(?:charity|society|association|foundation|co-?operative)\b/gi,
  /\s{1,2}\((?:company|registration|registered|reg\.|CRN|KvK|HRB|RCS|SIREN)\b/gi,
  /\s{1,2}operates\s{1,2}(?:the|this|our)\b/gi,
];

/** `X ("we", "us")`, `X (hereinafter "we")`, `X („wir“)`: the policy's own name for itself. */
const WE_DEFINITION =
  /\s?[(（]\s{0,2}(?:(?:hereinafter|hereafter|also|together|collectively)(?:\s{1,2}(?:referred\s{1,2}to\s{1,2}as|called|as))?[\s:,]{0,3})?["“”'‘’«»„]\s{0,2}(?:we|us|our)\b/gi;
/** A defined term in parentheses right after a name: ' ("the University")', ' (hereinafter "Acme")'. */
const DEFINED_TERM_BEFORE =
  /\s{0,2}[(（]\s{0,2}(?:(?:hereinafter|hereafter)(?:\s{1,2}(?:referred\s{1,2}to\s{1,2}as|called))?[\s:,]{0,3})?["“”'‘’«»„][^"“”'‘’«»„()]{1,40}["“”'‘’«»„]\s{0,2}[)）]$/;
/** "Acme is a software company based in Berlin": a name, but not yet a legal entity. */
const IS_A_COMPANY = /\s{1,2}is\s{1,2}an?\s{1,2}(?:[\p{L}-]{1,20}\s{1,2}){0,3}(?:company|business|firm|start-?up)\b/giu;

/** Sections where a reader expects the controller: the introduction, "Who we are", "Contact". */
const CONTEXT_SECTION =
  /\b(?:privacy (?:policy|notice|statement)|introduction|overview|about(?: us)?|who we are|contact|controller|responsible|imprint|impressum|legal notice|company (?:information|details)|operator|identity|our details)\b/i;
/** "… is a (web analytics) service / a social network / an e-mail marketing tool" right before "operated (provided) by". */
const THIRD_PARTY_TOOL_BEFORE =
  /\ban?\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?(?:services?|tools?|plug-?ins?|platforms?|networks?|products?|software|librar(?:y|ies)|fonts?|widgets?|APIs?|CDNs?|SDKs?|components?|offerings?|solutions?)\s{1,2}(?:(?:that|which)\s{1,2}(?:is|are)\s{1,2})?$/i;

/** Where the "missing" diagnostic points. */
const MISSING_HEADING = /\b(?:controller|who we are|about us|contact|responsible|imprint|impressum)/i;
/** In these sentences a company is someone else: a processor, vendor, parent or partner. */
const OTHER_COMPANY =
  /\b(?:processors?|sub-?processors?|providers?|vendors?|partners?|third[- ]part(?:y|ies)|such as|e\.g\.|including|like|powered by|hosted|hosts?|hosting|servers?|data cent(?:er|re)s?|cloud|infrastructure|payments?|affiliates?|subsidiar(?:y|ies)|parent|holding company|licen[cs]e[ds]?|acquired|trademarks?|registered trademarks?|privacy polic(?:y|ies) of)\b/i;

// ---- contact details -------------------------------------------------------------------

/** The regulator's details are not the controller's. */
const REGULATOR =
  /\b(?:supervisory authorit(?:y|ies)|data protection (?:authorit(?:y|ies)|commission(?:er)?)|information commissioner|information regulator|ICO|CNIL|EDPB|regulator|ombudsman)\b/i;
const CONTACT_PATH = /(?:^|[/#?.=])(?:contact(?:[-_]?us)?|privacy[-_]?requests?|dsars?|requests?|support|help)(?=$|[/#?&.=_-])/i;
const PHONE = /\b(?:phone|telephone|tel|call(?:\s{1,2}us)?|toll[- ]free)\b[^\d+\n]{0,14}\+?\(?\d[\d ().-]{6,18}\d/i;
/** The controller's address may also be a postcode and city with its country ("10115 Berlin, Germany"). */
const POSTAL: readonly RegExp[] = [
  ...POSTAL_ADDRESS,
  /\b\d{4,5}\s\p{Lu}[\p{L}-]{2,30}(?:,\s{0,2}(?:Germany|Deutschland|France|Netherlands|Austria|Spain|Italy|Belgium|Denmark|Sweden|Finland|Poland|Ireland|Portugal))\b/u,
];
/** An unfilled slot or an obfuscator's leftover: other rules report it, this one stays quiet. */
const SLOT = /\[(?:email\s{1,2}protected|[^\]\n]{0,30}\b(?:address|e-?mail|city|zip|phone|street)\b[^\]\n]{0,30})\]/i;

type ContactState = 'yes' | 'partial' | 'no';

function inRegulatorContext(block: Block): boolean {
  for (let s: Section | null = block.section; s; s = s.parent) if (s.heading && REGULATOR.test(s.title)) return true;
  return REGULATOR.test(block.text) && !/\b(?:us|our|we)\b/i.test(block.text);
}

/** Is there any way to reach the controller in the document? */
function contactState(doc: PolicyDocument): { state: ContactState; at?: Range } {
  let partial: Range | undefined;
  for (const email of doc.entities.emails) {
    if (email.block.kind === 'code' || email.block.kind === 'navigation' || inRegulatorContext(email.block)) continue;
    if (email.address === null) partial ??= email.range;
    else return { state: 'yes', at: email.range };
  }
  for (const url of doc.entities.urls) {
    if (url.block.kind === 'code' || inRegulatorContext(url.block)) continue;
    const path = url.url.replace(/^[a-z]+:\/\/[^/?#]*/i, '');
    const contactSection = url.block.section.heading !== null && /\bcontact\b/i.test(url.block.section.title);
    if (CONTACT_PATH.test(path) || contactSection) return { state: 'yes', at: url.range };
  }
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'navigation' || inRegulatorContext(block)) continue;
    if (/\b(?:mailto|tel):\S/i.test(block.raw)) return { state: 'yes', at: block.range };
    if (SLOT.test(block.text)) partial ??= block.range;
    const hit = [PHONE, CONTACT_FORM, ...POSTAL].find((p) => p.test(block.text));
    if (hit) return { state: 'yes', at: block.range };
  }
  for (const t of doc.templates) if (/contact|e-?mail|address|phone/i.test(t.raw)) partial ??= t.range;
  return partial ? { state: 'partial', at: partial } : { state: 'no' };
}

// ---- outside the EU: the Art. 27 representative ----------------------------------------

/** Legal forms of companies established outside the EU/EEA. */
const NON_EU_FORM = /(?:^|[\s,])(?:Inc\.?|Incorporated|L\.?L\.?C\.?|Corp\.?|Corporation|\(Pty\)\s?Ltd\.?|Pty\.?\s?Ltd\.?|Pte\.?\s?Ltd\.?|Pvt\.?\s?Ltd\.?|K\.K\.|Ltda\.?|NPC|SOC\sLtd)$/;
const EU_FORM = /(?:^|[\s,])(?:(?:g)?GmbH(?:\s&\sCo\.?\sKG)?|UG|AG|KG|SE|e\.\s?V\.|B\.\s?V\.?|BV|N\.\s?V\.?|NV|S\.A\.S\.?|SAS|SASU|SARL|S\.A\.R\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.U?\.?|SLU|Lda\.?|AB|Oy|Oyj|ApS|A\/S|Sp\.\sz\so\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.?|KFT|Zrt\.?|ZRT|Nyrt\.?|NYRT|DAC|CLG|UAB|SIA|OÜ|eG|GbR|OHG|PartG(?:\smbB)?|SRL|BVBA|VZW|ASBL)$/;
/** "based in the United States", "incorporated in Delaware". */
const OUTSIDE_EU =
  /\b(?:based|located|headquartered|incorporated|registered|established|organi[sz]ed)\s{1,2}(?:in|under the laws of)\s{1,2}(?:the\s{1,2})?(?:United States|U\.S\.(?:A\.)?|USA|US|State of \p{Lu}\p{L}+|Delaware|California|New York|Canada|Australia|India|Singapore|Israel|Japan|South Africa|Brazil|China|Hong Kong|Switzerland|Turkey|Ukraine|Russia|Nigeria|Kenya|Mexico|Argentina|New Zealand)\b/iu;
/** The policy's own voice before "based in …": the controller speaking of itself. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b/;
/** The EU (or UK) representative of Art. 27, or a statement about one. */
const REPRESENTATIVE =
  /\b(?:EU|EEA|European|Union|UK|United Kingdom)\s{1,2}(?:data\s{1,2}protection\s{1,2}|GDPR\s{1,2})?representative\b|\brepresentative\s{1,2}(?:in|for)\s{1,2}the\s{1,2}(?:EU|EEA|European Union|Union|UK|United Kingdom)\b|\bArt(?:icle|\.)?\s{0,2}27\b|\brepresent(?:ation|ed)\s{1,2}in\s{1,2}the\s{1,2}(?:EU|EEA|European Union|Union|UK|United Kingdom)\s{1,2}by\b|\bestablish(?:ed|ment)\s{1,2}in\s{1,2}the\s{1,2}(?:EU|EEA|European Union)\b/i;
/** The policy speaks to people in the EU/EEA (not only to the UK). */
const ADDRESSES_EU = /\b(?:EU|EEA|European Union|European Economic Area|Europe|European)\b|(?<!UK[- ])\bGDPR\b/;

// ---- name helpers ----------------------------------------------------------------------

interface Name {
  name: string;
  start: number;
  end: number;
}

/** Trailing punctuation that ends a name token, keeping the dot of "Inc." or "B.V.". */
function cleanToken(token: string): { word: string; stop: boolean; comma: boolean } {
  const m = /^(.*?)(?<![,;:!?)"”’'»])([,;:!?)"”’'»]+)$/.exec(token);
  const word = m ? (m[1] as string) : token;
  const tail = m ? (m[2] as string) : '';
  return { word, stop: tail !== '', comma: tail === ',' };
}

const isNameWord = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PIECE.test(w) || /^[\p{Ll}][\p{L}]*\p{Lu}/u.test(w);

/** A name is something other than connectors and generic nouns. */
function acceptable(words: string[]): boolean {
  while (words.length && CONNECTOR.test(words[0] as string)) words.shift();
  while (words.length && CONNECTOR.test(words[words.length - 1] as string)) words.pop();
  if (!words.length) return false;
  const plain = words.join(' ').replace(/(?<![.])[.]+$/, '').toLowerCase();
  if (GENERIC.has(plain) || GENERIC.has(plain.replace(/^the\s/, ''))) return false;
  return (
    words.some((w) => /^[\p{Lu}\p{N}]/u.test(w) && !GENERIC.has(w.toLowerCase()) && !LEGAL_FORM.test(` ${w}`)) ||
    (words.length === 2 && DOMAIN_WORD.test(words[0] as string) && LEGAL_FORM.test(` ${words[1]}`))
  );
}

/** The name that starts at text[index] ("LeadConneqt, privacy@…" → "LeadConneqt"). */
function nameAt(text: string, index: number): Name | null {
  const slice = text.slice(index, index + 120);
  const words: string[] = [];
  let pos = 0;
  let end = 0;
  for (const m of slice.matchAll(/[^\s\u00a0]+/g)) {
    if (words.length >= 7) break;
    if (m.index !== pos && words.length > 0 && !/^[\s\u00a0]{1,2}$/.test(slice.slice(pos, m.index))) break;
    const { word, stop, comma } = NAME_PIECE.test(m[0]) ? { word: m[0], stop: false, comma: false } : cleanToken(m[0]);
    if (!word || !isNameWord(word) || /@|:\/\//.test(word) || (words.length === 0 && CONNECTOR.test(word))) break;
    // A sentence end ("Acme. We …") unless the dot belongs to a legal form or initial.
    const dotted = /\.$/.test(word) && !LEGAL_FORM.test(` ${word}`) && !NAME_PIECE.test(word) && !/^\p{Lu}\.$/u.test(word);
    words.push(dotted ? word.slice(0, -1) : word);
    end = m.index + (dotted ? word.length - 1 : word.length);
    pos = m.index + m[0].length;
    if (dotted) break;
    if (stop) {
      // "Stripe, Inc." continues past the comma; "LeadConneqt, privacy@…" does not.
      const next = /^[\s\u00a0]{1,2}(\S+)/.exec(slice.slice(pos))?.[1] ?? '';
      if (!(comma && LEGAL_FORM.test(` ${cleanToken(next).word}`))) break;
    }
  }
  if (!acceptable([...words])) return null;
  const name = slice.slice(0, end).trim();
  return { name, start: index, end: index + end };
}

/** The name that ends at text[end] ("… Conducktr Inc." before ` ("we"`). */
function nameBefore(text: string, end: number): Name | null {
  const from = Math.max(0, end - 120);
  const slice = text.slice(from, end);
  const tokens = [...slice.matchAll(/[^\s\u00a0]+/g)];
  const words: string[] = [];
  let start = end;
  for (let i = tokens.length - 1; i >= 0 && words.length < 7; i--) {
    const t = tokens[i] as RegExpMatchArray;
    let token = t[0];
    if (i === tokens.length - 1) token = token.replace(/[,]$/, '');
    // A comma inside a name only before its legal form ("Stripe, Inc.").
    if (words.length > 0 && /,$/.test(token)) {
      if (!LEGAL_FORM.test(` ${words[0]}`)) break;
      token = token.slice(0, -1);
    }
    const domainName = words.length === 1 && DOMAIN_WORD.test(token) && LEGAL_FORM.test(` ${words[0]}`);
    if ((/[;:!?)"”’]$/.test(token) && !NAME_PIECE.test(token)) || (!isNameWord(token) && !domainName) || /@|:\/\//.test(token)) break;
    if (/\.$/.test(token) && words.length > 0 && !LEGAL_FORM.test(` ${token}`) && !NAME_PIECE.test(token) && !/^\p{Lu}\.$/u.test(token)) break;
    words.unshift(token);
    start = from + (t.index ?? 0);
  }
  while (words.length && CONNECTOR.test(words[0] as string)) {
    const w = words.shift() as string;
    start = text.indexOf(words[0] ?? '', start + w.length);
  }
  if (!acceptable([...words])) return null;
  return { name: text.slice(start, end).replace(/(?<![,\s])[,\s]+$/, ''), start, end };
}

/** A site-generator variable that renders the organisation's name: `{{ site.entity.name }}`, `{{ .Site.Params.company }}`. */
const ENTITY_TEMPLATE = /\b(?:entity|company|organi[sz]ation|org|business|owner|controller|legal[_-]?name|operator)\b/i;

/** A company name spelt as its domain, before its legal form: "m-ld.io Ltd", "acme.com Limited". */
const DOMAIN_WORD = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]{0,30}\.[a-z]{2,6}$/u;

const hasLegalForm = (name: string): boolean => LEGAL_FORM.test(` ${name.replace(/(?<![,;])[,;]+$/, '')}`);

// ---- the rule --------------------------------------------------------------------------

interface Found {
  name: string;
  range: Range;
  strong: boolean;
}


function inContextSection(doc: PolicyDocument, block: Block): boolean {
  if (block.section === doc.root || block.section === doc.sections[0]) return true;
  for (let s: Section | null = block.section; s; s = s.parent) if (s.heading && CONTEXT_SECTION.test(s.title)) return true;
  return false;
}

function namesIn(doc: PolicyDocument, sentence: Sentence): Found[] {
  const out: Found[] = [];
  const text = sentence.text;
  const push = (n: Name | null, strong: boolean, at: number): void => {
    // A negation word inside the name is no negation ("Clowns Without Borders is a registered charity", "No Limits Ltd").
    if (!n || isNegated(text.slice(0, n.start) + ' '.repeat(n.end - n.start) + text.slice(n.end), at)) return;
    out.push({ name: n.name, range: sentence.rangeOf(n.start, n.end), strong });
  };
  // A line of its own that labels the controller ("Data controller", "Responsible party"), the name opening the block under it.
  const block = sentence.block;
  const label = block.sentences[0] === sentence ? doc.blocks[block.index - 1] : undefined;
  // The labelling line is the block's last: a paragraph may open with a title of its own ("**General Note:**" and a line break).
  const labelLine = label?.text.split('\n').pop() ?? '';
  // Not a table of contents ("[Controller](#m2)"), and the name must stand alone: "Responsible for …" opens a sentence.
  // (A line that ends in "is:" may be longer: "The party responsible for this website (the "controller") for purposes of … is:".)
  const short = labelLine.length <= 80 || (labelLine.length <= 140 && /\bis\s{0,2}:\s*$/.test(labelLine));
  if (label && short && (label.kind === 'heading' || label.kind === 'paragraph') && !/\]\(/.test(label.raw) && CONTROLLER_LABEL.test(labelLine)) {
    const n = nameAt(text, Math.max(0, text.search(/\S/)));
    if (n && /^(?:\s*$|\s{0,2}[,;(<\n]|\s{1,2}[–—-]\s)/.test(text.slice(n.end))) push(n, true, 0);
  }
  // Where the maker of a third-party tool stands: no name found below may start there.
  const makers = new Set<number>();
  for (const p of NAME_AFTER) {
    for (const m of text.matchAll(p)) {
      // "Twitter is a service provided by Twitter Inc.", "Google Analytics is a web analytics service operated by Google LLC":
      // the maker of a third-party tool the policy describes, not the controller.
      if (p === NAME_AFTER[0] && THIRD_PARTY_TOOL_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) {
        makers.add(m.index + m[0].length);
        continue;
      }
      push(nameAt(text, m.index + m[0].length), true, m.index);
    }
  }
  for (const p of NAME_BEFORE) {
    for (const m of text.matchAll(p)) {
      if (p === APPOSITION && (OTHER_COMPANY.test(text) || GIVEN_TO.test(text.slice(0, m.index)))) continue;
      // Past the name's defined term: 'The University of X ("the University") is the controller'.
      const term = DEFINED_TERM_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
      push(nameBefore(text, m.index - (term ? term[0].length : 0)), true, m.index + m[0].length);
    }
  }
  for (const p of [OWN_POLICY_FOR, OWN_POLICY_HOW]) {
    for (const m of text.matchAll(p)) {
      const n = nameAt(text, m.index + m[0].length);
      if (!n || isNegated(text, m.index) || (p === OWN_POLICY_FOR && !OWN_POLICY_FOR_END.test(text.slice(n.end)))) continue;
      out.push({ name: n.name, range: sentence.rangeOf(n.start, n.end), strong: hasLegalForm(n.name) });
    }
  }
  for (const m of text.matchAll(WE_DEFINITION)) {
    const n = nameBefore(text, m.index);
    if (n) out.push({ name: n.name, range: sentence.rangeOf(n.start, n.end), strong: hasLegalForm(n.name) });
  }
  for (const m of text.matchAll(IS_A_COMPANY)) {
    const n = nameBefore(text, m.index);
    if (n && !isNegated(text, m.index + m[0].length)) out.push({ name: n.name, range: sentence.rangeOf(n.start, n.end), strong: hasLegalForm(n.name) });
  }
  // A company with its legal form in the introduction, a "Who we are" or a "Contact" section.
  // In a table, the column says whose name it is: "Sub-Processor", "Vendor" hold someone else's.
  const column = sentence.block.cell?.columnHeader ?? '';
  // Nor under a lead-in or heading that presents someone else ("We are using the following host:", "## Hosting").
  const leadIn = doc.blocks[block.index - 1];
  const introduced = (leadIn?.kind === 'paragraph' && /:\s*$/.test(leadIn.text) && OTHER_COMPANY.test(leadIn.text)) || (block.section.heading !== null && OTHER_COMPANY.test(block.section.title));
  // A subsection named after a third-party service ("#### Twitter" under "Information about the data processing"): "Twitter Inc." in it runs that service.
  const service = block.section.heading !== null && block.section.parent?.heading ? block.section.title.trim().toLowerCase() : '';
  const runsService = (name: string): boolean => service !== '' && /^[\p{L}\p{N} .&-]{2,30}$/u.test(service) && name.toLowerCase().startsWith(`${service} `);
  if (inContextSection(doc, sentence.block) && !introduced && !OTHER_COMPANY.test(text) && !OTHER_COMPANY.test(column)) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{N}.)],?[ \u00a0])(?:Inc\b\.?|Incorporated\b|L\.?L\.?C\b\.?|LLP\b|Ltd\b\.?|Limited\b|PLC\b|plc\b|Corp\b\.?|Corporation\b|g?GmbH\b|AG\b|SE\b|B\.\s?V\.|BV\b|N\.V\.|NV\b|SAS\b|SARL\b|S\.A\.|S\.p\.A\.|S\.r\.l\.|S\.L\.|AB\b|Oy\b|ApS\b|A\/S\b|\(Pty\)\s?Ltd\b\.?|Pty\.?\s?Ltd\b\.?|Pte\.?\s?Ltd\b\.?|DAC\b|CLG\b|UAB\b|SIA\b|Oyj\b|ASA\b|Ltda\b\.?|Kft\b\.?|KFT\b|Zrt\b\.?|ZRT\b|Nyrt\b\.?|NYRT\b|NPC\b|CIC\b|SCIO\b)/gu)) {
      const n = nameBefore(text, m.index + m[0].length);
      if (n && !makers.has(n.start) && !runsService(n.name) && hasLegalForm(n.name) && n.name.split(/\s+/).length >= 2 && !isNegated(text, n.start)) out.push({ name: n.name, range: sentence.rangeOf(n.start, n.end), strong: true });
    }
  }
  return out;
}

/** A table row labelled "Controller" / "Company" / "Operator": the other cell holds the name. */
function namesInTable(block: Block): Found[] {
  const cell = block.cell;
  if (!cell || cell.header) return [];
  const LABEL = /^\s*(?:(?:data\s)?controller|company(?:\sname)?|legal\s(?:entity|name)|operator|responsible\s(?:entity|party))\s*$/i;
  const row = cell.table.rows[cell.row] ?? [];
  const labelled = (cell.columnHeader !== undefined && LABEL.test(cell.columnHeader)) || row.some((c) => c !== block && (c.cell?.column ?? 99) < cell.column && LABEL.test(c.text));
  if (!labelled) return [];
  const n = nameAt(block.text, block.text.search(/\S/));
  return n ? [{ name: n.name, range: block.rangeOf(n.start, n.end), strong: true }] : [];
}

export default defineRule({
  meta: {
    id: 'gdpr/controller-identity',
    description: 'The policy names the controller — the legal entity responsible for the processing — and how to contact it.',
    reference: 'GDPR Art. 13(1)(a), Art. 14(1)(a); Art. 27',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not identify the controller: no company or organisation is named as responsible for your data ({law} Art. 13(1)(a)).',
        suggestion: 'Name the legal entity, e.g. "Acme Ltd ("we", "us") is the controller of your personal data", with its address and a contact e-mail.',
      },
      brandOnly: {
        text: 'The policy calls itself "{name}" but never names the legal entity behind it ({law} Art. 13(1)(a) asks for the identity of the controller).',
        severity: 'warning',
        suggestion: 'Give the full legal name with its legal form (e.g. "{name} Ltd", "{name} GmbH") and say that it is the controller.',
      },
      noContact: {
        text: 'The controller "{name}" is named, but no way to contact it is given ({law} Art. 13(1)(a)).',
        severity: 'warning',
        suggestion: 'Add the controller\'s postal address and an e-mail address or web form for privacy questions.',
      },
      noRepresentative: {
        text: 'The controller "{name}" appears to be established outside the EU/EEA, and the policy names no representative in the Union ({law} Art. 27).',
        severity: 'info',
        suggestion:
          'If you offer services to people in the EU/EEA (Art. 3(2)), name your Art. 27 representative and their contact details, or say why none is required (Art. 27(2)).',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);
    const prose = proseSentences(doc);
    const tableNames = doc.blocks.filter((b) => b.kind === 'tableCell').flatMap(namesInTable);
    // Sentences are read in document order only until one names the controller: no later
    // name can come first. The rest is read only if every name is needed (Art. 27 below).
    const sentenceNames: Found[] = [];
    let read = 0;
    const readNames = (untilStrong: boolean): Found[] => {
      while (read < prose.length) {
        const names = namesIn(doc, prose[read++] as Sentence);
        sentenceNames.push(...names);
        if (untilStrong && names.some((f) => f.strong)) break;
      }
      // Sentence names before table names, so that ties in offset keep one order.
      return [...sentenceNames, ...tableNames].sort((a, b) => a.range.start.offset - b.range.start.offset);
    };
    const found = readNames(true);
    const controller = found.find((f) => f.strong);
    let template: TemplateSpan | undefined;

    if (!controller) {
      const brand = found[0];
      if (brand) {
        context.report({ messageId: 'brandOnly', data: { name: brand.name, law }, at: brand.range });
        context.evidence({ item: 'identity of the controller', status: 'partial', at: brand.range });
      } else if ((template = doc.templates.find((t) => t.kind !== 'liquid-tag' && ENTITY_TEMPLATE.test(t.raw)))) {
        // The site generator renders the name at build time: the rule cannot see it, nor its legal form.
        context.evidence({ item: 'identity of the controller', status: 'partial', at: template.range });
      } else {
        context.report({ messageId: 'missing', data: { law }, at: missingAt(doc, MISSING_HEADING) });
        context.evidence({ item: 'identity of the controller', status: 'missing' });
      }
      return;
    }
    context.evidence({ item: 'identity of the controller', status: 'met', at: controller.range });

    const contact = contactState(doc);
    if (contact.state === 'no') {
      context.report({ messageId: 'noContact', data: { name: controller.name, law }, at: controller.range });
      context.evidence({ item: 'contact details of the controller', status: 'missing' });
    } else {
      // Broken or unfilled contact data is reported by contact-details / placeholder-text.
      context.evidence({ item: 'contact details of the controller', status: contact.state === 'yes' ? 'met' : 'partial', at: contact.at });
    }

    // Art. 27: a controller outside the Union that addresses people in it needs a representative there.
    const nonEuName = NON_EU_FORM.test(` ${controller.name.replace(/(?<![,;])[,;]+$/, '')}`);
    // Only where the controller is: "we are based in …", "Scratch is based in …" (of "The Scratch Foundation");
    // not "Since GitHub is based in the USA".
    const nameWords = controller.name.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w) && !GENERIC.has(w.toLowerCase()) && !LEGAL_FORM.test(` ${w}`));
    const locatedOutside = prose.some((s) => {
      const m = OUTSIDE_EU.exec(s.text);
      if (m === null || isNegated(s.text, m.index) || OTHER_COMPANY.test(s.text)) return false;
      const before = s.text.slice(0, m.index);
      return FIRST_PERSON.test(before) || nameWords.some((w) => before.includes(w));
    });
    if (!nonEuName && !locatedOutside) return;
    const strongNames = readNames(false).filter((f) => f.strong).map((f) => f.name.replace(/(?<![,;])[,;]+$/, ''));
    if (strongNames.some((n) => EU_FORM.test(` ${n}`))) return;
    if (law === 'GDPR' && !prose.some((s) => ADDRESSES_EU.test(s.text))) return;
    const representative = prose.find((s) => REPRESENTATIVE.test(s.text));
    if (representative) {
      context.evidence({ item: 'representative in the Union', status: 'met', at: representative });
      return;
    }
    context.report({ messageId: 'noRepresentative', data: { name: controller.name, law }, at: controller.range });
    context.evidence({ item: 'representative in the Union', status: 'missing' });
  },
});
