// Positions in ordinary frontmatter read from its lines, without building a YAML document. Most findings point at a
// field written on one line (`next_review: 2025-01`, an item of `linked_policies`, `approvals[1].minute`): this
// index finds those, exactly where the full parser puts them, and answers `undefined` for everything else (block
// scalars, values over several lines, paths that are not there), which the full parser then answers (yaml.ts).
// It is only used on text the fast reader accepted (fast-yaml.ts): no tabs, anchors, tags or complex keys.
import type { Location } from '../types.js';
import type { YamlPath } from './yaml.js';

/** A flow collection's own extent, `[` to `]` or `{` to `}` (a block collection's is left to the parser). */
interface Span {
  start: Cursor;
  end: Cursor;
}

type Node =
  | ({ kind: 'scalar' } & Span)
  | { kind: 'map'; entries: Map<string, { key: Cursor; keyEnd: Cursor; value: Node }>; span?: Span }
  | { kind: 'seq'; items: Node[]; span?: Span }
  | { kind: 'unknown' };

/** Where a node is written, when the index knows: a scalar, or a collection in flow style on one line. */
function spanOf(node: Node): Span | undefined {
  if (node.kind === 'scalar') return node;
  return node.kind === 'unknown' ? undefined : node.span;
}

/** A 0-based line and column in the frontmatter text. */
interface Cursor {
  line: number;
  column: number;
}

const UNKNOWN: Node = { kind: 'unknown' };
/** A key the index reads: a plain word that no YAML core-schema rule turns into a null, boolean or number. */
const KEY = /^([A-Za-z_][\w-]*):(?= |$)/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** What may follow a complete value on its line: spaces, then perhaps a comment. */
const LINE_END = /^ *(?:#.*)?$/;

export interface LineIndex {
  value(path: YamlPath): Location | undefined;
  key(path: YamlPath): Location | undefined;
  source(path: YamlPath): string | undefined;
}

export function lineIndex(yaml: string, lineOffset: number): LineIndex {
  const lines = yaml.split('\n');
  const root = block(lines, 0, lines.length, 0);
  const location = (start: Cursor, end: Cursor): Location => ({
    line: start.line + 1 + lineOffset,
    column: start.column + 1,
    endLine: end.line + 1 + lineOffset,
    endColumn: end.column + 1,
  });
  const walk = (path: YamlPath): { node: Node; key?: { key: Cursor; keyEnd: Cursor } } | undefined => {
    let node = root;
    let key: { key: Cursor; keyEnd: Cursor } | undefined;
    for (const segment of path) {
      if (node.kind === 'map') {
        const entry = node.entries.get(String(segment));
        if (!entry) return undefined;
        key = entry;
        node = entry.value;
      } else if (node.kind === 'seq' && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) return undefined;
        key = undefined;
        node = item;
      } else return undefined;
    }
    return { node, ...(key ? { key } : {}) };
  };
  const spanAt = (path: YamlPath): Span | undefined => {
    const found = walk(path);
    return found && spanOf(found.node);
  };
  return {
    value(path) {
      const span = spanAt(path);
      return span && location(span.start, span.end);
    },
    key(path) {
      const found = walk(path);
      if (found?.key) return location(found.key.key, found.key.keyEnd);
      const span = found && spanOf(found.node);
      return span && location(span.start, span.end);
    },
    source(path) {
      const span = spanAt(path);
      return span && span.start.line === span.end.line ? lines[span.start.line]!.slice(span.start.column, span.end.column) : undefined;
    },
  };
}

const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const indentOf = (line: string) => line.length - line.trimStart().length;

/** The block collection in lines [from, to) whose entries start at column `indent`. */
function block(lines: readonly string[], from: number, to: number, indent: number): Node {
  let first = from;
  while (first < to && !isContent(lines[first]!)) first++;
  if (first === to) return UNKNOWN;
  const line = lines[first]!;
  if (indentOf(line) !== indent) return UNKNOWN;
  return line.startsWith('-', indent) && (line.length === indent + 1 || line[indent + 1] === ' ')
    ? sequence(lines, first, to, indent)
    : mapping(lines, first, to, indent, indent);
}

/** The end of the lines that belong to the entry starting at `at`: up to the next content line at `indent` or less. */
function extent(lines: readonly string[], at: number, to: number, indent: number, sequenceMayFollow = false): number {
  let end = at + 1;
  while (end < to) {
    const line = lines[end]!;
    if (isContent(line)) {
      const column = indentOf(line);
      // A sequence at the key's own column is the key's value (lists written at the margin).
      if (column < indent || (column === indent && !(sequenceMayFollow && line.startsWith('- ', column)))) break;
    }
    end++;
  }
  return end;
}

/**
 * A block mapping: `key: value` lines at `indent`. The first key may sit at `firstColumn` on line `from` (after a
 * sequence's `- `).
 */
