// A fast reader for ordinary frontmatter: js-yaml, taught the `yaml` package's own YAML 1.2 core-schema scalar rules.
// `yaml` (parseYaml) stays the authority: this reader only answers for text where the two are known to agree, and
// says "not mine" (undefined) for everything else, which then goes the full way with positions and explanations.
import jsyaml from 'js-yaml';
import { Scalar, Schema } from 'yaml';

/**
 * One js-yaml type per core tag, resolving plain scalars with exactly the tests and conversions `yaml` uses
 * (null, bool, int, float), so `010`, `0o17`, `1_000`, `+.5` and `no` come out as they would from `yaml`.
 * js-yaml keeps one implicit type per tag, hence the grouping.
 */
function coreScalarTypes(): jsyaml.Type[] {
  const byTag = new Map<string, { test: RegExp; resolve: (s: string) => unknown }[]>();
  for (const tag of new Schema({ schema: 'core' }).tags) {
    const scalar = tag as { tag: string; test?: RegExp; resolve?: (s: string, onError: (m: string) => void, o: object) => unknown };
    if (!scalar.test || !scalar.resolve) continue;
    const resolve = scalar.resolve;
    const list = byTag.get(scalar.tag) ?? [];
    list.push({ test: scalar.test, resolve: (s) => resolve(s, () => {}, { intAsBigInt: false }) });
    byTag.set(scalar.tag, list);
  }
  return [...byTag].map(
    ([tag, tests]) =>
      new jsyaml.Type(tag, {
        kind: 'scalar',
        resolve: (text: string | null) => tests.some((t) => t.test.test(text ?? '')),
        construct(text: string | null) {
          const value = tests.find((t) => t.test.test(text ?? ''))!.resolve(text ?? '');
          return value instanceof Scalar ? value.value : value;
        },
      }),
  );
}

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: coreScalarTypes() });

/**
 * Text the fast reader leaves to `yaml`: anchors and aliases, tags and directives (refused or reported there),
 * tabs, control characters, document markers, complex keys (a `?` standing alone, even inside a list item), merge
 * keys, prototype keys, and lines long enough to meet the implicit-key length limit; and, because js-yaml is
 * lenient there, a line at the margin that is not a `field:` line or a sequence item (an under-indented
 * continuation), a `#` that touches the text before it, and a flow collection used as a key (each names it
 * differently), and a block scalar with an indentation indicator (`|2`, `>-1`: js-yaml keeps white-space-only
 * lines under it that `yaml` drops). A false alarm costs only speed; a difference would be a bug, which the
 * differential tests look for.
 */
const LEAVE_TO_YAML =
  /[&*!\t\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]|<<|__proto__|\S#|[\]}]\s*:(?: |$)|(?:^|[\s-])\?(?:\s|$)|(?:^|\s)[|>][-+]?[1-9]/;
/** The same, for what only a line's start can show (tested line by line: a multiline regex is slow here). */
const LINE_LEFT_TO_YAML = /^(?:%|\.\.\.|\s*\?|[^ #A-Za-z0-9_]|[A-Za-z0-9_](?![\w .-]*:(?: |$)))/;
const LONGEST_LINE = 1000;
/** A sequence item with no value (`-` alone, or before a comment): js-yaml and `yaml` nest what follows differently. */
const EMPTY_ITEM = /^\s*(?:-[ ]+)*-[ ]*(?:#.*)?$/;

/** A `field:` line at the margin with nothing after the colon: its value is on the lines below. */
const OPEN_FIELD = /^[A-Za-z0-9_][\w .-]*:[ ]*$/;
/**
 * A sequence item at the margin (`- item`), as under `legislation:` written without indenting the list. An empty
 * item or one that opens another sequence (`- - a`) is left to `yaml`: js-yaml nests the items after it wrongly.
 */
const MARGIN_ITEM = /^- [^\s?-]/;

/**
 * Quoted text and flow collections that run over a line end are continued by indentation rules on which the two
 * parsers differ, so each line must close what it opens (a cheap count, erring towards `yaml`). A sequence item at
 * the margin is ordinary only straight under an open field or another such item (with its own indented lines).
 */
function linesAreOrdinary(source: string): boolean {
  let margin: 'open' | 'item' | 'other' = 'other';
  for (const line of source.split('\n')) {
    if (line.length >= LONGEST_LINE || LEAVE_TO_YAML.test(line) || EMPTY_ITEM.test(line)) return false;
    if (MARGIN_ITEM.test(line)) {
      // Checked as an indented item's line would be.
      if (margin === 'other') return false;
      margin = 'item';
    } else if (line !== '' && LINE_LEFT_TO_YAML.test(line)) {
      return false;
    } else if (line.trim() !== '' && !/^\s*#/.test(line)) {
      // Blank lines and whole-line comments change nothing; an indented line belongs to what is above it.
      if (!line.startsWith(' ')) margin = OPEN_FIELD.test(line) ? 'open' : 'other';
      else if (margin === 'open') margin = 'other';
    }
    if (!closesWhatItOpens(line)) return false;
  }
  return true;
}

/**
 * Each quote kind an even number of times and each bracket closed as often as opened, on one line: for double
 * quotes a backslash and the character after it do not count (the pair is an escape), for the rest they do.
 */
function closesWhatItOpens(line: string): boolean {
  let double = 0;
  let single = 0;
  let square = 0;
  let curly = 0;
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    let escaped = false;
    if (c === 0x5c /* \ */ && i + 1 < line.length) {
      c = line.charCodeAt(++i);
      escaped = true;
    }
    if (c === 0x22 /* " */) {
      if (!escaped) double++;
    } else if (c === 0x27 /* ' */) single++;
    else if (c === 0x5b /* [ */) square++;
    else if (c === 0x5d /* ] */) square--;
    else if (c === 0x7b /* { */) curly++;
    else if (c === 0x7d /* } */) curly--;
  }
  return double % 2 === 0 && single % 2 === 0 && square === 0 && curly === 0;
}

/** Nested deeper than this, `yaml` reports the nesting; see yaml.ts. */
const MAX_DEPTH = 32;

/** Within the depth limit, and no key that was null (js-yaml names it "null", `yaml` names it ""). */
function ordinary(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (limit === 0) return false;
  for (const [key, child] of Object.entries(value)) if (key === 'null' || !ordinary(child, limit - 1)) return false;
  return true;
}

/**
 * The frontmatter's data, or undefined when this reader cannot vouch that `yaml` would give the same data
 * with no problems. `source` has LF line endings, as parseYaml receives it.
 */
export function readFrontmatterFast(source: string): Record<string, unknown> | undefined {
  if (!linesAreOrdinary(source)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(source, { schema: SCHEMA });
  } catch {
    return undefined; // a syntax problem or a duplicate key: `yaml` says where and what.
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (!ordinary(data, MAX_DEPTH)) return undefined;
  return data as Record<string, unknown>;
}
