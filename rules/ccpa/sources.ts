import { defineRule } from '../../src/engine/index.js';
import { blocksIn, isNegated, isProseBlock, missingAt, questionBefore } from '../../src/model/index.js';
import type { PolicyDocument, Range, Section } from '../../src/model/index.js';
import { gated } from '../shared/gated.js';
import { QA_LABEL, stripQaLabel } from '../shared/answers.js';
import { gluedTitle } from '../shared/titles.js';

// Cal. Civ. Code §1798.110(c)(2) and §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(B): the privacy
// policy identifies the categories of sources from which personal information is collected
// — the consumer ("directly from you"), the consumer's device ("automatically"), and other
// businesses ("from service providers", "from third parties").
//
// Lenient on the consumer and the device: "directly from you" is a category of source. Other
// businesses must be named by type: a policy whose only other sources are "third parties",
// "partners" or "other sources" admits that they exist and names none of them. Every
// quantifier below is bounded.

/**
 * Sources other than the consumer, one list (11 CCR §7001(e) defines "categories of sources"
 * as types or groupings of persons or entities from which a business collects personal
 * information, e.g. advertising networks, internet service providers, data analytics
 * providers, government entities, operating systems and platforms, social networks and
 * data brokers). "Other", "various" or "external" sources name no type of source.
 */
const OTHER_SOURCE = String.raw`(?:(?:third[- ]party|independent|publicly\s{1,3}available|public)\s{1,3}sources|(?:other\s{1,3})?third[- ]part(?:y|ies)|(?:business|marketing|advertising|channel|integration|technology|referral|trusted|selected)?\s{0,3}partners|(?:our\s{1,3})?(?:affiliates|subsidiaries|group\s{1,3}companies|parent\s{1,3}company)|(?:data|list)\s{1,3}(?:brokers|providers|vendors|aggregators)|(?:(?:our|third[- ]party)\s{1,3})?(?:service\s{1,3}providers|vendors|contractors|suppliers)|(?:advertising|ad|analytics|data\s{1,3}analytics|marketing|payment|authentication|identity[- ]verification|internet\s{1,3}service)\s{1,3}(?:networks|providers|partners|processors|services|companies)|social\s{1,3}(?:media|network(?:s|ing)?)(?:\s{1,3}(?:platforms|sites|services|networks|providers|accounts))?|(?:social\s{1,3})?(?:login|log-?in|sign-?in|single\s{1,3}sign-?on|SSO)\s{1,3}(?:providers?|services)|(?:government|public|law[- ]enforcement)\s{1,3}(?:entities|agencies|authorities|records|databases)|public\s{1,3}records|credit\s{1,3}(?:reporting|reference)\s{1,3}agencies|credit\s{1,3}bureaus?|(?:operating\s{1,3}systems|platforms|app\s{1,3}stores)|(?:those|these|such|the\s{1,3}connected|connected|linked|third[- ]party|integrated)\s{1,3}(?:services|accounts|platforms|apps|applications|integrations|tools)|other\s{1,3}(?:companies|organi[sz]ations|businesses|users|customers)|(?:your|the\s{1,3}customer['’]s|their)\s{1,3}(?:employer|organi[sz]ation|company|administrator|workspace\s{1,3}(?:owner|admin(?:istrator)?))|resellers|distributors|referrers|event\s{1,3}organi[sz]ers|parents(?:\s{1,3}(?:and|or|&)\s{1,3}guardians)?|(?:legal\s{1,3})?guardians|(?:previous|former|prior)\s{1,3}schools?|school\s{1,3}districts?|referring\s{1,3}(?:doctors|physicians|providers|practitioners)|(?:health\s{1,3})?insurers)`;

