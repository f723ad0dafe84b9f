// `policies history ID` and `policies diff ID`: the audit trail and the changes since approval, from git.
import path from 'node:path';
import { loadRegister } from '../../check.js';
import type { ResolvedConfig } from '../../config/config.js';
import { GitError } from '../../git/errors.js';
import { DIFF_FORMATTERS, HISTORY_FORMATTERS } from '../../format/history/index.js';
import { formatOptionHelp, render } from '../../format/registry.js';
import { loadMarkdown, parsePolicy, type Policy } from '../../load/policy.js';
import { closest } from '../../util/suggest.js';
import { parseCommandArgs, requireFormat, UsageError, type CliIo, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';

async function findPolicy(
  io: CliIo,
  id: string | undefined,
  configFile: string | undefined,
  usage: string,
): Promise<{ policy: Policy; root: string; repoPath: string; config: ResolvedConfig }> {
  if (!id) throw new UsageError(`Name the policy by its id.\n\n${usage}`);
  const config = await configFor(io, configFile);
  const { register } = await loadRegister({ cwd: io.cwd, config });
  const matches = register.byId.get(id);
  if (!matches?.length) {
    const near = closest(id, register.byId.keys());
    throw new UsageError(`No policy in the register has the id "${id}".${near ? ` Did you mean "${near}"?` : ''}`);
  }
  const root = await (await import('../../git/git.js')).repoRoot(io.cwd);
  if (!root) throw new GitError('This folder is not inside a git repository, so there is no history to read.');
  const policy = matches[0]!;
  return { policy, root, config, repoPath: path.relative(root, path.resolve(io.cwd, policy.file)).split(path.sep).join('/') };
}

const historyUsage = `Usage: policies history ID [options]

The policy's audit trail: every version in git (date, author, commit subject; renames followed) merged with the
approvals recorded in its frontmatter.

Options:
${formatOptionHelp(HISTORY_FORMATTERS, 18)}
  --config <file>   config file (default: policies.config.yaml)
  --out <file>      write to a file`;

export const historyCommand: Command = {
  name: 'history',
  usage: historyUsage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { format: { type: 'string' as const }, config: { type: 'string' as const }, out: { type: 'string' as const } },
      historyUsage,
    );
    const format = requireFormat(values.format, HISTORY_FORMATTERS);
    const { policy, root, repoPath, config } = await findPolicy(io, positionals[0], values.config, historyUsage);
    const { assertFullHistory, gitIn } = await import('../../git/git.js');
    const { mergeHistory, versionsOf } = await import('../../git/history.js');
    await assertFullHistory(gitIn(root), 'policies history');
    const entries = mergeHistory(await versionsOf(gitIn(root), repoPath), policy.data.approvals ?? []);
    const output = await render(
      HISTORY_FORMATTERS,
      format,
      { id: policy.data.id, title: policy.data.title, file: policy.file, entries },
      {},
    );
    await emit(io, output, values.out, config);
    return 0;
  },
};

const diffUsage = `Usage: policies diff ID [--since-approval | --base REF] [options]

What changed in a policy, as Markdown for a board paper: the changed frontmatter fields as a table, and the text
changes section by section.

Options:
  --since-approval  compare with the last approved version (default): the first commit whose version of the file
                    records the policy's latest approval
  --base <ref>      compare with the version at this branch, tag or commit
${formatOptionHelp(DIFF_FORMATTERS, 18)}
  --config <file>   config file (default: policies.config.yaml)
  --out <file>      write to a file`;

export const diffCommand: Command = {
  name: 'diff',
  usage: diffUsage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        'since-approval': { type: 'boolean' as const },
        base: { type: 'string' as const },
        format: { type: 'string' as const },
        config: { type: 'string' as const },
        out: { type: 'string' as const },
      },
      diffUsage,
    );
    const format = requireFormat(values.format, DIFF_FORMATTERS);
    if (values.base !== undefined && values['since-approval']) throw new UsageError('Use --since-approval or --base, not both.');
    const { policy, root, repoPath, config } = await findPolicy(io, positionals[0], values.config, diffUsage);
    const { assertFullHistory, fileAt, gitIn, resolveCommit } = await import('../../git/git.js');
    const { versionsOf } = await import('../../git/history.js');
    const { diffPolicies } = await import('../../diff/policy-diff.js');
    await loadMarkdown();
    const git = gitIn(root);
    // Against the last approval, the approved version is found in the history; against --base, renames are.
    await assertFullHistory(git, 'policies diff');
    let before: Policy | undefined;
    let since: string;
    if (values.base !== undefined) {
      const commit = await resolveCommit(git, values.base);
      const versions = await versionsOf(git, repoPath);
      const paths = [...new Set([repoPath, ...versions.map((v) => v.path)])];
      let text: string | undefined;
      for (const p of paths) if ((text = await fileAt(git, commit, p)) !== undefined) break;
      if (text === undefined) throw new UsageError(`${policy.data.id} did not exist at ${values.base}.`);
      before = parsePolicy(policy.file, text);
      since = `the version at ${values.base} (${commit.slice(0, 7)})`;
    } else {
      const { approvedVersion } = await import('../../git/history.js');
      const found = await approvedVersion(git, repoPath, policy);
      if ('reason' in found) {
        const reason = found.reason.charAt(0).toUpperCase() + found.reason.slice(1);
        throw new UsageError(`${reason}. ${policy.data.approvals?.length ? 'Commit it, or compare with --base REF.' : 'Use --base REF.'}`);
      }
      before = found.before;
      since = found.since;
    }
    await emit(io, await render(DIFF_FORMATTERS, format, diffPolicies(before, policy, since!), {}), values.out, config);
    return 0;
  },
};
