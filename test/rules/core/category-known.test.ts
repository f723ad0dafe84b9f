import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const CONFIG = `jurisdiction: scotland
categories:
  housing-management: { affects_tenants: true }
  governance: {}
`;

describe('core/category-known', () => {
  it.each([
    ['a listed category', CONFIG, 'housing-management'],
    ['any category when the config lists none', '', 'widgets'],
  ])('does not fire for %s', (_, config, category) => {
    expect(runOn({ 'policies/a.md': policyText({ category }) }, { today, config, only: ['core/category-known'] })).toEqual([]);
  });

  it.each([
    ['a misspelt category', 'housing-managment', /Did you mean housing-management\? Write category: housing-management/],
    ['a category far from any listed', 'widgets', /Use one of: housing-management, governance; or add widgets/],
  ])('reports %s at the category line', (_, category, pattern) => {
    const messages = runOn({ 'policies/a.md': policyText({ category }) }, { today, config: CONFIG, only: ['core/category-known'] });
    expect(summary(messages)).toEqual(['policies/a.md:4 core/category-known']);
    expect(messages[0]!.column).toBe(11);
    expect(messages[0]!.message).toMatch(pattern);
    expect(messages[0]!.basis).toMatchObject({ grade: 'board-rule' });
  });

  it('a misspelt category is the only finding, though it loses the s54 setting', () => {
    const messages = runOn(
      { 'policies/a.md': policyText({ category: 'housing-managment', consultation: '{ required: false }' }) },
      { today, config: CONFIG, only: ['core/category-known', 'scotland/tenant-consultation', 'core/consultation-recorded'] },
    );
    expect(messages.map((m) => m.ruleId)).toContain('core/category-known');
  });
});
