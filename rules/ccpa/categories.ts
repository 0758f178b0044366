import { defineRule } from '../../src/engine/index.js';
import { blocksIn, isNegated, isProseBlock, missingAt, questionBefore } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';

// Cal. Civ. Code §1798.110(c)(1) and §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(A): the privacy
// policy lists the categories of personal information the business has collected about
// consumers in the preceding 12 months.
//
// Categories are recognised where a reader meets them: in a sentence with a collecting
// verb ("We collect your name, e-mail address and IP address"), in a section about what is
// collected ("Information We Collect", "Categories of Personal Information"), in a list
// introduced by such a sentence ("We automatically collect:"), or in a table. Every
// quantifier below is bounded.

/**
 * Categories of personal information, one list: the enumerated categories of Cal. Civ.
 * Code §1798.140(v)(1)(A)–(L) and the plain-language items policies use for them ("name,
 * email, IP address"). "Data", "information" and "personal information" alone are not
 * categories.
 */
const CATEGORY = new RegExp(
  String.raw`\b(?:` +
    [
      // §1798.140(v)(1)(A)–(L), by their statutory names.
      String.raw`(?:personal\s{1,3}|unique\s{1,3}|online\s{1,3}|device\s{1,3}|advertising\s{1,3}|mobile\s{1,3}|government(?:-issued)?\s{1,3})?identifiers?`,
      String.raw`customer\s{1,3}records|protected\s{1,3}classifications?|characteristics\s{1,3}of\s{1,3}protected`,
      String.raw`commercial\s{1,3}information|biometric\s{1,3}(?:information|data|identifiers)`,
      String.raw`internet\s{1,3}(?:or\s{1,3}other\s{1,3})?(?:electronic\s{1,3}|similar\s{1,3})?network\s{1,3}activity|(?:internet|network|online|browsing|app)\s{1,3}activity`,
      String.raw`geolocation(?:\s{1,3}data)?|(?:precise\s{1,3}|approximate\s{1,3})?location\s{1,3}(?:data|information)|(?:precise|approximate|general|coarse|GPS|device)\s{1,3}location`,
      String.raw`(?:audio|visual|thermal|olfactory|sensory)\s{1,3}(?:information|data|recordings?)|(?:call|voice|video)\s{1,3}recordings?`,
      String.raw`professional\s{1,3}(?:or\s{1,3}employment[- ]related\s{1,3})?information|employment[- ]related\s{1,3}information|employment\s{1,3}history|job\s{1,3}titles?`,
      String.raw`education(?:al)?\s{1,3}(?:information|history|records)|inferences|sensitive\s{1,3}personal\s{1,3}information`,
      // Plain-language items.
      String.raw`(?:full\s{1,3}|first\s{1,3}|last\s{1,3}|real\s{1,3}|display\s{1,3}|user\s{0,3}|account\s{1,3}|company\s{1,3}|organi[sz]ation\s{1,3}|business\s{1,3})?names?|aliases|usernames?`,
      String.raw`e-?mail(?:\s{1,3}address(?:es)?)?|(?:postal|mailing|home|billing|shipping|street|physical)\s{1,3}address(?:es)?|(?:tele)?phone(?:\s{1,3}numbers?)?|mobile\s{1,3}numbers?`,
      String.raw`contact\s{1,3}(?:details|information|info|data)|IP\s{1,3}address(?:es)?|MAC\s{1,3}address(?:es)?|device\s{1,3}(?:information|data|IDs?|type)|browser\s{1,3}(?:type|information|data|version)`,
      String.raw`(?:operating\s{1,3}system|OS)\s{1,3}(?:version|type)|cookie\s{1,3}(?:data|IDs?|identifiers)|account\s{1,3}(?:information|details|data|credentials)|credentials|passwords?`,
      String.raw`(?:payment|billing|financial|bank(?:ing)?|credit\s{1,3}card|card)\s{1,3}(?:information|details|data|numbers?)|(?:purchase|order|transaction)\s{1,3}(?:history|records|information|data|details)|purchases|transactions`,
      String.raw`(?:browsing|search|viewing)\s{1,3}history|usage\s{1,3}(?:data|information|logs?|metrics)|log\s{1,3}(?:data|files|information)|(?:API\s{1,3}call|access|server|error)\s{1,3}logs|clickstream|page\s{1,3}views|(?:pages|websites|sites|screens)\s{1,3}(?:(?:that\s{1,3})?you\s{1,3})?(?:visit(?:ed)?|view(?:ed)?|browse[d]?)|links\s{1,3}you\s{1,3}click`,
      String.raw`social\s{1,3}security\s{1,3}numbers?|SSNs?|driver['’]?s\s{1,3}licen[cs]e(?:\s{1,3}numbers?)?|passport(?:\s{1,3}numbers?)?|date\s{1,3}of\s{1,3}birth|birth\s{0,3}dates?|gender|ethnicity|race`,
      String.raw`signatures?|photo(?:graph)?s|profile\s{1,3}(?:information|data|pictures?|photos?)|demographic\s{1,3}(?:information|data)|preferences|(?:health|medical)\s{1,3}(?:information|data)`,
      String.raw`(?:OAuth|access|refresh|API)\s{1,3}(?:tokens?|keys?)|API\s{1,3}keys?|customer\s{1,3}support\s{1,3}(?:communications|messages|tickets)|communications\s{1,3}with\s{1,3}us`,
    ].join('|') +
    String.raw`)\b`,
  'gi',
);

