// Turn ajv's errors into plain-English findings that name the field, what is wrong, and how to fix it: one explainer
// per ajv keyword, each typed by ajv's own error type. What a message says about a field comes from the schema (its
// title, description, examples, format, enum); only the policy id's pattern has words of its own.
import type { DefinedError, ErrorObject } from 'ajv';
import { stringify } from 'yaml';
import { EARLIEST_YEAR, inYearRange, isRealDate, LATEST_YEAR, suggestIsoDate, suggestIsoMonth } from '../util/dates.js';
import { closest } from '../util/suggest.js';
import type { JsonSchema } from './schemas.js';
import { policySchema } from './schemas.js';
import type { YamlPath } from '../load/yaml.js';
import { hasTypographicQuotes, typographicQuotesHint } from '../load/yaml-problems.js';

/** The id pattern, whose mismatches get their own words (ids appear in file names, links and calendars). */
const ID_PATTERN = (policySchema.properties as Record<string, { pattern?: string } | undefined>).id?.pattern;

export interface SchemaFinding {
  /** The path of the value the finding is about. */
  path: YamlPath;
  /** Point at the key (for unknown or missing fields) or the value. */
  at: 'key' | 'value';
  /** Short machine-readable kind, e.g. `type`, `date`, `unknown-field`. */
  kind: string;
  message: string;
  /** For a missing field: its name. */
  missing?: string;
  /** For an unknown field: the field it is probably a misspelling of. */
  suggestion?: string;
  /**
   * Past the first MAX_EXPLAINED findings of a document, findings are kept (so the fields stay out of the data rules
   * trust) but not explained or reported one by one: a file with thousands of unknown fields gets one summary line.
   */
  hidden?: true;
}

/** How many findings of one document are explained and reported; the rest are counted. */
export const MAX_EXPLAINED = 100;

/** The summary reported in place of the hidden findings. */
export function hiddenSummary(count: number, subject = 'The frontmatter'): string {
  return `${subject} has ${count} more ${count === 1 ? 'problem' : 'problems'} than the ${MAX_EXPLAINED} listed; fix those and check again to see the rest.`;
}

/** What the explainer needs to know about the document besides ajv's errors. */
export interface SourceLookup {
  /** The value at a path, as written in the YAML. */
  source(path: YamlPath): string | undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `consultation.groups[1]`: how people name a field in a message; `root` names the document itself. */
export function displayPath(path: YamlPath, root = 'the frontmatter'): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? root : out;
}

/** How the document is named in messages. */
export interface ExplainOptions {
  /** What has fields, in "x is not a field of {noun}" (default: the policy format). */
  noun?: string;
  /** The document itself, where a message is about its top level (default: the frontmatter). */
  root?: string;
}

/** The schema node that describes the value at `path`. */
export function schemaAt(root: JsonSchema, path: YamlPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      const tuple = node.prefixItems as JsonSchema[] | undefined;
      node = (tuple?.[segment] ?? node.items) as JsonSchema | undefined;
      if (typeof node !== 'object') return undefined;
    } else {
      const named: JsonSchema | undefined = (node.properties as Record<string, JsonSchema> | undefined)?.[segment];
      // A map such as the config's categories: every key is described by additionalProperties.
      node = named ?? (typeof node.additionalProperties === 'object' ? (node.additionalProperties as JsonSchema) : undefined);
    }
  }
  return node;
}

function inlineYaml(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

function exampleFor(schema: JsonSchema | undefined): unknown {
  const examples = schema?.examples as unknown[] | undefined;
  return examples?.[0];
}

function describeType(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a record of fields';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value} (true/false)`;
  return 'text';
}

/** How a value is described in "not ...": its kind, with what was written where that adds something. */
function describeValue(value: unknown, written: string): string {
  if (typeof value === 'boolean') return String(value);
  return `${describeType(value)} (${written})`;
}

/** What a field expects, in words: a date, one of its allowed values, or its type. */
function expectedValue(schema: JsonSchema | undefined, type: unknown): string {
  if (schema?.format === 'date') return 'a date written YYYY-MM-DD';
  if (Array.isArray(schema?.anyOf) && schema.anyOf.some((s) => (s as JsonSchema).format === 'date'))
    return 'a date written YYYY-MM-DD, or a month written YYYY-MM';
  if (Array.isArray(schema?.enum)) return `one of ${(schema.enum as unknown[]).map(String).join(', ')}`;
  return expectedType(type);
}

function expectedType(type: unknown): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a record of fields';
    default:
      return String(type);
  }
}

