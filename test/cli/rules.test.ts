import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { runCliIn } from '../helpers/cli.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(argv: string[], files: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'pt-rules-'));
  dirs.push(cwd);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return runCliIn(cwd, argv);
}

describe('policies rules', () => {
  it('lists every rule; without a config the Scotland pack is off', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as { id: string; severity: string; defaultSeverity: string }[];
    expect(rules.find((r) => r.id === 'core/review-overdue')).toMatchObject({ severity: 'error', defaultSeverity: 'error' });
    expect(rules.find((r) => r.id === 'scotland/tenant-consultation')).toMatchObject({ severity: 'off', defaultSeverity: 'error' });
  });

  it('shows the severities the config sets', async () => {
    const config = 'jurisdiction: scotland\nrules:\n  core/approval-minute: error\n  scotland/charter-outcomes: off\n';
    const { stdout } = await run(['rules'], { 'policies.config.yaml': config });
    expect(stdout).toMatch(/core\/approval-minute\s+warning\s+error\s/);
    expect(stdout).toMatch(/scotland\/charter-outcomes\s+error\s+off\s/);
    expect(stdout).toMatch(/scotland\/tenant-consultation\s+error\s+error\s/);
  });

  it('refuses an unknown format with exit 2', async () => {
    const { code, stderr } = await run(['rules', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format');
  });

  it("shows each rule's graded basis, and the basis a pack lends a core rule (none without one)", async () => {
    const bare = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as {
      id: string;
      basis?: { grade: string; citation: string };
    }[];
    expect(bare.find((r) => r.id === 'core/review-overdue')?.basis).toBeUndefined();
    expect(bare.find((r) => r.id === 'core/review-cycle-too-long')?.basis?.grade).toBe('board-rule');
    const scotland = JSON.parse(
      (await run(['rules', '--format', 'json'], { 'policies.config.yaml': 'jurisdiction: scotland\n' })).stdout,
    ) as typeof bare;
    expect(scotland.find((r) => r.id === 'core/review-overdue')?.basis).toMatchObject({
      grade: 'board-rule',
      citation: expect.stringContaining('Regulatory Standard 4'),
    });
    expect(scotland.find((r) => r.id === 'scotland/tenant-consultation')?.basis?.grade).toBe('statute');
    // Nothing graded good practice or the board's own rule cites itself as statutory.
    for (const r of scotland) if (r.basis && r.basis.grade !== 'statute') expect(r.basis.citation).not.toMatch(/\bstatutory\b/i);
  });

  it("lists the kinds of policy with --kinds, the config's own included", async () => {
    const { code, stdout } = await run(['rules', '--kinds', '--format', 'json'], {
      'policies.config.yaml': 'jurisdiction: scotland\nkinds:\n  board-expenses: { title: Board expenses }\n',
    });
    expect(code).toBe(0);
    const ids = (JSON.parse(stdout) as { id: string }[]).map((k) => k.id);
    expect(ids).toEqual(expect.arrayContaining(['gas-safety', 'tenant-participation-strategy', 'board-expenses']));
  });
});