/** Verbs that say personal information is collected, held or used. */
const COLLECT =
  /\b(?:collect\w{0,3}|gather\w{0,3}|learn(?:s|ed|t)?(?!\s{1,3}more)|obtain\w{0,3}|receiv\w{0,3}|record\w{0,3}|log(?:s|ged)?|captur\w{0,3}|stor(?:e|es|ed|ing)|process\w{0,3}|hold|holds|held|request\w{0,3}|ask\s{1,3}(?:you\s{1,3})?for|use[sd]?|provide[sd]?|submit\w{0,3}|enter\w{0,3}|give|gives)\b/i;

/**
 * Headings of a section about what is collected: "Information We Collect", "What data do we
 * collect?", "Categories of Personal Information", "Personal information we hold",
 * "Types of data".
 */
const COLLECT_HEADING =
  /\b(?:collect\w{0,3}|gather\w{0,3})\b|\bcategor(?:y|ies)\s{1,3}of\s{1,3}(?:personal\s{1,3})?(?:information|data)\b|\btypes?\s{1,3}of\s{1,3}(?:personal\s{1,3})?(?:information|data)\b|\b(?:information|data)\s{1,3}(?:that\s{1,3})?we\s{1,3}(?:hold|process|receive|have|obtain|store)\b|\bwhat\s{1,3}(?:personal\s{1,3})?(?:information|data)\b|\bwhat\s{1,3}we\s{1,3}(?:learn|know|find\s{1,3}out|hold|keep|get|receive|record)\s{1,3}(?:about|from)\s{1,3}you\b|\b(?:information|data|details)\s{1,3}(?:about\s{1,3}you|you\s{1,3}(?:give|provide|share|send)(?:\s{1,3}(?:us|to\s{1,3}us))?)\s{0,3}$/i;

/** A table column that lists categories. */
const CATEGORY_COLUMN = /\bcategor(?:y|ies)\b|\btypes?\b|\b(?:personal\s{1,3})?(?:information|data)\b|\bexamples?\b|\bwhat\s{1,3}we\s{1,3}collect\b/i;

/**
 * The period of §1798.130(a)(5)(B): "in the preceding 12 months", "during the past twelve
 * (12) months", "over the last year".
 */
const TWELVE_MONTHS =
  /\b(?:preceding|past|last|prior|previous)\s{1,3}(?:(?:12|twelve)(?:\s{0,2}\(12\))?[- ]months?|year)\b|\b(?:12|twelve)(?:\s{0,2}\(12\))?[- ]months?\s{1,3}(?:preceding|prior\s{1,3}to|before)\b/i;


