import { defineRule } from '../../src/engine/index.js';
import { blocksIn, gdprName, isNegated, missingAt, proseBlocks } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range } from '../../src/model/index.js';
import { gated } from '../shared/gated.js';

// ---- what counts as saying who receives the data ------------------------------------------

/**
 * Categories of recipients (Art. 4(9)): one synonym list. Plural and singular. A category says
 * what kind of recipient it is (WP29 transparency guidelines, para. 36: by activity, sector or
 * location), so "third parties", "(trusted) partners", "recipients" and "others" alone name none.
 * A provider or agent named by what it does in a compound ("background-check provider",
 * "ground-handling agents") is a category; "well-known companies" is not.
 */
const RECIPIENT_NOUN =
  /\b(?:(?:sub-?)?processors?|service[- ]providers?|(?:third[- ]party|external|outside|trusted) (?:(?:analytics|advertising|payment|hosting|cloud|email|e-mail|marketing|tracking|monitoring|crash[- ]reporting) )?(?:service[- ]providers?|services|providers?|vendors?|processors?|suppliers|tools)|vendors?|suppliers?|contractors?|(?:business |advertising |marketing )partners|(?:trusted\s)?(?:third\sparties|partners|companies|businesses|firms|organi[sz]ations)(?=\s(?:who|that|which)\s(?:(?:help|assist)\s(?:us\s)?(?:(?:to|with|in)\s)?(?!us\b)[a-z]{3,}|provide|process|host|perform|support|act|deliver))|affiliates?|group companies|(?:other )?(?:companies|entities|members) (?:of|in|within) (?:our|the) (?:[A-Z][\w&-]{1,20} )?(?:corporate )?group|(?:our )?subsidiar(?:y|ies)|(?:cloud |hosting |infrastructure |email |payment |analytics |authentication |identity |support )(?:providers?|processors?|services?|platforms?)|(?:web[- ]?)?hosts?(?= (?:who|that|which|stores?|keeps?|holds?|runs?)\b)|(?:hosting|cloud|payroll|IT|software|printing|mailing|cleaning|security|telecoms?|insurance) (?:compan(?:y|ies)|firms?|contractors?|bureaux?|bureaus?|houses?)|law enforcement(?: agencies| authorities)?|(?:public|tax|government(?:al)?|regulatory|competent|customs|immigration|border|judicial|prosecuting|social security|health|financial|police|airport)(?: (?:and|or|&) (?:customs|immigration|border|tax|police|judicial|prosecuting))? (?:authorit(?:y|ies)|bodies|agencies)|courts?|regulators?|auditors?|(?:professional|legal|tax|financial) advis[eo]rs?|insurers?|acquirers?|(?:potential )?(?:buyers?|purchasers?)|other users|couriers?|carriers?|(?:delivery|shipping|logistics|postal|parcel) (?:companies|company|services?|partners?|providers?|firms?)|postal services?|banks?|credit (?:reference )?(?:agencies|bureaus?|bureaux)|debt collect(?:ors?|ion agencies)|accountants?|book-?keepers?|solicitors|(?:marketing|advertising|recruitment|collection|travel|booking) agen(?:ts?|cies)|police|airlines?|(?:IT|technical|computer) (?:support|services?) (?:company|companies|providers?|contractors?|firms?|suppliers?)|(?:general|family) practitioners?|(?:other|external|referring|partner) (?:hospitals|clinics|practices|doctors|healthcare providers)|healthcare (?:providers|professionals)|(?:external|outside|independent|accredited|partner|specialist|reference) laborator(?:y|ies)|pharmacies|(?:prospective|potential|future) employers?|hiring managers?|client companies|(?!(?:well|so|high|low|world|long|short|non)-)[a-z]{3,20}-[a-z]{3,20} (?:service )?(?:providers?|agents|agencies|firms|companies|processors?|partners))\b/gi;

/**
 * A named organisation that receives the data, as the subject of the sentence: "DHL receives
 * your name and address", "Acme Payments Ltd gets a copy". Not a pronoun or an article, nor
 * the business's own team ("the Privacy Team receives your message").
 */
