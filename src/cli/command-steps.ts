// Steps several commands share: loading the config (exit 2 on a problem), writing output to stdout or --out.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, loadConfig, type ConfigProblem } from '../config/load.js';
import type { ResolvedConfig } from '../config/config.js';
import { existingEntry, kindOf, NotARegularFileError, writeFileAtomic } from '../util/write-file.js';
import { isWithin, realDestination, realFolder } from '../util/paths.js';
import { UsageError, type CliIo } from './io.js';
import { visibleControls } from '../format/types.js';

/** Thrown when the config cannot be used: the CLI prints the problems and exits 2. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super('invalid configuration');
  }
}

export async function configFor(io: CliIo, explicit: string | undefined): Promise<ResolvedConfig> {
  const result = await loadConfig(io.cwd, explicit);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}

export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `${visibleControls(p.file)}:${p.line}:${p.column}: ${visibleControls(p.message)}`).join('\n') + '\n';
}

const MARKDOWN = /\.(md|markdown)$/i;

/** Whether an existing file starts like a policy (a frontmatter fence). */
function looksLikePolicy(file: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(file).isFile()) return false;
    fd = openSync(file, 'r');
    const head = Buffer.alloc(8);
    const n = readSync(fd, head, 0, head.length, 0);
    return /^(\uFEFF)?(---|\+\+\+)/.test(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why --out may not name `target`, if it may not: reports are written only to a regular file or a new one, never
 * replace a policy or the config, and never land in a policy folder (where the next check would read them), however
 * the path reaches it (through a symbolic link to a folder, `..`, or a second name for the same place).
 */
function outProblem(target: string, config: ResolvedConfig | undefined): string | undefined {
  let existing;
  try {
    existing = existingEntry(target);
  } catch (error) {
    return `cannot be examined (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
  if (existing && !existing.isFile()) return `is ${kindOf(existing)}; policy-tracker writes only regular files`;
  const real = realDestination(target);
  if (real === undefined) return undefined; // no such folder: the write reports it
  const configFile = config?.file === undefined ? undefined : realFolder(path.join(config.root, path.basename(config.file)));
  if (path.basename(real) === CONFIG_FILE || real === configFile) return 'is the config file';
  if (MARKDOWN.test(real) && looksLikePolicy(real)) return 'is a policy file';
  if (config) {
    const root = realFolder(config.root);
    // A register kept at the top of the repository (`policies: [.]`) leaves every folder to the user.
    for (const folder of config.policies.map((p) => realFolder(path.resolve(config.root, p))).filter((f) => !isWithin(f, root))) {
      if (isWithin(folder, real)) return 'is inside the policy folder, where it would be read as a policy';
    }
  }
  return undefined;
}

/** Write to --out (atomically, only where asked, never over a policy or the config) or to stdout. */
export async function emit(io: CliIo, content: string, out: string | undefined, config?: ResolvedConfig): Promise<void> {
  if (!out) {
    io.stdout(content);
    return;
  }
  const target = path.resolve(io.cwd, out);
  const problem = outProblem(target, config);
  if (problem)
    throw new UsageError(
      `--out ${out} ${problem}; policy-tracker never writes over policies or the config, and writes only regular files. Write the output to another file, e.g. --out policy-report.md.`,
    );
  try {
    await writeFileAtomic(target, content);
  } catch (error) {
    if (error instanceof NotARegularFileError)
      throw new UsageError(`--out ${out} ${error.message}; nothing was written. Name a regular file, e.g. --out policy-report.md.`);
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError(`Could not write ${out} (${code}). Check that its folder exists and can be written to.`);
  }
}
