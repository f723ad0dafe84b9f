// Load one policy: read its text, split the frontmatter, parse the YAML with positions, validate against the schema.
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { Root } from 'mdast';
import { splitFrontmatter, type SplitOk } from './frontmatter.js';
import { parseYaml, type PositionIndex, type YamlPath } from './yaml.js';
import { readFrontmatterFast } from './fast-yaml.js';
import { lineIndex, type LineIndex } from './line-index.js';
import { explainSchemaErrors, type SchemaFinding } from '../schema/explain.js';
import { policySchema } from '../schema/schemas.js';
import { validatorFor } from '../schema/validators.js';
import type { Location, PolicyFrontmatter } from '../types.js';
import { readPolicyTextSync, type ReadResult } from './read.js';
import { headingsOf, NEEDS_INLINE_PARSER, scanHeadings, type BodyHeading } from './headings.js';
import { headingsBounded, treeBounded } from './body-sandbox.js';
import { REFERENCE_PATH } from './reference.js';

/** What a rule reads from the Markdown body: its top-level headings (found cheaply), or the whole tree. */
export type BodyNeed = 'headings' | 'tree';

/** A problem that stopped the file from being read as a policy at all. */
export interface LoadProblem extends Location {
  kind: string;
  message: string;
}

/**
 * Where a policy loaded from disk is read again from. A register keeps only each policy's frontmatter in memory
 * (the body is most of the file, and only body rules need it, one policy at a time); the whole text is read again
 * when asked for, and must be what was read the first time.
 */
export interface PolicySource {
  absolute: string;
  /** Length and digest of the whole text when first read. */
  length: number;
  digest: string;
  /** The text up to and including the closing fence's line. */
  head: string;
}

