import { defineRule } from '../../src/engine/index.js';
import { findSections, gdprName, isNegated, isProseBlock, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range, Sentence } from '../../src/model/index.js';

// Art. 13(2)(f) / 14(2)(g): say whether automated decision-making (Art. 22(1) and (4)),
// including profiling, takes place and, when it does, give meaningful information about
// the logic involved and its significance and envisaged consequences.
//
// Every statement about the topic is one of:
//   - a declaration that none takes place ("We do not use automated decision-making"),
//   - a statement that it does (an agent that uses it, an automatic rejection, a score
//     that blocks accounts), which then needs its logic/significance/consequences,
//   - a mere mention (a right in a list of rights, a conditional "if we ever …",
//     profiling for analytics) — the topic is addressed, nothing more is asked.
// Every quantifier below is bounded.

/** Automated decision-making, in the law's words and their usual paraphrases. */
const ADM_TERMS: RegExp[] = [
  /\bautomat(?:ed|ic)\s{1,3}(?:individual\s{1,3})?decision(?:[- ]making|s)?\b/gi,
  /\b(?:decisions?|determinations?)\b[\w\s,'’-]{0,50}?\b(?:based|made|taken|reached)\s{1,3}(?:(?:about|for|concerning|regarding|on)\s{1,3}(?:you|users|individuals|customers|applicants|people)\s{1,3})?(?:(?:solely|wholly|exclusively|purely|entirely|only|fully)\s{1,3})?(?:on|by|through|using|via)\s{1,3}(?:an?\s{1,3})?(?:(?:automat(?:ed|ic)|algorithmic)\s{1,3}(?:means|processing|systems?|tools?)|computers?|machines?|algorithms?|software)\b/gi,
  /\b(?:solely|wholly|fully|purely)\s{1,3}automated\s{1,3}(?:decisions?|processing|means)\b/gi,
  /\bdecided\s{1,3}automatically\b|\bmade\s{1,3}automatically\b/gi,
  // The active voice: "The Company may make decisions concerning the data subject by automated means".
  /\b(?:make|makes|making|take|takes|taking)\s{1,3}(?:\w{1,15}\s{1,3})?decisions?\b[^.;:!?]{0,60}?\b(?:by|through|using|via|with)\s{1,3}(?:(?:solely|wholly|exclusively|purely|entirely|only|fully)\s{1,3})?(?:an?\s{1,3})?(?:automat(?:ed|ic)|algorithmic)\s{1,3}(?:means|processing|systems?|tools?)\b/gi,
  // A system that decides by itself: "our underwriting engine decides automatically whether …",
  // "an algorithm determines who …".
  /\b(?:decides|determines)\s{1,3}automatically\b|\bautomatically\s{1,3}(?:decides|determines)\b|\b(?:algorithms?|engines?|models?|software|AI|artificial\s{1,3}intelligence|automated\s{1,3}systems?)\s{1,3}(?:\w{1,15}\s{1,3})?(?:decides|determines|to\s{1,3}decide|to\s{1,3}determine)\s{1,3}(?:whether|if|who|which|what)\b/gi,
  /\bArt(?:icle|\.)?\s{0,2}22\b(?!\s{0,2}\(?\d{2})/g,
];

/**
 * Art. 22's own words without "decision": "We may use automated processing, including profiling, in some circumstances".
 * Read only in a sentence without "decision", which the terms above read ("No decision … is based solely on automated
 * processing, including profiling").
 */
const AUTOMATED_PROCESSING = /\b(?:solely\s{1,3})?automated\s{1,3}processing,?\s{1,3}including\s{1,3}profiling\b/gi;

/**
 * Automated checks of a kind that decides about people: "automated fraud screening", "automated
 * credit assessment". Read like profiling: a decision only when its effects are significant.
 */
const AUTOMATED_CHECK =
  /\bautomated\s{1,3}(?:fraud|credit|risk|identity|eligibility|affordability|background|application|candidate|CV|r[eé]sum[eé])[- ](?:screening|vetting|checks?|assessments?|scoring|evaluations?|reviews?|detection)\b/gi;

/**
 * A system that evaluates a person's application or account by itself: "our system
 * automatically assesses your application", "applications are automatically scored", "your
 * application is scored automatically", "payments are screened by an automated fraud model", "we
 * check orders automatically". Read like profiling: a decision only when its effects are significant.
 */
const AUTOMATIC_EVALUATION =
  /\bautomatically\s{1,3}(?:assess|evaluat|scor|screen|rank|vet|review|check|analy[sz])\w{0,3}\s{1,3}(?:(?:your|the|each|every|all|their|an?)\s{1,3})?(?:[\w-]{1,15}\s{1,3})?(?:applications?|applicants?|accounts?|orders?|requests?|claims?|candidates?|CVs?|creditworthiness|eligibility|identity)\b|\b(?:applications?|applicants?|accounts?|orders?|claims?|candidates?|CVs?|payments?|transactions?)\s{1,3}(?:are|is|will\s{1,3}be|may\s{1,3}be)\s{1,3}(?:automatically\s{1,3}(?:assess|evaluat|scor|screen|rank|vet|review|check|analy[sz])\w{0,3}\b|(?:assess|evaluat|scor|screen|rank|vet|review|check|analy[sz])\w{0,3}\s{1,3}(?:automatically|(?:by|using|with)\s{1,3}(?:an?|the|our)\s{1,3}(?:automated|algorithmic)\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:models?|systems?|engines?|tools?|algorithms?|software|checks?))\b)|\b(?:assess|evaluat|scor|screen|rank|vet|review|check|analy[sz])\w{0,3}\s{1,3}(?:(?:your|the|each|every|all|their|an?)\s{1,3})?(?:[\w-]{1,15}\s{1,3})?(?:applications?|applicants?|accounts?|orders?|claims?|candidates?|CVs?)\s{1,3}automatically\b/gi;

/** Profiling (Art. 4(4)); "your profile" (the account page) is not profiling. */
const PROFILING_TERMS: RegExp[] = [
  /\bprofiling\b/gi,
  /\bprofil(?:e|es|ed)\s{1,3}(?:you|users|individuals|customers|visitors|applicants|people)\b/gi,
  /\bbe(?:ing)?\s{1,3}profiled\b/gi,
  /\b(?:build|create|compile|develop|construct)(?:s|ing)?\s{1,3}(?:a\s{1,3}|an\s{1,3})?(?:\w{1,15}\s{1,3})?profiles?\s{1,3}(?:of|about|on)\s{1,3}(?:you|users|individuals|customers|visitors|people|our\s{1,3}users)\b/gi,
];

/** Scores and automatic adverse actions that are decisions by nature (they need an object: accounts, applications, you). */
const SCORING = /\b(?:credit|fraud|risk|trust|eligibility|affordability|creditworthiness)[- ]scor(?:e|es|ed|ing)\b/gi;
const AUTO_ACTION =
  /\bautomatic(?:ally)?\s{1,3}(?:be\s{1,3})?(?:\w{1,15}\s{1,3}){0,2}(?:reject|declin|den(?:y|ie)|block|suspend|terminat|refus|ban|disabl|approv|cancel|clos)\w{0,5}\b|\b(?:reject|declin|denie|denied|block|suspend|terminat|refus|bann|disabl|approv|cancel|clos)\w{0,5}\s{1,3}automatically\b/gi;
/**
 * What an automatic action acts on, when that is a thing and not a person or their account:
 * "(an extension that) automatically blocks websites", "browsers let you automatically decline
 * cookies". Such a setting decides nothing about anyone.
 */
const THING_ACTED_ON =
  /^\s{1,3}(?:(?:all|any|the|these|those|such|some|certain|unwanted|third[- ]party)\s{1,3}){0,2}(?:cookies?|websites?|sites|web\s{1,3}pages|pages|trackers?|tracking|ads|advertisements|adverts|scripts|pop-?ups|spam|e-?mails|messages|notifications|content|connections|domains|images|files|updates|malware|downloads)\b/i;
const DECISION_OBJECT =
  /\b(?:accounts?|applications?|orders?|transactions?|payments?|claims?|loans?|credit|you|(?:SIM\s{1,3})?swaps?|cards?|logins?|sign-?ins?|transfers?|withdrawals?|refunds?|premiums?|prices?|rates?|discounts?|fees?|limits?|users?|customers?|candidates?|applicants?|bookings?|listings?|memberships?|subscriptions?|policies|registrations?|sign-?ups?|enrol(?:l?ments?)?|sellers?|buyers?|drivers?|riders?|hosts?|guests?|members?|tenants?|borrowers?|patients?|students?|employees?|workers?|couriers?|players?)\b/i;

/**
 * An outcome for the person worked out by itself: "calculates your premium discount automatically from your step count",
 * "automatically sets your credit limit", "your price is determined automatically". Read as an automatic action.
 */
const AUTOMATIC_CALCULATION =
  /\b(?:calculat|comput|set|determin|adjust)\w{0,3}\s{1,3}(?:your|the|each)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}?(?:premiums?|prices?|rates?|discounts?|limits?|fees?|eligibility)\s{1,3}automatically\b|\bautomatically\s{1,3}(?:calculat|comput|set|determin|adjust)\w{0,3}\s{1,3}(?:your|the|each)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}?(?:premiums?|prices?|rates?|discounts?|limits?|fees?|eligibility)\b/gi;

