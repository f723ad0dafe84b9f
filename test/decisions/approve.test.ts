// Recording a decision: approve, then check is clean where the record is complete; the file's diff touches only the
// lines the decision must change; comments, key order and style survive; avoidable failures are refused.
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { ApprovalRefused, checkApproval, nextReviewAfter, planApproval } from '../../src/decisions/approve.js';
import { parsePolicy } from '../../src/load/policy.js';
import { configFrom, DEFAULT_BODY, runOn } from '../helpers/rule-tester.js';

const configYaml = `jurisdiction: scotland
categories:
  housing-management: { affects_tenants: true, max_cycle_months: 36 }
  governance: { max_cycle_months: 60 }
committees:
  - { name: Housing Services Committee, aliases: [HSC], meetings: [2027-11-18, 2028-01-20], paper_deadline_working_days: 10 }
  - { name: Board of Management, aliases: [Board], meetings: [2027-12-09], paper_deadline_working_days: 5 }
`;
const config = configFrom(configYaml);
const today = '2027-11-20';
const decision = { body: 'HSC', date: '2027-11-18', minute: 'HSC 2027/61' };

// This cycle's work is recorded: consultation closed and impact assessed before the meeting.
const COMPLETE = `eia:
  required: true
  completed: 2027-10-04   # the assessment of the revised text
  outcome: No negative impact identified
consultation:
  required: true
  groups: [tenants, registered-tenant-organisations]
  opened: 2027-08-02
  closed: 2027-10-08
  summary: Survey and two meetings`;

function file(head: string, tail = COMPLETE, eol = '\n'): string {
  return `---\n# Rent Arrears Policy: reviewed every three years\nid: "HM-04"\ntitle: Rent Arrears Policy\ncategory: housing-management\n${head}\n${tail}\npublication: public\n---\n${DEFAULT_BODY}`.replace(
    /\n/g,
    eol,
  );
}

const STATES: Record<string, string> = {
  'approved, in date': `status: approved\nowner: Director of Housing\napproving_body: Housing Services Committee\nadopted: 2012-06-14\nlast_reviewed: 2025-03-13\nnext_review: 2028-02   # board asked for February\napprovals:\n  - { date: 2012-06-14, body: Housing Services Committee, minute: "HSC 2012/40" }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "HSC 2025/08" }`,
  'approved, overdue': `status: approved\nowner: Director of Housing\napproving_body: Housing Services Committee\nadopted: 2012-06-14\nlast_reviewed: 2024-03-13\nnext_review: 2027-03\napprovals:\n  - date: 2012-06-14\n    body: Housing Services Committee\n    minute: "HSC 2012/40"\n  - date: 2024-03-13   # the last full review\n    body: Housing Services Committee\n    minute: "HSC 2024/08"`,
  'under review': `status: under-review\nowner: Director of Housing\napproving_body: Housing Services Committee\nadopted: 2012-06-14\nlast_reviewed: 2025-03-13\nnext_review: 2028-02\napprovals: [{ date: 2012-06-14, body: Housing Services Committee, minute: "HSC 2012/40" }, { date: 2025-03-13, body: Housing Services Committee, minute: "HSC 2025/08" }]`,
  draft: `status: draft\nowner: Director of Housing\napproving_body: Housing Services Committee\nreview_cycle_months: 24`,
  consultation: `status: consultation   # out to tenants\nowner: Director of Housing\napproving_body: Housing Services Committee`,
};

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const parts = diffLines(before, after);
  return {
    removed: parts.filter((p) => p.removed).flatMap((p) => p.value.split('\n').filter(Boolean)),
    added: parts.filter((p) => p.added).flatMap((p) => p.value.split('\n').filter(Boolean)),
  };
}

