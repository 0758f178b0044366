import { defineRule } from '../../src/engine/index.js';
import { blocksIn, gdprName, isNegated, isProseBlock, missingAt, proseBlocks } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';
import { BASIS_COLUMN, article6 } from './shared/article6.js';

// ---- the six bases of Art. 6(1) ---------------------------------------------------------------

type Basis = 'consent' | 'contract' | 'legal obligation' | 'vital interests' | 'public task' | 'legitimate interests';

/** What is done with the data only once the person opts in. */
const CONSENTED_VERBS = 'collect|process|use|share|store|send|keep|email|e-mail|contact|add|include|list|publish|display|show|record';
/** The act that opts in: "if you tick the box", "once you switch it on". */
const OPT_IN = String.raw`(?:if|when|after|once|where)\s{1,3}you\s{1,3}(?:(?:tick|check|select)(?:ed)?\s{1,3}(?:the|a|our)\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:box|checkbox)|(?:switch|turn)(?:ed)?\s{1,3}(?:(?:it|them|this|that)\s{1,3})?on)\b`;

/**
 * Phrases that name a basis on their own, wherever they stand: the words of Art. 6(1) and the
 * ways policies paraphrase them. Consent counts only when framed as a basis ("based on your
 * consent", "we rely on consent", "we rely on that consent", "rests upon your consent", "founded on your consent", "we
 * collect … only with your consent", "because you agreed to it", "because you said yes", "your consent is the only ground I rely on"): "With your
 * consent" as a case of sharing, or a right to withdraw consent, names no basis.
 */
