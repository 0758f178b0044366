// How a policy states why it collects or uses personal data, shared by the purpose rules of
// every pack (gdpr/purposes, popia/purpose, ccpa/purposes). All three are deliberately
// lenient: they report only a policy that says nothing at all about why data is processed,
// so this finder accepts any plain statement of a purpose. The phrasings it accepts are
// listed here, in one place, and on the rules' docs pages. Every quantifier is bounded.
import { blocksIn, isNegated, isProseBlock } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Section, Sentence } from '../../src/model/index.js';
import { blankAbbreviations } from './abbreviations.js';
import { gated } from './gated.js';

/**
 * Headings that announce the purposes: "How we use your information", "Why we collect it",
 * "What do we use your information for?", "Use of information", "Purposes of processing",
 * "Reasons for processing", "What happens to your data", "What we do with your information".
 * A heading counts only when its section has text under it.
 */
const PURPOSE_HEADING =
  /\bhow\b[^.?!]{0,40}?\b(?:use[sd]?|using|process(?:es|ed|ing)?)\b|\bwhy\b[^.?!]{0,40}?\b(?:use[sd]?|using|process(?:es|ed|ing)?|collect(?:s|ed|ing)?|need|ask)\b|\bwhat\b[^.?!]{0,30}?\buse[sd]?\b[^.?!]{0,40}?\bfor\b|\buses?\s+(?:of|we\s+make\s+of)\b|\busing\s+(?:your\s+)?(?:personal\s+)?(?:data|information)\b|\bpurposes?\b|\breasons?\s+(?:for|why)\b|\bwhat\s+(?:happens|we\s+do|do\s+we\s+do|do\s+you\s+do|you\s+do)\s+(?:to|with)\b/i;

/**
 * Where "to" introduces a destination or a phrasal verb, not a purpose ("sign up to", "go to"), also
 * after the people who come to something when an adjective or a plural follows ("visitors to municipal
 * buildings", "donors to charities"), not a verb ("feedback from visitors to improve the exhibitions").
 */
const NOT_PURPOSE_TO =
  '(?<!\\b(?:sign(?:s|ed|ing)?\\s+up|subscrib(?:e|es|ed|ing)|log(?:s|ged|ging)?\\s+in|go(?:es|ing)?|went|talk(?:s|ed|ing)?|repl(?:y|ies|ied)|respond(?:s|ed|ing)?|belong(?:s|ed|ing)?|due|up|according|next|similar|relat(?:es|ed|ing)|access|upload(?:s|ed|ing)?|time)\\s+)(?<!\\b(?:visitors?|subscribers?|applicants?|donors?|callers?|contributors?|travell?ers?|delegates?|participants?|newcomers?|guests?)\\s+(?=to\\s+[a-z]{2,20}(?:al|ic|ous|[^s]s)\\b))';
/** Words after "to" that make it a preposition ("to our partners", "to third parties"). */
const TO_OBJECT = '(?!(?:the|a|an|our|your|us|you|them|their|its|third|other|any|which|whom|date)\\b)';
/** Where "for" belongs to the verb or gives a duration, not a purpose ("register for", "for 30 days"). */
const NOT_PURPOSE_FOR =
  '(?<!\\b(?:regist(?:er|ers|ered|ering)|sign(?:s|ed|ing)?\\s+up|subscrib(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|wait(?:s|ed|ing)?|look(?:s|ed|ing)?|search(?:es|ed|ing)?|pa(?:y|ys|id|ying)|thank(?:s|ed)?)\\s+)for\\s+(?!(?:\\d|up\\s+to|as\\s+long|a\\s+period|the\\s+(?:duration|period|time|length)|how\\s+long|you\\b|us\\b|them\\b))';
/** "so (that) we can …", "so your parcel arrives": a purpose clause; not "do so", "so long as", "so far". */
const SO_THAT = '(?<!\\b(?:do|doing|did|done|and|or|even|not|if)\\s{1,3})so\\s{1,3}(?:that\\s{1,3})?(?:we|i|you|your|our|they|it|he|she|the|this|these|those|each|every)\\b';

/** First-person verbs of handling data, after which "to / for / so that …" gives the purpose. */
const HANDLING_VERBS = ['use', 'utili[sz]e', 'process', 'collect', 'gather', 'need', 'require', 'handle', 'analy[sz]e', 'rely\\s+on'];

/** The organisation naming itself in the third person ("The practice", "the Company", "this School"). */
const ORGANISATION =
  'company|practice|school|clinic|hospital|organi[sz]ation|firm|business|trust|foundation|charity|association|club|society|church|college|university|academy|centre|center|group|employer|responsible\\s{1,3}party|controller|operator|provider|bank|agency|store|shop|surgery|pharmacy|dealership|camp|cr[eè]che|nursery|library|museum|council|municipality|department|team|studio|salon|gym|hotel|lodge|network';
/** Capitalised words that are not the organisation: the reader, other people, pronouns. */
const NOT_ORGANISATION =
  '(?:You|Your|Users?|Visitors?|Customers?|Clients?|Members?|Players?|Parents?|Guardians?|Patients?|Students?|Children|Employees?|They|It|This|That|These|Those|He|She|Anyone|Everyone|Nobody|No\\s{1,3}one|Each|Every|Third|Other|Any|If|When|Where|Please|Staff|People|Someone|Somebody|Kids|Our|My|All|Some|Most|Many|Only)\\b|\\p{Lu}\\p{Ll}{1,20}(?:ers|ees|ents|ors|ians|ists|ants)\\s';
/** Third-person forms of the handling verbs: "uses", "collects", "relies on". */
const THIRD_PERSON = 'uses|utili[sz]es|processes|collects|gathers|needs|requires|handles|analy[sz]es|relies\\s{1,3}on';

/**
 * Any form of a verb of handling or passing on data ("gathered", "sending", "relies on"),
 * for the "so that" clause, which is a purpose after any of them.
 */
