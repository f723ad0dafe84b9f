// The Markdown readers built on remark, loaded only when a body needs one: a check reads most bodies' headings with
// the line scanner (headings.ts) alone, and a command that never parses a body never loads remark.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { headingsOf, INLINE_SYNTAX, textOf, type BodyHeading } from './headings.js';

const bodyParser = unified().use(remarkParse);

/** Parse a body (the text after the frontmatter) with remark: the frontmatter is never parsed again. */
export function parseBodyTree(body: string): Root {
  return bodyParser.parse(body) as Root;
}

/**
 * remark with every inline construct turned off: the same block structure (CommonMark decides blocks before
 * inlines), at a fraction of the time and memory. Headings come out with their text as written.
 */
const blockParser = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [
    {
      disable: {
        null: [
          'attention',
          'autolink',
          'characterEscape',
          'characterReference',
          'codeText',
          'hardBreakEscape',
          'hardBreakTrailing',
          'htmlText',
          'labelEnd',
          'labelStartImage',
          'labelStartLink',
        ],
      },
    },
  ]);

/**
 * The top-level headings of a body the scanner could not decide, exactly as a full remark parse gives them: the
 * block structure from the block-only parse, and the text of an ATX heading with inline syntax from a full parse
 * of that line alone. A setext heading with inline syntax, or a heading with link syntax (whose text depends on
 * definitions anywhere in the body), is rare: then the whole body is parsed in full.
 */
export function fallbackHeadings(body: string, firstLine: number): BodyHeading[] {
  const tree = blockParser.parse(body) as Root;
  const out: BodyHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const raw = textOf(node.children);
    if (!INLINE_SYNTAX.test(raw)) {
      out.push({ depth: node.depth, text: raw, line });
      continue;
    }
    const setext = node.position === undefined || node.position.start.line !== node.position.end.line;
    if (setext || /[[\]]/.test(raw)) return headingsOf(parseBodyTree(body), firstLine - 1);
    const heading = (bodyParser.parse(`${'#'.repeat(node.depth)} ${raw}`) as Root).children[0];
    out.push({ depth: node.depth, text: heading?.type === 'heading' ? textOf(heading.children) : raw, line });
  }
  return out;
}

const wholeFile = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The reference reading: the whole file through remark with its frontmatter, as every body was read before. */
export function wholeFileTree(text: string): Root {
  const tree = wholeFile.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Root;
  if (tree.children[0]?.type === 'yaml') tree.children.shift();
  return tree;
}
