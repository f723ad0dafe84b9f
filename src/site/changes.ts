// What changed in a policy since its previous approved version, from git, told in public terms only: which public
// details changed (never their internal fields) and which sections were added, changed or removed.
import path from 'node:path';
import type { SimpleGit } from 'simple-git';
import { diffPolicies } from '../diff/policy-diff.js';
import { fileAt } from '../git/git.js';
import { versionsOf } from '../git/history.js';
import { loadMarkdown, parsePolicy, type Policy } from '../load/policy.js';
import type { ChangeSummary } from './model.js';

/** Public fields, in words. Anything else (owner, approvals and their minutes, waivers, EIA, consultation) is not named. */
const PUBLIC_FIELDS: Record<string, string> = {
  title: 'the title',
  category: 'the category',
  approving_body: 'the approving body',
  adopted: 'the date adopted',
  last_reviewed: 'the date of the last review',
  next_review: 'the next review date',
  review_cycle_months: 'the review cycle',
  legislation: 'the legislation it relies on',
  linked_policies: 'the related policies',
  supersedes: 'the policies it replaces',
  charter_outcomes: 'the Charter outcomes it serves',
  regulatory_standards: 'the regulatory standards it evidences',
};

function latestApproval(policy: Policy): string | undefined {
  return [...(policy.data.approvals ?? [])]
    .map((a) => a.date)
    .sort()
    .at(-1);
}

/**
 * The previous approved version is the oldest commit whose text records the approval before the current one (the
 * same reading as `policies diff --since-approval`). Undefined when the history cannot tell.
 */
export async function changesSincePrevious(git: SimpleGit, root: string, cwd: string, policy: Policy): Promise<ChangeSummary | undefined> {
  const approvals = [...(policy.data.approvals ?? [])].map((a) => a.date).sort();
  const current = approvals.at(-1);
  if (!current) return undefined;
  const previous = [...new Set(approvals)].filter((d) => d < current).at(-1);
  if (!previous) return { fields: [], added: [], changed: [], removed: [] };
  const repoPath = path.relative(root, path.resolve(cwd, policy.file)).split(path.sep).join('/');
  const versions = await versionsOf(git, repoPath);
  let before: Policy | undefined;
  for (const v of [...versions].reverse()) {
    const text = await fileAt(git, v.commit, v.path);
    const candidate = text === undefined ? undefined : parsePolicy(policy.file, text);
    if (candidate && !candidate.loadProblem && latestApproval(candidate) === previous) {
      before = candidate;
      break;
    }
  }
  if (!before) return undefined;
  await loadMarkdown();
  const diff = diffPolicies(before, policy, previous);
  const section = (kind: 'added' | 'changed' | 'removed') => diff.sections.filter((s) => s.change === kind).map((s) => s.heading);
  return {
    previous,
    fields: diff.fields.map((f) => PUBLIC_FIELDS[f.field]).filter((f): f is string => f !== undefined),
    added: section('added'),
    changed: section('changed'),
    removed: section('removed'),
  };
}
