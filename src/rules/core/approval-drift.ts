// The approved text is what the board decided: changing it without a new decision on record breaks the audit trail.
import { defineRule } from '../../engine/rule.js';
import { parsePolicy } from '../../load/policy.js';
import type { Policy } from '../../load/policy.js';

interface Options {
  /** Frontmatter fields whose change is not a change to the approved policy. */
  non_substantive_fields: string[];
  /** Commit ids (7 or more hex digits) the association has declared editorial, e.g. a typo fix. */
  editorial_commits: string[];
}

/** The body with white space folded: re-wrapping or re-indenting is not a change of substance. */
function foldedBody(policy: Policy): string {
  return policy.text
    .split(/\r?\n/)
    .slice(policy.bodyStartLine - 1)
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstChangedBodyLine(before: Policy, after: Policy): number {
  const a = before.text
    .split(/\r?\n/)
    .slice(before.bodyStartLine - 1)
    .map((l) => l.trim());
  const b = after.text
    .split(/\r?\n/)
    .slice(after.bodyStartLine - 1)
    .map((l) => l.trim());
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  return after.bodyStartLine + Math.min(i, Math.max(b.length - 1, 0));
}

export default defineRule<Options>({
  id: 'approval-drift',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'An approved policy whose text or substantive fields changed against the base records a new approval or moves out of approved.',
    basis: { grade: 'good-practice', citation: 'Only the text the approving body approved is in force' },
    messages: {
      drift:
        'The approved text changed without a recorded approval: {{what}} changed since {{base}}, but approvals has no new entry and status is still approved. Record the decision of {{body}} in approvals, or set status: under-review (or draft) while the change is considered. A typo fix can be marked with the commit trailer "Policy-Change: editorial".',
    },
    needsGit: 'base',
    defaultOptions: {
      non_substantive_fields: [
        'id',
        'next_review',
        'review_cycle_months',
        'owner',
        'waivers',
        'approvals',
        'eia',
        'consultation',
        'last_reviewed',
      ],
      editorial_commits: [],
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        non_substantive_fields: { type: 'array', items: { type: 'string', minLength: 1 } },
        editorial_commits: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{7,40}$' } },
      },
    },
  },
  check({ policy, git, options, report }) {
    const base = git?.base;
    const baseText = base?.texts.get(policy.file);
    if (!base || baseText === undefined || policy.data.status !== 'approved') return;
    if (base.editorial.get(policy.file)) return;
    const commits = base.commits.get(policy.file) ?? [];
    if (commits.length > 0 && commits.every((c) => options.editorial_commits.some((e) => c.startsWith(e)))) return;
    const before = parsePolicy(policy.file, baseText);
    if (before.loadProblem || before.data.status !== 'approved') return;
    const recorded = new Set((before.data.approvals ?? []).map((a) => `${a.date}|${a.body}`));
    if ((policy.data.approvals ?? []).some((a) => !recorded.has(`${a.date}|${a.body}`))) return;

    const skip = new Set(options.non_substantive_fields);
    const fields = [...new Set([...Object.keys(before.raw), ...Object.keys(policy.raw)])].filter(
      (k) => !skip.has(k) && JSON.stringify(before.raw[k]) !== JSON.stringify(policy.raw[k]),
    );
    const bodyChanged = foldedBody(before) !== foldedBody(policy);
    if (!bodyChanged && fields.length === 0) return;
    const what = [...(bodyChanged ? ['the policy text'] : []), ...fields].join(', ');
    const data = { what, base: base.ref, body: policy.data.approving_body ?? 'the approving body' };
    if (fields.length > 0 && policy.positions.has([fields[0]!])) report({ field: [fields[0]!], at: 'key', messageId: 'drift', data });
    else report({ location: { line: firstChangedBodyLine(before, policy), column: 1 }, messageId: 'drift', data });
  },
});
