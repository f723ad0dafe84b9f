// The English example register, Hartleigh Vale Housing Association: clean as of 2026-12-04 (a few warnings), and the
// issue's breaches, each made on a copy, give one finding naming the duty and its grade.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/england');
const today = '2026-12-04';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Finding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  message: string;
  basis?: { grade: string; citation: string };
}

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-england-'));
  dirs.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test edit did not apply to ${file}`);
  writeFileSync(path, next);
}

async function check(cwd: string, asOf = today): Promise<{ code: number; findings: Finding[] }> {
  const { code, stdout } = await runCliIn(cwd, ['check', '--format', 'json', '--as-of', asOf], { today });
  const result = JSON.parse(stdout) as { results: { file: string; messages: Omit<Finding, 'file'>[] }[] };
  return { code, findings: result.results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.file }))) };
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('examples/england (Hartleigh Vale Housing Association)', () => {
  it('passes check as of 2026-12-04 with a few warnings and no errors', async () => {
    const { code, findings } = await check(EXAMPLE);
    expect(code).toBe(0);
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      'policies/data-protection.md core/review-due-soon',
      'policies/rent-arrears.md core/review-due-soon',
      'policies/residents-engagement-beacon-court.md core/review-due-soon',
    ]);
  });

  it('a register without its ASB policy gets one finding naming the duty and its grade', async () => {
    const dir = copy();
    unlinkSync(join(dir, 'policies/anti-social-behaviour.md'));
    edit(dir, 'policies/domestic-abuse.md', 'linked_policies: ["HM-03", "HM-01"]', 'linked_policies: ["HM-01"]');
    edit(dir, 'policies/tenancy.md', 'linked_policies: ["HM-02", "HM-03", "HM-06"]', 'linked_policies: ["HM-02", "HM-06"]');
    const { code, findings } = await check(dir);
    expect(code).toBe(1);
    expect(errors(findings)).toHaveLength(1);
    expect(errors(findings)[0]).toMatchObject({
      file: 'policies.config.yaml',
      ruleId: 'core/required-policies',
      basis: { grade: 'regulatory-requirement' },
    });
    expect(errors(findings)[0]!.message).toContain('anti-social behaviour');
    expect(errors(findings)[0]!.basis?.citation).toContain('Neighbourhood and Community Standard 2.2.1');
  });

  it('a register whose last complaints self-assessment is over twelve months old gets one finding', async () => {
    const dir = copy();
    edit(dir, 'policies.config.yaml', / {4}- \{ approved: 2026-06-17.*\n/, '');
    const { findings } = await check(dir);
    expect(errors(findings).map((f) => f.ruleId)).toEqual(['england/complaints-self-assessment']);
    expect(errors(findings)[0]!.basis).toMatchObject({ grade: 'regulatory-requirement' });
  });

  it("a listed higher-risk building without a residents' engagement strategy gets one finding naming it", async () => {
    const dir = copy();
    unlinkSync(join(dir, 'policies/residents-engagement-linden-tower.md'));
    edit(dir, 'policies/tenant-engagement.md', 'linked_policies: ["CS-01", "BS-01", "BS-02"]', 'linked_policies: ["CS-01", "BS-01"]');
    edit(dir, 'policies/fire-safety.md', 'linked_policies: ["HS-01", "BS-01", "BS-02"]', 'linked_policies: ["HS-01", "BS-01"]');
    const { findings } = await check(dir);
    expect(errors(findings)).toHaveLength(1);
    expect(errors(findings)[0]).toMatchObject({ ruleId: 'core/required-policies', basis: { grade: 'statute' } });
    expect(errors(findings)[0]!.message).toContain('Linden Tower');
    expect(errors(findings)[0]!.basis?.citation).toContain('Building Safety Act 2022 s91');
  });

  it('a complaints policy promising stage 2 in 25 working days is a finding citing the Code', async () => {
    const dir = copy();
    edit(
      dir,
      'policies/complaints.md',
      'stage2-response: { value: 20, unit: working-days }',
      'stage2-response: { value: 25, unit: working-days }',
    );
    const { findings } = await check(dir);
    expect(errors(findings)).toHaveLength(1);
    expect(errors(findings)[0]).toMatchObject({ file: 'policies/complaints.md', ruleId: 'core/timescales' });
    expect(errors(findings)[0]!.basis?.citation).toContain('Complaint Handling Code 2024');
  });

  it('a damp and mould policy promising investigation in 14 working days is a finding citing the regulations', async () => {
    const dir = copy();
    edit(
      dir,
      'policies/damp-mould-hazards.md',
      'significant-hazard-investigation: { value: 10, unit: working-days }',
      'significant-hazard-investigation: { value: 14, unit: working-days }',
    );
    const { findings } = await check(dir);
    expect(errors(findings)).toHaveLength(1);
    expect(errors(findings)[0]).toMatchObject({
      file: 'policies/damp-mould-hazards.md',
      ruleId: 'core/timescales',
      basis: { grade: 'statute' },
    });
    expect(errors(findings)[0]!.basis?.citation).toContain(
      'Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025',
    );
  });

  it('the staff competence duty does not apply before its commencement (judged by --as-of)', async () => {
    const dir = copy();
    unlinkSync(join(dir, 'policies/staff-competence.md'));
    edit(dir, 'policies/code-of-conduct.md', 'linked_policies: ["PPL-01", "GOV-03"]', 'linked_policies: ["GOV-03"]');
    const before = await check(dir, '2026-09-30');
    expect(before.findings.filter((f) => f.ruleId === 'core/required-policies')).toEqual([]);
    const after = await check(dir, '2026-10-01');
    const found = after.findings.filter((f) => f.ruleId === 'core/required-policies');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('staff competence');
  });
});
