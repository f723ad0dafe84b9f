// The heading scanner answers only where it agrees with remark: differential tests over hand-written bodies and
// bodies generated from the constructs that decide Markdown's block structure.
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { headingsOf, NEEDS_INLINE_PARSER, scanHeadings } from '../../src/load/headings.js';
import { fallbackHeadings, parseBodyTree } from '../../src/load/markdown.js';

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** What remark says: the top-level headings of the body, in file lines. */
function remarkHeadings(body: string, firstLine: number) {
  return headingsOf(parseBodyTree(body), firstLine - 1);
}

function agrees(body: string, firstLine = 7): boolean {
  const scanned = scanHeadings(body, firstLine, parseBodyTree);
  if (!scanned.ok) return false;
  expect(scanned.headings, JSON.stringify(body)).toEqual(remarkHeadings(body, firstLine));
  return true;
}

const HAND_WRITTEN: [string, string, boolean][] = [
  ['plain ATX headings', '# Title\n\n## Purpose\n\nText.\n\n### Equality impact assessment ###\n', true],
  ['closing sequences and spacing', '#   Spaced   \n## Trailing #\n## Hash# kept\n# ###\n#\n##\t Tab\n', true],
  ['seven hashes and no space are text', '####### seven\n#hashtag\n', true],
  ['emphasis, code and entities in a heading', '## *Equality* and `monitoring`\n## Roles &amp; duties\n## Tom & Jerry\n## a\\#b\n', true],
  ['fenced code hides headings', '```\n# not a heading\n```\n# After\n~~~~ info\n## inside\n~~~\n## still inside\n~~~~\n', true],
  ['indented code is not a heading', '    # code\n\n# Real\n', true],
  ['headings interrupt paragraphs and quotes', 'Text\n# Heading\n> quote\n# Heading two\n- item\n# Heading three\n', true],
  ['headings inside containers are not top level', '> # quoted\n- # listed\n1. # numbered\n', true],
  ['thematic breaks after a blank line', 'Text\n\n---\n\n***\n# After\n', true],
  ['CRLF line endings', '# One\r\n\r\nText\r\n## Two\r\n', true],
  ['a setext heading goes to remark', 'Equality\n========\n', false],
  ['an underline after a list goes to remark', '- item\n---\n', false],
  ['HTML goes to remark', '<div>\n# inside\n</div>\n', false],
  ['an indented heading after a list goes to remark', '- item\n\n  # inside the item\n', false],
  ['link text in a heading goes to remark', '# [Equality][eq]\n\n[eq]: https://example.org\n', false],
];

