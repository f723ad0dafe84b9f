// Edits to a policy's frontmatter that touch only the lines they must: the yaml package finds where each field's
// value is in the source, and the text is spliced there, so comments, key order, quoting and flow or block style
// of everything else stay exactly as the author wrote them.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { splitFrontmatter } from '../load/frontmatter.js';

export class EditError extends Error {}

/** A field as it was and as it is now, for "what changed". */
export interface FieldChange {
  field: string;
  before?: string;
  after: string;
}

interface Located {
  /** The YAML between the fences, and where it starts in the file. */
  yaml: string;
  start: number;
  doc: Document.Parsed;
  map: YAMLMap;
  eol: string;
}

function locate(text: string): Located {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new EditError(`the frontmatter cannot be read (${split.message})`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // The YAML starts on the line after the opening fence.
  let start = 0;
  for (let line = 0; line < split.yamlLineOffset; line++) start = text.indexOf('\n', start) + 1;
  const yaml = text.slice(start, start + split.yaml.length);
  if (yaml !== split.yaml) throw new EditError('the frontmatter could not be located in the file');
  const doc = parseDocument(yaml, { keepSourceTokens: false });
  if (doc.errors.length)
    throw new EditError(
      `the frontmatter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); run policies check and correct it first`,
    );
  if (!isMap(doc.contents)) throw new EditError('the frontmatter is not a list of fields');
  return { yaml, start, doc, map: doc.contents, eol };
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return map.items.find((p): p is Pair<Node, Node> => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** A plain scalar where YAML reads it back as the same string, else double-quoted (JSON is valid YAML). */
export function yamlString(value: string, quote = false): string {
  const plain =
    /^[A-Za-z][A-Za-z0-9 ()&'.,/-]*$/.test(value) && !/[:#]|\s$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value);
  return plain && !quote ? value : JSON.stringify(value);
}

/** The end of the line containing `offset` (the index of its line break, or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n === -1 ? text.length : n;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Set a top-level scalar field. An existing value is replaced where it stands (a comment after it stays); a new field
 * goes on its own line after the first of `after` that exists, else at the end of the frontmatter.
 */
export function setField(text: string, key: string, value: string, after: readonly string[] = []): { text: string; change?: FieldChange } {
  const { yaml, start, map, eol } = locate(text);
  const pair = pairOf(map, key);
  if (pair?.value) {
    if (!isScalar(pair.value)) throw new EditError(`${key} is not a single value; correct it by hand`);
    const [from, to] = pair.value.range!;
    const before = yaml.slice(from, to);
    if (before === value) return { text };
    return {
      text: text.slice(0, start + from) + value + text.slice(start + to),
      change: { field: key, before: String(pair.value.value), after: value },
    };
  }
  if (pair) throw new EditError(`${key} is written with no value; give it one or remove it, then run the command again`);
  const anchor = after.map((k) => pairOf(map, k)).find((p) => p !== undefined);
  const at = anchor ? lineEnd(yaml, (anchor.value ?? (anchor.key as Node)).range![2] - 1) + 1 : yaml.length;
  const insertion = `${key}: ${value}${eol}`;
  const prefix = at > 0 && !yaml.slice(0, at).endsWith('\n') ? eol : '';
  return { text: text.slice(0, start + at) + prefix + insertion + text.slice(start + at), change: { field: key, after: value } };
}

export interface NewApproval {
  date: string;
  body: string;
  minute: string;
}

/**
 * Append an approval to `approvals`, in the style of the entries already there: a flow map per line
 * (`- { date: ..., body: ..., minute: "..." }`), a block map, or an entry of a flow list. Without approvals, the
 * field is added after `after`.
 */
export function appendApproval(text: string, approval: NewApproval, after: readonly string[]): { text: string; change: FieldChange } {
  const { yaml, start, map, eol } = locate(text);
  const flowEntry = `{ date: ${approval.date}, body: ${yamlString(approval.body)}, minute: ${yamlString(approval.minute, true)} }`;
  const change: FieldChange = { field: 'approvals', after: `+ ${approval.date}, ${approval.body}, minute ${approval.minute}` };
  const pair = pairOf(map, 'approvals');
  if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
    if (pair) throw new EditError('approvals is written with no value; remove the empty approvals line, then run the command again');
    const anchor = after.map((k) => pairOf(map, k)).find((p) => p !== undefined);
    const at = anchor ? lineEnd(yaml, (anchor.value ?? (anchor.key as Node)).range![2] - 1) + 1 : yaml.length;
    const block = `approvals:${eol}  - ${flowEntry}${eol}`;
    return { text: text.slice(0, start + at) + block + text.slice(start + at), change };
  }
  if (!isSeq(pair.value)) throw new EditError('approvals is not a list; correct it (see policies check), then run the command again');
  const seq = pair.value as YAMLSeq<Node>;
  if (seq.flow) {
    // [ {...}, {...} ]: the new entry goes before the closing bracket.
    const close = yaml.lastIndexOf(']', seq.range![1]);
    const empty = seq.items.length === 0;
    const gap = yaml.slice(0, close).trimEnd();
    const insert = `${empty ? '' : ', '}${flowEntry}`;
    return { text: text.slice(0, start + gap.length) + insert + text.slice(start + gap.length), change };
  }
  const last = seq.items.at(-1);
  if (!last?.range) throw new EditError('approvals is an empty list; write approvals: [] or remove it, then run the command again');
  // The "- " of the last entry sets the indentation; the entry ends where its last line ends.
  const first = seq.items[0]!;
  const dash = yaml.lastIndexOf('-', first.range![0]);
  const indent = yaml.slice(lineStart(yaml, dash), dash);
  if (/\S/.test(indent)) throw new EditError('approvals is written in a layout this command does not edit; add the approval by hand');
  const end = lineEnd(yaml, Math.max(last.range[1], last.range[0]) - 1) + 1;
  let entry: string;
  if (isMap(last) && !last.flow) {
    const pad = `${indent}  `;
    entry = `${indent}- date: ${approval.date}${eol}${pad}body: ${yamlString(approval.body)}${eol}${pad}minute: ${yamlString(approval.minute, true)}${eol}`;
  } else {
    entry = `${indent}- ${flowEntry}${eol}`;
  }
  const prefix = end > yaml.length || !yaml.slice(0, end).endsWith('\n') ? eol : '';
  return {
    text: text.slice(0, start + Math.min(end, yaml.length)) + prefix + entry + text.slice(start + Math.min(end, yaml.length)),
    change,
  };
}
