import { defineRule } from '../../src/engine/index.js';
import type { Block, Section, Sentence } from '../../src/model/index.js';
import { hits, statementBlocks, type Hit } from '../shared/statements.js';
import { gated } from '../shared/gated.js';

// ---- places ------------------------------------------------------------------------------

/** South Africa, as policies name it after "outside" or "in". */
const HOME = String.raw`(?:the\s)?(?:Republic(?:\sof\sSouth\sAfrica)?|South\sAfrica|RSA|SA)\b`;

/**
 * Places outside South Africa that policies name as where information is stored or
 * processed. Case-sensitive, so "contact us" is not the United States.
 */
const FOREIGN =
  /(?:United States(?: of America)?|U\.S\.A?\.?|USA|US(?![\w$])|America|Canada|India|China|Japan|Australia|Singapore|Brazil|Israel|Russia|Hong Kong|Philippines|Ukraine|Turkey|Mexico|South Korea|Korea|Taiwan|Vietnam|Indonesia|Malaysia|New Zealand|Argentina|Nigeria|Kenya|Egypt|Namibia|Botswana|Mauritius|Zimbabwe|United Arab Emirates|UAE|United Kingdom|UK|Ireland|Germany|France|(?:the )?Netherlands|Belgium|Sweden|Finland|Denmark|Norway|Switzerland|Spain|Italy|Poland|Austria|Portugal|Luxembourg|Europe|European Union|European Economic Area|EU|EEA|Frankfurt|Dublin|Amsterdam|London|Virginia|Oregon|California)(?![\w-])/g;
/** "US-based providers", "EU regions": a foreign place that needs no lead-in. */
const PLACE_NOUN = /^(?:US|U\.S\.|United States|EU|UK)[- ](?:based|regions?|servers?|data[- ]?cent(?:er|re)s?|providers?|sub-?processors?|vendors?)\b/;

/** What comes just before a place where information is kept ("stored in", "servers in", "Region:"). */
const LOCATION_LEAD =
  /\b(?:stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|host(?:s|ed|ing)?|hous(?:e|ed)|kept|held|transferr?(?:s|ed|ing)?|sen[dt]|mov(?:e|ed)|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|(?:servers?|data[- ]?cent(?:er|re)s?|infrastructure|sub-?processors?|operators?|processors?|(?:service )?providers?|vendors?|cloud) (?:(?:are|is|located|based|operated|operating|that operate|which operate|may be located|may operate) ){0,2}(?:in|from)|(?:primary |hosting |data |storage )?regions?\s?[:–—-]|(?:data|hosting) (?:location|residency)\s?[:–—-])\s(?:(?:and|or|in|to|within|at|our|the|a|an|data|centers?|centres?|servers?|located|processed|facilities|your|personal|information|all|customer|user|client|head|offices?|headquarters|parent|group|holding|sister|compan(?:y|ies)|affiliates?|teams?|colleagues|staff|with|details|records|files|platforms?|systems?|websites?|apps?|applications?|databases?|backups?)\s){0,8}$/i;
/** "… providers are based in": counts only when a provider or server is the subject. */
const BASED_IN = /\b(?:based|located|headquartered|established)\s(?:in\s)?(?:the\s)?$/i;
const PROVIDER_WORD =
  /\b(?:(?:sub-?)?processors?|operators?|providers?|vendors?|servers?|data[- ]?cent(?:er|re)s?|hosting|infrastructure|recipients?|(?:call|contact|support|service)[- ]?cent(?:er|re)s?|help[- ]?desks?|support\s(?:teams?|staff|agents?)|customer\s(?:service|support|care)\s(?:teams?|staff|agents?))\b/i;
/**
 * The business's own systems named as what sits abroad ("a CRM based in the United States",
 * "our booking software is hosted in Ireland"): counted only when the system is the subject
 * just before "based in", so "We are based in the UK and run a platform" is not.
 */
