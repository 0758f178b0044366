import { defineRule } from '../../src/engine/index.js';
import { gdprName } from '../../src/model/index.js';
import type { Block, PolicyDocument, Section, Sentence } from '../../src/model/index.js';
import { gated } from '../shared/gated.js';
import { hits, statementBlocks, type Hit } from '../shared/statements.js';

// ---- places ------------------------------------------------------------------------------

/** The area whose borders a transfer crosses: the EEA (GDPR) or the UK (UK GDPR). */
const HOME_AREA =
  /(?:the\s)?(?:EEA|EU|European Economic Area|European Union|Europe|UK|United Kingdom|Switzerland|EU\/EEA|EEA\/UK|EU\/UK|EEA and (?:the )?(?:UK|United Kingdom|Switzerland))\b/;
/** EEA states, for "all data is stored in Germany". */
const EEA_STATE =
  /(?:Austria|Belgium|Bulgaria|Croatia|Cyprus|Czech(?:ia| Republic)|Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Luxembourg|Malta|(?:the )?Netherlands|Poland|Portugal|Romania|Slovakia|Slovenia|Spain|Sweden|Iceland|Liechtenstein|Norway|Frankfurt|Dublin|Amsterdam|Paris|Stockholm|Helsinki|Falkenstein|Nuremberg)\b/;
/**
 * Cities, states and cloud regions outside the EEA that policies give as where data is hosted
 * or where support and engineering staff work ("AWS in Virginia", "our support team in Manila",
 * "region us-east-1"): each names a third country as surely as the country's own name.
 */
const THIRD_COUNTRY_PLACES = [
  // United States: states and cities where data centres and offices usually are.
  'Virginia', 'Ohio', 'Oregon', 'California', 'Iowa', 'Texas', 'Illinois', 'New York', 'New Jersey', 'San Francisco', 'Seattle', 'Chicago', 'Boston', 'Los Angeles', 'Silicon Valley', 'Dallas', 'Atlanta', 'Denver', 'Miami',
  // Canada, Asia-Pacific, Latin America, Africa, other European third countries.
  'Toronto', 'Montreal', 'Vancouver', 'Manila', 'Cebu', 'Bangalore', 'Bengaluru', 'Mumbai', 'Hyderabad', 'Pune', 'Chennai', '(?:New )?Delhi', 'Noida', 'Gurgaon', 'Gurugram', 'Kolkata', 'Karachi', 'Lahore', 'Dhaka', 'Colombo', 'Beijing', 'Shanghai', 'Shenzhen', 'Tokyo', 'Osaka', 'Seoul', 'Taipei', 'Sydney', 'Melbourne', 'Auckland', 'Kuala Lumpur', 'Jakarta', 'Bangkok', 'Ho Chi Minh City', 'Hanoi', 'Tel Aviv', 'Dubai', 'S[aã]o Paulo', 'Buenos Aires', 'Bogot[aá]', 'Mexico City', 'Cape Town', 'Johannesburg', 'Nairobi', 'Cairo', 'Kyiv', 'Kiev', 'Lviv', 'Kharkiv', 'Belgrade', 'Minsk', 'Istanbul', 'Moscow',
  // Cloud regions outside Europe ("us-east-1", "ap-southeast-2").
  String.raw`(?:us|ca|sa|ap|me|af)-(?:east|west|south|north|central|northeast|southeast|northwest|southwest)-\d`,
].join('|');
/** Third countries that policies name as places where data is processed. */
const THIRD_COUNTRY = new RegExp(
  String.raw`(?:United States(?: of America)?|U\.S\.A?\.?|USA|US(?![\w$])|America|Canada|India|China|Japan|Australia|Singapore|Brazil|Israel|Russia|South Africa|Hong Kong|Philippines|Ukraine|Turkey|Mexico|South Korea|Korea|Taiwan|Vietnam|Indonesia|Malaysia|New Zealand|Argentina|Nigeria|Kenya|Egypt|United Arab Emirates|UAE|Serbia|Pakistan|Bangladesh|Sri Lanka|Thailand|Colombia|Chile|Morocco|Belarus|${THIRD_COUNTRY_PLACES})(?![\w-])`,
);

// ---- what a policy says about transfers: one synonym list per concept ---------------------