const NAMED_RECEIVER =
  /\b(?!(?:We|You|They|It|This|That|These|Those|Our|Your|Each|Every|No|Nobody|Only|The|A|An|If|When|Where|Who|Which|What|Whoever|Anyone|Everyone)\b)[A-Z][\w&.-]{1,30}(?:\s(?:[A-Z][\w&.-]{1,30}|&|and|of)){0,3}(?<!\b(?:Team|Department|Desk|Office|Staff|Officer|DPO|Support))\s(?:(?:also|then|only|may|will|can)\s)?(?:receives?|gets?|has access to|have access to|is given|are given)\s(?:your|the|their|a copy|this|these|that|such|all|some)\b/g;

/**
 * Verbs of disclosure, active or passive ("we share… with", "is disclosed to"), to someone named, not "to third parties".
 * A "to" that starts an infinitive ("where it is necessary to do so", "we require everyone who receives it to keep it
 * confidential": a verb with its object after it) or the idiom "from time to time" names no one, nor does a
 * stranded "with" ("everyone we share data with has agreed…").
 */
const DISCLOSURE =
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|pass(?:es|ed|ing)? (?:on|along)|transfer(?:s|red|ring)?|(?:make|made|makes) (?:it )?available|(?:is|are|be|been|made) accessible|giv(?:e|es|en|ing) access|hand(?:s|ed)? over|releas(?:e|es|ed|ing)|sell(?:s|ing)?|sold)\b[^.;:]{0,60}?\b(?<!\b(?:connection|accordance|line|compliance|conjunction|along|together|comply|complying|deal|dealing|associated|contact)\s)(?:with|to)\b(?!\s{4})(?!\s{0,3}(?:[.!?;,)]|$))(?!(?<=\bwith)\s(?:to|and|or|but|in|for|as|at|by|from|on)\b)(?!\s{0,3}[—–]|\s(?:(?:the|our|other|another|a|an|its|their|any)\s)?(?:(?:remote|secure|external|cloud|foreign)\s)?(?:servers?|computers?|systems?|databases?|data\s?cent(?:er|re)s?|countr(?:y|ies)|jurisdictions?|locations?|regions?|outside|European\s(?:Union|Economic\sArea)|EU|EEA|UK|United\s(?:Kingdom|States)|US|USA|Europe|Switzerland|Canada|India|Australia|Japan|Singapore)\b|\sanother\s(?:organi[sz]ation|controller|provider|company|service|business)\b)(?!(?<=\bto)\s(?:(?:time|do\sso)\b|(?!(?:the|a|an|our|its|their|any|all|each|every|other)\b)[a-z]{2,20}\s(?:it|them|this|that|these|those|the|a|an|our|your|their|its|us|you|with|out|up|any|all)\b))(?!\s(?:has|have|is|are|was|were|must|will|shall|agrees?|signs?)\b)(?!\s{0,3}:)(?!\s+(?:you|your(?:self)?|the user|users? themselves)\b)(?!\s(?:(?:our|its|their|the|any|a few|some|those|these)\s)?(?:(?:selected|certain|some|various|other|trusted|carefully selected|carefully chosen|chosen|vetted|reputable|reliable|approved|relevant|appropriate)\s)?(?:third parties|partners|others|recipients|parties|entities|organi[sz]ations|companies|businesses|firms|people|persons|individuals|those|whoever|whomever|anyone|(?:the |applicable )?laws?|this (?:policy|notice))\b)/gi;
/**
 * The data sent on to someone: "your application will be forwarded to the hiring manager", "we
 * transmit your booking to the hotel", "your order details go to our warehouse partner". Only in the passive or with the data as object, so that
 * "we send you e-mails to confirm your order" is no disclosure; not to the reader, to us, to the
 * business's own team or systems, nor to an unnamed "third parties".
 */
const SENT_ON = gated(
  /\b(?:(?:is|are|be|being|been|gets?)\s{1,3}(?:(?:also|then|only|automatically|securely)\s{1,3})?(?:forwarded|transmitted|sent|communicated)|(?:data|information|details|orders?|bookings?|applications?|CVs?|files?|records?)\s{1,3}(?:(?:also|then|will|may|only)\s{1,3}){0,2}(?:go|goes)|(?:forward|transmit|send|communicate|hand|pass)(?:s|es|ed|ted|ting|ing)?\s{1,3}(?:it|them|(?:your|their)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?[\w-]{2,20}|(?:the|this|such|these)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:data|information|details|applications?|CVs?|r[eé]sum[eé]s?|bookings?|orders?|documents?|records?|requests?|claims?)))\s{1,3}(?:(?:on|over)\s{1,3})?to\s{1,3}(?!(?:(?:our|the|its|their|selected|trusted|certain|other|some|those|these)\s{1,3}){0,2}(?:you|your|yourself|us|anyone|others|third\s{1,3}parties|partners|recipients|companies|businesses|firms|organi[sz]ations|people|persons|individuals|those|whoever|whomever)\b)(?!(?:(?:our|the|its)\s{1,3})?(?:own\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:team|department|staff|employees|personnel|colleagues|servers?|systems?|databases?|cloud|data\s{1,3}cent(?:er|re)s?|address|e-?mail|inbox|device)\b)(?:(?:the|our|a|an|your|any)\s{1,3})?\p{L}{3,}/giu,
  /forward|transmit|sen[dt]|communicat|hand|pass|\bgo(?:es)?\b/i,
);
/**
 * The data given to someone in the passive: "your booking is passed to the hotel", "is provided to
 * Acme Payments". Only to a named or determined recipient, so that "is provided to enable login" (a
 * purpose) and "to the extent required" are none; not to the reader, the business's own people or
 * an unnamed "third parties".
 */
