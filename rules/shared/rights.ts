// How a policy states a data subject's right, shared by the rights rules of every pack
// (gdpr/ and popia/data-subject-rights; ccpa/consumer-rights uses its negation reading):
// where a block counts as being about rights, and when a phrase states a right rather than
// negating or withholding it.
// Each rule keeps its own lists of rights and headings; the reading is one.
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';
import { proseSentences, questionBefore } from '../../src/model/index.js';

/** The phrases of one right: those that state it anywhere, and those only in a rights context. */
export interface RightPhrases {
  anywhere: RegExp[];
  inContext: RegExp[];
}

/** What marks a rights section or a rights lead-in, per law. */
export interface RightsCues {
  heading: RegExp;
  cue: RegExp;
  /** The name of a right as a list item's label ("Access – …", "**Deletion:** …"); see {@link labelledRightsList}. */
  label?: RegExp;
}

/**
 * Negation just before a phrase, within its clause ("you cannot object", "there is no right to
 * portability"); "no longer" describes the data ("records no longer required destroyed").
 */
const NEGATION_BEFORE = /\b(?:not|never|cannot|no(?!\s{1,3}longer\b)|nor|neither|unable)\b|n't\b/i;

/**
 * A negation inside a relative clause about what the business holds ("whatever we don't need",
 * "records we no longer use"): it negates that clause, not the right that follows it.
 */
const RELATIVE_NEGATION =
  /\b(?:that|which|what|whatever|anything|everything|data|information|details|records?)\s{1,3}(?:we|I)\s{1,3}(?:do\s{1,3}not|don['’]t|never|cannot|can['’]t)\s{1,3}[\w-]{1,20}/gi;

export function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).replace(RELATIVE_NEGATION, '');
  // " and to " starts a new infinitive: "direct us not to sell it and to limit our use" limits.
  const cut = Math.max(...[',', ';', ':', '.', '(', ')', '\u2014', '\u2013', ' - ', ' and to '].map((c) => before.lastIndexOf(c)));
  return NEGATION_BEFORE.test(cut >= 0 ? before.slice(cut + 1) : before);
}

