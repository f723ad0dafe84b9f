// The register's state as of a date: the evidence a board wants before it signs its annual assurance statement.
import type { ResolvedConfig } from '../config/config.js';
import type { Rule } from '../engine/rule.js';
import type { Policy } from '../load/policy.js';
import { requiredPolicyStatus, type RequiredState } from '../register/required.js';
import { isInForce, reviewState } from '../register/review.js';
import { GRADES, type Basis, type Grade, type Message } from '../types.js';
import { addMonths, daysBetween } from '../util/dates.js';

export interface PolicyRef {
  id: string;
  title: string;
  file: string;
  status: string;
  approvingBody: string;
}

export interface ReviewRef extends PolicyRef {
  due: string;
  days: number;
}

export interface FindingRef extends PolicyRef {
  rule: string;
  line: number;
  message: string;
  basis?: Basis;
}

/** Where the register stands on one required policy. */
export interface RequiredPolicyRef {
  id: string;
  title: string;
  /** For a per-item requirement, the item (a building, a scheme). */
  item?: string;
  state: RequiredState;
  basis: Basis;
  /** The policies that are (or could be) it, by id. */
  policies: string[];
  /** Why it does not apply, and who decided (for a decision recorded in the config). */
  reason?: string;
  decidedBy?: string;
}

/** A gap with a legal or regulatory weight: a missing or out-of-date required policy, or a finding with a basis. */
export interface GradedGap {
  grade: Grade;
  citation: string;
  source?: string;
  /** What is missing or wrong, in a sentence. */
  what: string;
  /** The policy concerned, when there is one. */
  policy?: string;
}

export interface StaleRef extends PolicyRef {
  lastChanged: string;
  /** Where the date comes from: git history, or the latest date recorded in the frontmatter. */
  source: 'git' | 'frontmatter';
  months: number;
}

export interface RegisterReport {
  organisation: string;
  asOf: string;
  total: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  overdue: ReviewRef[];
  dueSoon: ReviewRef[];
  dueSoonDays: number;
  eiaProblems: FindingRef[];
  consultationProblems: FindingRef[];
  staleDrafts: StaleRef[];
  staleMonths: number;
  /**
   * For each pack in force that declares what a register should serve (the Charter's outcomes, the regulator's
   * standards): the items no current, in-date policy serves.
   */
  coverage: CoverageGaps[];
  /** Category titles from the config, by category id (reports show titles). */
  categoryTitles: Record<string, string>;
  /** Every required policy of the packs in force and the config: present, missing, not current, not applicable. */
  requiredPolicies: RequiredPolicyRef[];
  /** Gaps with a basis, strongest first: statute, then regulatory requirements, guidance, good practice, board rules. */
  gaps: GradedGap[];
}

export interface CoverageGaps {
  pack: string;
  id: string;
  title: string;
  gaps: { key: string; title: string }[];
}

/** The rules whose findings the report lists (by their metadata): none reads a policy body, so the report never parses one. */
export function reportRules(rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => r.meta.reportTopic !== undefined);
}

function ref(p: Policy): PolicyRef {
  return { id: p.data.id ?? p.file, title: p.data.title ?? '', file: p.file, status: p.data.status ?? 'unknown', approvingBody: p.data.approving_body ?? '' };
}

/** The latest date recorded anywhere in the frontmatter: a fallback for "last changed" without git. */
export function latestRecordedDate(p: Policy): string | undefined {
  const d = p.data;
  const dates = [d.adopted, d.last_reviewed, d.eia?.completed, d.consultation?.opened, d.consultation?.closed, ...(d.approvals ?? []).map((a) => a.date)];
  return dates.filter((x): x is string => typeof x === 'string').sort().at(-1);
}

export interface ReportInput {
  policies: readonly Policy[];
  /** The findings of `check` on the same register, as of the same date. */
  messages: readonly (Message & { file: string })[];
  config: ResolvedConfig;
  today: string;
  /** Last-change dates from git, by file; without them the frontmatter's latest date stands in. */
  lastChanged?: ReadonlyMap<string, string>;
}

