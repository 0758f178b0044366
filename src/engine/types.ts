// The rule API: everything a rule file imports from the engine. Rules see the public
// document model (src/model/types.ts) and these types — nothing else.
import type { Located, PolicyDocument, Range } from '../model/types.js';

export type Jurisdiction = 'gdpr' | 'popia' | 'ccpa';
export const JURISDICTIONS: readonly Jurisdiction[] = ['gdpr', 'popia', 'ccpa'];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** One option a rule accepts. Defaults live here and only here. */
export type OptionSpec =
  | { type: 'integer'; default: number; minimum?: number; maximum?: number; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string };

export type OptionSchema = Record<string, OptionSpec>;

/** The option values a rule's check receives, typed from its schema. */
export type OptionValues<S extends OptionSchema> = {
  [K in keyof S]: S[K] extends { type: 'integer' }
    ? number
    : S[K] extends { type: 'boolean' }
      ? boolean
      : S[K] extends { type: 'string[]' }
        ? readonly string[]
        : string;
};

export interface MessageSpec {
  /** Template; `{name}` is replaced by `data.name`. */
  text: string;
  /** Severity of this message under the default configuration. A configured rule severity overrides it. */
  severity?: Severity;
  suggestion?: string;
}

export interface RuleMeta<S extends OptionSchema = OptionSchema> {
  /** Stable public id: `name` or `law/name`. The docs URL is derived from it. */
  id: string;
  description: string;
  /** Exact legal reference shown with every diagnostic, e.g. "GDPR Art. 13(1)(c)". */
  reference: string;
  /** The laws the rule belongs to; 'all' runs on every policy. */
  jurisdictions: readonly Jurisdiction[] | 'all';
  /**
   * The rule checks what a policy tells people about processing their personal data: it
   * does not run on a policy that declares it collects none ("This app does not collect any
   * data"); its requirements are then reported as not applicable.
   */
  aboutProcessing?: boolean;
  defaultSeverity: Severity;
  options: S;
  messages: Record<string, MessageSpec>;
}

/** Where a diagnostic points: a model node, or an explicit source range. */
export type At = Located | Range;

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  at: At;
  /** Overrides the message's suggestion. */
  suggestion?: string;
}

export type RequirementStatus = 'met' | 'missing' | 'partial' | 'not-applicable';

/** What satisfies (or fails) one legal requirement: for checklists and reports. */
export interface EvidenceDescriptor {
  /** The requirement, e.g. "right of access". */
  item: string;
  status: RequirementStatus;
  /** The text that meets the requirement, when there is one. */
  at?: At;
}

export interface RuleContext<O> {
  document: PolicyDocument;
  options: O;
  /** The jurisdictions the policy is linted under. */
  jurisdictions: readonly Jurisdiction[];
  /** The date date-based rules compare with (`--today`), as a UTC midnight. */
  today: Date;
  report(descriptor: ReportDescriptor): void;
  evidence(descriptor: EvidenceDescriptor): void;
}

export interface Rule<S extends OptionSchema = OptionSchema> {
  meta: RuleMeta<S>;
  check(context: RuleContext<OptionValues<S>>): void;
}

/**
 * Declare a rule: its check sees options typed from its own schema, and the result fits
 * in a plain `Rule[]` (the engine validates options against the schema before calling).
 */
export function defineRule<const S extends OptionSchema>(rule: Rule<S>): Rule {
  return rule as unknown as Rule;
}

// ---- results -------------------------------------------------------------------------

export interface Diagnostic {
  ruleId: string;
  /** The rule's message id; not part of the JSON contract. */
  messageId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  reference: string;
  url: string;
  suggestion?: string;
}

/** One requirement as the policy meets it (or not): the `requirements` of the JSON output. */
export interface Evidence {
  ruleId: string;
  item: string;
  status: RequirementStatus;
  /** The words that meet (or declare away) the requirement; absent when none do. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /**
   * The sentence (list item, table cell, heading) that holds those words, as prose (markup
   * removed, white space collapsed); for a sentence over EVIDENCE_TEXT_MAX characters, the
   * words themselves, cut at that length.
   */
  text?: string;
}

/** Evidence text is for people to recognise the passage; the position locates it exactly. */
export const EVIDENCE_TEXT_MAX = 300;

export interface LintResult {
  filePath: string;
  jurisdictions: Jurisdiction[];
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Per requirement-style rule that ran: what meets each item, in rule order. */
  requirements: Evidence[];
  /** The text that was linted, for reports that show it (HTML); not part of the JSON output. */
  source?: string;
}

/** How a rule is configured for one run. */
export interface RuleSetting {
  /** Undefined: each message keeps its own default severity. */
  severity?: SeveritySetting;
  /** Validated values, merged over the schema defaults by the engine. */
  options?: Record<string, unknown>;
}
