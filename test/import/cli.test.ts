// `policies import` end to end, as a process in a temporary folder: documents of every kind and a register in, policy
// files that `check` reads out, a report, no overwriting, the same files on a second run, and nothing on --dry-run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COVER, encryptedPdf, render, zipBomb } from './files.js';
import type { FixtureDoc } from '../../bench/import-eval/render.js';

const CLI = join(import.meta.dirname, '../../dist/src/cli/main.js');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-import-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'import', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under the temporary folder with its content, to prove what was (not) written. */
function snapshot(skipReports = false): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!(skipReports && e.name.startsWith('.import-report'))) files.set(relative(dir, p), readFileSync(p, 'utf8').slice(0, 200));
    }
  };
  walk(dir);
  return files;
}

const TENANCY: FixtureDoc = {
  blocks: [
    { kind: 'h', level: 1, text: 'Tenancy Sustainment Policy' },
    { kind: 'p', text: 'Policy reference: HM 07' },
    { kind: 'p', text: 'Date approved: 11th December 2024' },
    { kind: 'p', text: 'Approved by: Housing Services Committee' },
    { kind: 'p', text: 'Lead officer: Housing Manager' },
    { kind: 'p', text: 'Next review: December 2027' },
    { kind: 'h', level: 2, text: 'Purpose' },
    { kind: 'p', text: 'We help tenants keep their homes, working with the Rent Arrears Policy where money is the problem.' },
  ],
};

async function setUp() {
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'rent-arrears.docx'), await render(COVER, 'docx'));
  writeFileSync(join(dir, 'in', 'tenancy.pdf'), await render(TENANCY, 'pdf'));
  writeFileSync(join(dir, 'in', 'locked.pdf'), await encryptedPdf());
  writeFileSync(join(dir, 'in', 'bomb.docx'), await zipBomb(120));
  const hostileTitle: FixtureDoc = {
    blocks: [
      { kind: 'p', text: 'Policy name: ../../../etc/passwd Policy' },
      { kind: 'p', text: 'Policy number: ../../x' },
      { kind: 'p', text: 'A policy whose name tries to leave the folder, and whose reference is not an id either.' },
    ],
  };
  writeFileSync(join(dir, 'in', 'traversal.txt'), await render(hostileTitle, 'txt'));
  writeFileSync(
    join(dir, 'register.csv'),
    [
      'Policy,Ref,Date approved,Review due,Committee,Lead officer',
      'Rent Arrears Policy,HM 03,13/03/2025,Feb-28,Housing Services Committee,Director of Housing Services',
      'Allocations Policy,HM 01,04/09/2024,September 2027,Board,Housing Manager',
    ].join('\n'),
  );
}

