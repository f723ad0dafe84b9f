// Turn ajv's errors into plain-English findings that name the field, what is wrong, and how to fix it.
import type { ErrorObject } from 'ajv';
import { stringify } from 'yaml';
import { isRealDate, suggestIsoDate, suggestIsoMonth } from '../util/dates.js';
import { closest } from '../util/suggest.js';
import type { JsonSchema } from './schemas.js';
import { policySchema } from './schemas.js';
import type { YamlPath } from '../load/yaml.js';

/** The id pattern, whose mismatches get their own explanation (ids appear in file names, links and calendars). */
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
export function hiddenSummary(count: number): string {
  return `The frontmatter has ${count} more ${count === 1 ? 'problem' : 'problems'} than the ${MAX_EXPLAINED} listed; fix those and check again to see the rest.`;
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

/** `consultation.groups[1]`: how people name a field in a message. */
export function displayPath(path: YamlPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? 'the frontmatter' : out;
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
      node = named ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties as JsonSchema : undefined);
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
  if (Array.isArray(schema?.anyOf) && schema.anyOf.some((s) => (s as JsonSchema).format === 'date')) return 'a date written YYYY-MM-DD, or a month written YYYY-MM';
  if (Array.isArray(schema?.enum)) return `one of ${(schema.enum as unknown[]).map(String).join(', ')}`;
  return expectedType(type);
}

function expectedType(type: unknown): string {
  switch (type) {
    case 'string': return 'text';
    case 'integer': return 'a whole number';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'array': return 'a list';
    case 'object': return 'a record of fields';
    default: return String(type);
  }
}

/**
 * Explain each ajv error once. Errors inside an `anyOf` are folded into the `anyOf` itself, the `if`
 * of an if/then is dropped (its `then` says what matters), and a type error hides the other errors at
 * the same place, so each mistake gets one message.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], schema: JsonSchema, data: unknown, lookup: SourceLookup, noun = 'the policy format'): SchemaFinding[] {
  const typeErrorPaths = new Set(errors.filter((e) => e.keyword === 'type' && !e.schemaPath.includes('/anyOf/')).map((e) => e.instancePath));
  let findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  let explained = 0;
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.schemaPath.includes('/anyOf/')) continue;
    if (error.keyword !== 'type' && typeErrorPaths.has(error.instancePath)) continue;
    const finding = explained < MAX_EXPLAINED ? explainOne(error, schema, data, lookup, noun) : hiddenFinding(error);
    if (!finding.hidden) explained++;
    // One message per value (an empty category breaks both minLength and pattern), and per missing or unknown field.
    const key = finding.at === 'value' ? `${finding.path.join('/')}|value` : `${finding.path.join('/')}|${finding.kind}|${finding.missing ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  // `Title:` for `title:` is one mistake: the unknown-field message says to rename it, so "title is missing" would repeat it.
  const renamed = new Set(findings.filter((f) => f.kind === 'unknown-field' && f.suggestion).map((f) => `${f.path.slice(0, -1).join('/')}|${f.suggestion}`));
  findings = findings.filter((f) => !(f.kind === 'missing-field' && renamed.has(`${f.path.join('/')}|${f.missing}`)));
  // Never let an invalid document pass silently because no error above was explained.
  if (findings.length === 0 && errors.length > 0) findings.push(explainOne(errors[0]!, schema, data, lookup, noun));
  return findings;
}

/** A finding past the limit: where it is and what kind, without the cost of looking up its source text. */
function hiddenFinding(error: ErrorObject): SchemaFinding {
  const path = pathOf(error.instancePath);
  if (error.keyword === 'additionalProperties') return { path: [...path, String(error.params.additionalProperty)], at: 'key', kind: 'unknown-field', message: '', hidden: true };
  if (error.keyword === 'required') return { path, at: 'key', kind: 'required', message: '', missing: String(error.params.missingProperty), hidden: true };
  return { path, at: 'value', kind: error.keyword, message: '', hidden: true };
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return node;
}

