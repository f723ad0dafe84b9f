// One rule for paths: what is read resolves inside the repository (or is refused with a message, never echoed);
// what --out writes is a regular file or a new one, never inside a policy folder, whole or not at all.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';
import { cleanUp, cli, repo, STACK_FRAME, tempDir } from './harness.js';

afterEach(cleanUp);

const SECRET = 'TOKEN-ghp_s3cr3t';

/** A folder outside the repository holding a policy-shaped file and a config-shaped file full of the secret. */
function outside(): string {
  const dir = tempDir('pt-outside-');
  mkdirSync(join(dir, 'policies'));
  writeFileSync(join(dir, 'policies', 'secret.md'), policyText({ id: `"${SECRET}"`, title: SECRET, owner: `${SECRET}\n  bad: [` }));
  writeFileSync(join(dir, 'secret.yaml'), `organisation: ${SECRET}\nunknown_${SECRET}: 1\n`);
  return dir;
}

function fifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

describe('reading stays inside the repository', () => {
  it.each([
    [
      'a policy folder in the config that is a link to a folder outside',
      (dir: string, out: string) => {
        symlinkSync(join(out, 'policies'), join(dir, 'linked'));
        writeFileSync(join(dir, 'policies.config.yaml'), 'organisation: A\npolicies: [policies, linked]\n');
      },
    ],
    [
      'a policy folder reached through a linked parent folder',
      (dir: string, out: string) => {
        symlinkSync(out, join(dir, 'vendor'));
        writeFileSync(join(dir, 'policies.config.yaml'), 'organisation: A\npolicies: [policies, vendor/policies]\n');
      },
    ],
    [
      'a policy folder that is itself a link, with no config',
      (dir: string, out: string) => {
        symlinkSync(join(out, 'policies'), join(dir, 'policies', 'sub'));
      },
    ],
  ])('%s: refused with a message on that path, nothing echoed', async (_, make) => {
    const dir = repo({ 'policies/a.md': policyText() });
    make(dir, outside());
    for (const format of ['json', 'stylish', 'github', 'sarif']) {
      const { stdout, stderr } = await cli(dir, ['check', '--format', format, '--as-of', '2026-11-24']);
      expect(stdout + stderr).not.toContain('s3cr3t');
      expect(stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('names the linked folder and says why it was not read', async () => {
    const dir = repo({ 'policies/a.md': policyText() });
    symlinkSync(join(outside(), 'policies'), join(dir, 'linked'));
    writeFileSync(join(dir, 'policies.config.yaml'), 'organisation: A\npolicies: [policies, linked]\n');
    const { code, stdout } = await cli(dir, ['check', '--format', 'json', '--as-of', '2026-11-24']);
    expect(code).toBe(1);
    const linked = (JSON.parse(stdout) as { results: { file: string; messages: { message: string }[] }[] }).results.find(
      (r) => r.file === 'linked',
    );
    expect(linked?.messages[0]?.message).toMatch(/outside the repository/);
  });

  it('refuses a file named on the command line that links outside, and one that lies outside', async () => {
    const dir = repo({ 'policies/a.md': policyText() });
    const out = outside();
    symlinkSync(join(out, 'policies', 'secret.md'), join(dir, 'policies', 'named.md'));
    for (const named of ['policies/named.md', join(out, 'policies', 'secret.md')]) {
      const { stdout, stderr } = await cli(dir, ['check', '--format', 'json', '--as-of', '2026-11-24', named]);
      expect(stdout + stderr).not.toContain('s3cr3t');
      expect(stdout).toMatch(/outside the repository/);
    }
  });

  it.each(['check', 'report', 'calendar'])('a config linked to a file outside is not read by %s', async (command) => {
    const dir = repo({ 'policies/a.md': policyText() });
    symlinkSync(join(outside(), 'secret.yaml'), join(dir, 'policies.config.yaml'));
    const { code, stderr, stdout } = await cli(dir, [command]);
    expect(code).toBe(2);
    expect(stderr + stdout).not.toContain('s3cr3t');
    expect(stderr).toMatch(/policies\.config\.yaml:1:1: .*outside its folder/);
  });

  it('a FIFO as a policy, named on the command line or as the config: a message at once, no wait', async () => {
    const dir = repo({ 'policies/a.md': policyText() });
    if (!fifo(join(dir, 'policies', 'pipe.md')) || !fifo(join(dir, 'pipe.yaml'))) return;
    const named = await cli(dir, ['check', '--format', 'json', '--as-of', '2026-11-24', 'policies/pipe.md']);
    expect(named.stdout).toMatch(/not a regular file/);
    const config = await cli(dir, ['check', '--config', 'pipe.yaml']);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/pipe\.yaml:1:1: .*not a regular file/);
  });
});

describe('--out writes only a regular file, never in a policy folder', () => {
  const report = (dir: string, out: string) => cli(dir, ['report', '--as-of', '2026-11-24', '--out', out]);

  it('refuses a symbolic link, even to an ordinary file, and leaves both alone', async () => {
    const dir = repo({ 'policies/a.md': policyText(), 'notes.txt': 'keep me' });
    symlinkSync(join(dir, 'notes.txt'), join(dir, 'report.md'));
    const { code, stderr } = await report(dir, 'report.md');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is a symbolic link/);
    expect(lstatSync(join(dir, 'report.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses a FIFO without blocking and a folder', async () => {
    const dir = repo({ 'policies/a.md': policyText() });
    mkdirSync(join(dir, 'out'));
    expect((await report(dir, 'out')).stderr).toMatch(/is a folder/);
    if (!fifo(join(dir, 'pipe'))) return;
    const { code, stderr } = await report(dir, 'pipe');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is a named pipe/);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('refuses a device node and leaves it a device', async () => {
    const dir = repo({ 'policies/a.md': policyText() });
    try {
      execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    } catch {
      return; // not permitted here (not root, or a container without mknod)
    }
    const { code, stderr } = await report(dir, 'null');
    expect(code).toBe(2);
    expect(stderr).toMatch(/is a device/);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it.each([
    [
      'through a linked folder',
      (dir: string) => {
        symlinkSync(join(dir, 'policies'), join(dir, 'docs'));
        return 'docs/report.md';
      },
    ],
    [
      'through .. and a linked folder',
      (dir: string) => {
        mkdirSync(join(dir, 'a'));
        symlinkSync(join(dir, 'policies'), join(dir, 'a', 'p'));
        return 'a/p/../p/x.json';
      },
    ],
    ['a non-Markdown file in the folder', () => 'policies/report.html'],
  ])('refuses a file inside a policy folder reached %s', async (_, make) => {
    const dir = repo({ 'policies/a.md': policyText(), 'policies.config.yaml': 'organisation: A\n' });
    const out = make(dir);
    const before = readdirSync(join(dir, 'policies')).sort();
    const { code, stderr } = await report(dir, out);
    expect(code).toBe(2);
    expect(stderr).toMatch(/inside the policy folder/);
    expect(readdirSync(join(dir, 'policies')).sort()).toEqual(before);
  });

  it('replaces an existing report keeping its mode, and leaves no temporary file', async () => {
    const dir = repo({ 'policies/a.md': policyText(), 'report.md': 'old' });
    chmodSync(join(dir, 'report.md'), 0o600);
    expect((await report(dir, 'report.md')).code).toBe(0);
    expect(statSync(join(dir, 'report.md')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Policy register report/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves nothing behind when the write is interrupted', () => {
    const dir = repo({ 'policies/a.md': policyText() });
    // The compiled module (npm test builds before it runs the suite), in a child process stopped with SIGTERM
    // while its temporary file is being written.
    const compiled = join(process.cwd(), 'dist/src/util/write-file.js');
    expect(existsSync(compiled)).toBe(true);
    const script = `
      import { readdirSync } from 'node:fs';
      import { writeFileAtomic } from ${JSON.stringify(compiled)};
      const big = 'x'.repeat(32 * 1024 * 1024);
      void writeFileAtomic(${JSON.stringify(join(dir, 'out.md'))}, big);
      setInterval(() => {
        if (readdirSync(${JSON.stringify(dir)}).some((f) => f.endsWith('.tmp'))) process.kill(process.pid, 'SIGTERM');
      }, 1);
    `;
    let signal: string | undefined;
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore', timeout: 15_000 });
    } catch (error) {
      signal = (error as { signal?: string }).signal;
    }
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