/** "The right to object does not apply to …", "Portability: not supported": a right the policy withholds. */
export const DENIED_AFTER =
  /^[^.;]{0,60}?\b(?:do(?:es)?\s+not|don't|doesn't|will\s+not|won't|cannot)\s+(?:apply|be\s+(?:available|honou?red|granted|exercised))\b|^\s{0,3}[:–—-]\s{0,3}(?:not\s{1,3}(?:supported|available|offered|provided)|unavailable|none|n\/a)\b/i;

/** "We do not collect any personal data/information": the rights have nothing to apply to. */
export const NO_PERSONAL_DATA =
  /^\s*(?:we|this\s+(?:site|app|website|service))\s+(?:do(?:es)?\s+not|don't|doesn't|never)\s+(?:collect|process|store|hold)\s+(?:any\s+)?personal\s+(?:data|information)(?:\s+(?:at\s+all|whatsoever|of\s+any\s+kind|about\s+(?:you|our\s+(?:users|visitors))))?\s*(?:[.!]\s*)?$/i;

function inRightsSection(section: Section | null, heading: RegExp): boolean {
  for (let s = section; s; s = s.parent) if (s.level > 0 && heading.test(s.title)) return true;
  return false;
}

/**
 * Is a list item one of a list of rights by its labels: at least three items of its list
 * begin with the name of a right ("- **Access** – ask what we hold", "- Deletion: …"), the
 * way a rights list is written without a heading or lead-in. One security list item
 * ("Access controls") does not make the list a rights list.
 */
export function labelledRightsList(block: Block, blocks: readonly Block[], label: RegExp): boolean {
  if (block.kind !== 'listItem') return false;
  let first = block.index;
  while (first > 0 && block.index - first < 40 && blocks[first - 1]?.kind === 'listItem') first--;
  let labelled = 0;
  for (let i = first; i < blocks.length && i - first < 60; i++) {
    const item = blocks[i];
    if (item?.kind !== 'listItem') break;
    if (label.test(item.text) && ++labelled >= 3) return true;
  }
  return false;
}

/**
 * A list item that asks something of the business about the reader's information, in plain
 * words ("- See what we have about you", "- Fix anything that's wrong", "- Ask us to delete
 * it", "- Tell us to stop using it"): three in one list make it a list of rights, though no
 * lead-in or heading says so.
 */
const PLAIN_REQUEST_ITEM =
  /^[\s*_]{0,4}(?:ask\s{1,3}(?:us\s{1,3})?(?:to\s{1,3}(?:see|show|correct|fix|update|delete|erase|remove|destroy|stop)|for\s{1,3}(?:a\s{1,3}copy|your\s{1,3}(?:data|information|details))|what|whether)|tell\s{1,3}us\s{1,3}(?:to\s{1,3}stop|not\s{1,3}to)|(?:see|view|check|know|find\s{1,3}out)\s{1,3}(?:what|which|everything)|get\s{1,3}a\s{1,3}copy|(?:fix|correct|update|amend)\s{1,3}(?:anything|everything|whatever|mistakes|errors|(?:your|my)\s{1,3}(?:personal\s{1,3})?(?:data|information|details))|have\s{1,3}(?:it|them|your\s{1,3}(?:data|information|details))\s{1,3}(?:corrected|deleted|erased|removed|destroyed)|(?:delete|erase|remove)\s{1,3}(?:it|them|your\s{1,3}(?:data|information|details))|object\s{1,3}to|stop\s{1,3}us)\b/i;

/**
 * The lead-in of a list written as bare lines, one item a line, without bullets ("you have the
 * right to:" then "Access your Personal Information." / "Object to or restrict processing …"):
 * Markdown reads the lines as one paragraph after the lead-in (plain text: one paragraph a line), not as list items. The lead-in
 * is the block just before that ends with a colon, also when it is a numbered heading's list
 * item ("13. Your Rights / Under POPIA … you have the right to:").
 */
export function bareListLeadIn(block: Block, blocks: readonly Block[]): Block | undefined {
  if (block.kind !== 'paragraph') return undefined;
  // Plain text reads each line as its own paragraph: walk back over the short lines before it.
  const line = (b: Block | undefined): boolean => b?.kind === 'paragraph' && b.text.length <= 120 && !b.text.includes('\n');
  if (!block.text.includes('\n') && !line(block)) return undefined;
  let i = block.index - 1;
  while (i > 0 && block.index - i < 12 && line(blocks[i]) && !/:\s{0,3}$/.test(blocks[i]?.text ?? '')) i--;
  const prev = blocks[i];
  if (!prev || prev.kind === 'code' || !/:\s{0,3}$/.test(prev.text)) return undefined;
  return prev;
}

/** The last line of a block: the lead-in's own words, not a heading glued above it. */
export function lastLine(text: string): string {
  return text.slice(text.trimEnd().lastIndexOf('\n') + 1);
}

/**
 * Is a block about rights by where it stands: in a rights section, in a table whose
 * header row says "right" or is a rights cue ("You may… | Legal basis"), in a list introduced by "You have the right to:" /
 * "you may request:" (also one written as bare lines), or in a list whose items are labelled with rights.
 */
export function rightsPlace(block: Block, blocks: readonly Block[], cues: RightsCues): boolean {
  if (inRightsSection(block.section, cues.heading)) return true;
  // A header row that says "right", or that leads the rows in like a list ("You may… | Legal basis").
  if (block.cell) {
    const header = block.cell.table.rows[0]?.map((c) => c.text).join(' ') ?? '';
    if (/\bright/i.test(header) || cues.cue.test(header)) return true;
  }
  const bare = bareListLeadIn(block, blocks);
  if (bare) return cues.cue.test(lastLine(bare.text));
  if (block.kind !== 'listItem') return false;
  if (cues.label && labelledRightsList(block, blocks, cues.label)) return true;
  if (labelledRightsList(block, blocks, PLAIN_REQUEST_ITEM)) return true;
  for (let i = block.index - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const prev = blocks[i];
    if (!prev) break;
    // A short "8. Your Rights" line that Markdown reads as a list item still heads the list.
    if (prev.kind === 'listItem') {
      if (prev.text.length < 60 && cues.heading.test(prev.text)) return true;
      continue;
    }
    return prev.kind !== 'code' && (cues.cue.test(prev.text) || cues.heading.test(prev.text));
  }
  return false;
}

/** The first phrase of a sentence that states the right, not negated or withheld. */
export function statedIn(right: RightPhrases, sentence: Sentence, context: boolean): { start: number; end: number } | undefined {
  const patterns = context ? [...right.anywhere, ...right.inContext] : right.anywhere;
  for (const pattern of patterns) {
    const m = pattern.exec(sentence.text);
    if (m && !negatedBefore(sentence.text, m.index) && !DENIED_AFTER.test(sentence.text.slice(m.index + m[0].length))) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * The rights in plain words, the same under every law (each rule keeps its law's own terms).
 * Counted only in a rights context (also the answer to a reader's question: "What can I do? …"), like the other loose words:
 *  - access: "ask us what we hold about you", "see the information we have", "I will show you what I store",
 *    "receive an exported file of the personal data we hold about you", "a right to see",
 *    "ask for your data", "ask us for a copy", "see your data", "show you the information we keep about you", "get insight into the data we hold", and in the reader's words "see what you hold about me",
 *    "Can I see what you hold?";
 *  - correction: "fix anything that is (that's) wrong", "update whatever is out of date", "get it corrected", "fix it", "have details put right";
 *  - erasure: "have (get) it wiped", "have your data removed", "have it corrected or deleted", "purge",
 *    "remove what we no longer need", "delete anything that is out of date or excessive";
 *  - restriction: "put processing on hold", "pause our use of it", "stop using it (for now) while we sort out a disagreement (a concern is looked into)", "rectify, erase or restrict it", "limit how we use it", "limit what we do with your data", "restrict its use",
 *    "limit our use and processing of your data",
 *    "restrict or object to our use of it";
 *  - portability: "take your data (take it) elsewhere / to another provider", "receive it in a structured format",
 *    "give it to you as a CSV (JSON) file", "a copy in a portable format", "… so you can pass it on";
 *  - objection: "tell us to stop using it", "say no to our use of it", "stop processing it if you object", "if you object …, I'll stop",
 *    "stop using your data for marketing".
 */
export const PLAIN_RIGHTS = {
  access: [
    /\b(?:see|view|review|inspect|check|ask(?:\s+(?:us|me))?|find\s+out|learn|know|show\s+you)\s+(?:what|which|everything|all)\s+(?:(?:personal\s+)?(?:data|information|details)\s+)?(?:we|I)(?:\s+(?:hold|have|keep|store|process|collect)|['’]ve\s{1,3}got|\s{1,3}have\s{1,3}got)\b/i,
    // "receive an exported file of the personal data we hold about you", "get a printout of your data".
    /\b(?:receive|get|obtain|request)\s{1,3}(?:an?\s{1,3})?(?:(?:exported|electronic|digital|full|complete)\s{1,3})?(?:file|export|archive|printout|print-out|summary|overview|report)\s{1,3}(?:of|with|containing)\s{1,3}(?:the|all|your|any)\s{1,3}(?:(?:the|your)\s{1,3})?(?:personal\s{1,3})?(?:data|information|details)\b/i,
    // Also given by the business: "show you the information we keep about you", "send you the records I hold".
    /\b(?:see|view|get|obtain|receive|show\s{1,3}you|send\s{1,3}you|give\s{1,3}you|provide\s{1,3}you\s{1,3}with)\s+(?:the\s+|your\s+|all\s+(?:the\s+)?)?(?:personal\s+)?(?:data|information|details|records?|files?)\s+(?:that\s+|which\s+)?(?:we|I)\s+(?:hold|have|keep|store)\b/i,
    /\bright\s+to\s+(?:see|view|inspect|obtain|get)\b/i,
    /\bask\s+(?:us\s+)?for\s+(?:a\s+copy\s+of\s+)?(?:your|the|all\s+(?:your|the))\s+(?:personal\s+)?(?:data|information|details)\b/i,
    /\bsee\s{1,3}(?:your|the|my)\s{1,3}(?:personal\s{1,3})?(?:data|information|details)\b/i,
    // "get insight into the data we hold about you": Dutch and Nordic English for access (inzage, innsyn).
    /\b(?:get|gain|obtain|have|request)\s{1,3}(?:an?\s{1,3})?insight\s{1,3}into\s{1,3}(?:the|your|my|what|which|all)\b/i,
    // "what we know (hold) about you", in a rights context: "Curious what we know about you? Just ask."
    /\bwhat\s{1,3}(?:(?:personal\s{1,3})?(?:data|information|details)\s{1,3})?(?:we|I)(?:\s{1,3}(?:know|hold|have|keep|store|have\s{1,3}got)|['’]ve\s{1,3}got)\s{1,3}(?:about|on)\s{1,3}you\b/i,
    // In the reader's words, also as a question: "see what you hold about me", "Can I see what you hold?".
    /\bask\s{1,3}(?:us\s{1,3}|me\s{1,3})?for\s{1,3}a\s{1,3}copy\b|\b(?:see|view|know|check)\s{1,3}what\s{1,3}you\s{1,3}(?:(?:hold|have|keep|store)\s{1,3}(?:about|on)\s{1,3}me\b|(?:hold|keep|store)\b)/i,
  ],
  correction: [
    /\b(?:fix|correct|update|amend|change)\w{0,3}\s+(?:anything|everything|whatever|what|any\s+(?:data|information|details))\s+(?:(?:that\s+|which\s+)?(?:is|are|was|seems?|looks?)\s+|(?:that|which)['’]s\s+)(?:\w+\s+)?(?:wrong|inaccurate|incorrect|out\s+of\s+date|outdated|incomplete|mistaken)\b/i,
    /\b(?:get|have)\s{1,3}(?:it|them|this|that|my\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3}(?:corrected|rectified|fixed|amended)\b/i,
    /\b(?:fix|correct|rectify|amend|update)\s{1,3}(?:it|them|(?:your|my)\s{1,3}(?:personal\s{1,3})?(?:data|information|details)|(?:any\s{1,3})?(?:mistakes|errors))\b/i,
    // "have inaccurate details put right", "put it right", "put right anything that is wrong".
    /\b(?:data|information|details|it|them|mistakes|errors)\s{1,3}(?:put|set)\s{1,3}right\b|\b(?:put|set)\s{1,3}right\s{1,3}(?:anything|everything|whatever|any\s{1,3}(?:mistakes|errors|inaccuracies))\b/i,
  ],
  erasure: [
    /\b(?:wip(?:e|ed|ing)|purg(?:e|ed|ing))\b/i,
    // s24(1) in plain words: "remove what we no longer need", "delete anything that is out of date or excessive".
    /\b(?:remove|delete|erase|destroy|get\s{1,3}rid\s{1,3}of)\s{1,3}(?:anything|everything|whatever|what|any\s{1,3}(?:data|information|details|records?))\s{1,3}(?:(?:that|which)\s{1,3})?(?:(?:we|I)\s{1,3}(?:no\s{1,3}longer|do\s{1,3}not|don['’]t)\s{1,3}need|(?:is|are)\s{1,3}(?:no\s{1,3}longer\s{1,3}(?:needed|necessary|required|relevant)|out\s{1,3}of\s{1,3}date|outdated|unnecessary|excessive|irrelevant))\b/i,
    /\b(?:have|get)\s+(?:it|them|this|that|(?:your|my)\s+(?:personal\s+)?(?:data|information|details))\s+(?:\w+\s+(?:or|and)\s+)?(?:deleted|removed|erased|wiped|destroyed)\b/i,
    // The record of the person gone: "have us forget you", "forget about you entirely", "get rid of your data", "destroy your records".
    /\bforget\s{1,3}(?:about\s{1,3})?(?:you|me|them|(?:your|my)\s{1,3}(?:personal\s{1,3})?(?:data|information|details|account))\b|\b(?:get\s{1,3}rid\s{1,3}of|destroy|shred)\s{1,3}(?:it|them|(?:all\s{1,3})?(?:your|my|their)\s{1,3}(?:personal\s{1,3})?(?:data|information|details|records?|file))\b/i,
  ],
  restriction: [
    // Also the data itself held back: "put it on hold while we look into a complaint", "put your records on hold".
    /\bput\s+(?:the\s+|any\s+|our\s+|its\s+)?(?:processing|use)\b[^.;]{0,20}?\bon\s+hold\b|\bput\s{1,3}(?:it|them|(?:your|my)\s{1,3}(?:personal\s{1,3})?(?:data|information|details|records?|file))\s{1,3}on\s{1,3}(?:hold|ice)\b|\b(?:processing|use)\s+(?:\w+\s+)?on\s+hold\b/i,
    // Also with a second verb sharing the object: "restrict or object to our use of it".
    // In the reader's question too: "Can I pause your use of it …?".
    /\b(?:pause|suspend|freeze)\w{0,2}\s{1,3}(?:our|the|its|any|your)\s{1,3}(?:use|processing)\b/i,
    // The verb alone with a pronoun in a list of rights: "ask us to rectify, erase or restrict it".
    /\brestrict\s{1,3}(?:it|them)\b(?!\s{1,3}(?:to|from)\b)/i,
    // A stop for a while (Art. 18(1)(a), (d): "pending the verification"): "stop using it while we sort out a disagreement".
    // Also "for now" or "temporarily" before the condition: "stop using it for now while a concern is looked into".
    /\b(?:stop|pause|suspend|halt)\w{0,3}\s{1,3}(?:using|processing|(?:the\s{1,3})?(?:use|processing)\s{1,3}of)\s{1,3}(?:it|them|(?:your|their)\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3}(?:(?:for\s{1,3}now|for\s{1,3}the\s{1,3}time\s{1,3}being|for\s{1,3}a\s{1,3}while|temporarily)\s{1,3})?(?:while|whilst|until|pending)\s{1,3}(?:(?:we|you|it|they|the|a|an|your|our|any)\s{1,3}){0,2}(?:[\w-]{1,15}\s{1,3}){0,2}?(?:disagreements?|disputes?|complaints?|concerns?|objections?|verif\w{0,8}|check\w{0,3}|resol\w{0,6}|settle\w{0,3}|sort\w{0,3}|review\w{0,3}|investigat\w{0,6}|decid\w{0,3}|accuracy|look\w{0,3}\s{1,3}into|consider\w{0,3}|assess\w{0,3}|examin\w{0,3}|dealt\s{1,3}with|deal\s{1,3}with|handl\w{0,3})\b/i,
    // A stop for a time only, with no condition: "stop using it for a while", "pause using it temporarily".
    /\b(?:stop|pause|suspend|halt)\w{0,3}\s{1,3}(?:using|processing)\s{1,3}(?:it|them|(?:your|my)\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3}(?:for\s{1,3}a\s{1,3}(?:while|time)|temporarily|for\s{1,3}the\s{1,3}time\s{1,3}being)\b/i,
    /\b(?:limit|restrict)\w{0,3}\s{1,3}(?:(?:or|and|and\/or)\s{1,3}(?:object|objecting|oppose|opposing)\s{1,3}to\s{1,3})?(?:how\s+we\s+(?:use|process|handle)|what\s+we\s+(?:do\s+with|use)\s+(?:it|them|your)|(?:its|their|the)\s+(?:use|processing)|(?:our\s+)?(?:use|processing)(?:\s{1,3}(?:and|or|and\/or)\s{1,3}(?:use|processing))?\s+of\s+(?:it|them|your))\b/i,
  ],
  portability: [
    // A format another system can read (Art. 20(1) "machine-readable"): "download it in a format another app can read",
    // "in a format a computer can read", "in a form other services can import", "in a machine-readable format".
    /\b(?:format|form|file)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:another|other|a|any|most)\s{1,3}(?:apps?|computers?|machines?|services?|providers?|programs?|software|systems?|companies|organi[sz]ations|platforms?)\s{1,3}(?:can|could|will\s{1,3}be\s{1,3}able\s{1,3}to)\s{1,3}(?:read|use|open|import|process|understand)\b|\bcomputer[- ]readable\b/i,
    // A file made to go elsewhere: "a CSV export to take elsewhere", "an export you can take to another service".
    // Also with what it is of: "get an export of it to take elsewhere".
    /\b(?:export|file|copy|download|archive)\w{0,2}\s{1,3}(?:of\s{1,3}(?:it|them|(?:your|their|the)\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3})?(?:(?:that|which)\s{1,3})?(?:(?:you|they)\s{1,3}(?:can|could|may)\s{1,3}|to\s{1,3})(?:take|move|carry|bring|transfer|reuse|re-use)\s{1,3}(?:(?:it|them)\s{1,3})?(?:elsewhere|with\s{1,3}(?:you|them)|to\s{1,3}(?:another|a\s{1,3}(?:new|different|other)))\b/i,
    /\b(?:receive|get|obtain)\s{1,3}(?:it|them|(?:your|the)\s{1,3}(?:personal\s{1,3})?(?:data|information))\s{1,3}in\s{1,3}a\s{1,3}(?:structured|portable|reusable|commonly[- ]used)\b/i,
    /\b(?:take|move|transfer|carry|bring)\s+(?:(?:your|the|their|all\s+your)\s+(?:personal\s+)?(?:data|information)|it|them)\s+(?:elsewhere|with\s+you|to\s+(?:another|a\s+different|a\s+new|a\s+competing))\b/i,
    // In a machine-readable format: "export it for you as a CSV", "give it to you as a JSON file".
    /\b(?:give|send|provide|export|hand)\w{0,3}\s{1,3}(?:it|them|(?:your|the)\s{1,3}(?:personal\s{1,3})?(?:data|information))\s{1,3}(?:(?:to|for)\s{1,3}you\s{1,3})?(?:as|in)\s{1,3}(?:an?\s{1,3})?(?:CSV|JSON|XML|machine[- ]readable)\b/i,
    // A copy for another provider: "ask for a copy in a portable format", "I can give you your data in a common electronic
    // format so you can pass it on", "so that you can take it to another photographer". (An electronic copy alone is access.)
    /\b(?:give|send|provide|export|hand|receive|get|obtain|ask\s{1,3}for)\w{0,3}\s{1,3}(?:you\s{1,3})?(?:it|them|a\s{1,3}copy|(?:your|the)\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3}(?:(?:to|for)\s{1,3}you\s{1,3})?(?:in|as)\s{1,3}(?:an?\s{1,3})?(?:portable|reusable|interoperable|structured)\b/i,
    // Also "(ask for it in) a file you can take to another practitioner".
    /\b(?:so\s{1,3}(?:that\s{1,3})?|(?:file|copy|format|export)\s{1,3}(?:that\s{1,3}|which\s{1,3})?)you\s{1,3}(?:can|could|may)\s{1,3}(?:pass|hand|take|give|send|move|transfer)\s{1,3}(?:(?:it|them|(?:the|your)\s{1,3}(?:data|information|details|file|copy))\s{1,3}(?:on\b|over\b|elsewhere\b|to\s{1,3}(?:another|a\s{1,3}(?:new|different|other))\b)|to\s{1,3}(?:another|a\s{1,3}(?:new|different|other))\b)/i,
  ],
  objection: [
    // Also asked of the reader, with another request before it: "Want us to erase your data or stop using it?".
    /\b(?:tell|ask|instruct|require|want|wish|would\s{1,3}you\s{1,3}like)\w{0,3}\s{1,3}us\s{1,3}to\s{1,3}(?:[^.;?]{0,40}?\b(?:or|and)\s{1,3})?stop\s{1,3}(?:using|processing|handling)\b/i,
    // What is done with the data, told as what happens to the person: "object to being contacted about roles",
    // "object to receiving offers", "object to us contacting you".
    /\bobject(?:ing)?\s{1,3}to\s{1,3}(?:being\s{1,3}(?:contacted|profiled|tracked|targeted|marketed\s{1,3}to|sent|included|called|emailed|e-mailed|texted)|receiving|(?:us|me)\s{1,3}(?:contacting|sending|emailing|e-mailing|calling|texting|profiling|tracking))\b/i,
    // "tell us you object and we'll stop", "let us know that you object".
    /\b(?:tell\s{1,3}us|let\s{1,3}us\s{1,3}know|inform\s{1,3}us)\s{1,3}(?:that\s{1,3})?you\s{1,3}object\b/i,
    /\bsay\s{1,3}no\s{1,3}to\s{1,3}(?:our|the|its|any)\s{1,3}(?:use|processing)\b/i,
    // "(we will) stop processing it if you object".
    /\bstop\w{0,3}\s{1,3}(?:using|processing)\b[^.;]{0,30}?\b(?:if|when|once|where)\s{1,3}you\s{1,3}object\b/i,
    // Direct marketing (Art. 21(2)), in a list of what the reader may ask: "(ask us to) stop using your data for marketing".
    /\bstop\w{0,3}\s{1,3}(?:using|processing)\s{1,3}(?:it|them|your\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3}for\s{1,3}(?:direct\s{1,3})?(?:marketing|advertising|profiling)\b/i,
    // The other order: "if you object to the way I use your information, … I'll stop (unless …)".
    /\b(?:if|when|once|where)\s{1,3}you\s{1,3}object\b[^.;]{0,80}?\b(?:I|we)(?:['’]ll|\s{1,3}will|\s{1,3}shall|\s{1,3}must)\s{1,3}stop\b/i,
  ],
} as const satisfies Record<string, readonly RegExp[]>;

/** How one policy states its rights: read once per document, asked once per right. */
export interface RightsReading {
  /** The prose sentences (not code or navigation). */
  sentences: Sentence[];
  /** "We do not collect any personal data": every right is then not applicable. */
  noData: Sentence | undefined;
  /** Where the policy states the right — the rights section first, where a reader looks — if it does. */
  find(right: RightPhrases): Range | undefined;
}

/**
 * A reader's question about what they may do ("Can I have it deleted?", "May I see my file?"), or
 * want ("Want to see what we've got on you?", "Would you like a copy?")…
 */
const CAN_I =
  /^\W{0,4}(?:(?:can|may|could)\s{1,3}(?:I|we)\b|(?:do\s{1,3}you\s{1,3})?(?:want|wish)\s{1,3}(?:to|it|them|us|your|a)\b|would\s{1,3}you\s{1,3}like\b|(?:are\s{1,3}you\s{1,3})?(?:curious|wondering)\b)[^?]{0,160}\?\W{0,4}$/i;
/**
 * …answered yes in the sentence after it: then it states what the reader may do; answered no, it
 * states nothing. "Just ask", "Tell us you …", "We'll fix it", "Tell us and we will" say yes too; a bare "Contact us." does not.
 */
const YES =
  /^\W{0,4}(?:yes|absolutely|certainly|of\s{1,3}course|sure|no\s{1,3}problem|just\s{1,3}(?:ask|tell\s{1,3}us|let\s{1,3}us\s{1,3}know|e-?mail\s{1,3}us|contact\s{1,3}us|write\s{1,3}to\s{1,3}us)|(?:tell\s{1,3}us|let\s{1,3}us\s{1,3}know)\s{1,3}(?:that\s{1,3})?you|we(?:['’]ll|\s{1,3}will)(?!\s{1,3}(?:not|never)\b)|(?:tell\s{1,3}us|let\s{1,3}us\s{1,3}know|ask(?:\s{1,3}us)?|e-?mail\s{1,3}us|contact\s{1,3}us|write\s{1,3}to\s{1,3}us)\s{1,3}and\s{1,3}we(?:['’]ll|\s{1,3}will|\s{1,3}shall)(?!\s{1,3}(?:not|never)\b))\b/i;
const NO = /^\W{0,4}no\b(?!\s{1,3}(?:problem|worries)\b)/i;

export function readRights(doc: PolicyDocument, cues: RightsCues): RightsReading {
  const sentences = proseSentences(doc);
  // The answer to each "Can I …?" question, found once: few sentences are one.
  const answers = new Map<Sentence, string>();
  sentences.forEach((s, i) => {
    if (CAN_I.test(s.text)) answers.set(s, sentences[i + 1]?.text ?? '');
  });
  const answer = (s: Sentence): string => answers.get(s) ?? '';
  const answeredYes = (s: Sentence): boolean => YES.test(answer(s));
  const placeOf = new Map<Block, boolean>();
  const inSection = (s: Sentence): boolean => {
    let known = placeOf.get(s.block);
    if (known === undefined) {
      known = rightsPlace(s.block, doc.blocks, cues);
      placeOf.set(s.block, known);
    }
    return known;
  };
  const ordered = [...sentences.filter((s) => inSection(s)), ...sentences.filter((s) => !inSection(s))];
  // A rights context: the place, the sentence's own cue, the reader's question it answers ("What can I do? See your data, …"),
  // or a question of what the reader may do answered yes ("Can I have it deleted? Yes.").
  const contextOf = new Map<Sentence, boolean>();
  const inContext = (s: Sentence): boolean => {
    let known = contextOf.get(s);
    if (known === undefined) {
      const question = questionBefore(doc, s);
      // Also the yes to a reader's question: "Spotted a mistake? We'll fix it."
      known = inSection(s) || cues.cue.test(s.text) || cues.cue.test(question ?? '') || answeredYes(s) || (question !== undefined && YES.test(s.text));
      contextOf.set(s, known);
    }
    return known;
  };
  return {
    sentences,
    noData: sentences.find((s) => NO_PERSONAL_DATA.test(s.text)),
    find(right) {
      for (const sentence of ordered) {
        if (NO.test(answer(sentence))) continue;
        const hit = statedIn(right, sentence, inContext(sentence));
        if (hit) return sentence.rangeOf(hit.start, hit.end);
      }
      return undefined;
    },
  };
}
