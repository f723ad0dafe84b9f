// The unified pipeline every format goes through: HTML -> hast -> mdast -> Markdown, then the Markdown parsed again so
// each line of text the metadata is read from has its line number in the Markdown the policy file will hold.
import type { Root as HastRoot, Element } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { SourceLine } from '../types.js';

const STRINGIFY = { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' } as const;

/** Elements whose content is never text of the policy: scripts, styles, embedded objects, forms, site chrome. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'img',
  'picture',
  'video',
  'audio',
  'map',
  'form',
  'nav',
  'header',
  'footer',
  'aside',
  'button',
  'select',
  'input',
  'textarea',
]);

function dropElements(tree: HastRoot): void {
  const prune = (node: { children?: unknown[] }) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => !((child as Element).type === 'element' && DROPPED.has((child as Element).tagName)));
    for (const child of node.children) prune(child as { children?: unknown[] });
  };
  prune(tree as unknown as { children?: unknown[] });
}

/** HTML (a web page, or what mammoth made of a Word file) as clean Markdown. Nothing in it is run or fetched. */
export async function htmlToMarkdown(html: string): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: false })
    .use(() => dropElements)
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, STRINGIFY)
    .process(html);
  return tidy(String(file));
}

/** An mdast tree (built from a PDF's or a text file's lines) as Markdown. */
export function mdastToMarkdown(tree: MdastRoot): string {
  return tidy(unified().use(remarkGfm).use(remarkStringify, STRINGIFY).stringify(tree));
}

function tidy(markdown: string): string {
  return markdown.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** The text of Markdown, line by line, with line numbers, table rows split into cells and headings marked. */
export function linesFromMarkdown(markdown: string): SourceLine[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdastRoot;
  const lines: SourceLine[] = [];
  const visit = (node: RootContent) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'heading':
        lines.push({ text: clean(toString(node)), line, heading: node.depth });
        return;
      case 'paragraph': {
        // A paragraph with hard breaks (or soft line breaks) is read line by line, as it was written.
        // Hard breaks end a line as written; mdast-util-to-string would run the lines together.
        let text = '';
        let at = line;
        const push = () => {
          for (const part of text.split('\n')) {
            if (clean(part)) lines.push({ text: clean(part), line: at });
            at++;
          }
          text = '';
        };
        for (const child of node.children) {
          if (child.type === 'break') {
            push();
            at = child.position?.end.line ?? at;
            continue;
          }
          text += toString(child, { includeHtml: false });
        }
        push();
        return;
      }
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => clean(toString(cell)));
          if (cells.every((c) => c === '')) continue;
          lines.push({ text: cells.filter(Boolean).join(' | '), line: row.position?.start.line ?? line, cells });
        }
        return;
      case 'code':
        node.value.split('\n').forEach((part, i) => {
          if (clean(part)) lines.push({ text: clean(part), line: line + 1 + i });
        });
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  for (const node of tree.children) visit(node);
  return lines;
}

export function clean(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
