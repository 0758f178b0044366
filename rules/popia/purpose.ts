import { defineRule } from '../../src/engine/index.js';
import { blocksIn, isNegated, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section } from '../../src/model/index.js';

// POPIA s18(1)(c): the data subject must be made aware of "the purpose for which the
// information is being collected"; s13(1): information must be collected for "a specific,
// explicitly defined and lawful purpose". Nearly every policy has a "How we use your
// information" section, so the rule is lenient: it fires only when nothing at all says
// why personal information is collected or used. Every quantifier below is bounded.

/**
 * Headings that announce the purpose: "How we use your personal information", "Why we
 * collect it", "What do we use your information for?", "Use of information", "Purpose of
 * collection", "Purpose specification", "Reasons for processing". Counted only with text under them.
 */
const PURPOSE_HEADING =
  /\bhow\b[^.?!]{0,40}?\b(?:use[sd]?|using|process(?:es|ed|ing)?)\b|\bwhy\b[^.?!]{0,40}?\b(?:use[sd]?|using|process(?:es|ed|ing)?|collect(?:s|ed|ing)?|need|ask)\b|\bwhat\b[^.?!]{0,30}?\buse[sd]?\b[^.?!]{0,40}?\bfor\b|\buses?\s+(?:of|we\s+make\s+of)\b|\busing\s+(?:your\s+)?(?:personal\s+)?(?:data|information)\b|\bpurposes?\b|\breasons?\s+(?:for|why)\b/i;

/**
 * Sentences that state a purpose, not negated:
 *  - "we use / process / collect … to / for / in order to / so that …"
 *  - "… is used to / for …", "… is collected to / for …"
 *  - "purpose(s)" (not "for the purposes of this Policy / of POPIA"), "Purpose: …"
 *  - "the reason(s) we collect …", "reasons for processing", "we collect … because we …"
 */
const PURPOSE_SENTENCE: RegExp[] = [
  /\b(?:we|i|us)\s+(?:(?:may|will|also|only|can|might|shall|would|generally|primarily|mainly)\s+){0,2}(?:use|process|collect|need|require|handle|analy[sz]e)\b[^.;!?]{0,100}?\b(?:(?<!\b(?:sign(?:s|ed|ing)?\s+up|subscrib(?:e|es|ed|ing)|log(?:s|ged|ging)?\s+in|go(?:es|ing)?|went|talk(?:s|ed|ing)?|repl(?:y|ies|ied)|respond(?:s|ed|ing)?|belong(?:s|ed|ing)?|due|up|according|next|similar|relat(?:es|ed|ing)|access|upload(?:s|ed|ing)?)\s+)to\s+(?!(?:the|a|an|our|your|us|you|them|their|its|third|other|any|which|whom)\b)\w|(?<!\b(?:regist(?:er|ers|ered|ering)|sign(?:s|ed|ing)?\s+up|subscrib(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|wait(?:s|ed|ing)?|look(?:s|ed|ing)?|search(?:es|ed|ing)?|pa(?:y|ys|id|ying)|thank(?:s|ed)?)\s+)for\s+(?!(?:\d|up\s+to|as\s+long|a\s+period|the\s+(?:duration|period|time|length)|how\s+long|you\b|us\b|them\b))\w|in\s+order\s+to\s+\w|so\s+(?:that\s+)?(?:we|you)\b|(?:to|for)\s*:)/gi,
  /\b(?:is|are|be|being|was|were)\s+(?:(?:only|solely|primarily|mainly|also)\s+)?(?:used|collected|processed)\s+(?:(?:only|solely)\s+)?(?:to|in\s+order\s+to)\s+(?!(?:the|a|an|our|your|us|you|them|third|other|any)\b)\w+|\b(?:is|are|be|being|was|were)\s+(?:(?:only|solely|primarily|mainly|also)\s+)?used\s+(?:(?:only|solely)\s+)?for\b/gi,
  /\bpurposes?\b(?!\s+of\s+(?:this|these|the|that)\s+(?:policy|notice|statement|act|section|agreement|terms|clause)\b|\s+of\s+(?:POPIA|PAIA|the\s+Protection\s+of\s+Personal\s+Information\s+Act)\b)/gi,
  /\breasons?\s+(?:(?:why\s+)?we\s+(?:collect|use|process|need)|for\s+(?:collecting|processing|using|the\s+(?:collection|processing|use)))\b|\bwe\s+(?:collect|use|process|need)\b[^.;!?]{0,80}?\bbecause\s+(?:we|it|this)\b/gi,
];

/** A line short enough to be a heading, without a full stop. */
const SHORT_LINE = /^[^.!\n]{3,60}[?:]?$/;
/** A list item that opens with an infinitive of purpose: "To provide the Service". */
const TO_VERB = /^\s*(?:\d+[.)]\s*)?(?:to|in\s+order\s+to)\s+(?!(?:the|a|an|our|your|us|you|them|any|which)\b)\p{L}{3,}/iu;
/** A table column that lists purposes: "Purpose", "Used for", "Why", "Reason". */
const PURPOSE_COLUMN = /\bpurposes?\b|\bused\s+for\b|\bwhy\b|\breasons?\b/i;