/** The first category term in `text` that is not negated ("we do not collect your SSN"). */
function categoryIn(text: string): { index: number; length: number } | undefined {
  CATEGORY.lastIndex = 0;
  for (let m = CATEGORY.exec(text); m; m = CATEGORY.exec(text)) {
    if (!isNegated(text, m.index)) return { index: m.index, length: m[0].length };
  }
  return undefined;
}

/** A collecting verb in `text` that is not negated. */
function collects(text: string): boolean {
  const re = new RegExp(COLLECT.source, 'gi');
  for (const m of text.matchAll(re)) if (!isNegated(text, m.index)) return true;
  return false;
}

/** Is the section, or one of its ancestors, about what is collected? */
function inCollectSection(section: Section): boolean {
  for (let s: Section | null = section; s && s.level > 0; s = s.parent) if (COLLECT_HEADING.test(s.title)) return true;
  return false;
}

/** The paragraph that introduces a list item ("We automatically collect:"), if any. */
function leadIn(doc: PolicyDocument, block: Block): Block | undefined {
  for (let i = block.index - 1; i >= 0 && i >= block.index - 40; i--) {
    const prev = doc.blocks[i] as Block;
    if (prev.kind === 'listItem') continue;
    return prev.kind === 'paragraph' && prev.section === block.section ? prev : undefined;
  }
  return undefined;
}

/** A line short enough to be a heading, without a full stop ("**Information We Collect**"). */
const SHORT_LINE = /^[^.!\n]{3,60}[?:]?$/;

/**
 * Is the block under a heading written as a line of its own that is about what is
 * collected? Plain paragraphs in Markdown ("Information We Collect" with no "#").
 */
function underCollectLine(doc: PolicyDocument, block: Block): boolean {
  for (let i = block.index - 1; i >= 0 && i >= block.index - 12; i--) {
    const prev = doc.blocks[i] as Block;
    if (prev.section !== block.section || prev.kind === 'heading') return false;
    if (prev.kind === 'paragraph' && SHORT_LINE.test(prev.text.trim())) return COLLECT_HEADING.test(prev.text);
  }
  return false;
}

/**
 * Does the sentence answer a question about what is collected, asked just before it in
 * the same paragraph or the line above ("**What personal information have you collected
 * about me?** Contact details, device identifiers and order history.")?
 */
function answersCollectQuestion(doc: PolicyDocument, sentence: Sentence): boolean {
  const q = questionBefore(doc, sentence);
  return q !== undefined && (COLLECT_HEADING.test(q) || collects(q));
}

/**
 * A category found, and whether it stands where a reader looks for the list (a section, line,
 * question or lead-in about what is collected, or a sentence that says so itself: "Categories
 * of personal information collected: identifiers, …") rather than in a sentence that merely
 * has a collecting verb ("If you are under 18, do not provide … your name").
 */
interface Found {
  at: Range;
  listed: boolean;
}

/** Where the policy names categories of personal information, in document order. */
function findCategories(doc: PolicyDocument): Found[] {
  const out: Found[] = [];
  const push = (at: Range, listed = true): void => void out.push({ at, listed });
  for (const sentence of doc.sentences) {
    const block = sentence.block;
    if (!isProseBlock(block)) continue;
    const hit = categoryIn(sentence.text);
    if (!hit) continue;
    const at = sentence.rangeOf(hit.index, hit.index + hit.length);
    if (block.cell) {
      if (!block.cell.header && CATEGORY_COLUMN.test(block.cell.columnHeader ?? '')) push(at);
      else if (inCollectSection(block.section)) push(at);
      continue;
    }
    if (block.kind === 'heading') {
      // A sub-heading "Device information" under "Information We Collect".
      if (block.section.parent && inCollectSection(block.section.parent) && blocksIn(block.section).length > 1) push(at);
      continue;
    }
    if (inCollectSection(block.section)) {
      push(at);
      continue;
    }
    if (collects(sentence.text)) {
      push(at, COLLECT_HEADING.test(sentence.text));
      continue;
    }
    if (underCollectLine(doc, block) || answersCollectQuestion(doc, sentence)) {
      push(at);
      continue;
    }
    if (block.kind === 'listItem') {
      const lead = leadIn(doc, block);
      if (lead && /:\s{0,3}$/.test(lead.text) && (collects(lead.text) || COLLECT_HEADING.test(lead.text))) push(at);
    }
  }
  return out;
}