describe('scanHeadings', () => {
  it.each(HAND_WRITTEN)('%s', (_, body, answers) => {
    const scanned = scanHeadings(body, 7, parseBodyTree);
    expect(scanned.ok).toBe(answers);
    if (scanned.ok) expect(scanned.headings).toEqual(remarkHeadings(body, 7));
  });

  it('refuses a heading with inline syntax when it has no parser for the line, and reads it with one', () => {
    const body = '# Plain\n\n## *Equality* and `monitoring`\n';
    expect(scanHeadings(body, 1)).toEqual({ ok: false, reason: NEEDS_INLINE_PARSER, line: 3 });
    expect(scanHeadings(body, 1, parseBodyTree)).toEqual({ ok: true, headings: remarkHeadings(body, 1) });
  });

  it('counts lines from where the body starts in the file', () => {
    expect(scanHeadings('\n# A\n', 12, parseBodyTree)).toEqual({ ok: true, headings: [{ depth: 1, text: 'A', line: 13 }] });
  });

  it('parsing the body alone gives the headings of parsing the whole file', () => {
    const frontmatter = '---\nid: "A-1"\n---\n';
    for (const body of ['# A\n---\nB\n---\n## C\n', '---\nx: 1\n---\n# D\n', '===\n# E\n']) {
      const whole = full.parse(frontmatter + body) as Root;
      whole.children = whole.children.filter((n) => n.type !== 'yaml');
      expect(remarkHeadings(body, 4)).toEqual(headingsOf(whole));
    }
  });

  // Lines built from the constructs that decide block structure, in any order and combination.
  const pieces = fc.constantFrom(
    '',
    ' ',
    '\t',
    'Text line',
    'More *text* with _marks_',
    '# H1',
    '## Equality',
    '### Monitor #',
    '#### *Em* heading',
    '####### seven',
    '#tag',
    '  # indented',
    '    # code',
    '\t# tab',
    '```',
    '```js',
    '``` a`b',
    '~~~',
    '~~~~',
    '    ```',
    '> quote',
    '> # quoted',
    '>',
    '- item',
    '* item',
    '+ item',
    '1. item',
    '2) item',
    '  - nested',
    '  continued',
    '---',
    '***',
    '* * *',
    '===',
    '- - -',
    '<div>',
    '</div>',
    '<!-- c -->',
    '[ref]: /url',
    '# [link](x)',
    '## a &amp; b',
    '## Tom & Jerry',
    '## a\\#b',
    '## `code`',
    '-',
    '  ---',
    '# A ##   ',
    '#\tTabbed',
    'text #',
    '   ### three',
  );
  const bodies = fc.array(pieces, { maxLength: 24 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol) + eol));

  it('agrees with remark on generated bodies wherever it answers (and answers for most)', () => {
    let answered = 0;
    let total = 0;
    fc.assert(
      fc.property(bodies, (body) => {
        total++;
        if (agrees(body)) answered++;
      }),
      { numRuns: 4000, seed: 20261204 },
    );
    expect(answered / total).toBeGreaterThan(0.2);
  }, 180_000);

  it('agrees with remark on bodies without HTML or underlines (which it answers for nearly always)', () => {
    const plain = fc
      .array(
        fc.constantFrom(
          '',
          'Text',
          '# H1',
          '## Equality and monitoring',
          '- item',
          '1. item',
          '> quote',
          '```',
          '~~~',
          '    code',
          '***',
          '## *Em*',
        ),
        { maxLength: 30 },
      )
      .map((lines) => `${lines.join('\n')}\n`);
    let answered = 0;
    fc.assert(
      fc.property(plain, (body) => {
        if (agrees(body)) answered++;
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(answered).toBeGreaterThan(1500);
  }, 180_000);

  // What the scanner leaves to remark is read by a block-only parse, with a full parse of inline headings only.
  const inline = fc.constantFrom(
    '*a*',
    '_b_',
    '`c`',
    '[d]',
    '[e][f]',
    '![g](h)',
    '<i>',
    '&amp;',
    '\\*',
    'plain',
    '**',
    '[f]: /url',
    '<http://x.y>',
  );
  const richLines = fc.oneof(
    pieces,
    fc
      .tuple(fc.constantFrom('# ', '## ', 'Text ', '> ', '- ', '', '[f]: '), fc.array(inline, { maxLength: 4 }))
      .map(([lead, parts]) => lead + parts.join(' ')),
  );
  const richBodies = fc.array(richLines, { maxLength: 24 }).map((lines) => `${lines.join('\n')}\n`);

  it('the fallback agrees with a full remark parse on every generated body', () => {
    fc.assert(
      fc.property(fc.oneof(bodies, richBodies), (body) => {
        expect(fallbackHeadings(body, 7), JSON.stringify(body)).toEqual(remarkHeadings(body, 7));
      }),
      { numRuns: 3000, seed: 99 },
    );
  }, 180_000);

  it.each([
    ['a setext heading over two lines with emphasis', '*Equality\nand* monitoring\n===\n'],
    ['link text resolved by a definition in a quote', '# [Equality][eq]\n\n> [eq]: https://example.org "Title"\n'],
    ['an HTML block before headings', '<div>\n\n## *Monitoring* &amp; review\n'],
  ])('the fallback agrees on %s', (_, body) => {
    expect(fallbackHeadings(body, 3)).toEqual(remarkHeadings(body, 3));
  });
});