function errorsOn(text: string) {
  return runOn({ 'policies/rent-arrears.md': text }, { today, config: configYaml })
    .filter((m) => m.severity === 'error' && m.file === 'policies/rent-arrears.md')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('policies approve', () => {
  it.each(Object.keys(STATES))("a policy that is %s: check is clean afterwards, and only the decision's lines change", (state) => {
    const before = file(STATES[state]!);
    // Before the decision is recorded, this cycle's consultation and assessment postdate the last approval: check says
    // so (and that the review is overdue, where it is). Recording the decision is what makes the record whole.
    for (const m of errorsOn(before)) expect(m).toMatch(/^core\/(review-overdue|consultation-timing|eia-timing):/);
    const policy = parsePolicy('policies/rent-arrears.md', before);
    const plan = planApproval(policy, decision, config, today);
    expect(errorsOn(plan.text)).toEqual([]);
    const after = parsePolicy('policies/rent-arrears.md', plan.text);
    expect(checkApproval([policy], policy, after, config, today, 'policies.config.yaml').avoidable).toEqual([]);
    expect(after.data.status).toBe('approved');
    expect(after.data.approvals?.at(-1)).toEqual({ date: '2027-11-18', body: 'Housing Services Committee', minute: 'HSC 2027/61' });
    const first = state === 'draft' || state === 'consultation';
    expect(first ? after.data.adopted : after.data.last_reviewed).toBe('2027-11-18');
    // The cycle: 24 months for the draft that says so, else the category's 36; written as a month within the maximum.
    expect(after.data.next_review).toBe(state === 'draft' ? '2029-11' : '2030-10');

    const { removed, added } = changedLines(before, plan.text);
    const fields = (lines: string[]) => lines.map((l) => /^\s*(?:- )?([a-z_]+):/.exec(l)?.[1] ?? l.trim());
    // Every removed line is a field the decision sets; nothing else in the file moved.
    for (const f of fields(removed)) expect(['last_reviewed', 'next_review', 'status', 'adopted', 'approvals']).toContain(f);
    expect(added.length - removed.length).toBeLessThanOrEqual(state === 'approved, overdue' ? 3 : 4);
    // Comments and key order survive.
    for (const comment of before.match(/#[^\n]*/g) ?? []) expect(plan.text).toContain(comment);
    const keys = (t: string) => [...t.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
    expect(keys(plan.text).filter((k) => keys(before).includes(k!))).toEqual(keys(before));
    expect(plan.text.slice(plan.text.indexOf('\n---\n'))).toBe(before.slice(before.indexOf('\n---\n')));
  });

  it('keeps the style of the approvals it appends to', () => {
    const block = planApproval(parsePolicy('p.md', file(STATES['approved, overdue']!)), decision, config, today).text;
    expect(block).toContain(
      '  - date: 2024-03-13   # the last full review\n    body: Housing Services Committee\n    minute: "HSC 2024/08"\n  - date: 2027-11-18\n    body: Housing Services Committee\n    minute: "HSC 2027/61"\n',
    );
    const flowList = planApproval(parsePolicy('p.md', file(STATES['under review']!)), decision, config, today).text;
    expect(flowList).toContain('minute: "HSC 2025/08" }, { date: 2027-11-18, body: Housing Services Committee, minute: "HSC 2027/61" }]\n');
    const none = planApproval(parsePolicy('p.md', file(STATES.draft!)), decision, config, today).text;
    expect(none).toContain(
      'review_cycle_months: 24\napprovals:\n  - { date: 2027-11-18, body: Housing Services Committee, minute: "HSC 2027/61" }\n',
    );
  });

  it('keeps Windows line ends', () => {
    const before = file(STATES['approved, in date']!, COMPLETE, '\r\n');
    const { text } = planApproval(parsePolicy('p.md', before), decision, config, today);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('next_review: 2030-10   # board asked for February\r\n');
  });

  it('records an editorial approval without moving the review dates', () => {
    // A typo fixed between reviews: the last review's consultation and assessment still stand.
    const before = file(
      STATES['approved, in date']!,
      COMPLETE.replace('2027-10-04', '2025-02-20').replace('2027-08-02', '2024-11-04').replace('2027-10-08', '2025-01-10'),
    );
    expect(errorsOn(before)).toEqual([]);
    const { text, changes } = planApproval(parsePolicy('p.md', before), { ...decision, minor: true }, config, today);
    expect(changes.map((c) => c.field)).toEqual(['approvals']);
    expect(changedLines(before, text).removed).toEqual([]);
    expect(errorsOn(text)).toEqual([]);
  });

  it('takes --next-review as given', () => {
    const { text } = planApproval(
      parsePolicy('p.md', file(STATES['approved, in date']!)),
      { ...decision, nextReview: '2029-06-30' },
      config,
      today,
    );
    expect(text).toContain('next_review: 2029-06-30   # board asked for February\n');
  });

  it('refuses what check would fail, and writes nothing', () => {
    // Consultation still open at the meeting: the approval came before tenants had their say.
    const early = file(STATES['approved, in date']!, COMPLETE.replace('closed: 2027-10-08', 'closed: 2027-11-30'));
    const policy = parsePolicy('policies/rent-arrears.md', early);
    const after = parsePolicy('policies/rent-arrears.md', planApproval(policy, decision, config, '2027-12-01').text);
    const { avoidable } = checkApproval([policy], policy, after, config, '2027-12-01', 'policies.config.yaml');
    expect(avoidable.map((m) => m.ruleId)).toContain('core/consultation-timing');
  });

  it.each([
    ['a date after today', { date: '2027-12-01' }, /after today/],
    ['a body that is not a committee', { body: 'Finance Committee' }, /not a committee in the config/],
    ['an empty minute', { minute: ' ' }, /--minute is empty/],
    ['a date before the current approval', { date: '2025-01-01' }, /before the approval the policy already rests on/],
    ['a next review before the decision', { nextReview: '2027-10' }, /not after the decision/],
  ])('refuses %s in words', (_, change, message) => {
    const policy = parsePolicy('p.md', file(STATES['approved, in date']!));
    expect(() => planApproval(policy, { ...decision, ...change }, config, today)).toThrow(ApprovalRefused);
    expect(() => planApproval(policy, { ...decision, ...change }, config, today)).toThrow(message);
  });

  it('refuses a retired policy', () => {
    const policy = parsePolicy('p.md', file(STATES['approved, in date']!.replace('status: approved', 'status: superseded')));
    expect(() => planApproval(policy, decision, config, today)).toThrow(/superseded: a retired policy is not approved again/);
  });

  it('sets a next review within the category maximum', () => {
    const policy = parsePolicy('p.md', file(STATES['approved, in date']!));
    expect(nextReviewAfter(policy, '2027-11-18', config)).toBe('2030-10'); // 2030-11-30 would pass 2030-11-18
    expect(nextReviewAfter(policy, '2027-11-30', config)).toBe('2030-11');
  });
});
