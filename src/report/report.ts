// The register's state as of a date: the evidence a board wants before it signs its annual assurance statement.
import type { ResolvedConfig } from '../config/config.js';
import type { Rule } from '../engine/rule.js';
import type { Policy } from '../load/policy.js';
import { placeReviews, type ReviewItem } from '../calendar/schedule.js';
import { isInForce, reviewState } from '../register/review.js';
import { GRADES, type Basis, type Grade, type Message } from '../types.js';
import { requiredPolicyStatus, type RequiredState } from '../register/required.js';
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
  /** The lead officer. */
  owner: string;
  /** Where the programme places the review (the same placement as `policies calendar`), if it can be placed. */
  committee?: string;
  meeting?: string;
  paperDeadline?: string;
  /** Why it cannot be placed, and what to add to the config. */
  unplacedReason?: string;
  /** Consultation or assessment start dates that have passed with nothing recorded since the last approval. */
  startPassed: string[];
}

/** How strong the basis of a finding is (the grades of src/types.ts, strongest first). */
export type BasisGrade = Grade;
export { GRADES };
export const GRADE_NAMES: Record<BasisGrade, string> = {
  statute: 'Statute',
  'regulatory-requirement': 'Regulatory requirement',
  guidance: 'Guidance',
  'good-practice': 'Good practice',
  'board-rule': "The board's own rule",
};

/** A gap in the register, graded by the strength of its basis: what a board paper lists first. */
export interface Gap {
  title: string;
  grade: BasisGrade;
  citation: string;
  detail: string;
  severity: 'error' | 'warning';
  rule: string;
  messageId?: string;
  /** The policy it is about; absent for a gap in the register as a whole (a policy that does not exist). */
  policy?: PolicyRef;
  file: string;
  line: number;
}

export type Rag = 'red' | 'amber' | 'green';

/** Something the board (or a committee) is asked to decide, with where it is programmed. */
export interface Decision {
  what: string;
  why: string;
  body?: string;
  meeting?: string;
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
  /** Red, amber or green, and the reasons, for the paper's first lines. */
  status: { rag: Rag; reasons: string[] };
  /** Policies in force (approved or under review). */
  inForce: number;
  /** Findings other than review dates, impact assessments and consultation: statute first, then by severity. */
  gaps: Gap[];
  /** What needs a decision: overdue and due reviews, gaps in statute or regulation, drafts that have stalled. */
  decisions: Decision[];
  /** Reviews placed at meetings in the next twelve months (not overdue or due soon: those are listed above). */
  programmed: ReviewRef[];
  /** Category slugs with their names from the config, and counts, in the config's order. */
  categories: { category: string; title: string; policies: number }[];
  /** Category titles from the config, by category id (reports show titles). */
  categoryTitles: Record<string, string>;
  /** Every required policy of the packs in force and the config: present, missing, not current, not applicable. */
  requiredPolicies: RequiredPolicyRef[];
}

export interface CoverageGaps {
  pack: string;
  id: string;
  title: string;
  gaps: { key: string; title: string }[];
}

/** Rules the report lists in their own sections (review dates, drafts), besides those with a reportTopic. */
const SECTION_RULES: ReadonlySet<string> = new Set([
  'core/review-overdue',
  'core/review-due-soon',
  'core/next-review-missing',
  'core/stale-draft',
]);

/**
 * The rules the report runs: those whose findings it lists by topic, and every other rule that reads only the
 * frontmatter, whose findings it grades. None reads a policy body, so the report never parses one.
 */
export function reportRules(rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => r.meta.reportTopic !== undefined || !r.meta.needsBody);
}

/**
 * The grade of a finding's basis. A finding that states its basis as { grade, citation } is taken at its word; a
 * basis given only as a citation is graded by what it cites (an Act, Order or Regulations is statute; the
 * Regulatory Framework or a Standard is a regulatory requirement; guidance is guidance); no basis at all is the
 * board's own rule. The reading of a citation never grades it above what it names.
 */
