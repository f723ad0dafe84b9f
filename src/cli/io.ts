// What a command may touch: its arguments, the working directory, the clock, and two output streams.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatNames, type FormatterRegistry } from '../format/registry.js';
import { EARLIEST_YEAR, inYearRange, LATEST_YEAR } from '../util/dates.js';

export interface CliIo {
  cwd: string;
  /** Today, YYYY-MM-DD, unless --as-of says otherwise. */
  today: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (for colour). */
  isTTY: boolean;
}

/** A user mistake in the command line: printed as a sentence, exit 2, no stack trace. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed values, typed from the option declarations. */
export type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
} & { help?: boolean };

/** Options most commands share, declared once. */
export const SHARED_OPTIONS = {
  format: { type: 'string' },
  'as-of': { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
} as const;

/** node:util parseArgs, with its errors turned into plain sentences. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
  allowPositionals = true,
): { values: ParsedValues<O>; positionals: string[] } {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    }) as never;
  } catch (error) {
    const message = String((error as Error).message);
    let text = message.replace(/^TypeError \[\w+\]: /, '').split('\n')[0];
    // `--base -x`: say what happened in words, with the value, instead of node's "argument is ambiguous".
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(text ?? '');
    if (ambiguous) {
      const value = argv[argv.indexOf(ambiguous[1]!) + 1] ?? '';
      text = `${ambiguous[1]} needs a value, and ${JSON.stringify(value)} starts with "-", so it reads as another option. Nothing was run.`;
    }
    throw new UsageError(`${text}\n\n${usage}`);
  }
}

export function requireDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} must be a real date written YYYY-MM-DD, not "${value}".`);
  }
  if (!inYearRange(value))
    throw new UsageError(
      `${option} ${value} is outside the years ${EARLIEST_YEAR}-${LATEST_YEAR} policy-tracker works with. Check the year.`,
    );
  return value;
}

/** The --format value, checked against the command's formatter registry (its default when not given). */
export function requireFormat(value: string | undefined, registry: FormatterRegistry<unknown, never>): string {
  return requireChoice(value, '--format', formatNames(registry), registry.default);
}

export function requireChoice<T extends string>(value: string | undefined, option: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`${option} must be one of ${choices.join(', ')}, not "${value}".`);
  return value as T;
}