const NAMED: Array<{ basis: Basis; pattern: RegExp }> = [
  {
    basis: 'consent',
    pattern:
      /\b(?:(?:based|bas(?:e|es|ing))\s+(?:up)?on|rel(?:y|ies|ying)\s+(?:up)?on|rest(?:s|ed|ing)?\s{1,3}(?:up)?on|(?:founded|grounded)\s{1,3}(?:up)?on|on\s+the\s+(?:basis|grounds?)\s+of|grounded\s+in|justified\s+by)\s+(?:(?:your|that|this|such|the\s+data\s+subject['’]s|the\s+user['’]s|users['’]?|their|his\s+or\s+her|explicit|express|prior|freely\s+given|informed)\s+){0,3}consent\b|\bconsent\s*\(\s*Art(?:icle|\.)?\s*6\b|\brel(?:y|ies|ying)\s{1,3}(?:up)?on\s{1,3}(?:that|this|such|your)\s{1,3}(?:permission|agreement\s{1,3}to\s{1,3}(?:receive|be\s{1,3}contacted))\b|(?<!derogations?\s{0,3})\(\s{0,3}(?:your\s{1,3})?consent\s{0,3}\)|\bwhere\s+you\s+(?:have|['’]ve)\s+(?:given|provided)\s+(?:us\s+)?(?:your\s+)?(?:explicit\s+|express\s+)?consent\b|\b(?:where|if|when|once)\s{1,3}you\s{1,3}(?:have\s{1,3}|['’]ve\s{1,3})?(?:consented|agreed|opted\s{1,3}in)\b[^.;!?]{0,100}?\bon\s{1,3}(?:that|this)\s{1,3}basis\b|\bonly\s{1,3}(?:collect|process|use|share|store|send|keep)\w{0,3}\b[^.;!?]{0,60}?\b(?:with|upon|after\s{1,3}obtaining|on\s{1,3}the\s{1,3}basis\s{1,3}of)\s{1,3}(?:your\s{1,3})?(?:prior\s{1,3}|explicit\s{1,3}|express\s{1,3})?(?:consent|permission)\b|\b(?:because|since)\s{1,3}you\s{1,3}(?:have\s{1,3}|['’]ve\s{1,3})?(?:agreed|consented|said\s{1,3}yes|ticked\s{1,3}(?:the|a)\s{1,3}box|opted\s{1,3}in|(?:given|granted|gave)\s{1,3}(?:us\s{1,3})?(?:your\s{1,3})?(?:consent|permission))\b|\b(?:(?:your|that|this)\s{1,3}(?:consent|permission)|(?:said\s{1,3}yes|ticking|ticked|opted\s{1,3}in|opting\s{1,3}in)\b[^.!?]{0,80}?\b(?:that|this|your)\s{1,3}agreement)\s{1,3}is\s{1,3}what\s{1,3}(?:allows|lets|permits|entitles|enables)\s{1,3}us\b|\b(?:your\s{1,3})?consent\s{1,3}is\s{1,3}(?:the|our|my)\s{1,3}(?:(?:(?:one\s{1,3}and\s{1,3})?only|sole|main|primary)\s{1,3})?(?:(?:legal|lawful)\s{1,3})?(?:basis|bases|ground|grounds)\b|\byou\s+(?:have\s+|['’]ve\s+)?(?:given|granted)\s+(?:us\s+)?(?:your\s+)?(?:explicit\s+|express\s+)?(?:consent|permission)\s+(?:to|for)\b|\b(?:collect|process|use|send|store|email|e-mail|contact|set)\w{0,3}\b[^.;!?]{0,60}?\bonly\s+(?:(?:with|after\s+obtaining|upon|on\s+the\s+basis\s+of)\s+(?:your\s+)?(?:prior\s+|explicit\s+|express\s+)?(?:consent|permission)\b|(?:if|when|after|once|where)\s+you\s+(?:have\s+|['’]ve\s+)?(?:(?:given|granted)\s+(?:us\s+)?(?:your\s+)?(?:consent|permission)|consented|agreed|opted\s+in|accept(?:ed)?|said\s+yes)\b)|\b(?:that\s{1,3}is|i\.\s?e\.|in\s{1,3}other\s{1,3}words|meaning)\s{0,3}[,:]?\s{1,3}(?:(?:with|on\s{1,3}the\s{1,3}basis\s{1,3}of|based\s{1,3}on)\s{1,3})?(?:your\s{1,3})?consent\b(?!\s{1,3}(?:forms?|management|banners?|preferences|settings|tools?|records?|platforms?))/gi,
  },
  // Consent given by an act that opts in, the processing done only then: "we only add you to the directory if you tick
  // the box", "your location is used only when you switch it on".
  {
    basis: 'consent',
    pattern: new RegExp(
      String.raw`\bonly\s{1,3}(?:${CONSENTED_VERBS})\w{0,3}\b[^.;!?]{0,60}?\b${OPT_IN}|\b(?:${CONSENTED_VERBS})\w{0,3}\b[^.;!?]{0,60}?\bonly\s{1,3}${OPT_IN}`,
      'gi',
    ),
  },
  {
    basis: 'contract',
    pattern:
      /\b(?:performance|perform(?:ing)?|fulfil(?:l)?(?:ment|ing|s)?|execution|executing|conclusion|carry(?:ing)?\s+out)\s+(?:of\s+)?(?:(?:a|the|our|your|any|this)\s+)?(?:contracts?|(?:(?!(?:data|processing|sharing|confidentiality|non-disclosure)\b)[\w-]{2,20}\s{1,3}){0,2}agreement\s+with\s+you)\b|\b(?:perform|fulfil|fulfill|carry\s{1,3}out|honou?r)\w{0,3}\s{1,3}(?:the|our|your|this)\s{1,3}(?:contract|agreement)\s{1,3}(?:(?:that|which)\s{1,3})?(?:you\s{1,3}(?:have\s{1,3}|['’]ve\s{1,3})?(?:entered\s{1,3}into|made|concluded|signed|accepted)|we\s{1,3}have\s{1,3}with\s{1,3}you)\b|\(\s{0,3}(?:(?:performance|necessity)\s{1,3}of\s{1,3}(?:a\s{1,3}|the\s{1,3}|our\s{1,3})?)?contract\s{0,3}\)|\bcontract(?:ual)?\s+(?:performance|necessity)\b|\bcontractual\s+(?:basis|grounds?|obligations?\s+(?:to|towards)\s+you)\b|\bnecessary\s+for\s+(?:(?:entering\s+into|the\s+performance\s+of)\s+)?(?:a|the|our)\s+contract\b|\bpre-?contractual\b|\bprior\s+to\s+entering\s+into\s+a\s+contract\b|\b(?:carry(?:ing)?\s+out|perform(?:ing)?|fulfil(?:l)?(?:ing)?|honou?r(?:ing)?|administer(?:ing)?|enter(?:ing)?\s+into)\s+(?:(?:a|an|the|our|your|this|its)\s+)?(?:contract|agreement|terms\s+of\s+(?:sale|service|use|business))\s+(?:with|between)\s+(?:you|us)\b|\b(?:need(?:s|ed)?|necessary|required|essential|(?:have|['’]ve)\s{1,3}agreed\s{1,3}to\s{1,3}(?:provide|deliver|supply|give))\b[^.;!?]{0,80}?\b(?:under|in\s+accordance\s+with|as\s+(?:agreed|set\s+out)\s+in|pursuant\s+to)\s+(?:(?:our|the|your|this|its)\s+)?(?:(?!(?:data|processing|sharing|confidentiality|non-disclosure)\b)[\w-]{2,20}\s{1,3}){0,2}?(?:contract|agreement|terms(?:\s+(?:of|and)\s+(?:sale|service|use|business|conditions))?)\b/gi,
  },
  {
    basis: 'legal obligation',
    // Also in plain words: "necessary for us to comply with the law", "because we have a legal duty to keep them".
    pattern:
      /\b(?:necessary|required|needed)\s{1,3}(?:for\s{1,3}us\s{1,3})?(?:to|for)\s{1,3}compl(?:y|ying|iance)\s{1,3}with\s{1,3}(?:(?:the|applicable|relevant|our|any)\s{1,3})?(?:laws?|legislation|legal\s{1,3}requirements?)\b|\b(?:we\s{1,3}have|under|subject\s{1,3}to)\s{1,3}an?\s{1,3}(?:legal|statutory|regulatory)\s{1,3}(?:duty|obligation|requirement)\b|\b(?:necessary|required|needed)\s+(?:for|to)\s+(?:compl(?:y|ying|iance)\s+with)\s+(?:(?:a|an|our|the|any|applicable)\s+)?(?:legal|statutory|regulatory)\s+obligations?\b|\blegal\s+obligations?\s+to\s+which\s+we\s+are\s+subject\b|\bwe\s+are\s+(?:legally|statutorily|required\s+by\s+law|obliged\s+by\s+law|obligated\s+by\s+law)(?:\s+(?:required|obliged|obligated|bound))?\s+to\b|\b(?:(?:tax|employment|labou?r|company|commercial|accounting|anti-money[\s-]laundering)\s+)?(?:law|laws|legislation|rules|regulations|[\w-]+\s+(?:Act|Code)(?:\s+\d{4})?)(?:\s{1,3}(?:governing|on|for|covering|applying\s{1,3}to|that\s{1,3}apply\s{1,3}to)(?:\s{1,3}[\w-]{2,20}){1,3}?)?\s+(?:require|requires|oblige|obliges|obligate|obligates|compel|compels)\s+us\s+to\b|\bwe\s{1,3}(?:are|['’]re|may\s{1,3}be|will\s{1,3}be)\s{1,3}(?:legally\s{1,3})?(?:required|obliged|obligated|bound|compelled)\s{1,3}(?:by|under)\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,3}?(?:law|laws|legislation|regulations?|Act|Code)\b|\b(?:because|since)\s{1,3}(?:[\w-]+\s{1,3})?(?:law|laws|legislation|regulations)\s{1,3}(?:requires?|obliges?|obligates?|compels?)\s{1,3}(?:us|(?:[\w-]+\s{1,3})?[\w-]+s)\s{1,3}to\b|\(\s{0,3}(?:a\s{1,3}|our\s{1,3})?(?:legal|statutory)\s{1,3}(?:obligation|duty)\s{0,3}\)|\b(?:fulfil(?:l|ls|s|ling|led)?|compl(?:y|ying|ies)\s{1,3}with|meet(?:ing|s)?|discharg(?:e|es|ing)|justified\s{1,3}by)\s{1,3}(?:our|its|the|a|any|applicable)\s{1,3}(?:(?:statutory|legal|regulatory)\s{1,3}(?:obligations?|duties|requirements)|obligations?\s{1,3}under\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,3}?(?:law|laws|legislation|regulations?|Act|Code)\b)/gi,
  },
  // Art. 6(1)(d) in plain words: "where this is necessary to protect your life", "to save someone's life".
  {
    basis: 'vital interests',
    pattern:
      /\bvital\s+interests?\b|\bto\s{1,3}(?:protect|save)\s{1,3}(?:your|their|his\s{1,3}or\s{1,3}her|the\s{1,3}(?:patient|data\s{1,3}subject|person)['’]s|(?:a|another)\s{1,3}person['’]s|someone(?:\s{1,3}else)?['’]s|(?:your|their|the)\s{1,3}(?:child['’]s|children['’]s))\s{1,3}(?:life|lives)\b/gi,
  },
  {
    basis: 'public task',
    pattern: /\btasks?\s+(?:carried\s+out\s+|performed\s+)?in\s+the\s+public\s+interest\b|\bexercise\s+of\s+official\s+authority\b|\bpublic\s+task\b/gi,
  },
  { basis: 'legitimate interests', pattern: /\blegitimate\s+(?:business\s+)?interests?\b/gi },
];

/** Art. 6(1)(a)–(f), also "Art. 6 para. 1 lit. f", "art. 6 par. 1 lit. c". The letter names the basis. */
const ARTICLE_6 = article6('a-f');
const LETTER: Record<string, Basis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal obligation',
  d: 'vital interests',
  e: 'public task',
  f: 'legitimate interests',
};

/**
 * Where a policy announces bases generically ("Legal basis", "lawful grounds for processing",
 * "Art. 6 GDPR"): inside such a heading's section, a "Basis" table column, or the same block,
 * the short names below count ("Consent", "Contract", "Legal obligation").
 */
const GENERIC =
  /^\W{0,3}(?:processing\s{1,3})?bas[ie]s\s{0,3}[:–—]|\b(?:legal|lawful)\s+(?:bas[ie]s|grounds?)\b|\blawful\s+reasons?\b|\blegal\s+reasons?\s+for\s+(?:the\s+|our\s+)?processing\b|\blawfulness\s+of\s+(?:the\s+)?processing\b|\b(?:bas[ie]s|grounds?)\s+(?:for|of)\s+(?:the\s+|our\s+|this\s+)?processing\b|\bprocessing\s{1,3}(?:of\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,3}?)?(?:is\s{1,3}based|rests|is\s{1,3}(?:founded|grounded))\s{1,3}(?:up)?on\b|\bwhy\s+(?:we\s+(?:can|may|are\s+(?:allowed|permitted|entitled))|(?:can|may)\s+we|are\s+we\s+(?:allowed|permitted|entitled))\s+(?:to\s+)?(?:use|process|collect|handle)\b|\bwhat\s+(?:allows|permits|entitles)\s+us\s+to\s+(?:use|process|collect|handle)\b|\bArt(?:icle|\.)?\s*6\s*(?:\(\s*1\s*\)|(?:of\s+the\s+)?(?:UK\s+)?GDPR\b)/i;
/** A line short enough to be a heading, without a full stop. */
const SHORT_LINE = /^[^.!\n]{3,70}[?:]?$/;
/** The short names of the bases, counted only inside a basis context. */
const SHORT: Array<{ basis: Basis; pattern: RegExp }> = [
  { basis: 'consent', pattern: /\bconsent(?:ed)?\b|\bpermission\b|\byou\s+(?:have\s+)?(?:agreed|opted\s+in|said\s+yes)\b/gi },
  { basis: 'contract', pattern: /\bcontract(?:ual)?\b|\b(?:our|the|your)\s+agreement\b|\bterms\s+(?:of\s+(?:sale|service|use|business)|and\s+conditions)\b/gi },
  {
    basis: 'legal obligation',
    pattern: /\b(?:legal(?:ly)?|statutory|regulatory)\s+(?:obligations?|requirements?|duty|duties|required)\b|\bcompl(?:y|iance)\s+with\s+(?:the\s+|applicable\s+)?laws?\b/gi,
  },
  { basis: 'vital interests', pattern: /\bvital\s+interests?\b/gi },
  { basis: 'public task', pattern: /\bpublic\s+(?:interest|task)\b|\bofficial\s+authority\b/gi },
  { basis: 'legitimate interests', pattern: /\blegitimate\s+(?:business\s+)?interests?\b/gi },
];

/**
 * A pointer to another document: "Legal basis: see our Terms of Service", "refer to the Terms and
 * Conditions", "as set out in our Terms of Use". The document's name is no basis (the short name
 * "Terms of Service" for a contract counts only when it is not pointed to).
 */
const POINTER_BEFORE =
  /\b(?:see|refer\s{1,3}to|consult|read|(?:set\s{1,3}out|described|explained|listed|detailed|specified|stated|found|given|defined|available)\s{1,3}in|in\s{1,3}accordance\s{1,3}with)\s{1,3}(?:(?:our|the|its|your)\s{1,3})?(?:separate\s{1,3})?$/i;

/** "You may object to processing based on legitimate interests" describes Art. 21, not a basis relied on. */
const OBJECTION = /\bobject(?:s|ion|ing)?\b/i;

/** "We do not collect any personal data": nothing to found on a basis. */
const NO_PROCESSING =
  /\b(?:we|this\s+(?:app|application|website|site|service|extension))\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never)\s+(?:collect|process)(?:,?\s+(?:or|and|nor)\s+(?:collect|process|store|use|share))?\s+(?:any\s+)?(?:personal\s+(?:data|information)|personally\s+identifiable\s+information|(?:data|information)\s+about\s+you)(?:\s+(?:whatsoever|at\s+all))?\s*[.!]?\s*$/i;

/** Headings under which a reader looks for the bases. */
const WHERE_TO_LOOK =
  /\b(?:legal|lawful)\s+(?:bas|grounds?)|\bhow\s+we\s+use|\bwhy\s+(?:do\s+)?we\b|\bwhat\s+(?:do\s+)?we\s+use\b|\bpurposes?\b|\buses?\s+of\s+(?:your\s+)?(?:personal\s+)?(?:data|information)/i;

interface Found {
  basis: Basis;
  range: Range;
  negated: boolean;
}


/** Every match of `pattern` in a sentence, as a found basis (negations kept as such). */
function scan(sentence: Sentence, pattern: RegExp, basisOf: (m: RegExpExecArray) => Basis | undefined, out: Found[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
    const basis = basisOf(m);
    if (!basis) continue;
    if (basis === 'legitimate interests' && OBJECTION.test(sentence.text)) continue;
    out.push({ basis, range: sentence.rangeOf(m.index, m.index + m[0].length), negated: isNegated(sentence.text, m.index) });
  }
}

/** Blocks in which the short names of the bases count. */
function basisContexts(doc: PolicyDocument): Set<Block> {
  const out = new Set<Block>();
  for (const section of doc.sections) {
    if (!GENERIC.test(section.title)) continue;
    for (const block of blocksIn(section)) out.add(block);
  }
  for (const block of proseBlocks(doc)) {
    if (GENERIC.test(block.text)) {
      out.add(block);
      // A heading written as a line of its own ("**Legal basis**" in Markdown): the blocks after it, up to the next heading.
      if (block.kind === 'paragraph' && SHORT_LINE.test(block.text)) {
        for (let i = block.index + 1; i < Math.min(doc.blocks.length, block.index + 9); i++) {
          const next = doc.blocks[i]!;
          if (next.kind === 'heading') break;
          out.add(next);
        }
      }
    }
    const header = block.cell?.columnHeader;
    if (block.cell && !block.cell.header && header && BASIS_COLUMN.test(header)) out.add(block);
  }
  return out;
}

function findBases(doc: PolicyDocument): Found[] {
  const found: Found[] = [];
  const contexts = basisContexts(doc);
  for (const sentence of doc.sentences) {
    if (!isProseBlock(sentence.block)) continue;
    for (const { basis, pattern } of NAMED) scan(sentence, pattern, () => basis, found);
    scan(sentence, ARTICLE_6, (m) => LETTER[(m[1] ?? '').toLowerCase()], found);
    if (contexts.has(sentence.block) && sentence.block.kind !== 'heading') {
      for (const { basis, pattern } of SHORT) {
        scan(sentence, pattern, (m) => (basis === 'contract' && POINTER_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 40), m.index)) ? undefined : basis), found);
      }
    }
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'gdpr/legal-basis',
    description: 'The policy names the legal basis (Art. 6(1)) of the processing, ideally for each purpose.',
    reference: 'GDPR Art. 13(1)(c), Art. 14(1)(c) and Art. 6(1)(a)–(f)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'No legal basis is stated for the processing: {law} Art. 13(1)(c) requires the legal basis under Art. 6(1) (consent, contract, legal obligation, vital interests, public task or legitimate interests).',
        severity: 'error',
        suggestion:
          'Add a "Legal basis" section or table that names the basis for each purpose, e.g. "Providing the service: performance of a contract (Art. 6(1)(b))".',
      },
      unnamed: {
        text: '"{text}" is mentioned, but no basis is named: {law} Art. 13(1)(c) requires saying which basis of Art. 6(1) applies.',
        severity: 'warning',
        suggestion: 'Name the basis for each purpose: consent, performance of a contract, legal obligation, vital interests, public task or legitimate interests.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);
    const found = findBases(doc);
    if (found.length > 0) {
      const seen = new Set<Basis>();
      for (const f of found) {
        if (seen.has(f.basis)) continue;
        seen.add(f.basis);
        context.evidence({ item: `legal basis: ${f.basis}`, status: f.negated ? 'not-applicable' : 'met', at: f.range });
      }
      const first = found.find((f) => !f.negated) ?? found[0]!;
      context.evidence({ item: 'legal basis', status: first.negated ? 'not-applicable' : 'met', at: first.range });
      return;
    }
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block)) continue;
      const generic = GENERIC.exec(sentence.text);
      if (generic) {
        const range = sentence.rangeOf(generic.index, generic.index + generic[0].length);
        context.report({ messageId: 'unnamed', data: { law, text: generic[0] }, at: range });
        context.evidence({ item: 'legal basis', status: 'partial', at: range });
        return;
      }
    }
    const none = doc.sentences.find((s) => isProseBlock(s.block) && NO_PROCESSING.test(s.text.trim()));
    if (none) {
      context.evidence({ item: 'legal basis', status: 'not-applicable', at: none });
      return;
    }
    context.report({ messageId: 'missing', data: { law }, at: missingAt(doc, WHERE_TO_LOOK) });
    context.evidence({ item: 'legal basis', status: 'missing' });
  },
});