function mapping(lines: readonly string[], from: number, to: number, indent: number, firstColumn: number): Node {
  const entries = new Map<string, { key: Cursor; keyEnd: Cursor; value: Node }>();
  let at = from;
  let column = firstColumn;
  while (at < to) {
    const line = lines[at]!;
    if (!isContent(line)) {
      at++;
      continue;
    }
    if (at !== from) column = indentOf(line);
    if (at !== from && column !== indent) return UNKNOWN;
    const match = KEY.exec(line.slice(column));
    if (!match || RESERVED_KEY.test(match[1]!) || entries.has(match[1]!)) return UNKNOWN;
    const name = match[1]!;
    const end = extent(lines, at, to, indent, true);
    const key = { line: at, column };
    const keyEnd = { line: at, column: column + name.length };
    const rest = column + name.length + 1;
    const value = LINE_END.test(line.slice(rest))
      ? block(lines, at + 1, end, nestedIndent(lines, at + 1, end))
      : hasContent(lines, at + 1, end)
        ? UNKNOWN // a plain value continued on the lines below, or a value with more under it
        : inline(line, rest, at);
    entries.set(name, { key, keyEnd, value });
    at = end;
  }
  return { kind: 'map', entries };
}

/** A block sequence: `- item` lines at `indent`. */
function sequence(lines: readonly string[], from: number, to: number, indent: number): Node {
  const items: Node[] = [];
  let at = from;
  while (at < to) {
    const line = lines[at]!;
    if (!isContent(line)) {
      at++;
      continue;
    }
    if (indentOf(line) !== indent || !line.startsWith('- ', indent)) return UNKNOWN;
    const end = extent(lines, at, to, indent);
    const content = indent + 2 + indentOf(line.slice(indent + 2));
    if (KEY.test(line.slice(content))) items.push(mapping(lines, at, end, content, content));
    else if (hasContent(lines, at + 1, end)) items.push(UNKNOWN);
    else items.push(inline(line, content, at));
    at = end;
  }
  return { kind: 'seq', items };
}

function hasContent(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isContent(lines[i]!)) return true;
  return false;
}

function nestedIndent(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isContent(lines[i]!)) return indentOf(lines[i]!);
  return -1;
}

/** A value that starts at `column` of line `at` and ends on that line: a scalar, or a flow collection of scalars. */
function inline(line: string, column: number, at: number): Node {
  let start = column;
  while (line[start] === ' ') start++;
  const read = flowValue(line, start, at, false);
  return read && LINE_END.test(line.slice(read.next)) ? read.node : UNKNOWN;
}

/**
 * The value at `column`: a quoted or plain scalar or a flow collection. `inFlow` ends plain scalars at `,` `]` `}`.
 * Returns the node and the column after it, or undefined for what the index does not read.
 */
function flowValue(line: string, column: number, at: number, inFlow: boolean): { node: Node; next: number } | undefined {
  const c = line[column];
  if (c === '"' || c === "'") {
    const close = closingQuote(line, column);
    if (close < 0) return undefined;
    return { node: { kind: 'scalar', start: { line: at, column }, end: { line: at, column: close + 1 } }, next: close + 1 };
  }
  if (c === '[' || c === '{') return flowCollection(line, column, at);
  if (c === undefined || '|>&*!%@`#,]}'.includes(c) || ((c === '-' || c === '?' || c === ':') && line[column + 1] === ' '))
    return undefined;
  let end = column;
  while (end < line.length) {
    const ch = line[end]!;
    if (ch === ' ' && line[end + 1] === '#') break;
    if (ch === ':' && (line[end + 1] === ' ' || line[end + 1] === undefined || (inFlow && ',[]{}'.includes(line[end + 1]!))))
      return undefined;
    if (inFlow && ',[]{}'.includes(ch)) break;
    end++;
  }
  while (end > column && line[end - 1] === ' ') end--;
  if (end === column) return undefined;
  return { node: { kind: 'scalar', start: { line: at, column }, end: { line: at, column: end } }, next: end };
}

/** The index of the quote closing the quoted scalar opened at `open`, or -1 when it does not close on this line. */
function closingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** `[a, "b"]` or `{ key: value, … }` of scalars, on one line. */
function flowCollection(line: string, column: number, at: number): { node: Node; next: number } | undefined {
  const isMap = line[column] === '{';
  const close = isMap ? '}' : ']';
  const items: Node[] = [];
  const entries = new Map<string, { key: Cursor; keyEnd: Cursor; value: Node }>();
  let i = column + 1;
  const skipSpaces = () => {
    while (line[i] === ' ') i++;
  };
  for (;;) {
    skipSpaces();
    if (line[i] === close) {
      const span = { start: { line: at, column }, end: { line: at, column: i + 1 } };
      return { node: isMap ? { kind: 'map', entries, span } : { kind: 'seq', items, span }, next: i + 1 };
    }
    if (isMap) {
      const match = /^([A-Za-z_][\w-]*): /.exec(line.slice(i));
      if (!match || RESERVED_KEY.test(match[1]!) || entries.has(match[1]!)) return undefined;
      const key = { line: at, column: i };
      const keyEnd = { line: at, column: i + match[1]!.length };
      i += match[0].length;
      skipSpaces();
      const value = flowValue(line, i, at, true);
      if (value?.node.kind !== 'scalar') return undefined;
      entries.set(match[1]!, { key, keyEnd, value: value.node });
      i = value.next;
    } else {
      const value = flowValue(line, i, at, true);
      if (value?.node.kind !== 'scalar') return undefined;
      items.push(value.node);
      i = value.next;
    }
    skipSpaces();
    if (line[i] === ',') i++;
    else if (line[i] !== close) return undefined;
  }
}