describe.skipIf(!existsSync(CLI))('policies import', () => {
  it('imports documents and a register, refuses hostile files one by one, reports, and checks the result', async () => {
    await setUp();
    const before = snapshot();
    const r = run('in', '--register', 'register.csv', '--to', 'out', '--as-of', '2026-01-15');
    expect(r.code).toBe(1); // two files refused
    expect(r.out).toMatch(/refused +in\/bomb\.docx: .*zip bomb/);
    expect(r.out).toMatch(/refused +in\/locked\.pdf: .*encrypted/);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual([
      '.import-report.json',
      '.import-report.md',
      'allocations-policy.md',
      'etc-passwd-policy.md',
      'rent-arrears-policy.md',
      'tenancy-sustainment-policy.md',
    ]);
    // Nothing was written outside the output folder.
    const after = snapshot();
    for (const file of after.keys()) if (!before.has(file)) expect(file.startsWith('out/')).toBe(true);

    const rent = readFileSync(join(dir, 'out', 'rent-arrears-policy.md'), 'utf8');
    expect(rent).toMatch(/^id: "HM 03"$/m);
    expect(rent).toMatch(/^approving_body: Housing Services Committee$/m);
    expect(rent).toMatch(/^next_review: 2028-02$/m); // the register wins over the document's March 2028
    expect(rent).toMatch(/^approvals: \[ \{ date: 2025-03-13, body: Housing Services Committee \} \]$/m);
    expect(rent).toMatch(/^eia: \{ required: true, completed: 2025-02-20 \}$/m);
    expect(rent).toMatch(/^consultation: \{ required: true, groups: \[ registered-tenant-organisations, tenants \]/m);
    expect(rent).toMatch(/^review_cycle_months: 36$/m);
    expect(rent).toMatch(/^# category: NEEDS A PERSON/m);
    expect(rent).toMatch(/^# adopted: NEEDS A PERSON/m);
    const tenancy = readFileSync(join(dir, 'out', 'tenancy-sustainment-policy.md'), 'utf8');
    expect(tenancy).toMatch(/^linked_policies: \[ "HM 03" \]$/m);
    const traversal = readFileSync(join(dir, 'out', 'etc-passwd-policy.md'), 'utf8');
    // "../../x" is no reference: the id is left for a person, and the file name is a plain slug inside out/.
    expect(traversal).toMatch(/^# id: NEEDS A PERSON\. the policy number or reference/m);
    expect(traversal).toMatch(/^title: "?\.\.\/\.\.\/\.\.\/etc\/passwd Policy"?$/m);

    const report = JSON.parse(readFileSync(join(dir, 'out', '.import-report.json'), 'utf8'));
    const rentReport = report.policies.find((p: { id: string }) => p.id === 'HM 03');
    expect(rentReport.conflicts).toEqual([
      expect.objectContaining({ field: 'next_review', document: '2028-03', register: '2028-02', kept: 'register' }),
    ]);
    expect(rentReport.fields.find((f: { field: string }) => f.field === 'approving_body')).toMatchObject({
      confidence: 'high',
      where: 'register.csv row 2, column "Committee"',
    });
    expect(report.policies.find((p: { id: string }) => p.id === 'HM 01')).toMatchObject({ document: null, registerRow: 3 });
    expect(report.refused.map((x: { file: string }) => x.file)).toEqual(['in/bomb.docx', 'in/locked.pdf']);
    const md = readFileSync(join(dir, 'out', '.import-report.md'), 'utf8');
    expect(md).toContain('| Committee | approving_body | its heading |');
    expect(md).toMatch(/Needs a person:\n\n- \*\*category\*\*/);

    // The check ran on the result and reports what is true of the documents (a category to fill), not hidden.
    expect(r.out).toContain('Check of out:');
    expect(r.out).toMatch(/out\/rent-arrears-policy\.md\n[\s\S]*required field category/);
  }, 120_000);

  it('gives the same files on a second run and never overwrites a different file', async () => {
    await setUp();
    run('in/rent-arrears.docx', 'in/tenancy.pdf', '--to', 'out');
    const first = snapshot(true);
    const again = run('in/rent-arrears.docx', 'in/tenancy.pdf', '--to', 'out');
    expect(again.out).toMatch(/^unchanged +out\/rent-arrears-policy\.md/m);
    // The policy files are the same (the report says "unchanged" this time, so it differs).
    expect(snapshot(true)).toEqual(first);
    writeFileSync(join(dir, 'out', 'rent-arrears-policy.md'), 'edited by a person\n');
    const third = run('in/rent-arrears.docx', '--to', 'out');
    expect(third.out).toMatch(/^exists +out\/rent-arrears-policy\.md/m);
    expect(readFileSync(join(dir, 'out', 'rent-arrears-policy.md'), 'utf8')).toBe('edited by a person\n');
  }, 120_000);

  it('writes nothing on --dry-run, and prints the report instead', async () => {
    await setUp();
    const before = snapshot();
    const r = run('in/rent-arrears.docx', '--register', 'register.csv', '--to', 'out', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^would write +out\/rent-arrears-policy\.md/m);
    expect(r.out).toContain('Dry run: nothing was written.');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(snapshot()).toEqual(before);
  }, 120_000);

  it('exits 2 with a sentence for bad usage and when every file is refused', async () => {
    await setUp();
    expect(run().code).toBe(2);
    const map = run('in', '--map', 'Ref=id');
    expect(map.code).toBe(2);
    expect(map.err).toContain('--map goes with --register');
    const all = run('in/locked.pdf', '--to', 'out');
    expect(all.code).toBe(2);
    expect(all.err).toContain('Nothing was imported');
    expect(all.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(statSync(dir).isDirectory()).toBe(true);
  }, 120_000);
});
