// The pipeline behind `policies check`: find files -> load -> build the register -> run rules -> results.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { discover, toDisplayPath } from './load/discover.js';
import { loadPolicies } from './load/parallel.js';
import { buildRegister, type Register } from './register/register.js';
import { runRules, type StampedMessage } from './engine/run.js';
import type { ResolvedConfig } from './config/config.js';
import type { CheckResult, FileResult, Message } from './types.js';
import { qualifiedId, type Rule } from './engine/rule.js';
import { REGISTRY } from './rules/index.js';

export interface LoadRegisterOptions {
  cwd: string;
  config: ResolvedConfig;
  /** Files or folders to check, relative to cwd; defaults to the config's policy folders. */
  paths?: readonly string[];
  /** Largest policy file read, in bytes. */
  maxBytes?: number;
  /** Threads to load (and check) on; default: POLICY_TRACKER_THREADS, else one per 10,000 policies up to the cores (autoConcurrency). */
  concurrency?: number;
  /** Run these policy rules on each policy as it loads (on the thread that loads it), as of `today`. */
  checkAsLoaded?: { rules: readonly Rule[]; today: string };
}

export interface LoadedRegister {
  register: Register;
  /** Problems found while looking for files (links out of the tree, unreadable folders). */
  discoveryMessages: StampedMessage[];
  /** The file register-level findings attach to. */
  registerFile: string;
  /** Findings of the policy rules run as the policies loaded (see checkAsLoaded). */
  findings: StampedMessage[];
}

/** Find and load every policy file. Bad files become policies with a load problem; this never throws for content. */
export async function loadRegister({
  cwd,
  config,
  paths,
  maxBytes,
  concurrency,
  checkAsLoaded,
}: LoadRegisterOptions): Promise<LoadedRegister> {
  const roots = paths && paths.length > 0 ? paths : config.policies.map((p) => path.relative(cwd, path.resolve(config.root, p)) || '.');
  const found = await discover(roots, { cwd, exclude: config.exclude, root: config.root });
  const registerFile = config.file ?? toDisplayPath(cwd, path.resolve(cwd, roots[0] ?? '.'));
  // Worker threads find rules again by id among the built-in ones; other rules run on this thread only.
  const rules = checkAsLoaded?.rules ?? [];
  const threads = rules.every((r) => REGISTRY.rules.includes(r)) && (!checkAsLoaded || config.source) ? concurrency : 1;
  const check = checkAsLoaded ? { rules, ruleIds: rules.map(qualifiedId), config, today: checkAsLoaded.today, registerFile } : undefined;
  const { policies, findings } = await loadPolicies(found.files, maxBytes, check, threads);

  const discoveryMessages: StampedMessage[] = found.problems.map((p) => ({
    file: p.file,
    line: 1,
    column: 1,
    ruleId: 'core/frontmatter',
    messageId: 'unreadable',
    severity: p.severity,
    message: p.message,
    fatal: p.severity === 'error',
  }));
  return { register: buildRegister(policies), discoveryMessages, registerFile, findings };
}

export interface CheckOptions extends LoadRegisterOptions {
  /** The date every judgement is made against, YYYY-MM-DD. */
  today: string;
  rules?: readonly Rule[];
}

/** Load and check a register, keeping the loaded policies for commands that report on them too. */
export async function checkRegister(
  options: CheckOptions,
): Promise<{ loaded: LoadedRegister; messages: StampedMessage[]; lastChanged?: ReadonlyMap<string, string> }> {
  const rules = options.rules ?? REGISTRY.rules;
  // Policy rules run as each policy loads, on every core; those that need git facts wait for them.
  const asLoaded = rules.filter(
    (r) => r.scope === 'policy' && !r.meta.needsGit && !r.meta.needsPublication && options.config.rules.has(qualifiedId(r)),
  );
  const loaded = await loadRegister({ ...options, checkAsLoaded: { rules: asLoaded, today: options.today } });
  const drafts = loaded.register.policies.filter((p) => p.data.status === 'draft' || p.data.status === 'consultation');
  // Git dates cost a process (and loading git support): only when a rule will use them.
  const wantsDates = rules.some((r) => r.meta.needsGit === 'lastChanged' && options.config.rules.has(qualifiedId(r)));
  const lastChanged =
    wantsDates && drafts.length > 0
      ? await (await import('./git/last-change.js')).lastChangeDates(
          options.cwd,
          drafts.map((p) => p.file),
        )
      : undefined;
  // The publication manifest, likewise, only when the rule that reads it is on.
  const published =
    options.config.rules.has('core/publication-record') && rules.some((r) => r.meta.needsPublication)
      ? await (await import('./site/publication-facts.js')).loadPublicationFacts(options.cwd, options.config, loaded.register.policies)
      : {};
  const messages = [
    ...loaded.discoveryMessages,
    ...(published.problem ? [published.problem] : []),
    ...loaded.findings,
    ...runRules({
      register: loaded.register,
      config: options.config,
      rules,
      today: options.today,
      registerFile: loaded.registerFile,
      policyRules: (rule) => !asLoaded.includes(rule),
      ...(lastChanged ? { git: { lastChanged } } : {}),
      ...(published.facts ? { publication: published.facts } : {}),
    }),
  ];
  return { loaded, messages, ...(lastChanged ? { lastChanged } : {}) };
}

/** Check a register. Returns plain data: one entry per file with messages sorted by position. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const named = await namedFiles(options);
  const { loaded, messages } = await checkRegister(named ? { ...options, paths: named.paths } : options);
  const files = loaded.register.policies.map((p) => p.file);
  if (!named) return toCheckResult(messages, files, options.today);
  return toCheckResult(
    messages.filter((m) => named.files.has(m.file)),
    files.filter((f) => named.files.has(f)),
    options.today,
  );
}

/**
 * Files named on the command line are checked as part of the register the config describes, so a link to a policy
 * that was not named is not taken for a broken one; only the named files are reported. Without a config file the
 * named paths are the register.
 */
async function namedFiles(options: CheckOptions): Promise<{ files: Set<string>; paths: string[] } | undefined> {
  const { cwd, config, paths } = options;
  if (!paths || paths.length === 0 || !config.file) return undefined;
  const found = await discover(paths, { cwd, exclude: config.exclude, root: config.root });
  const folders = config.policies
    .map((p) => path.relative(cwd, path.resolve(config.root, p)) || '.')
    .filter((p) => existsSync(path.resolve(cwd, p)));
  return { files: new Set([...found.files.map((f) => f.file), ...found.problems.map((p) => p.file)]), paths: [...folders, ...paths] };
}

/** Group stamped messages by file (every checked file appears, with or without findings), sorted. */
export function toCheckResult(messages: readonly StampedMessage[], files: readonly string[], asOf: string): CheckResult {
  const byFile = new Map<string, Message[]>();
  for (const file of files) byFile.set(file, []);
  for (const { file, ...message } of messages) {
    const list = byFile.get(file);
    if (list) list.push(message);
    else byFile.set(file, [message]);
  }
  const results: FileResult[] = [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, list]) => {
      list.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
      const errorCount = list.filter((m) => m.severity === 'error').length;
      return { file, messages: list, errorCount, warningCount: list.length - errorCount };
    });
  return {
    asOf,
    results,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    fileCount: files.length,
  };
}
