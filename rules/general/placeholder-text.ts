import { defineRule } from '../../src/engine/index.js';
import { isProseBlock, proseBlocks } from '../../src/model/index.js';
import type { PolicyDocument, TemplateSpan } from '../../src/model/index.js';

/**
 * Fill-in slots of policy templates and generators. Site-generator syntax such as
 * `{{ site.x }}` is not here: the document model already sets it apart from the prose.
 */
const SLOTS: RegExp[] = [
  /(?<![\w$%{])\{[A-Z][A-Z0-9_]{1,40}\}(?!\})/g, // {COMPANY}
  /%\{\w{1,40}\}[sd]?/g, // %{domain}s (Ruby/Rails i18n)
  /%\(\w{1,40}\)[sd]/g, // %(name)s (Python)
  /\b(?:YOUR|INSERT|ENTER)_[A-Z0-9_]{2,40}\b/g, // YOUR_COMPANY_NAME
  // ACME_COMPANY_NAME, SITE_CONTACT_EMAIL: a constant naming the business's own detail
  /(?<![{%$<[\w])(?:[A-Z0-9]{2,20}_){0,2}(?:COMPANY|BUSINESS|ORGANI[SZ]ATION|DPO|CONTACT|BRAND|LEGAL|ENTITY|OWNER|OPERATOR)_(?:[A-Z0-9]{2,20}_){0,2}(?:NAME|ADDRESS|EMAIL|E_MAIL|PHONE|URL|DOMAIN)(?![}%>\]\w])/g,
  /\[your-?(?:domain|company|website|site|business|brand|app)(?:[-_ ]?name)?\]/gi, // privacy@[yourdomain].com
  /\b(?:[\w.+-]{1,40}@)?your-?(?:domain|company|website|site|business|email)\.(?:com|net|org|co\.uk)\b/gi, // you@yourdomain.com
  /\b__(?!(?:DIR|FILE|LINE|CLASS|FUNCTION|METHOD|NAMESPACE|TRAIT|COMPILER_HALT_OFFSET)__)[A-Z][A-Z0-9_]{1,40}__\b/g, // __COMPANY_NAME__, not PHP's __DIR__ or C's __FILE__
  /<<[^<>\n]{1,60}>>/g, // <<Company>>
  /<\s*(?:insert|enter|add|your|company|organi[sz]ation|business|name|address|date|email)\b[^<>\n]{0,60}>/gi, // <insert company name>
];

/** Markers of unfinished work. Upper case only: "todo" in prose is a word. */
const MARKERS: RegExp[] = [
  /\b(?:TODO|TBD|TBC|FIXME|TKTK)\b/g,
  // "1-800-XXX-XXXX" is one marker; "XXXX XXXX XXXX 4821", "XXX-XX-1234" are masked numbers (see MASKED)
  /\bX{3,}(?:[- .]X{2,}){0,5}\b/g,
  /\bXX(?=\s*(?:days?|months?|years?|hours?|%))/g,
  /_{4,}/g,
  // "Email: ............" — a blank to fill in after a label, never a table of contents' leader (a page number follows those)
  /(?<=:[ \t]{0,3})(?:\.{5,}|…{2,})(?=[ \t]*(?:$|\n))/g,
];

const LOREM = /\blorem ipsum\b/gi;

/** After a run of X's, the digits a masked card, account or ID number shows: "XXXX XXXX XXXX 4821". */
const MASKED = /^[- .]\d{2,4}\b/;

/**
 * The reader's own fields in a merge tag ("Hi {{ first_name }}"): filled for each recipient when a
 * message is sent, never a slot the policy's author forgot. The business's fields (`company_name`) are slots.
 */
const RECIPIENT_FIELD = /^(?:(?:first|last|full|given|family|sur|nick|display|user|customer|member|subscriber|recipient)[_ -]?name|[fl]name|(?:subscriber|recipient|customer|member)(?:[_ -]?(?:e-?mail|id))?)$/i;

