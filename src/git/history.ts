// A policy's history: its versions in git (following renames) merged with its approval trail.
import type { SimpleGit } from 'simple-git';
import { parsePolicy, type Policy } from '../load/policy.js';
import type { Approval } from '../types.js';
import { fileAt } from './git.js';

export interface Version {
  commit: string;
  date: string;
  author: string;
  subject: string;
  /** The file's path in that commit (it may have been renamed since). */
  path: string;
}

/** Every commit that changed the file, newest first, following renames (one git call). */
export async function versionsOf(git: SimpleGit, repoPath: string): Promise<Version[]> {
  let out: string;
  try {
    // --literal-pathspecs: a file named `policies/[ab].md` is that file, not a pattern that also matches a.md and b.md.
    out = await git.raw([
      '--literal-pathspecs',
      '-c',
      'core.quotepath=off',
      'log',
      '--follow',
      '--name-only',
      '-z',
      '--format=%x01%H%x00%cs%x00%an%x00%s%x00',
      'HEAD',
      '--',
      repoPath,
    ]);
  } catch {
    return [];
  }
  const versions: Version[] = [];
  for (const record of out.split('\u0001').filter(Boolean)) {
    const [commit, date, author, subject, ...rest] = record.split('\0');
    const path = rest.map((r) => r.replace(/^\n+/, '')).find(Boolean) ?? repoPath;
    if (commit && date) versions.push({ commit, date, author: author ?? '', subject: subject ?? '', path });
  }
  return versions;
}

export interface HistoryEntry {
  date: string;
  kind: 'version' | 'approval';
  /** For a version: the commit, author and subject; for an approval: the body and minute. */
  commit?: string;
  author?: string;
  subject?: string;
  path?: string;
  body?: string;
  minute?: string;
}

/** Versions and approvals in one timeline, oldest first; on the same day an approval comes after the versions. */
export function mergeHistory(versions: readonly Version[], approvals: readonly Approval[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...versions.map(
      (v): HistoryEntry => ({ date: v.date, kind: 'version', commit: v.commit, author: v.author, subject: v.subject, path: v.path }),
    ),
    ...approvals.map((a): HistoryEntry => ({ date: a.date, kind: 'approval', body: a.body, ...(a.minute ? { minute: a.minute } : {}) })),
  ];
  const order = new Map(versions.map((v, i) => [v.commit, versions.length - i]));
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.kind === b.kind ? (order.get(a.commit ?? '') ?? 0) - (order.get(b.commit ?? '') ?? 0) : a.kind === 'version' ? -1 : 1),
  );
}

/**
 * The last approved version of a policy: the first commit whose version of the file records its latest approval.
 * Undefined, with the reason in words, when it records no approval or no commit holds that approval.
 */
export async function approvedVersion(
  git: SimpleGit,
  repoPath: string,
  policy: Policy,
): Promise<{ before: Policy; since: string } | { reason: string }> {
  const latest = [...(policy.data.approvals ?? [])].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (!latest) return { reason: `${policy.data.id} records no approvals, so there is no approved version to compare with` };
  const versions = await versionsOf(git, repoPath);
  for (const v of [...versions].reverse()) {
    const text = await fileAt(git, v.commit, v.path);
    const candidate = text === undefined ? undefined : parsePolicy(policy.file, text);
    if (candidate?.data.approvals?.some((a) => a.date === latest.date && a.body === latest.body)) {
      return {
        before: candidate,
        since: `the version approved by ${latest.body} on ${latest.date}, as committed in ${v.commit.slice(0, 7)} (${v.date})`,
      };
    }
  }
  return { reason: `no committed version of ${policy.data.id} records its approval of ${latest.date}` };
}
