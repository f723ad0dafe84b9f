// The CLI end to end, as a process: exit codes 0, 1 and 2, and --out written whole or not at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';

const CLI = join(import.meta.dirname, '../../dist/src/cli/main.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-cli-'));
  mkdirSync(join(dir, 'policies'));
  mkdirSync(join(dir, 'clean'));
  writeFileSync(join(dir, 'policies', 'ok.md'), policyText());
  writeFileSync(
    join(dir, 'policies', 'warn.md'),
    policyText({
      id: '"W"',
      approvals:
        '\n  - { date: 2015-06-11, body: Housing Services Committee }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "1" }',
    }),
  );
  writeFileSync(join(dir, 'clean', 'ok.md'), policyText());
  writeFileSync(join(dir, 'bad.md'), policyText({ status: 'aproved' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(CLI))('policies as a process', () => {
  it.each([
    ['a clean folder', ['check', 'clean', '--as-of', '2026-11-24'], 0, /no problems/],
    ['warnings only', ['check', 'policies', '--as-of', '2026-11-24'], 0, /1 problem \(0 errors, 1 warning\)/],
    ['warnings over --max-warnings', ['check', 'policies', '--as-of', '2026-11-24', '--max-warnings', '0'], 1, /Too many warnings/],
    ['--quiet hides warnings', ['check', 'policies', '--as-of', '2026-11-24', '--quiet'], 0, /no problems/],
    ['an error', ['check', 'bad.md', '--as-of', '2026-11-24'], 1, /bad\.md\n\s+5:9\s+error/],
    ['an overdue review as of a later date', ['check', 'clean', '--as-of', '2028-04-01'], 1, /core\/review-overdue/],
    ['no such path', ['check', 'nowhere'], 2, /No such file or folder: nowhere/],
    ['an unknown option', ['check', '--colour'], 2, /Unknown option '--colour'/],
    ['a bad --as-of', ['check', '--as-of', '24/11/2026'], 2, /--as-of/],
    ['a bad --format', ['check', '--format', 'xml'], 2, /--format/],
    ['a bad --max-warnings', ['check', '--max-warnings', 'lots'], 2, /whole number/],
    ['an unknown command', ['chekc'], 2, /Unknown command "chekc"/],
    ['no command', [], 2, /Usage: policy-tracker <command>/],
    ['--help', ['--help'], 0, /Commands:/],
    ['a missing config named with --config', ['check', '--config', 'missing.yaml'], 2, /missing\.yaml/],
  ])('%s', (_, args, code, pattern) => {
    const r = run(...args);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('--out writes the whole report and prints nothing', () => {
    const r = run('check', 'policies', '--as-of', '2026-11-24', '--format', 'sarif', '--out', 'out.sarif');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('--out into a folder that cannot be written leaves the existing file intact and exits 2', () => {
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'report.json'), 'previous report');
    chmodSync(join(dir, 'locked'), 0o555);
    const r = run('check', 'policies', '--format', 'json', '--out', 'locked/report.json');
    chmodSync(join(dir, 'locked'), 0o755);
    if (process.getuid?.() === 0) return; // root can write anywhere; the atomic rename is covered below
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'locked', 'report.json'), 'utf8')).toBe('previous report');
    expect(readdirSync(join(dir, 'locked'))).toEqual(['report.json']);
  });

  it('--out replaces a file atomically: no temporary files are left behind', () => {
    writeFileSync(join(dir, 'r.json'), 'old');
    run('check', 'policies', '--format', 'json', '--out', 'r.json');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).fileCount).toBe(2);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('--out into a missing folder is refused with exit 2', () => {
    const r = run('check', 'policies', '--out', 'no/such/folder/r.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Could not write/);
  });

  it.each([
    ['report', 'policies/ok.md'],
    ['check', 'bad.md'],
    ['check', 'policies/new-report.md'],
    ['rules', 'policies.config.yaml'],
  ])('%s --out %s is refused: no command writes over a policy, among the policies or over the config', (command, out) => {
    const before = existsSync(join(dir, out)) ? readFileSync(join(dir, out), 'utf8') : undefined;
    const r = run(command, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never writes over policies or the config/);
    expect(existsSync(join(dir, out)) ? readFileSync(join(dir, out), 'utf8') : undefined).toBe(before);
  });

  it('stops quietly when the reader closes the pipe', () => {
    const out = execFileSync('sh', ['-c', `node ${JSON.stringify(CLI)} rules | head -1`], { cwd: dir, encoding: 'utf8' });
    expect(out).toMatch(/^rule\s+default/);
  });
});

describe.skipIf(!existsSync(CLI))('naming files', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pt-named-'));
    mkdirSync(join(repo, 'policies'));
    writeFileSync(join(repo, 'policies.config.yaml'), 'organisation: Test\npolicies: [policies]\n');
    writeFileSync(join(repo, 'policies', 'a.md'), policyText({ id: '"A"', linked_policies: '["B"]' }));
    writeFileSync(join(repo, 'policies', 'b.md'), policyText({ id: '"B"', status: 'aproved' }));
    writeFileSync(join(repo, 'policies', 'c.md'), policyText({ id: '"B"' }));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const json = (...args: string[]) =>
    JSON.parse(
      spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--as-of', '2026-11-24', ...args], { cwd: repo, encoding: 'utf8' })
        .stdout,
    );

  it('checks a named file against the whole register and reports only that file', () => {
    const result = json('policies/a.md');
    expect(result.results.map((r: { file: string }) => r.file)).toEqual(['policies/a.md']);
    expect(result.errorCount).toBe(0); // B exists, though it was not named
  });

  it('still finds register-level problems of the named file, such as a duplicate id', () => {
    const result = json('policies/c.md');
    expect(result.results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('core/duplicate-id');
    expect(JSON.stringify(result)).not.toContain('policies/a.md"');
  });
});
