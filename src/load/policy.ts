// Load one policy: read its text, split the frontmatter, parse the YAML with positions, validate against the schema.
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { Root } from 'mdast';
import { splitFrontmatter, type SplitOk } from './frontmatter.js';
import { parseYaml, type PositionIndex, type YamlPath } from './yaml.js';
import { readFrontmatterFast } from './fast-yaml.js';
import { lineIndex } from './line-index.js';
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
  const source = options.absolute === undefined ? undefined : { absolute: options.absolute, length: text.length, digest: digestOf(text) };
  return parseSplitPolicy(file, text, split, options.fastYaml ?? !REFERENCE_PATH, source);
}

function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
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
  /** The whole text, when the policy was not read from a file (`source` says where the rest is). */
  text: string;
  source?: PolicySource;
  loadProblem?: LoadProblem;
  data: Record<string, unknown>;
  raw: Record<string, unknown>;
  schemaFindings: SchemaFinding[];
  /** The frontmatter's YAML (line breaks as LF, ending with one), and the file line before its first line. */
  yaml: string;
  yamlLineOffset: number;
  /** Lines of the closing fence and of the body's start. */
  closeLine: number;
  bodyStartLine: number;
  /** The frontmatter is ordinary (the fast reader read it): positions come from a line index first. */
  ordinary?: true;
}

export function toRecord(policy: Policy): PolicyRecord {
  if (!(policy instanceof LoadedPolicy)) {
    return {
      file: policy.file,
      text: policy.text,
      data: {},
      raw: {},
      schemaFindings: [],
      yaml: '',
      yamlLineOffset: 1,
      closeLine: 1,
      bodyStartLine: 1,
      ...(policy.loadProblem ? { loadProblem: policy.loadProblem } : {}),
    };
  }
  return policy.toRecord();
}

/** Rebuild a policy from its record: positions and body are recomputed from the text when first needed. */
export function fromRecord(record: PolicyRecord): Policy {
  if (record.loadProblem) return failedPolicy(record.file, record.text, record.loadProblem);
  const data = Object.assign(Object.create(FIELDS) as Record<string, unknown>, record.data);
  // A record from a policy read from a file carries no YAML (its body was released): it is read again if needed.
  const frontmatter = { ...record, yaml: record.source && record.yaml === '' ? undefined : record.yaml };
  return new LoadedPolicy(
    record.file,
    record.source ? undefined : record.text,
    frontmatter,
    data,
    record.raw,
    record.schemaFindings,
    record.source,
    record.ordinary === true,
  );
}

/**
 * The prototype of every policy's fields: it has no members, so a field such as `constructor` is never inherited,
 * and (unlike a null prototype) V8 keeps the objects compact.
 */
const FIELDS: object = Object.freeze(Object.create(null));

function readAgain(file: string, source: PolicySource): string {
  // The first read passed the size limit; this one only has to be the same text.
  const read = readPolicyTextSync(source.absolute, source.length * 4 + 4);
  if (!read.ok || read.text.length !== source.length || digestOf(read.text) !== source.digest) throw new PolicyChangedError(file);
  return read.text;
}

interface Frontmatter {
  /** The YAML between the fences, LF line breaks, ending with one (undefined: read it again from the file). */
  yaml: string | undefined;
  yamlLineOffset: number;
  closeLine: number;
  bodyStartLine: number;
}

/**
 * A policy that parsed. It keeps its fields; its text and frontmatter are held while its rules run, and for a policy
 * read from a file, read again from `source` if asked for after. A class, not closures: a register of 100,000
 * policies holds one small object for each.
 */
class LoadedPolicy implements Policy {
  readonly frontmatterEndLine: number;
  readonly bodyStartLine: number;
  readonly source?: PolicySource;
  bodyProblem?: LoadProblem;
  /** The frontmatter's YAML (frontmatterYaml): for a policy read from a file, only until its body is released. */
  #yaml: string | undefined;
  readonly #yamlLineOffset: number;
  readonly #ordinary: boolean;
  /** The whole text: for a policy read from a file, only until its body is released. */
  #text: string | undefined;
  #body: Root | undefined;
  #headings: readonly BodyHeading[] | undefined;
  #positions: PositionIndex | undefined;

