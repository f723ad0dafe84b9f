// One output contract for every command: a registry of named formatters. The command's `--format` choices, its
// default and its help line all come from the registry, so adding a format is one line in the registry.

export interface Formatter<Data, Context> {
  /** A few words for --help: who or what the format is for. */
  description: string;
  /** A pure function of the data and the context. May load its library lazily, hence the promise. */
  format(data: Data, context: Context): string | Promise<string>;
}

export interface FormatterRegistry<Data, Context> {
  /** The format used when --format is not given. */
  readonly default: string;
  readonly formats: Readonly<Record<string, Formatter<Data, Context>>>;
}

export function defineFormatters<Data, Context>(
  defaultName: string,
  formats: Record<string, Formatter<Data, Context>>,
): FormatterRegistry<Data, Context> {
  if (!Object.hasOwn(formats, defaultName)) throw new Error(`The default format ${defaultName} is not registered.`);
  return { default: defaultName, formats };
}

export function formatNames(registry: FormatterRegistry<unknown, never>): string[] {
  return Object.keys(registry.formats);
}

/** The `--format` line of a command's help, e.g. `  --format <name>      md (default), html, ics, csv`. */
export function formatOptionHelp(registry: FormatterRegistry<unknown, never>, width = 21): string {
  const choices = formatNames(registry).map((name) => {
    const { description } = registry.formats[name]!;
    return `${name}${name === registry.default ? ' (default)' : ''}: ${description}`;
  });
  const indent = ' '.repeat(2 + width);
  return `  ${'--format <name>'.padEnd(width)}${choices.join(`\n${indent}`)}`;
}

/** Run the named formatter (the name already checked against the registry). */
export async function render<Data, Context>(
  registry: FormatterRegistry<Data, Context>,
  name: string,
  data: Data,
  context: Context,
): Promise<string> {
  const formatter = Object.hasOwn(registry.formats, name) ? registry.formats[name] : undefined;
  if (!formatter) throw new Error(`No formatter is registered as ${name}.`);
  return formatter.format(data, context);
}
