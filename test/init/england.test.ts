// policies init --jurisdiction england: an English starting config that loads, runs the England pack, and whose first
// check lists only what the register as a whole still lacks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { runCliIn } from '../helpers/cli.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(cwd: string, argv: string[]) {
  return runCliIn(cwd, argv, { today: '2026-12-04' });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-init-england-'));
  dirs.push(dir);
  return dir;
}

describe('policies init --jurisdiction england', () => {
  it('writes an English config that passes its own check: only register-level gaps, no config problem', async () => {
    const dir = tempDir();
    expect((await cli(dir, ['init', '--jurisdiction', 'england', '--organisation', 'Marsh End Homes'])).code).toBe(0);
    const config = readFileSync(join(dir, 'policies.config.yaml'), 'utf8');
    expect(config).toContain('jurisdiction: england');
    expect(config).toContain('organisation: "Marsh End Homes"');
    expect(config).toContain('landlord_type: private-registered-provider');
    const check = await cli(dir, ['check', '--format', 'json']);
    // The starting config reports what the register still lacks as warnings while it is brought in.
    expect(check.code).toBe(0);
    const messages = JSON.parse(check.stdout).results.flatMap((r: { file: string; messages: { ruleId: string }[] }) =>
      r.messages.map((m) => ({ ...m, file: r.file })),
    );
    // Every finding is about the register as a whole, on the config: the policies and records it has yet to add.
    expect(new Set(messages.map((m: { file: string }) => m.file))).toEqual(new Set(['policies.config.yaml']));
    expect(new Set(messages.map((m: { ruleId: string }) => m.ruleId))).toEqual(
      new Set([
        'core/required-policies',
        'england/expected-policies',
        'england/complaints-self-assessment',
        'england/member-responsible-for-complaints',
        'england/tenant-satisfaction-measures',
        'england/health-and-safety-lead',
      ]),
    );
    expect(new Set(messages.map((m: { severity: string }) => m.severity))).toEqual(new Set(['warning']));
  });

  it('keeps Scotland the default, and writes none when asked', async () => {
    const scotland = tempDir();
    await cli(scotland, ['init']);
    expect(readFileSync(join(scotland, 'policies.config.yaml'), 'utf8')).toMatch(/^jurisdiction: scotland/m);
    const none = tempDir();
    await cli(none, ['init', '--jurisdiction', 'none']);
    expect(readFileSync(join(none, 'policies.config.yaml'), 'utf8')).toMatch(/^jurisdiction: none/m);
    expect((await cli(none, ['check'])).code).toBe(0);
  });

  it('refuses a jurisdiction no pack provides, listing the ones there are (exit 2)', async () => {
    const { code, stderr } = await cli(tempDir(), ['init', '--jurisdiction', 'wales']);
    expect(code).toBe(2);
    expect(stderr).toContain('--jurisdiction must be one of scotland, england, none');
  });
});