/** Where data is stored or processed ("processed in", "servers in", "Region:", "servers in Virginia, USA", "our support staff in"). */
const LOCATION_LEAD =
  /\b(?:stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|host(?:s|ed|ing)?|hous(?:e|ed)|kept|held|transferr?(?:s|ed|ing)?|sen[dt]|mov(?:e|ed)|(?:servers?|data[- ]?cent(?:er|re)s?|infrastructure|sub-?processors?|processors?|(?:service )?providers?|vendors?|partners|affiliates|staff|teams?|employees|personnel|engineers|developers|contractors|freelancers|consultants|agents|call[- ]?cent(?:er|re)s?|(?:support|customer service|development) (?:cent(?:er|re)s?|desks?|offices?)) (?:(?:are|is|located|based|operated|operating|that operate|which operate|may be located|may operate) ){0,2}(?:in|from)|(?:primary |hosting |data |storage )?regions?\s?[:–—-]|(?:data|hosting) (?:location|residency)\s?[:–—-])\s(?:(?:and|or|in|to|within|at|our|the|a|an|data|centers?|servers?|located|processed|facilities)\s){0,4}(?:[\w.-]{2,20},\s)?$/i;
/** "hosted with Amazon Web Services in", "stored by our CRM provider on servers in": a provider named between the verb and the place. */
const HOSTED_BY =
  /\b(?:stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|host(?:s|ed|ing)?|kept|held|run(?:s|ning)?)\s(?:by|with|at|on|through|via)\s(?:[\w.&'’-]{1,25}\s){1,5}(?:in|from)\s(?:(?:the|a|its|our|region|servers?|data\scent(?:er|re)s?)\s){0,3}(?:[\w.-]{2,20},\s)?$/i;
/**
 * The verb with its object before the place: "we process your data in the United States", "Stripe processes card
 * data in the US", "our CRM vendor keeps customer records in the USA", "backups of it are held in Canada".
 */
const OBJECT_LEAD =
  /\b(?:stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|host(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held)\s(?:[\w'’-]{1,20}\s){0,3}?(?:data|information|details|records|files|backups?|copies|it|them)\s(?:(?:on\s(?:servers|computers)|at\sdata\scent(?:er|re)s)\s)?(?:in|within)\s(?:the\s)?$/i;
/** "US-based providers", "EU + US regions": a third country that needs no lead-in. */
const PLACE_NOUN = /(?:US|U\.S\.|United States)[- ](?:based|regions?|servers?|data[- ]?cent(?:er|re)s?|compan(?:y|ies)|providers?|sub-?processors?|vendors?)\b/;
const LOCATION = new RegExp(`\\b(?:${PLACE_NOUN.source}|${THIRD_COUNTRY.source})`, 'g');
const PLACE_NOUN_ONLY = new RegExp(`^${PLACE_NOUN.source}$`);
/**
 * The host named with its address, the country closing it: "Hoster or provider of this website is GitHub Inc., 88 Colin P
 * Kelly Jr St, San Francisco, CA 94107, United States", "Our website is hosted by Acme LLC, 1 Main St, Austin, TX, USA".
 */
const HOST_ADDRESS =
  /\b(?:host(?:er|ing\s{1,3}(?:provider|company|service))?|web\s{0,1}host|(?:provider|operator)\s{1,3}of\s{1,3}(?:this|our|the)\s{1,3}(?:website|site|app|service)|hosted\s{1,3}(?:by|with|at))\b[^;]{0,160}?,\s{0,3}$/i;
/** "… providers are based in": with a provider or server in the sentence, not the business itself. */
const BASED_IN = /\b(?:based|located|headquartered|established)\s(?:in\s)?$/i;
const PROVIDER_WORD = /\b(?:(?:sub-?)?processors?|providers?|vendors?|partners|servers?|data[- ]?cent(?:er|re)s?|hosting|infrastructure|recipients?|affiliates)\b/i;
/**
 * A transfer to a named third country with the data between: "we transfer your data to the
 * United States", "you authorize us to transfer, store and process your information to and in
 * the U.S.". Case-sensitive, like the country names ("to us" is no country).
 */
const TRANSFER_TO_COUNTRY = gated(
  new RegExp(String.raw`\b[Tt]ransferr?(?:s|ed|ing)?\b[^.;]{0,50}?\bto\s(?:and\s(?:in|within)\s)?(?:the\s)?${THIRD_COUNTRY.source}`, 'g'),
  /ransfer/,
);
/** A condition ("If this server is in the USA"): a template's branch, not a statement. */
const CONDITION = /\b(?:if|whether|in case)\b/i;

/** Talk of transfers as such: "international transfers", "outside the EEA", "third countries". */
const TRANSFER_MENTION = new RegExp(
  [
    String.raw`\b(?:international|cross[- ]border|overseas|global) (?:data )?transfers?\b`,
    String.raw`\btransfers? (?:of (?:your |personal )?(?:personal )?(?:data|information) )?(?:to|into) (?:third|other|non[- ]EU|non[- ]EEA) countr(?:y|ies)\b`,
    String.raw`\bthird countr(?:y|ies)\b`,
    String.raw`\b(?:transferr?\w{0,4}|process\w{0,4}|stor\w{0,4}|host\w{0,4}|sen[dt]|accessed|leaves?|moved?|kept|handled|(?:recipients?|processors?|sub-?processors?|providers?|vendors?|suppliers?|contractors?|sub-?contractors?|servers?|partners|affiliates|offices|staff|teams?)(?: (?:are |is )?(?:located|based))?)\b[^.;]{0,40}?\boutside (?:of )?${HOME_AREA.source}`,
    String.raw`\b(?:transferr?\w{0,4}|process\w{0,4}|stor\w{0,4}|host\w{0,4}|sent|moved?)\b[^.;]{0,30}?\b(?:in|to) (?:other|different|foreign) (?:countries|jurisdictions)\b`,
    // The adverb: "where we transfer personal data internationally", "details sent abroad", "stored overseas".
    String.raw`\b(?:transferr?\w{0,4}|process\w{0,4}|stor\w{0,4}|host\w{0,4}|sen[dt]|moved?|shared)\b[^.;]{0,40}?\b(?:internationally|abroad|overseas)\b`,
    // "when data leaves the EEA", "before your information leaves the UK".
    String.raw`\b(?:data|information|it|details)\s(?:\w{1,12}\s)?(?:leaves?|leaving)\s(?:the\s)?(?:EEA|EU|UK|European (?:Economic Area|Union))\b`,
    // "processed on servers around the world", "stored in many countries".
    String.raw`\b(?:transferr?\w{0,4}|process\w{0,4}|stor\w{0,4}|host\w{0,4})\b[^.;]{0,40}?\b(?:around the world|across the (?:world|globe)|worldwide|globally|in (?:many|multiple|various|several|a number of) (?:countries|jurisdictions))(?![\w-])`,
    // Where the data sits, with the servers as the subject: "our servers are located around the world", "we run data
    // centres in several countries", "our infrastructure is distributed globally".
    String.raw`\b(?:servers?|data[- ]?cent(?:er|re)s?|infrastructure|cloud (?:regions?|locations?)|hosting (?:locations?|regions?))\b[^.;]{0,40}?\b(?:around the world|across the (?:world|globe)|worldwide|globally|(?:in|over|across) (?:many|multiple|various|several|a number of|different) (?:countries|jurisdictions|regions))(?![\w-])`,
    // The template's "transferred to — and maintained on — computers located outside of your state, province, country or
    // other governmental jurisdiction where the data protection laws may differ": the reader's own country left.
    String.raw`\b(?:transferr?\w{0,4}|process\w{0,4}|stor\w{0,4}|host\w{0,4}|maintain\w{0,4}|sent|moved?|located)\b[^.;]{0,40}?\boutside (?:of )?your (?:(?:own|home) )?(?:state|province|country|jurisdiction)\b`,
    // "transferred to countries whose laws do not protect personal data as well as ours", "sent to countries where …".
    String.raw`\b(?:transferr?\w{0,4}|sent|moved?)\b[^.;]{0,30}?\bto (?:other )?countries (?:whose|where|that|which|with)\b`,
    // "transferred to, and processed in, countries other than the country in which you are resident".
    String.raw`\b(?:transferr?\w{0,4}|process\w{0,4}|stor\w{0,4}|host\w{0,4}|sent|moved?|accessed)\b[^.;]{0,30}?\b(?:countries|jurisdictions) (?:other than|outside(?: of)?) (?:the|your|that|those|where)\b`,
  ].join('|'),
  'gi',
);

/**
 * Protection promised wherever the data goes: "protected wherever it is processed", "regardless of where it is
 * stored", "wherever in the world we process it": the data may leave the area, and no safeguard is named. A hedge,
 * so it counts only where the policy places the data nowhere inside the area ("We host everything in Frankfurt").
 */
const WHEREVER =
  /\b(?:wherever (?:in the world )?|(?:regardless|irrespective) of where |no matter where |in whichever country )(?:(?:it|they|your (?:personal )?(?:data|information)|the (?:personal )?(?:data|information)|we) )(?:is |are |may be |gets |get )?(?:processed|stored|hosted|transferred|located|held|kept|process (?:it|them)|store (?:it|them))\b/gi;
/** Data placed somewhere by name ("kept on our server in Vienna", "hosted in the EU"); a third country is no such place. */
const NAMED_PLACE = /\b(?:host|stor|process|keep|kept|held|hold|server|data[- ]?cent)\w{0,6}\b[^.;]{0,40}?\b(?:in|within)\s(?:the\s)?\p{Lu}[\p{L}-]{1,30}/gu;
const inArea = (_s: Sentence, _i: number, text: string): boolean => !THIRD_COUNTRY.test(text.slice(-32));
/** "… cannot access it", "… do not receive it": the clause after a mention denies the transfer. */
const DENIED_AFTER = /^[^.;]{0,40}?\b(?:cannot|can['’]t|can\s{1,3}not|do(?:es)?\s{1,3}not|don['’]t|doesn['’]t|never|will\s{1,3}not|won['’]t)\s{1,3}(?:have\s{1,3})?(?:access|see|receive|process|store|view|get)\b/i;

/**
 * Transfer mechanisms that GDPR Chapter V accepts. `copy`: Art. 13(1)(f) asks for the means
 * to obtain a copy of the Art. 46/47 safeguards; an adequacy decision (Art. 45) or a
 * derogation (Art. 49) has none.
 */
const SAFEGUARDS: Array<{ name: string; pattern: RegExp; copy: boolean }> = [
  { name: 'standard contractual clauses', pattern: /\b(?:(?:standard|legally[- ]required|statutory) (?:contractual|data protection|protection) clauses?|model (?:contract(?:ual)? )?clauses|SCCs?|EU (?:model|standard) clauses|International Data Transfer (?:Agreement|Addendum)|IDTA)\b|\b(?:(?:European )?Commission|EU)[- ]approved (?:standard |model )?(?:contracts?|contractual (?:clauses|terms|arrangements|agreements|provisions))\b|\bstandard contractual (?:terms|arrangements|agreements|provisions)\b|\bstandard contracts? (?:approved|adopted|issued) by the (?:European )?Commission\b/gi, copy: true },
  // Also as German notices translate "verbindliche interne Datenschutzvorschriften".
  { name: 'binding corporate rules', pattern: /\b(?:binding corporate rules|BCRs?|binding internal (?:data protection )?(?:rules|regulations))\b/gi, copy: true },
  { name: 'an approved code of conduct or certification', pattern: /\bapproved (?:codes? of conduct|certification (?:mechanisms?|schemes?))\b/gi, copy: true },
  { name: 'Article 46/47 safeguards', pattern: /\bArt(?:icle|\.)?\s?4[67](?:\s?\(\d\))?(?:\s?\([a-f]\))?(?! of the Charter)(?:\s(?:of the )?(?:UK )?GDPR)?/gi, copy: true },
  { name: 'an adequacy decision', pattern: /\badequacy (?:decisions?|findings?|regulations?)\b|\b(?:adequate level of (?:data )?protection|recogni[sz]ed level of (?:data )?protection|deemed (?:to (?:provide|offer|have) )?adequate|(?:countries|jurisdictions) (?:with|that have|offering) (?:an )?adequa\w{1,6})\b|\bArt(?:icle|\.)?\s?45\b/gi, copy: false },
  { name: 'the EU-US Data Privacy Framework', pattern: /\b(?:(?:EU|UK|Swiss)[- ](?:U\.?S\.?|US)[- ])?Data Privacy Framework\b|\bDPF\b/gi, copy: false },
  { name: 'an Article 49 derogation', pattern: /\bArt(?:icle|\.)?\s?49\b|\bderogations?\b|\bexplicit(?:ly)? consent(?:ed)? to (?:the |such |this )?transfers?\b|\bexplicit (?:consent|permission)\b[^.;]{0,80}?\btransferr?(?:s|ed|ing)?\b/gi, copy: false },
];

/** Mechanisms the CJEU invalidated: Safe Harbor (C-362/14, 2015), Privacy Shield (C-311/18, 2020). */
const INVALID = /\b(?:(?:EU|Swiss)[- ](?:U\.?S\.?|US)[- ])?Privacy Shield\b|\b(?:(?:US|U\.S\.)[- ](?:EU|Swiss)[- ]|(?:EU|Swiss)[- ](?:US|U\.S\.)[- ])?Safe Harbou?r\b/gi;
/** A Safe Harbor that is about transfers, not COPPA's or HIPAA's: also "our US parent company … guarantees an adequate level of protection". */
const SAFE_HARBOR_CONTEXT =
  /\b(?:Framework|Principles|EU|European|Swiss|transfers?|Department of Commerce|Privacy Shield|adequa(?:te|cy)|self-certif\w{0,8}|(?:US|U\.S\.|American)\s{1,3}(?:parent|compan(?:y|ies)|subsidiar(?:y|ies)|affiliates?|entit(?:y|ies)))\b/i;
/** Words that make a mention of an invalid mechanism history, not reliance. */
const HISTORY =
  /\b(?:invalidat\w{1,4}|struck down|no longer|formerly|previously|former|replac\w{1,4}|successor|superseded|prior to|until (?:July )?20(?:15|20)|Schrems|C-311\/18|C-362\/14|was (?:found )?invalid|used to)\b/i;

/** The means to obtain a copy of the safeguards, or where they are available (also a link to the Commission's pages, where the clauses are published). */
const COPY_MEANS =
  /\b(?:cop(?:y|ies)|available|(?:on|upon|by) request|(?:can|may)\s{1,3}(?:be\s{1,3})?(?:request(?:ed)?|obtain(?:ed)?)\b|request (?:them|it|these|those|a copy|details)|ask (?:us )?for|obtain|(?:can be )?(?:found|viewed|consulted|read) (?:at|here|on)|(?:can|may) (?:read|view|consult|find|download)(?: (?:them|it|these|those|the [\w-]{2,30}))? (?:at|on|here)|publish(?:ed)? (?:at|on)|contact us|write to us|e-?mail us|see (?:our|the) (?:DPA|data processing (?:agreement|addendum))|(?:ec|commission|eur-lex)\.europa\.eu)\b/i;

/** "We do not transfer your data outside the EEA", "all data is stored in the EU". */
const NO_TRANSFER = new RegExp(
  [
    String.raw`\b(?:(?:do|does|will|shall)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t)\s(?:ever\s)?(?:transfer|send|move|export|store|process|host)\b[^.;]{0,60}?\b(?:outside (?:of )?${HOME_AREA.source}|(?:to|in) (?:a |any )?(?:third|other|non[- ]EU|non[- ]EEA) countr(?:y|ies))`,
    String.raw`\bnever (?:transfer|send|move|export|leaves?)\b[^.;]{0,60}?\b(?:outside (?:of )?${HOME_AREA.source}|(?:to|in) (?:a |any )?(?:third|other) countr(?:y|ies))`,
    String.raw`\bno (?:personal )?(?:data|information)? ?(?:is |are |will be )?(?:transferred|sent|exported|transfers? (?:take place|are made|occur))\b[^.;]{0,40}?\b(?:outside|to (?:a |any )?(?:third|other) countr(?:y|ies))`,
    String.raw`\b(?:(?:do|does|will)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t) (?:leave|exit)\s${HOME_AREA.source}`,
    String.raw`\bnever leaves?\s${HOME_AREA.source}`,
    // With the adverb: "we do not send your data abroad", "nothing is sent abroad", "are never processed overseas".
    String.raw`\b(?:(?:(?:do|does|will|shall)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t|never)\s(?:ever\s)?(?:transfer|send|move|export|store|process|host|share)|(?:never|not|nothing\s(?:is|will\sbe|gets))\s(?:ever\s)?(?:be\s|been\s)?(?:transferred|sent|moved|exported|stored|processed|hosted|shared))\b[^.;]{0,40}?\b(?:abroad|overseas|internationally)\b`,
    // The negation after the event, as German notices translate "findet nicht statt": "A transfer to third countries does not take place".
    String.raw`\b(?:transfers?|transmission)\b[^.;]{0,50}?\b(?:(?:third|other|non[- ]EU|non[- ]EEA) countr(?:y|ies)|outside (?:of )?${HOME_AREA.source})[^.;]{0,40}?\b(?:(?:does|do|will|shall)\s{1,3}not\s{1,3}(?:take place|occur|happen)|(?:is|are)\s{1,3}not\s{1,3}(?:carried out|made|intended|planned|envisaged))\b`,
    String.raw`\b(?:we|us)\b[^.;]{0,30}\b(?:(?:do|does)\s?(?:not|n['’]t)|(?:don|doesn)['’]t) (?:make|carry out|conduct|engage in) (?:any )?(?:international |cross[- ]border )?transfers\b`,
    String.raw`\b(?:all|any|your)\b[^.;]{0,40}?\b(?:(?:is|are) )?(?:stored|processed|hosted|kept)(?: and (?:stored|processed|hosted))? (?:exclusively |only |solely |entirely )?(?:in|within) (?:${HOME_AREA.source}|${EEA_STATE.source})`,
    String.raw`\b(?:stored|processed|hosted|kept)(?: and (?:stored|processed|hosted))? (?:exclusively|only|solely|entirely) (?:in|within|on servers in) (?:${HOME_AREA.source}|${EEA_STATE.source})`,
    String.raw`\b(?:exclusively|only|solely) (?:store|process|host|keep)\b[^.;]{0,30}?\b(?:in|within) (?:${HOME_AREA.source}|${EEA_STATE.source})`,
    // A label answered "none": "Transfers outside the EEA: none", "International transfers\nNone." (a title glued to its line).
    String.raw`^\W{0,3}(?:international |cross[- ]border )?(?:data )?transfers?\b[^.;\n]{0,40}?(?:[:–—]|\n)\s{0,3}(?:none|no|n\/a|not applicable)\b`,
  ].join('|'),
  'i',
);
/**
 * The access right quoted (Art. 15(1)(c), 15(2)): "the recipients …, in particular recipients in
 * third countries or international organisations", "the right to be informed of the appropriate
 * safeguards", "a right to obtain information as to whether personal data are transferred to a third country" (also "the
 * right to know whether your data is transferred"): what the reader may ask, not a statement that data is transferred.
 */
const RIGHTS_QUOTE =
  /\bin particular recipients in third countries\b|\bright to be informed (?:of|about) the appropriate safeguards\b|\bright\s{1,3}to\s{1,3}(?:obtain\s{1,3}information|be\s{1,3}informed|know|ask)\s{1,3}(?:as\s{1,3}to\s{1,3}|about\s{1,3})?whether\s{1,3}(?:(?:your|the|their)\s{1,3})?(?:personal\s{1,3})?(?:data|information)\s{1,3}(?:are|is|has\s{1,3}been|have\s{1,3}been)\s{1,3}transferred\b/i;

/** "… except …", "… without appropriate safeguards" limits a declaration: then it is not one. */
const EXCEPTION = /\b(?:except|other than|apart from|unless|save (?:for|as)|however|but|without)\b/i;

/** Headings where a reader looks for transfers. */
const TRANSFER_HEADING =
  /\b(?:(?<!business |corporate )transfers?|international|cross[- ]border|where (?:we (?:store|process|keep)|your (?:data|information) is)|data (?:storage|location|residency|hosting)|storage (?:location|and security)|where (?:is )?(?:data|information) (?:is )?(?:stored|processed))\b/i;

// ---- helpers ---------------------------------------------------------------------------

/** Is a third country named as the place where data is stored or processed? */
function isProcessingPlace(sentence: Sentence, index: number, text: string): boolean {
  const block = sentence.block;
  const before = sentence.text.slice(Math.max(0, index - 70), index);
  if (CONDITION.test(before)) return false;
  if (PLACE_NOUN_ONLY.test(text)) return true;
  if (LOCATION_LEAD.test(before) || HOSTED_BY.test(before) || OBJECT_LEAD.test(before)) return true;
  if (BASED_IN.test(before) && PROVIDER_WORD.test(sentence.text)) return true;
  if (/,\s{0,3}$/.test(before) && HOST_ADDRESS.test(sentence.text.slice(Math.max(0, index - 240), index))) return true;
  // A table of providers with a "Country" / "Location" column.
  const header = block.cell?.columnHeader ?? '';
  return /\b(?:country|countries|location|region|where|hosted|jurisdiction)\b/i.test(header);
}

/** The section a statement belongs to, widened to the enclosing transfers section. */
function transferScope(block: Block): Section {
  let scope = block.section;
  for (let s: Section | null = block.section; s; s = s.parent) if (s.heading && TRANSFER_HEADING.test(s.title)) scope = s;
  return scope;
}

function blocksOf(doc: PolicyDocument, section: Section): Block[] {
  return doc.blocks.filter((b) => b.range.start.offset >= section.range.start.offset && b.range.end.offset <= section.range.end.offset);
}

/** A declaration that nothing leaves the area, limited by an exception: it says that some data does. */
function limitedDeclaration(blocks: readonly Block[]): Hit | undefined {
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      const m = NO_TRANSFER.exec(sentence.text);
      if (m && EXCEPTION.test(sentence.text.slice(m.index + m[0].length))) return { sentence, range: sentence.rangeOf(m.index, m.index + m[0].length), text: m[0] };
    }
  }
  return undefined;
}

/** Is a means to obtain a copy given near a safeguard: its sentence, the next one, or the transfers section? */
function hasCopyMeans(doc: PolicyDocument, hit: Hit): boolean {
  const block = hit.sentence.block;
  const i = block.sentences.indexOf(hit.sentence);
  const near = block.sentences.slice(i, i + 3).map((s) => s.text);
  if (near.some((t) => COPY_MEANS.test(t))) return true;
  const scope = transferScope(block);
  const blocks = scope.heading ? blocksOf(doc, scope) : doc.blocks.slice(block.index, block.index + 4);
  return blocks.some((b) => b.kind !== 'heading' && COPY_MEANS.test(b.text));
}

// ---- the rule --------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'gdpr/international-transfers',
    description:
      'Where personal data leaves the EEA (or the UK), the policy says so, names the adequacy decision or safeguard relied on, and how to get a copy of it.',
    reference: 'GDPR Art. 13(1)(f), Art. 14(1)(f), Art. 44–49',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'Personal data is processed in {place}, but the policy says nothing about transfers outside {area} or the safeguards for them ({law} Art. 13(1)(f)).',
        severity: 'error',
        suggestion:
          'Add an "International transfers" section: say that data is transferred to {place}, and whether an adequacy decision covers it or which safeguard applies (e.g. standard contractual clauses, Art. 46(2)(c)), and how to get a copy.',
      },
      noSafeguard: {
        text: 'The policy mentions transfers outside {area} ("{text}") but names no adequacy decision or safeguard for them ({law} Art. 13(1)(f), Art. 44–49).',
        severity: 'error',
        suggestion:
          'Name the mechanism for each transfer: an adequacy decision (Art. 45, e.g. the EU-US Data Privacy Framework), standard contractual clauses or binding corporate rules (Art. 46–47), or an Art. 49 derogation.',
      },
      noCopy: {
        text: 'The policy relies on {safeguard} for transfers but does not say how to obtain a copy or where they are available ({law} Art. 13(1)(f)).',
        severity: 'warning',
        suggestion: 'Add where the safeguards can be read (a link) or how to request a copy ("Contact privacy@… for a copy of the clauses").',
      },
      invalidMechanism: {
        text: 'The policy relies on "{text}" for transfers, a mechanism the CJEU invalidated ({ruling}); it is no longer a lawful basis for transfers ({law} Art. 44–46).',
        severity: 'error',
        suggestion:
          'Rely on a valid mechanism instead — the EU-US Data Privacy Framework (adequacy decision of 10 July 2023) or standard contractual clauses — and mention the old framework only as history.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);
    const area = law === 'UK GDPR' ? 'the UK' : 'the EEA';
    const prose = statementBlocks(doc);

    const invalid = hits(prose, INVALID, (s, i, text) => {
      if (/safe harbou?r/i.test(text) && !/Privacy Shield/i.test(text) && !SAFE_HARBOR_CONTEXT.test(s.text.replace(/safe harbou?r/gi, ''))) return false;
      return !HISTORY.test(s.text);
    });

    // 1. Reliance on an invalidated mechanism is wrong whatever else the policy says.
    const bad = invalid[0];
    if (bad) {
      const shield = /Privacy Shield/i.test(bad.text);
      context.report({
        messageId: 'invalidMechanism',
        data: { text: bad.text, law, ruling: shield ? 'Schrems II, C-311/18, 16 July 2020' : 'Schrems I, C-362/14, 6 October 2015' },
        at: bad.range,
      });
      context.evidence({ item: 'transfer safeguard', status: 'missing', at: bad.range });
      return;
    }

    // 2. A safeguard is named: is there a way to get a copy of the Art. 46/47 ones?
    // (Each scan runs only when the steps before it have not decided: the same findings, less work.)
    const safeguards = SAFEGUARDS.flatMap((g) => hits(prose, g.pattern).map((h) => ({ ...h, guard: g })));
    if (safeguards.length > 0) {
      const needCopy = safeguards.filter((h) => h.guard.copy);
      const first = (needCopy[0] ?? safeguards[0]) as (typeof safeguards)[number];
      if (needCopy.length > 0 && !needCopy.some((h) => hasCopyMeans(doc, h))) {
        context.report({ messageId: 'noCopy', data: { safeguard: first.guard.name, law }, at: first.range });
        context.evidence({ item: 'transfer safeguard', status: 'partial', at: first.range });
        return;
      }
      context.evidence({ item: 'transfer safeguard', status: 'met', at: first.range });
      return;
    }

    // 3. No safeguard. A declaration that nothing leaves the area satisfies the article,
    //    unless the policy also says data goes elsewhere.
    // A mention inside a declaration ("A transfer to third countries does not take place") is the declaration's;
    // a declaration with an exception ("We do not transfer data to third countries without safeguards") is a mention.
    // (Read once per sentence, not once per mention: a long sentence may hold many.)
    // A quoted access right (RIGHTS_QUOTE) is no mention either.
    const declared = new Map<Sentence, boolean>();
    const notMention = (s: Sentence): boolean => {
      let known = declared.get(s);
      if (known === undefined) {
        const none = NO_TRANSFER.exec(s.text);
        known = (!!none && !EXCEPTION.test(s.text.slice(none.index + none[0].length))) || RIGHTS_QUOTE.test(s.text);
        declared.set(s, known);
      }
      return known;
    };
    const undenied = (s: Sentence, i: number, text: string): boolean => !notMention(s) && !DENIED_AFTER.test(s.text.slice(i + text.length, i + text.length + 60));
    const hedge = (): Hit | undefined => (/wherever|regardless|irrespective|no matter|whichever/i.test(doc.source) ? hits(prose, WHEREVER, undenied)[0] : undefined);
    const mention =
      hits(prose, TRANSFER_MENTION, undenied)[0] ??
      limitedDeclaration(prose) ??
      hits(prose, TRANSFER_TO_COUNTRY, undenied)[0] ??
      (hits(prose, NAMED_PLACE, inArea).length === 0 ? hedge() : undefined);
    const place = hits(prose, LOCATION, isProcessingPlace)[0];
    if (!mention && !place) {
      for (const block of prose) {
        for (const sentence of block.sentences) {
          const m = NO_TRANSFER.exec(sentence.text);
          if (!m || EXCEPTION.test(sentence.text.slice(m.index + m[0].length))) continue;
          context.evidence({ item: 'transfer safeguard', status: 'not-applicable', at: sentence.rangeOf(m.index, m.index + m[0].length) });
          return;
        }
      }
      // Nothing says data leaves the area: Art. 13(1)(f) applies only "where applicable".
      context.evidence({ item: 'transfer safeguard', status: 'not-applicable' });
      return;
    }
    if (mention) {
      const said = mention.text.replace(/\s+/g, ' ');
      const text = said.length > 60 ? `${said.slice(0, 57)}…` : said;
      context.report({ messageId: 'noSafeguard', data: { text, area, law }, at: mention.range });
      context.evidence({ item: 'transfer safeguard', status: 'missing', at: mention.range });
      return;
    }
    if (place) {
      const name = place.text.replace(/^the\s/i, '').replace(/[- ](?:based|regions?|servers?|data[- ]?cent(?:er|re)s?|compan(?:y|ies)|providers?|sub-?processors?|vendors?)$/i, '');
      context.report({ messageId: 'missing', data: { place: name, area, law }, at: place.range });
      context.evidence({ item: 'transfer safeguard', status: 'missing', at: place.range });
    }
  },
});