export function buildReport({ policies, messages, config, today, lastChanged }: ReportInput): RegisterReport {
  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const overdue: ReviewRef[] = [];
  const dueSoon: ReviewRef[] = [];
  const staleDrafts: StaleRef[] = [];
  const coverages = config.coverage.map((coverage) => ({ pack: coverage.pack, coverage, served: new Set<string>() }));
  const staleBefore = addMonths(today, -config.review.staleMonths);

  for (const p of policies) {
    if (p.loadProblem) continue;
    const status = p.data.status ?? 'unknown';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const category = p.data.category ?? 'uncategorised';
    byCategory[category] = (byCategory[category] ?? 0) + 1;
    const state = reviewState(p, today, config);
    if (state?.timing === 'overdue') overdue.push({ ...ref(p), due: state.due, days: -state.daysLeft });
    if (state?.timing === 'due-soon') dueSoon.push({ ...ref(p), due: state.due, days: state.daysLeft });
    if (isInForce(p) && state && state.timing !== 'overdue') {
      for (const { coverage, served } of coverages) {
        const values = (p.data as Record<string, unknown>)[coverage.field];
        for (const value of Array.isArray(values) ? values : []) {
          const key = coverage.keyOf ? coverage.keyOf(value) : String(value);
          if (key !== undefined) served.add(key);
        }
      }
    }
    if (p.data.status === 'draft' || p.data.status === 'consultation') {
      const fromGit = lastChanged?.get(p.file);
      const last = fromGit ?? latestRecordedDate(p);
      if (last && last < staleBefore) {
        staleDrafts.push({ ...ref(p), lastChanged: last, source: fromGit ? 'git' : 'frontmatter', months: Math.floor(daysBetween(last, today) / 30.44) });
      }
    }
  }

  const byFile = new Map(policies.map((p) => [p.file, p]));
  const topicOf = (ruleId: string) => config.knownRules.get(ruleId)?.reportTopic;
  const findings = (topic: 'eia' | 'consultation'): FindingRef[] => messages
    .filter((m) => topicOf(m.ruleId) === topic && byFile.has(m.file))
    .map((m) => ({ ...ref(byFile.get(m.file)!), rule: m.ruleId!, line: m.line, message: m.message, ...(m.basis ? { basis: m.basis } : {}) }));
  // A policy in force with no usable record at all is the plainest gap, though only the schema reports it.
  const noRecord = (field: 'eia' | 'consultation', what: string): FindingRef[] => policies
    .filter((p) => !p.loadProblem && p.data[field] === undefined && isInForce(p))
    .map((p) => {
      const written = p.positions.has([field]);
      return {
        ...ref(p), rule: 'core/schema', line: written ? p.positions.key([field]).line : 1,
        message: written ? `The ${field} record is not valid, so no ${what} is recorded; run policies check for the fix.` : `No ${what} is recorded: the policy has no ${field} field.`,
      };
    });
  const byLine = (a: FindingRef, b: FindingRef) => a.file.localeCompare(b.file) || a.line - b.line;

  const coverage = coverages.map(({ pack, coverage: c, served }) => ({ pack, id: c.id, title: c.title, gaps: c.items.filter((item) => !served.has(item.key)) }));
  const required: RequiredPolicyRef[] = requiredPolicyStatus(policies, config, today).map((s) => ({
    id: s.requirement.id,
    title: s.requirement.title,
    ...(s.item !== undefined ? { item: s.item } : {}),
    state: s.state,
    basis: s.requirement.basis,
    policies: s.candidates.map((p) => p.data.id ?? p.file),
    ...(s.requirement.notApplicable ? { reason: s.requirement.notApplicable.reason } : {}),
    ...(s.requirement.notApplicable?.decidedBy ? { decidedBy: s.requirement.notApplicable.decidedBy } : {}),
  }));
  const eiaProblems = [...noRecord('eia', 'equality impact assessment'), ...findings('eia')].sort(byLine);
  const consultationProblems = [...noRecord('consultation', 'consultation'), ...findings('consultation')].sort(byLine);
  const rank = (g: Grade) => GRADES.indexOf(g);
  const gaps: GradedGap[] = [
    ...required.filter((r) => r.state === 'missing' || r.state === 'not-current').map((r) => ({
      grade: r.basis.grade, citation: r.basis.citation, ...(r.basis.source ? { source: r.basis.source } : {}),
      what: `${r.state === 'missing' ? 'No' : 'No current'} ${r.title.replace(/^(a|an|the) /i, '')}${r.item ? ` for ${r.item}` : ''}${r.policies.length ? ` (${r.policies.join(', ')})` : ''}`,
    })),
    ...[...eiaProblems, ...consultationProblems].filter((f) => f.basis).map((f) => ({
      grade: f.basis!.grade, citation: f.basis!.citation, ...(f.basis!.source ? { source: f.basis!.source } : {}), what: f.message, policy: f.id,
    })),
  ].sort((a, b) => rank(a.grade) - rank(b.grade));
  const byDue = (a: ReviewRef, b: ReviewRef) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
  return {
    organisation: config.organisation,
    asOf: today,
    total: policies.filter((p) => !p.loadProblem).length,
    byStatus,
    byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => a.localeCompare(b))),
    overdue: overdue.sort(byDue),
    dueSoon: dueSoon.sort(byDue),
    dueSoonDays: config.review.dueSoonDays,
    eiaProblems,
    consultationProblems,
    staleDrafts: staleDrafts.sort((a, b) => a.lastChanged.localeCompare(b.lastChanged)),
    staleMonths: config.review.staleMonths,
    coverage,
    categoryTitles: Object.fromEntries([...config.categories].filter(([, c]) => c.title).map(([id, c]) => [id, c.title!])),
    requiredPolicies: required,
    gaps,
  };
}
