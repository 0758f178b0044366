import { defineRule } from '../../src/engine/index.js';
import { findSections, isProseBlock, missingAt, proseSentences } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { referenceTo, HOW_TO_EXERCISE } from './shared/cross-reference.js';

// ---- where methods are given -------------------------------------------------------------

/** Headings of a California section ("CCPA Rights (California Users)", "California Privacy Notice"). */
const CALIFORNIA_HEADING = /\b(?:CCPA|CPRA|California)\b/i;

/** Headings where a reader looks for how to make a request ("How to exercise your rights", "Contact us", "Your rights"). */
const REQUEST_HEADING =
  /\b(?:exercis\w{0,3}|submit\w{0,4}|mak(?:e|ing))\b[^\n]{0,30}\b(?:rights?|requests?)\b|\brequests?\b|\b(?:your|consumer|privacy|California|CCPA)\s+(?:privacy\s+)?rights\b|\bcontact(?:ing)?\b|\bget\s+in\s+touch\b/i;

/** A sentence that is about contacting the business or making a request. */
const REQUEST_CUE =
  /\b(?:request(?:s|ed|ing)?|exercis(?:e|es|ing)|submit(?:s|ting)?|contact(?:ing)?\s+us|reach\s+us|write\s+(?:to|us\s+at)|call\s+us|send\s+us|email\s+us|e-mail\s+us|get\s+in\s+touch|questions?)\b/i;

/**
 * What the business collects when the consumer uses a form or writes ("When you submit a
 * contact form, we collect: …"): a statement of collection, which designates no way to make a
 * request unless it speaks of one (REQUEST_WORD).
 */
const COLLECTS_WHEN_YOU =
  /\b(?:when|if|whenever|once)\s{1,3}you\b[^.;]{0,120}?\bwe\s{1,3}(?:(?:may|will|also|automatically|only)\s{1,3}){0,2}(?:collect|receive|obtain|gather|record|store|process|keep|ask\s{1,3}for)\b/i;
const REQUEST_WORD = /\b(?:requests?|exercis\w{1,4}|rights?|opt(?:s|ing)?[- ]?out|delet\w{1,4}|correct(?:ion)?|know)\b/i;

/** A sentence about submitting a request, where a link is the place to submit it. */
const SUBMIT_CUE = /\b(?:submit|make|exercise)\w{0,3}\b[^.;]{0,40}?\brequests?\b|\brequests?\b[^.;]{0,30}?\b(?:at|via|through|using)\b/i;

// ---- one documented list of phrasings per method ----------------------------------------

type MethodId = 'email' | 'phone' | 'webform' | 'account' | 'mail' | 'in-person';

/** Method names for messages. */
const METHOD_NAMES: Record<MethodId, string> = {
  email: 'e-mail',
  phone: 'telephone',
  webform: 'web form',
  account: 'account settings',
  mail: 'postal mail',
  'in-person': 'in person',
};

/**
 * Phrases that designate a method only in a request context (a sentence about requests or
 * contact, or a section headed "Contact us", "How to exercise your rights", …): "mailing
 * address" or "telephone number" in a list of collected categories is no method.
 * E-mail addresses and telephone numbers themselves count anywhere.
 */
