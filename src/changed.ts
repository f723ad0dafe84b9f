// `check --changed`: findings for the policies a branch changes, and the register-level findings the change causes,
// without parsing the whole register: only the changed files and the files that mention their ids.
import path from 'node:path';
import type { SimpleGit } from 'simple-git';
import { toCheckResult, type CheckOptions } from './check.js';
import { prepareBodies, runRules, type StampedMessage } from './engine/run.js';
import { qualifiedId, widestBodyNeed, type GitFacts } from './engine/rule.js';
import { assertSafeRef, changedSince, defaultBase, fileAt, GitError, gitIn, mergeBase, repoRoot, resolveCommit } from './git/git.js';
import { discover, discoverAmong, type DiscoveredFile } from './load/discover.js';
import { parsePolicy, policyFromRead, type Policy } from './load/policy.js';
import { readPolicyText } from './load/read.js';
import { buildRegister } from './register/register.js';
import { kindOf } from './register/kinds.js';
import type { CheckResult } from './types.js';
import { REGISTRY } from './rules/index.js';

export interface ChangedOptions extends CheckOptions {
  /** The ref to compare with; default: see defaultBase (GITHUB_BASE_REF, the upstream, origin/HEAD, origin/main, main). */
  base?: string;
  /** The environment, for GITHUB_BASE_REF when no base is given. */
  env?: Readonly<Record<string, string | undefined>>;
}

const EDITORIAL = /^Policy-Change:\s*editorial\s*$/im;

/** Every file under the repository that contains any of `terms`, as repo-relative paths (one git grep). */
async function filesMentioning(
  git: SimpleGit,
  terms: readonly string[],
  pathspecs: readonly string[],
  ignoreCase = false,
): Promise<string[]> {
  if (terms.length === 0) return [];
  const args = [
    '--literal-pathspecs',
    '-c',
    'core.quotepath=off',
    'grep',
    '--untracked',
    '-l',
    '-z',
    '-F',
    ...(ignoreCase ? ['-i'] : []),
    ...terms.flatMap((t) => ['-e', t]),
    '--',
    ...pathspecs,
  ];
  try {
    return (await git.raw(args)).split('\0').filter(Boolean);
  } catch {
    return []; // git grep exits 1 when nothing matches
  }
}

function idsOf(policy: Policy | undefined): string[] {
  if (!policy) return [];
  return [policy.data.id, ...(policy.data.linked_policies ?? []), ...(policy.data.supersedes ?? [])].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
}

/** The branch's commits that touch the file, under its current name or the name it had at the base. */
async function commitsTouching(git: SimpleGit, from: string, files: readonly string[]): Promise<{ ids: string[]; editorial: boolean }> {
  const out = await git.raw(['--literal-pathspecs', 'log', '--format=%H%x00%B%x01', `${from}..HEAD`, '--', ...new Set(files)]);
  const commits = out
    .split('\u0001')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const [id, message = ''] = c.split('\0');
      return { id: id!, message };
    });
  return { ids: commits.map((c) => c.id), editorial: commits.length > 0 && commits.every((c) => EDITORIAL.test(c.message)) };
}

function keyOf(m: StampedMessage): string {
  return `${m.file}\u0000${m.ruleId}\u0000${m.line}\u0000${m.message}`;
}

