import { defineRule } from '../../src/engine/index.js';
import { blocksIn, gdprName, isNegated, isProseBlock } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { BASIS_COLUMN, article6 } from './shared/article6.js';

/** Reliance on Art. 6(1)(f): "legitimate interest(s)", "legitimate business interests", "Art. 6(1)(f)", "Art. 6 para. 1 lit. f". */
const MENTION = new RegExp(String.raw`\blegitimate\s+(?:business\s+)?interests?\b|${article6('f').source}`, 'gi');

/** The same, to test a text without moving the global pattern's place. */
const MENTIONED = new RegExp(MENTION.source, 'i');

/** "You may object to processing based on legitimate interests" describes Art. 21, not reliance. */
const OBJECTION = /\bobject(?:s|ion|ing)?\b/i;

/** "(Art. 6(1)(f) GDPR)": a citation, not an interest. Masked before looking at what follows a mention. */
const CITATION = /\(\s*(?:Art(?:icle|\.)?|GDPR|UK\s+GDPR|§|para(?:graph|\.)?|lit\.?)(?:[^()]{0,30}\([^()]{0,6}\)){0,4}[^()]{0,30}\)/gi;

/**
 * What the interests are about: the interest named in so many words. Used in the sentence of
 * the mention, the sentence before it, and the heading of its section.
 */
const INTEREST =
  /\b(?:security|secur(?:e|ing)|fraud|abuse|spam|misuse|analytics?|statistic(?:s|al)|marketing|advertising|promotions?|newsletters?|debugging|troubleshooting|improv(?:e|es|ing|ement|ements)|optimi[sz](?:e|ing|ation)|personali[sz](?:e|ing|ation)|research|product\s+development|monitoring|auditing|logging|legal\s+claims|enforc(?:e|ing|ement)|prevent(?:ing|ion)|detect(?:ing|ion)|administration|management|communicat(?:e|ing|ions?)|customer\s+(?:service|support|relations?)|support|reliability|integrity|business\s+(?:continuity|operations|development|transfers?)|intra-?group|recruit(?:ing|ment)|rate\s+limit(?:ing|s)?|backups?|availability|measur(?:e|ing|ement)|reach|audience)\b/i;

/** An infinitive of purpose ("to keep our platform secure"), not of processing in general. */
const PURPOSE_INFINITIVE =
  /\b(?:to|in\s+order\s+to)\s+(?!(?:the|a|an|our|your|us|you|them|their|its|it|which|whom|this|that|these|those|be|do|have|process|collect|use|handle|share|disclose|store|retain|keep|rely|object|pursue|any|other|third|extent|make|know|ask|request|learn|some|all|certain|most|each|every|such|date|find|read|contact|receive|exercise|withdraw|art|article|section|recital|paragraph|para|applicable|gdpr|dsgvo|uk)\b)[a-z]{3,}\b/i;

/**
 * Right after a mention: "in keeping …", "of preventing …", "to secure …", "namely …", ": …",
 * "(security, …)", and the interest as what it is: "our legitimate interest is (lies in) the
 * error-free presentation of our website" (not "is the legal basis", "is not …").
 */