const METHOD_PHRASES: Record<MethodId, RegExp[]> = {
  email: [/\b(?:e-?mail(?:ing)?\s+us|by\s+e-?mail|via\s+e-?mail|send\s+(?:us\s+)?(?:an?\s+)?e-?mail|e-?mail\s+(?:us\s+)?at)\b/i],
  phone: [
    /\b(?:call(?:ing)?\s+us|by\s+(?:tele)?phone|via\s+(?:tele)?phone|toll[- ]free|telephone\s+(?:number|line|us|at)|phone\s+(?:number|line|us|at)|dial(?:s|l?ing)?|(?:tele)?phone\s+hotline|hotline|free(?:phone|fone)|help\s?line|call\s+(?:our|the)\s+(?:\w+\s+){0,2}?(?:line|number|team|cent(?:er|re)))\b/i,
  ],
  webform: [
    /\b(?:web\s?form|online\s+(?:request\s+)?form|(?:privacy\s+|data\s+|consumer\s+)?request\s+form|contact\s+form|interactive\s+form|(?:privacy|consumer|data(?:\s+subject)?)\s+(?:request\s+)?(?:portal|cent(?:er|re))|request\s+portal)\b/i,
    // An employee, member or customer portal: "through the HR portal", "via our member portal".
    /\b(?:through|via|on|using|in|at)\s{1,3}(?:the|our|your|their)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:portal|self-service\s{1,3}site)\b/i,
    /\bsubmit\w{0,3}\s+(?:a|your)\s+request\s+(?:online|through\s+(?:our|the)\s+(?:website|site|form)|via\s+(?:our|the)\s+(?:website|site|form)|at\s+(?:https?:\/\/|www\.))/i,
    // "fill out the form on our Privacy Rights page", "use the online form", "our privacy request page".
    /\b(?:fill(?:ing)?\s+(?:in|out)|complet(?:e|ing)|submit\w{0,3}|us(?:e|ing))\s+(?:the|our|a|this)\s+["“']?(?:[\w-]+["”']?\s+){0,2}?form\b|\bform\s+on\s+(?:our|the)\s+(?:web\s?site|site|app)\b|\b(?:privacy|rights|request|opt-out)\s+(?:request\s+|rights\s+)?(?:page|web\s?page)\b/i,
    // A web address with a path, given in a request context: "by visiting example.com/privacy/requests".
    /\b(?:visit(?:ing)?|go(?:ing)?\s+to|at|via|through|using|on)\s+(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,}\/[\w/.-]{1,100}/i,
  ],
  account: [
    /\b(?:account|privacy)\s+settings\b|\bprivacy\s+dashboard\b|\bself-service\s+(?:tool|portal|option)s?\b|\b(?:in|through|via)\s+(?:the|our)\s+(?:app|mobile\s+app|dashboard)\b|\bin-app\b/i,
    // A menu path: "Settings → Privacy → Download My Data", "Profile > Delete my account".
    /\b[A-Z][\w&]{1,20}\s{0,2}(?:→|›|->|>)\s{0,2}[A-Z]/,
  ],
  mail: [
    /\b(?:by|via|through)\s+(?:postal\s+|regular\s+|U\.?S\.?\s+)?mail\b|\bwrite\s+(?:to\s+us|us\s+at)\b|\bmailing\s+address\b|\bpostal\s+(?:address|mail)\b|\bby\s+post\b|\bby\s+letter\b/i,
    // A postal address given where requests are made ("contact us at privacy@… or at Acme LLC,
    // 12 N Main St, Springfield, IL 62701"): a street with its number, a P.O. box, or a US state and ZIP code.
    /\b\d{1,6}\s(?:[NSEW]\.?\s)?(?:[A-Z][a-z]{1,20}\s){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Road|Rd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b|\bP\.?\s?O\.?\s{1,2}Box\s{1,2}\d|,\s[A-Z]{2}\s{1,2}\d{5}(?:-\d{4})?\b/,
  ],
  'in-person': [
    /\bin\s+person\b|\b(?:at|visit)\s+(?:any\s+of\s+)?our\s+(?:stores?|branch(?:es)?|retail\s+locations?)\b/i,
    // "by delivering a written request to the front office of any school", "hand it in at reception".
    /\b(?:deliver\w{0,3}|hand\w{0,3}\s{1,3}in|bring\w{0,3}|drop\w{0,3}\s{1,3}off)\b[^.;]{0,40}?\b(?:to|at)\s{1,3}(?:the\s{1,3}|our\s{1,3}|any\s{1,3})?(?:front\s{1,3}office|offices?|reception|front\s{1,3}desk|schools?|stores?|branch(?:es)?|clinics?|practice)\b/i,
  ],
};

/** A North American telephone number: "1-800-555-0100", "(415) 555 0100", "+1 866.555.0100"; a vanity number only as "1-8xx-LETTERS". */
const PHONE_NUMBER = /(?:\+?1[\s.-]{0,2})?\(?\b([2-9]\d{2})\)?[\s.-]{1,2}\d{3}[\s.-]\d{4}\b|\b1[\s.-](8\d\d)[\s.-][A-Z]{3}[\s.-]?[A-Z]{4}\b/;
/** US toll-free area codes (47 C.F.R. §52.101(f)): 800, 833, 844, 855, 866, 877, 888. */
const TOLL_FREE_CODES = new Set(['800', '833', '844', '855', '866', '877', '888']);
const TOLL_FREE_WORD = /\btoll[- ]free\b|\bfree(?:phone|fone)\b|\bfree\s+(?:of\s+charge\s+)?(?:hotline|phone\s+line|number|call)\b|\bcall\s+(?:us\s+)?free\s+of\s+charge\b/i;

/**
 * "We operate exclusively online", "an online-only business": §1798.130(a)(1)(A) then
 * requires only an e-mail address.
 */
const ONLINE_ONLY =
  /\b(?:operat\w{0,3}|do(?:es)?\s+business|conduct\w{0,3}\s+(?:our\s+)?business|are|is)\s+(?:an?\s+)?(?:exclusively|solely|only|entirely|purely|wholly)\s+(?:an?\s+)?online\b|\b(?:exclusively|solely|entirely|purely|wholly)[- ]online\s+(?:business|service|company|platform)\b|\bonline[- ]only\s+(?:business|service|company|platform)\b/i;

/** What the two hints for a business that may be online-only suggest. */
const ONLINE_ONLY_SUGGESTION =
  'If the business operates exclusively online and has a direct relationship with consumers, say so (or set the `onlineOnly` option); otherwise add a toll-free telephone number.';

/**
 * Signs that the business deals with consumers offline, so that it cannot rely on the exception for a business
 * that "operates exclusively online" (§1798.130(a)(1)(A)): stores, shops, branches, clinics, restaurants, offices
 * open to the public, "in store", "in person", "visit us at", a call centre, orders by phone or mail. "Our server
 * stores data" is no store: stores count in the plural after "our", or as retail or physical stores.
 */
const OFFLINE =
  /\b(?:in[- ]store|in[- ]person|visit\s{1,2}us\s{1,2}at|walk[- ]in)\b|\b(?:retail|brick[- ]and[- ]mortar|physical)\s{1,2}(?:stores?|shops?|locations?|premises|outlets?|branch(?:es)?)\b|\b(?:our|any\s{1,2}of\s{1,2}our)\s{1,2}(?:stores|shops|branches|branch\s{1,2}offices|clinics?|restaurants?|showrooms?|outlets|pharmac(?:y|ies)|hotels?|dealerships?|gyms?)\b|\boffices?\s{1,2}(?:are\s{1,2})?open\s{1,2}to\s{1,2}the\s{1,2}public\b|\bcall\s{1,2}cent(?:er|re)s?\b|\b(?:tele)?phone[- ]orders?\b|\b(?:mail|catalog(?:ue)?)[- ]orders?\b|\border\w{0,3}\s{1,2}by\s{1,2}(?:tele)?phone\b|\bpoint[- ]of[- ]sale\b/i;

/**
 * A method as the label of a list item or of a table row's first cell ("- **By phone:** …",
 * "- Online – the form in Account > Privacy", "Mail | 10 Elm St"). Plain text keeps the
 * emphasis marks.
 */
const METHOD_LABELS: ReadonlyArray<[MethodId, RegExp]> = [
  ['webform', /^[\s*_]{0,4}(?:by\s+|via\s+)?(?:online|internet|web(?:\s?form|site|\s+portal)?|(?:online\s+|web\s+|request\s+)?form)\b/i],
  ['mail', /^[\s*_]{0,4}(?:by\s+|via\s+)?(?:(?:postal|regular|U\.?S\.?)\s+)?(?:mail|post|letter)\b/i],
  ['phone', /^[\s*_]{0,4}(?:by\s+|via\s+)?(?:(?:toll[- ]free\s+)?(?:tele)?phone|call)\b/i],
  ['email', /^[\s*_]{0,4}(?:by\s+|via\s+)?e-?mail\b/i],
  ['in-person', /^[\s*_]{0,4}in[- ]person\b/i],
];
/** After a list item's label: its separator ("Online:", "**By phone:**", "Mail –"). */
const LABEL_END = /^[\s*_]{0,4}(?:\([^)]{0,30}\)[\s*_]{0,4})?(?:[-–—:|]|$)/;
/** Something only a list of methods holds, not a list of the data collected ("Email: your address"): "by phone", a table headed "Method", a number, address or link. */
const METHOD_LIST_CUE = /^[\s*_]{0,4}(?:by|via)\b|\b(?:methods?|channels?|how\s+to|requests?|contact)\b|\d{3}[\s.-]\d{4}\b|@|\bwww\.|https?:\/\/|\.(?:com|org|net)\//i;

