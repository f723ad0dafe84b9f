// Glob matching for the config's `exclude`, without regular expressions. picomatch (like every glob library
// measured) compiles `*` to a backtracking expression: a crafted `*a*a*a*a*a*a*a*a*a*a*a*a*b` took seconds on one
// 28-character file name, and the time grows as a power of the name's length. This matcher's work is bounded by
// (pattern length x path length): `*` is matched by the greedy algorithm that only ever resumes from the last `*`.
//
// Syntax (the part of picomatch's, with `dot: true`, that exclude lists use): `/` separates folders; `**` as a whole
// segment is any number of folders, none included; `*` is any run of characters within a name; `?` is one
// character; `[abc]`, `[a-z]`, `[!a]` or `[^a]` is one of (or none of) a set; `{a,b}` is either; `\` takes the next
// character literally; a leading `!` matches every path the rest does not. Dot files are matched like any other.

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'set'; negated: boolean; ranges: [string, string][] };
type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

/** More alternatives than this from `{...}` and the pattern is read with its braces as plain characters. */
const MAX_ALTERNATIVES = 256;

export type PathMatcher = (path: string) => boolean;

/** A matcher for any of `patterns`, applied to a path with `/` separators. */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const matchers = patterns.map(compileGlob);
  return (path) => matchers.some((m) => m(path));
}

export function compileGlob(pattern: string): PathMatcher {
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  const body = (negated ? pattern.slice(1) : pattern).replace(/^(?:\.\/)+/, '');
  const alternatives = expandBraces(body);
  const compiled = (alternatives.length > MAX_ALTERNATIVES ? [body] : alternatives).map(compileSegments);
  return (path) => compiled.some((segments) => matchSegments(segments, path.replace(/^(?:\.\/)+/, '').split('/'))) !== negated;
}

/** Every alternative `{a,b}` gives, stopping once there are more than the limit. */
function expandBraces(pattern: string): string[] {
  const results: string[] = [];
  const pending = [pattern];
  while (pending.length > 0 && results.length <= MAX_ALTERNATIVES) {
    const current = pending.pop()!;
    const group = firstBraceGroup(current);
    if (!group) {
      results.push(current);
      continue;
    }
    for (const option of group.options.reverse()) pending.push(current.slice(0, group.start) + option + current.slice(group.end + 1));
    if (pending.length > MAX_ALTERNATIVES * 4) return new Array(MAX_ALTERNATIVES + 1).fill(pattern);
  }
  return results.length > MAX_ALTERNATIVES ? new Array(MAX_ALTERNATIVES + 1).fill(pattern) : results;
}

/** The first `{...}` holding a top-level comma, with its options; undefined when there is none. */
function firstBraceGroup(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const cuts: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) cuts.push(i);
      else if (c === '}' && --depth === 0) {
        if (cuts.length === 0) break;
        const bounds = [start, ...cuts, i];
        return { start, end: i, options: bounds.slice(1).map((end, k) => pattern.slice(bounds[k]! + 1, end)) };
      }
    }
  }
  return undefined;
}

function compileSegments(pattern: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of splitSegments(pattern)) {
    if (part === '**') {
      if (!segments.at(-1)?.globstar) segments.push({ globstar: true });
    } else {
      segments.push({ globstar: false, tokens: tokenize(part) });
    }
  }
  return segments;
}

/** Split at `/`, except an escaped one or one inside `[...]`. */
function splitSegments(pattern: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      current += c + pattern[++i];
    } else if (c === '/') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      tokens.push({ kind: 'char', char: segment[++i]! });
    } else if (c === '*') {
      // Runs of stars are one star: within a name `**` is `*`.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[') {
      const set = readSet(segment, i);
      if (set) {
        tokens.push(set.token);
        i = set.end;
      } else {
        tokens.push({ kind: 'char', char: c });
      }
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return tokens;
}

/** `[...]` starting at `start`, or undefined when it is not closed (then `[` is an ordinary character). */
function readSet(segment: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < segment.length; first = false, i++) {
    let c = segment[i]!;
    if (c === ']' && !first) return { token: { kind: 'set', negated, ranges }, end: i };
    if (c === '\\' && i + 1 < segment.length) c = segment[++i]!;
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      let to = segment[i + 2]!;
      i += 2;
      if (to === '\\' && i + 1 < segment.length) to = segment[++i]!;
      ranges.push([c, to]);
    } else {
      ranges.push([c, c]);
    }
  }
  return undefined;
}

function matchesOne(token: Token, c: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === c;
    case 'any':
      return true;
    case 'set':
      return token.ranges.some(([from, to]) => c >= from && c <= to) !== token.negated;
    default:
      return false;
  }
}

/** One name against one segment's tokens: greedy, resuming only from the last `*`, so O(name x tokens). */
function matchName(tokens: readonly Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token && token.kind !== 'star' && matchesOne(token, name[n]!)) {
      t++;
      n++;
    } else if (token?.kind === 'star') {
      star = t++;
      resume = n;
    } else if (star >= 0) {
      t = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Segments against path parts: which parts each prefix of the pattern can reach, one pass per segment. */
function matchSegments(segments: readonly Segment[], parts: readonly string[]): boolean {
  let reach = new Uint8Array(parts.length + 1);
  reach[0] = 1;
  for (const segment of segments) {
    const next = new Uint8Array(parts.length + 1);
    if (segment.globstar) {
      let any = 0;
      for (let j = 0; j <= parts.length; j++) next[j] = any |= reach[j]!;
    } else {
      for (let j = 0; j < parts.length; j++) if (reach[j] && matchName(segment.tokens, parts[j]!)) next[j + 1] = 1;
    }
    reach = next;
  }
  return reach[parts.length] === 1;
}
