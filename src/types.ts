// The shapes that flow through policy-tracker: the policy format, findings, and check results.
import type { Root } from 'mdast';

/** Status values of a policy, in the order of its life. */
export const POLICY_STATUSES = ['draft', 'consultation', 'approved', 'under-review', 'superseded', 'withdrawn'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export interface Approval {
  date: string;
  body: string;
  minute?: string;
}

export interface EiaRecord {
  required: boolean;
  completed?: string;
  outcome?: string;
  reason?: string;
}

export interface ConsultationRecord {
  required: boolean;
  groups?: string[];
  opened?: string;
  closed?: string;
  summary?: string;
  reason?: string;
}

export interface Waiver {
  rule: string;
  reason?: string;
  approved_by?: string;
  until?: string;
}

/** The frontmatter of one policy, as `schemas/policy.schema.json` defines it. */
export interface PolicyFrontmatter {
  id: string;
  title: string;
  category: string;
  status: PolicyStatus;
  owner: string;
  approving_body: string;
  adopted?: string;
  last_reviewed?: string;
  next_review?: string;
  review_cycle_months?: number;
  approvals?: Approval[];
  eia: EiaRecord;
  consultation: ConsultationRecord;
  charter_outcomes?: number[];
  regulatory_standards?: string[];
  legislation?: string[];
  linked_policies?: string[];
  supersedes?: string[];
  publication?: 'public' | 'internal';
  affects_tenants?: boolean;
  waivers?: Waiver[];
}

/**
 * Every field of the format, once. `satisfies` makes the compiler insist that the list covers the
 * interface exactly; a test checks the same list against the JSON Schema, so the two cannot drift.
 */
export const POLICY_FIELDS = Object.keys({
  id: 1, title: 1, category: 1, status: 1, owner: 1, approving_body: 1, adopted: 1, last_reviewed: 1,
  next_review: 1, review_cycle_months: 1, approvals: 1, eia: 1, consultation: 1, charter_outcomes: 1,
  regulatory_standards: 1, legislation: 1, linked_policies: 1, supersedes: 1, publication: 1,
  affects_tenants: 1, waivers: 1,
} satisfies Record<keyof PolicyFrontmatter, 1>) as (keyof PolicyFrontmatter)[];

export type Severity = 'error' | 'warning';

/** A place in a file, 1-based. */
export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface RelatedLocation extends Location {
  file: string;
  message: string;
}

/** One finding: plain, serialisable data. */
export interface Message extends Location {
  /** Pack-qualified rule id, e.g. `core/review-overdue`. */
  ruleId: string;
  /** Which of the rule's messages this is (a key of its `meta.messages`), e.g. `overdue`: stable, for tools and tests. */
  messageId: string;
  severity: Severity;
  /** What is wrong, what is expected, and how to fix it, in plain English. */
  message: string;
  /** The legal or regulatory basis, where there is one. */
  basis?: string;
  /** Link to the rule's documentation. */
  url?: string;
  /** The file could not be read or parsed: no other rule ran on it. */
  fatal?: boolean;
  related?: RelatedLocation[];
}

export interface FileResult {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
}

export interface CheckResult {
  /** The date every date judgement was made against (YYYY-MM-DD). */
  asOf: string;
  results: FileResult[];
  errorCount: number;
  warningCount: number;
  /** How many policy files were checked. */
  fileCount: number;
}

export type { Root as MarkdownRoot };
