// Parse frontmatter YAML (1.2 core schema) into plain data, keeping the position of every key and value.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Location } from '../types.js';
import { explainYamlProblem, type YamlProblemCode, type YamlSource } from './yaml-problems.js';

export type YamlPath = readonly (string | number)[];

export interface YamlProblem extends Location {
  kind: 'syntax' | 'duplicate-key' | 'alias' | 'tab' | 'not-a-mapping' | 'too-deep' | 'tag';
  code: YamlProblemCode;
  /** The problem in plain words, with the fix (never the YAML library's wording). */
  message: string;
}

const KIND: Partial<Record<YamlProblemCode, YamlProblem['kind']>> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab',
  ALIAS: 'alias',
  ALIAS_PROPS: 'alias',
  BAD_ALIAS: 'alias',
  MULTIPLE_ANCHORS: 'alias',
  BAD_PROP_ORDER: 'alias',
  TAG: 'tag',
  MULTIPLE_TAGS: 'tag',
  TAG_RESOLVE_FAILED: 'tag',
  BAD_COLLECTION_TYPE: 'tag',
  TOO_DEEP: 'too-deep',
  RESOURCE_EXHAUSTION: 'too-deep',
  NOT_A_MAPPING: 'not-a-mapping',
};

/** Positions of a parsed frontmatter block, in file coordinates. */
export interface PositionIndex {
  /** The value at `path`, or the nearest ancestor that exists. */
  value(path: YamlPath): Location;
  /** The key at `path` (falls back to the value, then to the nearest ancestor). */
  key(path: YamlPath): Location;
  /** The source text of the value at `path`, exactly as written. */
  source(path: YamlPath): string | undefined;
  /** Whether the value at `path` exists in the document. */
  has(path: YamlPath): boolean;
}

export interface YamlResult {
  data: unknown;
  problems: YamlProblem[];
  positions: PositionIndex;
}

const MAX_DEPTH = 32;

/**
 * `resolveKnownTags: false` keeps dates as strings; `uniqueKeys` reports duplicates instead of keeping the
 * last; `maxAliasCount: 0` at toJS refuses aliases outright (a policy never needs one, and alias bombs are
 * how YAML exhausts memory).
 */
export function parseYaml(yaml: string, lineOffset: number, about: YamlSource = 'frontmatter'): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    resolveKnownTags: false,
    logLevel: 'silent',
    prettyErrors: false,
    lineCounter,
    keepSourceTokens: false,
  });

  const toLocation = (start: number, end?: number): Location => {
    const a = lineCounter.linePos(start);
    const loc: Location = { line: a.line + lineOffset, column: a.col };
    if (end !== undefined && end > start) {
      const b = lineCounter.linePos(end);
      loc.endLine = b.line + lineOffset;
      loc.endColumn = b.col;
    }
    return loc;
  };
  const top: Location = { line: lineOffset + 1, column: 1 };
  const problems: YamlProblem[] = [];
  const lines = yaml.split('\n');
  const problem = (code: YamlProblemCode, at: Location, detail?: string, parserMessage?: string): YamlProblem => {
    const lineText = lines[at.line - lineOffset - 1] ?? '';
    const message = explainYamlProblem({ code, lineText, column: at.column, detail, parserMessage }, about);
    return { kind: KIND[code] ?? 'syntax', code, message, ...at };
  };

  // An error found only at the end of the text (an unclosed bracket) points at the last line that has text.
  const lastLine = lineOffset + Math.max(1, yaml.replace(/\s+$/, '').split('\n').length);
  for (const error of doc.errors) {
    const at = toLocation(error.pos[0], error.pos[1]);
    if (at.line > lastLine) Object.assign(at, { line: lastLine, column: 1, endLine: undefined, endColumn: undefined });
    // The parser's message names a tag, and tells apart problems that share a code; it is never shown.
    problems.push(problem(error.code, at, detailOf(error.message), error.message));
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED')
      problems.push(problem('TAG_RESOLVE_FAILED', toLocation(warning.pos[0], warning.pos[1]), detailOf(warning.message), warning.message));
  }

  const positions = makePositionIndex(doc, toLocation, top, yaml);
  if (problems.length > 0) return { data: undefined, problems, positions };

  const structural = findStructuralProblems(doc.contents, toLocation);
  if (structural) return { data: undefined, problems: [problem(structural.code, structural.at, structural.detail)], positions };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    // toJS throws only for aliases (refused by maxAliasCount: 0), which the walk above reports first.
    problems.push(problem('ALIAS', top));
    return { data: undefined, problems, positions };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problem('NOT_A_MAPPING', top));
    return { data: undefined, problems, positions };
  }
  return { data, problems, positions };
}

/** The tag a parser message names (`Unresolved tag: tag:yaml.org,2002:int`), to name it in the fix. */
function detailOf(message: string): string | undefined {
  return /tag: (\S+)/.exec(message.split('\n')[0] ?? '')?.[1];
}

interface StructuralProblem {
  code: 'TOO_DEEP' | 'ALIAS' | 'TAG';
  at: Location;
  detail?: string;
}

/** Aliases, custom tags and absurd nesting are refused before the document is turned into data. */
function findStructuralProblems(root: unknown, toLocation: (s: number, e?: number) => Location): StructuralProblem | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    const range = (node as Node).range;
    if (depth > MAX_DEPTH) {
      return { code: 'TOO_DEEP', at: toLocation(range?.[0] ?? 0) };
    }
    if (isAlias(node)) {
      return { code: 'ALIAS', at: toLocation(range?.[0] ?? 0) };
    }
    const tag = (node as { tag?: string }).tag;
    if (tag && !tag.startsWith('tag:yaml.org,2002:')) {
      return { code: 'TAG', at: toLocation(range?.[0] ?? 0), detail: tag };
    }
    if (isMap(node) || isSeq(node)) {
      // Pushed in reverse, so the first problem in the document is the one reported.
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) {
          stack.push({ node: item.value, depth: depth + 1 });
          stack.push({ node: item.key, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function makePositionIndex(doc: Document, toLocation: (s: number, e?: number) => Location, top: Location, yaml: string): PositionIndex {
  /** Walk as far down `path` as the document goes. */
  const walk = (path: YamlPath): { pair?: Pair; node?: Node; complete: boolean } => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const found = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) === String(segment) : false));
        if (!found) return { pair, node: node as Node, complete: false };
        pair = found;
        node = found.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return { pair, node: node as Node, complete: false };
        pair = undefined;
        node = item;
      } else {
        return { pair, node: (node ?? undefined) as Node | undefined, complete: false };
      }
    }
    return { pair, node: (node ?? undefined) as Node | undefined, complete: true };
  };
  const nodeLocation = (node: Node | undefined): Location | undefined =>
    node?.range ? toLocation(node.range[0], node.range[1]) : undefined;

  return {
    value(path) {
      const { pair, node } = walk(path);
      return nodeLocation(node) ?? nodeLocation(pair?.key as Node | undefined) ?? top;
    },
    key(path) {
      const { pair, node, complete } = walk(path);
      if (complete && pair) return nodeLocation(pair.key as Node) ?? nodeLocation(node) ?? top;
      return nodeLocation(node) ?? top;
    },
    source(path) {
      const { node, complete } = walk(path);
      if (!complete || !node?.range) return undefined;
      return yaml.slice(node.range[0], node.range[1]);
    },
    has(path) {
      return walk(path).complete;
    },
  };
}
