// The pack for one meeting: a cover sheet of what the committee is asked to decide, then per policy its changes since
// it was last approved, its impact assessment and consultation record, and what check finds. Plain data.
import type { MeetingSlot, ReviewItem } from '../calendar/schedule.js';
import type { PolicyDiff } from '../diff/policy-diff.js';
import type { Policy } from '../load/policy.js';
import { currentApprovalDate } from '../register/review.js';
import type { StampedMessage } from '../engine/run.js';

export interface PaperItem {
  id: string;
  title: string;
  file: string;
  owner: string;
  status: string;
  due: string;
  overdue: boolean;
  /** What the committee is asked to decide, in a sentence. */
  ask: string;
  /** The changes since the last approved version, or why they cannot be shown. */
  changes: { diff: PolicyDiff } | { unavailable: string };
  eia: { required?: boolean; completed?: string; outcome?: string; reason?: string } | undefined;
  consultation: { required?: boolean; groups?: string[]; opened?: string; closed?: string; summary?: string; reason?: string } | undefined;
  /** Preparatory work whose start date has passed with nothing recorded. */
  behind: string[];
  findings: { severity: 'error' | 'warning'; rule: string; line: number; message: string }[];
}

export interface MeetingPapers {
  organisation: string;
  committee: string;
  meeting: string;
  paperDeadline: string;
  asOf: string;
  items: PaperItem[];
}

function askFor(r: ReviewItem, errors: number): string {
  const what = r.overdue ? `Approve the review of ${r.title}, overdue since ${r.due}` : `Approve the review of ${r.title}, due by ${r.due}`;
  return errors ? `${what}. Check reports ${errors} error${errors === 1 ? '' : 's'} to resolve first (see its findings).` : `${what}.`;
}

export interface PapersInput {
  organisation: string;
  asOf: string;
  slot: MeetingSlot;
  policies: ReadonlyMap<string, Policy>;
  messages: readonly StampedMessage[];
  /** By file: the changes since approval, or why there are none to show. */
  changes: ReadonlyMap<string, { diff: PolicyDiff } | { unavailable: string }>;
}

export function buildPapers({ organisation, asOf, slot, policies, messages, changes }: PapersInput): MeetingPapers {
  const items = slot.reviews.map((r): PaperItem => {
    const policy = policies.get(r.file)!;
    const findings = messages
      .filter((m) => m.file === r.file)
      .map((m) => ({ severity: m.severity, rule: m.ruleId, line: m.line, message: m.message }));
    // Records dated on or before the approval the policy rests on belong to that approval, not to this review.
    const since = currentApprovalDate(policy);
    const eia = policy.data.eia;
    const consultation = policy.data.consultation;
    const behind = [
      ...(r.consultationState === 'start-passed' ? [`consultation should have started by ${r.consultationStart}`] : []),
      ...(r.eiaState === 'start-passed' ? [`the impact assessment should have started by ${r.eiaStart}`] : []),
      ...(since && eia?.required !== false && eia?.completed && eia.completed <= since.date
        ? [`the impact assessment on record (${eia.completed}) informed the approval of ${since.date}: assess the text now proposed`]
        : []),
      ...(since && consultation?.required === true && consultation.closed && consultation.closed <= since.date
        ? [`the consultation on record (closed ${consultation.closed}) informed the approval of ${since.date}: consult on this review`]
        : []),
    ];
    return {
      id: r.id,
      title: r.title,
      file: r.file,
      owner: r.owner,
      status: policy.data.status ?? '',
      due: r.due,
      overdue: r.overdue,
      ask: askFor(r, findings.filter((f) => f.severity === 'error').length),
      changes: changes.get(r.file) ?? { unavailable: 'not compared' },
      eia: policy.data.eia,
      consultation: policy.data.consultation,
      behind,
      findings,
    };
  });
  return { organisation, committee: slot.committee, meeting: slot.date, paperDeadline: slot.paperDeadline, asOf, items };
}
