import { defineRule } from '../../src/engine/index.js';
import { findSections, isProseBlock, listLeadIn, missingAt } from '../../src/model/index.js';
import type { Block, PolicyDocument, Range } from '../../src/model/index.js';
import { referenceTo, HOW_TO_EXERCISE } from './shared/cross-reference.js';

/** Headings of a California section ("CCPA Rights (California Users)", "California Privacy Notice"). */
const CALIFORNIA_HEADING = /\b(?:CCPA|CPRA|California)\b/i;

/** Headings where a reader looks for how to make a request. */
const REQUEST_HEADING =
  /\b(?:exercis\w{0,3}|submit\w{0,4}|mak(?:e|ing))\b[^\n]{0,30}\b(?:rights?|requests?)\b|\brequests?\b|\b(?:your|consumer|privacy|California|CCPA)\s+(?:privacy\s+)?rights\b/i;

/**
 * How policies tell consumers they may act through someone else (11 CCR §7063; the
 * regulations call that person an "authorized agent", §7001(d)):
 * "authorized agent", "authorised agent", "an agent you designate", "someone acting on your
 * behalf may submit a request", "a person registered with the California Secretary of
 * State", "power of attorney" (§7063(b)).
 */
const AGENT: RegExp[] = [
  /\bauthori[sz]ed\s+(?:agents?|representatives?)\b/i,
  /\b(?:agent|representative)s?\s+(?:that\s+|whom\s+)?(?:you\s+(?:have\s+)?(?:authori[sz]e|designate|appoint)d?|(?:authori[sz]ed|designated|appointed)\s+by\s+you)\b/i,
  /\b(?:agent|representative|someone|somebody|another\s+person|a\s+person|third\s+party|an?\s+(?:attorney|lawyer))\b[^.;]{0,60}?\b(?:on\s+(?:your|(?:a|the)\s+consumer['’]s)\s+behalf)\b/i,
  // The passive, of "a consumer": "requests may be submitted on a consumer's behalf by a person the consumer has authorized".
  /\bon\s+(?:your|(?:a|the)\s+consumer['’]s)\s+behalf\b[^.;]{0,60}?\b(?:agent|representative|someone|another\s+person|a\s+person|third\s+party)\b/i,
  // A person the consumer chose: "a person you have authorized to act for you", "someone you designate".
  /\b(?:someone|somebody|another\s+person|a\s+person|person|individual|family\s+member|relative|agent|representative|lawyer|attorney|business|company|third\s+party)\s+(?:that\s+|whom\s+)?you\s+(?:have\s+)?(?:authori[sz]e|designate|appoint|nominate|cho(?:o)?se|permit|allow|name)d?\b/i,
  // Acting for the consumer: "someone making a request for you", "act in your name".
  /\b(?:act(?:s|ing)?|mak(?:e|es|ing)\s+(?:a\s+|the\s+)?requests?|submit(?:s|ting)?\s+(?:a\s+|the\s+)?requests?)\s+(?:for\s+you|in\s+your\s+name|for\s+(?:a|another)\s+(?:consumer|person))\b/i,
  // The proof §7063(a)(1) asks of an agent.
  /\b(?:signed|written|notari[sz]ed)\s+(?:permission|authori[sz]ation)\b/i,
  /\bregistered\s+with\s+the\s+(?:California\s+)?Secretary\s+of\s+State\b/i,
  /\bpower\s+of\s+attorney\b/i,
];

/**
 * The phrase must be about a consumer's request, not about the business's own agents ("our
 * authorized agents"), nor about acting for someone in general ("You may designate someone
 * to act on your behalf" says nothing of CCPA requests, §7011(e)(3)).
 */
const REQUEST_CUE = /\brequest|\bsubmit|\bexercis|\bmake\s+(?:a|the)\b|\bright/i;
/**
 * The proof an agent brings is an instruction (in a table row too: "An agent acting for you |
 * Your signed authorization letter"): signed or written permission, "written consent with a
 * signature", a power of attorney (§7063(a)(1), (b)).
 */
const PROOF =
  /\b(?:signed|written|notari[sz]ed)\s+(?:permission|authori[sz]ation|consent|letter|declaration)\b|\b(?:consent|permission|authori[sz]ation)\s+(?:with|bearing)\s+(?:a|the|your)\s+signature\b|\bproof\s+of\s+(?:that\s+|the\s+|their\s+|its\s+)?authori[sz]ation\b|\bpower\s+of\s+attorney\b/i;
/** A definition clause ("“Authorized Agent” has the meaning given in §7063"): it defines a term, it instructs no one. */
const DEFINITION = /^\s{0,3}["“'‘]?\p{Lu}[\p{L}\p{N} -]{0,40}["”'’]?\s{1,3}(?:means|shall\s{1,3}mean|refers\s{1,3}to|has\s{1,3}the\s{1,3}meaning|is\s{1,3}defined\s{1,3}as)\b/u;

/**
 * What makes "authorized agent" itself an instruction: a request, the proof, or a way to act
 * ("An authorized agent can use our web form and upload your written permission"). Not
 * "The Business may require Authorized Agents to comply with its verification procedures".
 */
const AGENT_HOW = /\b(?:send|upload|provid|submit|us(?:e|ing)|contact|e-?mail|call|writ(?:e|ing)|designat|appoint|act|correspond)\w{0,3}\b|\b(?:web\s?form|form|portal)\b/i;

/**
 * What turns a mention of agents into instructions (§7011(e)(3)(H): "instructions on how an
 * authorized agent can make a request"): the proof the agent brings, the verification the
 * business does, or where the agent sends the request ("by calling …", "the same webform",
 * "email privacy@…", "through the methods above"). "Authorized agents may submit requests on
 * your behalf" and "Only you, or someone legally authorized to act on your behalf, may make a
 * verifiable consumer request" allow agents but say nothing of how.
 */
const INSTRUCTION =
  /\bproof\s+(?:of|that)\b|\bsend(?:s|ing)?\s+(?:us|it|them|a\s+copy)\b|\bpermission\s+(?:you|the\s+consumer)\s+(?:signed|gave|granted)\b|\bverif(?:y|ies|ied|ying|ication)\b|\bconfirm\w{0,4}\b|@|\bhttps?:|\bwww\.|\b(?:web\s?form|form|portal|toll[- ]free|(?:tele)?phone|call(?:s|ing)?|e-?mail(?:s|ing)?|writ(?:e|ing)\s+(?:to|us)|mail|post|contact(?:ing)?\s+us|same\s+(?:way|manner|methods?|process|procedures?|channels?|steps)|(?:methods?|ways?|instructions|steps|procedures?)\s+(?:described|set\s+out|listed|above|below|in\s+(?:section|this))|upload\w{0,3}|attach\w{0,3}|enclos\w{0,3})\b/i;

/** The block that holds a sentence (its table row, for a cell), and the next block of the same section. */
function instructionNear(block: Block, blocks: readonly Block[]): boolean {
  const cell = block.cell;
  const own = cell ? (cell.table.rows[cell.row] ?? []).map((c) => c.text).join(' | ') : block.text;
  if (PROOF.test(own) || INSTRUCTION.test(own)) return true;
  const next = blocks[block.index + 1];
  return next !== undefined && !cell && next.section === block.section && isProseBlock(next) && next.kind !== 'heading' && (PROOF.test(next.text) || INSTRUCTION.test(next.text));
}

/** Is the sentence about a consumer's request: by its words or, in a table, by its row ("An agent acting for you | Your signed authorization letter, sent to …")? */
function aboutRequests(block: Block, text: string): boolean {
  if (REQUEST_CUE.test(text)) return true;
  const cell = block.cell;
  if (!cell) return false;
  const row = (cell.table.rows[cell.row] ?? []).map((c) => c.text).join(' | ');
  return REQUEST_CUE.test(row) || PROOF.test(row);
}
/** An agent named where the proof stands: "agents", "someone acting on your behalf", "a representative". */
const AGENT_WORD = /\b(?:agents?|representatives?|on\s{1,3}(?:your|(?:a|the)\s{1,3}consumer['’]s)\s{1,3}behalf)\b/i;

/**
 * Is the proof in `block` asked of an agent: the agent named in the block itself, in the item it is nested under
 * ("3. **Authorized Agents**" over "- Written permission required", "- Power of attorney documentation"), in the
 * list's lead-in ("If you use an agent, we need:") or in the heading of its section ("### Authorized agents")?
 */
function underAgent(doc: PolicyDocument, block: Block): boolean {
  if (AGENT_WORD.test(block.text)) return true;
  if (block.kind === 'listItem') {
    const depth = block.depth ?? 1;
    for (let i = block.index - 1, n = 0; i >= 0 && n < 20; i--, n++) {
      const prev = doc.blocks[i] as Block;
      if (prev.kind !== 'listItem') break;
      if ((prev.depth ?? 1) < depth) {
        if (AGENT_WORD.test(prev.text)) return true;
        break;
      }
    }
    const intro = listLeadIn(doc, block);
    if (intro && intro.kind !== 'heading' && AGENT_WORD.test(intro.text)) return true;
  }
  return block.section.heading !== null && AGENT_WORD.test(block.section.title) && !OWN_AGENTS.test(block.section.title);
}

const OWN_AGENTS = /\b(?:our|its|their\s+own)\s+(?:authori[sz]ed\s+)?(?:agents?|representatives?)\s*$/i;

const NEGATION_BEFORE = /\b(?:not|never|cannot|no|nor|unable)\b|n't\b/i;

function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 50), index);
  const cut = Math.max(...[',', ';', ':', '.', '(', ')', '\u2014', '\u2013', ' - '].map((c) => before.lastIndexOf(c)));
  return NEGATION_BEFORE.test(cut >= 0 ? before.slice(cut + 1) : before);
}

/** Where a reader looks: the California section, else a request or rights section, else line 1. */
function agentSectionAt(doc: PolicyDocument): Range {
  const california = findSections(doc, CALIFORNIA_HEADING)[0];
  if (california?.heading) return california.heading.range;
  return missingAt(doc, REQUEST_HEADING);
}

export default defineRule({
  meta: {
    id: 'ccpa/authorized-agent',
    description: 'The policy tells California consumers how they can use an authorized agent to submit requests on their behalf.',
    reference: '11 CCR §7011(e)(3), §7063',
    jurisdictions: ['ccpa'],
    aboutProcessing: true,
    defaultSeverity: 'warning',
    options: {},
    messages: {
      missingAgent: {
        text: 'The policy does not explain how a consumer can use an authorized agent to submit requests on their behalf (11 CCR §7011(e)(3), §7063).',
        severity: 'warning',
        suggestion:
          'Add instructions for authorized agents: who may act (a person or a business the consumer authorizes), what proof is needed (signed permission or a power of attorney), and where the agent submits the request.',
      },
    },
  },
  check(context) {
    const doc = context.document;
    const item = 'authorized agent instructions (11 CCR §7063)';
    // The first mention of agents that gives no instructions, for the evidence.
    let mention: Range | undefined;
    for (const sentence of doc.sentences) {
      if (!isProseBlock(sentence.block) || DEFINITION.test(sentence.text)) continue;
      for (const pattern of AGENT) {
        const m = pattern.exec(sentence.text);
        if (!m) continue;
        const before = sentence.text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
        if (OWN_AGENTS.test(before)) continue;
        if (negatedBefore(sentence.text, m.index)) continue;
        // Every phrase, "authorized agent" too, counts only in a sentence about requests
        // ("The Business may require Authorized Agents to comply with its verification procedures" instructs no one).
        const bare = /^authori[sz]ed\s+agents?$/i.test(m[0]);
        // The proof itself under a question about agents: "- Using an agent? Send us your signed permission …".
        const proofForAgent = PROOF.test(m[0]) && underAgent(doc, sentence.block);
        if (!aboutRequests(sentence.block, sentence.text) && !proofForAgent && !(bare && (PROOF.test(sentence.text) || AGENT_HOW.test(sentence.text.replace(m[0], ' '))))) continue;
        const at = sentence.rangeOf(m.index, m.index + m[0].length);
        if (!instructionNear(sentence.block, doc.blocks)) {
          mention ??= at;
          break;
        }
        context.evidence({ item, status: 'met', at });
        return;
      }
    }
    // "See the “Your rights” section of our Privacy Policy … and how to exercise them": given there.
    const reference = referenceTo(doc, HOW_TO_EXERCISE);
    if (reference) {
      context.evidence({ item, status: 'met', at: reference.at });
      return;
    }
    context.evidence(mention ? { item, status: 'partial', at: mention } : { item, status: 'missing' });
    context.report({ messageId: 'missingAgent', at: agentSectionAt(doc) });
  },
});