export function gradeOf(basis: unknown): { grade: BasisGrade; citation: string } {
  if (basis && typeof basis === 'object' && 'grade' in basis && GRADES.includes((basis as { grade: BasisGrade }).grade)) {
    const b = basis as { grade: BasisGrade; citation?: string };
    return { grade: b.grade, citation: b.citation ?? '' };
  }
  if (typeof basis !== 'string' || !basis.trim()) return { grade: 'board-rule', citation: '' };
  const first = basis.split(';')[0]!;
  if (/\b(Act|Order|Regulations)\b( \(Scotland\))? \d{4}|\bAct \d{4}\b/.test(first)) return { grade: 'statute', citation: basis };
  if (/Regulatory (Standard|Framework|Requirement)|\bSHR\b|Scottish Social Housing Charter|Charter outcome/i.test(first))
    return { grade: 'regulatory-requirement', citation: basis };
  if (/guidance/i.test(first)) return { grade: 'guidance', citation: basis };
  return { grade: 'good-practice', citation: basis };
}

function ref(p: Policy): PolicyRef {
  return {
    id: p.data.id ?? p.file,
    title: p.data.title ?? '',
    file: p.file,
    status: p.data.status ?? 'unknown',
    approvingBody: p.data.approving_body ?? '',
  };
}

/** The latest date recorded anywhere in the frontmatter: a fallback for "last changed" without git. */
export function latestRecordedDate(p: Policy): string | undefined {
  const d = p.data;
  const dates = [
    d.adopted,
    d.last_reviewed,
    d.eia?.completed,
    d.consultation?.opened,
    d.consultation?.closed,
    ...(d.approvals ?? []).map((a) => a.date),
  ];
  return dates
    .filter((x): x is string => typeof x === 'string')
    .sort()
    .at(-1);
}

function reviewRef(p: Policy, due: string, days: number, placed: ReviewItem | undefined): ReviewRef {
  const r: ReviewRef = { ...ref(p), due, days, owner: p.data.owner ?? '', startPassed: [] };
  if (placed?.meeting) Object.assign(r, { committee: placed.committee, meeting: placed.meeting, paperDeadline: placed.paperDeadline });
  if (placed?.unplaced) r.unplacedReason = `${placed.notes.at(-1) ?? ''}${placed.configFix ? `; ${placed.configFix}` : ''}`;
  if (placed?.consultationState === 'start-passed') r.startPassed.push(`consultation should have started by ${placed.consultationStart}`);
  if (placed?.eiaState === 'start-passed') r.startPassed.push(`the impact assessment should have started by ${placed.eiaStart}`);
  return r;
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
  // The same placement as the calendar's, so the report and the programme name the same meeting for a review.
  const placement = placeReviews(
    policies.filter((p) => !p.loadProblem),
    config,
    today,
  );
  const placed = new Map([...placement.slots.flatMap((m) => m.reviews), ...placement.unscheduled].map((r) => [r.file, r]));
  const yearAhead = addMonths(today, 12);
  const programmed: ReviewRef[] = [];

  for (const p of policies) {
    if (p.loadProblem) continue;
    const status = p.data.status ?? 'unknown';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const category = p.data.category ?? 'uncategorised';
    byCategory[category] = (byCategory[category] ?? 0) + 1;
    const state = reviewState(p, today, config);
    if (state?.timing === 'overdue') overdue.push(reviewRef(p, state.due, -state.daysLeft, placed.get(p.file)));
    if (state?.timing === 'due-soon') dueSoon.push(reviewRef(p, state.due, state.daysLeft, placed.get(p.file)));
    const at = placed.get(p.file);
    if (state?.timing === 'in-date' && at?.meeting && at.meeting <= yearAhead) programmed.push(reviewRef(p, state.due, state.daysLeft, at));
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
        staleDrafts.push({
          ...ref(p),
          lastChanged: last,
          source: fromGit ? 'git' : 'frontmatter',
          months: Math.floor(daysBetween(last, today) / 30.44),
        });
      }
    }
  }

  const byFile = new Map(policies.map((p) => [p.file, p]));
  const topicOf = (ruleId: string) => config.knownRules.get(ruleId)?.reportTopic;
  const findings = (topic: 'eia' | 'consultation'): FindingRef[] =>
    messages
      .filter((m) => topicOf(m.ruleId) === topic && byFile.has(m.file))
      .map((m) => ({
        ...ref(byFile.get(m.file)!),
        rule: m.ruleId!,
        line: m.line,
        message: m.message,
        ...(m.basis ? { basis: m.basis } : {}),
      }));
  // A policy in force with no usable record at all is the plainest gap, though only the schema reports it.
  const noRecord = (field: 'eia' | 'consultation', what: string): FindingRef[] =>
    policies
      .filter((p) => !p.loadProblem && p.data[field] === undefined && isInForce(p))
      .map((p) => {
        const written = p.positions.has([field]);
        return {
          ...ref(p),
          rule: 'core/schema',
          line: written ? p.positions.key([field]).line : 1,
          message: written
            ? `The ${field} record is not valid, so no ${what} is recorded; run policies check for the fix.`
            : `No ${what} is recorded: the policy has no ${field} field.`,
        };
      });
  const byLine = (a: FindingRef, b: FindingRef) => a.file.localeCompare(b.file) || a.line - b.line;

  const coverage = coverages.map(({ pack, coverage: c, served }) => ({
    pack,
    id: c.id,
    title: c.title,
    gaps: c.items.filter((item) => !served.has(item.key)),
  }));
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
  const byDue = (a: ReviewRef, b: ReviewRef) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
  const gaps = gradedGaps(messages, byFile, (id) => topicOf(id) !== undefined);
  const eiaProblems = [...noRecord('eia', 'equality impact assessment'), ...findings('eia')].sort(byLine);
  const consultationProblems = [...noRecord('consultation', 'consultation'), ...findings('consultation')].sort(byLine);
  const sortedStale = staleDrafts.sort((a, b) => a.lastChanged.localeCompare(b.lastChanged));
  const configured = [...config.categories.keys()];
  const categories = Object.entries(byCategory)
    .sort(([a], [b]) => (configured.indexOf(a) + 1 || Infinity) - (configured.indexOf(b) + 1 || Infinity) || a.localeCompare(b))
    .map(([category, n]) => ({ category, title: config.categories.get(category)?.title ?? category, policies: n }));
  overdue.sort(byDue);
  dueSoon.sort(byDue);
  return {
    organisation: config.organisation,
    asOf: today,
    total: policies.filter((p) => !p.loadProblem).length,
    byStatus,
    byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => a.localeCompare(b))),
    overdue,
    dueSoon,
    dueSoonDays: config.review.dueSoonDays,
    eiaProblems,
    consultationProblems,
    staleDrafts: sortedStale,
    staleMonths: config.review.staleMonths,
    coverage,
    status: ragStatus(overdue, dueSoon, gaps, eiaProblems.length + consultationProblems.length, sortedStale.length),
    inForce: policies.filter((p) => !p.loadProblem && isInForce(p)).length,
    gaps,
    decisions: decisionsFor(overdue, dueSoon, gaps, sortedStale),
    programmed: programmed.sort(byDue),
    categories,
    categoryTitles: Object.fromEntries([...config.categories].filter(([, c]) => c.title).map(([id, c]) => [id, c.title!])),
    requiredPolicies: required,
  };
}