const ANY_HANDLING =
  '\\b(?:us(?:e[sd]?|ing)|process(?:es|ed|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|need(?:s|ed|ing)?|requir(?:e[sd]?|ing)|ask(?:s|ed|ing)?\\s+for|send(?:s|ing)?|sent|hand(?:s|ed|ing)?|forward(?:s|ed|ing)?|transfer(?:s|red|ring)?|provid(?:e[sd]?|ing)|shar(?:e[sd]?|ing)|pass(?:es|ed|ing)?|giv(?:e[sd]?|ing)|gave|disclos(?:e[sd]?|ing)|keep(?:s|ing)?|kept|stor(?:e[sd]?|ing)|hold(?:s|ing)?|held|rel(?:y|ies|ied|ying)\\s+on)\\b';

/** "for the purposes of this Policy / of the GDPR": a defined term, not a purpose. */
const DEFINITIONAL_PURPOSE =
  '(?!\\s{1,3}of\\s{1,3}(?:(?:this|these|that|the)\\s{1,3}(?:policy|notice|statement|act|section|agreement|terms|clause|regulations?|law|CCPA|CPRA|GDPR|UK\\s+GDPR|POPIA|PAIA|Protection\\s+of\\s+Personal\\s+Information\\s+Act)|CCPA|CPRA|GDPR|UK\\s+GDPR|POPIA|PAIA|California|section|article|applicable|data\\s+protection\\s+law)\\b)';

/** '"Processing Purposes" means …': the term being defined, not a purpose (its definition may give one). */
const DEFINED_TERM = '(?!["”’\']?\\s{1,3}(?:means|shall\\s{1,3}mean)\\b)';

