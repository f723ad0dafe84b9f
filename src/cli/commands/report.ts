// `policies report`: the register's state as of a date (md, html, json), for the board and its assurance statement.
import { checkRegister } from '../../check.js';
import { REPORT_FORMATTERS } from '../../format/report/index.js';
import { formatOptionHelp, render } from '../../format/registry.js';
import { buildReport, reportRules } from '../../report/report.js';
import { REGISTRY } from '../../rules/index.js';
import { SHARED_OPTIONS, parseCommandArgs, requireDate, requireFormat, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';

const usage = `Usage: policies report [paths...] [options]

The register's state as of a date, as a board paper: overall status (red, amber, green) and counts, what needs a
decision, gaps graded by their basis (statute first), overdue and due reviews with owner, approving body and the
meeting each is programmed for, impact assessment and consultation gaps, drafts, coverage, and the breakdowns.

Options:
${formatOptionHelp(REPORT_FORMATTERS, 18)}
  --as-of <date>    the date of the report (default: today)
  --config <file>   config file (default: policies.config.yaml)
  --out <file>      write to a file (written whole or not at all)`;

export const reportCommand: Command = {
  name: 'report',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...SHARED_OPTIONS,
      },
      usage,
    );
    const format = requireFormat(values.format, REPORT_FORMATTERS);
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    const config = await configFor(io, values.config);
    // Every rule that reads only the frontmatter: the report grades what check finds, but never parses a body.
    const rules = reportRules(REGISTRY.rules);
    const { loaded, messages, lastChanged: known } = await checkRegister({ cwd: io.cwd, config, paths: positionals, today, rules });
    const policies = loaded.register.policies;
    const drafts = policies.filter((p) => p.data.status === 'draft' || p.data.status === 'consultation');
    const lastChanged =
      known ??
      (drafts.length
        ? await (await import('../../git/last-change.js')).lastChangeDates(
            io.cwd,
            drafts.map((p) => p.file),
          )
        : undefined);
    const report = buildReport({ policies, messages, config, today, ...(lastChanged ? { lastChanged } : {}) });
    const output = await render(REPORT_FORMATTERS, format, report, {});
    await emit(io, output, values.out, config);
    return 0;
  },
};