/** A score that decides: "… to decide whether to accept your order", "… determines your interest rate". */
const SCORE_DECIDES = /\b(?:to\s{1,3}(?:decide|determine)|decides|determines)\b/i;
/** A person who decides with the score's help: "helps us decide", "a member of staff always makes the decision". */
const HUMAN_DECIDES =
  /\b(?:helps?|assists?|supports?|informs?)\s{1,3}(?:us\s{1,3}|our\s{1,3}[\w-]{2,15}\s{1,3})?(?:to\s{1,3})?(?:decide|determine)|\b(?:person|human|people|staff|team|underwriters?|officers?|advis[eo]rs?)\s{1,3}(?:always\s{1,3}|then\s{1,3}|still\s{1,3})?(?:makes?|takes?|reviews?)\b/i;

/** A statement that it happens: an agent and a verb before the term ("we use", "our systems make"). */
const AGENT_BEFORE =
  /\b(?:we|our|the\s{1,3}(?:service|platform|app|company|system)|this\s{1,3}(?:service|platform|app))\b[^.;:!?]{0,30}?\b(?:use[sd]?|using|make|makes|making|carr(?:y|ies)\s{1,3}out|employ(?:s|ed)?|rel(?:y|ies)\s{1,3}(?:on|upon)|engage[sd]?\s{1,3}in|conduct(?:s|ed)?|perform(?:s|ed)?|appl(?:y|ies)|run(?:s|ning)?|involve[sd]?|subject(?:s|ed)?\s{1,3}(?:you|users|applicants|customers)\s{1,3}to|take[sn]?|reach(?:es)?)\b[^.;:!?]{0,40}$/i;
