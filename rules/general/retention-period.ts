import { defineRule } from '../../src/engine/index.js';
import { blocksIn, durationsInBlock, isNegated, missingAt, questionBefore } from '../../src/model/index.js';
import type { Block, PolicyDocument, Section, Sentence } from '../../src/model/index.js';
import { runOn } from '../shared/statements.js';

/**
 * Headings under which a reader looks for retention periods ("Data Retention", "How long
 * we keep it", "Retention and deletion"). Text under them is read as retention statements.
 */
const RETENTION_HEADING = /\b(?:retention|retain(?:ed|ing)?|how\s+long|keep(?:ing)?|kept|deletion|storage\s+(?:period|duration|limitation))\b/i;
/** Where a missing statement is reported: the retention heading, else a storage heading. */
const MISSING_AT = /\b(?:retention|retain(?:ed|ing)?|how\s+long|keep(?:ing)?|kept|deletion|storage|stor(?:e|ed|ing))\b/i;
/** Table columns whose cells give a retention period ("Retention Period", "Duration", "Kept for"). */
const RETENTION_COLUMN = /\b(?:retention|retained|period|duration|how\s+long|kept|stored|deleted|expiry|expiration|lifetime)\b/i;

/** Retention words that say on their own that a sentence is about keeping or deleting data. */
const STRONG_TERM =
  /\b(?:retain(?:s|ed|ing)?|(?<!\b(?:user|customer|client|subscriber|member|player|audience|employee|staff|talent)s?\s)retention|kept|purg(?:e|es|ed|ing)|eras(?:e|es|ed|ing|ure)|delet(?:e|es|ed|ing|ion)|destroy(?:s|ed|ing)?|destruction|overwr(?:ite|ites|itten|iting)|dispos(?:e|ed|al)|archiv(?:e|es|ed|ing)|how\s+long|stored\s+(?:for|until))\b/i;
/** Everyday verbs that are retention words only with a data noun nearby ("we keep your data"). */
const WEAK_TERM =
  /\b(?:keep(?:s|ing)?|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|maintain(?:s|ed|ing)?|sav(?:e|es|ed|ing)|preserv(?:e|es|ed|ing)|remain(?:s|ed)?|linger(?:s|ed)?|stays?|resid(?:e|es)|cach(?:e|es|ed|ing)|expir(?:e|es|ed|y|ation))\b/i;
const DATA_NOUN =
  /\b(?:data|information|records?|logs?|details|content|files?|messages?|backups?|accounts?|cookies?|copies|history|e-?mails?|addresses|identifiers?|invoices|receipts|recordings|footage|transcripts|CVs|applications|documents|forms|photos|images|listings?|entries|profiles?|(?:credit|consumer)\s+(?:reports?|files?)|it|them)\b/i;
/** Words that make "may vary" or "per plan" a statement about retention, not about prices or erasure rights. */
const RETENTION_WORD = /\b(?:(?<!\b(?:user|customer|client|subscriber|member|player|audience|employee|staff|talent)s?\s)retention|retain(?:s|ed|ing)?|kept|how\s+long|periods?)\b/i;
/** A sentence that describes a data subject's right ("the right to erasure when no longer necessary"), not the practice. */
const RIGHTS = /\b(?:(?:the|your|a)\s+right\s+(?:to|of)|you\s+(?:can|may)\s+(?:ask|request|require|obtain|demand)|request\s+(?:the\s+)?(?:erasure|deletion)|(?:ask|request|require)\s+(?:us|that\s+we|the\s+\w+)\s+(?:to\s+)?(?:erase|delete|remove)|(?:right|entitled)\s+to\s+have\s+(?:your\s+)?(?:\w+\s+){0,2}(?:erased|deleted|removed))\b/i;
/** Verbs of keeping (not of deleting): "as we see fit", "forever" and a bare purpose count only next to these. */
const KEEP_VERB = /\b(?:retain(?:s|ed|ing)?|retention|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|cach(?:e|es|ed|ing)|hold(?:s|ing)?|held|preserv(?:e|es|ed|ing)|archiv(?:e|es|ed|ing)|remain(?:s|ed)?)\b/i;

/**
 * Events and criteria that end a retention period: GDPR Art. 13(2)(a) accepts "the criteria
 * used to determine that period". "until you delete your account", "while your account is
 * active", "for the duration of your subscription", "after account closure", "until revoked".
 */
