// Steps several commands share: loading the config (exit 2 on a problem), writing output to stdout or --out.
import path from 'node:path';
import { loadConfig, type ConfigProblem } from '../config/load.js';
import type { ResolvedConfig } from '../config/config.js';
import { writeFileAtomic } from '../util/write-file.js';
import { UsageError, type CliIo } from './io.js';
import { visibleControls } from '../format/types.js';
import { RULES } from '../rules/index.js';
import { PACKS } from '../rules/packs.js';
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

/** Write to --out (atomically, only where asked) or to stdout. */
export async function emit(io: CliIo, content: string, out: string | undefined): Promise<void> {
  if (!out) {
    io.stdout(content);
    return;
  }
  const target = path.resolve(io.cwd, out);
  try {
    await writeFileAtomic(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError(`Could not write ${out} (${code}). Check that its folder exists and can be written to.`);
  }
}

export function ruleInfos(): RuleInfo[] {
  const defaults = new Map<string, 'error' | 'warning'>();
  for (const pack of Object.values(PACKS)) for (const [id, s] of Object.entries(pack)) if (s !== 'off') defaults.set(id, s);
  return RULES.map((rule) => ({ id: qualifiedId(rule), description: rule.meta.description, url: docsUrl(rule), defaultSeverity: defaults.get(qualifiedId(rule)) ?? 'warning' }));
}