/** Every finding outside the report's own sections, graded, strongest basis first, errors before warnings. */
function gradedGaps(messages: ReportInput['messages'], byFile: ReadonlyMap<string, Policy>, hasTopic: (ruleId: string) => boolean): Gap[] {
  return messages
    .filter((m) => !SECTION_RULES.has(m.ruleId) && !hasTopic(m.ruleId) && !m.fatal)
    .map((m): Gap => {
      const { grade, citation } = gradeOf(m.basis);
      const policy = byFile.get(m.file);
      const messageId = (m as { messageId?: unknown }).messageId;
      return {
        title: policy ? `${policy.data.id ?? policy.file} ${policy.data.title ?? ''}`.trim() : 'The register as a whole',
        grade,
        citation,
        detail: m.message,
        severity: m.severity,
        rule: m.ruleId,
        ...(typeof messageId === 'string' ? { messageId } : {}),
        ...(policy ? { policy: ref(policy) } : {}),
        file: m.file,
        line: m.line,
      };
    })
    .sort(
      (a, b) =>
        GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade) ||
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        (a.policy ? 1 : 0) - (b.policy ? 1 : 0) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line,
    );
}

const STRONG: ReadonlySet<BasisGrade> = new Set(['statute', 'regulatory-requirement']);

/**
 * Red: the register breaks the law or the regulator's requirements now (an error with that basis), or a review is
 * overdue. Amber: something must be done soon (a warning with that basis, a review due whose preparatory work is
 * late, a gap in impact assessment or consultation records, a draft that has stalled). Green: neither.
 */