  constructor(
    readonly file: string,
    text: string | undefined,
    frontmatter: Frontmatter,
    readonly data: Partial<PolicyFrontmatter>,
    readonly raw: Record<string, unknown>,
    readonly schemaFindings: readonly SchemaFinding[],
    source: PolicySource | undefined,
    ordinary: boolean,
  ) {
    this.#text = text;
    this.#yaml = frontmatter.yaml;
    this.#yamlLineOffset = frontmatter.yamlLineOffset;
    this.frontmatterEndLine = frontmatter.closeLine;
    this.bodyStartLine = frontmatter.bodyStartLine;
    if (source) this.source = source;
    this.#ordinary = ordinary;
  }

  get text(): string {
    return this.#text ?? readAgain(this.file, this.source!);
  }

  get positions(): PositionIndex {
    // After the body is released, the frontmatter is read again from the file (and checked to be the same).
    this.#positions ??= frontmatterPositions(
      this.#yaml ?? frontmatterYaml(splitFrontmatter(this.text) as SplitOk),
      this.#yamlLineOffset,
      this.#ordinary ? this.raw : undefined,
    );
    return this.#positions;
  }

  /** The body's text, and where it starts in the file (offsets count from after a byte-order mark, as remark's do). */
  #bodyPart(): { text: string; offset: number } {
    const all = this.text;
    const start = afterLine(all, this.frontmatterEndLine);
    return { text: all.slice(start), offset: start - (all.charCodeAt(0) === 0xfeff ? 1 : 0) };
  }

  #shift(tree: Root, offset: number): Root {
    return shiftPositions(tree, this.bodyStartLine - 1, offset);
  }

  body(): Root {
    if (!this.#body) {
      const part = this.#bodyPart();
      this.#body = this.#shift(markdownLoaded().parseBodyTree(part.text), part.offset);
    }
    return this.#body;
  }

  headings(): readonly BodyHeading[] {
    if (!this.#headings) {
      if (this.#body) return (this.#headings = headingsOf(this.#body));
      const part = this.#bodyPart();
      const scanned = scanHeadings(part.text, this.bodyStartLine, markdown?.parseBodyTree);
      this.#headings = scanned.ok ? scanned.headings : markdownLoaded().fallbackHeadings(part.text, this.bodyStartLine);
    }
    return this.#headings;
  }

  async prepareBody(need: BodyNeed): Promise<void> {
    if (this.bodyProblem || (need === 'headings' ? this.#headings : this.#body)) return;
    if (REFERENCE_PATH) {
      this.#headings = headingsOf((await loadMarkdown()).wholeFileTree(this.text));
      return;
    }
    const part = this.#bodyPart();
    const line = this.bodyStartLine;
    if (need === 'headings') {
      let scanned = scanHeadings(part.text, line, markdown?.parseBodyTree);
      if (!scanned.ok && scanned.reason === NEEDS_INLINE_PARSER)
        scanned = scanHeadings(part.text, line, (await loadMarkdown()).parseBodyTree);
      if (scanned.ok) {
        this.#headings = scanned.headings;
        return;
      }
      const read = await headingsBounded(part.text, line);
      if (read.ok) this.#headings = read.value;
      else this.bodyProblem = { kind: 'body-too-complex', line, column: 1, message: read.message };
      return;
    }
    const read = await treeBounded(part.text);
    if (read.ok) this.#body = this.#shift(read.value, part.offset);
    else this.bodyProblem = { kind: 'body-too-complex', line, column: 1, message: read.message };
  }

  releaseBody(): void {
    this.#body = undefined;
    this.#headings = undefined;
    // A policy read from a file lets its text go, frontmatter and positions too: they are read again (and checked
    // to be the same) if asked for, which only the few policies with register-level findings need.
    if (this.source) {
      this.#text = undefined;
      this.#yaml = undefined;
      this.#positions = undefined;
    }
  }

  toRecord(): PolicyRecord {
    const record: PolicyRecord = {
      file: this.file,
      text: this.source ? '' : (this.#text ?? ''),
      data: { ...this.data },
      raw: this.raw,
      schemaFindings: [...this.schemaFindings],
      yaml: this.#yaml ?? '',
      yamlLineOffset: this.#yamlLineOffset,
      closeLine: this.frontmatterEndLine,
      bodyStartLine: this.bodyStartLine,
    };
    if (this.#ordinary) record.ordinary = true;
    if (this.source) record.source = this.source;
    return record;
  }
}

/** The YAML a policy keeps of its frontmatter: LF line breaks (a CR is part of no value), ending with one. */
function frontmatterYaml(split: SplitOk): string {
  return `${split.yaml.replace(/\r\n?/g, '\n')}\n`;
}

/**
 * Positions in frontmatter YAML (as frontmatterYaml gives it). For ordinary frontmatter (`ordinary`: the fast
 * reader's data) most come from its lines, and `yaml` parses the text only for the rest; otherwise from `yaml`.
 */
function frontmatterPositions(kept: string, offset: number, ordinary: Record<string, unknown> | undefined): PositionIndex {
  // The full parser is given the YAML as it always was, without the final line break.
  const yaml = kept.slice(0, -1);
  let full: PositionIndex | undefined;
  const parsed = () => (full ??= parseYaml(yaml, offset).positions);
  if (!ordinary) return parsed();
  const lines = lineIndex(kept, offset);
  return {
    value: (path) => lines.value(path) ?? parsed().value(path),
    key: (path) => lines.key(path) ?? parsed().key(path),
    source: (path) => lines.source(path) ?? parsed().source(path),
    // The fast reader's data is exactly the document's, so what it holds is what the document has.
    has: (path) => hasPath(ordinary, path),
  };
}

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
  const frontmatter = {
    yaml: frontmatterYaml(split),
    yamlLineOffset: split.yamlLineOffset,
    closeLine: split.closeLine,
    bodyStartLine: split.bodyStartLine,
  };
  // Most policies are ordinary: read them the fast way. Its data is exactly what `yaml` would give, so schema
  // findings are explained from it; `yaml` is run (for positions and the text as written) only when a message
  // quotes a value, and for everything the fast reader leaves to it, including every YAML problem.
  const read = fastYaml ? readFrontmatterFast(frontmatter.yaml) : undefined;
  const fast = read && ownStrings(read);
  if (fast) {
    const errors = validate(fast);
    if (errors.length === 0) return new LoadedPolicy(file, text, frontmatter, keepValidFields(fast, []), fast, [], origin, true);
    const schemaFindings = explainSchemaErrors(
      errors,
      policySchema,
      fast,
      frontmatterPositions(frontmatter.yaml, split.yamlLineOffset, fast),
    );
    return new LoadedPolicy(file, text, frontmatter, keepValidFields(fast, schemaFindings), fast, schemaFindings, origin, true);
  }
  const yaml = parseYaml(frontmatter.yaml.slice(0, -1), split.yamlLineOffset);
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
  const raw = ownStrings(yaml.data as Record<string, unknown>);
  const errors = validate(raw);
  const schemaFindings = explainSchemaErrors(errors, policySchema, raw, yaml.positions);
  return new LoadedPolicy(file, text, frontmatter, keepValidFields(raw, schemaFindings), raw, schemaFindings, origin, false);
}

/**
 * The data with each long string copied out of the text it was read from. A parser's strings are slices of its
 * input, which would keep every policy's whole frontmatter alive for as long as its fields are (a register holds
 * 100,000); the copies let it go. Short strings are copied by V8 already.
 */
function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return (value.length < 13 ? value : ` ${value}`.slice(1)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(ownStrings) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = ownStrings((value as Record<string, unknown>)[key]);
    // A `__proto__` field is data, as the parser made it, never the copy's prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

function keepValidFields(raw: Record<string, unknown>, findings: readonly SchemaFinding[]): Partial<PolicyFrontmatter> {
  const invalid = new Set(findings.map((f) => String(f.path[0] ?? '')));
  const data = Object.create(FIELDS) as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) if (!invalid.has(key)) data[key] = value;
  return data as Partial<PolicyFrontmatter>;
}