/** A provider's brand, capitalised ("GitHub", "Google", "Auth0"): not "Your", "Our" or "The" opening a phrase. */
const BRAND = String.raw`(?!(?:Your|Our|The|This|An?|Any|Its|Their)\b)\p{Lu}[\p{L}\p{N}.-]{1,30}`;
/** Signing in: "sign in", "logging in", "signs on", "log-in". */
const SIGN_IN = String.raw`(?:[Ss]ign|[Ll]og)(?:s|ged|ging|ning)?[\s-]{1,3}(?:in|on|up)`;

/** Verbs of receiving, before "from …" in the same clause; a data broker "compiles", "aggregates" or "licenses" it. */
const RECEIVE = String.raw`(?:receiv\w{0,3}|obtain\w{0,3}|compil\w{0,3}|aggregat\w{0,3}|licens\w{0,3}|assembl\w{0,3}|collect\w{0,3}|gather\w{0,3}|acquir\w{0,3}|get|gets|got|purchas\w{0,3}|buy|buys|bought|sourced|import\w{0,3}|comes?|came|originat\w{0,3}|provided|supplied|shared|sent|disclosed)`;

/**
 * Statements of a source, one list:
 *  - the consumer: "directly from you", "information you provide to us", "provided by you",
 *    "when you register …, we collect";
 *  - the device: "we automatically collect", "collected automatically", "from your device";
 *  - others: "we receive … from third parties / service providers / partners",
 *    "partners may share information with us", "provided to us by data brokers".
 */
type Kind = 'consumer' | 'device' | 'others' | 'any';

/**
 * The opening of a list item or answer, after markup a plain-text copy of a web page keeps
 * ("<li>", "<p class=…>"), emphasis, an opening quote or an FAQ's "A:".
 */
const OPENING = String.raw`^(?:<[^<>\n]{1,100}>){0,3}[\s*_"“]{0,4}${QA_LABEL}?`;

