// `policies calendar`: the review programme by committee and meeting, as ics, csv, md or html.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildProgramme, financialYear, type Programme } from '../../calendar/schedule.js';
import type { PreviousCalendar } from '../../format/calendar/ics-previous.js';
import { loadRegister } from '../../check.js';
import { committeeNamed, type CommitteeConfig } from '../../config/config.js';
import { closest } from '../../util/suggest.js';
import { CALENDAR_FORMATTERS } from '../../format/calendar/index.js';
import { calendarFormatContext } from '../../format/context.js';
import { formatOptionHelp, render } from '../../format/registry.js';
import { SHARED_OPTIONS, parseCommandArgs, requireDate, requireFormat, UsageError, type CliIo, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';

const usage = `Usage: policies calendar [paths...] [options]

The policy review programme: each review due in the period (and each overdue) placed at a meeting of its
approving body, with paper deadlines and when consultation and impact assessments must start.

Options:
  --from <date>        start of the period (default: 1 April of the current financial year)
  --to <date>          end of the period (default: 31 March following --from's financial year start)
  --committee <name>   one committee only (its name or an alias)
  --meeting <date>     a meeting's list: every review placed at the meeting(s) on this date, whatever the period
${formatOptionHelp(CALENDAR_FORMATTERS)}
  --as-of <date>       today, for overdue reviews and deadlines already passed (default: today)
  --config <file>      config file (default: policies.config.yaml)
  --out <file>         write to a file (written whole or not at all)
  --previous <file>    ics only: the calendar sent last time, for the same period (default: the --out file, if it
                       exists). Changed events get a higher SEQUENCE; events that left the programme are cancelled.`;

export const calendarCommand: Command = {
  name: 'calendar',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        from: { type: 'string' as const },
        to: { type: 'string' as const },
        committee: { type: 'string' as const },
        meeting: { type: 'string' as const },
        previous: { type: 'string' as const },
        ...SHARED_OPTIONS,
      },
      usage,
    );
    const format = requireFormat(values.format, CALENDAR_FORMATTERS);
    if (values.previous !== undefined && format !== 'ics')
      throw new UsageError('--previous is for --format ics: it reads the calendar sent last time.');
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    const year = financialYear(today);
    const from = requireDate(values.from, '--from') ?? year.from;
    const to = requireDate(values.to, '--to') ?? financialYear(from).to;
    if (to < from) throw new UsageError(`--to ${to} is before --from ${from}.`);
    const config = await configFor(io, values.config);
    if (config.committees.length === 0)
      throw new UsageError(
        `No committees are configured${config.file ? ` in ${config.file}` : ' (there is no policies.config.yaml)'}. Add committees with their meeting dates; see docs/configuration.md.`,
      );
    let committee: CommitteeConfig | undefined;
    if (values.committee !== undefined) {
      committee = committeeNamed(config, values.committee);
      if (!committee) {
        const names = config.committees.flatMap((c) => [c.name, ...c.aliases]);
        const near = closest(values.committee, names);
        throw new UsageError(
          `No committee is called "${values.committee}".${near ? ` Did you mean "${near}"?` : ''} Committees: ${config.committees.map((c) => c.name).join(', ')}.`,
        );
      }
    }
    const meeting = requireDate(values.meeting, '--meeting');
    if (meeting !== undefined && !config.committees.some((c) => (!committee || c === committee) && c.meetings.includes(meeting))) {
      throw new UsageError(
        `No meeting${committee ? ` of ${committee.name}` : ''} is configured on ${meeting}. Meeting dates are in policies.config.yaml under committees.`,
      );
    }
    const { register } = await loadRegister({ cwd: io.cwd, config, paths: positionals });
    const programme = buildProgramme(register.policies, config, {
      today,
      from,
      to,
      ...(committee ? { committee } : {}),
      ...(meeting !== undefined ? { meeting } : {}),
    });
    const previous = format === 'ics' ? await previousCalendar(io, programme, values.previous, values.out) : undefined;
    const output = await render(CALENDAR_FORMATTERS, format, programme, calendarFormatContext(config, previous));
    await emit(io, output, values.out, config);
    return 0;
  },
};

/** The calendar sent last time (--previous, else the --out file if it exists), for SEQUENCE and cancellations. */
async function previousCalendar(
  io: CliIo,
  programme: Programme,
  previousFile: string | undefined,
  out: string | undefined,
): Promise<PreviousCalendar | undefined> {
  const { calendarView } = await import('../../format/calendar/ics.js');
  const { readPreviousCalendar, PreviousCalendarError } = await import('../../format/calendar/ics-previous.js');
  const file = previousFile ?? (out !== undefined && existsSync(path.resolve(io.cwd, out)) ? out : undefined);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      `--previous ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Name the calendar sent last time.`,
    );
  }
  let previous: PreviousCalendar;
  try {
    previous = readPreviousCalendar(text, file);
  } catch (error) {
    if (!(error instanceof PreviousCalendarError)) throw error;
    const why =
      previousFile === undefined
        ? ` --out ${file} exists and would be replaced; name another file, or the last calendar with --previous.`
        : '';
    throw new UsageError(`${error.message}${why}`);
  }
  const view = calendarView(programme);
  if (previous.view !== undefined && previous.view !== view) {
    throw new UsageError(
      `${file} holds another view of the programme (${previous.view}), not ${view}. Events would be cancelled that are only outside this view: name the calendar last sent for the same period with --previous, or write to a new file.`,
    );
  }
  return previous;
}