/**
 * "… automated decision-making is used to …", "decisions are made by automated means", and
 * the term as the subject of an event: "automated decision-making takes place (occurs) in
 * individual cases" (a common translation of "findet statt").
 */
const HAPPENS_AFTER =
  /^[^.;:!?]{0,30}?\b(?:(?:is|are|will\s{1,3}be|may\s{1,3}be|can\s{1,3}be|might\s{1,3}be|gets?|was|were)\s{1,3}(?:also\s{1,3})?(?:used|made|taken|applied|carried\s{1,3}out|involved|performed|conducted|employed)|(?:(?:may|can|will|might|does|do)\s{1,3})?(?:takes?|took|taking)\s{1,3}place|(?:(?:may|can|will|might)\s{1,3})?(?:occurs?|occurred|happens?|happened))\b/i;
/** The passive forms of the decision terms already say that decisions are made ("decisions … are made solely by automated means"). */
const PASSIVE_DECISION = /\b(?:are|is|will\s{1,3}be|may\s{1,3}be|can\s{1,3}be|might\s{1,3}be|get|gets)\s{1,3}(?:\w{1,12}\s{1,3})?(?:based|made|taken|reached|decided)\b/i;

/** Rights, requests and conditions (also inverted: "Should … ever occur"): the topic is mentioned, nothing is said about whether it happens. */
const RIGHTS_OR_CONDITION =
  /^\W{0,3}should\b|\b(?:rights?|entitled|object(?:ion)?|opt(?:[- ]?out)?|request|ask|contest|challenge|human\s{1,3}(?:intervention|review|involvement)|manual\s{1,3}review|express\s{1,3}your|if|unless|whether|should\s{1,3}we|where\s{1,3}(?:we|such|any)|in\s{1,3}case|in\s{1,3}the\s{1,3}event)\b/i;

/** Legal or similarly significant effects (Art. 22(1)): what makes profiling a decision. */
const SIGNIFICANT =
  /\b(?:credit(?:worthiness)?|loans?|mortgages?|insurance|eligib\w{0,6}|employment|recruit\w{0,6}|hiring|job\s{1,3}applications?|candidates?|applicants?|approv\w{0,5}|reject\w{0,3}|declin\w{0,3}|den(?:y|ied|ies|ial)|refus\w{0,3}|suspen\w{0,5}|terminat\w{0,5}|block\w{0,3}|ban(?:s|ned)?|clos(?:e|es|ed|ing|ure\s{1,3}of)\s{1,3}(?:your\s{1,3}|the\s{1,3})?accounts?|legal(?:ly)?\s{1,3}(?:effects?|binding)|similarly\s{1,3}significant|significant(?:ly)?\s{1,3}(?:effects?|affects?))\b/i;

/**
 * Meaningful information about the logic, significance and envisaged consequences
 * (Art. 13(2)(f)): factors, criteria, "based on your payment history", what the outcome
 * means for the person. Searched with the decision terms blanked out, so that "based
 * solely on automated processing" does not count as logic.
 */
