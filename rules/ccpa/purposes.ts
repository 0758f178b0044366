import { defineRule } from '../../src/engine/index.js';
import { blocksIn, isNegated, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section } from '../../src/model/index.js';

// Cal. Civ. Code §1798.110(c)(3) and §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(C): the privacy
// policy states the business or commercial purposes for collecting, selling or sharing
// personal information. Deliberately lenient, like gdpr/purposes: the rule reports only a
// policy that never says why personal information is collected or used. Every quantifier
// below is bounded.

/**
 * Headings that announce the purposes: "How we use your information", "Why we use it",
 * "What do we use your information for?", "Use of information", "Purposes of processing",
 * "Why we collect data". A heading counts only when its section has text under it.
 */
const PURPOSE_HEADING =
  /\bhow\b[^.?!]{0,40}?\b(?:use[sd]?|using|process(?:es|ed|ing)?)\b|\bwhy\b[^.?!]{0,40}?\b(?:use[sd]?|using|process(?:es|ed|ing)?|collect(?:s|ed|ing)?|need|ask)\b|\bwhat\b[^.?!]{0,30}?\buse[sd]?\b[^.?!]{0,40}?\bfor\b|\buses?\s+(?:of|we\s+make\s+of)\b|\busing\s+(?:your\s+)?(?:personal\s+)?(?:data|information)\b|\bpurposes?\b/i;

/**
 * Sentences that state a purpose. Lenient on purpose: the requirement is missed only when
 * nothing at all says why data is processed.
 *  - "we use / process / collect … to / for / in order to / so that …"
 *  - "… is used to / for …"
 *  - "purpose(s)", "for the purpose of", "Purpose: …"
 */
const PURPOSE_SENTENCE: RegExp[] = [
  /\b(?:we|i|us)\s+(?:(?:may|will|also|only|can|might|shall|would|generally|primarily|mainly)\s+){0,2}(?:use|process|collect|need|require|handle|analy[sz]e|sell|share|disclose)\b[^.;!?]{0,100}?\b(?:(?<!\b(?:sign(?:s|ed|ing)?\s+up|subscrib(?:e|es|ed|ing)|log(?:s|ged|ging)?\s+in|go(?:es|ing)?|went|talk(?:s|ed|ing)?|repl(?:y|ies|ied)|respond(?:s|ed|ing)?|belong(?:s|ed|ing)?|due|up|according|next|similar|relat(?:es|ed|ing)|access|upload(?:s|ed|ing)?)\s+)to\s+(?!(?:the|a|an|our|your|us|you|them|their|its|third|other|any|which|whom)\b)\w|(?<!\b(?:regist(?:er|ers|ered|ering)|sign(?:s|ed|ing)?\s+up|subscrib(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|wait(?:s|ed|ing)?|look(?:s|ed|ing)?|search(?:es|ed|ing)?|pa(?:y|ys|id|ying)|thank(?:s|ed)?)\s+)for\s+(?!(?:\d|up\s+to|as\s+long|a\s+period|the\s+(?:duration|period|time|length)|how\s+long|you\b|us\b|them\b))\w|in\s+order\s+to\s+\w|so\s+(?:that\s+)?(?:we|you)\b|(?:to|for)\s*:)/gi,
  /\b(?:is|are|be|being|was|were)\s+(?:(?:only|solely|primarily|mainly|also)\s+)?used\s+(?:(?:only|solely)\s+)?(?:to|for|in\s+order\s+to)\b/gi,
  // "purpose(s)", "business or commercial purposes"; not the definitional "for the purposes of this Policy".
  /\bpurposes?\b(?!\s{1,3}of\s{1,3}(?:this|these|that|the\s{1,3}(?:CCPA|CPRA|Act|law|regulations)|(?:the\s{1,3})?(?:CCPA|CPRA|California|section|applicable))\b)/gi,
];

/** A line short enough to be a heading, without a full stop. */
const SHORT_LINE = /^[^.!\n]{3,60}[?:]?$/;
/** A list item that opens with an infinitive of purpose: "To provide the Service". */
const TO_VERB = /^\s*(?:\d+[.)]\s*)?(?:to|in\s+order\s+to)\s+(?!(?:the|a|an|our|your|us|you|them|any|which)\b)\p{L}{3,}/iu;

/** A table column that lists purposes. */
const PURPOSE_COLUMN = /\bpurposes?\b|\bused\s+for\b|\bwhy\b/i;

/** "We do not collect any personal information": nothing to give purposes for. */
const NO_PROCESSING =
  /\b(?:we|this\s+(?:app|application|website|site|service|extension))\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never)\s+(?:collect|process)(?:,?\s+(?:or|and|nor)\s+(?:collect|process|store|use|share))?\s+(?:any\s+)?(?:personal\s+(?:data|information)|personally\s+identifiable\s+information|(?:data|information)\s+about\s+you)(?:\s+(?:whatsoever|at\s+all))?\s*[.!]?\s*$/i;

/** Where a reader would look for the purposes: a "use" section, else what is collected. */
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
    // A heading written as a short line of its own ("**How we use it**"), with text after it.
    const next = doc.blocks[block.index + 1];
    if (block.kind === 'paragraph' && SHORT_LINE.test(block.text) && PURPOSE_HEADING.test(block.text) && next && isProse(next)) return block.range;
    // A list of purposes: "- To provide the Service".
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
    id: 'ccpa/purposes',
    description: 'The policy states the business or commercial purposes for collecting, selling or sharing personal information.',
    reference: 'Cal. Civ. Code §1798.110(c)(3), §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(C)',
    jurisdictions: ['ccpa'],
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy never says why personal information is collected or used: Cal. Civ. Code §1798.110(c)(3) requires the business or commercial purposes.',
        severity: 'error',
        suggestion:
          'Add a "How we use personal information" section that lists each business or commercial purpose, e.g. "We use your e-mail address to send you receipts and service notices."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'business or commercial purposes for collecting personal information';
    const at = findPurpose(doc);
    if (at) {
      context.evidence({ item, status: 'met', at });
      return;
    }
    const none = doc.sentences.find((s) => isProse(s.block) && NO_PROCESSING.test(s.text.trim()));
    if (none) {
      context.evidence({ item, status: 'not-applicable', at: none });
      return;
    }
    context.report({ messageId: 'missing', at: missingAt(doc, WHERE_TO_LOOK) });
    context.evidence({ item, status: 'missing' });
  },
});