// The costliest statements run only where a word they need is (see rules/shared/gated.ts).
const SOURCE_STATEMENTS: Array<[Kind, RegExp]> = [
  ['consumer', gated(new RegExp(String.raw`\b${RECEIVE}\b[^.;:!?]{0,80}?\b(?:directly\s{1,3})?from\s{1,3}you(?:rself)?\b`, 'gi'), /from\s{1,3}you/i)],
  ['consumer', /\bdirectly\s{1,3}from\s{1,3}(?:you|consumers|the\s{1,3}consumer|our\s{1,3}(?:users|customers))\b/gi],
  // "from the students themselves", "from patients themselves".
  ['consumer', /\bfrom\s{1,3}(?:the\s{1,3}|our\s{1,3})?(?:consumers|customers|users|students|pupils|patients|members|employees|applicants|players|clients|individuals)\s{1,3}themselves\b/gi],
  // A label with its list: "Categories of sources: consumers directly; consumers' devices; service providers".
  // The label may carry the statute's period: "categories of sources in the preceding 12 months: consumers themselves; …".
  // Or the label as a subject: "**Sources** are you, your browser and our payment processor", "Our sources include …".
  ['any', gated(new RegExp(String.raw`(?<!\b(?:open|other|revenue|funding|income|energy|news|light|power)\s{1,3})\bsources(?:\s{1,3}of\s{1,3}(?:(?:your|the)\s{1,3})?(?:personal\s{1,3})?(?:information|data))?(?:\s{1,3}(?:in|during|over|within|for)\s{1,3}(?:the\s{1,3})?(?:preceding|past|last|previous|prior)\s{1,3}(?:12|twelve)\s{1,3}months)?[*_]{0,2}\s{0,3}(?::|(?:are|include|includes|consist\s{1,3}of)\b)\s{0,3}[^.;:]{0,60}?(?:${OTHER_SOURCE}|\b(?:you|consumers?|customers|users)\b|\b(?:devices?|browsers?)\b)`, 'gi'), /\bsources\b[^.;:!?]{0,50}(?::|\b(?:are|include|includes|consist)\b)/i)],
  // A question or label that the same sentence answers: "Where we get it: publicly available websites, company filings, …".
  ['any', /^[\s*_"“]{0,4}where\s{1,3}(?:do\s{1,3})?we\s{1,3}(?:get|obtain|source|find)\s{1,3}(?:it|them|this|(?:your\s{1,3}|the\s{1,3})?(?:personal\s{1,3})?(?:data|information))[\s*_]{0,4}[:?][\s*_]{0,4}(?!(?:from\s{1,3})?(?:(?:other|various|several|some|certain|our|selected|trusted)\s{1,3})?(?:third[- ]part(?:y|ies)|partners|(?:other\s{1,3})?sources|others)\W{0,3}$)(?:from\s{1,3})?(?:[\w'’-]{2,30}\s{1,3}){0,3}[\w'’-]{2,30}/gi],
  ['consumer', /\b(?:information|data|details|content|materials?|anything|everything|what)\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:(?:choose\s{1,3}to|may|voluntarily|directly|also)\s{1,3}){0,2}(?:provide|give|submit|enter|share|send|upload|supply|disclose|input|post)\b/gi],
  ['consumer', /\byou\s{1,3}(?:(?:may|voluntarily|directly|also|can|choose\s{1,3}to)\s{1,3}){0,2}(?:provide|give|submit|supply|send)\s{1,3}(?:(?:it|them|this|that|information|data)\s{1,3})?(?:to\s{1,3})?us\b/gi],
  // "You supply most of the information we hold", "you give us your details when you book".
  ['consumer', /\byou\s{1,3}(?:(?:may|voluntarily|directly|also|can|choose\s{1,3}to|usually|normally)\s{1,3}){0,2}(?:provide|give|submit|supply|send|share|enter|upload)\s{1,3}(?:us\s{1,3}(?:with\s{1,3})?)?(?:[\w'’-]{1,15}\s{1,3}){0,4}?(?:information|data|details|particulars)\b/gi],
  ['consumer', /\b(?:provided|given|submitted|supplied|entered|disclosed)\s{1,3}(?:directly\s{1,3})?(?:to\s{1,3}us\s{1,3})?by\s{1,3}you\b/gi],
  ['consumer', /\b(?:when|if|as|once)\s{1,3}you\s{1,3}(?:[\w'’-]{1,15}\s{1,3}){0,3}?(?:register|sign(?:\s{1,3}|-)?up|create|open|subscribe|contact|e-?mail|write|call|fill|complete|purchase|buy|order|apply|book|enroll|participate|respond|use|visit|interact|log(?:\s{1,3}|-)?in|connect|link|upload|post|access|browse|download|install)\w{0,3}\b[^.;!?]{0,120}?\bwe\s{1,3}(?:(?:may|will|also|automatically|might|can)\s{1,3}){0,2}(?:collect|receive|obtain|ask|request|gather|record|log|store)\b/gi],
  ['device', gated(/\bautomatically\s{1,3}(?:[\w'’-]{1,15}\s{1,3}){0,3}?(?:collect|gather|receiv|record|log|obtain|captur)\w{0,3}\b|\b(?:collect|gather|receiv|record|logg|obtain|captur)\w{0,3}\s{1,3}(?:[\w'’-]{1,15}\s{1,3}){0,2}?automatically\b/gi, /automatically/i)],
  ['device', gated(new RegExp(String.raw`\b${RECEIVE}\b[^.;!?]{0,80}?\b(?:from|through|via|using)\s{1,3}(?:your\s{1,3}|the\s{1,3})?(?:devices?|browsers?|computers?|mobile\s{1,3}devices?|cookies|pixels|web\s{1,3}beacons|(?:tracking|similar)\s{1,3}technologies)\b`, 'gi'), /device|browser|computer|cookie|pixel|beacon|technolog/i)],
  // The device as the owner of the data: "ForkIt collects and uses your device's location data".
  ['device', /\b(?:collect|gather|obtain|access|receiv|read)\w{0,3}\s{1,3}(?:(?:and|or|&)\s{1,3}[a-z]{2,12}\s{1,3})?(?:your|the)\s{1,3}(?:mobile\s{1,3})?(?:devices?|phones?|browsers?|computers?)['’]s?\s/gi],
  ['device', /\b(?:cookies|pixels|(?:web\s{1,3})?beacons|SDKs|(?:tracking|similar)\s{1,3}technologies|(?:our\s{1,3})?servers|server\s{1,3}logs|analytics\s{1,3}(?:tools|software))\s{1,3}(?:(?:may|also|automatically|will)\s{1,3}){0,2}(?:collect|record|log|gather|capture|store)s?\b/gi],
  // Also the examples of vague sources: "collected from other sources such as data brokers".
  ['others', gated(new RegExp(String.raw`\b${RECEIVE}\b[^.;:!?]{0,90}?\bfrom\s{1,3}(?:(?:the|other|our|any|certain|trusted|selected|various|some|your|its|their)\s{1,3}){0,2}(?:(?:other|external|various|additional|online)\s{1,3}sources,?\s{1,3}(?:such\s{1,3}as|including|like|e\.g\.,?)\s{1,3}(?:(?:the|other|our|any|certain|some)\s{1,3})?)?${OTHER_SOURCE}`, 'gi'), /\bfrom\s/i)],
  ['others', new RegExp(String.raw`\bfrom\s{1,3}(?:(?:the|other|our|any|certain|trusted|selected|various|some|your|its|their)\s{1,3}){0,2}${OTHER_SOURCE}\s{0,3},?\s{1,3}we\s{1,3}(?:(?:may|also|sometimes|might|can)\s{1,3}){0,2}(?:receive|obtain|collect|get|purchase|buy|acquire)\b`, 'gi')],
  // Not what is provided to the business: "services provided by other companies" (they are recipients).
  ['others', gated(new RegExp(String.raw`(?<!\b(?:services?|tools|products|software|features|platforms?|solutions|infrastructure)\s{1,3})\b(?:provided|shared|supplied|sent|disclosed|passed|given|made\s{1,3}available)\s{1,3}(?:to\s{1,3}us\s{1,3}|with\s{1,3}us\s{1,3})?by\s{1,3}(?:(?:the|other|our|any|your|its|their)\s{1,3}){0,2}${OTHER_SOURCE}`, 'gi'), /\bby\s/i)],
  ['others', new RegExp(String.raw`\b${OTHER_SOURCE}\s{1,3}(?:(?:may|might|can|will|sometimes|also)\s{1,3}){0,2}(?:provides?|shares?|gives?|sends?|discloses?|supplies|supply)\s{1,3}(?:us\b|[^.;]{0,60}?\b(?:to|with)\s{1,3}us\b)`, 'gi')],
  // A sign-in provider named by brand, with what the business gets through it: "We use GitHub for authentication and
  // collect your GitHub login", "When you sign in with Google, we receive your name", "we import your profile when you log in via Okta".
  ['others', gated(new RegExp(String.raw`(?:\b(?:${SIGN_IN}|[Aa]uthenticat\w{1,5}(?:\s{1,3}(?:you|users))?)\s{1,3}(?:with|via|through|using)\s{1,3}(?:your\s{1,3})?${BRAND}|\b[Uu]se[sd]?\s{1,3}${BRAND}\s{1,3}(?:for|to\s{1,3}(?:handle|provide|manage))\s{1,3}(?:user\s{1,3})?(?:authentication|sign[\s-]?(?:in|on)|log[\s-]?in|single\s{1,3}sign[\s-]on))\b[^.;!?]{0,80}?\b${RECEIVE}\b|\b${RECEIVE}\b[^.;!?]{0,80}?\b${SIGN_IN}\s{1,3}(?:with|via|through|using)\s{1,3}(?:your\s{1,3})?${BRAND}`, 'gu'), /\b(?:sign|log)\w{0,4}[\s-]{1,3}(?:in|on|up)\b|authenticat|sign[\s-]?(?:in|on)|log[\s-]?in/i)],
  // A list item or an answer that opens with its source ("- **From you** – when you register",
  // "From your device – through cookies", "From partners – …", "Where do you get it? From you, …").
  ['consumer', new RegExp(String.raw`${OPENING}(?:(?:mostly|mainly|primarily|largely|usually|generally|chiefly)\s{1,3})?from\s{1,3}you(?:rself)?\b`, 'gi')],
  ['device', new RegExp(String.raw`${OPENING}(?:(?:mostly|mainly|primarily|largely|usually|generally|chiefly)\s{1,3})?from\s{1,3}(?:your|the)\s{1,3}(?:devices?|browsers?|computers?|phones?)\b`, 'gi')],
  ['others', new RegExp(String.raw`${OPENING}(?:(?:mostly|mainly|primarily|largely|usually|generally|chiefly)\s{1,3})?from\s{1,3}(?:(?:the|other|our|certain|trusted|selected|various|some|your|its|their)\s{1,3}){0,2}${OTHER_SOURCE}`, 'gi')],
];

/**
 * A question states no source: "Do we receive any information from third parties?" is a
 * heading that its answer ("We do not receive any information from third parties") settles.
 */
const QUESTION = /^(?:<[^<>\n]{1,100}>){0,3}[\s*_"“]{0,4}(?:do|does|did|will|would|have|has|is|are|can|could|may|where|what|how|which|who|whom)\b[^?]{1,200}\?[\s*_"”]{0,4}(?:<\/[a-z][a-z0-9]{0,9}>\s{0,3}){0,3}$/i;

/** The end of a source that names no type of source: "third parties", "our partners", "other companies". */
const VAGUE_OTHER = /(?:\bthird[- ]part(?:y|ies)|(?:^|\b(?:from|by|our|the|other|certain|some|various|its|their|any))\s{1,3}(?:(?:business|trusted|selected)\s{1,3})?partners|\bother\s{1,3}(?:companies|organi[sz]ations|businesses)|\b(?:third[- ]party|independent)\s{1,3}sources)$/i;
/** "from other sources", "from a variety of sources", "from external sources". */
const VAGUE_SOURCES = gated(
  /\bfrom\s{1,3}(?:(?:a\s{1,3}(?:wide\s{1,3})?(?:variety|number|range|mix)\s{1,3}of|various|several|many|multiple|different|numerous|other|diverse|external|additional)\s{1,3}){1,2}sources\b/gi,
  /sources/i,
);
/** The noun after "third-party" that makes it a type of source ("third-party services", "third-party logins such as Facebook"). */
const THIRD_PARTY_NOUN =
  /^\s{1,3}(?:services|accounts|platforms|apps|applications|integrations|tools|providers|vendors|websites|sites|partners|data\s{1,3}providers|(?:social\s{1,3})?(?:logins?|log-?ins?|sign-?ins?|sign-?on)(?:\s{1,3}(?:services|providers))?|SDKs|authentication\s{1,3}(?:services|providers))\b/i;
/** A list of examples after a vague source: "third parties, such as data brokers". */
const EXAMPLES_FOLLOW = /^\s{0,3}[,(–—-]?\s{0,3}(?:such\s{1,3}as|including|like|e\.g\.|for\s{1,3}(?:example|instance)|namely|in\s{1,3}particular)\b/i;
const OTHER_SOURCE_ANYWHERE = new RegExp(String.raw`\b${OTHER_SOURCE}`, 'gi');

/**
 * Does the match name no type of source, and nothing after it in the sentence does either?
 * "From partners – social networks and data brokers" names them after a dash.
 */
function namesNoType(text: string, end: number, matched: string): boolean {
  if (!VAGUE_OTHER.test(matched.trimEnd())) return false;
  const rest = text.slice(end, end + 200);
  // "third-party services", "third party apps" are a type of source.
  if (EXAMPLES_FOLLOW.test(rest) || THIRD_PARTY_NOUN.test(rest)) return false;
  OTHER_SOURCE_ANYWHERE.lastIndex = 0;
  for (let m = OTHER_SOURCE_ANYWHERE.exec(rest); m; m = OTHER_SOURCE_ANYWHERE.exec(rest)) {
    if (m[0].trim() && !VAGUE_OTHER.test(m[0].trimEnd())) return false;
  }
  return true;
}

/**
 * Headings of a section about sources, by kind: "Information You Provide", "Information
 * Collected Automatically", "Third-Party Data", "Information from Other Sources"; and
 * "Sources of Personal Information", "How we collect information", "Where it comes from" for any kind.
 */
const SOURCE_HEADINGS: Array<[Kind, RegExp]> = [
  ['consumer', /\b(?:information|data)\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:provide|give|submit|share)\b|\bfrom\s{1,3}you\b|\bprovided\s{1,3}by\s{1,3}you\b/i],
  ['device', /\bautomatically\b/i],
  ['others', /\bfrom\s{1,3}(?:third|other|others|partners|public)\b|\bthird[- ]party\s{1,3}(?:data|information|sources)\b(?!\s{1,3}(?:sharing|disclosures?|transfers?|recipients?))/i],
  ['any', /\bsources?\b(?<!\bopen[- ]sources?)|\bhow\s{1,3}(?:do\s{1,3})?we\s{1,3}(?:collect|obtain|get|gather|receive)\b|\bwhere\s{1,3}(?:do\s{1,3}|did\s{1,3})?(?:we|you)\s{1,3}(?:get|got|obtain|collect|find|source)\b/i],
  // "Where it comes from", "Where your data comes from", "Where does my information come from?", "Origin of the data".
  ['any', /\bwhere\s{1,3}(?:(?:does|do|did)\s{1,3})?(?:it|they|this|(?:your|the|my|our)\s{1,3}(?:personal\s{1,3})?(?:data|information|info|details))\s{1,3}(?:comes?|came)\s{1,3}from\b|^\W{0,3}origins?\s{1,3}of\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:personal\s{1,3})?(?:data|information)\b/i],
];

/**
 * A right described in the statute's words states no source: "You can request deletion of personal information we
 * collected from you" (§1798.105(a)), "the right to know … the information we received from third parties". Tested on
 * the sentence before a match.
 */
const RIGHT_BEFORE =
  /\bright\s{1,3}to\b|\b(?:request|ask\s{1,3}(?:us\s{1,3})?(?:for|to))\s{1,3}(?:that\s{1,3}we\s{1,3})?(?:the\s{1,3})?(?:deletion|delete|erasure|erase|access|a\s{1,3}copy|disclosure|disclose|correction|correct)\b/i;

/** A table column of sources. */
const SOURCE_COLUMN =
  /^\W{0,3}(?:(?:categor(?:y|ies)\s{1,3}of\s{1,3})?sources?|(?:where|how)\s{1,3}(?:we\s{1,3})?(?:get|obtain|collect|receive)|(?:obtained|received|collected|comes?|came)\s{1,3}from|where\s{1,3}(?:it|they|this|(?:the|your)\s{1,3}(?:data|information))\s{1,3}(?:comes?|came|is\s{1,3}from|are\s{1,3}from)|(?:who|what)\s{1,3}(?:provides|supplies|gives\s{1,3}us)\s{1,3}(?:it|them|this)|origin)\b/i;

/** Where a reader would look for the sources: a "collect" or "sources" heading. */
const WHERE_TO_LOOK = /\b(?:sources?|collect\w{0,3}|obtain\w{0,3})\b|\bcategor(?:y|ies)\s{1,3}of\s{1,3}(?:personal\s{1,3})?(?:information|data)\b/i;

/** A line short enough to be a heading, without a full stop. */
const SHORT_LINE = /^[^.!\n]{3,60}[?:]?$/;
/** An answer that declines, denies or names nothing: "We don't say.", "Not disclosed.", "N/A", "Various places." */
const NO_ANSWER =
  /^\W{0,3}(?:we\s{1,3}(?:do\s{1,3}not|don['’]t|never|cannot|can['’]t|won['’]t)|no\b|none\b|n\/a\b|not\b|unknown\b|(?:from\s{1,3})?(?:various|several|many|multiple|different|other|some|numerous)\s{1,3}(?:places|sources|parties|companies|organi[sz]ations)\W{0,3}$)/i;



/**
 * A sentence that names no source at all: "We collect information from a variety of
 * sources." Under a "Where we get your information" heading it does not answer it.
 */
const VAGUE_BODY =
  /^[^.;:!?]{0,80}\bfrom\s{1,3}(?:(?:a\s{1,3}(?:wide\s{1,3})?(?:variety|number|range|mix)\s{1,3}of|various|several|many|multiple|different|numerous|other|diverse)\s{1,3})sources\b\s{0,3}[.!]?\s{0,3}$/i;

function hasBody(section: Section): boolean {
  return blocksIn(section).some((b) => b.kind !== 'heading' && isProseBlock(b) && /\p{L}/u.test(b.text) && !VAGUE_BODY.test(b.text) && !NO_ANSWER.test(b.text));
}

/** Where the source itself starts in a statement: its last "from" or "by" ("obtain data … from third parties"). */
function sourceStart(matched: string): number {
  const lower = matched.toLowerCase();
  return Math.max(0, lower.lastIndexOf('from '), lower.lastIndexOf('by '));
}

interface Sources {
  /** The first place that names each kind of source. */
  found: Map<Kind, Range>;
  /** The first source that names no type of source ("from third parties", "from other sources"). */
  unnamed?: { at: Range; text: string };
}

function findSources(doc: PolicyDocument): Sources {
  const found = new Map<Kind, Range>();
  let unnamed: Sources['unnamed'];
  const add = (kind: Kind, at: Range): void => {
    if (!found.has(kind)) found.set(kind, at);
  };
  for (const section of doc.sections) {
    if (!section.heading || !hasBody(section)) continue;
    // "Do we receive information from third parties?" asks; its answer says whether they are a source.
    const asks = QUESTION.test(section.title);
    for (const [kind, pattern] of SOURCE_HEADINGS) if (!(asks && kind === 'others') && pattern.test(section.title)) add(kind, section.heading.range);
  }
  for (const sentence of doc.sentences) {
    const block = sentence.block;
    if (!isProseBlock(block) || block.kind === 'heading') continue;
    const cell = block.cell;
    if (cell && !cell.header && SOURCE_COLUMN.test(cell.columnHeader ?? '') && /\p{L}/u.test(sentence.text) && !/^\W{0,3}(?:n\/a|none)\W{0,3}$/i.test(sentence.text)) {
      add('any', sentence.range);
    }
    const question = QUESTION.test(sentence.text);
    for (const [kind, pattern] of question ? [] : SOURCE_STATEMENTS) {
      if (found.has(kind)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        if (isNegated(sentence.text, m.index) || RIGHT_BEFORE.test(sentence.text.slice(0, m.index + sourceStart(m[0])))) continue;
        const end = m.index + m[0].length;
        if (kind === 'others' && namesNoType(sentence.text, end, m[0])) {
          const start = m.index + sourceStart(m[0]);
          unnamed ??= { at: sentence.rangeOf(start, end), text: sentence.text.slice(start, end) };
          continue;
        }
        add(kind, sentence.rangeOf(m.index, end));
        break;
      }
    }
    if (!unnamed && !found.has('others') && !question) {
      VAGUE_SOURCES.lastIndex = 0;
      for (let m = VAGUE_SOURCES.exec(sentence.text); m; m = VAGUE_SOURCES.exec(sentence.text)) {
        const end = m.index + m[0].length;
        if (isNegated(sentence.text, m.index) || EXAMPLES_FOLLOW.test(sentence.text.slice(end, end + 40))) continue;
        unnamed = { at: sentence.rangeOf(m.index, end), text: m[0] };
        break;
      }
    }
    // A heading written as a line of its own ("**Sources of Personal Information**"), with text after it.
    const next = doc.blocks[block.index + 1];
    if (block.kind === 'paragraph' && SHORT_LINE.test(block.text.trim()) && next && isProseBlock(next) && next.kind !== 'heading' && !VAGUE_BODY.test(next.text) && !NO_ANSWER.test(next.text)) {
      for (const [kind, pattern] of SOURCE_HEADINGS) if (pattern.test(block.text)) add(kind, block.range);
    }
    // The answer to a question about sources asked just before it ("Where does my information come from? Your employer, …").
    const asked = !question && !found.has('any') ? questionBefore(doc, sentence) : undefined;
    const reply = asked === undefined ? '' : stripQaLabel(sentence.text);
    if (asked && /\p{L}/u.test(reply) && !VAGUE_BODY.test(reply) && !NO_ANSWER.test(reply)) {
      for (const [kind, pattern] of SOURCE_HEADINGS) if (kind === 'any' && pattern.test(asked)) add(kind, sentence.range);
    }
    // The same line glued to its answer by a soft line break ("Where it comes from\nYou, our tills and …").
    const glued = gluedTitle(sentence.text);
    const answer = glued ? sentence.text.slice(glued.length) : '';
    if (glued && /\p{L}/u.test(answer) && !VAGUE_BODY.test(answer) && !NO_ANSWER.test(answer)) {
      for (const [kind, pattern] of SOURCE_HEADINGS) if (pattern.test(glued.title)) add(kind, sentence.rangeOf(0, glued.title.length));
    }
  }
  return { found, unnamed };
}

/** What each kind of source is called in the evidence. */
const KIND_ITEM: Record<Kind, string> = {
  consumer: 'source: directly from the consumer',
  device: 'source: automatically from the consumer\'s device',
  others: 'source: third parties or other businesses',
  any: 'categories of sources',
};

export default defineRule({
  meta: {
    id: 'ccpa/sources',
    description: 'The policy identifies the categories of sources from which personal information is collected.',
    reference: 'Cal. Civ. Code §1798.110(c)(2), §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(B)',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      unnamed: {
        text: 'The source "{text}" names no category of source: Cal. Civ. Code §1798.110(c)(2) requires the categories of sources (e.g. data brokers, advertising networks, social networks, public records).',
        severity: 'error',
        suggestion:
          'Name the kinds of businesses or places the information comes from, e.g. "from third parties such as data brokers, advertising networks and the social networks you connect to your account".',
      },
      missing: {
        text: 'The policy never says where personal information comes from: Cal. Civ. Code §1798.110(c)(2) requires the categories of sources from which it is collected.',
        severity: 'error',
        suggestion:
          'Say where each kind of information comes from, e.g. "We collect personal information directly from you, automatically from your device when you use the Service, and from our service providers and advertising partners."',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'categories of sources';
    const { found, unnamed } = findSources(doc);
    if (unnamed && !found.has('others')) {
      // Other sources exist, but only as "third parties" or "other sources".
      const text = unnamed.text.replace(/\s+/g, ' ').trim();
      context.report({ messageId: 'unnamed', data: { text }, at: unnamed.at });
      context.evidence({ item: KIND_ITEM.others, status: 'partial', at: unnamed.at });
      if (found.size === 0) return;
    }
    if (found.size > 0) {
      for (const kind of ['consumer', 'device', 'others', 'any'] as const) {
        const at = found.get(kind);
        if (at) context.evidence({ item: KIND_ITEM[kind], status: 'met', at });
      }
      return;
    }
    // A policy that collects nothing is not linted by this rule (meta.aboutProcessing).
    context.report({ messageId: 'missing', at: missingAt(doc, WHERE_TO_LOOK) });
    context.evidence({ item, status: 'missing' });
  },
});