const DESCRIBED_AFTER =
  /^\s*(?:\(\s*(?!(?:see|cf|refer|section|clause|part|art(?:icle)?|below|above)\b)[^()\s]|,?\s{0,3}(?:our|the|its|this|that)\s{1,3}(?:legitimate\s{1,3})?interests?\s{1,3}(?:here\s{1,3})?(?:being|is|lies)\s{1,3}(?:in\s{1,3})?(?!not\b|(?:the\s{1,3})?(?:legal|lawful)\b)\p{L}|(?:,\s*)?(?:namely|such\s+as|including|e\.g\.|i\.e\.|like|specifically|which\s+(?:is|are|include|includes)|being|that\s+is)\b|[:–—]\s*\p{L}|-\s+\p{L}|in\s+(?!(?:accordance|doing\s+so|so\s+doing|which|this|that|such|line|respect|relation|question|process\w*|us(?:e|es|ing)|handl\w+|collect\w*|stor\w+|shar\w+|your|their|personal|data|it|them|the\s+(?:processing|use|collection|handling)|(?:certain|some|other|limited|specific|particular|various|several|many|most|all)\s+(?:cases|circumstances|situations|instances|contexts)|cases|circumstances|situations)\b)\p{L}|of\s+\p{L}+ing\b|to\s+(?!(?:which|whom|process|use|collect|object|us|you|the|be|do|pursue|rely|handle|share)\b)\p{L}|for\s+(?!(?:us|you|them|it|which|this|that|these|those|such|example|(?:certain|some|other|various|several|specific|particular|limited|different|a\s+(?:number|range|variety)\s+of)\s+(?:of\s+)?(?:our\s+)?(?:processing|purposes?|activities|operations|data|cases|reasons)|processing|(?:the|our)\s+(?:processing|purposes?)\s+(?:set\s+out|described|listed|outlined|explained|specified|below|above|in))\b)\p{L}|(?:is|are|lies|lie|consists?)\s{1,3}(?:in\s{1,3})?(?!(?:not|never|also|only|a|an|one|another|based|relied|used|applicable|described|explained|set|listed|stated|given|relevant|recorded|documented|kept|available|contained|detailed|outlined|summari[sz]ed|found|included|specified|identified|noted|assessed|weighed|balanced|considered|reviewed|(?:the|our)\s{1,3}(?:(?:legal|lawful)\s{1,3})?(?:bas[ie]s|grounds?))\b)\p{L})/iu;

/** A cross-reference after the mention: "(see section 4)", "(see clause 7 below)". */
const POINTER = /^\s{0,3}\(\s{0,3}(?:see|cf\.?|refer\s{1,3}to)\s{1,3}(?:section|clause|part|paragraph|§)?\s{0,3}(\d{1,2}(?:\.\d{1,2})?)\b/i;

/** A label before the mention that names the purpose ("Analytics: legitimate interest"), unless it is a generic label. */
const LABEL_BEFORE = /(?<!\p{L})\p{L}{3,}[^.;!?]{0,80}?\s*(?:[:(–—|]|\s-)\s*$/u;
const GENERIC_LABEL = /^[\s\d.)*#-]*(?:(?:our|the|a)\s+)?(?:(?:legal|lawful)\s+)?(?:bas[ie]s|grounds?)(?:\s+for\s+(?:the\s+)?processing)?(?:\s*[:(–—|]|\s+-)\s*$|^[\s\d.)*#-]*(?:(?:all|any)\s{1,3})?(?:(?:other|remaining|further|miscellaneous|additional|everything|anything)\s{0,3}(?:else|processing|purposes?|uses?|activities|data|cases)?|misc\.?)\s{0,3}(?:[:(–—|]|\s-)\s*$|\b(?:based\s+on|rely\s+on|relies\s+on|is|are|where|when|if)(?:\s*(?:[:(–—|]\s*)?|\s+-\s*)$/i;

/**
 * A negation after the mention: "Legitimate interest is not a basis we use", "Legitimate
 * interests do not form the basis of any of our processing", "… play no part".
 */
const NEGATED_AFTER =
  /^\s*(?:is|are|was|were|will|do|does|did|shall|would)\s*(?:not|never|n['’]t)\b|^\s*(?:play|plays|form|forms|serve|serves|have|has)\s+no\b|^[^.;!?]{0,40}\bwe\s+(?:do\s+not|don['’]t|never)\s+(?:rely|use|invoke)\b/i;

interface Mention {
  sentence: Sentence;
  text: string;
  range: Range;
  described: boolean;
  negated: boolean;
}


/**
 * The balancing test of Art. 6(1)(f) restated: "to ensure that our interests are not overridden
 * by your rights", "except where such interests are outweighed by …". It weighs the interests,
 * it does not say what they are. Masked like a citation.
 */
const BALANCING =
  /\b(?:(?:to|and)\s{1,3}(?:ensure|make\s{1,3}sure|check|confirm)\s{1,3}(?:that\s{1,3})?)?(?:our|these|the|such|those|its|their|any)\s{1,3}(?:legitimate\s{1,3})?interests?\s{1,3}(?:are|is|do|does|were|was)\s{1,3}not\s{1,3}(?:overridden|outweighed|override|outweigh)\b[^.;]{0,80}/gi;

/**
 * The test told from the other side, or named: "to ensure your rights are not overridden",
 * "to make sure that individuals' interests and freedoms are respected", "we have carried out a
 * balancing test", "a legitimate interests assessment". Checking the data subject's rights is
 * no interest of the controller's.
 */
const RIGHTS_CHECK =
  /\b(?:to\s{1,3})?(?:ensure|make\s{1,3}sure|check|confirm|verify|assess|consider)\s{1,3}(?:that\s{1,3}|whether\s{1,3})?(?:your|their|individuals['’]?|(?:the\s{1,3})?(?:individual|data\s{1,3}subject)s?['’]?s?)\s{1,3}(?:(?:fundamental|own|privacy)\s{1,3})?(?:rights|freedoms|interests|privacy)\b[^.;]{0,80}|\b(?:balancing|legitimate\s{1,3}interests?)\s{1,3}(?:test|assessment|exercise)s?\b/gi;

function mask(text: string): string {
  let masked = text.replace(CITATION, (m) => ' '.repeat(m.length));
  if (/overrid|outweigh/i.test(masked)) masked = masked.replace(BALANCING, (m) => ' '.repeat(m.length));
  return /rights|freedoms|privacy|interests|test|assessment|exercise/i.test(masked) ? masked.replace(RIGHTS_CHECK, (m) => ' '.repeat(m.length)) : masked;
}

/** A cell that points elsewhere instead of naming a purpose: "Everything described in section 3", "See above", "All of the above". */
const POINTER_CELL =
  /^\W{0,3}(?:(?:everything|anything|all(?:\s{1,3}(?:of\s{1,3}the\s{1,3}above|purposes|processing|uses))?|the\s{1,3}(?:purposes|processing|uses))\s{1,3})?(?:(?:as\s{1,3})?(?:described|set\s{1,3}out|listed|explained|detailed|mentioned)\s{1,3}(?:in|above|below|earlier)\b|see\b|above\b)|^\W{0,3}all\s{1,3}of\s{1,3}the\s{1,3}above\W{0,3}$/i;

/** Another cell of the same table row, outside a basis column, that has words: the row's purpose is the interest. */
function rowDescribes(block: Block): boolean {
  const cell = block.cell;
  if (!cell) return false;
  const table = cell.table;
  if (cell.header) return table.rows.slice(1).some((row) => /\p{L}/u.test(row[cell.column]?.text ?? ''));
  const header = table.hasHeader ? table.rows[0] : undefined;
  return (table.rows[cell.row] ?? []).some((other, c) => {
    if (c === cell.column || !/\p{L}{4,}/u.test(other.text) || /^\s*(?:yes|no|none|n\/a|true|false)\s*$/i.test(other.text) || POINTER_CELL.test(other.text)) return false;
    const columnHeader = header?.[c]?.text ?? '';
    return !BASIS_COLUMN.test(columnHeader) && !/^\s*(?:legitimate|contract|consent|legal\s+obligation)/i.test(other.text);
  });
}

/** The rest of an article citation after a mention of Art. 6(1)(f): ") GDPR", " of the UK GDPR". */
const CITATION_TAIL = /^\s{0,3}\)?\s{0,3}(?:(?:of\s{1,3}the\s{1,3})?(?:UK\s{1,3})?(?:GDPR|DSGVO)\b)?/;

/** The verb that only carries the mention: "to pursue our legitimate interests", "to fulfil our legitimate business interests". */
const CARRIER_BEFORE = /\bto\s{1,3}(?:fulfil|fulfill|pursue|serve|protect|safeguard|further)\s{1,3}(?:our|its|the|their)\s{1,3}(?:own\s{1,3})?$/i;

/**
 * The mention as the last item of a list of bases, with nothing of its own: ", or to fulfil
 * our legitimate business interests", ", and our legitimate interests". Where the list names
 * other bases before it, the purposes before belong to those.
 */
const LAST_ITEM =
  /^\s{0,3}(?:and|or)\s{1,3}(?:(?:otherwise|also|sometimes|finally|else)\s{1,3})?(?:(?:where|when|if|because|as)\s{1,3}(?:it\s{1,3}is\s{1,3}|this\s{1,3}is\s{1,3}|we\s{1,3}have\s{1,3}(?:a|an)\s{1,3})?)?(?:(?:to\s{1,3}(?:fulfil|fulfill|pursue|serve|meet|protect|further)|for|on|under|in|based\s{1,3}on)\s{1,3})?(?:(?:our|its|the|their)\s{1,3}(?:own\s{1,3})?)?$/i;
/** The other bases before it, also in plain words: "because the law makes us", "because we need it to run your policy". */
const OTHER_BASIS =
  /\b(?:consent|contract(?:ual)?|legal\s{1,3}(?:obligations?|requirements?)|compl(?:y|iance)\s{1,3}with\s{1,3}(?:the\s{1,3}|applicable\s{1,3})?laws?|vital\s{1,3}interests?|public\s{1,3}interest|(?:the\s{1,3})?law\s{1,3}(?:makes|requires|obliges)\s{1,3}us|need\s{1,3}it\s{1,3}to\s{1,3}(?:run|perform|provide|deliver|manage|administer)\s{1,3}your)\b/i;

/**
 * A fact sheet written as a list or as label lines: "Legal basis: legitimate interest" with
 * "Purpose: provide location-based search" as a neighbouring item or line. An empty or
 * deferring value ("Purpose: N/A", "Purpose: see above") names nothing.
 */
const PURPOSE_LABEL =
  /^\s{0,3}(?:purposes?|interests?\s{1,3}pursued|our\s{1,3}interests?|why\s{1,3}we\s{1,3}(?:do|need)\s{1,3}(?:it|this)|used\s{1,3}(?:for|to))\s{0,3}[:–—]\s{0,3}(?!(?:n\/?a|none|various|see|tbd|tbc)\b)\p{L}{3,}/iu;

/** A line that is a label and its value ("Legal basis: …"), as a plain-text fact sheet writes each item. */
const LABEL_LINE = /^\s{0,3}\p{L}[\p{L} ]{1,30}[:–—]/u;

/** Whether `b` continues the list or the run of label lines that `block` stands in. */
function sameSheet(block: Block, b: Block | undefined): boolean {
  if (!b || b.kind !== block.kind) return false;
  if (block.kind === 'listItem') return b.depth === block.depth;
  return block.kind === 'paragraph' && LABEL_LINE.test(block.text) && LABEL_LINE.test(b.text);
}

function purposeLabelledNear(doc: PolicyDocument, sentence: Sentence): boolean {
  const block = sentence.block;
  if (block.sentences.some((s) => s !== sentence && PURPOSE_LABEL.test(s.text))) return true;
  for (const step of [-1, 1]) {
    for (let k = block.index + step, n = 0; n < 4; k += step, n++) {
      const b = doc.blocks[k];
      if (!b || !sameSheet(block, b)) break;
      if (PURPOSE_LABEL.test(b.text)) return true;
    }
  }
  return false;
}

function isDescribed(doc: PolicyDocument, sentence: Sentence, start: number, end: number): boolean {
  const block = sentence.block;
  const masked = mask(sentence.text);
  // Past the citation's own closing bracket and the law's name: "Art. 6(1)(f) GDPR (our interest being to fix bugs)".
  const after = masked.slice(end, end + 120).replace(CITATION_TAIL, '');
  if (DESCRIBED_AFTER.test(after)) return true;
  // "(see section 4)": the section referred to describes them — unless it is in the policy and names no interest either.
  const pointer = POINTER.exec(after);
  if (pointer) {
    const target = doc.sections.find((s) => s.heading !== null && new RegExp(`^\\W{0,3}${pointer[1]}\\b`).test(s.title));
    return !target || blocksIn(target).some((b) => b.kind !== 'heading' && (INTEREST.test(mask(b.text)) || PURPOSE_INFINITIVE.test(mask(b.text))));
  }
  const before = masked.slice(Math.max(0, start - 100), start);
  if (LABEL_BEFORE.test(before) && !GENERIC_LABEL.test(before)) return true;
  const cut = Math.max(masked.lastIndexOf(',', start), masked.lastIndexOf(';', start));
  const lastItem = cut >= 0 && LAST_ITEM.test(masked.slice(cut + 1, start)) && OTHER_BASIS.test(masked.slice(0, cut));
  const carrier = lastItem ? null : CARRIER_BEFORE.exec(masked.slice(Math.max(0, start - 40), start));
  const head = lastItem ? '' : masked.slice(0, start - (carrier?.[0].length ?? 0));
  const rest = head.padEnd(end) + masked.slice(end);
  if (INTEREST.test(rest) || PURPOSE_INFINITIVE.test(rest)) return true;
  const i = block.sentences.indexOf(sentence);
  const previous = i > 0 ? block.sentences[i - 1] : undefined;
  if (previous && (INTEREST.test(previous.text) || PURPOSE_INFINITIVE.test(previous.text))) return true;
  if (rowDescribes(block) || purposeLabelledNear(doc, sentence)) return true;
  // A heading: the section under it explains, unless its text only mentions reliance again (that mention is judged itself).
  if (block.kind === 'heading') {
    return blocksIn(block.section).some((b) => {
      if (b === block || !isProseBlock(b) || !/\p{L}/u.test(b.text)) return false;
      return !MENTIONED.test(b.text);
    });
  }
  // "We rely on our legitimate interests in the following cases:" and a list after it.
  const next = doc.blocks[block.index + 1];
  if (/:\s*$/.test(sentence.text) && next && isProseBlock(next) && next.kind !== 'heading') return true;
  // The heading of the section names the interest ("Fraud prevention").
  return INTEREST.test(block.section.title);
}

/** What may stand between two mentions that are one: "Art. 6(1)(f) GDPR (legitimate interests)". */
const ADJACENT = /^[\s()[\],;:–—-]{0,6}(?:(?:of\s{1,3}the\s{1,3})?(?:UK\s{1,3})?(?:GDPR|DSGVO)[\s()[\],;:–—-]{0,6})?$/;

/**
 * A label restated by the words of Art. 6(1)(f) is still one mention: "Legitimate interests:
 * where processing is necessary for our legitimate interests", "Legitimate interest – if it is
 * in our legitimate interest". The restatement names no interest.
 */
const RESTATED =
  /^\s{0,3}[:–—-]\s{0,3}(?:(?:(?:where|when|if|as|because)\s{1,3})?(?:(?:the|such)\s{1,3})?(?:processing|it|this)\s{1,3}(?:is\s{1,3})?(?:strictly\s{1,3})?(?:necessary|needed|required)\s{1,3}for\s{1,3}(?:the\s{1,3}purposes?\s{1,3}of\s{1,3})?|(?:where|when|if)\s{1,3}(?:we\s{1,3}have\s{1,3}(?:a|an)|it\s{1,3}is\s{1,3}in)\s{1,3})(?:(?:our|the|its)\s{1,3}(?:own\s{1,3})?)?$/i;

/** Words that introduce an example or a detail: what follows them is described, not restated. */
const DETAIL = /\(|\b(?:such\s{1,3}as|including|namely|e\.g\.|i\.e\.|like|in\s{1,3}particular|for\s{1,3}example)\b/i;

/**
 * A label whose value only restates reliance in a sentence of its own: "Legitimate interests: We
 * process your personal data for our legitimate interests or those of a third party", "Legitimate
 * interest – we may use your data where we have a legitimate interest in doing so". Nothing
 * between the two mentions names an interest, so they are one.
 */
function restatesLabel(between: string): boolean {
  return /^\s{0,3}[:–—-]/.test(between) && between.length <= 160 && !INTEREST.test(between) && !PURPOSE_INFINITIVE.test(between) && !DETAIL.test(between);
}

function findMentions(doc: PolicyDocument): Mention[] {
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    if (!isProseBlock(sentence.block) || OBJECTION.test(sentence.text)) continue;
    MENTION.lastIndex = 0;
    let m = MENTION.exec(sentence.text);
    while (m) {
      // Adjacent mentions are one: "Legitimate interest (Art. 6(1)(f))", "Art. 6(1)(f) GDPR (legitimate interests)"; a mention further on
      // ("Art. 6(1)(f); our legitimate interest is …") is another, and a citation further on
      // ("… interest in preventing fraud … (Art. 6(1)(f))") does not swallow the words between.
      const start = m.index;
      let end = m.index + m[0].length;
      let n = MENTION.exec(sentence.text);
      for (; n && (ADJACENT.test(sentence.text.slice(end, n.index)) || RESTATED.test(sentence.text.slice(end, n.index)) || restatesLabel(mask(sentence.text.slice(end, n.index)))); n = MENTION.exec(sentence.text)) {
        end = n.index + n[0].length;
      }
      const negated = isNegated(sentence.text, start) || NEGATED_AFTER.test(sentence.text.slice(start + m[0].length, start + m[0].length + 80));
      out.push({
        sentence,
        text: m[0],
        range: sentence.rangeOf(start, start + m[0].length),
        negated,
        described: !negated && isDescribed(doc, sentence, start, end),
      });
      m = n;
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'gdpr/legitimate-interests',
    description: 'Where the policy relies on legitimate interests, it says what those interests are.',
    reference: 'GDPR Art. 13(1)(d), Art. 14(2)(b) and Art. 6(1)(f)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {},
    messages: {
      undescribed: {
        text: 'The policy relies on "{text}" but never says which interests are pursued: {law} Art. 13(1)(d) requires them to be described.',
        severity: 'warning',
        suggestion:
          'Name the interest next to the basis, e.g. "Legitimate interests (keeping the service secure and preventing fraud)" or "our legitimate interest in improving the product".',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const mentions = findMentions(doc);
    const relied = mentions.filter((m) => !m.negated);
    if (relied.length === 0) {
      const declared = mentions[0];
      context.evidence({ item: 'legitimate interests pursued', status: 'not-applicable', ...(declared ? { at: declared.range } : {}) });
      return;
    }
    const described = relied.find((m) => m.described);
    if (described) {
      context.evidence({ item: 'legitimate interests pursued', status: 'met', at: described.range });
      return;
    }
    const first = relied[0]!;
    context.report({ messageId: 'undescribed', data: { law: gdprName(doc), text: first.text }, at: first.range });
    context.evidence({ item: 'legitimate interests pursued', status: 'missing', at: first.range });
  },
});