const PASSED_TO = gated(
  /\b(?:is|are|be|being|been)\s{1,3}(?:(?:also|then|only)\s{1,3})?(?:passed|handed|given|supplied|provided)\s{1,3}(?:(?:on|over)\s{1,3})?to\s{1,3}(?:(?:the|our|a|an|any|their|its|your(?!\s{1,3}(?:own\s{1,3})?(?:device|account|browser|inbox|e-?mail|phone|computer|profile)\b))\s{1,3}(?!(?:extent|best|end|point|degree|purposes?|following|same|own|selected|certain|trusted|carefully|other|various|some|users?|data\s{1,3}subjects?|person|team|staff|employees|personnel|department|third\s{1,3}part(?:y|ies)|partners?|recipients?|others?|companies|organi[sz]ations|relevant|appropriate)\b)\p{L}{3,}|\p{Lu}[\p{L}&-]{1,30})/gu,
  /passed|handed|given|supplied|provided/,
);
/**
 * A recipient named unspecifically earlier in the same disclosure: "transfer your data to other parties in
 * connection with …" must not reach past "to other parties" to a later "with".
 */
const VAGUE_ON_THE_WAY =
  /\b(?:with|to)\s(?:(?:our|its|their|the|any|a few|some|those|these)\s)?(?:(?:selected|certain|some|various|other|trusted|carefully selected|carefully chosen|chosen|vetted|reputable|reliable|approved|relevant|appropriate)\s)?(?:third parties|partners|others|recipients|parties|entities|organi[sz]ations|companies|businesses|firms|people|persons|individuals|those|whoever|whomever|anyone)\b/i;

/**
 * The named exception to a declaration of no recipients: "We don't share your information with anyone outside the
 * Council, except the Department for Work and Pensions", "… other than HMRC", "… apart from to Royal Mail".
 */