const EVENT = new RegExp(
  [
    // "until you unsubscribe"; "until such a time as you unsubscribe", "till the point at which you withdraw", "until the day your contract ends"
    String.raw`\b(?:until|till)\s+(?:(?:the|your|you|an?|it|they|its|their|such|is|are|has|have|been|manually|we|receive|receipt\s+of)\s+){0,4}(?:(?:time|point|moment|day|date)\s+(?:(?:as|that|when|where|on\s+which|at\s+which)\s+)?(?:(?:the|your|you|it|they|its|their|we)\s+){0,2})?(?:delet\w*|remov\w*|revok\w*|revoc\w*|expir\w*|clos\w*|cancel\w*|terminat\w*|unsubscrib\w*|opt(?:s|ed)?[- ]?out|withdraw\w*|request\w*|account|subscription|contract|end|completion|resolution|deactivat\w*|you)\b`,
    // "while your account is open", but not "while it is needed" (the vague formula)
    String.raw`\bwhile\s+(?:(?:your|the|you|an?|its|their|it|they)\s+){0,2}(?:account|subscription|contract|relationship|session|membership|customer|user|service|are|is|remain|have|use|maintain|active|valid)\w*\b(?!\s+(?:(?:still|reasonably|strictly)\s+)?(?:relevant|needed|necessary|required|useful)\b)`,
    // "after your account is closed", "once the tenancy has ended", "when the respective session has ended", "once the event is over"
    String.raw`\b(?:after|once|when|until)\s+(?:(?:your|the|their|its|each|respective|relevant)\s+){1,2}(?:account|subscription|contract|membership|tenancy|relationship|agreement|policy|loan|session|visit|stay|event|project|campaign|competition|course|programme|program|booking|trial|employment|engagement|treatment|(?:recruitment|application)\s+process)\s+(?:(?:is|has\s+been|was|have\s+been|are|has)\s+)?(?:closed|deleted|terminated|cancell?ed|ended|settled|repaid|over|expired|completed|concluded|finished|ends|expires|concludes|finishes)\b`,
    // "the close of the seventh financial year after …", "the end of the tax year"
    String.raw`\b(?:close|end)\s+of\s+the\s+(?:[a-z]{3,12}\s+)?(?:financial|tax|fiscal|calendar|academic|school)\s+year\b`,
    String.raw`\b(?:duration|lifetime|life|term|length|period)\s+of\s+(?:(?:the|your|an?|its|their|each)\s+)?(?:account|subscription|contract|relationship|session|agreement|membership|engagement|service|employment|user|involvement|participation|volunteering|enrol?ment|studies|course|programme|program|project|tenancy|stay|visit|application|recruitment|hiring)`,
    String.raw`\bas\s+long\s+as\s+(?:(?:the|your|an?)\s+)?(?:you|account|subscription|contract|relationship|session|membership|user|customer)\b`,
    // "for the duration your account exists", "for the time that the contract is in force"
    String.raw`\b(?:duration|lifetime|time|period)\s+(?:that\s+|during\s+which\s+)?(?:the|your|an?)\s+(?:account|subscription|contract|membership|relationship|agreement)\s+(?:exists|is\s+(?:active|open|live|maintained|in\s+(?:place|force))|remains\s+(?:active|open)|lasts|runs)\b`,
    String.raw`\b(?:after|following|upon|on|at|from)\s+(?:(?:the|your|an?|its)\s+)?(?:account\s+|contract\s+|subscription\s+|service\s+)?(?:closure|deletion|termination|cancell?ation|expiry|expiration|end\s+of|deactivation|revocation|unsubscrib\w*|completion|resolution)\b`,
    String.raw`\b(?:when|once|after|if|unless|before)\s+(?:you|the\s+user|a\s+user|the\s+customer)\s+(?:\w+\s+){0,2}?(?:delete|close|cancel|terminate|leave|unsubscribe|withdraw|remove|deactivate|request|ask|revoke|opt)\w*`,
    String.raw`\b(?:immediately|instantly)\b`,
    String.raw`\b(?:session\s+(?:ends|expires|is\s+closed)|(?:close|exit|quit)\s+(?:your|the)\s+browser)\b`,
    String.raw`\bconfigur\w+\s+by\s+(?:you|the\s+(?:customer|user|administrator|admin))\b`,
  ].join('|'),
  'i',
);

/** A statutory period is a criterion ("as required by tax law", "statutory retention period"). */
const LEGAL =
  /\b(?:required|mandated|prescribed|dictated|specified|determined)\s+(?:by|under|in)\s+(?:(?:the|applicable|relevant|local|our|statutory|[\w-]+)\s+){0,3}(?:laws?|legislation|regulations?|statutes?|acts?|codes?)\b|\bstatutory\s+(?:retention\s+)?(?:periods?|obligations?|requirements?)|\blimitation\s+periods?\b|\b(?:legal(?:ly)?|legislated|legislative|regulatory|statutory)\s+(?:required\s+)?(?:records?\s+)?retention\s+(?:periods?|obligations?|requirements?)|\blegal\s+requirements?\b|\blegally\s+(?:required|mandated|prescribed)\s+(?:retention\s+)?(?:period|time|minimum)\b/i;

/** Anonymous data is not personal data (GDPR Recital 26): keeping it indefinitely is fine. */
const ANONYMISED = /\b(?:anonymi[sz]\w*|aggregated?|de-?identified|non-identifiable|no\s+longer\s+identif\w*)\b/i;

/** A generic purpose after "as long as necessary" says nothing about for how long. */
const GENERIC_PURPOSE =
  /^(?:(?:in\s+order\s+)?to\s+(?:(?:fulfil|fulfill|achieve|serve|accomplish|meet|carry\s+out|satisfy)\s+)?|(?:by|under)\s+|for\s+(?:(?:achieving|fulfil(?:l)?ing|meeting|serving|accomplishing|satisfying)\s+)?)(?:(?:the|these|those|such|this|its|their|our|any|all|that|each)\s+)?(?:(?:legitimate|stated|specified|identified|original|relevant|applicable|intended|business|operational|other|processing|respective|above|aforementioned|same)\s+){0,3}(?:purposes?|needs?|reasons?|objectives?|aims?|uses?|interests?)\b(?!\s+of\s+(?!(?:the\s+|this\s+|such\s+)?(?:processing|collection)\b))/i;
/** What may follow a bare "as long as necessary" and leave it bare. */
const BARE_TAIL = /^(?:$|[.;:!?)\]–—-]|(?:and|or|but|unless|after|then|which|subject|in\s+accordance|according)\b|(?:to|for)\s+(?:us|you|them|our\s+(?:[\w-]{1,20}\s+){0,2}?(?:business|company|team|staff|organi[sz]ation))\s*(?:$|[.;:!?,)]))/i;

type Context = 'weak' | 'keep' | 'retention';

interface Vague {
  name: string;
  pattern: RegExp;
  /**
   * Where the phrase counts. 'weak': a retention section or column, or any retention word (an
   * everyday verb such as "keep" only with a data noun); 'keep': a verb of keeping in the sentence
   * itself; 'retention': a retention section or column, or retention/retain/kept/how long/period.
   */
  context: Context;
  /** Vague only when nothing specific follows ("as long as necessary" vs "… to provide the Service"). */
  tail?: boolean;
  /** Phrases that are vague by their own negation ("no longer than necessary") skip the negation check. */
  negated?: boolean;
  /** Indefinite retention is fine for anonymised or aggregated data (see `allowIndefiniteForAnonymised`). */
  indefinite?: boolean;
  /** A deadline for answering, not a time data is kept ("we will respond within a reasonable time"). */
  response?: boolean;
  /**
   * The storage-limitation principle in words ("as long as necessary", "no longer than needed"): periods given nearby
   * for the same data answer it. Not "may vary by plan" or "indefinitely", which say the periods given are not the rule.
   */
  principle?: boolean;
  /** A statutory criterion in the same statement answers it ("as long as permitted or required by law"). */
  legal?: boolean;
}