const SYSTEM_BEFORE =
  /\b(?:CRMs?|ERPs?|databases?|(?:cloud|SaaS|software|booking|payroll|accounting|e-?mail|mailing|marketing|HR|IT|CRM)\s(?:services?|platforms?|systems?|tools?|software|applications?|providers?)|platforms?|software),?\s(?:(?:is|are|that\sis|which\sis)\s)?(?:based|located|headquartered|established)\s(?:in\s)?(?:the\s)?$/i;
/** "… offices in the UK and Kenya, and your information is shared with our group companies there." */
const IN_PLACE = /\bin\s(?:the\s)?$/i;
const SENT_THERE = /\b(?:transferr?(?:ed|ing)?|sen[dt]|shared?|disclosed?|stored|processed|hosted|kept)\b[^.;]{0,60}?\b(?:there|in\s(?:those|these|that|this)\scountr(?:y|ies))\b/i;
/** A condition ("If you are located in the EU"): not a statement about where data is kept. */
const CONDITION = /\b(?:if|whether|in case|unless)\b/i;

// ---- what a policy says about transfers: one synonym list per concept ---------------------

/** Talk of transfers as such: "cross-border transfers", "outside South Africa", "other countries". */
/** A word every phrasing of TRANSFER_MENTION needs: most sentences lack one and skip it. */
const ABROAD_WORD = /border|international|overseas|offshore|foreign|outside|beyond|countr|jurisdiction|territor|world|globe|frontier|abroad/i;
const TRANSFER_MENTION = gated(new RegExp(
  [
    String.raw`\b(?:cross[- ]border|trans[- ]?border|international|overseas|offshore|foreign)\s(?:(?:personal\s)?(?:data|information)\s)?(?:transfers?|flows?|transmissions?)\b`,
    String.raw`\b(?:transfer|sen[dt]|stor|process|host|mov|export|disclos|shar|kept|held|handl|locat|situat|based)\w{0,5}\b[^.;]{0,50}?\b(?:outside|beyond)\s(?:of\s)?(?:the\sborders\sof\s)?${HOME}`,
    // "processed in countries other than South Africa", "sent to a jurisdiction outside the Republic".
    String.raw`\b(?:transfer|sen[dt]|stor|process|host|mov|export|disclos|shar)\w{0,5}\b[^.;]{0,50}?\b(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies))\s(?:other\sthan|outside(?:\sof)?)\s(?:the\sborders\sof\s)?${HOME}`,
    String.raw`\b(?:transfer|sen[dt]|stor|process|host|mov|export|disclos)\w{0,5}\b[^.;]{0,50}?\b(?:to|in|into)\s(?:a\s|any\s|one\sor\smore\s)?(?:third|other|foreign|another)\s(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies))\b`,
    String.raw`\b(?:transfer|sen[dt]|stor|process|host|mov|export|disclos|shar|access)\w{0,5}\b[^.;]{0,50}?\b(?:(?:around|across)\sthe\s(?:world|globe)|worldwide|internationally|in\smultiple\scountries)\b`,
    // "transferred to any country in which our group companies operate", "to every country where we do business".
    String.raw`\b(?:transfer|sen[dt]|stor|process|host|mov|export|disclos)\w{0,5}\b[^.;]{0,50}?\b(?:to|in|into)\s(?:any|every|each|all)\s(?:(?:of\s)?the\s)?countr(?:y|ies)\s(?:in\swhich|where)\b`,
    String.raw`\bthird countr(?:y|ies)\b`,
    // Recipients described as abroad: "we use international cloud providers to host …", "overseas data centres".
    String.raw`\b(?:international|overseas|offshore|foreign)\s(?:(?:cloud|hosting|IT|technology|software|storage|service)\s)?(?:(?:service\s)?providers?|servers?|data[- ]?cent(?:er|re)s?|vendors?|sub-?processors?|operators?|hosts?)\b`,
    // "transferred across borders", "data flows across national borders".
    String.raw`\b(?:transfer|sen[dt]|stor|process|mov|export|disclos|shar|flow)\w{0,5}\b[^.;]{0,30}?\bacross\s(?:the\s)?(?:(?:national|international|country|state)\s)?(?:borders|frontiers)\b`,
    String.raw`\b(?:transfer|sen[dt]|stor|process|host|mov)\w{0,5}\b[^.;]{0,40}?\b(?:abroad|overseas|offshore)\b`,
  ].join('|'),
  'gi',
), ABROAD_WORD);

