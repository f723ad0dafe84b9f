// scotland/rent-increases: s25 consultation before notice, and four weeks' notice, for each yearly increase.
import { describe, expect, it } from 'vitest';
import { policyText, runOn } from '../../helpers/rule-tester.js';

const config = 'jurisdiction: scotland\n';
const only = ['scotland/rent-increases'];
const today = '2026-12-04';
const rent = (increases: string | undefined) =>
  policyText({ title: 'Rent Setting Policy', category: 'rent', kind: 'rent-setting', rent_increases: increases });
const ids = (increases: string | undefined, asOf = today) =>
  runOn({ 'policies/r.md': rent(increases) }, { today: asOf, only, config }).map((m) => m.message.split(' ').slice(0, 6).join(' '));

describe('scotland/rent-increases', () => {
  it("is silent on a yearly increase consulted on before four weeks' notice", () => {
    expect(ids('\n  - { effective: 2026-04-01, consultation: { opened: 2025-11-10, closed: 2025-12-19 }, notice: 2026-03-04 }')).toEqual(
      [],
    );
  });
  it('reports notice given 27 days before the increase, citing s25 as statute', () => {
    const messages = runOn(
      {
        'policies/r.md': rent(
          '\n  - { effective: 2026-04-01, consultation: { opened: 2025-11-10, closed: 2025-12-19 }, notice: 2026-03-05 }',
        ),
      },
      { today, only, config },
    );
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('27 days before it')]);
    expect(messages[0]!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('s25(4)') });
  });
  it('reports a consultation that closed after notice, and one not recorded', () => {
    expect(ids('\n  - { effective: 2026-04-01, consultation: { opened: 2026-02-01, closed: 2026-03-10 }, notice: 2026-02-20 }')).toEqual([
      'The consultation on the rent increase',
    ]);
    expect(ids('\n  - { effective: 2026-04-01, notice: 2026-02-20 }')).toEqual(['The rent increase of 2026-04-01 records']);
  });
  it('reports no increase recorded, and none within the year before the as-of date', () => {
    expect(ids(undefined)).toEqual(['This rent-setting policy records no rent']);
    expect(ids('\n  - { effective: 2025-04-01, consultation: { closed: 2024-12-19 }, notice: 2025-02-20 }')).toEqual([
      'The latest rent increase recorded took',
    ]);
  });
  it('judges a planned increase against the as-of date: notice is due only once four weeks remain', () => {
    const planned =
      '\n  - { effective: 2026-04-01, consultation: { closed: 2025-12-19 }, notice: 2026-02-20 }\n  - { effective: 2027-04-01, consultation: { closed: 2026-12-18 } }';
    expect(ids(planned)).toEqual([]);
    expect(ids(planned, '2027-03-05')).toEqual(['The rent increase of 2027-04-01 has']);
  });
});
