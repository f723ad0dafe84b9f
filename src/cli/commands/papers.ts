// `policies papers`: the pack for one meeting (html or md).
import path from 'node:path';
import { buildProgramme, financialYear } from '../../calendar/schedule.js';
import { checkRegister } from '../../check.js';
import { committeeNamed } from '../../config/config.js';
import type { PolicyDiff } from '../../diff/policy-diff.js';
import { loadMarkdown } from '../../load/policy.js';
import { buildPapers } from '../../papers/papers.js';
import { closest } from '../../util/suggest.js';
import { parseCommandArgs, requireChoice, requireDate, SHARED_OPTIONS, UsageError, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';

const usage = `Usage: policies papers --committee NAME --meeting DATE [options]

The pack for one meeting: a cover sheet listing each policy the programme places there and what the committee is
asked to decide; then per policy its changes since it was last approved (from git), its impact assessment and
consultation record, and what policies check finds.

Options:
  --committee <name>   the committee (a name or alias)
  --meeting <date>     the meeting's date, as configured
  --format <name>      html (default) or md
  --as-of <date>       today (default: today)
  --config <file>      config file (default: policies.config.yaml)
  --out <file>         write to a file (written whole or not at all)`;

export const papersCommand: Command = {
  name: 'papers',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { committee: { type: 'string' as const }, meeting: { type: 'string' as const }, ...SHARED_OPTIONS },
      usage,
      false,
    );
    const format = requireChoice(values.format, '--format', ['html', 'md'] as const, 'html');
    if (!values.committee || !values.meeting) throw new UsageError(`Name the meeting with --committee and --meeting.\n\n${usage}`);
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    const meeting = requireDate(values.meeting, '--meeting')!;
    const config = await configFor(io, values.config);
    const committee = committeeNamed(config, values.committee);
    if (!committee) {
      const near = closest(
        values.committee,
        config.committees.flatMap((c) => [c.name, ...c.aliases]),
      );
      throw new UsageError(
        `No committee is called "${values.committee}".${near ? ` Did you mean "${near}"?` : ''} Committees: ${config.committees.map((c) => c.name).join(', ') || 'none configured'}.`,
      );
    }
    if (!committee.meetings.includes(meeting)) {
      throw new UsageError(
        `No meeting of ${committee.name} is configured on ${meeting}. Its meetings: ${[...committee.meetings].sort().join(', ') || 'none'}.`,
      );
    }
    const { loaded, messages } = await checkRegister({ cwd: io.cwd, config, today });
    const policies = loaded.register.policies;
    const programme = buildProgramme(policies, config, { today, ...financialYear(meeting), committee, meeting });
    const slot = programme.meetings.find((m) => m.committee === committee.name && m.date === meeting)!;
    const byFile = new Map(policies.map((p) => [p.file, p]));
    const changes = new Map<string, { diff: PolicyDiff } | { unavailable: string }>();
    if (slot.reviews.length) {
      const { assertFullHistory, repoRoot, gitIn } = await import('../../git/git.js');
      const root = await repoRoot(io.cwd);
      // The approved version is found in the history: a shallow clone would hide it.
      if (root) await assertFullHistory(gitIn(root), 'policies papers');
      const { diffPolicies } = await import('../../diff/policy-diff.js');
      await loadMarkdown();
      const { approvedVersion } = await import('../../git/history.js');
      const { parsePolicy } = await import('../../load/policy.js');
      const { readFile } = await import('node:fs/promises');
      for (const r of slot.reviews) {
        if (!root) {
          changes.set(r.file, { unavailable: 'the register is not in a git repository, so there is no earlier version to compare with' });
          continue;
        }
        const absolute = path.resolve(io.cwd, r.file);
        const now = parsePolicy(r.file, await readFile(absolute, 'utf8'));
        const found = await approvedVersion(gitIn(root), path.relative(root, absolute).split(path.sep).join('/'), now);
        changes.set(r.file, 'reason' in found ? { unavailable: found.reason } : { diff: diffPolicies(found.before, now, found.since) });
      }
    }
    const papers = buildPapers({ organisation: config.organisation, asOf: today, slot, policies: byFile, messages, changes });
    const output =
      format === 'md'
        ? (await import('../../format/papers/markdown.js')).formatPapersMarkdown(papers)
        : (await import('../../format/papers/html.js')).formatPapersHtml(papers);
    await emit(io, output, values.out, config);
    return 0;
  },
};