/**
 * POPIA s72(1) grounds that describe the protection the information has abroad:
 * (a) a law, binding corporate rules or a binding agreement giving an adequate level of
 * protection; (c)/(d) necessity for a contract; (e) the data subject's benefit.
 */
const GROUNDS: Array<{ name: string; pattern: RegExp }> = [
  {
    name: 'an adequate level of protection (s72(1)(a))',
    pattern:
      /\badequa(?:te|cy)\b[^.;]{0,30}?\b(?:protection|laws?|designation|decisions?|findings?|safeguards)\b|\b(?:equivalent|comparable|substantially similar|similar|the same|no less protective|at least as protective)\s(?:to\s(?:those\s(?:required\s)?(?:by|of|under|in)\s)?(?:POPIA|the Act|South African law)|(?:level|standard)s?\sof\s(?:data\s)?protection|(?:data\s)?protection)\b|\bprotections?\b[^.;]{0,30}?\b(?:equivalent|comparable|substantially similar|no less protective)\b/gi,
  },
  { name: 'binding corporate rules (s72(1)(a))', pattern: /\bbinding corporate rules\b|\bBCRs?\b/gi },
  {
    name: 'a binding agreement (s72(1)(a))',
    pattern:
      /\b(?:data (?:processing|transfer|protection|sharing) (?:agreements?|addend(?:um|a))|DPAs?|operator agreements?|(?:standard )?contractual (?:clauses|safeguards|protections|obligations|commitments)|SCCs?|binding (?:agreements?|contracts?)|intra-?group (?:data transfer )?agreements?)\b/gi,
  },
  // Transfers made under s72 ("only in accordance with section 72", "as section 72 requires"), not the
  // section described ("Transborder information flows are regulated by section 72").
  {
    name: 'section 72',
    pattern: /\b(?:accordance|compliance|comply|complies|conform\w{0,4}|terms|permitted|required|allowed|authori[sz]ed|subject|satisf\w{1,4}|meet\w{0,3})\b[^.;]{0,30}?\b(?:section|sec\.|s\.?)\s?72\b|\b(?:section|sec\.|s\.?)\s?72\b[^.;]{0,40}?\b(?:requires?|permits?|allows?)\b/gi,
  },
  {
    name: 'necessity for a contract (s72(1)(c)–(d))',
    pattern: /\bnecessary\s(?:for|to|in order to)\b[^.;]{0,50}?\b(?:contracts?|agreement with you)\b|\b(?:perform|conclu\w{1,4}|fulfil\w{0,3})\s(?:of\s)?(?:our|the|a|your)\scontract\b/gi,
  },
  { name: "the data subject's benefit (s72(1)(e))", pattern: /\bfor\s(?:your|the data subject'?s?)\sbenefit\b/gi },
];

/**
 * s72(1)(b): consent, also "you agree to this" next to the transfer. Alone it says nothing
 * about the protection abroad.
 */
const CONSENT =
  /\b(?:consent(?:s|ed|ing)?|agree(?:s|d)?)\sto\s(?:this|that|it|them)\b(?!\s(?:policy|notice|statement|terms|agreement))|\b(?:consent(?:s|ed|ing)?|agree(?:s|d)?)\s(?:to\s)?(?:the\s|these\s|this\s|such\s|any\s|our\s)?(?:collection[^.;]{0,40}?)?(?:cross[- ]border\s|international\s|overseas\s)?(?:transfers?|transferring|transmission|storage|processing)\b|\bwith\s(?:your\s)?(?:prior\s|express\s|explicit\s)?consent\b/gi;

/** "We do not transfer personal information outside South Africa", "All data is stored in South Africa". */
const NO_TRANSFER = new RegExp(
  [
    String.raw`\b(?:(?:do|does|will|shall)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t|never)\s(?:ever\s)?(?:transfer|send|move|export|store|process|host)\b[^.;]{0,60}?\b(?:outside\s(?:of\s)?${HOME}|abroad|offshore|overseas|(?:to|in)\s(?:a\s|any\s)?(?:third|other|foreign)\scountr(?:y|ies))`,
    // The subject denies it: "no data is sent abroad", "nothing is stored offshore", "none of your records are transferred overseas".
    String.raw`\b(?:nothing|none(?:\sof\s(?:it|this|them|(?:your|the|our|its|their)(?:\s[\w-]{2,20}){1,2}))?|no\s(?:(?:personal|customer|member|user|client|patient)\s)?(?:data|information|records?|details|files?))\s(?:(?:is|are|will|be|ever|gets?|shall|we\s(?:hold|keep|collect))\s){0,3}(?:transferred|sent|exported|stored|moved|processed|hosted|kept|shared|leaves?)\b[^.;]{0,40}?\b(?:outside|abroad|offshore|overseas|(?:to|in) (?:a |any )?(?:third|other|foreign) countr(?:y|ies))`,
    // The verb denies it: "your records are never transferred outside South Africa", "is not stored abroad".
    String.raw`\b(?:(?:is|are|will|shall|would)\s(?:not|never)|(?:isn|aren|won)['’]t|never)\s(?:be\s)?(?:ever\s)?(?:transferred|sent|exported|stored|moved|processed|hosted|kept|shared)\b[^.;]{0,40}?\b(?:outside|abroad|offshore|overseas|(?:to|in) (?:a |any )?(?:third|other|foreign) countr(?:y|ies))`,
    // "never leaves South Africa", "nothing we hold leaves the country".
    String.raw`\b(?:(?:do|does|will)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t|never) (?:leaves?|exit)\s(?:${HOME}|the\scountry)`,
    String.raw`\bnothing\b[^.;]{0,30}?\bleaves\s(?:${HOME}|the\scountry)`,
    String.raw`\b(?:all|any|your)\b[^.;]{0,40}?\b(?:(?:is|are) )?(?:stored|processed|hosted|kept)(?: and (?:stored|processed|hosted))? (?:exclusively |only |solely |entirely |locally )?(?:in|within) ${HOME}`,
    String.raw`\b(?:stored|processed|hosted|kept)(?: and (?:stored|processed|hosted))? (?:exclusively|only|solely|entirely|locally) (?:in|within|on servers in) ${HOME}`,
    // "Cross-border transfers: none", "Your data stays in South Africa".
    String.raw`\b(?:cross[- ]border|international|overseas)\s(?:data\s)?transfers?\s?[:–—-]\s?(?:none|no|n\/a|not\sapplicable)\b`,
    String.raw`\b(?:stays?|remains?)\s(?:(?:only|exclusively|entirely|always)\s)?(?:in|within)\s${HOME}`,
  ].join('|'),
  'i',
);
/** Where the reader is ("If you are based outside South Africa"): not where their information goes. */
const READER_PLACE = /^(?:locat|situat|based)/i;
const READER_SUBJECT = /\b(?:you|you['’]re|users?|visitors?|customers?|clients?)\s(?:(?:are|is|live|reside)\s)?(?:(?:currently|ordinarily|normally)\s)?$/i;

/** A heading naming transfers abroad ("International transfers", "Transfers outside South Africa"). */
const ABROAD_HEADING = new RegExp(
  String.raw`\b(?:cross[- ]border|trans[- ]?border|international|overseas|offshore|foreign)\s(?:(?:personal\s)?(?:data|information)\s)?(?:transfers?|flows?)\b|\btransfers?\s(?:(?:of\s)?(?:personal\s)?(?:data|information)\s)?(?:outside|abroad|beyond)\b`,
  'i',
);
/** Information handed on, in a section under such a heading: "your passport details are sent to the airlines". */
const HANDED_ON = /\b(?:transferr?(?:s|ed|ing)?|sen[dt]s?|sending|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|pass(?:es|ed)?\son|forward(?:s|ed|ing)?)\b/gi;

/** "… except …" limits a declaration: then it is not one. */
const EXCEPTION = /\b(?:except|other than|apart from|unless|save (?:for|as)|however|but)\b/i;
/** "We cannot guarantee that nothing is sent abroad": a denial hedged away before it starts. */
const HEDGED = /\b(?:cannot|can['’]t|can\snot|(?:do|does)\snot|(?:don|doesn)['’]t|unable\sto)\s(?:promise|guarantee|ensure|warrant|assure)\b[^.;]{0,40}$/i;

/** Headings where a reader looks for transfers. */
const TRANSFER_HEADING =
  /\b(?:(?<!business |corporate )transfers?|cross[- ]border|trans[- ]?border|international|where (?:we (?:store|process|keep)|your (?:data|information) is)|data (?:storage|location|residency|hosting)|storage (?:location|and security))\b/i;

// ---- helpers ---------------------------------------------------------------------------

/** Is a foreign place named as where information is stored or processed? */
function isProcessingPlace(sentence: Sentence, index: number, text: string): boolean {
  const before = sentence.text.slice(Math.max(0, index - 70), index);
  if (CONDITION.test(before)) return false;
  if (PLACE_NOUN.test(sentence.text.slice(index))) return true;
  if (LOCATION_LEAD.test(before)) return true;
  if (BASED_IN.test(before) && (PROVIDER_WORD.test(sentence.text) || SYSTEM_BEFORE.test(before))) return true;
  if (IN_PLACE.test(before) && SENT_THERE.test(sentence.text.slice(index))) return true;
  // A table of providers with a "Country" / "Location" column.
  const header = sentence.block.cell?.columnHeader ?? '';
  return text.length > 0 && /\b(?:country|countries|location|region|where|hosted|jurisdiction)\b/i.test(header);
}

function inTransferSection(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s.heading && TRANSFER_HEADING.test(s.title)) return true;
  return false;
}

/** Is the mention about information, not where the reader lives ("If you are located outside South Africa")? */
function isTransferMention(sentence: Sentence, index: number, text: string): boolean {
  return !(READER_PLACE.test(text) && READER_SUBJECT.test(sentence.text.slice(Math.max(0, index - 40), index)));
}

/**
 * Sentences that hand information on under a heading about transfers abroad: the heading
 * says where it goes. A section that declares nothing leaves South Africa has none.
 */
function headedTransfers(prose: Block[]): Hit[] {
  const sections = new Map<Section, Block[]>();
  for (const b of prose) {
    let s: Section | null = b.section;
    while (s && !(s.heading && ABROAD_HEADING.test(s.title))) s = s.parent;
    if (s) sections.set(s, [...(sections.get(s) ?? []), b]);
  }
  return [...sections.values()].flatMap((blocks) =>
    blocks.some((b) => b.sentences.some((x) => NO_TRANSFER.test(x.text))) ? [] : hits(blocks, HANDED_ON),
  );
}

/** Blocks near a transfer statement, or in a transfers section: where its ground is stated. */
function transferContext(prose: Block[], anchors: Hit[]): Set<Block> {
  const near = new Set<number>();
  for (const h of anchors) for (let i = h.sentence.block.index - 3; i <= h.sentence.block.index + 4; i++) near.add(i);
  return new Set(prose.filter((b) => near.has(b.index) || inTransferSection(b.section)));
}

/** The sentence's declaration that no information leaves South Africa (with no exception after it). */
function declaresNone(sentence: Sentence): RegExpExecArray | null {
  const m = NO_TRANSFER.exec(sentence.text);
  return m && !EXCEPTION.test(sentence.text.slice(m.index + m[0].length)) && !HEDGED.test(sentence.text.slice(0, m.index)) ? m : null;
}

const quote = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

// ---- the rule --------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'popia/cross-border',
    description:
      'Where personal information goes to a foreign country, the policy says so and describes the level of protection it has there (the section 72 ground relied on).',
    reference: 'POPIA s18(1)(g), s72(1)',
    jurisdictions: ['popia'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'Personal information is stored or processed in {place}, but the policy does not say that it leaves South Africa or what level of protection it has there (POPIA s18(1)(g), s72(1)).',
        severity: 'error',
        suggestion:
          'Add a "Cross-border transfers" section: say that information is transferred to {place} and which section 72(1) ground protects it there (an adequate law, binding corporate rules or a binding agreement).',
      },
      noProtection: {
        text: 'The policy mentions transfers outside South Africa ("{text}") but does not describe the level of protection the information has there or the section 72 ground relied on (POPIA s18(1)(g), s72(1)).',
        severity: 'error',
        suggestion:
          'Name the ground for each transfer: a recipient subject to an adequate law, binding corporate rules or a binding agreement (s72(1)(a)), or necessity for a contract with the data subject (s72(1)(c)–(d)).',
      },
      consentOnly: {
        text: 'The policy relies only on consent ("{text}") for transfers outside South Africa and does not describe the level of protection the information has there (POPIA s18(1)(g), s72(1)(b)).',
        severity: 'warning',
        suggestion:
          'Describe the protection abroad — e.g. agreements with each recipient that require protection substantially similar to POPIA (s72(1)(a)) — rather than relying on consent alone.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const prose = statementBlocks(doc);

    // "Cross-border transfers: none." names transfers only to deny them.
    const mentions = [...hits(prose, TRANSFER_MENTION, isTransferMention), ...headedTransfers(prose)].filter((h) => !declaresNone(h.sentence));
    const places = hits(prose, FOREIGN, isProcessingPlace);

    if (mentions.length === 0 && places.length === 0) {
      // Nothing says information leaves South Africa: s18(1)(g) applies only "where applicable".
      for (const block of prose) {
        for (const sentence of block.sentences) {
          const m = declaresNone(sentence);
          if (!m) continue;
          context.evidence({ item: 'cross-border transfer protection', status: 'not-applicable', at: sentence.rangeOf(m.index, m.index + m[0].length) });
          return;
        }
      }
      context.evidence({ item: 'cross-border transfer protection', status: 'not-applicable' });
      return;
    }

    const scope = [...transferContext(prose, [...mentions, ...places])].sort((a, b) => a.index - b.index);
    const ground = GROUNDS.flatMap((g) => hits(scope, g.pattern))[0];
    if (ground) {
      context.evidence({ item: 'cross-border transfer protection', status: 'met', at: ground.range });
      return;
    }
    const consent = hits(scope, CONSENT)[0];
    if (consent) {
      const text = quote(consent.sentence.text.slice(0, 200).trim());
      context.report({ messageId: 'consentOnly', data: { text }, at: consent.range });
      context.evidence({ item: 'cross-border transfer protection', status: 'partial', at: consent.range });
      return;
    }
    const mention = mentions[0];
    if (mention) {
      context.report({ messageId: 'noProtection', data: { text: quote(mention.text) }, at: mention.range });
      context.evidence({ item: 'cross-border transfer protection', status: 'missing', at: mention.range });
      return;
    }
    const place = places[0] as Hit;
    const name = place.text.replace(/^the\s/i, '');
    context.report({ messageId: 'missing', data: { place: name }, at: place.range });
    context.evidence({ item: 'cross-border transfer protection', status: 'missing', at: place.range });
  },
});
