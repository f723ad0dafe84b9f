// `policies report`: the register's state as of a date (md, html, json), for the board and its assurance statement.
import { checkRegister } from '../../check.js';
import { formatReportMarkdown } from '../../format/report/markdown.js';
import { buildReport, reportRules } from '../../report/report.js';
import { REGISTRY } from '../../rules/index.js';
import { SHARED_OPTIONS, parseCommandArgs, requireChoice, requireDate, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';

const FORMATS = ['md', 'html', 'json'] as const;

const usage = `Usage: policies report [paths...] [options]

The register's state as of a date: counts by status and category, overdue and due reviews, missing impact
assessments and consultation records, drafts that have not moved, and Charter outcomes no current policy serves.

Options:
  --format <name>   md (default), html, json
  --as-of <date>    the date of the report (default: today)
  --config <file>   config file (default: policies.config.yaml)
  --out <file>      write to a file (written whole or not at all)`;

export const reportCommand: Command = {
  name: 'report',
  summary: "the register's state for the board (md, html, json)",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...SHARED_OPTIONS,
    }, usage);
    const format = requireChoice(values.format, '--format', FORMATS, 'md');
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    const config = await configFor(io, values.config);
    const rules = reportRules(REGISTRY.rules);
    const { loaded, messages, lastChanged: known } = await checkRegister({ cwd: io.cwd, config, paths: positionals, today, rules });
    const policies = loaded.register.policies;
    const drafts = policies.filter((p) => p.data.status === 'draft' || p.data.status === 'consultation');
    const lastChanged = known ?? (drafts.length ? await (await import('../../git/last-change.js')).lastChangeDates(io.cwd, drafts.map((p) => p.file)) : undefined);
    const report = buildReport({ policies, messages, config, today, ...(lastChanged ? { lastChanged } : {}) });
    const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? (await import('../../format/report/html.js')).formatReportHtml(report) : formatReportMarkdown(report);
    await emit(io, output, values.out, config);
    return 0;
  },
};