/**
 * Explain each ajv error once. Errors inside an `anyOf` are folded into the `anyOf` itself, the `if`
 * of an if/then is dropped (its `then` says what matters), and a type error hides the other errors at
 * the same place, so each mistake gets one message.
 */
export function explainSchemaErrors(
  errors: readonly ErrorObject[],
  schema: JsonSchema,
  data: unknown,
  lookup: SourceLookup,
  options: ExplainOptions = {},
): SchemaFinding[] {
  const words = { noun: options.noun ?? 'the policy format', root: options.root ?? 'the frontmatter' };
  const typeErrorPaths = new Set(
    errors.filter((e) => e.keyword === 'type' && !e.schemaPath.includes('/anyOf/')).map((e) => e.instancePath),
  );
  let findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  let explained = 0;
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.schemaPath.includes('/anyOf/')) continue;
    if (error.keyword !== 'type' && typeErrorPaths.has(error.instancePath)) continue;
    const finding = explained < MAX_EXPLAINED ? explainOne(error as DefinedError, schema, data, lookup, words) : hiddenFinding(error);
    if (!finding.hidden) explained++;
    // One message per value (an empty category breaks both minLength and pattern), and per missing or unknown field.
    const key =
      finding.at === 'value' ? `${finding.path.join('/')}|value` : `${finding.path.join('/')}|${finding.kind}|${finding.missing ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  // `Title:` for `title:` is one mistake: the unknown-field message says to rename it, so "title is missing" would repeat it.
  const renamed = new Set(
    findings.filter((f) => f.kind === 'unknown-field' && f.suggestion).map((f) => `${f.path.slice(0, -1).join('/')}|${f.suggestion}`),
  );
  findings = findings.filter((f) => !(f.kind === 'missing-field' && renamed.has(`${f.path.join('/')}|${f.missing}`)));
  // Never let an invalid document pass silently because no error above was explained.
  if (findings.length === 0 && errors.length > 0) findings.push(explainOne(errors[0] as DefinedError, schema, data, lookup, words));
  return findings;
}

/** A finding past the limit: where it is and what kind, without the cost of looking up its source text. */
function hiddenFinding(error: ErrorObject): SchemaFinding {
  const path = pathOf(error.instancePath);
  if (error.keyword === 'additionalProperties')
    return { path: [...path, String(error.params.additionalProperty)], at: 'key', kind: 'unknown-field', message: '', hidden: true };
  if (error.keyword === 'required')
    return { path, at: 'key', kind: 'required', message: '', missing: String(error.params.missingProperty), hidden: true };
  return { path, at: 'value', kind: error.keyword, message: '', hidden: true };
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, segment) ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return node;
}

/** What every explainer knows about the value an error is about. */
interface Subject {
  schema: JsonSchema;
  data: unknown;
  path: (string | number)[];
  /** The field's name as people write it: `consultation.groups[1]`. */
  name: string;
  fieldSchema: JsonSchema | undefined;
  value: unknown;
  /** The value as written in the YAML (looked up only when a message quotes it: the lookup may parse). */
  written(): string;
  /** Whether the field must be there (so "remove the line" is no fix). */
  required: boolean;
  /** How the fix is written: `field: value`, or `- value` for an item of a list. */
  assign(value: string): string;
  words: Required<ExplainOptions>;
}

type Keyword = DefinedError['keyword'];
type Explainer<K extends Keyword> = (error: DefinedError & { keyword: K }, subject: Subject) => SchemaFinding;

/** One explainer per ajv keyword. A keyword with none here gets the field's description (see `explainOther`). */
const EXPLAINERS: { [K in Keyword]?: Explainer<K> } = {
  required(error, { schema, data, path, name, words }) {
    const missing = error.params.missingProperty;
    const missingPath = [...path, missing];
    const missingSchema = schemaAt(schema, missingPath);
    const example = exampleFor(missingSchema);
    const what = (missingSchema?.title as string | undefined)?.toLowerCase() ?? missing;
    const where = path.length === 0 ? '' : ` in ${name}`;
    const why =
      requiredBecause(error, schema, data) ??
      (missingSchema?.type === 'boolean' ? ' State it as true or false, even when the answer is no.' : '');
    const fix =
      example === undefined
        ? ''
        : ` Add it, for example: ${displayPath(missingPath.slice(path.length), words.root)}: ${inlineYaml(example)}`;
    return {
      path,
      at: 'key',
      kind: 'missing-field',
      missing,
      message: `The required field ${missing} (${what}) is missing${where}.${why}${fix}`,
    };
  },
  additionalProperties(error, { path, name, fieldSchema, words }) {
    const extra = error.params.additionalProperty;
    const allowed = Object.keys((fieldSchema?.properties as Record<string, unknown> | undefined) ?? {});
    const suggestion = closest(extra, allowed);
    const where = path.length === 0 ? '' : ` inside ${name}`;
    const fix = suggestion
      ? ` Did you mean ${suggestion}? Rename the field to ${suggestion}.`
      : ` Remove it, or check its spelling against the fields: ${allowed.join(', ')}.`;
    const message = `${extra} is not a field of ${words.noun}${where}.${fix}`;
    return { path: [...path, extra], at: 'key', kind: 'unknown-field', ...(suggestion ? { suggestion } : {}), message };
  },
  type(error, subject) {
    return explainType(error.params.type, subject);
  },
  format(_error, { path, name, value }) {
    return explainDate(path, name, String(value), false);
  },
  anyOf(_error, { path, name, value, fieldSchema, written }) {
    // A date or a month (next_review): the date explainer, told whether a month is allowed.
    const branches = (fieldSchema?.anyOf as JsonSchema[] | undefined) ?? [];
    if (branches.some((b) => b.format === 'date'))
      return explainDate(
        path,
        name,
        String(value),
        branches.some((b) => b.format !== 'date'),
      );
    return {
      path,
      at: 'value',
      kind: 'value',
      message: `${name} (${written()}) is not an allowed value. ${String(fieldSchema?.description ?? '')}`.trim(),
    };
  },
  enum(error, { path, name, value, written }) {
    const allowed = error.params.allowedValues.map(String);
    const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
    const fix = suggestion ? ` Did you mean ${suggestion}?` : '';
    return {
      path,
      at: 'value',
      kind: 'enum',
      message: `${name} is ${written()}, which is not one of the allowed values: ${allowed.join(', ')}.${fix}`,
    };
  },
  pattern(error, { path, name, value, fieldSchema, written, assign }) {
    if (error.params.pattern === ID_PATTERN) {
      if (typeof value === 'string' && hasTypographicQuotes(value)) {
        const bare = value.replace(/^[\u2018\u2019\u201c\u201d]+|[\u2018\u2019\u201c\u201d]+$/g, '');
        return {
          path,
          at: 'value',
          kind: 'pattern',
          message: `${name} is ${value}. ${typographicQuotesHint('It')} Write ${assign(JSON.stringify(bare))}`,
        };
      }
      const message = `${name} is ${JSON.stringify(value)}, which cannot be used as a policy id. Ids start with a letter or digit and may contain letters, digits, spaces and . _ - ( ) &, but no slashes, control characters or other punctuation, because they appear in file names, links and calendar entries.`;
      return { path, at: 'value', kind: 'pattern', message };
    }
    if (error.params.pattern === KEBAB_CASE) {
      const slug = String(value)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      const example = String(exampleFor(fieldSchema) ?? 'housing-management');
      const plural = `${String(fieldSchema?.title ?? name)
        .toLowerCase()
        .replace(/y$/, 'ie')}s`;
      return {
        path,
        at: 'value',
        kind: 'pattern',
        message: `${name} is ${JSON.stringify(value)}; ${plural} are written in lower case with hyphens. Write ${assign(slug || example)}`,
      };
    }
    const example = exampleFor(fieldSchema);
    const forExample = example === undefined ? '' : ` For example: ${inlineYaml(example)}`;
    return {
      path,
      at: 'value',
      kind: 'pattern',
      message: `${name} (${written()}) is not in the expected form. ${String(fieldSchema?.description ?? '')}${forExample}`.trim(),
    };
  },
  minLength(_error, { path, name, fieldSchema, required, assign }) {
    const example = exampleFor(fieldSchema);
    const fix =
      typeof path[path.length - 1] === 'number'
        ? ' Write the value, or remove the empty item.'
        : ` Write the value${example === undefined ? '' : `, for example ${assign(inlineYaml(example))}`}${required ? '' : ', or remove the line'}.`;
    return { path, at: 'value', kind: 'empty', message: `${name} is empty.${fix}` };
  },
  maxLength(error, { path, name, value }) {
    return {
      path,
      at: 'value',
      kind: 'too-long',
      message: `${name} is ${String(value).length} characters long; it may be at most ${error.params.limit}. Shorten it.`,
    };
  },
  maxItems(error, { path, name }) {
    return { path, at: 'value', kind: 'too-many', message: `${name} has more than ${error.params.limit} items. Shorten the list.` };
  },
  minimum(error, subject) {
    return explainLimit('at least', error.params.limit, subject);
  },
  maximum(error, subject) {
    return explainLimit('at most', error.params.limit, subject);
  },
  uniqueItems(error, { path, name, value }) {
    const list = Array.isArray(value) ? value : [];
    return {
      path: [...path, error.params.j],
      at: 'value',
      kind: 'duplicate-item',
      message: `${name} lists ${inlineYaml(list[error.params.j])} more than once. Remove the repeat.`,
    };
  },
};

/** The pattern of kebab-case names (categories, groups): a message that offers the name in that form. */
const KEBAB_CASE = '^[a-z0-9]+(-[a-z0-9]+)*$';

function explainLimit(bound: string, limit: number | string, { path, name, written }: Subject): SchemaFinding {
  return { path, at: 'value', kind: 'range', message: `${name} is ${written()}; it must be ${bound} ${String(limit)}.` };
}

/** A keyword with no explainer of its own: the field's description says what it takes. */
function explainOther(keyword: string, { path, name, fieldSchema, written }: Subject): SchemaFinding {
  const description = String(fieldSchema?.description ?? 'see the field reference in the README');
  return { path, at: 'value', kind: keyword, message: `${name} (${written()}) is not valid: ${description}` };
}

/**
 * Why a field is required when the schema requires it only in some cases (`if: { properties: { status: { enum } } }`,
 * `then: { required: [adopted] }`): " It is needed because status is approved."
 */
function requiredBecause(error: ErrorObject, schema: JsonSchema, data: unknown): string | undefined {
  const then = /^#(.*)\/then\/required$/.exec(error.schemaPath);
  if (!then) return undefined;
  let node: unknown = schema;
  for (const part of then[1]!.split('/').filter(Boolean))
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  const condition = (node as JsonSchema | undefined)?.if as JsonSchema | undefined;
  const [field] = Object.keys((condition?.properties as Record<string, unknown> | undefined) ?? {});
  if (field === undefined) return undefined;
  const value = valueAt(valueAt(data, pathOf(error.instancePath)), [field]);
  return value === undefined ? undefined : ` It is needed because ${field} is ${inlineYaml(value)}.`;
}

function explainType(expected: string | string[], subject: Subject): SchemaFinding {
  const { path, name, fieldSchema, value, written, required, assign, schema } = subject;
  const last = path[path.length - 1];
  const exampleValue = exampleFor(fieldSchema);
  if (value === null) {
    const fix = exampleValue === undefined ? '' : ` For example: ${assign(inlineYaml(exampleValue))}`;
    return {
      path,
      at: 'value',
      kind: 'empty',
      message: `${name} has no value; it should be ${expectedValue(fieldSchema, expected)}. Fill it in${required ? '' : ' or remove the line'}.${fix}`,
    };
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const quoted = JSON.stringify(written());
    const lost =
      typeof value === 'number' && String(value) !== written()
        ? ` YAML reads ${written()} as the number ${value}${/^[-+]?0\d/.test(written()) ? ', and the leading zero is lost' : ''}.`
        : ` YAML reads ${written()} as ${describeType(value)}, not text.`;
    return { path, at: 'value', kind: 'type', message: `${name} must be text.${lost} Put it in quotes: ${assign(quoted)}` };
  }
  if (expected === 'object') {
    // An item of a list of records (approvals, waivers) takes its example from the list's.
    const parentExample =
      typeof last === 'number' ? (exampleFor(schemaAt(schema, path.slice(0, -1))) as unknown[] | undefined)?.[0] : undefined;
    const example = exampleValue ?? parentExample;
    const alt = (fieldSchema?.examples as unknown[] | undefined)?.[1];
    const fix =
      example === undefined
        ? ''
        : ` Write it as ${assign(inlineYaml(example))}${alt === undefined ? '' : ` or ${assign(inlineYaml(alt))}`}.`;
    return { path, at: 'value', kind: 'type', message: `${name} is a record of fields, not ${describeValue(value, written())}.${fix}` };
  }
  if (expected === 'array') {
    // "13, 14" or "HM-01, HM-02": the items were written as one piece of text.
    const itemSchema = fieldSchema?.items as JsonSchema | undefined;
    const items =
      typeof value === 'string' && value.includes(',')
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== '')
            .map((v) => (itemSchema?.type === 'integer' && /^\d+$/.test(v) ? Number(v) : v))
        : [value];
    const fix =
      typeof value === 'string' || typeof value === 'number'
        ? ` Write a list${items.length === 1 ? ', even of one item' : ''}: ${assign(inlineYaml(items))}`
        : exampleValue === undefined
          ? ''
          : ` For example: ${assign(inlineYaml(exampleValue))}`;
    return { path, at: 'value', kind: 'type', message: `${name} must be a list, not ${describeType(value)}.${fix}` };
  }
  if (expected === 'boolean') {
    const hint =
      typeof value === 'string' && /^(yes|no|y|n|on|off)$/i.test(value)
        ? ` YAML 1.2 reads ${written()} as text; write ${/^(yes|y|on)$/i.test(value) ? 'true' : 'false'}.`
        : ' Write true or false.';
    return { path, at: 'value', kind: 'type', message: `${name} must be true or false, not ${describeValue(value, written())}.${hint}` };
  }
  if (expected === 'integer') {
    if (typeof value === 'number') {
      // Only a value the field accepts is suggested: never Infinity (from .inf or 1e999) or one out of range.
      const rounded = Math.round(value);
      const min = typeof fieldSchema?.minimum === 'number' ? fieldSchema.minimum : -Infinity;
      const max = typeof fieldSchema?.maximum === 'number' ? fieldSchema.maximum : Infinity;
      const suggestion = Number.isFinite(rounded) && rounded >= min && rounded <= max ? rounded : exampleFor(fieldSchema);
      const fix = suggestion === undefined ? '' : `, for example ${assign(String(suggestion))}`;
      return {
        path,
        at: 'value',
        kind: 'type',
        message: `${name} is ${written()}, which is not a whole number. Write a whole number${fix || '.'}`,
      };
    }
    const hint =
      typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? ` Remove the quotes: ${assign(value.trim())}`
        : exampleValue === undefined
          ? ' Write it in figures.'
          : ` Write it in figures, for example ${assign(inlineYaml(exampleValue))}`;
    return { path, at: 'value', kind: 'type', message: `${name} must be a whole number, not ${describeValue(value, written())}.${hint}` };
  }
  const fix = exampleValue === undefined ? '' : ` For example: ${assign(inlineYaml(exampleValue))}`;
  return {
    path,
    at: 'value',
    kind: 'type',
    message: `${name} must be ${expectedValue(fieldSchema, expected)}, not ${describeValue(value, written())}.${fix}`,
  };
}

function explainOne(
  error: DefinedError,
  schema: JsonSchema,
  data: unknown,
  lookup: SourceLookup,
  words: Required<ExplainOptions>,
): SchemaFinding {
  const path = pathOf(error.instancePath);
  const value = valueAt(data, path);
  const last = path[path.length - 1];
  let writtenText: string | undefined;
  const subject: Subject = {
    schema,
    data,
    path,
    name: displayPath(path, words.root),
    fieldSchema: schemaAt(schema, path),
    value,
    written: () =>
      (writtenText ??=
        value !== null && typeof value === 'object'
          ? inlineYaml(value)
          : (lookup.source(path) ?? (typeof value === 'string' ? value : inlineYaml(value)))),
    required: typeof last === 'string' && ((schemaAt(schema, path.slice(0, -1))?.required as string[] | undefined) ?? []).includes(last),
    assign: (v) => (typeof last === 'number' ? `- ${v}` : `${String(last ?? displayPath(path, words.root))}: ${v}`),
    words,
  };
  const explainer = EXPLAINERS[error.keyword] as Explainer<typeof error.keyword> | undefined;
  return explainer ? explainer(error as never, subject) : explainOther(error.keyword, subject);
}

function explainDate(path: YamlPath, name: string, value: string, monthAllowed: boolean): SchemaFinding {
  const form = monthAllowed ? 'a date written YYYY-MM-DD, or a month written YYYY-MM' : 'a date written YYYY-MM-DD';
  const shape = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (shape && !isRealDate(value)) {
    const month = Number(shape[2]);
    const why =
      month >= 1 && month <= 12
        ? `${MONTHS[month - 1]} ${shape[1]} has ${new Date(Date.UTC(Number(shape[1]), month, 0)).getUTCDate()} days`
        : 'there is no month ' + shape[2];
    return { path, at: 'value', kind: 'date', message: `${name} is ${value}, which is not a real date (${why}). Correct the date.` };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if ((shape || (month && monthAllowed && Number(month[2]) >= 1 && Number(month[2]) <= 12)) && !inYearRange(value)) {
    return {
      path,
      at: 'value',
      kind: 'date',
      message: `${name} is ${value}, in the year ${value.slice(0, 4)}; dates must fall between ${EARLIEST_YEAR} and ${LATEST_YEAR}. Correct the year (for a policy with no fixed end, leave the field out rather than writing a far-off date).`,
    };
  }
  if (month && !monthAllowed) {
    return {
      path,
      at: 'value',
      kind: 'date',
      message: `${name} is ${value}, a month; this field needs ${form}. Add the day, for example ${value}-01.`,
    };
  }
  const asDate = suggestIsoDate(value);
  const asMonth = monthAllowed ? suggestIsoMonth(value) : undefined;
  const suggestion = asDate ?? asMonth;
  const fix = suggestion
    ? ` Write ${typeof path[path.length - 1] === 'number' ? '' : `${String(path[path.length - 1])}: `}${suggestion}${asDate && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value.trim()) ? ' (reading the date day first, as in the UK)' : ''}.`
    : ` For example: ${String(path[path.length - 1])}: ${monthAllowed ? '2028-12' : '2025-12-07'}.`;
  return { path, at: 'value', kind: 'date', message: `${name} is ${JSON.stringify(value)}; it must be ${form}.${fix}` };
}