/** The word "purpose(s)" itself, the most lenient reading; not in a sentence that defines a purpose term. */
const BARE_PURPOSE = new RegExp(`\\bpurposes?\\b${DEFINITIONAL_PURPOSE}${DEFINED_TERM}`, 'gi');
/** '"Purpose" means …', '“Processing Purposes” shall mean …': a sentence that defines a purpose term. */
const PURPOSE_DEFINITION = /^\W{0,3}[\p{L} -]{0,40}?\bpurposes?["”’']?\s{1,3}(?:means|shall\s{1,3}mean)\b/iu;

/**
 * Purposes named only in words that say nothing of why: "for (various / legitimate) business
 * purposes", "business or commercial purposes as defined by California law", "for the purposes
 * set out in our Terms of Service" (another document), "as permitted by the CCPA / by law".
 * These are blanked before the purpose patterns run, so a sentence made only of them states no
 * purpose; one that goes on ("business purposes such as billing") keeps its purpose (GDPR
 * Art. 13(1)(c), POPIA s13(1) "specific, explicitly defined", CCPA §1798.110(c)(3)).
 */
const VAGUE_PURPOSE = new RegExp(
  [
    String.raw`\b(?:for|serve|serves|serving)\s{1,3}(?:(?:the|various|certain|other|our|its|their|general|normal|ordinary|usual|standard|internal|legitimate|lawful|legal|valid|appropriate|relevant|permitted|such|any|all|several|different|own|and|or)\s{1,3}){0,3}(?:business|commercial|operational|legitimate|lawful|internal)(?:\s{1,3}(?:and|or)\s{1,3}(?:business|commercial|operational))?\s{1,3}purposes?(?:\s{1,3}(?:and|or)\s{1,3}(?:business|commercial|operational)\s{1,3}purposes?)?\b(?!\s{0,3}[,:(]?\s{0,3}(?:such\s{1,3}as|including|namely|like|e\.g|i\.e|for\s{1,3}example|of\s|that\s|which\s))(?:\s{1,3}(?:as\s{1,3}(?:defined|described|permitted|allowed|(?:those|these|the|such)\s{1,3}terms\s{1,3}are\s{1,3}defined)|(?:defined|permitted|allowed)\s{1,3}(?:by|under|in))\b[^.;!?,]{0,60})?`,
    String.raw`\b(?:for\s{1,3})?(?:the\s{1,3})?purposes?\s{1,3}(?:described|set\s{1,3}out|outlined|specified|stated|listed|explained|defined|detailed|contained)\s{1,3}in\s{1,3}(?:(?:schedule|annex|appendix|exhibit|attachment|section|clause|part)\s{1,3}[\w.]{1,6}\s{1,3}(?:of|to)\s{1,3})?(?:our|the|its|any|your)\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,2}(?:terms|T&Cs|T&C|conditions|agreements?|contracts?|EULA|licen[cs]e)\b[^.;!?]{0,40}`,
    // "for various purposes", "for any other compatible purposes": purposes counted or qualified, never named.
    // Also "for any lawful purpose, including any purpose that is compatible with …": a list of more unnamed purposes.
    String.raw`\bfor\s{1,3}(?:(?:various|certain|other|different|several|multiple|many|numerous|a\s{1,3}(?:variety|range|number)\s{1,3}of|any|all|related|compatible|further|additional|similar|lawful|legal|legitimate|permitted|permissible)\s{1,3}){1,3}(?:(?:business|commercial|operational|internal)\s{1,3})?(?:purposes?|reasons?)\b(?!\s{0,3}[,:(]?\s{0,3}(?:such\s{1,3}as|including(?!\s{1,3}(?:any|other|all)\s{1,3}(?:other\s{1,3})?purposes?\b)|namely|like|e\.g|i\.e|for\s{1,3}example|of\s|that\s|which\s|listed|described|set\s{1,3}out|below))`,
    // "for purposes (that are) compatible with the original purpose": a rule of law, not a purpose.
    String.raw`\b(?:(?:other|further|any)\s{1,3})?purposes?\s{1,3}(?:(?:that|which)\s{1,3}(?:are|is)\s{1,3})?(?:compatible|consistent)\s{1,3}with\b[^.;!?]{0,50}`,
    // "the purposes communicated (described) to you at the time of collection": named elsewhere, not in the notice.
    String.raw`\b(?:for\s{1,3})?(?:the\s{1,3})?purposes?\s{1,3}(?:(?:that\s{1,3}(?:were|are|have\s{1,3}been|we)|which\s{1,3}(?:were|are))\s{1,3})?(?:communicated|notified|indicated|disclosed|explained|presented|specified|stated|made\s{1,3}known|given|described|set\s{1,3}out|outlined|shown|provided)\s{1,3}to\s{1,3}(?:you|(?:the|a)\s{1,3}(?:data\s{1,3}subjects?|users?|customers?|individuals?|members?|clients?))(?=\s{1,3}(?:at|when|upon|on|before|during|separately|from\s{1,3}time\s{1,3}to\s{1,3}time)\b)`,
    // "collected for a Purpose.", "only for a specific and lawful purpose": a purpose that ends the clause unnamed.
    String.raw`\b(?:for|serve|serves)\s{1,3}(?:a|the|one\s{1,3}or\s{1,3}more|such\s{1,3}a)\s{1,3}(?:(?:specific|specified|defined|explicitly|explicit|lawful|legitimate|particular|stated|given|permitted|notified|legal|clear|business|commercial|operational)\s{1,3}(?:(?:and|or)\s{1,3})?){0,4}purposes?(?=\s{0,3}(?:[.;!?)]|$|(?:and|or)\s))`,
    // The same principle in the plural, as Art. 5(1)(b) words it: "only for specified, explicit and legitimate purposes".
    String.raw`\bfor\s{1,3}(?:(?:specified|specific|explicit|legitimate|lawful|defined|clear|limited)(?:,\s{1,3}|\s{1,3}(?:and|or)\s{1,3}|,\s{1,3}(?:and|or)\s{1,3})){1,3}(?:specified|specific|explicit|legitimate|lawful|defined|clear|limited)\s{1,3}purposes(?=\s{0,3}(?:[.;!?)]|$|(?:and|or)\s))`,
    // "in accordance with the Processing Purposes", "for the agreed purposes": a defined or agreed term that names none.
    String.raw`\b(?:in\s{1,3}accordance\s{1,3}with|(?:only\s{1,3})?for|within)\s{1,3}the\s{1,3}(?:processing|permitted|agreed|specified|notified|authori[sz]ed|relevant|applicable)\s{1,3}purposes?\b(?!\s{0,3}[,:(]?\s{0,3}(?:such\s{1,3}as|including|namely|like|e\.g|i\.e|for\s{1,3}example|of\s|that\s|which\s|listed|described|set\s{1,3}out|below|above))`,
    // "to achieve the purposes for which it was collected", "request … the business or commercial purposes for which
    // we collect personal information": the purposes referred to, not named (unless a list follows: "…, such as billing").
    String.raw`\b(?:(?:to|in\s{1,3}order\s{1,3}to)\s{1,3}(?:achieve|fulfil+|serve|accomplish|meet|carry\s{1,3}out|satisfy)\s{1,3})?(?:for\s{1,3})?(?:the|those|such)\s{1,3}(?:(?:business|commercial|specific|specified|original|initial|legitimate|lawful|legal|explicit|explicitly|expressly|clearly|defined|identified|particular|stated|notified|same|relevant|limited),?\s{1,3}(?:(?:or|and)\s{1,3})?){0,5}purposes?\s{1,3}for\s{1,3}which\s{1,3}(?:we|you|it|they|(?:(?:your|the)\s{1,3})?(?:personal\s{1,3})?(?:data|information))\s{1,3}(?:(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3})?(?:(?:originally|initially|first)\s{1,3})?(?:collect|obtain|provid|giv|gather|process|us|sell|sold|shar|disclos|suppli|submitt|receiv)\w{0,4}\b(?!(?:\s{1,3}(?:it|them|(?:your\s{1,3})?(?:personal\s{1,3})?(?:data|information)))?\s{0,3}(?:[,:(]\s{0,3})?(?:(?:are|is|include)\s{0,3}:|(?:(?:are|is|include)\s{1,3})?(?:such\s{1,3}as|including|namely|like|e\.g|i\.e|for\s{1,3}example|listed|described|set\s{1,3}out|explained|as\s{1,3}follows|below|above)))`,
    // POPIA's own terms, quoted rather than applied: "the conditions for lawful processing", "Purpose specification",
    // s13(1) "a specific, explicitly defined and lawful purpose related to a function or activity of the responsible party".
    String.raw`\b(?:(?:in\s{1,3}(?:accordance|compliance|line)\s{1,3}with|subject\s{1,3}to)\s{1,3})?(?:the\s{1,3})?(?:eight\s{1,3}|8\s{1,3})?conditions\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?lawful\s{1,3}processing(?:\s{1,3}of\s{1,3}personal\s{1,3}information)?\b(?:\s{1,3}(?:set\s{1,3}out\s{1,3})?(?:in|under)\s{1,3}(?:POPIA|the\s{1,3}Act)\b)?`,
    String.raw`\bpurpose\s{1,3}specification\b`,
    String.raw`\bfor\s{1,3}a\s{1,3}specific,?\s{1,3}explicitly\s{1,3}defined,?\s{1,3}and\s{1,3}lawful\s{1,3}purpose(?:\s{1,3}related\s{1,3}to\s{1,3}a\s{1,3}function\s{1,3}or\s{1,3}activity\s{1,3}of\s{1,3}(?:the|its|our)\s{1,3}(?:responsible\s{1,3}party|organi[sz]ation|business))?`,
    // Purpose limitation restated ("in a manner incompatible with that purpose"): which purpose is never said.
    String.raw`\b(?:in\s{1,3}a\s{1,3}(?:manner|way)\s{1,3})?(?:in)?compatible\s{1,3}with\s{1,3}(?:that|this|the|those|these|its|their)\s{1,3}(?:(?:original|initial)\s{1,3})?purposes?\b`,
    // "we must inform you of the purpose of collection.": the duty named, the purpose not.
    String.raw`\b(?:the\s{1,3})?purposes?\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?(?:collection|processing)(?:\s{1,3}of\s{1,3}(?:your\s{1,3})?(?:personal\s{1,3})?(?:data|information))?(?=\s{0,3}(?:[.;!?,)]|$))`,
    // "is processed in accordance with our Terms of Use and applicable law": a rule it follows, not a purpose.
    String.raw`\b(?:(?:is|are|will\s{1,3}be|may\s{1,3}be)\s{1,3})?(?:processed|used|handled|collected|treated)\s{1,3}in\s{1,3}(?:accordance|compliance|line)\s{1,3}with\s{1,3}(?:(?:our|the|this|these|its|all|any)\s{1,3})?(?:applicable\s{1,3}|relevant\s{1,3}|current\s{1,3})?(?:[\w-]{2,20}\s{1,3})?(?:terms(?:\s{1,3}(?:of\s{1,3}(?:use|service)|and\s{1,3}conditions))?|T&Cs|policy|notice|laws?|legislation|regulations?|GDPR|data\s{1,3}protection\s{1,3}(?:law|legislation|regulations?))\b(?:\s{1,3}(?:and|or)\s{1,3}(?:(?:with|the|our)\s{1,3})?(?:applicable\s{1,3}|relevant\s{1,3})?(?:laws?|legislation|regulations?|policy|terms))?`,
    // The same in the active voice: "we use your personal data in accordance with applicable data protection laws" (the
    // verb is kept: "we use your data in line with the GDPR, to deliver your courses" still states a purpose).
    String.raw`(?<=\b(?:use|process|handle|collect|treat)s?\s{1,3}(?:(?:your|the|all|any)\s{1,3})?(?:personal\s{1,3})?(?:data|information|details)\s{1,3})in\s{1,3}(?:accordance|compliance|line)\s{1,3}with\s{1,3}(?:(?:our|the|this|these|its|all|any)\s{1,3})?(?:applicable\s{1,3}|relevant\s{1,3}|current\s{1,3})?(?:[\w-]{2,20}\s{1,3})?(?:terms|policy|notice|laws?|legislation|regulations?|GDPR)\b`,
    // A condition of lawfulness, not a purpose: "only where we have a lawful reason to do so", "when there is a legal basis", "where the law allows".
    String.raw`\b(?:only\s{1,3})?(?:where|when|if|as)\s{1,3}(?:(?:we|you)\s{1,3}have|there\s{1,3}is)\s{1,3}(?:an?\s{1,3})?(?:lawful|legal|legitimate|valid|proper)\s{1,3}(?:reason|basis|bases|ground|grounds|justification)(?:\s{1,3}(?:to\s{1,3}do\s{1,3}so|for\s{1,3}(?:doing\s{1,3})?(?:so|it|this|that)))?\b|\b(?:where|when|as)\s{1,3}(?:the\s{1,3})?law\s{1,3}(?:allows|permits|requires)(?:\s{1,3}(?:it|us\s{1,3}to))?\b`,
    // "for the purposes described in this notice", "Purposes of processing: see clause 9": a pointer to the purposes, not a
    // purpose (a notice that names them elsewhere states them there).
    String.raw`\b(?:for\s{1,3})?(?:the\s{1,3})?purposes?\s{1,3}(?:(?:that|which)\s{1,3}(?:are|were)\s{1,3})?(?:described|set\s{1,3}out|outlined|listed|explained|detailed|specified|stated|identified|mentioned)\s{1,3}(?:in\s{1,3}(?:this|our|the)\s{1,3}(?:(?:privacy|data\s{1,3}protection|cookie)\s{1,3})?(?:policy|notice|statement|document|declaration)|herein)\b(?!\s{0,3}(?::|[,(]?\s{0,3}(?:such\s{1,3}as|including|namely|e\.g|i\.e|for\s{1,3}example|like)\b))`,
    String.raw`^\W{0,3}(?:the\s{1,3})?purposes?(?:\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?(?:processing|collection|use))?\s{0,3}[:–—]\s{0,3}(?:see|refer\s{1,3}to|as\s{1,3}(?:set\s{1,3}out|described|explained)\s{1,3}in)\b[^.;!?]{0,60}`,
    // The manner, not the purpose: "we will only use your information in ways you would reasonably expect", "we use your
    // data responsibly", "personal data is processed lawfully, fairly and transparently" (unless "to …" / "for …" follows).
    String.raw`\b(?:use[sd]?|using|process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|treat(?:s|ed|ing)?)\s{1,3}(?:(?:it|them|(?:your|the|all|any)\s{1,3}(?:personal\s{1,3})?(?:data|information|details)|(?:personal\s{1,3})?(?:data|information))\s{1,3})?(?:(?:only|always|ever|solely)\s{1,3}){0,2}(?:in\s{1,3}(?:ways?|a\s{1,3}(?:way|manner))\s{1,3}(?:that\s{1,3})?(?:you\s{1,3}(?:would\s{1,3}|might\s{1,3}|can\s{1,3})?(?:reasonably\s{1,3})?expect|(?:is|are)\s{1,3}(?:fair|lawful|transparent|appropriate|responsible|respectful)\w{0,4})|responsibly|appropriately|carefully|respectfully|(?:lawfully|fairly|transparently)(?:,?\s{1,3}(?:and\s{1,3})?(?:lawfully|fairly|transparently|securely)){0,3})\b(?!\s{0,3},?\s{0,3}(?:to|for|so|in\s{1,3}order)\b)`,
    // A pointer that is all the text says: "See above.", "Please refer to section 4." (under a "Purposes" heading).
    String.raw`^\W{0,3}(?:please\s{1,3})?(?:see|refer\s{1,3}to)\s{1,3}(?:above|below|(?:section|clause|part|schedule|annex)\s{1,3}[\w.]{1,6}|(?:our|the)\s{1,3}[\w -]{2,30}?(?:terms|policy|notice|conditions))\W{0,3}$`,
    // "We use your information as described in this policy": a pointer that names no purpose.
    String.raw`\bas\s{1,3}(?:described|set\s{1,3}out|explained|outlined|detailed)\s{1,3}in\s{1,3}(?:this|our|the)\s{1,3}(?:(?:privacy|data\s{1,3}protection)\s{1,3})?(?:policy|notice|statement)\b`,
    String.raw`\bas\s{1,3}(?:permitted|allowed|authori[sz]ed)\s{1,3}(?:by|under)\s{1,3}(?:(?:the|applicable|relevant|california|south\s{1,3}african|EU|data\s{1,3}protection)\s{1,3}){0,2}(?:CCPA|CPRA|GDPR|POPIA|laws?|legislation|regulations?)\b`,
    // Minimality and confidentiality, not a purpose (unless one follows: "only what we need to deliver your order"):
    // "we only collect what we need", "we never collect more than necessary", "treated as strictly confidential".
    String.raw`\bonly\s{1,3}(?:ever\s{1,3})?(?:collect|ask\s{1,3}for|use|process|keep|hold)\s{1,3}(?:what|the\s{1,3}(?:personal\s{1,3})?(?:information|data|details)(?:\s{1,3}that)?)\s{1,3}(?:we\s{1,3}(?:really\s{1,3}|actually\s{1,3}|strictly\s{1,3})?need|is\s{1,3}(?:strictly\s{1,3})?(?:necessary|needed|required))\b(?!\s{1,3}(?:to|for|in\s{1,3}order|so)\b)`,
    String.raw`\b(?:never|not|don['’]t)\s{1,3}(?:collect|ask\s{1,3}for|process|keep|hold)\s{1,3}more\s{1,3}(?:(?:personal\s{1,3})?(?:information|data)\s{1,3})?than\s{1,3}(?:is\s{1,3})?(?:strictly\s{1,3})?(?:necessary|needed|required|we\s{1,3}need)\b(?!\s{1,3}(?:to|for|in\s{1,3}order|so)\b)`,
    String.raw`\b(?:treated|kept|held|handled)\s{1,3}(?:as\s{1,3})?(?:strictly\s{1,3})?confidential(?:ly)?\b`,
    // A purpose that names nothing: "we use your data to do what we do", "to do our job", "to run our business".
    String.raw`\bto\s{1,3}(?:do\s{1,3}what\s{1,3}(?:we|I)\s{1,3}do|do\s{1,3}(?:our|my)\s{1,3}(?:job|work|business)|(?:run|operate)\s{1,3}(?:our|my)\s{1,3}business)(?=\s{0,3}(?:[.;!?),]|$))`,
  ].join('|'),
  'gi',
);

/** A word every VAGUE_PURPOSE phrase contains: most sentences lack one and skip the replace. */
const VAGUE_WORD = /\bdo\b|\brun\b|\boperate\b|purpose|reason|condition|permitted|allowed|authori[sz]ed|expect|responsibl|appropriate|careful|respectful|lawful|fairly|transparent|need|necessary|required|confidential|accordance|compliance|line\s{1,3}with|basis|bases|ground|justification|\blaw\b|^\W{0,3}(?:please\s{1,3})?(?:see|refer)\b/i;

/** The sentence with its vague purposes blanked out (same length, so offsets still hold). */
function withoutVaguePurposes(text: string): string {
  return VAGUE_WORD.test(text) ? text.replace(VAGUE_PURPOSE, (m) => ' '.repeat(m.length)) : text;
}

/** A definition clause ("“Purpose” means …", "Business Purpose shall mean …"): it defines a term, it states no purpose. */
const DEFINITION = /^\s{0,3}["“'‘]?\p{Lu}[\p{L}\p{N} -]{0,40}["”'’]?\s{1,3}(?:means|shall\s{1,3}mean|refers\s{1,3}to|has\s{1,3}the\s{1,3}meaning|is\s{1,3}defined\s{1,3}as)\b/u;

/** "DataPurpose": a table header pasted as text with its cells run together. Case-sensitive. */
const GLUED_PURPOSE = /(?<=\p{Ll})Purposes?\b/gu;

/**
 * A question that asks why data is needed or what is done with it ("Why do you need my number?",
 * "Q: What do you do with my email?"), answered in the next sentence.
 */
const WHY_QUESTION = /^\s*(?:\*\*)?(?:Q\s{0,2}[:.]\s{0,3})?(?:why|what)\b[^.?!]{0,80}\?/i;
/** A line that asks or announces why ("Why do you need my data?", "Why we collect it"). */
const WHY_LINE = /^\s*(?:\*\*)?why\b/i;
/** An answer that gives a motive, not a purpose ("Because we care about you!"), unless it names a need or a use. */
const MOTIVE = /^\W{0,4}(?:because|as|since)\b/i;
const NEED_OR_USE = /\b(?:needs?|needed|requires?|required|necessary|must|ha(?:s|ve)\s{1,3}to|us(?:e|es|ed|ing)|so\s{1,3}(?:that\s{1,3})?(?:we|you|it|the))\b/i;

/**
 * The data or its processing as the subject of a verb of purpose: "the processing of your data
 * serves the execution of the recruitment procedure" (a common translation of "dient"), "these
 * details serve to verify your identity", "the information is intended for billing", "the
 * collection of your IP address is necessary to deliver the website". Not "serves no other
 * purpose", "serves you" (a person, not a purpose) or "is required for as long as …". Gated on the verb.
 */
const SERVES = gated(
  /(?<=\b(?:data|information|details|processing|collection|use|address(?:es)?|numbers?|records?|documents?)\b[^.;!?]{0,40})\b(?:serves?|served|(?:is|are)\s{1,3}(?:(?:intended|meant|designed)\s{1,3}(?:(?:solely|only|exclusively)\s{1,3})?|(?:(?:strictly|technically|absolutely)\s{1,3})?(?:necessary|required|essential)\s{1,3}(?:in\s{1,3}order\s{1,3})?)(?:to|for))\s{1,3}(?!(?:(?:the|a|an|as|for)\s{1,3})?(?:no|none|nothing|any|this|that|these|those|it|them|you|us|long|period|duration|time|term|life(?:time)?|years?|months?|days?)\b)(?:(?:to|the|a|an|as|for)\s{1,3})?\p{L}{3,}/giu,
  /\bserve[sd]?\b|\b(?:intended|meant|designed|necessary|required|essential)\s{1,3}(?:(?:solely|only|exclusively|in\s{1,3}order)\s{1,3})?(?:to|for)\b/i,
);

/** What differs between the packs' readings of a purpose. */
export interface PurposeOptions {
  /** More first-person verbs whose object can be followed by a purpose (CCPA: "sell", "share", "disclose"). */
  verbs?: readonly string[];
  /** Blocks that name purposes without stating them (CCPA: the items of a right-to-know list, "Business purposes: why we collect it"). */
  ignore?: (block: Block, blocks: readonly Block[]) => boolean;
}

/**
 * A title line that a soft line break glued to its paragraph ("Purpose\nThe Responsible Party
 * will only process …"): a title, not a statement; the lines after it are read.
 */
const GLUED_TITLE = /^[^\S\n]{0,3}[\p{L}&'’ -]{2,40}\n/u;
/** A line short enough to be a heading, without a full stop. */
const SHORT_LINE = /^[^.!\n]{3,60}[?:]?$/;
/**
 * A list item that opens with an infinitive of purpose: "To provide the Service", also after the
 * data it is for as a label, or as a "so that" clause: "Medical conditions: so that our trainers
 * can adapt your programme", "**Emergency contact:** so we can call someone".
 */
const TO_VERB =
  /^\s*(?:\d+[.)]\s*)?(?:[\p{L}\p{N}'’&/*_ -]{2,40}:[*_]{0,2}\s{0,3})?(?:(?:to|in\s+order\s+to)\s+(?!(?:the|a|an|our|your|us|you|them|any|which)\b)\p{L}{3,}|so\s{1,3}(?:that\s{1,3})?(?:we|you|your|our|they|it|the)\s{1,3}\p{L})/iu;
/** A table column that lists purposes: "Purpose", "Used for", "Why", "Reason", "What it's for", "Use" (and the headings above). */
const PURPOSE_COLUMN =
  /\bpurposes?\b|\bused\s+for\b|\bwhy\b|\breasons?\b|\bwhat\b.{0,25}\bfor\s*(?:\?\s*)?$|^\W{0,3}(?:uses?|usage)\W{0,3}$|^\W{0,3}(?:what\s{1,3}(?:we|I)\s{1,3}do(?:\s{1,3}with\s{1,3}(?:it|them|your\s{1,3}(?:data|information)))?|(?:processing\s{1,3})?(?:activit(?:y|ies)|operations?)|how\s{1,3}we\s{1,3}use\s{1,3}(?:it|them|your\s{1,3}(?:data|information)))\W{0,3}$/i;

/** "We do not collect any personal data": nothing to give purposes for. */
const NO_PROCESSING =
  /\b(?:we|this\s+(?:app|application|website|site|service|extension))\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never)\s+(?:collect|process)(?:,?\s+(?:or|and|nor)\s+(?:collect|process|store|use|share))?\s+(?:any\s+)?(?:personal\s+(?:data|information)|personally\s+identifiable\s+information|(?:data|information)\s+about\s+you)(?:\s+(?:whatsoever|at\s+all))?\s*[.!]?\s*$/i;

/** Where a reader would look for the purposes: a "use" section, else what is collected. */
export const PURPOSE_WHERE_TO_LOOK = /\b(?:use[sd]?|using|purposes?|process\w*|collect\w*)\b/i;

/**
 * Sentences that state a purpose, not negated:
 *  - "we use / process / collect / gather / need / rely on … to / for / in order to / so that …"
 *  - "… is used / collected / gathered / processed / needed to / for / so that …", "needed so you can log in",
 *    "is processed by the university exclusively for …"
 *  - any handling verb followed by "so (that) …": "we send it to our courier so your parcel arrives"
 *  - "… lets / allows / enables / helps / permits us (to) …": "your address lets us ship your parcels"
 *  - the data or its processing "serves (is intended for, is necessary to) …": "the processing of your data serves the execution of …"
 *  - a fronted purpose clause: "To deliver your order, we …", "In order to …, we …"
 *  - "purpose(s)" (not the defined term "for the purposes of this Policy / of the GDPR")
 *  - "the reason(s) we collect …", "reasons for processing", "we collect … because we / it …"
 */
/** A numbered list in the sentence before the first purpose: "is used (i) to award certificates, (ii) …", "processed 1) to …". */
const ENUMERATOR = '(?:\\(?(?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)\\s{1,3})?';

function purposeSentences(options: PurposeOptions): RegExp[] {
  const verbs = [...HANDLING_VERBS, ...(options.verbs ?? [])].join('|');
  /** What follows the verb and its object: "to …", "for …", "in order to …", "so that …", "for:". */
  const purpose = `[^.;!?]{0,100}?\\b(?:${NOT_PURPOSE_TO}to\\s+${TO_OBJECT}\\w|${NOT_PURPOSE_FOR}\\w|in\\s+order\\s+to\\s+\\w|${SO_THAT}|(?:to|for)\\s*:)`;
  /** "may use", "also collects", "uses": a verb after a third-person subject. */
  const THIRD_PERSON_VERB = `(?:(?:may|will|can|shall|might|would|also|only)\\s{1,3}){0,2}(?:(?:${verbs})\\b|(?:${THIRD_PERSON})\\b)`;
  return [
    new RegExp(`\\b(?:we|i|us)\\s+(?:(?:may|will|also|only|can|might|shall|would|generally|primarily|mainly|need\\s+to)\\s+){0,2}(?:${verbs})\\b${purpose}`, 'gi'),
    // The organisation in the third person: "The practice collects … to diagnose and treat you",
    // "Ledgerly uses Customer Personal Information only to provide …", "The Company may use it for …".
    new RegExp(`\\b(?:the|this)\\s{1,3}(?:${ORGANISATION})\\s{1,3}${THIRD_PERSON_VERB}${purpose}`, 'gi'),
    new RegExp(`(?<![\\p{L}\\p{N}])(?!${NOT_ORGANISATION})(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}\\s{1,3}){0,2}\\p{Lu}[\\p{L}\\p{N}&'’-]{1,30}\\s{1,3}${THIRD_PERSON_VERB}${purpose}`, 'gu'),
    // The progressive: "we are using your data to …", "we're collecting it for …".
    new RegExp(
      `\\b(?:we|i)(?:\\s{1,3}(?:are|am)|['’](?:re|m))\\s{1,3}(?:(?:only|also|currently|mainly|primarily)\\s{1,3})?(?:using|processing|collecting|gathering|handling|analy[sz]ing|relying\\s{1,3}on)\\b${purpose}`,
      'gi',
    ),
    new RegExp(
      `\\b(?:(?:is|are|be|being|was|were)\\s{1,3}(?:(?:only|solely|primarily|mainly|also)\\s{1,3})?)?(?:used|utili[sz]ed|collected|gathered|processed|needed)\\s{1,3}(?:by\\s{1,3}(?:us|(?:the|our)\\s{1,3}[\\w-]{2,30})\\s{1,3})?(?:(?:only|solely|mainly|primarily)\\s{1,3})?${ENUMERATOR}(?:(?:to|in\\s{1,3}order\\s{1,3}to)\\s{1,3}${TO_OBJECT}\\w+|${SO_THAT})|\\b(?:is|are|be|being|was|were)\\s{1,3}(?:(?:only|solely|primarily|mainly|also|ever)\\s{1,3}){0,2}(?:used|needed)\\s{1,3}(?:(?:only|solely)\\s{1,3})?for\\b`,
      'gi',
    ),
    new RegExp(`${ANY_HANDLING}[^.;!?]{0,80}?${SO_THAT}`, 'gi'),
    // The bare verb only after a subject ("these details help us …", "your address lets (let) us …"), not as a request ("Help us improve", "please let us know").
    /(?:\b(?:lets|allows|enables|helps|permits)|(?<!^\s{0,3}|\b(?:please|or|and|then|just|simply)\s{1,3}|[,;:]\s{0,3})\b(?:allow|enable|help|permit|let))\s+us\s+(?:to\s+)?(?!(?:know|have|explain|start|begin|look|see|talk|discuss|be)\b)\p{L}{3,}/giu,
    // The data letting the business's people do something: "your phone number lets our drivers call you on arrival".
    /(?<=\b(?:data|information|details|address(?:es)?|numbers?|e-?mail|location|photo|records?)\b[^.;!?]{0,30})\b(?:lets|allows|enables|helps|permits)\s{1,3}(?:our|the)\s{1,3}[\p{L}-]{3,20}\s{1,3}(?:to\s{1,3})?(?!(?:know|have|be)\b)\p{L}{3,}/giu,
    // Not a safeguard fronted the same way: "To protect your privacy, we will verify your identity before processing your request".
    /^\s*(?:in\s+order\s+)?to\s+(?!(?:the|a|an|our|your|us|you|them|any|which|this|that|date|learn|find|read|contact|exercise)\b|(?:protect|safeguard|secure|keep)\s{1,3}(?:your|the|our|their)\s{1,3}(?:personal\s{1,3})?(?:privacy|data|information|account|security)\b)\p{L}{3,}[^.;!?,]{0,80},\s*(?:we|our|your)\b/giu,
    BARE_PURPOSE,
    // A definition that gives the purposes: "“Permitted Purposes” means providing the Service and billing for it"
    // (not one that only names purposes again: "means the specific and lawful purpose of …", "means the use … for operational purposes").
    /\bpurposes?["”’']?\s{1,3}(?:means|shall\s{1,3}mean)\s{1,3}(?!(?:the|any|such|those|all|a|an)\s[^.;]{0,60}?\bpurposes?\b)\p{L}{3,}/giu,
    // Another subject in the third person: "The school uses pupil data to support …", "Ledgerly processes Customer Data solely to provide …".
    new RegExp(`\\b(?:uses|processes|collects|gathers|needs|requires|handles|analy[sz]es|relies\\s{1,3}on)\\b${purpose}`, 'gi'),
    GLUED_PURPOSE,
    SERVES,
    // The passive with its agent and a restriction: "is processed by the university exclusively for the organisation of the course".
    /\b(?:is|are|be|being|was|were)\s{1,3}(?:used|collected|gathered|processed|stored|kept|handled)\s{1,3}(?:by\s{1,3}(?:us|(?:the|our)\s{1,3}[\w-]{2,30})\s{1,3})?(?:only|solely|exclusively|strictly)\s{1,3}for\s{1,3}(?!(?:\d|as\s{1,3}long|a\s{1,3}period|the\s{1,3}(?:duration|period|time|length)|no\b|none\b))\p{L}/giu,
    // "Our use of personal information is limited to operating the payroll service" (not "… limited to what is necessary").
    // Also in a relative clause: "Our use of your information (which is limited to matching you with other members …)".
    /\b(?:use|processing)\s{1,3}of\s{1,3}(?:(?:your|the|personal)\s{1,3}){0,2}(?:data|information)(?:\s{1,3}|,\s{1,3}(?:which|that)\s{1,3}|\s{1,3}\((?:which|that)\s{1,3})is\s{1,3}(?:(?:strictly|solely|only)\s{1,3})?(?:limited|restricted|confined)\s{1,3}to\s{1,3}(?!(?:what|that|those|the\s{1,3}(?:extent|minimum))\b)\p{L}{3,}/giu,
    /\breasons?\s+(?:(?:why\s+)?we\s+(?:collect|use|process|need)|for\s+(?:collecting|processing|using|the\s+(?:collection|processing|use)))\b|\bwe\s+(?:collect|use|process|need)\b[^.;!?]{0,80}?\bbecause\s+(?:we|it|this)\b/gi,
  ];
}


/** A section with text under its heading that states a purpose (under a "why" heading: answers it). */
function hasBody(section: Section, patterns: readonly RegExp[]): boolean {
  const why = WHY_LINE.test(section.title);
  return blocksIn(section).some(
    (b) => b.kind !== 'heading' && isProseBlock(b) && /\p{L}/u.test(b.text) && (why ? answersWhy(b.text, patterns) : !onlyVague(b.text, patterns)),
  );
}

/** Text whose only purposes are vague ones ("We use personal information as permitted by the CCPA"). */
function onlyVague(text: string, patterns: readonly RegExp[]): boolean {
  VAGUE_PURPOSE.lastIndex = 0;
  if (!VAGUE_PURPOSE.test(text)) return false;
  const rest = withoutVaguePurposes(text);
  return !patterns.some((p) => {
    p.lastIndex = 0;
    return p.test(rest);
  });
}

function glued(text: string): boolean {
  GLUED_PURPOSE.lastIndex = 0;
  return GLUED_PURPOSE.test(text);
}

/** "So we can …", "so that you …": a clause of purpose opening an answer. */
const SO_WE = /^\s{0,3}so\s{1,3}(?:that\s{1,3})?(?:we|you|our|the|your)\b/i;

/** The text under a "why" line answers it: not only vague, and a reason of purpose rather than a motive. */
function answersWhy(text: string, patterns: readonly RegExp[]): boolean {
  return !onlyVague(text, patterns) && !(MOTIVE.test(text) && !NEED_OR_USE.test(text));
}

/** A finder of the first place that states a purpose, with the packs' differences applied. */
export function purposeFinder(options: PurposeOptions = {}): (doc: PolicyDocument) => Range | undefined {
  const patterns = purposeSentences(options);
  return (doc) => {
    for (const section of doc.sections) {
      if (section.heading && PURPOSE_HEADING.test(section.title) && hasBody(section, patterns)) return section.heading.range;
      // A glued header row is read as a heading, and so may be its rows: the next line is its body.
      if (section.heading && glued(section.title) && /\p{L}/u.test(doc.blocks[section.heading.index + 1]?.text ?? '')) return section.heading.range;
    }
    for (const [i, sentence] of doc.sentences.entries()) {
      const block = sentence.block;
      if (!isProseBlock(block) || block.kind === 'heading' || options.ignore?.(block, doc.blocks)) continue;
      // A heading written as a short line of its own ("**How we use it**"), with text after it.
      const next = doc.blocks[block.index + 1];
      if (block.kind === 'paragraph' && SHORT_LINE.test(block.text) && PURPOSE_HEADING.test(block.text) && next && isProseBlock(next)) {
        if (WHY_LINE.test(block.text) ? answersWhy(next.text, patterns) : !onlyVague(next.text, patterns)) return block.range;
      }
      // A title glued to its answer by a soft line break ("Why we use it\nTo deliver your newspaper, …",
      // "Why we need it\nTo manage your membership …"): only at the start of its block.
      const title = i === 0 || doc.sentences[i - 1]?.block !== block ? GLUED_TITLE.exec(sentence.text) : null;
      if (title && PURPOSE_HEADING.test(title[0])) {
        const rest = sentence.text.slice(title[0].length);
        // Under a "why" title only an infinitive or a "so (that) …" clause answers ("So we can send
        // your parcel."; "We are a small business." does not); other lines are read below.
        const answers = WHY_LINE.test(title[0])
          ? (TO_VERB.test(rest) || SO_WE.test(rest)) && answersWhy(rest, patterns)
          : /\p{L}/u.test(rest) && (TO_VERB.test(rest) ? answersWhy(rest, patterns) : !onlyVague(rest, patterns));
        if (answers) return sentence.range;
      }
      // A list of purposes: "- To provide the Service".
      if (block.kind === 'listItem' && TO_VERB.test(sentence.text)) return sentence.range;
      const column = block.cell && !block.cell.header ? (block.cell.columnHeader ?? '') : '';
      if ((PURPOSE_COLUMN.test(column) || PURPOSE_HEADING.test(column)) && /\p{L}/u.test(sentence.text)) return sentence.range;
      // An FAQ question answered in the sentence after it: "Why do you need my number? So that …" (past a stray "**").
      const answer = [doc.sentences[i + 1], doc.sentences[i + 2]].find((s) => s && /\p{L}/u.test(s.text));
      if (WHY_QUESTION.test(sentence.text) && PURPOSE_HEADING.test(sentence.text) && answer && isProseBlock(answer.block) && answersWhy(answer.text, patterns)) {
        return sentence.range;
      }
      // A glued header row ("DataPurpose") is kept: it is read below.
      // "(e.g. email)" ends no clause: its full stops are blanked too.
      const text = withoutVaguePurposes(blankAbbreviations(sentence.text)).replace(GLUED_TITLE, (m) => (glued(m) ? m : ' '.repeat(m.length)));
      // A definition states no purpose, unless it defines a purpose term by what the
      // purposes are ('"Permitted Purposes" means providing the Platform').
      const definition = PURPOSE_DEFINITION.test(text);
      if (!definition && DEFINITION.test(sentence.text)) continue;
      for (const pattern of patterns) {
        // A definition of a purpose term states a purpose only by what it says it means.
        if (definition && pattern === BARE_PURPOSE) continue;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          if (!isNegated(text, m.index)) return sentence.rangeOf(m.index, m.index + m[0].length);
        }
      }
    }
    return undefined;
  };
}

/** "We do not collect any personal data": the sentence that makes purposes not applicable. */
export function noProcessingStatement(doc: PolicyDocument): Sentence | undefined {
  return doc.sentences.find((s) => isProseBlock(s.block) && NO_PROCESSING.test(s.text.trim()));
}
