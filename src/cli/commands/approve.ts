// `policies approve ID`: record a committee's decision in the policy file, then check the result before writing it.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { loadRegister } from '../../check.js';
import { ApprovalRefused, checkApproval, describeChanges, planApproval } from '../../decisions/approve.js';
import { parsePolicy } from '../../load/policy.js';
import { closest } from '../../util/suggest.js';
import { writeFileAtomic } from '../../util/write-file.js';
import { parseCommandArgs, requireDate, UsageError, type CliIo, type Command } from '../io.js';
import { configFor } from '../command-steps.js';

const usage = `Usage: policies approve ID --body NAME --date YYYY-MM-DD --minute REF [options]

Record a decision in the policy's file: adds the approval to approvals, sets last_reviewed (adopted, for a first
approval), next_review (the date plus the policy's review cycle, within its maximum) and status: approved. Only those
lines change; comments, order and style stay. The result is checked first: if it would fail policies check for a
reason the decision can avoid (an approval before the consultation closed, a next review already past), nothing is
written and the reason is printed.

Options:
  --body <name>          the committee that took the decision (a name or alias from the config)
  --date <date>          the date of the meeting
  --minute <ref>         the minute reference, e.g. "HSC 2026/41"
  --next-review <date>   YYYY-MM or YYYY-MM-DD, instead of the date plus the review cycle
  --minor                an editorial approval: recorded in approvals; review dates and status stay
  --dry-run              print what would change, write nothing
  --as-of <date>         today (default: today)
  --config <file>        config file (default: policies.config.yaml)`;

export async function findPolicyById(io: CliIo, id: string | undefined, configFile: string | undefined, help: string) {
  if (!id) throw new UsageError(`Name the policy by its id.\n\n${help}`);
  const config = await configFor(io, configFile);
  const { register, registerFile } = await loadRegister({ cwd: io.cwd, config });
  const matches = register.byId.get(id);
  if (!matches?.length) {
    const near = closest(id, register.byId.keys());
    throw new UsageError(`No policy in the register has the id "${id}".${near ? ` Did you mean "${near}"?` : ''}`);
  }
  if (matches.length > 1)
    throw new UsageError(`The id "${id}" is used by ${matches.map((p) => p.file).join(' and ')}; make ids unique first (policies check).`);
  return { policy: matches[0]!, register, registerFile, config };
}

export const approveCommand: Command = {
  name: 'approve',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        body: { type: 'string' as const },
        date: { type: 'string' as const },
        minute: { type: 'string' as const },
        'next-review': { type: 'string' as const },
        minor: { type: 'boolean' as const },
        'dry-run': { type: 'boolean' as const },
        'as-of': { type: 'string' as const },
        config: { type: 'string' as const },
      },
      usage,
    );
    const missing = (['body', 'date', 'minute'] as const).filter((k) => !values[k]);
    if (missing.length)
      throw new UsageError(
        `Give ${missing.map((k) => `--${k}`).join(', ')}: the decision is recorded with who took it, when, and its minute.\n\n${usage}`,
      );
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    const date = requireDate(values.date, '--date')!;
    const { policy, register, registerFile, config } = await findPolicyById(io, positionals[0], values.config, usage);
    // The file as it is on disk now (the register may hold only the frontmatter).
    const absolute = path.resolve(io.cwd, policy.file);
    const onDisk = parsePolicy(policy.file, await readFile(absolute, 'utf8'));
    let plan;
    try {
      plan = planApproval(
        onDisk,
        {
          body: values.body!,
          date,
          minute: values.minute!,
          ...(values['next-review'] !== undefined ? { nextReview: values['next-review'] } : {}),
          ...(values.minor ? { minor: true } : {}),
        },
        config,
        today,
      );
    } catch (error) {
      if (error instanceof ApprovalRefused) throw new UsageError(`Nothing written. ${error.message}`);
      throw error;
    }
    const { avoidable, errors } = checkApproval(
      register.policies,
      onDisk,
      parsePolicy(policy.file, plan.text),
      config,
      today,
      registerFile,
    );
    if (avoidable.length) {
      throw new UsageError(
        `Nothing written: with this decision recorded, policies check would report\n${avoidable.map((m) => `  ${policy.file}:${m.line}: ${m.message} (${m.ruleId})`).join('\n')}\nCorrect the record (or the decision's details) first.`,
      );
    }
    const summary = describeChanges(policy.file, plan.changes);
    if (values['dry-run']) {
      io.stdout(`${summary}\n(dry run: nothing written)\n`);
      return 0;
    }
    await writeFileAtomic(absolute, plan.text);
    const remaining = errors.length
      ? `\nStill to resolve (not about this decision):\n${errors.map((m) => `  ${policy.file}:${m.line}: ${m.message} (${m.ruleId})`).join('\n')}\n`
      : '';
    io.stdout(`${summary}\nWrote ${policy.file}.\n${remaining}`);
    return 0;
  },
};