function explainOne(error: ErrorObject, schema: JsonSchema, data: unknown, lookup: SourceLookup, noun: string): SchemaFinding {
  const path = pathOf(error.instancePath);
  const name = displayPath(path);
  const fieldSchema = schemaAt(schema, path);
  const value = valueAt(data, path);
  // What was written, as the YAML has it: looked up only for a message that quotes it (the lookup may parse).
  let writtenText: string | undefined;
  const written = (): string => (writtenText ??= value !== null && typeof value === 'object' ? inlineYaml(value) : lookup.source(path) ?? (typeof value === 'string' ? value : inlineYaml(value)));
  const last = path[path.length - 1];
  // How the fix is written: `field: value`, or `- value` for an item of a list.
  // Whether the field must be there (so "remove the line" is no fix).
  const required = typeof last === 'string' && ((schemaAt(schema, path.slice(0, -1))?.required as string[] | undefined) ?? []).includes(last);
  const assign = (v: string) => (typeof last === 'number' ? `- ${v}` : `${String(last ?? name)}: ${v}`);

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const missingPath = [...path, missing];
      const missingSchema = schemaAt(schema, missingPath);
      const example = exampleFor(missingSchema);
      const what = (missingSchema?.title as string | undefined)?.toLowerCase() ?? missing;
      const where = path.length === 0 ? '' : ` in ${name}`;
      let why = '';
      if (missing === 'adopted' && path.length === 0) why = ` A policy whose status is ${inlineYaml(valueAt(data, ['status']))} has been adopted, so record when.`;
      if (missing === 'required' && (path[0] === 'eia' || path[0] === 'consultation')) why = ' State the decision explicitly, even when the answer is no.';
      const fix = example === undefined ? '' : ` Add it, for example: ${displayPath(missingPath.slice(path.length))}: ${inlineYaml(example)}`;
      return { path, at: 'key', kind: 'missing-field', missing, message: `The required field ${missing} (${what}) is missing${where}.${why}${fix}` };
    }
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const allowed = Object.keys((fieldSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const suggestion = closest(extra, allowed);
      const where = path.length === 0 ? '' : ` inside ${name}`;
      const fix = suggestion
        ? ` Did you mean ${suggestion}? Rename the field to ${suggestion}.`
        : ` Remove it, or check its spelling against the fields: ${allowed.join(', ')}.`;
      return { path: [...path, extra], at: 'key', kind: 'unknown-field', ...(suggestion ? { suggestion } : {}), message: `${extra} is not a field of ${noun}${where}.${fix}` };
    }
    case 'type': {
      const expected = error.params.type;
      const exampleValue = exampleFor(fieldSchema);
      if (value === null) {
        const fix = exampleValue === undefined ? '' : ` For example: ${assign(inlineYaml(exampleValue))}`;
        return { path, at: 'value', kind: 'empty', message: `${name} has no value; it should be ${expectedValue(fieldSchema, expected)}. Fill it in${required ? '' : ' or remove the line'}.${fix}` };
      }
      if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        const quoted = JSON.stringify(written());
        const lost = typeof value === 'number' && String(value) !== written()
          ? ` YAML reads ${written()} as the number ${value}${/^[-+]?0\d/.test(written()) ? ', and the leading zero is lost' : ''}.`
          : ` YAML reads ${written()} as ${describeType(value)}, not text.`;
        return { path, at: 'value', kind: 'type', message: `${name} must be text.${lost} Put it in quotes: ${assign(quoted)}` };
      }
      if (expected === 'object') {
        // An item of a list of records (approvals, waivers) takes its example from the list's.
        const parentExample = typeof last === 'number' ? (exampleFor(schemaAt(schema, path.slice(0, -1))) as unknown[] | undefined)?.[0] : undefined;
        const example = exampleFor(fieldSchema) ?? parentExample;
        const alt = (fieldSchema?.examples as unknown[] | undefined)?.[1];
        const fix = example === undefined ? '' : ` Write it as ${assign(inlineYaml(example))}${alt === undefined ? '' : ` or ${assign(inlineYaml(alt))}`}.`;
        return { path, at: 'value', kind: 'type', message: `${name} is a record of fields, not ${describeValue(value, written())}.${fix}` };
      }
      if (expected === 'array') {
        const example = exampleFor(fieldSchema);
        // "13, 14" or "HM-01, HM-02": the items were written as one piece of text.
        const itemSchema = fieldSchema?.items as JsonSchema | undefined;
        const items = typeof value === 'string' && value.includes(',')
          ? value.split(',').map((v) => v.trim()).filter((v) => v !== '').map((v) => (itemSchema?.type === 'integer' && /^\d+$/.test(v) ? Number(v) : v))
          : [value];
        const fix = typeof value === 'string' || typeof value === 'number'
          ? ` Write a list${items.length === 1 ? ', even of one item' : ''}: ${assign(inlineYaml(items))}`
          : example === undefined ? '' : ` For example: ${assign(inlineYaml(example))}`;
        return { path, at: 'value', kind: 'type', message: `${name} must be a list, not ${describeType(value)}.${fix}` };
      }
      if (expected === 'boolean') {
        const hint = typeof value === 'string' && /^(yes|no|y|n|on|off)$/i.test(value)
          ? ` YAML 1.2 reads ${written()} as text; write ${/^(yes|y|on)$/i.test(value) ? 'true' : 'false'}.`
          : ' Write true or false.';
        return { path, at: 'value', kind: 'type', message: `${name} must be true or false, not ${describeValue(value, written())}.${hint}` };
      }
      if (expected === 'integer') {
        if (typeof value === 'number') {
          return { path, at: 'value', kind: 'type', message: `${name} is ${written()}, which is not a whole number. Write a whole number, for example ${assign(String(Math.round(value)))}` };
        }
        const hint = typeof value === 'string' && /^\s*\d+\s*$/.test(value)
          ? ` Remove the quotes: ${assign(value.trim())}`
          : exampleFor(fieldSchema) === undefined ? ' Write it in figures.' : ` Write it in figures, for example ${assign(inlineYaml(exampleFor(fieldSchema)))}`;
        return { path, at: 'value', kind: 'type', message: `${name} must be a whole number, not ${describeValue(value, written())}.${hint}` };
      }
      const example = exampleFor(fieldSchema);
      const fix = example === undefined ? '' : ` For example: ${assign(inlineYaml(example))}`;
      return { path, at: 'value', kind: 'type', message: `${name} must be ${expectedValue(fieldSchema, expected)}, not ${describeValue(value, written())}.${fix}` };
    }
    case 'format':
      return explainDate(path, name, String(value), false);
    case 'anyOf':
      if (path[path.length - 1] === 'next_review') return explainDate(path, name, String(value), true);
      return { path, at: 'value', kind: 'value', message: `${name} (${written()}) is not an allowed value. ${String(fieldSchema?.description ?? '')}`.trim() };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const fix = suggestion ? ` Did you mean ${suggestion}?` : '';
      return { path, at: 'value', kind: 'enum', message: `${name} is ${written()}, which is not one of the allowed values: ${allowed.join(', ')}.${fix}` };
    }
    case 'pattern': {
      const field = path[0];
      if (error.params.pattern === ID_PATTERN) {
        return { path, at: 'value', kind: 'pattern', message: `${name} is ${JSON.stringify(value)}, which cannot be used as a policy id. Ids start with a letter or digit and may contain letters, digits, spaces and . _ - ( ) &, but no slashes, control characters or other punctuation, because they appear in file names, links and calendar entries.` };
      }
      if ((field === 'category' || field === 'kind') && path.length === 1) {
        const slug = String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        const [what, fallback] = field === 'kind' ? ['kinds', 'gas-safety'] : ['categories', 'housing-management'];
        return { path, at: 'value', kind: 'pattern', message: `${name} is ${JSON.stringify(value)}; ${what} are written in lower case with hyphens. Write ${field}: ${slug || fallback}` };
      }
      const example = exampleFor(fieldSchema);
      const forExample = example === undefined ? '' : ` For example: ${inlineYaml(example)}`;
      return { path, at: 'value', kind: 'pattern', message: `${name} (${written()}) is not in the expected form. ${String(fieldSchema?.description ?? '')}${forExample}`.trim() };
    }
    case 'minLength': {
      const example = exampleFor(fieldSchema);
      const fix = typeof last === 'number'
        ? ' Write the value, or remove the empty item.'
        : ` Write the value${example === undefined ? '' : `, for example ${assign(inlineYaml(example))}`}${required ? '' : ', or remove the line'}.`;
      return { path, at: 'value', kind: 'empty', message: `${name} is empty.${fix}` };
    }
    case 'maxLength':
      return { path, at: 'value', kind: 'too-long', message: `${name} is ${String(value).length} characters long; it may be at most ${String(error.params.limit)}. Shorten it.` };
    case 'maxItems':
      return { path, at: 'value', kind: 'too-many', message: `${name} has more than ${String(error.params.limit)} items. Shorten the list.` };
    case 'minimum':
    case 'maximum':
      return { path, at: 'value', kind: 'range', message: `${name} is ${written()}; it must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)}.` };
    case 'uniqueItems': {
      const list = Array.isArray(value) ? value : [];
      const j = Number(error.params.j);
      return { path: [...path, j], at: 'value', kind: 'duplicate-item', message: `${name} lists ${inlineYaml(list[j])} more than once. Remove the repeat.` };
    }
    default:
      return { path, at: 'value', kind: error.keyword, message: `${name} (${written()}) is not valid: ${String(fieldSchema?.description ?? 'see the field reference in the README')}` };
  }
}