/** The method a list item, a first table cell or a line is labelled with, and the label's length. */
function labelOf(text: string, cell: boolean): { id: MethodId; end: number } | undefined {
  for (const [id, label] of METHOD_LABELS) {
    const m = label.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    if (cell ? /^[\s*_]{0,4}(?:\([^)]{0,30}\)[\s*_]{0,4})?$/.test(rest) : LABEL_END.test(rest)) return { id, end: m[0].length };
  }
  return undefined;
}

function methodLabel(block: Block): { id: MethodId; end: number } | undefined {
  if (block.kind !== 'listItem' && block.cell?.column !== 0) return undefined;
  return labelOf(block.text, block.cell !== undefined);
}

/**
 * Labelled lines of one paragraph, broken by hard line breaks rather than list markers
 * ("**Online:** example.com/requests" / "**Email:** privacy@…" / "**Mail:** …"): each line is an item.
 */
function labelledLines(block: Block): Array<{ id: MethodId; at: Range; line: string }> {
  if (block.kind !== 'paragraph' || !block.text.includes('\n')) return [];
  const out: Array<{ id: MethodId; at: Range; line: string }> = [];
  let offset = 0;
  for (const line of block.text.split('\n')) {
    const label = labelOf(line, false);
    if (label) out.push({ id: label.id, at: block.rangeOf(offset, offset + line.length), line });
    offset += line.length + 1;
  }
  return out;
}

