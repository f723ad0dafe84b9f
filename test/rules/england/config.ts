// England test configs: a housing association with its records in order, and ways to change one thing.
export const today = '2026-12-04';

export interface EnglandConfig {
  landlordType?: string;
  homes?: number | null;
  buildings?: string[];
  member?: string | null;
  selfAssessments?: string[];
  tsm?: string[];
  lead?: string | null;
  rules?: string;
}

export function englandConfig(c: EnglandConfig = {}): string {
  const lines = ['jurisdiction: england', 'england:', `  landlord_type: ${c.landlordType ?? 'private-registered-provider'}`];
  if (c.homes !== null) lines.push(`  homes_owned: ${c.homes ?? 4300}`);
  lines.push(`  higher_risk_buildings: [${(c.buildings ?? []).map((b) => JSON.stringify(b)).join(', ')}]`);
  if (c.member !== null)
    lines.push(`  member_responsible_for_complaints: ${c.member ?? '{ name: Priya Natarajan, appointed: 2024-09-18 }'}`);
  const sa = c.selfAssessments ?? [
    '{ approved: 2026-06-17, body: Board, published: 2026-06-30, url: "https://example.org.uk/c", submitted: 2026-09-15 }',
  ];
  lines.push('  complaints_self_assessments:', ...sa.map((s) => `    - ${s}`));
  if (sa.length === 0) lines[lines.length - 1] = '  complaints_self_assessments: []';
  const tsm = c.tsm ?? ['{ year: 2025-26, published: 2026-06-25, url: "https://example.org.uk/t", submitted: 2026-06-23 }'];
  lines.push(tsm.length ? '  tenant_satisfaction_measures:' : '  tenant_satisfaction_measures: []', ...tsm.map((s) => `    - ${s}`));
  if (c.lead !== null) lines.push(`  health_and_safety_lead: ${c.lead ?? '{ name: Daniel Okafor, designated: 2024-04-17 }'}`);
  if (c.rules) lines.push(c.rules);
  return `${lines.join('\n')}\n`;
}