/**
 * Slots known by their name, group 1: `${COMPANY}`, `%COMPANY_NAME%`, `ADDRESS_HERE` — when the
 * name is a fill-in thing. `${HOME}` in a CLI's policy is an environment variable.
 */
const NAMED_SLOTS: RegExp[] = [/\$\{(\w{1,40})\}/g, /%([A-Z][A-Z0-9_]{2,40})%(?![\w%])/g, /\b([A-Z][A-Z0-9_]{1,40})_HERE\b/g];

// ---- `{{ name }}`: a slot left for the author, or a variable the site generator fills ----------

/** `{{APP_NAME}}`, `{{ company_name }}`, `{{ insert company name }}`; group 1 is the name. */
const DOUBLE_BRACES = /\{\{\s*([A-Za-z_][\w\s.'’-]{0,60}?)\s*\}\}/g;
/**
 * A name written the way code names a variable: lower-case first, no spaces (`title`,
 * `websiteUrl`, `company.legal_name`). SCREAMING_CASE (`COMPANY_NAME`), Title Case or words
 * (`insert company name`) are how templates mark what the author must write.
 */
const VARIABLE_NAME = /^[a-z_][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+){0,6}$/;
/** Roots of the generators' own variables (Jekyll, Eleventy, Hugo, Pelican, Jinja): never a slot. */
const GENERATOR_ROOT = /^(?:site|page|layout|include|params|jekyll|paginator|content|env|config|metadata|collections|eleventy|theme|post|article|self|request|settings|data|loop|forloop)\b/;
/**
 * A Pelican or MultiMarkdown metadata header: `Key: value` lines opening the file, up to the
 * first blank line (`Title: Privacy Policy`). Its keys are the page's variables.
 */
const METADATA_LINE = /^([A-Za-z][\w-]{0,30}):[ \t]+\S/;

/**
 * The variables a document shows it has: any code-style name when the document is a site
 * generator's source (front matter, or generator syntax such as `{{ page.title }}` or
 * `{% include %}` elsewhere in it), else only the keys of its metadata header.
 */
interface Variables {
  generator: boolean;
  declared: Set<string>;
}

/** A dotted path and nothing else (`company.legal_name`, `COMPANY.EMAIL`): the model sets it apart as generator syntax. */
const PLAIN_PATH = /^[A-Za-z_][\w-]{0,40}(?:\.[A-Za-z_][\w-]{0,40}){1,6}$/;

function pathOf(t: TemplateSpan): string | null {
  if (t.kind !== 'liquid-output') return null;
  const inner = t.raw.slice(2, -2).replace(/^-|-$/g, '').trim();
  return PLAIN_PATH.test(inner) && !GENERATOR_ROOT.test(inner) ? inner : null;
}

/** Generator syntax for certain: a tag, a shortcode, a filter, a generator's own variable. */
function isGeneratorSpan(t: TemplateSpan): boolean {
  return pathOf(t) === null;
}

function variablesOf(doc: PolicyDocument): Variables {
  const declared = new Set<string>();
  for (const field of doc.frontMatter?.fields ?? []) declared.add(field.key.toLowerCase());
  if (!doc.frontMatter) {
    for (const line of doc.source.slice(0, 2000).split(/\r?\n/)) {
      const m = METADATA_LINE.exec(line);
      if (!m) break;
      declared.add((m[1] as string).toLowerCase());
    }
  }
  return { generator: doc.frontMatter !== null || doc.templates.some(isGeneratorSpan), declared };
}

/** A `{{ name }}` the site generator fills at build time, not a slot the author forgot. */
function isBuildVariable(name: string, variables: Variables): boolean {
  if (!VARIABLE_NAME.test(name)) return false;
  return variables.generator || variables.declared.has(name.toLowerCase());
}

/** Notes a template's author left for whoever fills it in. */
const TEMPLATE_NOTES: RegExp[] = [
  // "This policy is a sample", "This is a template"; a bare "this is an example" is prose ("… urls (this is an example: http://…)")
  /\bthis (?:privacy )?(?:policy|notice|document|page) is (?:only )?(?:a |an )?(?:template|sample|example|draft)\b|\bthis is (?:only )?(?:a |an )?(?:template|sample|draft)\b/i,
  /\b(?:should|must) be (?:reviewed|checked|approved) by (?:a |an |your |qualified )*(?:legal counsel|counsel|lawyers?|attorneys?|solicitors?|legal (?:professional|advisor|adviser|team)s?)\b/i,
  /\b(?:replace|customi[sz]e|adapt|edit) (?:this|the) (?:template|placeholder|sample|text below|text above)\b/i,
  /\bsample privacy (?:policy|notice)\b/i,
  // "(Note to drafter: remove this section if …)", "Drafting note:", "[delete as appropriate]";
  // an instruction to delete opens its sentence or bracket, so "We may delete this paragraph if …" is prose
  /\b(?:notes?|guidance|instructions?|comments?)\s+(?:to|for)\s+(?:the\s+)?(?:drafters?|draftspersons?|draftsm[ae]n|template\s+users?|preparers?)\b/i,
  /\bdrafting\s+(?:notes?|tips?|guidance|instructions?)\b/i,
  // "Please insert your company's contact details here": the business's details, to be written in
  /(?:^|[([:]\s{0,2}|\bplease\s+)(?:insert|add|fill\s+in|paste)\s+(?:your|the)\s+(?:company|business|organi[sz]ation|firm|website|app|brand)(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?(?:here|below|above)\b/i,
  /(?:^|[([:]\s{0,2}|\bplease\s+)(?:delete|remove|omit)\s+(?:this|the\s+(?:following|above|preceding))\s+(?:section|clause|paragraph|sentence|wording|text|option|bullet)\s+(?:if|where|unless|when)\s+(?:the|your|you)\b/i,
  /\b(?:delete|select|choose)\s+as\s+(?:appropriate|applicable)\b/i,
  // A free template's terms and instructions: "You are free to copy and use this free website privacy
  // policy", "Copy everything from below here:", "Remove any parts of the policy that do not apply."
  /\b(?:you\s+are|you['’]re)\s+free\s+to\s+(?:copy|use|adapt|modify)\b[^.]{0,40}?\bthis\s+(?:free\s+)?(?:website\s+)?(?:privacy\s+)?(?:policy|notice|template)\b/i,
  /\bcopy\s+everything\s+(?:from\s+)?(?:below|above)\b/i,
  /(?:^|[([:;]\s{0,2})(?:remove|delete)\s+any\s+(?:parts?|sections?|clauses?|paragraphs?)\s+(?:of\s+(?:this|the)\s+(?:policy|notice|template)\s+)?that\s+(?:do|does)\s+not\s+apply\b/i,
  // "Template notice.", "Template note:": a label over a note to the template's user
  /(?:^|[*_>\s])template\s+(?:notice|notes?|instructions?|guidance)\b\W{0,4}(?:$|[.:*_])/i,
  // The template about itself: "This template is provided for guidance only", "This sample is intended as a starting point".
  /\bthis\s+(?:template|sample|precedent|model\s+(?:policy|notice))\s+(?:is|has\s+been)\s+(?:only\s+)?(?:provided|intended|offered|supplied|made\s+available|designed)\b/i,
  // Instructions to fill it in: "Replace the highlighted sections with your organisation's details", "Complete the bracketed fields".
  /\b(?:replace|fill\s+in|complete|update|amend|tailor|adapt|edit)\s+(?:all\s+)?(?:the\s+|any\s+)?(?:highlighted|bracketed|yellow|marked|blank|placeholder)\s+(?:sections?|text|fields?|parts?|words?|areas?|spaces?|items?|wording)\b/i,
  // "… before publishing this notice on your website": an instruction to whoever adopts the template.
  /\bbefore\s+(?:publishing|using|adopting|posting|uploading|issuing)\s+(?:this|the)\s+(?:template|notice|policy|document)\s+(?:on|to)\s+your\b/i,
];

/**
 * Every slot, marker, filler and bracket above needs one of these characters or words: a
 * block without any (most of a policy) skips the patterns.
 */
const MAY_HOLD_LEFTOVER = /[[{%$<_«…]|XX|\.{5}|TODO|TBD|TBC|FIXME|TKTK|lorem ipsum|your-?(?:domain|company|website|site|business|email)\./i;
/** Same for the template notes. */
const MAY_HOLD_NOTE =
  /template|here|below|above|sample|example|draft|placeholder|preparer|text (?:below|above)|(?:reviewed|checked|approved) by|(?:delete|remove|omit) (?:this|the)|as (?:appropriate|applicable)|free to|copy everything|not apply|precedent|model (?:policy|notice)|highlighted|bracketed|yellow|marked|blank|before (?:publishing|using|adopting|posting|uploading|issuing)/i;

const BRACKETED = /\[([^[\]\n]{1,80})\](?![(:[])/g;
/** A bracketed slot inside a link target (no lookahead: `mailto:[Insert email]` ends the target). */
const URL_SLOT = /\[([^[\]\n]{1,80})\]/g;
/** "[X] months", "[N] days": an unfilled number of a period (a lone "[x]" is otherwise a check box). */
const NUMBER_SLOT = /\[(?:[xXnN#]{1,3})\](?=\s{0,2}(?:days?|weeks?|months?|years?|hours?|%))/g;
/** A word processor's mail-merge field: «Name of Information Officer», «CompanyName». */
const MERGE_FIELD = /«([^«»\n]{1,80})»/g;
/** One CamelCase or Snake_Case token: a merge field's name, never a quoted word. */
const FIELD_NAME = /^[A-Z][a-z]{1,20}(?:_?[A-Z][a-z]{1,20}){1,4}\d{0,2}$/;
/** Bracketed text that is not a slot: check boxes, footnotes, an e-mail obfuscator's leftover. */
const NOT_A_SLOT = /^(?:\s*(?:[xX✓]\s*)?|\^?\d+|[a-z]|email[\s\u00a0]+protected)$/i;
const INSTRUCTION = /^\s*(?:insert|enter|add|fill in|replace|describe|specify|provide|list|explain|tbd|tbc|todo)\b/i;
/** A value promised for later: "[To be provided]", "[Legal address to be confirmed]", "[To be appointed if …]". */
const TO_BE_DONE =
  /\bto be (?:provided|confirmed|determined|decided|appointed|added|inserted|completed|filled|announced|defined|supplied|specified|named|advised)\b/i;
/** A value not there yet: "[Pending]", "KvK: [Pending Registration]", "[TBA]", "[Awaiting approval]", "[Not yet assigned]", "[Coming soon]". */
const PENDING = /^\s{0,2}(?:pending|awaiting|tba|to\s{1,2}follow|coming\s{1,2}soon|not\s{1,2}yet\s{1,2}(?:assigned|registered|issued|available|known|appointed|confirmed))\b[^.!?]{0,40}$/i;
const SLOT_NOUN =
  /\b(?:name|company|business|organi[sz]ation|entity|address|street|city|state|province|zip|post ?code|postal|country|date|e-?mail|phone|telephone|fax|number|website|url|link|hyperlink|form|domain|app|product|service|jurisdiction|dpo|officer|representative|contact|amount|period|days|months|years)\b/i;
const SMALL_WORDS = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'for', 'to', 'in', 'on', '&', '/', '-']);

/** Every word capitalised ("Company Name", "City, State, ZIP"): a slot, not prose addressed to the reader. */
function isTitleOrUpperCase(inner: string): boolean {
  const words = inner.split(/[\s,/]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** A law-firm template's blank: "[●]", "[•]". */
const BULLET_BLANK = /^\s{0,2}[●•■◼]{1,3}\s{0,2}$/;
/** A field name alone, in lower case too: "[phone number]", "[email address]", "[date]" (never "[your …]", which the reader fills in). */
const FIELD =
  '(?:(?:company|business|organi[sz]ation|legal|registered|full|street|postal|e-?mail|phone|telephone|contact|website|dpo|first|last|effective|post)\\s){0,3}(?:name|address|e-?mail|phone(?:\\snumber)?|number|date|url|website|city|state|country|zip|post\\s?code|amount|period)';
/** …or two of them offered as alternatives: "[contact email or website]", "[phone / e-mail]". */
const FIELD_PHRASE = new RegExp(`^${FIELD}(?:\\s{0,2}(?:\\bor\\b|\\band\\b|/)\\s{0,2}${FIELD})?$`, 'i');

/** What the reader is told to write ("subject line: Request – [name]"): a lower-case field there is theirs to fill. */
const READER_WRITES = /\b(?:subject|heading|title|quote|reference|format|example|e\.g\.|template|write|state|include|mark)\b|\byour\s{0,2}$/i;

/**
 * A slot named as an example of template syntax: "Merge tags such as {{first_name}} let us greet
 * you", "placeholders like [Name]". The service describes its own feature; nothing is unfilled.
 */
const MENTIONED_BEFORE =
  /\b(?:merge\s{1,3}(?:tags?|fields?)|placeholders?|variables?|tags?|tokens?|shortcodes?|personali[sz]ation\s{1,3}(?:tags?|fields?))\s{1,3}(?:\(?\s{0,2}(?:such\s{1,3}as|like|e\.g\.,?|for\s{1,3}example,?|including)|[:(])\s{0,3}$/i;
/** Between two slots of one list of examples: "{{first_name}}, {{city}} and {{plan}}". */
const LIST_JOIN = /^\s{0,3}(?:,|\/|or|and|,\s{0,2}(?:and|or))\s{0,3}$/i;

/** `before`: the text just before the bracket, to tell a reader's form field from a template slot. */
export function isBracketSlot(inner: string, before = ''): boolean {
  if (BULLET_BLANK.test(inner)) return true;
  if (NOT_A_SLOT.test(inner)) return false;
  if (FIELD_PHRASE.test(inner) && (/^[\p{Lu}\d]/u.test(inner) || !READER_WRITES.test(before))) return true;
  if (INSTRUCTION.test(inner) || TO_BE_DONE.test(inner) || PENDING.test(inner)) return true;
  return isTitleOrUpperCase(inner) && SLOT_NOUN.test(inner);
}

export default defineRule({
  meta: {
    id: 'placeholder-text',
    description: 'No template leftovers: fill-in slots, TODO markers, lorem ipsum or notes to the template user.',
    reference: 'GDPR Art. 12(1) and Art. 13(1)(a); Cal. Civ. Code §1798.130(a)(5); POPIA s18(1)',
    jurisdictions: 'all',
    defaultSeverity: 'error',
    options: {
      allow: {
        type: 'string[]',
        default: [],
        description: 'Exact texts that look like placeholders but are meant (e.g. "[Your Account ID]").',
      },
    },
    messages: {
      slot: {
        text: 'Template placeholder "{text}" was never filled in.',
        suggestion: 'Replace it with the real value.',
      },
      marker: {
        text: 'Unfinished-work marker "{text}" left in the policy.',
      },
      lorem: {
        text: 'Filler text "{text}" left in the policy.',
      },
      note: {
        text: 'A note to the template\'s user was left in the published policy: "{text}"',
        suggestion: 'Have the policy reviewed, then remove the note.',
      },
    },
  },
  check(context) {
    const allowed = new Set(context.options.allow);
    const doc = context.document;
    let variables: Variables | undefined;
    const vars = (): Variables => (variables ??= variablesOf(doc));
    // `{{ company.legal_name }}` is dotted like a generator's variable, so the model leaves it
    // out of the prose; in a document with no sign of a generator it is a slot all the same.
    for (const t of doc.templates) {
      const path = pathOf(t);
      // `{{ subscriber.first_name }}`, `{{ contact.FIRSTNAME }}`: a mailing tool's recipient field.
      if (path === null || allowed.has(t.raw) || isBuildVariable(path, vars()) || RECIPIENT_FIELD.test(path.split('.').pop() ?? '')) continue;
      context.report({ messageId: 'slot', data: { text: t.raw }, at: t.range });
    }
    for (const block of proseBlocks(doc)) {
      const text = block.text;
      if (!MAY_HOLD_LEFTOVER.test(text)) continue;
      let mentionedEnd = -1;
      /** A slot named as an example, or the next one in its list: the list runs on past it. */
      const mentioned = (start: number, end: number): boolean => {
        const before = text.slice(Math.max(0, start - 60), start);
        if (!MENTIONED_BEFORE.test(before) && !(mentionedEnd >= 0 && mentionedEnd <= start && LIST_JOIN.test(text.slice(mentionedEnd, start)))) return false;
        mentionedEnd = end;
        return true;
      };
      // Spans already reported in this block: "[TBD upon launch]" is one slot, not a slot and a marker.
      const reported: Array<[number, number]> = [];
      const report = (messageId: string, start: number, end: number): void => {
        const found = text.slice(start, end);
        if (allowed.has(found)) return;
        if (messageId === 'slot' && mentioned(start, end)) return;
        if (reported.some(([s, e]) => start < e && s < end)) return;
        reported.push([start, end]);
        context.report({ messageId, data: { text: found }, at: block.rangeOf(start, end) });
      };
      const each = (pattern: RegExp, messageId: string): void => {
        for (const m of text.matchAll(pattern)) report(messageId, m.index, m.index + m[0].length);
      };
      for (const m of text.matchAll(BRACKETED)) {
        if (isBracketSlot(m[1] ?? '', text.slice(Math.max(0, m.index - 60), m.index))) report('slot', m.index, m.index + m[0].length);
      }
      // Guillemets also quote in French or German text: only a slot-like inside counts.
      for (const m of text.matchAll(MERGE_FIELD)) {
        const inner = m[1] ?? '';
        if (isBracketSlot(inner, text.slice(Math.max(0, m.index - 60), m.index)) || FIELD_NAME.test(inner)) report('slot', m.index, m.index + m[0].length);
      }
      for (const pattern of NAMED_SLOTS) {
        for (const m of text.matchAll(pattern)) {
          const name = m[1] ?? '';
          if (SLOT_NOUN.test(name.replace(/_/g, ' ')) && !RECIPIENT_FIELD.test(name)) report('slot', m.index, m.index + m[0].length);
        }
      }
      for (const m of text.matchAll(DOUBLE_BRACES)) {
        const name = (m[1] ?? '').trim();
        if (RECIPIENT_FIELD.test(name)) mentioned(m.index, m.index + m[0].length);
        else if (!isBuildVariable(name, vars())) report('slot', m.index, m.index + m[0].length);
      }
      for (const pattern of [...SLOTS, NUMBER_SLOT]) each(pattern, 'slot');
      for (const pattern of MARKERS) {
        for (const m of text.matchAll(pattern)) {
          const end = m.index + m[0].length;
          if (m[0].startsWith('XXX') && MASKED.test(text.slice(end, end + 6))) continue;
          report('marker', m.index, end);
        }
      }
      each(LOREM, 'lorem');
    }
    // A slot left in a link's target ("[email us](mailto:[Insert privacy email])", an
    // `<a href="mailto:[Insert …]">`): the reader clicks it, though the text looks filled.
    for (const link of doc.entities.links) {
      let url = link.url;
      try {
        url = decodeURIComponent(url);
      } catch {
        // A malformed escape: read the target as written.
      }
      for (const m of url.matchAll(URL_SLOT)) {
        if (allowed.has(m[0]) || link.block.text.includes(m[0]) || !isBracketSlot(m[1] ?? '', '')) continue;
        context.report({ messageId: 'slot', data: { text: m[0] }, at: link.range });
      }
    }
    // A template note is reported once, as the whole sentence that holds it.
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block) || !MAY_HOLD_NOTE.test(sentence.text)) continue;
      if (!TEMPLATE_NOTES.some((p) => p.test(sentence.text))) continue;
      if (allowed.has(sentence.text)) continue;
      const text = sentence.text.length > 60 ? `${sentence.text.slice(0, 57)}…` : sentence.text;
      context.report({ messageId: 'note', data: { text }, at: sentence });
    }
  },
});