function ragStatus(
  overdue: ReviewRef[],
  dueSoon: ReviewRef[],
  gaps: Gap[],
  recordGaps: number,
  stale: number,
): { rag: Rag; reasons: string[] } {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const red: string[] = [];
  const amber: string[] = [];
  const strongErrors = gaps.filter((g) => STRONG.has(g.grade) && g.severity === 'error').length;
  if (strongErrors) red.push(`${plural(strongErrors, 'gap')} in statute or regulatory requirements`);
  if (overdue.length) red.push(`${plural(overdue.length, 'review')} overdue`);
  const strongWarnings = gaps.filter((g) => STRONG.has(g.grade) && g.severity === 'warning').length;
  if (strongWarnings) amber.push(`${plural(strongWarnings, 'warning')} in statute or regulatory requirements`);
  const late = dueSoon.filter((r) => r.startPassed.length || !r.meeting).length;
  if (late) amber.push(`${plural(late, 'review')} due soon with consultation or assessment behind, or no meeting`);
  if (recordGaps) amber.push(`${plural(recordGaps, 'gap')} in impact assessment or consultation records`);
  if (stale) amber.push(`${plural(stale, 'draft')} not moved`);
  if (red.length) return { rag: 'red', reasons: [...red, ...amber] };
  if (amber.length) return { rag: 'amber', reasons: amber };
  return {
    rag: 'green',
    reasons: [
      `no overdue reviews and no gaps in statute or regulatory requirements${dueSoon.length ? `; ${plural(dueSoon.length, 'review')} due soon, on programme` : ''}`,
    ],
  };
}

/** The first sentence: a decision's line names the gap; the gap's own table says the rest. */
function firstSentence(text: string): string {
  const end = text.search(/[.:](\s|$)/);
  return end > 0 ? text.slice(0, end) : text;
}

/** One line per register gap, per meeting with reviews to approve, and per stalled draft: a board reads it in a minute. */
function decisionsFor(overdue: ReviewRef[], dueSoon: ReviewRef[], gaps: Gap[], stale: StaleRef[]): Decision[] {
  const meetings = new Map<string, { body?: string; meeting?: string; overdue: string[]; due: string[] }>();
  for (const [list, kind] of [
    [overdue, 'overdue'],
    [dueSoon, 'due'],
  ] as const) {
    for (const r of list) {
      const key = r.meeting ? `${r.meeting}\u0000${r.committee}` : '\uffff';
      const entry = meetings.get(key) ?? { ...(r.meeting ? { body: r.committee!, meeting: r.meeting } : {}), overdue: [], due: [] };
      entry[kind].push(r.id);
      meetings.set(key, entry);
    }
  }
  const reviews = [...meetings.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, m]): Decision => {
      const parts = [
        m.overdue.length ? `${m.overdue.join(', ')} (overdue)` : '',
        m.due.length ? `${m.due.join(', ')} (due soon)` : '',
      ].filter(Boolean);
      return {
        what: m.meeting ? `${m.body}, ${m.meeting}` : 'Not programmed',
        why: `approve the review of ${parts.join('; ')}${m.meeting ? '' : ' (no configured meeting can take it: add meeting dates to the config)'}`,
        ...(m.body ? { body: m.body } : {}),
        ...(m.meeting ? { meeting: m.meeting } : {}),
      };
    });
  // Gaps in the register as a whole are one decision: each is listed, with its basis, in the gaps section that follows.
  const registerGaps = gaps.filter((g) => STRONG.has(g.grade) && g.severity === 'error' && !g.policy);
  const gapDecision: Decision[] =
    registerGaps.length === 1
      ? [{ what: 'Close a gap in the register', why: firstSentence(registerGaps[0]!.detail) }]
      : registerGaps.length > 1
        ? [
            {
              what: `Close ${registerGaps.length} gaps in the register`,
              why: 'each is listed under the gaps in statute and regulatory requirements',
            },
          ]
        : [];
  return [
    ...gapDecision,
    ...reviews,
    ...stale.map(
      (s): Decision => ({
        what: `Approve, consult on or withdraw the ${s.status} ${s.id} ${s.title}`,
        why: `no change since ${s.lastChanged}`,
      }),
    ),
  ];
}