/**
 * Methods given as a list or table of labelled ways to reach the business: two or more
 * items or rows (or lines of one paragraph) labelled with a method, one of them with a
 * contact detail (or the list says "by …", or the table header names methods).
 */
function labelledMethods(doc: PolicyDocument): Array<{ id: MethodId; at: Range }> {
  const out: Array<{ id: MethodId; at: Range }> = [];
  let group: Array<{ id: MethodId; block: Block }> = [];
  let cue = false;
  let key: unknown;
  const flush = (): void => {
    if (group.length >= 2 && cue) for (const g of group) out.push({ id: g.id, at: g.block.rangeOf(0, g.block.text.length) });
    group = [];
    cue = false;
  };
  for (const block of doc.blocks) {
    const lines = labelledLines(block);
    if (lines.length >= 2 && lines.some((l) => METHOD_LIST_CUE.test(l.line))) for (const l of lines) out.push({ id: l.id, at: l.at });
    if (block.kind !== 'listItem' && !block.cell) continue;
    // One group per table, or per run of list items.
    const k = block.cell ? block.cell.table : (doc.blocks[block.index - 1]?.kind === 'listItem' ? key : block);
    if (k !== key) flush();
    key = k;
    const row = block.cell ? block.cell.table.rows[block.cell.row]?.map((c) => c.text).join(' | ') ?? '' : block.text;
    if (block.cell?.header) {
      if (METHOD_LIST_CUE.test(row)) cue = true;
      continue;
    }
    const label = methodLabel(block);
    if (!label) continue;
    group.push({ id: label.id, block });
    if (METHOD_LIST_CUE.test(row)) cue = true;
  }
  flush();
  return out;
}

// ---- reading the document ----------------------------------------------------------------

/** A cell under a column of data categories ("Category of personal information", "Data collected"). */
function dataColumn(block: Block): boolean {
  const header = block.cell?.columnHeader;
  return header !== undefined && /\b(?:categor(?:y|ies)|personal\s+information|data|information\s+(?:we\s+)?collect\w{0,2})\b/i.test(header) && !/\b(?:methods?|how|contact|requests?)\b/i.test(header);
}