/** Where the list of categories starts: its section heading, else the first category. */
function listAt(doc: PolicyDocument, first: Range): Range {
  const block = doc.blocks.find((b) => b.range.start.offset <= first.start.offset && first.end.offset <= b.range.end.offset);
  for (let s: Section | null = block?.section ?? null; s && s.level > 0; s = s.parent) {
    if (COLLECT_HEADING.test(s.title) && s.heading) return s.heading.range;
  }
  return first;
}

/** The title of a notice at collection: "California Notice at Collection", "**Notice at Collection (California)**". */
const NOTICE_AT_COLLECTION = /\bnotice\s{1,3}at\s{1,3}(?:the\s{1,3})?(?:point\s{1,3}of\s{1,3})?collection\b/i;

/** The block that titles the document a notice at collection: a heading, or a short first line. */
function noticeAtCollection(doc: PolicyDocument): Block | undefined {
  const titled = doc.sections.find((s) => s.level > 0 && NOTICE_AT_COLLECTION.test(s.title));
  if (titled?.heading) return titled.heading;
  return doc.blocks.slice(0, 3).find((b) => b.text.length < 80 && NOTICE_AT_COLLECTION.test(b.text));
}

export default defineRule({
  meta: {
    id: 'ccpa/categories',
    description: 'The policy lists the categories of personal information collected about consumers in the preceding 12 months.',
    reference: 'Cal. Civ. Code §1798.110(c)(1), §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(A)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      requirePeriod: {
        type: 'boolean',
        default: true,
        description: 'Give a hint when the categories are listed but the policy never frames them as collected "in the preceding 12 months".',
      },
    },
    messages: {
      missing: {
        text: 'The policy never says which categories of personal information it collects: Cal. Civ. Code §1798.110(c)(1) and §1798.130(a)(5)(B) require a list of them.',
        severity: 'error',
        suggestion:
          'Add a "Categories of personal information we collect" section naming each category (identifiers such as name, e-mail and IP address; commercial information; internet or other electronic network activity; geolocation data; …).',
      },
      noPeriod: {
        text: 'The categories of personal information are listed, but not as those collected "in the preceding 12 months" (Cal. Civ. Code §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(A)).',
        severity: 'info',
        suggestion: 'Introduce the list with "In the preceding 12 months, we have collected the following categories of personal information:".',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'categories of personal information collected';
    const found = findCategories(doc);
    // The list where a reader looks for it, not a name mentioned in passing before it.
    const first = (found.find((f) => f.listed) ?? found[0])?.at;
    if (first) {
      context.evidence({ item, status: 'met', at: first });
      if (!context.options.requirePeriod) return;
      // A notice at collection lists the categories "to be collected" (§1798.100(a)(1); 11 CCR
      // §7012): the 12-month look-back belongs to the privacy policy (§1798.130(a)(5)(B)).
      const notice = noticeAtCollection(doc);
      if (notice) {
        context.evidence({ item: 'categories framed over the preceding 12 months', status: 'not-applicable', at: notice.rangeOf(0, notice.text.length) });
        return;
      }
      const period = doc.sentences.find((s) => isProseBlock(s.block) && TWELVE_MONTHS.test(s.text));
      if (period) {
        context.evidence({ item: 'categories framed over the preceding 12 months', status: 'met', at: period });
        return;
      }
      context.report({ messageId: 'noPeriod', at: listAt(doc, first) });
      context.evidence({ item: 'categories framed over the preceding 12 months', status: 'missing' });
      return;
    }
    // A policy that collects nothing is not linted by this rule (meta.aboutProcessing).
    context.report({ messageId: 'missing', at: missingAt(doc, COLLECT_HEADING) });
    context.evidence({ item, status: 'missing' });
  },
});
