// A policy's Markdown body as safe HTML: remark-parse -> remark-rehype -> rehype-sanitize (a strict schema).
// Raw HTML is dropped, links keep only http(s), mailto and tel, images become their text, and nothing can carry a
// script, a style, an event handler or an id that clashes with the page's own.
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, Root as MdastRoot, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Only what a policy's text needs; everything else is removed (its text kept where it has any). */
export const STRICT_SCHEMA: SanitizeSchema = {
  strip: ['script', 'style', 'svg', 'math', 'template', 'iframe', 'object', 'embed', 'noscript', 'title'],
  tagNames: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'a',
    'em',
    'strong',
    'code',
    'pre',
    'blockquote',
    'hr',
    'br',
    'del',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'section',
  ],
  attributes: {
    a: ['href', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaLabel', 'ariaDescribedBy'],
    ol: ['start'],
    li: ['id'],
    h2: ['id', ['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    th: ['scope'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // remark-rehype already prefixes the ids it makes (footnotes); any other id is prefixed too, so policy text cannot
  // take an id the page uses (`main`, `search`).
  clobberPrefix: 'user-content-',
  clobber: ['id', 'ariaDescribedBy'],
  required: {},
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'] },
};

const toHtmlTree = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, STRICT_SCHEMA);
const toMdast = unified().use(remarkParse).use(remarkGfm);

const PLAIN_SUMMARY = /^(plain[- ]language summary|summary in plain (language|english)|in plain (language|english))$/i;

export interface RenderedBody {
  /** The body without its title heading or plain-language summary, headings one level below the page's title. */
  content: HastContent[];
  /** The plain-language summary section's content, when the policy has one. */
  summary?: HastContent[];
  /** All the text, for the search index. */
  text: string;
}

/** Images become their alternative text: an image could only be a request to another site or a data: URL. */
function imagesToText(tree: MdastRoot): void {
  visit(tree, (node, index, parent) => {
    if ((node.type === 'image' || node.type === 'imageReference') && parent && index !== undefined) {
      parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' } as never);
    }
  });
}

async function toHast(nodes: RootContent[]): Promise<HastContent[]> {
  const tree: MdastRoot = { type: 'root', children: nodes };
  imagesToText(tree);
  // The page's h1 is the title; any other top-level heading in the text becomes an h2 (the schema allows no h1).
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth === 1) node.depth = 2;
  });
  const hast = (await toHtmlTree.run(tree)) as HastRoot;
  return hast.children;
}

/** Render a policy's body (the Markdown after the frontmatter). */
export async function renderBody(markdown: string, title: string): Promise<RenderedBody> {
  const tree = toMdast.parse(markdown) as MdastRoot;
  const nodes = [...tree.children];
  // The body usually opens with the title as a heading: the page shows it once, as its h1.
  const first = nodes[0];
  if (first?.type === 'heading' && first.depth === 1) nodes.shift();
  const text = mdastToString({ type: 'root', children: nodes } as MdastRoot, { includeImageAlt: true });
  let summary: RootContent[] | undefined;
  const at = nodes.findIndex((n) => n.type === 'heading' && PLAIN_SUMMARY.test(mdastToString(n).trim()));
  if (at !== -1) {
    const depth = (nodes[at] as Heading).depth;
    let end = at + 1;
    while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= depth)) end++;
    summary = nodes.slice(at + 1, end);
    nodes.splice(at, end - at);
  }
  const result: RenderedBody = { content: await toHast(nodes), text: text.replace(/\s+/g, ' ').trim() };
  if (summary && summary.length > 0) result.summary = await toHast(summary);
  return result;
}