function explainDate(path: YamlPath, name: string, value: string, monthAllowed: boolean): SchemaFinding {
  const form = monthAllowed ? 'a date written YYYY-MM-DD, or a month written YYYY-MM' : 'a date written YYYY-MM-DD';
  const shape = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (shape && !isRealDate(value)) {
    const month = Number(shape[2]);
    const why = month >= 1 && month <= 12
      ? `${MONTHS[month - 1]} ${shape[1]} has ${new Date(Date.UTC(Number(shape[1]), month, 0)).getUTCDate()} days`
      : 'there is no month ' + shape[2];
    return { path, at: 'value', kind: 'date', message: `${name} is ${value}, which is not a real date (${why}). Correct the date.` };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && !monthAllowed) {
    return { path, at: 'value', kind: 'date', message: `${name} is ${value}, a month; this field needs ${form}. Add the day, for example ${value}-01.` };
  }
  const asDate = suggestIsoDate(value);
  const asMonth = monthAllowed ? suggestIsoMonth(value) : undefined;
  const suggestion = asDate ?? asMonth;
  const fix = suggestion
    ? ` Write ${typeof path[path.length - 1] === 'number' ? '' : `${String(path[path.length - 1])}: `}${suggestion}${asDate && /^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}$/.test(value.trim()) ? ' (reading the date day first, as in the UK)' : ''}.`
    : ` For example: ${String(path[path.length - 1])}: ${monthAllowed ? '2028-12' : '2025-12-07'}.`;
  return { path, at: 'value', kind: 'date', message: `${name} is ${JSON.stringify(value)}; it must be ${form}.${fix}` };
}