function requestSection(block: Block): boolean {
  for (let s: Block['section'] | null = block.section; s; s = s.parent) if (s.level > 0 && (REQUEST_HEADING.test(s.title) || CALIFORNIA_HEADING.test(s.title))) return true;
  return false;
}

interface Found {
  at: Range;
  tollFree: boolean;
}

/** Where a reader looks for how to make a request: the California section, else a request or rights section, else line 1. */
function requestSectionAt(doc: PolicyDocument): Range {
  const california = findSections(doc, CALIFORNIA_HEADING)[0];
  if (california?.heading) return california.heading.range;
  return missingAt(doc, REQUEST_HEADING);
}

export default defineRule({
  meta: {
    id: 'ccpa/request-methods',
    description:
      'The policy gives two or more designated methods for requests to know, delete and correct, including a toll-free telephone number (an e-mail address suffices for a business that operates exclusively online).',
    reference: 'Cal. Civ. Code §1798.130(a)(1)(A), §1798.130(a)(5)(A); 11 CCR §7011(e)(3)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      onlineOnly: {
        type: 'boolean',
        default: false,
        description:
          'The business operates exclusively online and has a direct relationship with the consumers whose personal information it collects (Cal. Civ. Code §1798.130(a)(1)(A)): an e-mail address is enough. Use it when the policy does not say so itself.',
      },
    },
    messages: {
      tooFewMethods: {
        text: 'The policy designates {count} method(s) for submitting requests to know, delete or correct ({methods}); Cal. Civ. Code §1798.130(a)(1)(A) requires two or more, including a toll-free telephone number.',
        severity: 'error',
        suggestion:
          'List at least two ways to submit a request, e.g. a toll-free number and an e-mail address or web form. A business that operates exclusively online and has a direct relationship with consumers may give only an e-mail address — say so in the policy.',
      },
      noEmail: {
        text: 'The policy says the business operates exclusively online but gives no e-mail address for submitting requests to know, delete or correct (Cal. Civ. Code §1798.130(a)(1)(A)).',
        severity: 'error',
        suggestion: 'Give an e-mail address at which consumers can submit requests, or two or more other methods.',
      },
      emailOnly: {
        text: 'The policy designates only an e-mail address for requests to know, delete or correct. Cal. Civ. Code §1798.130(a)(1)(A) requires two or more methods, including a toll-free telephone number, unless the business operates exclusively online and has a direct relationship with consumers.',
        severity: 'info',
        suggestion: ONLINE_ONLY_SUGGESTION,
      },
      noTollFreeOnline: {
        text: 'The policy gives no toll-free telephone number for requests to know, delete or correct ({methods} only). Cal. Civ. Code §1798.130(a)(1)(A) requires one unless the business operates exclusively online and has a direct relationship with consumers.',
        severity: 'info',
        suggestion: ONLINE_ONLY_SUGGESTION,
      },
      noTollFree: {
        text: 'The policy gives no toll-free telephone number for requests to know, delete or correct ({methods} only), and does not say the business operates exclusively online (Cal. Civ. Code §1798.130(a)(1)(A)).',
        severity: 'warning',
        suggestion:
          'Add a toll-free telephone number for requests, or — if the business operates exclusively online and has a direct relationship with consumers — say so (or set the `onlineOnly` option).',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const sentences = proseSentences(doc);
    const found = new Map<MethodId, Found>();
    const add = (id: MethodId, at: Range, tollFree = false): void => {
      const known = found.get(id);
      if (!known) found.set(id, { at, tollFree });
      else if (tollFree && !known.tollFree) found.set(id, { at, tollFree });
    };
    let onlineOnly: Sentence | undefined;
    // Whether anything says the business deals with consumers offline (not "we have no physical stores").
    let offline = false;

    for (const email of doc.entities.emails) if (email.block.kind !== 'code' && email.block.kind !== 'navigation') add('email', email.range);
    // A link in a sentence about submitting a request ("Submit a request at https://…/privacy-request") is a web form.
    for (const url of doc.entities.urls) {
      if (!isProseBlock(url.block)) continue;
      const sentence = url.block.sentences.find((s) => s.range.start.offset <= url.range.start.offset && url.range.end.offset <= s.range.end.offset);
      if (sentence && SUBMIT_CUE.test(sentence.text)) add('webform', url.range);
    }
    for (const { id, at } of labelledMethods(doc)) add(id, at);
    for (const sentence of sentences) {
      if (!onlineOnly && ONLINE_ONLY.test(sentence.text)) onlineOnly = sentence;
      if (!offline) {
        const o = OFFLINE.exec(sentence.text);
        offline = o !== null && !/\b(?:no|not|never|without|nor)\b|n['’]t\b/i.test(sentence.text.slice(Math.max(0, o.index - 40), o.index));
      }
      const phone = PHONE_NUMBER.exec(sentence.text);
      if (phone) {
        const tollFree = TOLL_FREE_CODES.has(phone[1] ?? phone[2] ?? '') || TOLL_FREE_WORD.test(sentence.text);
        add('phone', sentence.rangeOf(phone.index, phone.index + phone[0].length), tollFree);
      }
      const inContext = REQUEST_CUE.test(sentence.text) || requestSection(sentence.block);
      // A table of the data collected ("Contact information (such as your phone number)") designates no method,
      // nor does what is collected through a form ("When you submit a contact form, we collect:").
      if (!inContext || dataColumn(sentence.block)) continue;
      if (COLLECTS_WHEN_YOU.test(sentence.text) && !REQUEST_WORD.test(sentence.text)) continue;
      for (const [id, patterns] of Object.entries(METHOD_PHRASES) as Array<[MethodId, RegExp[]]>) {
        for (const pattern of patterns) {
          const m = pattern.exec(sentence.text);
          // "We do not accept requests by phone": not a method.
          if (m && !/\b(?:not|never|no|cannot)\b|n't\b/i.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) {
            // A phone phrase without a number ("call us") is a method, but names no toll-free number.
            add(id, sentence.rangeOf(m.index, m.index + m[0].length));
            break;
          }
        }
      }
    }

    const methods = [...found.keys()];
    const names = methods.map((id) => METHOD_NAMES[id]).join(', ') || 'none';
    for (const [id, f] of found) context.evidence({ item: `request method: ${METHOD_NAMES[id]}`, status: 'met', at: f.at });
    const declaredOnline = onlineOnly !== undefined || context.options.onlineOnly;
    const tollFree = found.get('phone')?.tollFree === true;
    const at = requestSectionAt(doc);

    if (declaredOnline) {
      context.evidence({ item: 'business operates exclusively online (Cal. Civ. Code §1798.130(a)(1)(A))', status: 'met', ...(onlineOnly ? { at: onlineOnly } : {}) });
      if (found.has('email') || methods.length >= 2) return;
      context.evidence({ item: 'e-mail address for requests', status: 'missing' });
      context.report({ messageId: 'noEmail', at });
      return;
    }
    if (methods.length < 2) {
      // "See the “Your rights” section of our Privacy Policy … and how to exercise them": given there.
      const reference = referenceTo(doc, HOW_TO_EXERCISE);
      if (reference) {
        context.evidence({ item: 'two or more designated request methods (Cal. Civ. Code §1798.130(a)(1)(A))', status: 'met', at: reference.at });
        return;
      }
      context.evidence({ item: 'two or more designated request methods (Cal. Civ. Code §1798.130(a)(1)(A))', status: 'missing' });
      // An e-mail address alone may be all an online-only business owes: a hint, unless it deals with consumers offline.
      if (methods.length === 1 && found.has('email') && !offline) context.report({ messageId: 'emailOnly', at });
      else context.report({ messageId: 'tooFewMethods', data: { count: methods.length, methods: names }, at });
      return;
    }
    context.evidence({ item: 'two or more designated request methods (Cal. Civ. Code §1798.130(a)(1)(A))', status: 'met' });
    if (tollFree) {
      context.evidence({ item: 'toll-free telephone number', status: 'met', at: found.get('phone')?.at ?? at });
      return;
    }
    context.evidence({ item: 'toll-free telephone number', status: 'missing' });
    context.report({ messageId: found.has('email') && !offline ? 'noTollFreeOnline' : 'noTollFree', data: { methods: names }, at });
  },
});
