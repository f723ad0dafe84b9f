import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/competence-tenant-influence.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const code = (consultation: string) =>
  policyText({ kind: 'staff-code-of-conduct', title: 'Staff Code of Conduct', category: 'governance', consultation });
const run = (text: string, asOf = today) => reportsOf(rule, { today: asOf, config: englandConfig(), files: { 'policies/code.md': text } });
const withTenants = '{ required: true, groups: [tenants, staff], opened: 2024-11-04, closed: 2025-01-10, summary: Panel review }';
const staffOnly = '{ required: true, groups: [staff], opened: 2024-11-04, closed: 2025-01-10, summary: Staff forum }';

describe('england/competence-tenant-influence', () => {
  it('is silent when tenants influenced the code', () => {
    expect(run(code(withTenants))).toEqual([]);
  });
  it('reports a code consulted on without tenants, naming the groups', () => {
    expect(run(code(staffOnly))).toEqual([
      expect.objectContaining({ messageId: 'noTenants', data: { kind: 'staff-code-of-conduct', groups: 'staff' } }),
    ]);
  });
  it('reports a code with no consultation', () => {
    expect(run(code('{ required: false, reason: Internal }'))).toEqual([expect.objectContaining({ messageId: 'notConsulted' })]);
  });
  it('does not apply before the Standard comes into force (judged by --as-of)', () => {
    expect(run(code(staffOnly), '2026-09-30')).toEqual([]);
    expect(run(code(staffOnly), '2026-10-01')).toHaveLength(1);
  });
});
