// Real temporary git repositories for tests: fixed identity and dates, cleaned up afterwards.
import { execFileSync } from 'node:child_process';
import { runCliIn } from './cli.js';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export class TempRepo {
  readonly dir: string;
  private clock = Date.UTC(2024, 0, 1, 12);

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'pt-git-'));
    if (!dir) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.name', 'Test Officer');
      this.git('config', 'user.email', 'officer@example.org');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  git(...args: string[]): string {
    const date = new Date(this.clock).toISOString();
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  }

  write(files: Record<string, string>): this {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, name)), { recursive: true });
      writeFileSync(join(this.dir, name), text);
    }
    return this;
  }

  remove(name: string): this {
    unlinkSync(join(this.dir, name));
    return this;
  }

  rename(from: string, to: string): this {
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  /** Commit everything on the given day (YYYY-MM-DD). */
  commit(message: string, day?: string): string {
    if (day) this.clock = Date.parse(`${day}T12:00:00Z`);
    else this.clock += 86_400_000;
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  async cli(argv: string[], today = '2026-11-24'): Promise<{ code: number; stdout: string; stderr: string }> {
    return runCliIn(this.dir, argv, { today });
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
