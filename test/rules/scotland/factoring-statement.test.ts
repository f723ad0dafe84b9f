// scotland/factoring-statement: the Property Factors (Scotland) Act 2011 written statement of services.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const config = 'jurisdiction: scotland\n';
const only = ['scotland/factoring-statement'];

describe('scotland/factoring-statement', () => {
  it('is silent when the written statement is recorded', () => {
    expect(
      runOn(
        { 'policies/f.md': policyText({ title: 'Factoring Policy', kind: 'factoring', written_statement: '{ issued: 2026-10-05 }' }) },
        { today: '2026-12-04', only, config },
      ),
    ).toEqual([]);
  });
  it('reports a factoring policy (by kind, or by title) with no written statement, citing the 2011 Act', () => {
    for (const overrides of [{ kind: 'factoring' }, { title: 'Factoring Policy for Owners' }]) {
      const messages = runOn({ 'policies/f.md': policyText(overrides) }, { today: '2026-12-04', only, config });
      expect(summary(messages)).toEqual(['policies/f.md:3 scotland/factoring-statement']);
      expect(messages[0]!.basis).toMatchObject({
        grade: 'statute',
        citation: expect.stringContaining('Property Factors (Scotland) Act 2011'),
      });
    }
  });
  it('does not run on other policies', () => {
    expect(runOn({ 'policies/a.md': policyText() }, { today: '2026-12-04', only, config })).toEqual([]);
  });
});
