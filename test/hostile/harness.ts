// Shared by the hostile suites: a temporary register, the CLI run in it, and what came out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { runCliIn, type CliRun } from '../helpers/cli.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const dirs: string[] = [];

export function cleanUp(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(prefix = 'pt-hostile2-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A repository folder with the given files (paths relative to it). */
export function repo(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'policies'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export type Run = CliRun;

export async function cli(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<Run> {
  return runCliIn(cwd, argv, { env });
}

/** A stack trace's frame line, which no output may contain. */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+/;