/** A policy file changed on disk between the first and a later read of it, during one command. */
export class PolicyChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while it was being checked (it was read twice and the two differ). Run the command again once it is saved.`);
  }
}

export interface Policy {
  /** Display path (relative to the working directory, forward slashes). */
  file: string;
  /** The whole file (a policy loaded from disk reads it again: see `source`). */
  readonly text: string;
  source?: PolicySource;
  /** Set when the file could not be read or parsed: no rule but `core/frontmatter` sees it. */
  loadProblem?: LoadProblem;
  /** The fields that passed the schema; a field with a schema error is left out, so rules can trust types. */
  data: Readonly<Partial<PolicyFrontmatter>>;
  /** Everything the YAML held, valid or not. */
  raw: Readonly<Record<string, unknown>>;
  schemaFindings: readonly SchemaFinding[];
  positions: PositionIndex;
  /** 1-based line of the closing fence and first body line. */
  frontmatterEndLine: number;
  bodyStartLine: number;
  /** The Markdown body as mdast, positions in file coordinates; parsed on first use (or by prepareBody, bounded). */
  body(): Root;
  /** The body's top-level headings, as remark reads them; found on first use (or by prepareBody, bounded). */
  headings(): readonly BodyHeading[];
  /**
   * Read what rules need from the body ahead of them, within a time and memory bound: a body that exceeds it
   * gets a `bodyProblem`, and rules that read the body skip the policy.
   */
  prepareBody?(need: BodyNeed): Promise<void>;
  /** The body could not be read within the bounds (core/frontmatter reports it). */
  bodyProblem?: LoadProblem;
  /** Forget what was read from the body (the engine calls it once a policy's rules have run). */
  releaseBody?(): void;
}

type Markdown = typeof import('./markdown.js');
let markdown: Markdown | undefined;

/** remark's readers (markdown.ts), loaded the first time a body needs more than the heading scanner. */
export async function loadMarkdown(): Promise<Markdown> {
  markdown ??= await import('./markdown.js');
  return markdown;
}

function markdownLoaded(): Markdown {
  if (!markdown) throw new Error('A policy body was read before loadMarkdown() or prepareBody(): this is a bug in the caller.');
  return markdown;
}

const NO_POSITIONS: PositionIndex = {
  value: () => ({ line: 1, column: 1 }),
  key: () => ({ line: 1, column: 1 }),
  source: () => undefined,
  has: () => false,
};

function validate(data: unknown): readonly ErrorObject[] {
  const validator = validatorFor(policySchema);
  return validator(data) ? [] : (validator.errors ?? []);
}

export function failedPolicy(file: string, text: string, problem: LoadProblem): Policy {
  return {
    file,
    text,
    loadProblem: problem,
    data: {},
    raw: {},
    schemaFindings: [],
    positions: NO_POSITIONS,
    frontmatterEndLine: 1,
    bodyStartLine: 1,
    body: () => ({ type: 'root', children: [] }),
    headings: () => [],
  };
}

const LANGUAGE_FIX =
  'Policy frontmatter is YAML only: change the first line to `---` and write the fields as YAML. Nothing in this block was run.';

export interface ParseOptions {
  /** Read ordinary frontmatter the fast way (the default; the results are the same). */
  fastYaml?: boolean;
  /** The file the text was read from: then only the frontmatter is kept, and the rest is read again when needed. */
  absolute?: string;
}

/** Parse a policy's text. Never throws: every problem becomes a `loadProblem` or schema finding. */
export function parsePolicy(file: string, text: string, options: ParseOptions = {}): Policy {
  const split = splitFrontmatter(text);
  if (!split.ok) {
    const fix: Record<string, string> = {
      empty: "Write the policy's frontmatter (between `---` lines) and its text, or delete the file.",
      'blank-before-fence': 'Delete the blank lines above the `---`: it must be the very first line of the file.',
      'no-frontmatter': "Start the file with the policy's fields between two `---` lines (see the README for the format).",
      unclosed: 'Add a line with just `---` after the last field, before the policy text.',
      language: LANGUAGE_FIX,
      toml: 'Policy frontmatter is YAML between `---` lines; TOML (`+++`) is not supported.',
    };
    return failedPolicy(file, text, {
      kind: split.kind,
      line: split.line,
      column: split.column,
      message: `${split.message} ${fix[split.kind] ?? ''}`.trim(),
    });
  }
  const source =
    options.absolute === undefined
      ? undefined
      : { absolute: options.absolute, length: text.length, digest: digestOf(text), head: headOf(text, split.closeLine) };
  return parseSplitPolicy(file, text, split, options.fastYaml ?? !REFERENCE_PATH, source);
}

function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** The text up to and including line `closeLine` (the closing fence) and its line break. */
function headOf(text: string, closeLine: number): string {
  let end = -1;
  for (let line = 0; line < closeLine; line++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  // A copy, not a slice: V8 would keep a slice's whole parent string alive.
  return Buffer.from(text.slice(0, end + 1), 'utf8').toString('utf8');
}

/**
 * The policy a read of `file` gave: parsed, or one that could not be read. With `absolute`, only the frontmatter is
 * kept in memory and the rest is read again from there when needed (see PolicySource).
 */
export function policyFromRead(file: string, read: ReadResult, absolute?: string): Policy {
  if (!read.ok) return failedPolicy(file, '', { kind: 'unreadable', line: read.line ?? 1, column: 1, message: read.message });
  return parsePolicy(file, read.text, absolute === undefined ? {} : { absolute });
}

/** A parsed policy as plain data, to pass between threads (no functions, no syntax trees). */
export interface PolicyRecord {
  file: string;
  /** The whole text, or only its frontmatter when `source` says where the rest is. */
  text: string;
  source?: PolicySource;
  loadProblem?: LoadProblem;
  data: Record<string, unknown>;
  raw: Record<string, unknown>;
  schemaFindings: SchemaFinding[];
  /** Lines of the closing fence and of the body's start. */
  closeLine: number;
  bodyStartLine: number;
  /** The frontmatter is ordinary (the fast reader read it): positions come from a line index first. */
  ordinary?: true;
}

export function toRecord(policy: Policy): PolicyRecord {
  const record: PolicyRecord = {
    file: policy.file,
    text: policy.source ? policy.source.head : policy.text,
    data: { ...policy.data },
    raw: policy.raw as Record<string, unknown>,
    schemaFindings: [...policy.schemaFindings],
    closeLine: policy.frontmatterEndLine,
    bodyStartLine: policy.bodyStartLine,
  };
  if (policy.loadProblem) record.loadProblem = policy.loadProblem;
  if (ordinaryPolicies.has(policy)) record.ordinary = true;
  if (policy.source) record.source = policy.source;
  return record;
}

/** Rebuild a policy from its record: positions and body are recomputed from the text when first needed. */
export function fromRecord(record: PolicyRecord): Policy {
  if (record.loadProblem) return failedPolicy(record.file, record.text, record.loadProblem);
  const split = { closeLine: record.closeLine, bodyStartLine: record.bodyStartLine };
  // Fields keep the null prototype parsePolicy gives them, so a "constructor" field is never inherited.
  const data = Object.assign(Object.create(null) as Record<string, unknown>, record.data);
  return assemble(
    record.file,
    record.text,
    split,
    data as Partial<PolicyFrontmatter>,
    record.raw,
    record.schemaFindings,
    record.source,
    record.ordinary === true,
  );
}

function readAgain(file: string, source: PolicySource): string {
  // The first read passed the size limit; this one only has to be the same text.
  const read = readPolicyTextSync(source.absolute, source.length * 4 + 4);
  if (!read.ok || read.text.length !== source.length || digestOf(read.text) !== source.digest) throw new PolicyChangedError(file);
  return read.text;
}

function assemble(
  file: string,
  text: string,
  split: Pick<SplitOk, 'closeLine' | 'bodyStartLine'>,
  data: Partial<PolicyFrontmatter>,
  raw: Record<string, unknown>,
  schemaFindings: readonly SchemaFinding[],
  source?: PolicySource,
  ordinary = false,
): Policy {
  // Keep only numbers from the split: the YAML and body are found again from the text when needed, so a large
  // register does not hold a second copy of every file in memory. With a source, only the frontmatter is held.
  const { closeLine, bodyStartLine } = split;
  // No closure below may refer to `text` itself: V8 would then keep the whole text alive for every policy.
  const kept = source ? source.head : text;
  // The whole text as first read is held until the body is released (the rules that read the body run in
  // between), so a check reads each file once; after that it is read again only if asked for.
  let held: string | undefined = source && text.length === source.length ? text : undefined;
  const again = () => splitFrontmatter(kept) as SplitOk;
  const whole = source ? () => held ?? readAgain(file, source) : () => kept;
  let body: Root | undefined;
  let headings: readonly BodyHeading[] | undefined;
  let positions: PositionIndex | undefined;
  const index = () =>
    (positions ??= (() => {
      const s = again();
      return parseYaml(s.yaml.replace(/\r\n?/g, '\n'), s.yamlLineOffset).positions;
    })());
  // Ordinary frontmatter: most positions come from its lines, and the full parser runs only for the rest.
  let lines: LineIndex | undefined;
  const quick = () =>
    (lines ??= (() => {
      const s = again();
      return lineIndex(s.yaml.replace(/\r\n?/g, '\n'), s.yamlLineOffset);
    })());
  /** The body's text, and where it starts in the file (offsets count from after a byte-order mark, as remark's do). */
  const bodyPart = () => {
    const all = whole();
    const start = afterLine(all, closeLine);
    return { text: all.slice(start), offset: start - (all.charCodeAt(0) === 0xfeff ? 1 : 0) };
  };
  const shift = (tree: Root, offset: number) => shiftPositions(tree, bodyStartLine - 1, offset);
  const policy: Policy = {
    file,
    get text() {
      return whole();
    },
    ...(source ? { source } : {}),
    data,
    raw,
    schemaFindings,
    positions: ordinary
      ? {
          value: (path) => quick().value(path) ?? index().value(path),
          key: (path) => quick().key(path) ?? index().key(path),
          source: (path) => quick().source(path) ?? index().source(path),
          // The fast reader's data is exactly the document's, so what it holds is what the document has.
          has: (path) => hasPath(raw, path),
        }
      : {
          value: (path) => index().value(path),
          key: (path) => index().key(path),
          source: (path) => index().source(path),
          has: (path) => index().has(path),
        },
    frontmatterEndLine: closeLine,
    bodyStartLine,
    body() {
      if (!body) {
        const part = bodyPart();
        body = shift(markdownLoaded().parseBodyTree(part.text), part.offset);
      }
      return body;
    },
    headings() {
      if (!headings) {
        if (body) return (headings = headingsOf(body));
        const part = bodyPart();
        const scanned = scanHeadings(part.text, bodyStartLine, markdown?.parseBodyTree);
        headings = scanned.ok ? scanned.headings : markdownLoaded().fallbackHeadings(part.text, bodyStartLine);
      }
      return headings;
    },
    async prepareBody(need) {
      if (policy.bodyProblem || (need === 'headings' ? headings : body)) return;
      if (REFERENCE_PATH) {
        headings = headingsOf((await loadMarkdown()).wholeFileTree(whole()));
        return;
      }
      const part = bodyPart();
      if (need === 'headings') {
        let scanned = scanHeadings(part.text, bodyStartLine, markdown?.parseBodyTree);
        if (!scanned.ok && scanned.reason === NEEDS_INLINE_PARSER)
          scanned = scanHeadings(part.text, bodyStartLine, (await loadMarkdown()).parseBodyTree);
        if (scanned.ok) {
          headings = scanned.headings;
          return;
        }
        const read = await headingsBounded(part.text, bodyStartLine);
        if (read.ok) headings = read.value;
        else policy.bodyProblem = { kind: 'body-too-complex', line: bodyStartLine, column: 1, message: read.message };
        return;
      }
      const read = await treeBounded(part.text);
      if (read.ok) body = shift(read.value, part.offset);
      else policy.bodyProblem = { kind: 'body-too-complex', line: bodyStartLine, column: 1, message: read.message };
    },
    releaseBody() {
      body = undefined;
      headings = undefined;
      held = undefined;
    },
  };
  if (ordinary) ordinaryPolicies.add(policy);
  return policy;
}

/** Policies whose frontmatter the fast reader read (so a record from a worker thread says so too). */
const ordinaryPolicies = new WeakSet<Policy>();

/** Whether `path` leads to a value in `data`, stepping as the YAML position index does (yaml.ts). */
function hasPath(data: unknown, path: YamlPath): boolean {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node)) {
      if (typeof segment !== 'number' || segment >= node.length || segment < 0) return false;
      node = node[segment];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.hasOwn(node, String(segment))) return false;
      node = (node as Record<string, unknown>)[String(segment)];
    } else return false;
  }
  return true;
}

/** The index just after the `line`-th line break (the text's length when it has fewer). */
function afterLine(text: string, line: number): number {
  let end = -1;
  for (let n = 0; n < line; n++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text.length;
  }
  return end + 1;
}

/** Move a body tree's positions into file coordinates. */
function shiftPositions(tree: Root, lines: number, offset: number): Root {
  const visit = (node: {
    position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
    children?: unknown[];
  }) => {
    const at = node.position;
    if (at) {
      at.start.line += lines;
      at.end.line += lines;
      if (at.start.offset !== undefined) at.start.offset += offset;
      if (at.end.offset !== undefined) at.end.offset += offset;
    }
    if (node.children) for (const child of node.children) visit(child as typeof node);
  };
  visit(tree as never);
  return tree;
}

function parseSplitPolicy(file: string, text: string, split: SplitOk, fastYaml: boolean, origin: PolicySource | undefined): Policy {
  // A CR before each line break is not part of any value (CRLF files from Windows editors).
  const source = split.yaml.replace(/\r\n?/g, '\n');
  // Most policies are ordinary: read them the fast way. Its data is exactly what `yaml` would give, so schema
  // findings are explained from it; `yaml` is run (for positions and the text as written) only when a message
  // quotes a value, and for everything the fast reader leaves to it, including every YAML problem.
  const fast = fastYaml ? readFrontmatterFast(source) : undefined;
  if (fast) {
    const errors = validate(fast);
    if (errors.length === 0) return assemble(file, text, split, keepValidFields(fast, []), fast, [], origin, true);
    let positions: PositionIndex | undefined;
    const lines = lineIndex(source, split.yamlLineOffset);
    const lookup = {
      source: (path: YamlPath) => lines.source(path) ?? (positions ??= parseYaml(source, split.yamlLineOffset).positions).source(path),
    };
    const schemaFindings = explainSchemaErrors(errors, policySchema, fast, lookup);
    return assemble(file, text, split, keepValidFields(fast, schemaFindings), fast, schemaFindings, origin, true);
  }
  const yaml = parseYaml(source, split.yamlLineOffset);
  if (yaml.problems.length > 0 || yaml.data === undefined) {
    const first = yaml.problems[0]!;
    return failedPolicy(file, text, {
      kind: first.kind,
      line: first.line,
      column: first.column,
      endLine: first.endLine,
      endColumn: first.endColumn,
      message: first.message,
    });
  }
  const raw = yaml.data as Record<string, unknown>;
  const errors = validate(raw);
  const schemaFindings = explainSchemaErrors(errors, policySchema, raw, yaml.positions);
  return assemble(file, text, split, keepValidFields(raw, schemaFindings), raw, schemaFindings, origin);
}

function keepValidFields(raw: Record<string, unknown>, findings: readonly SchemaFinding[]): Partial<PolicyFrontmatter> {
  const invalid = new Set(findings.map((f) => String(f.path[0] ?? '')));
  const data: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(raw)) if (!invalid.has(key)) data[key] = value;
  return data as Partial<PolicyFrontmatter>;
}