/** "We do not collect any personal information": nothing to give a purpose for. */
const NO_PROCESSING =
  /\b(?:we|this\s+(?:app|application|website|site|service|extension))\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never)\s+(?:collect|process)(?:,?\s+(?:or|and|nor)\s+(?:collect|process|store|use|share))?\s+(?:any\s+)?(?:personal\s+(?:data|information)|personally\s+identifiable\s+information|(?:data|information)\s+about\s+you)(?:\s+(?:whatsoever|at\s+all))?\s*[.!]?\s*$/i;

/** Where a reader would look for the purpose: a "use" section, else what is collected. */
const WHERE_TO_LOOK = /\b(?:use[sd]?|using|purposes?|process\w*|collect\w*)\b/i;

function isProse(block: Block): boolean {
  return block.kind !== 'code' && block.kind !== 'navigation';
}

function hasBody(section: Section): boolean {
  return blocksIn(section).some((b) => b.kind !== 'heading' && isProse(b) && /\p{L}/u.test(b.text));
}

/** The first place that states a purpose, or undefined. */
function findPurpose(doc: PolicyDocument): Range | undefined {
  for (const section of doc.sections) {
    if (section.heading && PURPOSE_HEADING.test(section.title) && hasBody(section)) return section.heading.range;
  }
  for (const sentence of doc.sentences) {
    const block = sentence.block;
    if (!isProse(block) || block.kind === 'heading') continue;
    // A heading written as a line of its own ("**How we use it**"), with text after it.
    const next = doc.blocks[block.index + 1];
    if (block.kind === 'paragraph' && SHORT_LINE.test(block.text) && PURPOSE_HEADING.test(block.text) && next && isProse(next)) return block.range;
    // A list of purposes: "• To provide the Service".
    if (block.kind === 'listItem' && TO_VERB.test(sentence.text)) return sentence.range;
    if (block.cell && !block.cell.header && PURPOSE_COLUMN.test(block.cell.columnHeader ?? '') && /\p{L}/u.test(sentence.text)) return sentence.range;
    for (const pattern of PURPOSE_SENTENCE) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        if (!isNegated(sentence.text, m.index)) return sentence.rangeOf(m.index, m.index + m[0].length);
      }
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'popia/purpose',
    description: 'The policy states the purpose for which personal information is collected.',
    reference: 'POPIA s18(1)(c) and s13(1)',
    jurisdictions: ['popia'],
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy never says why personal information is collected: POPIA s18(1)(c) requires the data subject to be told the purpose of the collection, and s13(1) requires a specific, explicitly defined and lawful purpose.',
        severity: 'error',
        suggestion:
          'Add a "How we use your personal information" section that names each purpose, e.g. "We use your e-mail address to send you invoices and service notices."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const at = findPurpose(doc);
    if (at) {
      context.evidence({ item: 'purpose of collection', status: 'met', at });
      return;
    }
    const none = doc.sentences.find((s) => isProse(s.block) && NO_PROCESSING.test(s.text.trim()));
    if (none) {
      context.evidence({ item: 'purpose of collection', status: 'not-applicable', at: none });
      return;
    }
    context.report({ messageId: 'missing', at: missingAt(doc, WHERE_TO_LOOK) });
    context.evidence({ item: 'purpose of collection', status: 'missing' });
  },
});