/** Verbs of answering a request, just before a time phrase: the time is a response deadline. */
const RESPONSE_VERB = /\b(?:respond|reply|replies|answer|acknowledge|get\s+back\s+to|revert\s+to|notify|inform|fulfil+|action)\w{0,4}\b/i;
/** How far before the time phrase the verb may stand. */
const RESPONSE_REACH = 40;

function isResponseTime(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - RESPONSE_REACH), at);
  return RESPONSE_VERB.test(before) && !KEEP_VERB.test(before) && !STRONG_TERM.test(before);
}

/** Retention phrases that give neither a period nor the criteria that decide it. */
const VAGUE: Vague[] = [
  {
    // "as long as necessary", "for as long as is reasonably necessary", "as long as we need it",
    // "for so long as we consider it useful", "as long as we find them valuable", "so long as they remain (stay,
    // continue to be, prove) useful to us"
    name: 'as long as necessary',
    principle: true,
    pattern:
      /\b(?:as|so)\s+long\s+as\s+(?:(?:it|this|that|they|them|is|are|be|to|we|feel|think|believe|consider|deem|find|judge|regard|reasonably|strictly|still|otherwise|deemed|considered|remains?|stays?|continues?|proves?|seems?|the\s+data|the\s+information)\s+){0,5}(?:necessary|needed|required|appropriate|useful|valuable|helpful|beneficial|worthwhile|relevant|justified|reasonable|(?:our|its|their|the)\s+(?:(?:legitimate|business|operational|commercial)\s+){0,2}(?:interests?|needs?|purposes?)\s+(?:require|requires|demand|demands|justify|justifies|dictate|dictates)|(?:need|require)(?:d)?\s+(?:it|them|to)|deem\s+(?:it\s+)?(?:necessary|appropriate)|consider\s+(?:it\s+)?(?:necessary|appropriate)|serves?\s+(?:the|its|their|a)\s+(?:original\s+)?purposes?(?:\s+for\s+which\s+(?:it|they)\s+(?:was|were)\s+(?:collected|obtained|provided))?)\b/gi,
    context: 'weak',
    tail: true,
  },
  {
    // A schedule's bare answer, in a retention column or after a label ("Kept for | As needed",
    // "Support tickets: as appropriate", "- Logs – as required"): the row gives no period.
    name: 'as needed',
    pattern: /(?<=(?:^|[:|–—-])\s{0,3})as\s{1,3}(?:(?:and\s{1,3}when|reasonably|strictly|is)\s{1,3})?(?:needed|necessary|required|appropriate)\b/gi,
    context: 'retention',
    tail: true,
    legal: true,
  },
  {
    // "no longer than necessary", "not … for longer than is necessary"
    name: 'no longer than necessary',
    principle: true,
    pattern: /\b(?:no|not|never|[a-z]{2,5}n['’]t)\s+(?:[\w'’]+\s+){0,4}?longer\s+than\s+(?:is\s+|it\s+is\s+|we\s+)?(?:(?:strictly|reasonably|absolutely)\s+)?(?:necessary|needed|required|need\s+(?:to|it|them))\b/gi,
    context: 'weak',
    tail: true,
    negated: true,
  },
  {
    // "until it is no longer needed", "deleted when no longer necessary", "once we no longer need it",
    // "until the purpose for which it was collected has been fulfilled"
    name: 'until no longer needed',
    principle: true,
    pattern:
      /\b(?:until|till|when|once|after|where|if)\s+(?:(?:it|they|this|that|such|the|your|personal|data|information|we|is|are|has|have|been|becomes?|a|time|point|such)\s+){0,5}no\s+longer\s+(?:needed|necessary|required|useful|relevant|need(?:ed)?\s+(?:it|them)|require\s+(?:it|them)|ha(?:ve|s)\s+(?:a|any)\s+(?:use|need)\s+for\s+(?:it|them))\b|\b(?:until|till|when|once|after)\s+(?:the|its|their|such|that|our)\s+purposes?\s+(?:(?:for\s+which|of)\s+(?:[\w'’]+\s+){0,6}?)?(?:(?:has|have)\s+been|is|are|was|were)\s+(?:fulfilled|achieved|accomplished|completed|met|served|exhausted)\b/gi,
    context: 'weak',
    tail: true,
  },
  {
    // "for the period necessary to fulfil the purposes outlined in this policy"
    name: 'the period necessary',
    principle: true,
    pattern:
      /\bfor\s+(?:the|a|such)\s+(?:period|time|duration|length\s+of\s+time)\s+(?:(?:that\s+is|as\s+is|as|which\s+is|that\s+we\s+consider|we\s+consider|reasonably|strictly)\s+){0,2}(?:necessary|needed|required|appropriate)\b/gi,
    context: 'weak',
    tail: true,
  },
  {
    // "only where we have an ongoing legitimate business need to do so"
    name: 'ongoing business need',
    pattern: /\b(?:where|while|when|as\s+long\s+as)\s+we\s+have\s+(?:an?\s+)?(?:(?:ongoing|legitimate|business|valid)\s+){1,3}(?:need|reason|purpose|interest)s?\b/gi,
    context: 'weak',
  },
  {
    // "in accordance with our data retention policy", "in line with its internal records management
    // schedule", "for a period determined by our internal policies" — a document the reader cannot see
    name: 'our retention policy',
    pattern:
      /\b(?:in\s+accordance\s+with|in\s+line\s+with|according\s+to|under|as\s+set\s+out\s+in|pursuant\s+to)\s+(?:our|its|their|the\s+[a-z-]{2,30}['’]s|[A-Z][\w&-]{1,30}(?:\s[A-Z][\w&-]{1,30}){0,3}['’]s)\s+(?:internal\s+)?(?:data\s+|records?\s+)?(?:retention|record[- ]keeping|records\s+management)\s+(?:policy|policies|schedules?|guidelines|procedures?|rules)\b(?!\s*(?:[(,]\s*)?(?:available|published|at\s+https?:|see\b|which\s+(?:is\s+(?:available|published|attached|linked|set\s+out|reproduced)|you\s+can)))|\b(?:determined|set|defined|decided|governed|specified|established|fixed|required|prescribed|dictated)\s+(?:by|in|under)\s+(?:our|its|their|the\s+[a-z-]{2,30}['’]s|[A-Z][\w&-]{1,30}(?:\s[A-Z][\w&-]{1,30}){0,3}['’]s)\s+(?:own\s+)?(?:internal\s+)?(?:(?:data\s+)?retention\s+)?(?:policy|policies|rules|guidelines|procedures?|schedules?|standards)\b(?!\s*(?:[(,]\s*)?(?:available|published|at\s+https?:|see\b|which\s+(?:is\s+(?:available|published|attached|linked|set\s+out|reproduced)|you\s+can)|below|set\s+out\s+below))/gi,
    context: 'weak',
  },
  {
    name: 'as long as permitted',
    pattern: /\b(?:as\s+long\s+as\s+|the\s+(?:maximum|longest)\s+(?:period|time|extent)\s+)(?:(?:is|it\s+is|legally)\s+){0,2}(?:permitted|permissible|allowed|possible)\b/gi,
    context: 'weak',
    legal: true,
  },
  {
    // "temporarily stored on our web server": for how long is never said
    name: 'temporarily',
    pattern: /\b(?:temporarily|provisionally)\s+(?:(?:be|been|being)\s+)?(?:stored|kept|retained|held|saved|cached|logged)\b|\b(?:stored|kept|retained|held|saved|cached|logged)\s+(?:only\s+)?(?:temporarily|provisionally)\b/gi,
    context: 'keep',
  },
  {
    // "Your CV is kept on file in case a suitable role comes up": for how long is never said
    name: 'on file',
    pattern: /\b(?:retain(?:s|ed)?|keep(?:s)?|kept|stor(?:e|es|ed)|hold(?:s)?|held)\s+(?:[\w'’-]+\s+){0,3}?on\s+file\b/gi,
    context: 'keep',
  },
  {
    // "kept while relevant to our legitimate business needs", "while still needed"
    name: 'while needed',
    principle: true,
    pattern: /\b(?:while|whilst)\s+(?:(?:it|they|this|that|is|are|still|remains?|reasonably|strictly)\s+){0,3}(?:relevant|needed|necessary|required|useful)\b/gi,
    context: 'weak',
    tail: true,
  },
  {
    // "for such time as the Council considers fit", "at our sole discretion": the business's discretion, no
    // criterion ("at their own discretion" is the reader's)
    name: 'at our discretion',
    pattern:
      /\b(?:for\s+(?:such\s+)?(?:time|period|duration)\s+as|as\s+long\s+as)\s+(?:[\w'’-]+\s+){1,5}?(?:sees?|deems?|considers?|thinks?|judges?|finds?|believes?)\s+(?:(?:it|them|this|that)\s+)?(?:(?:to\s+be|is|are)\s+)?(?:fit|appropriate|necessary|reasonable|suitable|useful|relevant|valuable|helpful|needed)\b|\b(?:at|in)\s+(?:our|its|the\s+[\w-]{2,30}['’]s)\s+(?:(?:sole|absolute|own|reasonable)\s+)?discretion\b/gi,
    context: 'weak',
  },
  {
    name: 'as we see fit',
    pattern: /\bas\s+(?:we|the\s+company)\s+(?:see|deem|consider|think)\s+(?:it\s+)?(?:fit|appropriate|necessary|reasonable)\b/gi,
    context: 'keep',
  },
  {
    // "for a reasonable time", "for a limited period", "for a period of time"
    name: 'a reasonable time',
    pattern:
      /\b(?:for|within)\s+(?:(?:a|an|such|some|the)\s+)?(?:(?:commercially\s+)?reasonable|limited|certain|appropriate|extended|short|brief|undefined|unspecified|indeterminate|undetermined|reasonably\s+necessary)\s+(?:period|time|amount|duration|length)(?:\s+of\s+time)?\b|\bfor\s+(?:a|some)\s+(?:period\s+of\s+time|time|while)\b/gi,
    context: 'weak',
    response: true,
  },
  {
    // "for a period consistent with the original purpose", "for a time proportionate to …"
    name: 'a period consistent with the purpose',
    principle: true,
    pattern: /\bfor\s+(?:a|the|such)\s+(?:period|time|duration)\s+(?:(?:that\s+is|which\s+is)\s+)?(?:consistent|compatible|commensurate|proportionate|in\s+line)\s+with\b/gi,
    context: 'weak',
  },
  {
    // "Data is deleted periodically", "we regularly review and delete data": when is never said
    name: 'deleted periodically',
    pattern:
      /\b(?:delet|eras|purg|destroy|remov)\w{0,3}\s+(?:(?:it|them|data|information|records)\s+)?(?:periodically|regularly|from\s+time\s+to\s+time|at\s+regular\s+intervals)\b|\b(?:periodically|regularly|from\s+time\s+to\s+time)\s+(?:reviews?\s+and\s+)?(?:delete|erase|purge|destroy|remove)s?\b/gi,
    context: 'weak',
  },
  {
    // "kept for a number of years", "for several months": a period that is never stated
    name: 'an unstated number of years',
    pattern:
      /\bfor\s+(?:a\s+(?:number\s+of|few)|several|many|multiple|some|various|an?\s+(?:undisclosed|unspecified|certain)\s+number\s+of)\s+(?:years|months)\b/gi,
    context: 'weak',
  },
  {
    name: 'indefinitely',
    pattern:
      /\b(?:indefinitely|in\s+perpetuity|perpetually|(?:an?\s+)?(?:indefinite|unlimited)\s+(?:period|time|duration)|with\s+no\s+(?:set\s+|fixed\s+)?(?:time\s+limit|end\s+date|expiry|expiration)|no\s+(?:set\s+|fixed\s+)?(?:time\s+limit|retention\s+limit))\b/gi,
    context: 'weak',
    indefinite: true,
  },
  {
    // "stored permanently", "kept forever" — but not "permanently deleted"
    name: 'forever',
    pattern: /\b(?:retain(?:s|ed)?|keep(?:s)?|kept|stor(?:e|es|ed)|hold(?:s)?|held|remain(?:s)?|preserved?)\s+(?:[\w'’-]+\s+){0,4}?(?:forever|permanently)\b(?!\s+(?:delet|eras|remov|destr|purg))/gi,
    context: 'keep',
    indefinite: true,
  },
  {
    // "may vary by plan", "depends on your subscription tier"
    name: 'varies by plan',
    pattern:
      /\b(?:(?:may|can|might|will|could)\s+)?(?:var(?:y|ies|ying)|differ(?:s|ing)?|depend(?:s|ing)?)\s+(?:by|on|upon|with|across|based\s+on|according\s+to|depending\s+on)\s+(?:(?:your|the|each|a|customer'?s?|account)\s+)?(?:plan|tier|subscription|pricing|package|edition)s?\b/gi,
    context: 'retention',
  },
  {
    // "Per plan limits", "subject to your plan's retention"
    name: 'per plan',
    pattern:
      /\b(?:per|according\s+to|based\s+on|subject\s+to|as\s+per|depending\s+on|defined\s+by|set\s+by|determined\s+by)\s+(?:(?:your|the|each|customer'?s?)\s+)?(?:plan|tier|subscription)(?:['’]s)?(?:\s+(?:limits?|retention|settings?|level|terms))?\b/gi,
    context: 'retention',
  },
  {
    // "retention periods may vary", "varies depending on the type of data"
    name: 'may vary',
    pattern:
      /\b(?:(?:may|can|might|will|could)\s+var(?:y|ies)|var(?:y|ies)\s+(?:depending|based|according))\b|\bvaries(?=\s{0,3}(?:[.;|]|$))|\bdepends?\s+on\s+(?:the\s+)?(?:type|kind|nature|categor(?:y|ies))\s+of\s+(?:the\s+)?(?:personal\s+)?(?:data|information)\b/gi,
    context: 'retention',
  },
  {
    // "We may retain some information for legal or auditing purposes." A purpose is not a period.
    name: 'purpose only',
    pattern:
      /\b(?:retain(?:s|ed)?|keep(?:s)?|kept|preserve[sd]?|archive[sd]?)\b(?:\s+[\w'’/-]+){0,8}?\s+for\s+(?:(?:legal|audit(?:ing)?|compliance|tax|accounting|regulatory|archiv(?:al|ing)|record[- ]keeping|backup|evidentiary|litigation|dispute|security|fraud[- ]prevention|business|operational|internal)(?:\s*(?:,|\/|&|and|or)\s*|\s+)){1,4}(?:purposes?|reasons?)\b/gi,
    context: 'keep',
    legal: true,
  },
];

/** A sentence, list item or table row: the text that must hold a period or criterion. */
interface Scope {
  text: string;
  blocks: Block[];
  start: number;
  end: number;
}

function inRetentionSection(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (RETENTION_HEADING.test(s.title)) return true;
  return false;
}

function inRetentionColumn(block: Block): boolean {
  const header = block.cell?.columnHeader;
  return header !== undefined && RETENTION_COLUMN.test(header);
}

/**
 * Paragraph sentences are read with the sentence that follows (and with the pieces hard
 * wrapping put in the paragraphs around them); list items whole; table cells with their row.
 */
function scopeOf(doc: PolicyDocument, sentence: Sentence): Scope {
  const block = sentence.block;
  if (block.cell) {
    const row = block.cell.table.rows[block.cell.row] ?? [block];
    return { text: row.map((c) => c.text).join(' | '), blocks: row, start: 0, end: Number.MAX_SAFE_INTEGER };
  }
  if (block.kind === 'listItem') return { text: block.text, blocks: [block], start: 0, end: Number.MAX_SAFE_INTEGER };
  const i = block.sentences.indexOf(sentence);
  const next = block.sentences[i + 1];
  const own = runOn(doc, sentence);
  return {
    text: next ? `${own} ${next.text}` : own,
    blocks: [block],
    start: sentence.range.start.offset,
    end: (next ?? sentence).range.end.offset,
  };
}

/** The document's durations by block, built once per document (asked for every statement). */
function hasDuration(doc: PolicyDocument, scope: Scope): boolean {
  return scope.blocks.some((b) => durationsInBlock(doc, b).some((d) => d.range.start.offset >= scope.start && d.range.end.offset <= scope.end));
}

/**
 * The criteria themselves, announced: "To determine that period, we take into account our
 * legal obligations…", "we consider a number of factors, such as…" (Art. 13(2)(a) "the
 * criteria used to determine that period").
 */
const CRITERIA =
  /\b(?:to|in|when)\s+(?:determin(?:e|ing)|decid(?:e|ing)|set(?:ting)?)\s+(?:(?:the|that|this|these|such|an?|appropriate|applicable|retention)\s+){0,3}(?:periods?|duration|how\s+long)\b,?\s+we\s+(?:will\s+|may\s+|also\s+|carefully\s+)?(?:consider|take\s+into\s+account|look\s+at|assess|evaluate|review|weigh|use)|\b(?:take\s+into\s+account|consider|weigh)\s+(?:(?:a|number|of|several|various|the|following|relevant)\s+){0,4}(?:factors|criteria)\b/i;

/** A period, an ending event or the criteria within the scope. */
function isConcrete(doc: PolicyDocument, scope: Scope): boolean {
  return hasDuration(doc, scope) || EVENT.test(scope.text) || CRITERIA.test(scope.text);
}

/** The answer to a reader's question about retention ("How long do you keep my progress? A: …") reads like a retention section. */
function answersRetentionQuestion(doc: PolicyDocument, sentence: Sentence): boolean {
  const question = questionBefore(doc, sentence);
  return question !== undefined && RETENTION_HEADING.test(question);
}

function hasContext(doc: PolicyDocument, sentence: Sentence, scope: Scope, context: Context): boolean {
  const block = sentence.block;
  if (context === 'keep') return KEEP_VERB.test(sentence.text);
  if (inRetentionSection(block.section) || inRetentionColumn(block) || answersRetentionQuestion(doc, sentence)) return true;
  if (context === 'retention') return RETENTION_WORD.test(scope.text);
  return context === 'weak' ? aboutKeeping(scope.text) : STRONG_TERM.test(scope.text);
}

/** "indefinitely" qualifies its own verb: the keeping must be said in the same sentence. */
function ownContext(sentence: Sentence): boolean {
  const block = sentence.block;
  return inRetentionSection(block.section) || inRetentionColumn(block) || aboutKeeping(sentence.text);
}

function isBareTail(text: string, end: number): boolean {
  const tail = text.slice(end, end + 160).replace(/^[\s,]+/, '');
  return BARE_TAIL.test(tail) || GENERIC_PURPOSE.test(tail);
}

/**
 * "We retain personal information only for as long as necessary for the purposes below:"
 * followed by a table of periods is a lead-in, not the policy's last word.
 */
function leadsIntoPeriods(doc: PolicyDocument, sentence: Sentence): boolean {
  const block = sentence.block;
  const next = block.sentences[block.sentences.indexOf(sentence) + 1];
  // "… as long as necessary. Specific retention periods include:" — the next sentence opens a
  // list of periods (a bare "Generally:" does not say the list is the periods).
  const pointsOn =
    /:\s*$/.test(sentence.text) ||
    (next !== undefined && next === block.sentences.at(-1) && /:\s*$/.test(next.text) && RETENTION_WORD.test(next.text)) ||
    /\b(?:below|as\s+follows|the\s+following|table)\b/i.test(`${sentence.text} ${next?.text ?? ''}`);
  if (pointsOn) {
    const after = blocksIn(block.section).filter((b) => b.index > block.index && b.kind !== 'heading');
    for (const b of after.slice(0, 40)) if (isConcrete(doc, wholeBlock(b))) return true;
    return false;
  }
  return next === undefined && block.kind === 'paragraph' && followedByPeriods(doc, block);
}

/**
 * "We retain your data:" followed by "Leads: 3 years from your request", "Logs: 13 months":
 * a retention lead-in whose periods follow in the next blocks of its section.
 */
function introducesPeriods(doc: PolicyDocument, sentence: Sentence): boolean {
  const block = sentence.block;
  if (sentence !== block.sentences[block.sentences.length - 1] || !/:\s{0,3}(?:<\/[a-z]{1,10}>\s{0,3}){0,3}$/i.test(sentence.text)) return false;
  for (let i = block.index + 1; i <= block.index + FOLLOW_ITEMS; i++) {
    const b = doc.blocks[i];
    if (!b || b.kind === 'heading' || b.section !== block.section) return false;
    if (isConcrete(doc, wholeBlock(b))) return true;
  }
  return false;
}

function wholeBlock(b: Block): Scope {
  return { text: b.text, blocks: [b], start: 0, end: Number.MAX_SAFE_INTEGER };
}

/** How many list items or paragraph sentences after a statement may hold its periods. */
const FOLLOW_ITEMS = 12;

/**
 * "We keep data as long as necessary." closing its paragraph, then "- Log data: retained for
 * 90 days" or "For example, we keep server logs for 30 days.": the periods follow at once. Only
 * the list right below or the first sentences of the next paragraph in the same section count,
 * and only when they speak of keeping or deleting data, or stand under a retention heading.
 */
function followedByPeriods(doc: PolicyDocument, block: Block): boolean {
  const first = doc.blocks[block.index + 1];
  if (!first || first.section !== block.section || first.kind === 'heading') return false;
  const candidates: Scope[] = [];
  if (first.kind === 'listItem') {
    for (let i = first.index; i < first.index + FOLLOW_ITEMS; i++) {
      const b = doc.blocks[i];
      if (!b || b.kind !== 'listItem' || b.section !== block.section) break;
      candidates.push(wholeBlock(b));
    }
  } else if (first.kind !== 'code' && first.kind !== 'navigation') {
    const [a, b] = first.sentences;
    if (a) candidates.push({ text: b ? `${a.text} ${b.text}` : a.text, blocks: [first], start: 0, end: (b ?? a).range.end.offset });
  }
  const section = inRetentionSection(block.section);
  return candidates.some((c) => (section || aboutKeeping(c.text)) && isConcrete(doc, c));
}

function aboutKeeping(text: string): boolean {
  return STRONG_TERM.test(text) || (WEAK_TERM.test(text) && DATA_NOUN.test(text));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Configured extra phrases, as whole-word patterns. */
function extraPatterns(phrases: readonly string[]): Vague[] {
  return phrases
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && p.length <= 100)
    .map((p) => ({
      name: p,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(p).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
      context: 'weak' as const,
    }));
}

/**
 * "We keep your data only as long as we need to. … For example, account data is kept for the
 * duration your account exists. …": a period or ending event elsewhere in the same paragraph,
 * in a sentence about keeping data, answers the vague one ("We reply within 30 days" does not).
 * Asked only for a vague finding, so each paragraph is read at most a few times.
 */
function paragraphGivesPeriods(doc: PolicyDocument, sentence: Sentence): boolean {
  const block = sentence.block;
  if (block.kind !== 'paragraph') return false;
  return block.sentences.some(
    (s) =>
      s !== sentence &&
      aboutKeeping(s.text) &&
      isConcrete(doc, { text: s.text, blocks: [block], start: s.range.start.offset, end: s.range.end.offset }),
  );
}

/** How many paragraphs after a vague statement may still give its period. */
const LATER_PARAGRAPHS = 3;
/** A short line without closing punctuation ("Server data"): a sub-heading written as a paragraph. */
const TITLE_LINE = /^[^.!?:;]{1,60}$/;
/** "The data will be deleted within seven days": a statement that refers back to the data just named. */
const REFERS_BACK = /^\W{0,3}(?:(?:the|this|these|such|those|that)\s{1,3}(?:data|information|logs?|records?|files?|details|recordings?)\b(?!\s{1,3}(?:of|about|from|on|in|we|you)\b)|(?:it|they)\b)/i;

/** The kinds of record a vague statement and a later one may share ("Server logs …" / "Logs are deleted after 14 days"). */
const RECORD_NOUN = /\b(?:logs?|records?|files?|recordings?|footage|CVs?|applications?|backups?|cookies?|messages?|e-?mails?|invoices|transcripts|photos|images|sessions?)\b/gi;

/** One pattern for the kinds of record `text` names (null for none), built once per statement, not per sentence compared. */
function recordNouns(text: string): RegExp | null {
  const nouns = new Set([...text.matchAll(RECORD_NOUN)].map((m) => m[0].toLowerCase().replace(/s$/, '')));
  return nouns.size === 0 ? null : new RegExp(`\\b(?:${[...nouns].join('|')})s?\\b`, 'i');
}

/** A later statement about the same data: it refers back or names the same kind of record ("All session data …"). */
function sameData(text: string, nouns: RegExp | null): boolean {
  return REFERS_BACK.test(text) || (nouns !== null && nouns.test(text));
}

/**
 * A list item "Display name: stored temporarily in the session", then a later item of the same
 * list "Session data: all session data … is automatically deleted after 1 hour": the period is
 * given a few items on, for the same kind of data.
 */
function laterItemGivesPeriods(doc: PolicyDocument, sentence: Sentence): boolean {
  const block = sentence.block;
  if (block.kind !== 'listItem') return false;
  const nouns = recordNouns(sentence.text);
  if (nouns === null) return false;
  for (let i = block.index + 1; i <= block.index + FOLLOW_ITEMS; i++) {
    const b = doc.blocks[i];
    if (!b || b.kind !== 'listItem' || b.section !== block.section) return false;
    if (aboutKeeping(b.text) && sameData(b.text, nouns) && isConcrete(doc, wholeBlock(b))) return true;
  }
  return false;
}

/**
 * "The data thus collected will be temporarily stored …" then, two paragraphs on, "The data will be
 * deleted within seven days …": the period is given for the same data a little later under the
 * same heading (or the same sub-heading line). The later sentence must speak of keeping or
 * deleting, and refer back to the data or name the same kind of record ("Logs are deleted after
 * 14 days" answers "Server logs are stored temporarily", not "We keep account data as long as necessary").
 */
function laterParagraphGivesPeriods(doc: PolicyDocument, sentence: Sentence): boolean {
  const block = sentence.block;
  if (block.kind !== 'paragraph') return false;
  const nouns = recordNouns(sentence.text);
  let paragraphs = 0;
  for (let i = block.index + 1; i < doc.blocks.length && paragraphs < LATER_PARAGRAPHS; i++) {
    const b = doc.blocks[i] as Block;
    if (b.kind !== 'paragraph' || b.section !== block.section || TITLE_LINE.test(b.text.trim())) return false;
    paragraphs++;
    for (const s of b.sentences) {
      if (!aboutKeeping(s.text)) continue;
      if (sameData(s.text, nouns) && isConcrete(doc, { text: s.text, blocks: [b], start: s.range.start.offset, end: s.range.end.offset })) return true;
    }
  }
  return false;
}

/** A label that opens a statement: "Interview notes: as needed", "Enquiries: held while still needed", "Backups – as long as necessary". */
const LABEL_BEFORE = /^[\s*_]{0,4}[^.;!?:|–—]{1,60}[:|–—]\s/;

/** Blocks after a statement, in a document without headings, that may still give its period. */
const NEARBY_BLOCKS = 8;

/** Is `section` `within` or one of its subsections? */
function inSection(section: Section | null, within: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (s === within) return true;
  return false;
}

/**
 * The statements of the document that give a period, an ending event or the criteria for keeping data:
 * "Membership data is retained for 5 years", "Logs: 30 days". Read once, and only when a vague statement
 * is left after every closer reading.
 */
function periodStatements(doc: PolicyDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const b = s.block;
    if (b.kind === 'code' || b.kind === 'navigation' || b.kind === 'heading' || RIGHTS.test(s.text)) continue;
    const keeping = aboutKeeping(s.text) || inRetentionSection(b.section) || inRetentionColumn(b);
    if (!keeping) continue;
    const scope = b.cell ? scopeOf(doc, s) : { text: s.text, blocks: [b], start: s.range.start.offset, end: s.range.end.offset };
    if (isConcrete(doc, scope)) out.push(s);
  }
  return out;
}

/**
 * "We retain personal information only for as long as necessary. For example:" then "Membership data is retained for
 * 5 years …", or a principle ("Retained only for as long as necessary") with a "Data retention" section of periods
 * further on: a period or criterion for the same data is given nearby — in the statement's section (in a document
 * without headings: the next few blocks) or in a section about retention. A statement about personal data in
 * general is answered by any period; one that names a kind of record ("Server logs are kept as long as needed") only
 * by a period for the same kind.
 */
function periodsNearby(doc: PolicyDocument, sentence: Sentence, at: number, statements: readonly Sentence[]): boolean {
  const block = sentence.block;
  // A row of a schedule ("Backups | As long as necessary", "- Interview notes: as needed") states the period of its own
  // data: the periods of the other rows do not answer it.
  if (block.cell || LABEL_BEFORE.test(sentence.text.slice(0, at))) return false;
  const section = block.section;
  const nouns = recordNouns(sentence.text);
  return statements.some((s) => {
    if (s === sentence) return false;
    const b = s.block;
    const near =
      inRetentionSection(b.section) ||
      (section !== null && section.level > 0 ? inSection(b.section, section) : b.index > block.index && b.index <= block.index + NEARBY_BLOCKS);
    return near && (nouns === null || sameData(s.text, nouns));
  });
}

/** "We do not collect or store any personal data": nothing is kept, so no period is owed. */
const NOTHING_KEPT =
  /\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never|will\s+not|won['’]t)\s+(?:(?:collect|store|retain|keep|process|save)(?:\s*,\s*|\s+(?:or|and|nor)\s+)?){1,3}(?:(?<!\s)\s+)?any\s+(?:personal(?:ly\s+identifiable)?\s+)?(?:data|information)\b|\bwe\s+(?:collect|store|retain|keep)\s+no\s+personal\s+(?:data|information)\b|\b(?:we|it|the\s+(?:app|extension|service|site|website|plugin|add-on))\s+(?:stores?|keeps?|retains?|saves?|holds?)\s+nothing\b|\bnothing\s+for\s+us\s+to\s+(?:keep|store|retain|hold|delete)\b/i;

export default defineRule({
  meta: {
    id: 'retention-period',
    description: 'The policy says how long personal data is kept — a period or the criteria that decide it — and never only "as long as necessary".',
    reference: 'GDPR Art. 13(2)(a) and Art. 14(2)(a); POPIA s14; Cal. Civ. Code §1798.100(a)(3)',
    jurisdictions: 'all',
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {
      allowIndefiniteForAnonymised: {
        type: 'boolean',
        default: true,
        description:
          'Do not report "indefinitely"/"permanently" when the same statement says the data kept is anonymised or aggregated (anonymous data is not personal data).',
      },
      extraVaguePhrases: {
        type: 'string[]',
        default: [],
        description: 'More phrases to report as vague when they stand in a retention statement without a period (e.g. "for business continuity").',
      },
    },
    messages: {
      missing: {
        text: 'The policy does not say how long personal data is kept, nor the criteria used to decide it.',
        severity: 'error',
        suggestion:
          'Add a "How long we keep your data" section giving a period for each category of data (e.g. "Server logs: 30 days", "Account data: until you delete your account, then 30 days in backups").',
      },
      vague: {
        text: 'Retention statement "{phrase}" gives neither a period nor the criteria that decide it.',
        severity: 'warning',
        suggestion: 'State the period (e.g. "12 months") or the event that ends it (e.g. "until you close your account, plus 30 days in backups").',
      },
    },
  },
  check(context) {
    const { document: doc, options } = context;
    const patterns = [...VAGUE, ...extraPatterns(options.extraVaguePhrases)];
    let concrete: Sentence | undefined;
    let concreteInSection: Sentence | undefined;
    let vagueSeen: Sentence | undefined;
    let nothingKept: Sentence | undefined;
    let statements: Sentence[] | undefined;

    for (const sentence of doc.sentences) {
      const block = sentence.block;
      if (block.kind === 'code' || block.kind === 'navigation' || block.kind === 'heading') continue;
      const text = sentence.text;
      if (NOTHING_KEPT.test(text)) nothingKept ??= sentence;
      const scope = scopeOf(doc, sentence);
      // Each test runs at most once per sentence, and only when asked: most sentences are
      // not about retention and stop at the context tests.
      let concreteScope: boolean | undefined;
      const isConcreteScope = (): boolean => (concreteScope ??= isConcrete(doc, scope));
      const contexts: Partial<Record<Context, boolean>> = {};
      const inContext = (c: Context): boolean => (contexts[c] ??= hasContext(doc, sentence, scope, c));
      if (inContext('weak') && (isConcreteScope() || LEGAL.test(scope.text) || (!concrete && !concreteInSection && introducesPeriods(doc, sentence)))) {
        // Prefer evidence from the retention section or a retention column.
        if (inRetentionSection(block.section) || inRetentionColumn(block)) concreteInSection ??= sentence;
        else concrete ??= sentence;
      }
      // A sentence about a right ("the right to erasure") or about none of the contexts
      // cannot hold a vague retention statement.
      if (RIGHTS.test(text) || !(inContext('weak') || inContext('keep') || inContext('retention'))) continue;

      // One finding per sentence: the first vague phrase that stands alone.
      for (const v of patterns) {
        if (!inContext(v.context) || (v.name === 'indefinitely' && !ownContext(sentence))) continue;
        let found: RegExpExecArray | undefined;
        v.pattern.lastIndex = 0;
        for (let m = v.pattern.exec(text); m; m = v.pattern.exec(text)) {
          const end = m.index + m[0].length;
          if (!v.negated && isNegated(text, m.index, 50)) continue;
          if (v.tail && !isBareTail(text, end)) continue;
          if (v.response && isResponseTime(text, m.index)) continue;
          found = m;
          break;
        }
        if (!found) continue;
        vagueSeen ??= sentence;
        if (isConcreteScope()) break;
        if (v.legal && LEGAL.test(scope.text)) break;
        if (v.indefinite && options.allowIndefiniteForAnonymised && ANONYMISED.test(scope.text)) break;
        if (leadsIntoPeriods(doc, sentence)) break;
        if (paragraphGivesPeriods(doc, sentence) || laterParagraphGivesPeriods(doc, sentence) || laterItemGivesPeriods(doc, sentence)) break;
        if (v.principle && periodsNearby(doc, sentence, found.index, (statements ??= periodStatements(doc)))) break;
        const phrase = found[0].replace(/\s+/g, ' ');
        context.report({ messageId: 'vague', data: { phrase }, at: sentence.rangeOf(found.index, found.index + found[0].length) });
        context.evidence({ item: 'retention period', status: 'partial', at: sentence });
        break;
      }
    }

    const met = concreteInSection ?? concrete;
    if (met) {
      context.evidence({ item: 'retention period', status: 'met', at: met });
    } else if (vagueSeen) {
      // Already reported as vague (or excused as a lead-in): no second diagnostic.
    } else if (nothingKept) {
      context.evidence({ item: 'retention period', status: 'not-applicable', at: nothingKept });
    } else {
      context.report({ messageId: 'missing', at: missingAt(doc, MISSING_AT) });
      context.evidence({ item: 'retention period', status: 'missing' });
    }
  },
});
