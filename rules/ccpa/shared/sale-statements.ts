// What a CCPA policy says about selling and sharing personal information: the one reading
// that ccpa/sale-and-sharing, ccpa/opt-out-link and ccpa/minors depend on. A concept of the
// pack, not a rule: the three rules share it so that they can never disagree about it.
import type { Block, PolicyDocument, Sentence } from '../../../src/model/index.js';
import { isProseBlock, questionBefore } from '../../../src/model/index.js';
import { blankQaLabel, stripQaLabel } from '../../shared/answers.js';
import { gluedTitle } from '../../shared/titles.js';

/**
 * "Sell" (§1798.140(ad)) as a verb with personal information as its object, active or passive:
 * "we sell your personal information", "we may sell or share identifiers", "we sell contact
 * information / purchase history", "we have sold or shared the following categories of
 * personal information", "your data may be sold".
 */
const SELL_AFFIRM: RegExp[] = [
  /\b(?:sell|sells|selling|sold)\b(?:\s{0,2}(?:,|or|and|\/|and\/or)\s{1,2}(?:share|shares|sharing|shared|rent|rents|trade|trades|license|licenses|disclose|discloses|disclosed|lease)\b)*\s{1,2}(?:(?:certain|some|all|the\s+following|your|our\s+users['’]?|such|limited|this|that|these|those)\s{1,2}){0,2}(?:categories\s+of\s+)?(?:personal(?:ly\s+identifiable)?\s+|consumers['’]\s+|(?:[\w-]{2,20}\s{1,2}){1,2})?(?:data|information|info|PII|identifiers|history|histories|addresses|profiles|records|lists|details)\b/gi,
  /\b(?:personal\s+(?:data|information)|your\s+(?:personal\s+)?(?:data|information))\s{1,2}(?:may|might|will|can|could|is|are|was|were|has\s+been|have\s+been)\s{1,2}(?:also\s+)?(?:be\s+)?(?:sold|rented\s+or\s+sold)\b/gi,
  // The passive after a longer subject: "Usage data from our smart speakers is sold to …".
  /\b(?:data|information|info|identifiers|details|lists|records|histor(?:y|ies)|profiles)\b[^.;:!?]{1,60}?\s(?:is|are|was|were|gets|get|(?:may|might|will|can|could)\s{1,2}be|ha(?:s|ve)\s{1,2}been)\s{1,2}(?:also\s{1,2}|then\s{1,2}|sometimes\s{1,2})?(?:sold|rented\s+or\s+sold)\b/gi,
  // "may be considered a sale", "which constitutes a sale", "counts as selling".
  /\b(?:(?:may|might|could|would)\s{1,2}(?:be\s+)?(?:considered|deemed|constitute|qualify\s+as)|(?:is|are)\s{1,2}(?:considered|deemed)|constitutes?|qualif(?:y|ies)\s+as|amounts?\s+to|counts?\s+as)\s{1,2}(?:as\s+)?(?:an?\s+)?(?:["“'‘]|&(?:[lr]?dquo|[lr]?squo|quot|#8220|#8216|#34|#39);)?(?:sale|selling)\b/gi,
];

/**
 * "Share" (§1798.140(ah)): disclosure for cross-context behavioral advertising (§1798.140(k)).
 * Sharing with service providers is not "sharing"; only advertising that follows people across
 * sites, apps or services is. Targeted, behavioural and interest-based advertising name it,
 * whatever the verb of handing over ("we disclose cookie identifiers to ad partners for
 * targeted advertising"). Handing personal information to advertising partners or ad networks
 * is the same disclosure ("we share your browsing activity with advertising partners").
 */
const CBA = String.raw`(?:cross[- ]context\s+behaviou?ral\s+advertising|(?:targeted|behaviou?ral|interest[- ]based|personali[sz]ed|cross[- ](?:site|context))\s+(?:advertising|ads|advertisements|marketing))`;
/** Recipients whose business is advertising that follows people across sites. */
const AD_RECIPIENT = String.raw`(?:ad(?:vertising)?\s+(?:(?:tech(?:nology)?|mediation|measurement|serving|targeting|retargeting)\s+)?(?:partners|networks|companies|vendors|platforms|exchanges)|advertisers)`;
/** Verbs that hand personal information over; with cross-context behavioral advertising they are "sharing". */
const DISCLOSE = String.raw`(?:shar(?:e|es|ing|ed)|disclos(?:e|es|ing|ed)|provid(?:e|es|ing|ed)|transfer(?:s|red|ring)?|pass(?:es|ed|ing)?\s+(?:on|along)|send|sends|sending|sent|mak(?:e|es|ing)\s+available|made\s+available)`;
const SHARE_AFFIRM: RegExp[] = [
  new RegExp(String.raw`\b${DISCLOSE}\b[^.;]{0,80}?\b(?:for|with|to)\b[^.;]{0,40}?${CBA}`, 'gi'),
  new RegExp(String.raw`\b${DISCLOSE}\b[^.;]{0,60}?\b(?:with|to)\s{1,2}(?:(?:our|third[- ]party|other|select(?:ed)?|certain)\s{1,2}){0,2}${AD_RECIPIENT}\b`, 'gi'),
  // Handing data over so that the recipient shows you ads: "we share device identifiers with
  // social media platforms so that they can show you our ads".
  new RegExp(String.raw`\b${DISCLOSE}\b[^.;]{0,80}?\b(?:so\s{1,2}(?:that\s{1,2})?(?:they|it)\s{1,2}(?:can|may|could)|to\s{1,2}(?:let|allow|enable|help)\s{1,2}(?:them|it))\s{1,2}(?:show|serve|display|target|deliver)\s{1,2}(?:you\s{1,2})?(?:our\s{1,2}|relevant\s{1,2}|personali[sz]ed\s{1,2}|targeted\s{1,2})?(?:ads|advertising|advertisements)\b`, 'gi'),
  /\b(?:sold\s+or\s+shared|sell\s+or\s+share|sells\s+or\s+shares|selling\s+or\s+sharing)\b(?:\s{1,2}(?:your|the\s+following|certain|some|categories\s+of))?\s{1,2}(?:personal\s+)?(?:data|information|identifiers|categories)\b/gi,
  /\b(?:(?:may|might|could|would)\s{1,2}(?:be\s+)?(?:considered|deemed|constitute|qualify\s+as)|(?:is|are)\s{1,2}(?:considered|deemed)|constitutes?|qualif(?:y|ies)\s+as|amounts?\s+to|counts?\s+as)\s{1,2}(?:as\s+)?(?:["“'‘]|&(?:[lr]?dquo|[lr]?squo|quot|#8220|#8216|#34|#39);)?(?:sharing|share)\b/gi,
  new RegExp(String.raw`\b(?:third[- ]part(?:y|ies)|ad(?:vertising)?\s+(?:tech(?:nology)?\s+)?(?:partners|networks|companies|vendors|platforms)|advertisers)\b[^.;]{0,80}?${CBA}`, 'gi'),
  /\bwe\s{1,2}(?:may\s+|also\s+)?(?:use|engage\s+in|serve|show|display|deliver)\s{1,2}(?:you\s+)?(?:targeted|interest[- ]based|behaviou?ral|cross[- ]context(?:\s+behaviou?ral)?)\s+(?:advertising|ads|advertisements)\b/gi,
  // Other businesses that follow the reader to other sites with ads: "cookies that let our vendors show you campaign
  // messages on other websites", "advertising partners … serve you our ads on other sites you visit", "retarget you
  // across other apps" — cross-context behavioral advertising (§1798.140(k)) in plain words; not "… only if you opt in".
  new RegExp(
    String.raw`\b(?:vendors|partners|advertisers|third[- ]parties|${AD_RECIPIENT}|social\s{1,2}(?:networks|media\s{1,2}(?:platforms|companies)))\b[^.;]{0,60}?\b(?:show|serve|display|deliver|target|retarget)\w{0,3}\s{1,2}(?:you\s{1,2})?[^.;]{0,50}?\b(?:on|across|in)\s{1,2}other\s{1,2}(?:websites|web\s{1,2}sites|sites|apps|applications|platforms|online\s{1,2}services|services|social\s{1,2}(?:networks|media))\b(?![^.;]{0,40}?\b(?:only\s{1,2}if|if\s{1,2}you|unless|with\s{1,2}your\s{1,2}(?:consent|permission))\b)`,
    'gi',
  ),
];

/**
 * A transfer in a corporate transaction, said in the clause after the verb: "We may also sell,
 * assign or otherwise transfer such information in the course of corporate divestitures,
 * mergers, acquisitions, bankruptcies …", "as part of a sale of all or part of our business".
 * Cal. Civ. Code §1798.140(ad)(2)(C): a transfer as an asset in a merger, acquisition,
 * bankruptcy or other transaction in which the recipient assumes control of the business is
 * no sale.
 */
const CORPORATE_TRANSACTION =
  /\b(?:in\s{1,3}(?:the\s{1,3})?(?:course|context|event)\s{1,3}of|as\s{1,3}(?:part\s{1,3}of|an?\s{1,3}asset\s{1,3}(?:in|of))|in\s{1,3}connection\s{1,3}with|during|through|upon|following|pursuant\s{1,3}to|in)\s{1,3}(?:(?:an?|any|the|such|our|its|a\s{1,3}potential|a\s{1,3}proposed)\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?(?:mergers?|acquisitions?|bankruptc(?:y|ies)|insolvenc(?:y|ies)|divestitures?|reorgani[sz]ations?|dissolutions?|liquidations?|receiverships?|change\s{1,3}(?:of|in)\s{1,3}control|(?:sale|transfer)\s{1,3}of\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,4}?(?:our|the|its)\s{1,3}(?:company|business(?:es)?|assets|stock|shares))\b/i;

/** Is the sale at `index` a transfer in a merger, acquisition or bankruptcy (no sale under §1798.140(ad)(2)(C))? */
export function corporateTransfer(text: string, index: number): boolean {
  return CORPORATE_TRANSACTION.test(clauseAfter(text, index, 160));
}

/** Anything about selling, for denials: "No sale of personal data", "is never sold", "we don't sell it". */
const SELL_WORD = /\b(?:sell|sells|selling|sold|sale)\b/gi;
/** What may be sold: personal information in general. */
const PI_OBJECT = /\b(?:data|information|info|PII|identifiers|records|details|lists|profiles|histor(?:y|ies)|it|them)\b/i;
/** Anything about sharing for advertising, for denials: "we do not sell or share", "no targeted advertising". */
const SHARE_DENIAL_WORD = new RegExp(String.raw`\bshar(?:e|es|ing|ed)\b|${CBA}|\badvertis(?:ing|ers?|ements?)\b|\btrack(?:s|ing)?\s+(?:you|users|visitors|your\s+\w+(?:\s+activity)?)\s+(?:across|on\s+other|over\s+time\s+and\s+across)\b|\bcross[- ]site\s+tracking\b`, 'gi');

/** "Right to opt out of sale (not applicable)", "Sale of personal information: No". */
const NOT_APPLICABLE = /\b(?:sale|sell|selling|sold|sharing|shared|share)\b[^.;]{0,60}?(?:\(\s{0,2}(?:not\s+applicable|n\/a|none)\s{0,2}\)|[:?–—-]\s{0,3}(?:no|none|never|not\s+applicable|n\/a)\b\.?\s*$)/i;

/** The link title is a name, not a denial: "Do Not Sell or Share My Personal Information". */
const LINK_TITLE = /\bdo\s+not\s+(?:sell|share)(?:\s+(?:or|and|\/)\s+(?:sell|share))?\s+my\s+(?:personal\s+)?(?:information|data|info)\b/gi;
/** "Do Not Track" is the name of a browser signal, not a denial ("we do not track you" is one). */
const DNT = /\bdo\s+not\s+track\b(?=\s{0,2}(?:\(|["”'’]|signals?\b|settings?\b|requests?\b|preferences?\b|headers?\b|[.,;:]|$))/gi;

/** Words that negate what follows in the same clause (an ❌ bullet, "We do NOT:"). */
const NEGATION = /\b(?:not|never|no|none|neither|nor|without|cannot)\b|n['’]t\b|[❌✗✘🚫⛔]/iu;
/** Where a clause ends; a comma list ("sell, rent, or share") does not end it. */
const CLAUSE_END = /[.;:!?(]|,\s*(?:but|however|unless|except|although|though|while|whereas|we)\b|,\s*(?:and|or)\s+(?:we|they|it|our|you|this)\b|\b(?:but|however|unless|except|although)\b/gi;
/**
 * Hedges: a right, a condition or a definition, not a statement of practice ("the right to
 * know whether we sell", "if we sell our business", "you may direct us not to sell").
 */
const HEDGE = /\bsay\s{1,2}no\s{1,2}to\b|\b(?:if|whether|when|where|should|unless|in\s+the\s+event|in\s+case|right|rights|opt(?:[- ]?out)?|opting|request|requests|ask|direct|directing|know|means|defin\w*|prohibit\w*|restrict\w*|limit)\b/i;

/**
 * The statute's voice, not the business's: a sentence about what "a business that sells" must
 * do ("Under the CCPA, a business that sells personal information must give notice…") states
 * the law; "As a business that sells…" still speaks of itself.
 */
const STATUTE_VOICE = /(?<!\bas\s{1,2})\b(?:a|any|every)\s{1,2}business\s{1,2}(?:that|which|who|must|shall)\b|\bbusinesses\s{1,2}(?:that|which|who|must|shall)\b/i;
/**
 * What the right to know discloses is no admission: "you have the right to request … the
 * business or commercial purpose for collecting or selling such personal information"
 * (§1798.110(a)(3)). Tested on the text before a match.
 */
const RIGHT_TO_KNOW_OBJECT = /\bright\s{1,2}to\s{1,2}(?:request|know|ask|obtain|receive)\b|\bpurposes?\s{1,2}(?:for|of)\s{1,2}(?:\w{3,15}ing\s{0,2}(?:,|or|and|,\s{1,2}or|,\s{1,2}and)\s{1,2}){1,3}$/i;

/**
 * Someone else sells: "third parties who intend to license or sell that Personal Data" (Nevada's
 * opt-out, NRS 603A.340), "companies that sell data" (plural or a third party: "As a company that
 * sells" is the business itself). Tested on the clause before a match.
 */
const OTHERS_SELL = /\b(?:third[- ]part(?:y|ies)|parties|companies|businesses|buyers|purchasers|brokers|entities|recipients|persons|others|operators)\s{1,2}(?:who|which|that)\b[^.;]{0,40}$/i;
/** A right stated earlier in the sentence: "you have the right to opt out of the sale of … to third parties who …". */
const RIGHT_BEFORE = /\b(?:ha(?:ve|s)|given|grant(?:s|ed)?)\s{1,3}(?:the\s{1,3}|a\s{1,3})?right\s{1,3}to\b|\bright\s{1,3}to\s{1,3}opt[- ]?out\b/i;

function clauseBefore(text: string, index: number, window = 70): string {
  const before = text.slice(Math.max(0, index - window), index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  return before.slice(start);
}

/**
 * Is the verb at `index` negated in its clause? The clause runs across "or" / "nor" and a
 * comma list, so a coordinated verb takes the negation of the first ("we do not sell your data,
 * or share it for targeted advertising", "we neither sell nor share it"); a new subject ends it.
 */
export function negatedVerb(text: string, index: number): boolean {
  return NEGATION.test(clauseBefore(text, index));
}

function clauseAfter(text: string, index: number, window = 70): string {
  const after = text.slice(index, index + window);
  const end = after.search(/[.;!?]|,\s*(?:but|although|however|we)\b/i);
  return end < 0 ? after : after.slice(0, end);
}

/** "(is not) shared with any (other) third party", with no exception after it. */
const PASSIVE_BLANKET =
  /^shared\s{1,2}with\s{1,2}(?:any\s+)?(?:other\s+)?(?:third\s+parties|third\s+party|anyone|outside\s+parties|other\s+companies)\b(?![^.;]{0,30}\b(?:except|other\s+than|unless|apart\s+from|beyond)\b)/i;

/** A question about what the business does: "Do you sell my data?", "Does Acme share it?". */
const QUESTION_OF_PRACTICE = /^[\s*_"“]{0,4}(?:do|does|did|will|would|have|has|is|are)\s{1,3}(?:you|we|they|[A-Z][\w&.-]{1,30})\b/i;

/**
 * A list intro negated in its main clause, which negates every item under it: "We do NOT:", "We will never:",
 * "We don't use your data to:", "We do not offer financial incentives for:", "No personal information is used for:".
 * Read on the intro's last sentence; a condition ("If you do not want …, you can:") or an exception ("We do not
 * share it except:", "…, but we may:") leaves the items affirmed.
 */
const NEGATING_INTRO =
  /^[\s*_]{0,4}(?:(?:we|I|our\s{1,2}(?:company|business|app|service|site|website)|[A-Z][\w&.-]{1,30})\s{1,2}(?:do(?:es)?\s{1,2}not|don['’]t|doesn['’]t|(?:(?:will|would|shall|do)\s{1,2})?never|will\s{1,2}not|won['’]t|shall\s{1,2}not|cannot|can['’]t|are\s{1,2}not|is\s{1,2}not)\b|no\s{1,2}(?:personal\s{1,2})?(?:data|information|info|one|financial\s{1,2}incentives?)\b|never\b)/i;
/** What turns a negated intro back into an affirmation: an exception or a contrast. */
const INTRO_EXCEPTION = /\b(?:except|other\s{1,2}than|apart\s{1,2}from|unless|but|however|only)\b/i;
/** A list intro ends with a colon (after an optional closing emphasis). */
const INTRO_END = /[:：][\s*_]{0,4}$/;

/** The last sentence of a list intro (the one the colon ends), without a title glued on the line above. */
function lastSentence(intro: string): string {
  const parts = intro.split(/(?<=[.!?])\s{1,3}(?=[A-Z*_"“])|\n/);
  return (parts[parts.length - 1] ?? intro).trim();
}

/** Is the list intro negated in its main clause ("We do not:", "We will never sell your data to:"), with or without an exception? */
function negatedIntro(last: string): boolean {
  return INTRO_END.test(last) && NEGATING_INTRO.test(last);
}

/**
 * A list intro that affirms a practice of the business's own, under which a bare item ("Selling personal
 * information", "Share data with ad networks") states it: "We may use your information for:", "We sell or share
 * the following:", "Acme engages in:". A heading-like or neutral intro ("Financial incentives for:", "Examples:")
 * affirms nothing.
 */
const AFFIRMING_INTRO =
  /\b(?:we|I|us|our)\b|^[\s*_]{0,4}[A-Z][\w&.-]{1,30}\s{1,2}(?:may|might|also|sells?|shares?|uses?|engages?|discloses?|processes?)\b/;
/** An intro that states a right, a condition or an incentive, not a practice ("You may ask us to stop:"). */
const NEUTRAL_INTRO = /\b(?:whether|right|rights|request|ask|direct|know|incentives?|means|defin\w*)\b/i;

/** A list item that opens with a bare verb or gerund of selling or sharing: "Sell your data", "Selling personal information". */
const BARE_ITEM = /^[\s*_"“❌✗✘✓✔-]{0,6}(?:sell|sells|selling|sale\s{1,2}of|share|shares|sharing|disclose|disclosing|disclosure\s{1,2}of|trade|trading|rent|renting)\b/i;

/**
 * How a list's intro bears on a list item: "negated" under "We do not:", "affirmed" under "We may use your data to:",
 * "neutral" under any other intro; undefined outside a list.
 */
type ListStance = 'negated' | 'affirmed' | 'neutral';

/** The stance of `block`'s list intro (undefined for a block outside a list). */
function listStance(block: Block, blocks: readonly Block[]): ListStance | undefined {
  const intro = listIntro(block, blocks);
  if (intro === undefined) return undefined;
  const last = lastSentence(intro);
  // "We do not share your data except:" lists what the business does.
  if (negatedIntro(last)) return INTRO_EXCEPTION.test(last) ? 'affirmed' : 'negated';
  return AFFIRMING_INTRO.test(last) && !NEUTRAL_INTRO.test(last) ? 'affirmed' : 'neutral';
}

/** A list item (or an HTML "<li>" paragraph) that opens with a bare verb or gerund of selling or sharing. */
function bareItem(block: Block, text: string): boolean {
  return (block.kind === 'listItem' || HTML_LIST_PART.test(block.text)) && BARE_ITEM.test(text.replace(TAGS, ''));
}

/**
 * Does a list item state nothing about the business's practice: any item under a negated intro, and a bare verb or
 * gerund item ("Selling personal information") under an intro that does not affirm the practice (or under none: the
 * excerpt may have lost a "We do NOT:")?
 */
export function itemStatesNothing(block: Block, blocks: readonly Block[], text: string): boolean {
  const stance = listStance(block, blocks);
  return stance === 'negated' || (stance !== 'affirmed' && bareItem(block, text));
}

/**
 * A list intro that states the right to know: "Depending on the circumstances, you have a right
 * to know:", "You may request that we disclose to you:". Its items ("the categories of third
 * parties to whom the personal information was sold") are what the right discloses
 * (§1798.115(a)), not an admission.
 */
const RIGHT_INTRO = /\bright\s{1,2}to\s{1,2}(?:request|know|ask|obtain|receive|access)\b|\b(?:request|ask)\s{1,2}(?:(?:that\s{1,2})?(?:we|us)\s{1,2}(?:to\s{1,2})?(?:disclose|tell|inform|provide)|to\s{1,2}(?:know|receive|obtain|access))\b/i;

/** Page markup a plain-text copy of a web page keeps ("<li>", "</div>"). */
const TAGS = /<\/?[A-Za-z][^<>]{0,200}>/g;
/** A block of such a copy that belongs to a list: an item, or the list's own markup ("<ul>", "</li>"). */
const HTML_LIST_PART = /^\s{0,8}<\/?(?:li|ul|ol)\b/i;

/**
 * The paragraph that introduces the list `block` belongs to (nothing for a block outside a
 * list), without its markup. In plain text copied from a web page the items are paragraphs
 * that open with "<li>".
 */
function listIntro(block: Block, blocks: readonly Block[]): string | undefined {
  const html = block.kind !== 'listItem' && HTML_LIST_PART.test(block.text);
  if (block.kind !== 'listItem' && !html) return undefined;
  for (let i = block.index - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const prev = blocks[i];
    if (!prev) return undefined;
    if (prev.kind === 'listItem') continue;
    const text = prev.text.replace(TAGS, '').trim();
    if (html && (!text || HTML_LIST_PART.test(prev.text))) continue;
    return text;
  }
  return undefined;
}

/** Is `block` an item of a list that states the right to know (its items disclose, they do not admit)? */
export function inRightToKnowList(block: Block, blocks: readonly Block[]): boolean {
  const intro = listIntro(block, blocks);
  return intro !== undefined && RIGHT_INTRO.test(intro);
}

export interface Hit {
  sentence: Sentence;
  start: number;
  end: number;
}

export interface SaleReading {
  sales: Hit[];
  sharings: Hit[];
  saleDenials: Hit[];
  sharingDenials: Hit[];
  /** Table cells saying yes/no under a "Sold" or "Shared" column. */
  tableSales: Hit[];
}

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/** One reading per document: three rules ask for it. */
const readings = new WeakMap<PolicyDocument, SaleReading>();

/** Reads every prose sentence for what it says about selling and sharing (read once per document). */
export function readSales(doc: PolicyDocument): SaleReading {
  let reading = readings.get(doc);
  if (!reading) {
    reading = read(doc);
    readings.set(doc, reading);
  }
  return reading;
}

/**
 * A right as the label of the business's own answer: "**Right to Opt-Out of Sale or Sharing:** We do not
 * sell or share personal information". The label names the right; the statement after it is the practice.
 */
const RIGHT_LABEL = /^[\s*_]{0,4}(?:the\s{1,2})?right\s{1,2}(?:to|of)\b[^.:;\n]{0,80}:[\s*_]{0,4}(?=(?:we|our|I)\b)/i;

function read(doc: PolicyDocument): SaleReading {
  const out: SaleReading = { sales: [], sharings: [], saleDenials: [], sharingDenials: [], tableSales: [] };
  const listStances = new Map<Block, ListStance | null>();
  const rightIntro = new Map<Block, boolean>();
  for (const sentence of doc.sentences) {
    const block = sentence.block;
    if (!isProseBlock(block)) continue;
    // A title glued to the sentence ("Selling and sharing\nWe don't sell …"), a right as a label ("Right to Opt-Out: We …")
    // and a "Q:" / "A:" label say nothing.
    const glued = gluedTitle(sentence.text);
    const unglued = glued ? ' '.repeat(glued.length) + sentence.text.slice(glued.length) : sentence.text;
    const raw = unglued.replace(RIGHT_LABEL, (m) => ' '.repeat(m.length));
    const text = blankQaLabel(blank(blank(raw, LINK_TITLE), DNT));
    let stance = listStances.get(block);
    if (stance === undefined) {
      stance = listStance(block, doc.blocks) ?? null;
      listStances.set(block, stance);
      rightIntro.set(block, inRightToKnowList(block, doc.blocks));
    }
    // The intro negates the item's first sentence ("We do not:" / "- Sell your data. We never have.").
    const first = sentence === block.sentences[0];
    const listNegated = stance === 'negated' && first;
    // A bare "Selling personal information" under "Financial incentives for:" states no practice.
    const bareUnaffirmed = first && stance !== 'affirmed' && bareItem(block, text);
    const negatedAt = (i: number): boolean => NEGATION.test(clauseBefore(text, i)) || (listNegated && i < 40 && !/[.;]/.test(text.slice(0, i)));
    const hedgedAt = (i: number): boolean => {
      const clause = clauseBefore(text, i);
      return HEDGE.test(clause) || OTHERS_SELL.test(clause) || RIGHT_BEFORE.test(text.slice(0, i));
    };
    // The law's voice hides an affirmation only; a denial inside it still denies ("Right to know if data is sold (we do not sell data)").
    const statute = STATUTE_VOICE.test(text) || rightIntro.get(block) === true;
    const lawAt = (i: number): boolean => statute || RIGHT_TO_KNOW_OBJECT.test(text.slice(0, i));
    // Table cells under a "Sold" / "Shared" column: "Yes" or "No".
    if (block.cell && !block.cell.header && block.cell.columnHeader && /\b(?:sold|sale|sell|shared|sharing)\b/i.test(block.cell.columnHeader)) {
      const shared = /\bshar/i.test(block.cell.columnHeader);
      const sold = /\b(?:sold|sale|sell)/i.test(block.cell.columnHeader);
      const hit = { sentence, start: 0, end: sentence.text.length };
      // A recipient column ("Sold to", "Shared with") names who received it: "Data brokers".
      const recipients = /\b(?:sold|sale|shared|sharing)\s{1,3}(?:to|with)\b/i.test(block.cell.columnHeader);
      if (/^\s*(?:yes|✓|✔|x)\b/i.test(text) || (recipients && /\p{L}/u.test(text) && !/^\s*(?:no|none|nobody|no\s+one|never|n\/a|not\s+(?:sold|shared|applicable))\b/i.test(text))) {
        if (sold) out.sales.push(hit);
        if (shared) out.sharings.push(hit);
        out.tableSales.push(hit);
        continue;
      }
      if (/^\s*(?:no|none|nobody|no\s{1,3}one|never|n\/a|not\s{1,3}(?:sold|shared)|[-–—])(?:\s*\.)?\s*$/i.test(text)) {
        if (sold) out.saleDenials.push(hit);
        if (shared) out.sharingDenials.push(hit);
        continue;
      }
    }
    // A question and its answer in one table row: "| Do we sell your data? | No |".
    if (block.cell && !block.cell.header && /^\s*(?:no|none|never|n\/a)(?:\s*\.)?\s*$/i.test(text)) {
      const row = block.cell.table.rows[block.cell.row] ?? [];
      const question = row.filter((c) => c !== block).map((c) => c.text).join(' ');
      const hit = { sentence, start: 0, end: sentence.text.length };
      if (/\b(?:sell|sells|sold|sale)\b/i.test(question)) out.saleDenials.push(hit);
      if (/\bshar(?:e|es|ed|ing)\b/i.test(question)) out.sharingDenials.push(hit);
    }
    // A question and its answer in prose: "**Do you sell my data?** No." (the question ends
    // the sentence before, in the same paragraph or on the line above).
    if (!block.cell && /^[\s*_]{0,12}(?:no|never|none)\b/i.test(text)) {
      // "Q: Do you sell my data? A: No.": the labels are layout.
      const asked = questionBefore(doc, sentence);
      const question = asked === undefined ? undefined : stripQaLabel(asked);
      // "Do you sell my data?", not "Can I opt out of the sale?".
      if (question && QUESTION_OF_PRACTICE.test(question) && !/\b(?:opt|rights?|request)/i.test(question)) {
        const hit = { sentence, start: 0, end: sentence.text.length };
        if (/\b(?:sell|sells|sold|sale)\b/i.test(question)) out.saleDenials.push(hit);
        if (/\bshar(?:e|es|ed|ing)\b/i.test(question)) out.sharingDenials.push(hit);
      }
    }
    // Affirmations ("Sharing for targeted advertising: No" is a denial, below).
    // A question ("Do we sell your data?") states nothing; nor does an answer of no.
    const answeredNo = NOT_APPLICABLE.test(text) || /\?\s*$/.test(text) || bareUnaffirmed;
    for (const pattern of answeredNo ? [] : SELL_AFFIRM) {
      for (const m of text.matchAll(pattern)) {
        // "sell no data", "data we do not need is sold": a negation inside the match too.
        if (negatedAt(m.index) || hedgedAt(m.index) || lawAt(m.index) || NEGATION.test(m[0]) || corporateTransfer(text, m.index)) continue;
        out.sales.push({ sentence, start: m.index, end: m.index + m[0].length });
        if (/\bshar/i.test(m[0])) out.sharings.push({ sentence, start: m.index, end: m.index + m[0].length });
      }
    }
    for (const pattern of answeredNo ? [] : SHARE_AFFIRM) {
      for (const m of text.matchAll(pattern)) {
        if (negatedAt(m.index) || hedgedAt(m.index) || lawAt(m.index)) continue;
        const inner = /\bshar|\badvertis|\bads\b/i.exec(m[0]);
        const at = m.index + (inner ? inner.index : 0);
        if (inner && (negatedAt(at) || hedgedAt(at))) continue;
        out.sharings.push({ sentence, start: m.index, end: m.index + m[0].length });
        if (/\b(?:sell|sold)\b/i.test(m[0])) out.sales.push({ sentence, start: m.index, end: m.index + m[0].length });
      }
    }
    // Denials.
    if (NOT_APPLICABLE.test(text)) {
      const m = /\b(?:sale|sell|selling|sold|sharing|shared|share)\b/i.exec(text);
      if (m) {
        const hit = { sentence, start: m.index, end: m.index + m[0].length };
        if (/\b(?:sale|sell|selling|sold)\b/i.test(text)) out.saleDenials.push(hit);
        if (/\bshar/i.test(text)) out.sharingDenials.push(hit);
      }
    }
    for (const m of text.matchAll(SELL_WORD)) {
      if (!negatedAt(m.index) || hedgedAt(m.index)) continue;
      const around = clauseBefore(text, m.index, 50) + clauseAfter(text, m.index, 80);
      if (!PI_OBJECT.test(around)) continue;
      out.saleDenials.push({ sentence, start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(SHARE_DENIAL_WORD)) {
      if (!negatedAt(m.index) || hedgedAt(m.index)) continue;
      const word = m[0].toLowerCase();
      const before = clauseBefore(text, m.index);
      const after = clauseAfter(text, m.index, 100);
      if (word.startsWith('shar')) {
        // "we do not sell or share", "we neither sell nor share", "we don't share your data for advertising",
        // "we do not share your personal information with (any) third parties" — said by us, of personal information in general.
        const sellOrShare = /\b(?:sell|sold|rent|trade)\b/i.test(before) || /^\w+\s{1,2}(?:,|or|nor|and)\s{1,2}(?:sell|sold)\b/i.test(text.slice(m.index));
        const forAds = /\badvertis|\bads\b|\bmarketing\s+purposes\b/i.test(after);
        const rest = text.slice(m.index);
        const blanket =
          (/\b(?:we|i|us)\b/i.test(before) &&
            /^\w+\s{1,2}(?:(?:your|any|the|users['’]?)\s{1,2})?(?:personal\s+)?(?:data|information|info)\s{1,2}(?:with|to)\s{1,2}(?:any\s+)?(?:other\s+)?(?:third\s+parties|third\s+party|anyone|others|other\s+companies|outside\s+parties)\b(?![^.;]{0,30}\b(?:except|other\s+than|unless|apart\s+from|beyond)\b)/i.test(rest)) ||
          // The passive: "Data that we collect isn't shared with any other third party".
          (/\b(?:data|information|info)\b/i.test(before) && PASSIVE_BLANKET.test(rest));
        if (!sellOrShare && !forAds && !blanket) continue;
      } else if (word.startsWith('advertis')) {
        // "We do not use your data for advertising", "no advertising cookies" — not "we do not host advertising".
        if (!/\b(?:data|information|cookies?|trackers?|tracking|identifiers|profil\w*|metrics)\b/i.test(before + after)) continue;
      }
      out.sharingDenials.push({ sentence, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

