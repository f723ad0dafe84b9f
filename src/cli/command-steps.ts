// Steps several commands share: loading the config (exit 2 on a problem), writing output to stdout or --out.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ConfigProblem } from '../config/load.js';
import type { ResolvedConfig } from '../config/config.js';
import { writeFileAtomic } from '../util/write-file.js';
import { UsageError, type CliIo } from './io.js';
import { visibleControls } from '../format/types.js';
import { REGISTRY } from '../rules/index.js';
import { docsUrl, qualifiedId } from '../engine/rule.js';
import type { RuleInfo } from '../format/types.js';

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
 * Why --out may not name `target`, if it may not: reports never replace a policy, the config, or land among the
 * policies (where the next check would read them as a broken policy).
 */
function outProblem(target: string, config: ResolvedConfig | undefined): string | undefined {
  if (path.basename(target) === 'policies.config.yaml' || (config?.file !== undefined && path.resolve(config.root, path.basename(config.file)) === target)) {
    return 'is the config file';
  }
  if (MARKDOWN.test(target) && looksLikePolicy(target)) return 'is a policy file';
  if (config && MARKDOWN.test(target)) {
    const within = (folder: string, file: string) => { const r = path.relative(folder, file); return r === '' || (!r.startsWith('..') && !path.isAbsolute(r)); };
    // A register kept at the top of the repository (`policies: [.]`) leaves every folder to the user.
    for (const folder of config.policies.map((p) => path.resolve(config.root, p)).filter((f) => !within(f, config.root))) {
      if (folder !== target && within(folder, target)) return 'is inside the policy folder, where it would be read as a policy';
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
  if (problem) throw new UsageError(`--out ${out} ${problem}; policy-tracker never writes over policies or the config. Write the output to another file, e.g. --out policy-report.md.`);
  try {
    await writeFileAtomic(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError(`Could not write ${out} (${code}). Check that its folder exists and can be written to.`);
  }
}

export function ruleInfos(): RuleInfo[] {
  return REGISTRY.rules.map((rule) => ({ id: qualifiedId(rule), description: rule.meta.description, url: docsUrl(rule), defaultSeverity: REGISTRY.defaultSeverity(qualifiedId(rule)) ?? 'warning' }));
}