const NAMED_EXCEPTION =
  /\b(?:except|other\s{1,3}than|apart\s{1,3}from|save\s{1,3}for|but\s{1,3}(?:only\s{1,3})?(?:to|with))\s{1,3}(?:(?:to|with)\s{1,3})?(?:the\s{1,3})?(?!(?:We|You|Our|Your|Where|When|If|As|In|For|To|With|Law|Applicable|Otherwise|Required)\b)\p{Lu}[\p{L}&'’.-]{1,30}/u;
/**
 * The exception to a declaration, up to a category of recipient (tested with {@link RECIPIENT_NOUN}): "apart from my
 * accountant", "except to our payment processor", "other than the couriers who deliver your order". Only a determiner and
 * up to two words may stand between, so that "except where the law requires our auditors…" is no exception naming them.
 */
const EXCEPTION_BEFORE_CATEGORY =
  /\b(?:except|other\s{1,3}than|apart\s{1,3}from|save\s{1,3}for|but\s{1,3}(?:only\s{1,3})?(?:to|with))\s{1,3}(?:(?:to|with)\s{1,3})?(?:(?:the|my|our|a|an|its|their)\s{1,3})(?:[a-z-]{2,20}\s{1,3}){0,2}$/i;

/** A sharing verb negated, whatever its object: the declaration a named exception may follow. */
const NEGATED_SHARING =
  /\b(?:(?:do|does|will|shall|would)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t|never)\s(?:ever\s)?(?:share|disclose|pass|transfer|give|provide|release|sell|send)\b/i;

/** "This does not include trusted third parties…": the exception to a negation, so not negated. */
const EXCEPTION_TO_NEGATION = /\b(?:(?:does|do)\s?(?:not|n't) (?:include|apply to|cover)|not including)\s(?:\w+\s){0,3}$/i;
/** What the controller does with the data, after its own name: "(The Bank) may disclose", "(the Insurer) collects". */
const SELF_VERB =
  /^\s{1,3}(?:(?:may|will|does|do|shall|can|must|also|only|never|not)\s{1,3}){0,3}(?:collect|use|process|hold|keep|store|sell|share|disclose|transfer|pass|obtain|ask|send|retain|record)\w{0,3}\b/i;
/** "we act as a processor": a role, not a recipient. */
const ROLE_BEFORE = /\b(?:as|are|is|act as)\s(?:a |an |the )?(?:data )?$/i;

/**
 * Providers that receive personal data when a business uses them. Named recipients are
 * what the WP29 transparency guidelines prefer to categories.
 */
const NAMED_VENDOR =
  /\b(?:Stripe|PayPal|Braintree|Adyen|Paddle|Chargebee|Amazon Web Services|AWS|Google (?:Cloud|Analytics|Workspace|Ads|Tag Manager)|Firebase|Microsoft (?:Azure|365|Teams|Clarity)|Azure|Cloudflare|SendGrid|Mailgun|Mailchimp|Postmark|Resend|Brevo|Sendinblue|Twilio|Intercom|Zendesk|Freshdesk|HubSpot|Salesforce|Auth0|Okta|Supabase|Sentry|Datadog|New Relic|Mixpanel|Amplitude|Hotjar|Heroku|Vercel|Netlify|Railway|Fly\.io|DigitalOcean|Hetzner|OVH(?:cloud)?|Scaleway|OpenAI|Anthropic|Slack|Zoom|Calendly|Typeform)\b/g;

/**
 * "We do not share your personal data with anyone": a declaration that there are no
 * recipients. The object must be personal data in general, not one kind of it
 * ("we do not share your credentials" says nothing about the rest).
 */
const NO_RECIPIENTS =
  /\b(?:(?:is|are|will be|will)\s)?(?:(?:(?:only|solely|exclusively)\s(?:be\s)?(?:seen|accessed|read|handled|processed|used|viewed)|(?:seen|accessed|read|handled|processed|used|viewed)\s(?:only|solely|exclusively))\sby\s(?:our\s(?:own\s)?(?:(?!(?:partners?|external|outside|third)\b)[a-z-]{3,15}\s)?|[A-Z][\w&-]{1,30}['’]s\s)?(?:staff|employees|team|personnel|people)\b(?!\s(?:and|or|&)\s))|\b(?:never|not)\s(?:be\s)?(?:handed|given|passed|sent|shared|disclosed|transferred|sold|made available)\s(?:over\s|on\s)?(?:to|with)\s(?:any\s)?(?:outside|external|other|third)\s(?:companies|organi[sz]ations|parties|businesses|firms|part(?:y|ies))\b|\b(?:never|not)\s(?:be\s)?(?:handed|given|passed|sent|shared|disclosed|shown|made available)\s(?:over\s|on\s)?(?:to|with)\s(?:anyone|anybody)\s(?:else\s)?(?:outside|beyond)\s(?:of\s)?(?:the|our|this|my)\s(?!(?:EU|EEA|UK|U\.?S|USA|European|United|countr(?:y|ies)|jurisdiction)\b)|\b(?:(?:do|does|will|shall|would)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t|never)\s(?:ever\s)?(?:share|disclose|pass on|pass|transfer|give|provide|make available|sell|rent|trade|lease)(?:,?\s(?:or\s|and\s)?(?:share|disclose|pass on|pass|transfer|give|provide|sell|rent|trade|lease)){0,4}\s(?:(?:your|any|the|users?'?|customers?'?|[A-Za-z]{2,20}s['’]|[A-Za-z]{2,20}['’]s)\s)?(?:(?:personal|user|customer|private|collected)\s)?(?:data|information|info|details|personal data|it)\s(?:on\s)?(?:with|to)\s(?:anyone|anybody|any(?:one|body)? else|third parties|any third part(?:y|ies)|other (?:companies|organi[sz]ations|parties)|outside parties|others)\b|\b(?:personal )?(?:data|information) (?:is|are|will be) (?:never|not) (?:shared|disclosed|passed on|transferred) (?:with|to) (?:anyone|any third part(?:y|ies)|third parties|others)\b|\b(?:no (?:third part(?:y|ies)|one(?: else)?|other (?:party|company|person))|nobody(?: else)?)(?:\s?\([^.;()]{1,40}\)| outside (?:the|our|this|my)(?! (?:EU|EEA|UK|U\.?S|USA|European|United|countr(?:y|ies))\b)(?: [a-z-]{2,20}){1,3}|\s?[—–-][^.;,—–()-]{1,30}[—–-]| (?:other than|except|apart from|besides|but) (?:me|us|myself|ourselves|you|yourself))? (?:(?:can|could|will|may) )?(?:(?:ever|else) )?(?:receives?|has access to|have access to|gets?|sees?|see|access) (?:any of )?(?:your )?(?:personal )?(?:data|information)\b/i;
/**
 * A declaration of no recipients whose object lists the kinds of data handled: "I do not pass your documents or contact
 * details to anyone else", "we never share your name, address or files with anyone". A list stands for everything held;
 * one kind ("we do not share your credentials") says nothing of the rest.
 */
const NO_RECIPIENTS_OF_LIST =
  /\b(?:(?:do|does|will|shall|would)\s?(?:not|n['’]t)|(?:won|don|doesn)['’]t|never)\s(?:ever\s)?(?:share|disclose|pass on|pass|transfer|give|provide|sell|send|hand over)\s(?:your|any)\s(?:[a-z-]{2,20}(?:\s[a-z-]{2,20})?,\s(?:your\s)?){0,4}[a-z-]{2,20}(?:\s[a-z-]{2,20})?,?\s(?:or|and)\s(?:your\s)?(?:[a-z-]{2,15}\s){0,2}?(?:data|information|details|documents|files|records|names?|address(?:es)?|photos|pictures|images|messages|numbers)\s(?:on\s)?(?:with|to)\s(?:anyone|anybody|any(?:one|body)\selse|third parties|any third part(?:y|ies)|others)\b/i;
const SHARING_VERB = /\b(?:sees?|shown|share|shared|disclose|disclosed|pass(?:ed)?|transfer(?:red)?|give|given|provide|make available|made available|receives?|has access|handed|passed|sent|seen|accessed|read|handled|processed|used|viewed)\b/i;
/** "… except …": the declaration has exceptions, so recipients exist and must be named. */
const EXCEPTION = /\b(?:except|other than|apart from|unless|save (?:for|as)|beyond|but (?:only )?(?:to|with))\b/i;

/**
 * Headings that name a category of recipients themselves ("Sub-processors", "Our service
 * providers") or ask who receives it ("Who receives your data"); with content under them,
 * they count. "Sharing", "Disclosure" or "Third parties" name the topic, not who receives the
 * data: the text under them must.
 */
const RECIPIENT_HEADING = /\b(?:(?:sub-?)?processors?|(?:service|analytics|payment|hosting|advertising|email|e-mail|cloud) providers?|vendors?|who (?:has access|can see|receives?))\b/i;
/**
 * A line labelled as the recipients: "Recipients:", "Categories of recipients:", "Shared with:",
 * "Who receives your data:", or asked as an FAQ ("Who gets my data?"), followed by what it
 * lists or answers, on the line or in the list under it.
 */
const RECIPIENT_LABEL =
  /^\W{0,5}(?:who|whom)\s{1,3}(?:we|I)\s{1,3}(?:share|disclose|pass|give)\s{1,3}(?:(?:it|them|your\s{1,3}(?:personal\s{1,3})?(?:data|information|details))\s{1,3})?(?:on\s{1,3})?(?:with|to)(?=\s{0,3}(?:[:?–—]|\n|$))|^\W{0,3}recipient\s{1,3}categor(?:y|ies)\W{0,3}\s{0,3}[:–—]|^\W{0,5}who\s{1,3}(?:receives|gets|sees|can\s{1,3}see|has\s{1,3}access\s{1,3}to|do\s{1,3}(?:you|we)\s{1,3}share\s{1,3}(?:it|my\s{1,3}(?:personal\s{1,3})?(?:data|information))\s{1,3}with)\s{1,3}(?:it|my|your|the)\b[^?.]{0,30}\?|^\W{0,3}(?:(?:(?:the\s{1,3})?categories\s{1,3}of\s{1,3})?recipients?(?:\s{1,3}of\s{1,3}(?:your\s{1,3})?(?:personal\s{1,3})?(?:data|information))?|(?:data\s{1,3})?(?:shared|disclosed)\s{1,3}(?:with|to)|who\s{1,3}(?:receives|gets|sees)\s{1,3}(?:it|(?:your\s{1,3})?(?:personal\s{1,3})?(?:data|information)))\W{0,3}\s{0,3}[:–—]/i;
/** A lead-in that ends in a disclosure verb's preposition: "We may share your data with:", "… is passed on to:". */
const DISCLOSURE_LEAD_IN =
  /\b(?:(?:shar|disclos|pass|transfer|forward|transmit|releas)\w{0,5}|sen[dt]s?|(?:made|makes?)\s{1,3}(?:it\s{1,3})?available|hand(?:s|ed)?\s{1,3}over)\b[^.;:]{0,60}?\b(?:with|to)\s{0,3}:\s{0,3}$/i;
/** "Recipients: none", "Who gets my data? Nobody outside our company." — without an exception. */
const NONE_LISTED =
  /^\W{0,3}(?:none|no\s{1,3}one|nobody|no\s{1,3}(?:third\s{1,3}part(?:y|ies)|recipients?))\b(?![^.;]{0,80}\b(?:except|other\s{1,3}than|apart\s{1,3}from|besides|but|save)\b)/i;
/** How data is kept, not who gets it: "held securely", "stored on encrypted servers", "kept confidential". */
const KEPT_SAFE = /\b(?:held|stored|kept|keep|protected|secured?|securely|encrypt\w{0,4}|safe(?:ly)?|confidential|locked|password)\b/i;
/** Words that name no one in particular: a list made only of them ("third parties and partners as required by law") lists no recipient. */
const NAMES_NO_ONE =
  /\b(?:and|or|other|others|selected|certain|some|various|trusted|carefully|relevant|appropriate|third|parties|party|partners?|recipients?|entities|organi[sz]ations|companies|persons?|anyone|nobody|no|one|none|else|except|unless|otherwise|our|the|any|as|described|in|this|policy|notice|where|when|if|necessary|needed|required|permitted|by|under|law|laws|etc|a|an|of|to|with|such|may|be|is|are|see|above|below|section|applicable|we|us|it|them|they|your|data|information|details|might|can|could|will|would|sometimes|share|shared|disclose|disclosed|pass|passed|on|give|given|only|people|who|whom|need|needs|those|accordance|compliance|line|legal|legally|obligations?|requirements?|requires?|regulations?|relevant|permits?|allows?)\b/gi;

/** Table column headers that list recipients. */
const RECIPIENT_COLUMN = /\b(?:recipients?|(?:sub-?)?processors?|vendors?|providers?|third part(?:y|ies)|partners?|shared with|disclosed to)\b/i;

/**
 * A definition of a term of GDPR Art. 4 ('"Recipient" means a natural or legal person, public
 * authority, agency or another body …', "Processor shall mean …"), or its wording quoted: the
 * kinds of body it lists are the law's, not the policy's recipients.
 */
const ART4_DEFINITION =
  /^\W{0,3}(?:(?:the\s{1,3})?(?:terms?\s{1,3})?["“'‘]?(?:recipients?|third[- ]part(?:y|ies)|(?:sub-?)?processors?|(?:joint\s{1,3})?controllers?|data\s{1,3}subjects?|personal\s{1,3}data|processing)["”'’]?\s{1,3}(?:means|shall\s{1,3}mean|refers\s{1,3}to|is\s{1,3}defined\s{1,3}as|has\s{1,3}the\s{1,3}meaning)\b)/i;
const ART4_WORDING = /\b(?:(?:a|any|another|the)\s{1,3})?natural\s{1,3}or\s{1,3}legal\s{1,3}person,?\s{1,3}public\s{1,3}authority,?\s{1,3}agency\s{1,3}or\s{1,3}(?:an)?other\s{1,3}body\b/gi;

// ---- helpers ---------------------------------------------------------------------------

interface Found {
  status: 'met' | 'not-applicable';
  range: Range;
}

/**
 * The first un-negated match of `pattern` in a block, as a source range. `noun`: the match is
 * a noun, so "as a processor" is a role; a verb in the passive ("is shared with") is not.
 */
function firstPositive(block: Block, pattern: RegExp, noun = true): Range | null {
  for (const sentence of block.sentences) {
    if (ART4_DEFINITION.test(sentence.text)) continue;
    const text = /legal\s{1,3}person/i.test(sentence.text) ? sentence.text.replace(ART4_WORDING, (w) => ' '.repeat(w.length)) : sentence.text;
    for (const m of text.matchAll(pattern)) {
      const before = sentence.text.slice(Math.max(0, m.index - 60), m.index);
      if (isNegated(sentence.text, m.index) && !EXCEPTION_TO_NEGATION.test(before)) continue;
      // "we act as a processor" is a role; "Recipients of your data are the service providers …" names them.
      if (noun && ROLE_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 20), m.index)) && !/\brecipients?\b/i.test(before)) continue;
      if (pattern === DISCLOSURE && VAGUE_ON_THE_WAY.test(m[0].replace(/\s\S+$/, ''))) continue;
      // "The Bank may disclose …", "the Insurer does not sell …": the controller's own defined term, speaking of itself.
      if (pattern === RECIPIENT_NOUN && /^\p{Lu}/u.test(m[0]) && /\bthe\s$/i.test(before) && SELF_VERB.test(sentence.text.slice(m.index + m[0].length))) continue;
      return sentence.rangeOf(m.index, m.index + m[0].length);
    }
  }
  return null;
}

/**
 * A block labelled "Recipients:" or a lead-in "We share your data with:", and what it lists: the
 * rest of the block, or else the list items right under it (under a question heading, the
 * paragraph that answers it). 'met' when that names someone, 'not-applicable' for "none".
 */
function labelledList(doc: PolicyDocument, block: Block): Found['status'] | 'vague' | null {
  const label = RECIPIENT_LABEL.exec(block.text);
  // Only a block that ends in ":" can be a lead-in: the cheap test first.
  const leadIn = !label && /:\s*$/.test(block.text) && DISCLOSURE_LEAD_IN.exec(block.text);
  if (leadIn && isNegated(block.text, leadIn.index)) return null;
  if (!label && !leadIn) return null;
  let listed = label ? block.text.slice(label[0].length).replace(/^[:?–—]/, '').trim() : '';
  if (listed === '') {
    const items: string[] = [];
    for (let i = block.index + 1; i < doc.blocks.length && items.length < 20; i++) {
      const next = doc.blocks[i] as Block;
      if (next.kind !== 'listItem') break;
      items.push(next.text);
    }
    listed = items.length > 0 ? items.join('; ') : bareLinesAfter(doc, block).join('; ');
  }
  // A question on a line of its own ("Who sees your data?", a heading in plain text) with no list under it: the paragraph after it answers.
  const answer = doc.blocks[block.index + 1];
  if (listed === '' && label && /\?\s*$/.test(block.text) && answer?.kind === 'paragraph' && answer.section === block.section) {
    if (NONE_LISTED.test(answer.text) || NO_RECIPIENTS.test(answer.text)) return 'not-applicable';
    // An answer about keeping the data safe names no one ("Your information is held securely on our library system and
    // protected by passwords"), unless it also names a recipient as prose does.
    if (KEPT_SAFE.test(answer.text) && ![RECIPIENT_NOUN, NAMED_VENDOR, NAMED_RECEIVER, DISCLOSURE].some((re) => answer.text.search(re) >= 0)) return 'vague';
    listed = answer.text;
  }
  if (NONE_LISTED.test(listed)) return 'not-applicable';
  // Something is said, but only in words that name no one ("Recipients: we may share it with partners"): the label itself counts for nothing.
  if (/\p{L}{3}/u.test(listed.replace(NAMES_NO_ONE, ' '))) return 'met';
  return /\p{L}{3}/u.test(listed) ? 'vague' : null;
}

/** A category of recipient named as the exception to a declaration made before `from` ("… apart from my accountant"). */
function exceptedCategory(text: string, from: number): { start: number; end: number } | null {
  const rest = text.slice(from);
  for (const m of rest.matchAll(RECIPIENT_NOUN)) {
    if (EXCEPTION_BEFORE_CATEGORY.test(rest.slice(Math.max(0, m.index - 60), m.index))) {
      return { start: from + m.index, end: from + m.index + m[0].length };
    }
  }
  return null;
}

/**
 * The items of a list written as bare lines under a label, one a line without bullets ("Who we share with / Your GP /
 * The local authority"): plain text reads each line as a block of its own (a short one as a heading). At least two
 * single lines that start with a capital and end without sentence punctuation; prose under the label is no list.
 */
function bareLinesAfter(doc: PolicyDocument, block: Block): string[] {
  const lines: string[] = [];
  for (let i = block.index + 1; i < doc.blocks.length && lines.length < 20; i++) {
    const next = doc.blocks[i] as Block;
    const bare = (next.kind === 'heading' || next.kind === 'paragraph') && next.text.length <= 100 && !next.text.includes('\n');
    if (!bare || !/^\p{Lu}/u.test(next.text) || /[.!?:;]$/.test(next.text)) break;
    lines.push(next.text);
  }
  return lines.length >= 2 ? lines : [];
}

/** Does a table cell sit in a column (or row) that lists recipients, with text in it? */
function isRecipientCell(block: Block): boolean {
  const cell = block.cell;
  if (!cell || cell.header || block.text.trim().length < 2) return false;
  return RECIPIENT_COLUMN.test(cell.columnHeader ?? '');
}

// ---- the rule --------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'gdpr/recipients',
    description: 'The policy names the recipients or categories of recipients of the personal data, or says there are none.',
    reference: 'GDPR Art. 13(1)(e), Art. 14(1)(e)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not say who receives the personal data: no recipients or categories of recipients ({law} Art. 13(1)(e)).',
        severity: 'error',
        suggestion:
          'Add a "Who we share your data with" section naming the recipients or their categories (hosting provider, payment processor, e-mail service, authorities…), or state that you share personal data with no one.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const state: { found: Found | null } = { found: null };
    const keep = (status: Found['status'], range: Range): void => {
      // A positive statement wins over a declaration; otherwise the first in the text.
      const found = state.found;
      if (!found || (found.status === 'not-applicable' && status === 'met')) state.found = { status, range };
    };

    for (const block of proseBlocks(doc)) {
      if (state.found?.status === 'met') break;
      if (block.kind === 'heading') {
        const answered = RECIPIENT_LABEL.test(block.text) ? labelledList(doc, block) : null;
        if (answered === 'vague') continue;
        if (answered) {
          keep(answered, block.range);
          continue;
        }
        // A recipients heading with something under it ("Data Sharing & Disclosure").
        const m = RECIPIENT_HEADING.exec(block.text);
        if (m && !isNegated(block.text, m.index) && blocksIn(block.section).length > 1) keep('met', block.range);
        continue;
      }
      if (isRecipientCell(block)) {
        keep('met', block.range);
        continue;
      }
      const listed = block.kind === 'paragraph' || block.kind === 'listItem' ? labelledList(doc, block) : null;
      if (listed === 'vague') continue;
      if (listed) {
        keep(listed, block.range);
        continue;
      }
      for (const sentence of block.sentences) {
        const text = sentence.text;
        const none = NO_RECIPIENTS.exec(text) ?? NO_RECIPIENTS_OF_LIST.exec(text);
        // "We never sell your data to third parties" is about selling, not about recipients.
        if (none && SHARING_VERB.test(none[0]) && !EXCEPTION.test(text.slice(none.index + none[0].length))) {
          keep('not-applicable', sentence.rangeOf(none.index, none.index + none[0].length));
          continue;
        }
        // Also of any data ("We do not share patient records with anyone, except …").
        const declared = none ?? NEGATED_SHARING.exec(text);
        const after = declared ? declared.index + declared[0].length : 0;
        const named = declared ? NAMED_EXCEPTION.exec(text.slice(after)) : null;
        if (named) keep('met', sentence.rangeOf(after + named.index, after + named.index + named[0].length));
        else if (declared && EXCEPTION.test(text.slice(after))) {
          const category = exceptedCategory(text, after);
          if (category) keep('met', sentence.rangeOf(category.start, category.end));
        }
      }
      const positive =
        firstPositive(block, RECIPIENT_NOUN) ??
        firstPositive(block, NAMED_VENDOR) ??
        firstPositive(block, NAMED_RECEIVER) ??
        firstPositive(block, DISCLOSURE, false) ??
        firstPositive(block, SENT_ON, false) ??
        firstPositive(block, PASSED_TO, false);
      if (positive) keep('met', positive);
    }

    const result = state.found;
    if (result) {
      context.evidence({ item: 'recipients or categories of recipients', status: result.status, at: result.range });
      return;
    }
    context.report({
      messageId: 'missing',
      data: { law: gdprName(doc) },
      at: missingAt(doc, /\b(?:shar(?:e|ing)|disclos\w{0,4}|recipients?|third[- ]part(?:y|ies)|processors?|how we use)\b/i),
    });
    context.evidence({ item: 'recipients or categories of recipients', status: 'missing' });
  },
});
