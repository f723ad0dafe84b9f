// `policies check`: validate the register and report findings in a chosen format.
import { check } from '../../check.js';
import { CHECK_FORMATTERS } from '../../format/index.js';
import { checkFormatContext } from '../../format/context.js';
import { formatOptionHelp, render } from '../../format/registry.js';
import { SHARED_OPTIONS, parseCommandArgs, requireDate, requireFormat, UsageError, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';
import type { CheckResult } from '../../types.js';

const usage = `Usage: policies check [paths...] [options]

Check policies (default: the folders in policies.config.yaml, or policies/).

Options:
${formatOptionHelp(CHECK_FORMATTERS)}
  --as-of <date>       judge dates as of YYYY-MM-DD (default: today)
  --quiet              report errors only
  --max-warnings <n>   exit 1 when there are more than n warnings
  --changed            only the policies this branch changes against its merge base with --base, and the
                       register-level findings the change causes (needs git)
  --base <ref>         the branch to compare with (default: the pull request's base in GitHub Actions,
                       else the upstream unless it is this branch's own remote copy, else origin/HEAD,
                       else origin/main, else main)
  --concurrency <n>    threads to check on: a number, or auto (the default: one per 10,000
                       policies, at least one, at most one per core)
  --config <file>      config file (default: policies.config.yaml)
  --out <file>         write the report to a file instead of stdout`;

/** Keep errors only (for --quiet), recounting. */
export function errorsOnly(result: CheckResult): CheckResult {
  const results = result.results.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error'), warningCount: 0 }));
  return { ...result, results, warningCount: 0 };
}

export const checkCommand: Command = {
  name: 'check',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...SHARED_OPTIONS,
        quiet: { type: 'boolean' as const },
        'max-warnings': { type: 'string' as const },
        changed: { type: 'boolean' as const },
        base: { type: 'string' as const },
        concurrency: { type: 'string' as const },
      },
      usage,
    );
    const concurrency = values.concurrency === undefined || values.concurrency === 'auto' ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 256)) {
      throw new UsageError(`--concurrency must be a whole number from 1 to 256, or auto, not "${values.concurrency}".`);
    }
    const format = requireFormat(values.format, CHECK_FORMATTERS);
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
      if (!/^\d+$/.test(values['max-warnings']))
        throw new UsageError(`--max-warnings must be a whole number, not "${values['max-warnings']}".`);
      maxWarnings = Number(values['max-warnings']);
    }
    const config = await configFor(io, values.config);
    if (values.base !== undefined && !values.changed) throw new UsageError('--base goes with --changed.');
    let result = values.changed
      ? await (await import('../../changed.js')).checkChanged({
          cwd: io.cwd,
          config,
          paths: positionals,
          today,
          env: io.env,
          ...(values.base !== undefined ? { base: values.base } : {}),
        })
      : await check({ cwd: io.cwd, config, paths: positionals, today, ...(concurrency ? { concurrency } : {}) });
    if (values.quiet) result = errorsOnly(result);
    const output = await render(
      CHECK_FORMATTERS,
      format,
      result,
      checkFormatContext({ color: io.isTTY && !values.out && format === 'stylish' }),
    );
    await emit(io, output, values.out, config);
    if (result.errorCount > 0) return 1;
    if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
      io.stderr(`Too many warnings: ${result.warningCount}, more than --max-warnings ${maxWarnings}.\n`);
      return 1;
    }
    return 0;
  },
};
