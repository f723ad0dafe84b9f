// git, used safely: refs are validated and resolved before use, options never come from input, paths follow `--`.
import { simpleGit, type SimpleGit } from 'simple-git';

import { GitError } from './errors.js';

export { GitError };

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function gitIn(cwd: string): SimpleGit {
  // Output is parsed from -z lists and fixed formats, so the user's locale and pager settings do not matter;
  // simple-git's own guards (no --upload-pack, no unsafe -c, no pager variables) stay on.
  return simpleGit({ baseDir: cwd, binary: 'git', maxConcurrentProcesses: 4, trimmed: false });
}

/** The repository's top folder, or undefined when `cwd` is not inside a git work tree. */
export async function repoRoot(cwd: string): Promise<string | undefined> {
  try {
    const out = (await gitIn(cwd).raw(['rev-parse', '--show-toplevel'])).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuse a ref that git could read as an option or that is not a plausible ref name, before git sees it.
 * Allowed: what `git check-ref-format` allows, plus HEAD~2-style suffixes and hex ids.
 */
export function assertSafeRef(ref: string, option = '--base'): void {
  const reason =
    ref === ''
      ? 'it is empty'
      : ref.startsWith('-')
        ? 'it starts with "-", so git would read it as an option'
        : /[\u0000-\u0020\u007f\\]/.test(ref)
          ? 'it contains spaces, control characters or a backslash'
          : ref.includes('..')
            ? 'it contains ".." (a range, not a single commit)'
            : /[:?*[]|@\{|\.lock$|\/$|^\/|\/\//.test(ref)
              ? 'it is not a valid ref name'
              : undefined;
  if (reason)
    throw new GitError(
      `${option} ${JSON.stringify(ref)} cannot be used: ${reason}. Give a branch, tag or commit, e.g. ${option} origin/main.`,
    );
}

/** Resolve a ref to a commit id, or throw a GitError that says what to do. Never passes the ref as an option. */
export async function resolveCommit(git: SimpleGit, ref: string, option = '--base'): Promise<string> {
  assertSafeRef(ref, option);
  let out = '';
  try {
    out = (await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    out = '';
  }
  // A failed rev-parse can come back as an empty success: only a commit id counts.
  if (!SHA.test(out)) {
    throw new GitError(
      `${option} ${ref} is not a commit in this repository. If it is a remote branch, fetch it first (git fetch origin main); in GitHub Actions use actions/checkout with fetch-depth: 0.`,
    );
  }
  return out;
}

/**
 * Refuse to read a policy's history from a shallow clone: its oldest commit would look like the first version
 * (and the approved version could be missing) without a word. CI checkouts are shallow unless asked otherwise.
 */
export async function assertFullHistory(git: SimpleGit, command: string): Promise<void> {
  const shallow = await git.raw(['rev-parse', '--is-shallow-repository']).then(
    (o) => o.trim(),
    () => 'false',
  );
  if (shallow === 'true') {
    throw new GitError(
      `This is a shallow clone, so ${command} would show only part of the history, and call the oldest commit here the first version. Fetch the whole history first: git fetch --unshallow (or fetch-depth: 0 in actions/checkout, which fetches with depth 0, meaning all of it).`,
    );
  }
}

export async function mergeBase(git: SimpleGit, a: string, b: string): Promise<string> {
  let out = '';
  try {
    out = (await git.raw(['merge-base', '--end-of-options', a, b])).trim();
  } catch {
    out = '';
  }
  if (!SHA.test(out)) {
    throw new GitError(
      'The branch and the base have no common commit in the history available. In a shallow clone, fetch more history (git fetch --deepen=200, or fetch-depth: 0 in actions/checkout).',
    );
  }
  return out;
}

/**
 * The default base: the branch GitHub Actions says a pull request targets (GITHUB_BASE_REF), else the current
 * branch's upstream, else the remote's default branch (origin/HEAD), else origin/main, else main. An upstream (or origin/HEAD) that
 * is only the remote copy of the current branch (what `git push -u` sets up) is not a base: comparing a branch with
 * itself would find no changes and pass everything, so the search goes on to the default branch.
 */
export async function defaultBase(git: SimpleGit, env: Readonly<Record<string, string | undefined>> = {}): Promise<string> {
  const resolve = async (ref: string): Promise<string | undefined> => {
    try {
      const out = (await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
      return SHA.test(out) ? out : undefined;
    } catch {
      return undefined;
    }
  };
  const target = env.GITHUB_BASE_REF?.trim();
  if (target) {
    assertSafeRef(target, 'GITHUB_BASE_REF');
    for (const ref of [`origin/${target}`, target]) if (await resolve(ref)) return ref;
    throw new GitError(
      `The pull request's base branch ${target} (GITHUB_BASE_REF) is not in this clone. Fetch it (git fetch origin ${target}), or in actions/checkout use fetch-depth: 0.`,
    );
  }
  // The remote copy of the current branch (`origin/feature` for `feature`) is never the base, unless nothing else is.
  const branch = await git.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).then(
    (o) => o.trim(),
    () => '',
  );
  const ownCopy = async (ref: string): Promise<boolean> => {
    const name = await git.raw(['rev-parse', '--abbrev-ref', '--end-of-options', ref]).then(
      (o) => o.trim(),
      () => '',
    );
    return branch !== '' && name.includes('/') && name.slice(name.indexOf('/') + 1) === branch;
  };
  for (const candidate of ['@{upstream}', 'origin/HEAD']) {
    const commit = await resolve(candidate);
    if (commit && !(await ownCopy(candidate))) return candidate === '@{upstream}' ? commit : candidate;
  }
  for (const candidate of ['origin/main', 'main']) {
    if (await resolve(candidate)) return candidate;
  }
  throw new GitError(
    'No base to compare with: this branch has no upstream other than its own remote copy, and there is no origin/HEAD, origin/main or main. Give one with --base REF (the branch the change will be merged into).',
  );
}

export interface ChangedFile {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  path: string;
  /** For a rename or copy, the path at the base. */
  from?: string;
}

/** Files that differ between `commit` and the working tree (committed and uncommitted changes), renames detected. */
export async function changedSince(git: SimpleGit, commit: string, root: string): Promise<ChangedFile[]> {
  const [out, untracked] = await Promise.all([
    git.raw(['-c', 'core.quotepath=off', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', commit, '--', '.']),
    git.raw(['ls-files', '--others', '--exclude-standard', '-z', '--', '.']),
  ]);
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length - 1; ) {
    const status = parts[i++]!.charAt(0) as ChangedFile['status'];
    if (status === 'R' || status === 'C') {
      const from = parts[i++]!;
      files.push({ status, from, path: parts[i++]! });
    } else {
      files.push({ status, path: parts[i++]! });
    }
  }
  // Untracked files are changes too: a new policy not yet committed.
  for (const path of untracked.split('\0').filter(Boolean)) files.push({ status: 'A', path });
  void root;
  return files;
}

/** A file's text at a commit, or undefined when it did not exist there. `commit` is a resolved id. */
export async function fileAt(git: SimpleGit, commit: string, path: string): Promise<string | undefined> {
  if (!SHA.test(commit)) throw new Error(`fileAt needs a resolved commit id, not ${commit}`);
  try {
    return await git.show([`${commit}:${path}`]);
  } catch {
    return undefined;
  }
}
