// A policy body's top-level headings, found by a line scanner that agrees with remark wherever it answers, and by
// remark (on the body only, see markdown.ts) wherever it cannot decide.
import type { PhrasingContent, Root, RootContent } from 'mdast';

/** A heading at the top level of the body (not inside a list or block quote), as remark reads it. */
export interface BodyHeading {
  depth: number;
  /** The heading's text: every text, code and HTML value in it, joined, with the Markdown syntax removed. */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

/** Why the scanner handed a body to remark: a construct it does not decide itself. */
export interface ScanRefusal {
  ok: false;
  reason: string;
  line: number;
}

export type ScanResult = { ok: true; headings: BodyHeading[] } | ScanRefusal;

/** Text of phrasing content the way rules read it: values of text, code and HTML nodes, joined. */
export function textOf(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return nodes
    .map((n) => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? textOf(n.children as PhrasingContent[]) : ''))
    .join('');
}

/** The top-level headings of a remark tree. */
export function headingsOf(tree: Root, lineOffset = 0): BodyHeading[] {
  const out: BodyHeading[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading')
      out.push({ depth: node.depth, text: textOf(node.children), line: (node.position?.start.line ?? 1) + lineOffset });
  }
  return out;
}

const ATX = /^(#{1,6})(?:[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** The start of something remark might read as an HTML block. */
const HTML_START = /^<[A-Za-z/!?]/;
/** Characters that make a heading's text differ from what is written: escapes, code, emphasis, links, HTML. */
export const INLINE_SYNTAX = /[\\`*_[\]<]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
/** A heading longer than this is left to remark with everything else. */
const MAX_SCANNED_HEADING = 2000;

/** Columns of leading whitespace (a tab advances to the next multiple of 4) and where the content starts. */
function indentOf(line: string): { columns: number; at: number } {
  let columns = 0;
  let at = 0;
  for (; at < line.length; at++) {
    const c = line.charCodeAt(at);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, at };
}

/** The content of an ATX heading line after its opening `#`s: trimmed, without a closing sequence. */
function atxContent(rest: string): string {
  let content = rest.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  const closing = /(?:^|[ \t]+)#+$/.exec(content);
  if (closing) content = content.slice(0, closing.index).replace(/[ \t]+$/, '');
  return content;
}

/** Why a heading with inline syntax was refused when no parser was given for it (see scanHeadings). */
export const NEEDS_INLINE_PARSER = 'a heading with inline syntax (read with remark)';

/**
 * Scan a body for its top-level headings, or refuse (and say why) when the body holds a construct whose reading
 * the scanner does not decide: HTML blocks, setext underlines after text, headings and fences indented inside
 * a possible list or quote, link reference definitions, lone carriage returns, link text in a heading.
 * `firstLine` is the file line the body starts on. A heading with other inline syntax (emphasis, code, escapes) is
 * read with `parseLine` (remark on that line alone), or refused with NEEDS_INLINE_PARSER when there is none.
 */
export function scanHeadings(body: string, firstLine: number, parseLine?: (line: string) => Root): ScanResult {
  const headings: BodyHeading[] = [];
  const lines = body.split(/\r\n|\r|\n/);
  let fence: { char: string; length: number } | undefined;
  /** A list item or block quote may still be open, so an indented line may belong to it. */
  let container = false;
  /** The previous line could be a paragraph's (so an underline after it would make a setext heading). */
  let afterText = false;
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const number = firstLine + i;
    const refuse = (reason: string): ScanRefusal => ({ ok: false, reason, line: number });
    const { columns, at } = indentOf(line);
    const rest = line.slice(at);
    if (fence) {
      if (columns < 4 && rest.startsWith(fence.char.repeat(fence.length)) && new RegExp(`^\\${fence.char}+[ \\t]*$`).test(rest))
        fence = undefined;
      continue;
    }
    if (rest === '') {
      afterText = false;
      afterBlank = true;
      continue;
    }
    const wasBlank = afterBlank;
    afterBlank = false;
    if (columns >= 4) {
      // Indented code at the top level, or text inside a list item: never a top-level heading.
      afterText = true;
      continue;
    }
    if (columns === 0 && wasBlank && !LIST_ITEM.test(rest) && rest[0] !== '>') container = false;
    if (columns > 0 && container && (rest[0] === '#' || rest[0] === '`' || rest[0] === '~'))
      return refuse('an indented heading or fence after a list or quote');
    const atx = ATX.exec(rest);
    if (atx) {
      const content = atxContent(rest.slice(atx[1]!.length));
      let text = content;
      if (INLINE_SYNTAX.test(content)) {
        // Link text may depend on a definition anywhere in the body; anything else is read from the line alone.
        if (/[[\]]/.test(content) || content.length > MAX_SCANNED_HEADING) return refuse('a heading with link syntax or of great length');
        if (!parseLine) return refuse(NEEDS_INLINE_PARSER);
        const tree = parseLine(`${atx[1]} ${content}`);
        const only = tree.children[0];
        if (tree.children.length !== 1 || only?.type !== 'heading') return refuse('a heading the scanner cannot read alone');
        text = textOf(only.children);
      }
      headings.push({ depth: atx[1]!.length, text, line: number });
      if (columns === 0) container = false;
      afterText = false;
      continue;
    }
    const open = FENCE.exec(rest);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      if (columns === 0) container = false;
      afterText = false;
      continue;
    }
    if (SETEXT_UNDERLINE.test(rest) && afterText) return refuse('an underline after text (a setext heading or a rule)');
    if (THEMATIC_BREAK.test(rest)) {
      afterText = false;
      continue;
    }
    if (HTML_START.test(rest)) return refuse('HTML');
    if (rest[0] === '[' && rest.includes(']:')) return refuse('a link reference definition');
    if (rest[0] === '>' || LIST_ITEM.test(rest)) container = true;
    afterText = true;
  }
  return { ok: true, headings };
}
