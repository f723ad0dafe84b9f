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

/** A promised time: `{ value: 5, unit: working-days }`. */
export interface PromisedTime {
  value: number;
  unit: 'hours' | 'days' | 'working-days' | 'weeks' | 'months';
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
  /** What the policy is, from the packs' vocabulary (e.g. gas-safety): rules that need "the allocations policy" find it by kind. */
  kind?: string;
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
  /** The timescales the policy promises, by step (e.g. stage1-response). */
  timescales?: Record<string, PromisedTime>;
  /** The listed items (buildings, schemes) the policy is for, by the names the config gives them. */
  applies_to?: string[];
  waivers?: Waiver[];
}

/**
 * Every field of the format, once. `satisfies` makes the compiler insist that the list covers the
 * interface exactly; a test checks the same list against the JSON Schema, so the two cannot drift.
 */
export const POLICY_FIELDS = Object.keys({
  id: 1,
  title: 1,
  category: 1,
  kind: 1,
  status: 1,
  owner: 1,
  approving_body: 1,
  adopted: 1,
  last_reviewed: 1,
  next_review: 1,
  review_cycle_months: 1,
  approvals: 1,
  eia: 1,
  consultation: 1,
  charter_outcomes: 1,
  regulatory_standards: 1,
  legislation: 1,
  linked_policies: 1,
  supersedes: 1,
  publication: 1,
  affects_tenants: 1,
  timescales: 1,
  applies_to: 1,
  waivers: 1,
} satisfies Record<keyof PolicyFrontmatter, 1>) as (keyof PolicyFrontmatter)[];

export type Severity = 'error' | 'warning';

/** How strong a basis is, strongest first. Nothing the board decides for itself is ever `statute`. */
export const GRADES = ['statute', 'regulatory-requirement', 'guidance', 'good-practice', 'board-rule'] as const;
export type Grade = (typeof GRADES)[number];

/** Words for a grade, in messages and reports. */
export const GRADE_TITLES: Readonly<Record<Grade, string>> = {
  statute: 'statute',
  'regulatory-requirement': 'regulatory requirement',
  guidance: 'guidance',
  'good-practice': 'good practice',
  'board-rule': "the board's own rule",
};

/** The basis of a rule or a finding: how strong it is, what it cites, and where the text can be read. */
export interface Basis {
  grade: Grade;
  /** As cited: "Housing (Scotland) Act 2001 s53". */
  citation: string;
  /** A public URL of the text cited. */
  source?: string;
}

/** What a grade means for something required, completing "..., which ": "the law requires". */
export const GRADE_REQUIRES: Readonly<Record<Grade, string>> = {
  statute: 'the law requires',
  'regulatory-requirement': 'the regulator expects',
  guidance: 'guidance recommends',
  'good-practice': 'good practice expects',
  'board-rule': 'the board requires',
};

/** A basis in words, for messages: "statute: Housing (Scotland) Act 2001 s53". */
export function basisText(basis: Basis): string {
  return `${GRADE_TITLES[basis.grade]}: ${basis.citation}`;
}

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
  /** The basis of the finding, graded (statute, regulatory requirement, guidance, good practice, board rule). */
  basis?: Basis;
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