export async function checkChanged(options: ChangedOptions): Promise<CheckResult> {
  const { cwd, config, today } = options;
  // Refuse a hostile ref before running anything.
  if (options.base !== undefined) assertSafeRef(options.base);
  const root = await repoRoot(cwd);
  if (!root)
    throw new GitError(
      '--changed needs a git repository, and this folder is not inside one. Run it from a clone of the policy repository, or drop --changed to check everything.',
    );
  const git = gitIn(root);
  const roots =
    options.paths && options.paths.length > 0
      ? options.paths
      : config.policies.map((p) => path.relative(cwd, path.resolve(config.root, p)) || '.');
  const baseRef = options.base ?? (await defaultBase(git, options.env));
  assertSafeRef(baseRef);
  // Both ends and their merge base at once; a problem is reported in that order, whichever git answers first.
  const settled = await Promise.allSettled([
    resolveCommit(git, baseRef),
    resolveCommit(git, 'HEAD', 'HEAD'),
    mergeBase(git, baseRef, 'HEAD'),
  ]);
  const [, headCommit, from] = settled.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  }) as [string, string, string];
  const changedFromBase = await changedSince(git, from, root);
  const toRepo = (display: string) => path.relative(root, path.resolve(cwd, display)).split(path.sep).join('/');
  const toDisplay = (repoPath: string) => path.relative(cwd, path.join(root, repoPath)).split(path.sep).join('/');
  // Which of the files git names are in the register, as a walk of the register would find them (without one,
  // unless a symbolic link needs it): the changed files now, the files that mention them below.
  const discoverOptions = { cwd, exclude: config.exclude, root: config.root };
  let walked: Promise<DiscoveredFile[]> | undefined;
  const headFiles = new Map<string, DiscoveredFile>();
  const findInRegister = async (repoPaths: readonly string[]) => {
    const wanted = new Set(repoPaths);
    const found =
      (await discoverAmong(
        roots,
        repoPaths.map((p) => path.resolve(cwd, toDisplay(p))),
        discoverOptions,
      )) ?? (await (walked ??= discover(roots, discoverOptions).then((d) => d.files))).filter((f) => wanted.has(toRepo(f.file)));
    for (const f of found) headFiles.set(toRepo(f.file), f);
  };
  await findInRegister(changedFromBase.map((c) => c.path));
  const rootPrefixes = roots.map((r) => toRepo(r)).map((r) => (r === '' ? '' : r.endsWith('.md') ? r : `${r}/`));
  const inRegister = (repoPath: string) =>
    repoPath.endsWith('.md') &&
    !repoPath.endsWith('README.md') &&
    rootPrefixes.some((p) => p === '' || repoPath === p || repoPath.startsWith(p));

  const changes = changedFromBase.filter(
    (c) => headFiles.has(c.path) || inRegister(c.path) || (c.from !== undefined && inRegister(c.from)),
  );
  const head: Policy[] = [];
  const base: Policy[] = [];
  const texts = new Map<string, string | undefined>();
  const editorial = new Map<string, boolean>();
  const commits = new Map<string, readonly string[]>();
  const changedRepoPaths = new Set<string>();
  // Each changed file's base text, head text and commits, all changed files at once (each is a few git runs).
  const read = await Promise.all(
    changes.map(async (change) => {
      const entry = change.status === 'D' ? undefined : headFiles.get(change.path);
      const [before, now, touched] = await Promise.all([
        change.status === 'A' ? undefined : fileAt(git, from, change.from ?? change.path),
        entry && readPolicyText(entry.absolute, options.maxBytes),
        entry && commitsTouching(git, from, change.from ? [change.path, change.from] : [change.path]),
      ]);
      // Editorial commits cover what is committed: an uncommitted or untracked edit on top of them is not marked.
      const edited =
        touched?.editorial === true &&
        (await git.raw(['--literal-pathspecs', 'diff', '--name-only', '-z', '--no-ext-diff', headCommit, '--', change.path])) !== '';
      return { change, entry, before, now, touched, edited };
    }),
  );
  for (const { change, entry, before, now, touched, edited } of read) {
    changedRepoPaths.add(change.path);
    if (change.from) changedRepoPaths.add(change.from);
    if (before !== undefined) base.push(parsePolicy(toDisplay(change.from ?? change.path), before));
    if (!entry || !now || !touched) continue;
    // Changed policies keep their whole text: approval-drift compares it with the base.
    head.push(policyFromRead(entry.file, now));
    texts.set(entry.file, before);
    editorial.set(entry.file, touched.editorial && !edited);
    commits.set(entry.file, touched.ids);
  }

  // Unchanged policies the change can affect: those that mention a changed policy's id, or that it links to, and
  // those of the changed policies' kinds (as written, or as their titles suggest, at head and at base), which
  // register rules such as required policies count together. What register rules find about any other kind is the
  // same before and after the change, and cancels out below.
  const terms = [...new Set([...head, ...base].flatMap(idsOf))];
  const pathspecs = rootPrefixes.map((p) => (p === '' ? '.' : p));
  const changedKinds = new Set([...head, ...base].flatMap((p) => kindOf(p, config)?.id ?? []));
  // A title may break a hint of several words over two lines: the hint's first word is found either way.
  const requiredTerms = [...changedKinds].flatMap((kind) => [kind, ...(config.kinds.get(kind)?.hints ?? []).map((h) => h.split(' ')[0]!)]);
  const [byId, byRequired] = await Promise.all([
    filesMentioning(git, terms, pathspecs),
    filesMentioning(git, requiredTerms, pathspecs, true),
  ]);
  const mentioning = [...new Set([...byId, ...byRequired])].filter((p) => !changedRepoPaths.has(p));
  await findInRegister(mentioning);
  const entries = mentioning.map((p) => headFiles.get(p)).filter((e) => e !== undefined);
  const unchanged: Policy[] = [];
  for (let i = 0; i < entries.length; i += 64) {
    const reads = await Promise.all(
      entries.slice(i, i + 64).map(async (entry) => ({ entry, read: await readPolicyText(entry.absolute, options.maxBytes) })),
    );
    for (const { entry, read } of reads) {
      if (!read.ok) continue;
      const policy = parsePolicy(entry.file, read.text, { absolute: entry.absolute });
      // Only register rules read these: nothing of their bodies is kept.
      policy.releaseBody?.();
      unchanged.push(policy);
    }
  }

  const registerFile = config.file ?? roots[0] ?? '.';
  const rules = options.rules ?? REGISTRY.rules;
  const gitFacts: GitFacts = { base: { ref: baseRef, commit: from, texts, editorial, commits } };
  const changedFiles = new Set(head.map((p) => p.file));
  const focus = {
    files: new Set([...changedFiles, ...base.map((p) => p.file)]),
    ids: new Set([...head, ...base].map((p) => p.data.id).filter((id): id is string => typeof id === 'string')),
  };
  // Only the changed policies' rules run: their bodies are read (within the bounds) as far as those rules need.
  await prepareBodies(head, widestBodyNeed(rules.filter((r) => r.scope === 'policy' && config.rules.has(qualifiedId(r)))));
  const now = runRules({
    register: buildRegister([...head, ...unchanged]),
    config,
    rules,
    today,
    registerFile,
    git: gitFacts,
    policyFiles: changedFiles,
    focus,
  });
  const before = runRules({
    register: buildRegister([...base, ...unchanged]),
    config,
    rules: rules.filter((r) => r.scope === 'register'),
    today,
    registerFile,
    focus,
  });
  const existed = new Set(before.map(keyOf));
  const kept = now.filter((m) => changedFiles.has(m.file) || !existed.has(keyOf(m)));
  return toCheckResult(kept, [...changedFiles], today);
}