const LOGIC: RegExp[] = [
  /\blogic\b|\bfactors?\b|\bcriteria\b|\bcriterion\b|\bparameters\b|\bsignals?\s{1,3}(?:such\s{1,3}as|including|like)\b/i,
  // What it looks for, with examples: "when it spots signs of fraud, such as a request from a new device", "red flags like …".
  /\b(?:signs?|indicators?|patterns?|red\s{1,3}flags?)(?:\s{1,3}of\s{1,3}[\w-]{3,20}(?:\s{1,3}[\w-]{3,20})?)?,?\s{1,3}(?:such\s{1,3}as|including|like|for\s{1,3}example|e\.g\.)/i,
  // What the outcome is worked out from: "(sets your credit limit) from your repayment history", "using your driving behaviour".
  /\b(?:from|using)\s{1,3}(?:your|the)\s{1,3}(?:[\w-]{2,15}\s{1,3})?(?:history|records?|step\s{1,3}count|usage|behaviou?r|income|activity|mileage|readings)\b/i,
  // Not what is decided ("when assessing your application for a loan"): the object of the decision is no logic,
  // unless what it is measured against follows ("compares your claim with your policy terms").
  /\btak(?:e|es|ing)\s{1,3}into\s{1,3}account\b|\b(?:consider|assess|evaluat|weigh|analy[sz]|compar|look)(?:e|es|ed|ing|s)?\s{1,3}(?:at\s{1,3})?(?:(?:your|the)\s{1,3}(?!(?:[\w-]{1,15}\s{1,3})?(?:applications?|requests?|claims?|accounts?|orders?|bookings?|eligibility|creditworthiness|suitability|case)\b(?!\s{1,3}(?:with|against|by|using|for\s{1,3}(?:signs|patterns|indicators))\b))|factors|signals|information\s{1,3}such|data\s{1,3}such|whether)/i,
  /\bbased\s{1,3}on\s{1,3}(?!(?:(?:your|the|our)\s{1,3})?(?:personal\s{1,3})?(?:data|information)\b)(?!(?:solely|wholly|exclusively|purely|entirely|only|fully)\b)[\w'’-]{2,}/i,
  /\b(?:consequences?|significance|envisaged|effects?\s{1,3}(?:on|for)\s{1,3}you|impact\s{1,3}on\s{1,3}you)\b/i,
  /\b(?:may|might|could|can|will|would)\s{1,3}(?:result\s{1,3}in|lead\s{1,3}to|mean\s{1,3}that)\b|\b(?:this|which|that)\s{1,3}means\b/i,
  // "a low score can mean a loan is refused", "may mean you pay more".
  /\b(?:may|might|could|can|will|would)\s{1,3}mean\s{1,3}(?:you|your|a|an|the|we)\b/i,
  // What the outcome is worked out from, in the passive: "is calculated automatically from your repayment history",
  // "is worked out using your claims history" (also when the score itself is the decision term blanked out).
  /\b(?:calculated|computed|derived|worked\s{1,3}out|generated|determined|set)\s{1,3}(?:(?:automatically|electronically|by\s{1,3}(?:our\s{1,3})?(?:software|computer|algorithm|system|model))\s{1,3})?(?:from|using|by\s{1,3}(?:weighing|combining|looking\s{1,3}at))\s{1,3}(?!(?:(?:your|the|our)\s{1,3})?(?:personal\s{1,3})?(?:data|information)\b)(?:your|the|a|an|how|whether|[\w-]{3,15}\s{1,3}(?:history|data|records?|signals|patterns))\b/i,
  /\bhow\s{1,3}(?:it|this|the\s{1,3}(?:system|model|algorithm|decision|score))\s{1,3}works\b|\bscore\s{1,3}(?:is\s{1,3})?(?:calculated|computed|derived)\b|\b(?:calculat|comput|deriv)\w{0,3}\s{1,3}(?:a|the|your|an)\s{1,3}(?:[\w-]{1,15}\s{1,3})?score\s{1,3}(?:from|based|using|out\s{1,3}of)\b|\bthresholds?\b/i,
  /\byou\s{1,3}(?:cannot|can't|will\s{1,3}not\s{1,3}be\s{1,3}able|may\s{1,3}not\s{1,3}be\s{1,3}able|won't\s{1,3}be\s{1,3}able)\b|\b(?:if|when|where)\s{1,3}(?:the|your)\s{1,3}[\w-]{1,20}\s{1,3}(?:fails?|is\s{1,3}(?:below|above|too|not|negative|positive)|exceeds?)\b/i,
  /\b(?:no|not\s{1,3}(?:have|produce)\s{1,3}(?:any\s{1,3})?)\s{0,3}legal\s{1,3}(?:or\s{1,3}similarly\s{1,3}significant\s{1,3})?effects?\b/i,
  // A numerical threshold ("a debt-to-income ratio above 40%"), and what the outcome means ("a refusal means you will not receive the loan").
  /\b(?:exceeds?|exceeding|above|below|over|under|at\s{1,3}least|more\s{1,3}than|less\s{1,3}than|fewer\s{1,3}than)\s{1,3}\d/i,
  /\bmeans\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:will|won['’]t|cannot|can['’]t|may|might|do\s{1,3}not|don['’]t)\b/i,
  // What it is measured against: "checks the claim against your policy limits", "matches your CV with the job requirements".
  /\b(?:check|match|compar|measur|test)\w{0,3}\s{1,3}(?:[\w'’-]{1,15}\s{1,3}){0,3}?(?:against|with)\s{1,3}(?:your|the|our|its|their|a|an)\s{1,3}[\w-]{3,}/i,
  // What sets the decision off: "suspended as a result of your posts being flagged", "triggered by repeated failed payments".
  /\bas\s{1,3}a\s{1,3}result\s{1,3}of\s{1,3}(?:your|the|their|repeated|multiple|several)\b|\b(?:triggered|set\s{1,3}off)\s{1,3}(?:by|when)\b/i,
];

/** "Automated decision-making: None", "Profiling | Not used". */
const NONE_VALUE = /^[\s:–—|*_-]{0,6}(?:none|no|n\/a|not\s{1,3}applicable|not\s{1,3}used|not\s{1,3}performed|we\s{1,3}do\s{1,3}not\b)/i;
const NONE_CELL = /^\W{0,3}(?:none|no|n\/a|not\s{1,3}applicable|not\s{1,3}used|never|not\s{1,3}performed)\W{0,3}$/i;

/**
 * A reader's question about decisions by machine, for an FAQ answered "No": "Does a computer
 * decide anything about me? No.", "Is my application assessed by an algorithm? No, …".
 */
const MACHINE_QUESTION =
  /\b(?:computers?|machines?|algorithms?|software|AI|artificial\s{1,3}intelligence|robots?|automat\w{0,8})\b[^?]{0,60}?\b(?:decid\w{0,3}|decisions?|assess\w{0,3}|evaluat\w{0,3}|judg\w{0,3}|scor\w{0,3}|reject\w{0,3}|approv\w{0,3}|profil\w{0,3}|screen\w{0,3}|rank\w{0,3}|filter\w{0,3}|vet\w{0,3})\b[^?]{0,60}\?\s{0,3}$|\b(?:decid\w{0,3}|decisions?|assess\w{0,3}|evaluat\w{0,3}|judg\w{0,3}|scor\w{0,3}|reject\w{0,3}|approv\w{0,3}|profil\w{0,3}|screen\w{0,3}|rank\w{0,3}|filter\w{0,3}|vet\w{0,3})\b[^?]{0,60}?\b(?:by|with|using)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:computers?|machines?|algorithms?|software|AI|robots?)\b[^?]{0,30}\?\s{0,3}$/i;
const NO_ANSWER = /^\W{0,4}no\b/i;

/** Where a reader would look. */
const WHERE_TO_LOOK: RegExp[] = [
  /automat|profil/i,
  /\brights?\b|\baccess\s+and\s+control\b|\byour\s+choices\b/i,
  /\b(?:how|why)\s+(?:do\s+)?we\s+(?:use|process)\b|\bwe\s+use\s+(?:your\s+)?(?:personal\s+)?(?:data|information)\b|\buse\s+of\s+(?:your\s+)?(?:personal\s+)?(?:data|information)\b|\bpurposes?\b/i,
];
const ADM_HEADING = /automat\w{0,6}\s{1,3}decision|\bprofiling\b/i;

/**
 * A table of decisions: a column headed "Decision" ("Automated decision", "Decisions we make")
 * next to one that explains them ("How it works", "Logic", "What it means for you",
 * "Consequences", "Criteria"). Each row names a decision made about people and, in that
 * column, its logic or consequences.
 */
const DECISION_COLUMN = /^\W{0,3}(?:(?:automated|automatic)\s{1,3})?decisions?\b/i;
const EXPLAINING_COLUMN =
  /\bhow\s{1,3}(?:it|this|we)\s{1,3}(?:works?|decides?)\b|\blogic\b|\bwhat\s{1,3}(?:it|this)\s{1,3}means\b|\bconsequences?\b|\bcriteria\b|\bfactors\b|\bsignificance\b|\b(?:effects?|impact)\s{1,3}(?:on|for)\s{1,3}you\b/i;

/** For a cell of a decision table's "Decision" column: whether its row explains it, or null if the cell is no such cell. */
function decisionRow(block: Block): boolean | null {
  const cell = block.cell;
  if (block.kind !== 'tableCell' || !cell || cell.header || !DECISION_COLUMN.test(cell.columnHeader ?? '')) return null;
  const header = cell.table.rows[0] ?? [];
  const explaining = header.map((c, i) => (EXPLAINING_COLUMN.test(c.text) ? i : -1)).filter((i) => i >= 0);
  if (explaining.length === 0) return null;
  const row = cell.table.rows[cell.row] ?? [];
  return explaining.some((i) => /\p{L}{2}/u.test(row[i]?.text ?? '') && !NONE_CELL.test(row[i]?.text ?? ''));
}

type Kind = 'none' | 'happens' | 'mention';

interface Finding {
  kind: Kind;
  sentence: Sentence;
  start: number;
  end: number;
  /** For 'happens': whether the effects are legal or similarly significant. */
  significant: boolean;
  /** A row of a decision table that explains the decision in its own column. */
  explained?: boolean;
}

/** The clause before `index`: from the last sentence-level punctuation, at most `window` characters. */
function clauseBefore(text: string, index: number, window = 80): string {
  const before = text.slice(Math.max(0, index - window), index);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '), before.lastIndexOf(' - '), before.lastIndexOf(' – '));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** The other cells of a table row (and the column header), for "Profiling | None". */
function rowCells(block: Block): string[] {
  if (block.kind !== 'tableCell' || !block.cell) return [];
  const row = block.cell.table.rows[block.cell.row] ?? [];
  return row.filter((c) => c !== block).map((c) => c.text);
}

function classify(sentence: Sentence, start: number, end: number, adm: boolean): Finding | null {
  const text = sentence.text;
  const before = clauseBefore(text, start);
  const after = text.slice(end, end + 80);
  const base = { sentence, start, end, significant: false };
  // "Automated decision-making: None", a table row "Profiling | Not used".
  if (NONE_VALUE.test(after) || rowCells(sentence.block).some((c) => NONE_CELL.test(c))) return { ...base, kind: 'none' };
  // "Some decisions, such as whether to approve a refund, are made automatically": an example, not a condition.
  const rightsOrCondition = RIGHTS_OR_CONDITION.test(before.replace(/\b(?:such\s{1,3}as|like|e\.g\.,?|including)\s{1,3}whether\b/gi, ''));
  // The negation may follow the term as far as a verb of HAPPENS_AFTER may ("… including profiling does not take place").
  if (isNegated(text, start, 80) || /^[^.;:!?]{0,40}\b(?:not|never)\b/i.test(after.replace(/\bnot\s{1,3}only\b/gi, ''))) {
    // "You have the right not to be subject to …" is a right, not a declaration.
    return rightsOrCondition || /\bnot\s{1,3}to\s{1,3}be\b/i.test(before) ? { ...base, kind: 'mention' } : { ...base, kind: 'none' };
  }
  if (rightsOrCondition) return { ...base, kind: 'mention' };
  // An active "… decides / determines" says by itself that the decisions are made.
  // So does a system used "to decide (determine) whether …".
  const active = adm && /\b(?:decides|determines|to\s{1,3}decide|to\s{1,3}determine)\b|^(?:make|makes|making|take|takes|taking)\b/i.test(text.slice(start, end));
  const happens = active || AGENT_BEFORE.test(before) || HAPPENS_AFTER.test(after) || (adm && PASSIVE_DECISION.test(text.slice(Math.max(0, start - 25), end)));
  if (!happens) return { ...base, kind: 'mention' };
  // Automated decision-making is Art. 22 by its name; profiling only when its effects are significant.
  const significant = adm || SIGNIFICANT.test(`${before} ${text.slice(start, end + 120)}`);
  return { ...base, kind: 'happens', significant };
}

/** Scores and automatic adverse actions: decisions that happen, unless negated or conditional. */
function classifyAction(sentence: Sentence, start: number, end: number): Finding | null {
  const text = sentence.text;
  const before = clauseBefore(text, start);
  if (!DECISION_OBJECT.test(text.slice(Math.max(0, start - 60), end + 60))) return null;
  const base = { sentence, start, end, significant: true };
  if (isNegated(text, start, 60)) return RIGHTS_OR_CONDITION.test(before) ? { ...base, kind: 'mention' } : { ...base, kind: 'none' };
  if (/\b(?:if|unless|whether|should\s{1,3}we|in\s{1,3}case|right|rights|request|contest|challenge)\b/i.test(before)) return { ...base, kind: 'mention' };
  return { ...base, kind: 'happens' };
}

/** "This personalisation has no legal or similarly significant effect on you": Art. 22's own test, answered no. */
const NO_ART22_EFFECT =
  /\b(?:ha(?:s|ve)|produces?|creates?)\s{1,3}no\s{1,3}legal\s{1,3}or\s{1,3}(?:other\s{1,3})?similarly\s{1,3}significant\s{1,3}effects?\b|\b(?:does|do|will)\s{1,3}not\s{1,3}(?:have|produce|create)\s{1,3}(?:any\s{1,3})?legal\s{1,3}or\s{1,3}(?:other\s{1,3})?similarly\s{1,3}significant\s{1,3}effects?\b/i;

/**
 * "Decisions about your application are always made by a person", "… they are always taken by our
 * membership team", "whether your claim is paid is decided by a claims handler": no decision is
 * solely automated.
 */
const HUMAN_DECISIONS = new RegExp(
  String.raw`(?:\bdecisions?\b[^.;:!?]{0,60}?|\b(?:they|these|which)\s{1,3})\b(?:are|is|will\s{1,3}be|get)\s{1,3}(?:(?:always|only|still)\s{1,3})?(?:made|taken|decided)\s{1,3}(?:by\s{1,3}(?:one\s{1,3}of\s{1,3})?(?:an?\s{1,3}|our\s{1,3}|the\s{1,3})?(?:(?:real|human|qualified|trained)\s{1,3})?(?:[\w-]{2,15}\s{1,3})?(?:person|persons|human|humans|people|staff|team|employees?|member\s{1,3}of\s{1,3}(?:our\s{1,3})?(?:staff|team)|(?:case\s{1,3})?officers?|underwriters?|recruiters?|caseworkers?|handlers?|managers?|advis[eo]rs?|doctors?|clinicians?)|manually)\b|\b(?:is|are|will\s{1,3}be)\s{1,3}(?:(?:always|only)\s{1,3})?decided\s{1,3}by\s{1,3}(?:one\s{1,3}of\s{1,3})?(?:an?\s{1,3}|our\s{1,3}|the\s{1,3})?(?:(?:real|human|qualified|trained)\s{1,3})?(?:[\w-]{2,15}\s{1,3})?(?:person|persons|human|humans|people|staff|team|employees?|member\s{1,3}of\s{1,3}(?:our\s{1,3})?(?:staff|team)|(?:case\s{1,3})?officers?|underwriters?|recruiters?|caseworkers?|handlers?|managers?|advis[eo]rs?|doctors?|clinicians?)\b`,
  'i',
);

/**
 * "No computer program decides anything about you", "no algorithm makes decisions about you", "I
 * make every decision about my clients myself": no machine decides, a person does.
 */
const NO_MACHINE_DECIDES =
  /\bno\s{1,3}(?:computers?(?:\s{1,3}(?:programs?|systems?))?|machines?|algorithms?|software|programs?|automated\s{1,3}(?:systems?|process(?:es)?|tools?)|AI|robots?)\s{1,3}(?:ever\s{1,3})?(?:decides|determines|makes\s{1,3}(?:any\s{1,3})?decisions?)\b|\b(?:I|we)\s{1,3}(?:make|take)\s{1,3}(?:every|all|each|any)\s{1,3}(?:[\w-]{1,15}\s{1,3})?decisions?\b[^.;:!?]{0,40}?\b(?:myself|ourselves|personally|by\s{1,3}hand|manually)\b/i;

function findingsIn(sentence: Sentence): Finding[] {
  const out: Finding[] = [];
  const text = sentence.text;
  const taken: Array<[number, number]> = [];
  const add = (f: Finding | null): void => {
    if (!f || taken.some(([s, e]) => f.start < e && s < f.end)) return;
    taken.push([f.start, f.end]);
    out.push(f);
  };
  // A heading glued to its text by a bad copy ("Automated decision-makingSee our Terms"): a title, which says
  // nothing about whether decisions are made.
  const gluedTitle = (m: RegExpMatchArray): boolean => (m.index ?? 0) <= 3 && /^[\p{L}-]{0,20}?\p{Ll}\p{Lu}\p{Ll}/u.test(text.slice((m.index ?? 0) + m[0].length - 1));
  for (const re of ADM_TERMS) for (const m of text.matchAll(re)) if (!gluedTitle(m)) add(classify(sentence, m.index, m.index + m[0].length, true));
  if (!/\bdecision/i.test(text)) for (const m of text.matchAll(AUTOMATED_PROCESSING)) add(classify(sentence, m.index, m.index + m[0].length, true));
  for (const re of PROFILING_TERMS) for (const m of text.matchAll(re)) if (!gluedTitle(m)) add(classify(sentence, m.index, m.index + m[0].length, false));
  if (/\bautomated\b/i.test(text)) for (const m of text.matchAll(AUTOMATED_CHECK)) add(classify(sentence, m.index, m.index + m[0].length, false));
  if (/\bautomat(?:ically|ed)\b|\balgorithmic\b/i.test(text)) {
    for (const m of text.matchAll(AUTOMATIC_EVALUATION)) {
      const f = classifyAction(sentence, m.index, m.index + m[0].length);
      if (f) add({ ...f, significant: SIGNIFICANT.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 120)) });
    }
  }
  for (const m of text.matchAll(SCORING)) {
    const action = classifyAction(sentence, m.index, m.index + m[0].length);
    // A score alone is a decision only when it decides something ("… score that may block your account", "… to decide
    // whether to accept your order", "… determines your interest rate").
    // Not a score that only helps a person decide ("… helps us decide, but a person always makes the final decision").
    const decides = SCORE_DECIDES.test(text) && !HUMAN_DECIDES.test(text);
    if (action && (action.kind !== 'happens' || decides || /\bautomat|\b(?:reject|declin|den(?:y|ie)|block|suspend|terminat|refus|approv)/i.test(text))) add(action);
  }
  if (/\bautomatically\b/i.test(text)) for (const m of text.matchAll(AUTOMATIC_CALCULATION)) add(classifyAction(sentence, m.index, m.index + m[0].length));
  for (const m of text.matchAll(AUTO_ACTION)) {
    if (THING_ACTED_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    add(classifyAction(sentence, m.index, m.index + m[0].length));
  }
  if (out.length === 0 && /similarly/i.test(text)) {
    const m = NO_ART22_EFFECT.exec(text);
    if (m) add({ kind: 'none', sentence, start: m.index, end: m.index + m[0].length, significant: false });
  }
  if (out.length === 0 && /\bdecision|\bdecide[sd]\b|\bdetermines\b/i.test(text)) {
    const m = HUMAN_DECISIONS.exec(text) ?? NO_MACHINE_DECIDES.exec(text);
    // "… except our scoring engine": the declaration has an exception, so it declares nothing.
    const exception = m && /\b(?:except|other\s{1,3}than|apart\s{1,3}from|unless|save\s{1,3}for)\b/i.test(text.slice(m.index + m[0].length));
    if (m && !exception && !isNegated(text, m.index, 80) && !/\b(?:not|never|n['’]t)\b/i.test(m[0])) add({ kind: 'none', sentence, start: m.index, end: m.index + m[0].length, significant: false });
  }
  return out;
}

/** Text a reader would read with the statement: its block, the next blocks of its section, or the whole section when it is about ADM. */
function contextOf(doc: PolicyDocument, f: Finding): string[] {
  const block = f.sentence.block;
  const section = block.section;
  const blank = (t: string): string => {
    let out = t;
    for (const re of ADM_TERMS) out = out.replace(re, (s) => ' '.repeat(s.length));
    return out;
  };
  const own = f.sentence.text;
  const texts = [blank(own.slice(0, f.start)) + ' '.repeat(f.end - f.start) + blank(own.slice(f.end))];
  for (const s of block.sentences) if (s !== f.sentence) texts.push(blank(s.text));
  texts.push(...rowCells(block).map(blank));
  // A dedicated section, also a subsection of one ("## Automated decisions" > "### Spam filtering").
  const dedicated = ADM_HEADING.test(section.title) || (section.parent !== null && ADM_HEADING.test(section.parent.title));
  const blocks = dedicated ? section.blocks : doc.blocks.slice(block.index + 1, block.index + 4).filter((b) => b.section === section);
  for (const b of blocks) if (b !== block && b.kind !== 'heading') texts.push(blank(b.text));
  return texts;
}

export default defineRule({
  meta: {
    id: 'gdpr/automated-decisions',
    description:
      'The policy says whether automated decision-making, including profiling, takes place and, when it does, explains the logic involved and its significance and consequences.',
    reference: 'GDPR Art. 13(2)(f), Art. 14(2)(g), Art. 22(1) and (4)',
    jurisdictions: ['gdpr'],
    aboutProcessing: true,
    defaultSeverity: 'error',
    options: {},
    messages: {
      missing: {
        text: 'The policy does not say whether decisions about people are made by automated means, including profiling ({law} Art. 13(2)(f)).',
        severity: 'warning',
        suggestion:
          'Add a statement such as "We do not make decisions based solely on automated processing, including profiling, that produce legal or similarly significant effects for you." — or, if you do, describe the logic involved and its consequences.',
      },
      noLogic: {
        text: 'The policy says "{text}" takes place but gives no meaningful information about the logic involved, its significance or its envisaged consequences ({law} Art. 13(2)(f)).',
        suggestion:
          'Explain which information and factors the automated decision uses, what outcome it can have for the person (e.g. an application is declined, an account is suspended), and how to obtain human review.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const law = gdprName(doc);
    const findings: Finding[] = [];
    for (const [i, sentence] of doc.sentences.entries()) {
      if (!isProseBlock(sentence.block)) continue;
      // A question ("Do we make automated decisions about you?") raises the topic; its answer says whether they take place.
      const question = /\?\W{0,3}$/.test(sentence.text);
      findings.push(...findingsIn(sentence).map((f): Finding => (question && f.kind === 'happens' ? { ...f, kind: 'mention' } : f)));
      // "| Decision | How it works | … |": a row is a decision made about people, explained in its row or not.
      const row = sentence.block.sentences[0] === sentence && /\p{L}/u.test(sentence.text) ? decisionRow(sentence.block) : null;
      if (row !== null && !NONE_CELL.test(sentence.block.text)) {
        findings.push({ kind: 'happens', sentence, start: 0, end: sentence.text.length, significant: true, explained: row });
      }
      // "Does a computer decide anything about me? No.": the answer declares that none takes place.
      // (The answer is the next sentence with a letter: past a stray "**" of a bold question.)
      const answer = sentence.text.endsWith('?') ? [doc.sentences[i + 1], doc.sentences[i + 2]].find((s) => s && /\p{L}/u.test(s.text)) : undefined;
      if (answer && NO_ANSWER.test(answer.text) && MACHINE_QUESTION.test(sentence.text)) {
        findings.push({ kind: 'none', sentence, start: 0, end: sentence.text.length, significant: false });
      }
    }
    const item = 'automated decision-making';
    if (findings.length === 0) {
      const section = WHERE_TO_LOOK.map((p) => findSections(doc, p)[0]).find((s) => s?.heading);
      const at: Range = section?.heading ? section.heading.range : missingAt(doc);
      context.report({ messageId: 'missing', data: { law }, at });
      context.evidence({ item, status: 'missing' });
      return;
    }
    const decisions = findings.filter((f) => f.kind === 'happens' && f.significant);
    if (decisions.length === 0) {
      const none = findings.find((f) => f.kind === 'none');
      const first = none ?? (findings[0] as Finding);
      // Only mentions (the right not to be subject to such decisions, a condition): the rule accepts them.
      context.evidence({ item, status: none ? 'not-applicable' : 'met', at: first.sentence.rangeOf(first.start, first.end) });
      return;
    }
    let explained = false;
    const reported = new Set<Block>();
    for (const f of decisions) {
      const at = f.sentence.rangeOf(f.start, f.end);
      if (f.explained || contextOf(doc, f).some((t) => LOGIC.some((re) => re.test(t)))) {
        explained = true;
        context.evidence({ item, status: 'met', at });
        continue;
      }
      if (reported.has(f.sentence.block)) continue;
      reported.add(f.sentence.block);
      const phrase = f.sentence.text.slice(f.start, f.end).replace(/\s+/g, ' ');
      context.report({ messageId: 'noLogic', data: { text: phrase, law }, at });
    }
    if (!explained) context.evidence({ item, status: 'partial', at: decisions[0]?.sentence });
  },
});
