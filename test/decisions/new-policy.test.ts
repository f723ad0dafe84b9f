// `policies new`: the next id in the category's series, a draft that check accepts, and refusals in words.
import { describe, expect, it } from 'vitest';
import { planApproval } from '../../src/decisions/approve.js';
import { fileNameFor, newPolicyText, NewPolicyRefused, nextId } from '../../src/decisions/new-policy.js';
import { parsePolicy } from '../../src/load/policy.js';
import { configFrom, policyText, runOn } from '../helpers/rule-tester.js';

const configYaml = `jurisdiction: scotland
categories:
  housing-management: { affects_tenants: true }
  governance: {}
  finance: {}
committees:
  - { name: Housing Services Committee, remit: [housing-management], meetings: [2027-01-21], paper_deadline_working_days: 10 }
  - { name: Board of Management, remit: [governance, finance], meetings: [2027-02-25], paper_deadline_working_days: 5 }
`;
const config = configFrom(configYaml);
const p = (id: string, category = 'housing-management', owner = 'Director of Housing') =>
  parsePolicy(`policies/${id}.md`, policyText({ id: JSON.stringify(id), category, owner }));

describe('policies new', () => {
  it.each([
    [['HM-01', 'HM-06', 'HM-03'], 'HM-07'],
    [['008', '009'], '010'],
    [['HM 1', 'HM 2', 'X-9'], 'HM 3'],
  ])('continues the series %j with %s', (ids, next) => {
    expect(
      nextId(
        ids.map((id) => p(id)),
        'housing-management',
      ),
    ).toBe(next);
  });

  it('skips an id another category already holds', () => {
    expect(nextId([p('GOV-01', 'governance'), p('GOV-02', 'finance')], 'governance')).toBe('GOV-03');
  });

  it('writes the kind the title suggests, which the rules look the policy up by', () => {
    const { text } = newPolicyText([p('HM-01')], { title: 'Lettings Policy', category: 'housing-management' }, config);
    expect(text).toMatch(/\ncategory: housing-management\nkind: allocations {3}# from the title/);
  });

  it('writes a draft that check accepts, which approve then makes a policy in force with a clean check', () => {
    const { id, text } = newPolicyText(
      [p('HM-01'), p('HM-02')],
      { title: 'Garden Assistance Scheme Policy', category: 'housing-management' },
      config,
    );
    expect(id).toBe('HM-03');
    expect(text).toMatch(
      /^---\nid: "HM-03"\ntitle: Garden Assistance Scheme Policy\ncategory: housing-management\nstatus: draft\nowner: Director of Housing\napproving_body: Housing Services Committee\n/,
    );
    expect(text).toContain('## Equality\n');
    expect(text).toContain('## Monitoring and review\n');
    const file = 'policies/lettings-to-key-workers-policy.md';
    const errors = (t: string, today: string) =>
      runOn({ [file]: t }, { today, config: configYaml })
        .filter((m) => m.file === file)
        .map((m) => `${m.severity} ${m.ruleId}`);
    expect(errors(text, '2026-11-24')).toEqual([]);
    // The work done, then the decision recorded: a policy in force that check passes.
    const done = text
      .replace(
        'required: true   # the equality',
        'required: true\n  completed: 2026-12-01\n  outcome: No negative impact identified   # the equality',
      )
      .replace(
        '  # opened: YYYY-MM-DD',
        '  opened: 2026-09-01\n  closed: 2026-11-01\n  summary: Survey of tenants\n  # opened: YYYY-MM-DD',
      );
    const approved = planApproval(
      parsePolicy(file, done),
      { body: 'Housing Services Committee', date: '2027-01-21', minute: 'HSC 2027/04' },
      config,
      '2027-01-22',
    );
    expect(errors(approved.text, '2027-01-22').filter((e) => e.startsWith('error'))).toEqual([]);
    expect(parsePolicy(file, approved.text).data).toMatchObject({ status: 'approved', adopted: '2027-01-21', next_review: '2030-01' });
  });

  it.each([
    ['an unknown category', { category: 'rents' }, /--category rents is not a category in the config/],
    ['a category with no series', { category: 'finance' }, /no series to continue: give --id/],
    ['an id in use', { id: 'HM-01' }, /The id HM-01 is already used/],
  ])('refuses %s', (_, change, message) => {
    expect(() => newPolicyText([p('HM-01')], { title: 'X Policy', category: 'housing-management', ...change }, config)).toThrow(
      NewPolicyRefused,
    );
    expect(() => newPolicyText([p('HM-01')], { title: 'X Policy', category: 'housing-management', ...change }, config)).toThrow(message);
  });

  it('names the file from the title', () => {
    expect(fileNameFor('Àite-fuirich: Tenancy Sustainment (2027)')).toBe('aite-fuirich-tenancy-sustainment-2027.md');
  });
});
