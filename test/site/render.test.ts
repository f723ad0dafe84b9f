// The policy body renderer on its own: a strict schema, and a seeded property that no mix of hostile fragments
// gets markup, a handler or a dangerous link through.
import fc from 'fast-check';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/site/render.js';

const stringify = unified().use(rehypeStringify);
async function html(markdown: string): Promise<string> {
  const body = await renderBody(markdown, 'T');
  return stringify.stringify({ type: 'root', children: [...(body.summary ?? []), ...body.content] } as Root);
}

const FRAGMENTS = [
  '<script>x()</script>',
  '<img src=x onerror=x()>',
  '<svg onload=x()>',
  '<a href="javascript:x()">a</a>',
  '[a](javascript:x())',
  '[a](JaVaScRiPt:x())',
  '[a](  javascript:x())',
  '[a](data:text/html,<script>x()</script>)',
  '![i](data:image/svg+xml,<svg onload=x()>)',
  '<iframe src=//evil.example>',
  '<style>*{}</style>',
  '<math><mi xlink:href="javascript:x()">',
  '<form action=//evil.example>',
  '<details open ontoggle=x()>',
  '[a]: javascript:x()\n\n[b][a]',
  '<base href=//evil.example>',
  '<meta http-equiv=refresh content="0;url=//evil.example">',
  '&lt;script&gt;',
  '`<script>`',
  '```\n<script>\n```',
  '\n\n',
  '# Heading',
  '## Plain-language summary\n\nsafe',
  '| a | b |\n|---|---|\n| <b onclick=x()>c</b> | d |',
  '<div id="main">clobber</div>',
  '[^1]\n\n[^1]: <script>x()</script>',
  'text',
  'https://evil.example/autolink',
  '<vbscript:x()>',
  '<javascript:x()>',
];

describe('renderBody', () => {
  it('keeps ordinary Markdown: headings one level under the title, lists, tables, emphasis, safe links', async () => {
    const out = await html(
      '# Title\n\nIntro with *emphasis* and **strong**.\n\n# Another top heading\n\n## Section\n\n- one\n- two\n\n' +
        '| a | b |\n|---|---|\n| 1 | 2 |\n\n[gov](https://www.gov.scot/) [mail](mailto:a@b.example) [call](tel:+441234)\n',
    );
    expect(out).not.toContain('<h1');
    expect(out).toContain('<h2>Another top heading</h2>');
    expect(out).toContain('<h2>Section</h2>');
    expect(out).toContain('<em>emphasis</em>');
    expect(out).toContain('<table>');
    expect(out).toContain('<a href="https://www.gov.scot/">gov</a> <a href="mailto:a@b.example">mail</a> <a href="tel:+441234">call</a>');
  });

  it('takes the plain-language summary out of the body', async () => {
    const body = await renderBody('# T\n\n## In plain English\n\nShort words.\n\n## Purpose\n\nLong words.\n', 'T');
    expect(stringify.stringify({ type: 'root', children: body.summary! } as Root)).toBe('<p>Short words.</p>');
    expect(stringify.stringify({ type: 'root', children: body.content } as Root)).not.toContain('Short words');
    expect(body.text).toContain('Short words');
  });

  it('lets no combination of hostile fragments through', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('', ' ', '\n', '\n\n', '> ', '- ')),
        async (parts, glue) => {
          const markdown = parts.map((p, i) => `${glue[i] ?? ''}${p}`).join('');
          // Only real tags count: a "<" in text is written as &#x3C; and starts none.
          const tags = (await html(markdown)).match(/<[a-z][^>]*>/gi) ?? [];
          for (const tag of tags) {
            expect(tag).not.toMatch(/^<(script|svg|math|iframe|style|img|form|details|base|meta|object|embed|div|input)\b/i);
            expect(tag).not.toMatch(/\son[a-z]+=/i);
            expect(tag).not.toMatch(/(href|src|action)="\s*(javascript|data|vbscript):/i);
            expect(tag).not.toMatch(/(href|src|action)="\/\/evil/i);
            expect(tag).not.toMatch(/\sid="(?!user-content-)/);
          }
        },
      ),
      { seed: 20261204, numRuns: 200 },
    );
  }, 60_000);
});
