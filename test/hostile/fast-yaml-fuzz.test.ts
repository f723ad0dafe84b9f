// The fast frontmatter reader answers only where it agrees with `yaml`: differential fuzzing over the constructs
// where the two parsers' rules differ most, block scalars with indentation and chomping indicators, lines of
// white space only, comments holding tabs, and sequences nested in sequences and mappings.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatterFast } from '../../src/load/fast-yaml.js';
import { parseYaml } from '../../src/load/yaml.js';

/** Undefined (leave it to `yaml`) is always allowed; an answer must be exactly what `yaml` gives, with no problem. */
function agrees(source: string): boolean {
  const fast = readFrontmatterFast(source);
  if (fast === undefined) return true;
  const full = parseYaml(source, 1);
  return full.problems.length === 0 && isDeepStrictEqual({ ...(full.data as object) }, { ...fast });
}

const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '      ');
const word = fc.constantFrom(
  'a',
  'text',
  'Board of Management',
  '2025-03-13',
  '010',
  'no',
  '"q # x"',
  "'s'",
  '~',
  '-',
  '- x',
  'k: v',
  '#x',
  '|',
  '>',
);
const blockHeader = fc
  .tuple(fc.constantFrom('|', '>'), fc.constantFrom('', '1', '2', '3', '9'), fc.constantFrom('', '-', '+'), fc.boolean())
  .map(([style, digit, chomp, digitFirst]) => style + (digitFirst ? digit + chomp : chomp + digit));
const comment = fc.constantFrom('# c', '#\tc', '# a\tb', '#', '# \t', '\t# c');
const blank = fc.constantFrom('', ' ', '  ', '    ', '\t', ' \t ', '        ');

/** One line of a document, drawn from the constructs above and the ordinary ones around them. */
const line = fc.oneof(
  fc
    .tuple(indent, fc.constantFrom('title', 'legislation', 'approvals', 'k', 'eia'), fc.constantFrom(':', ': '))
    .map(([i, k, c]) => `${i}${k}${c}`),
  fc
    .tuple(indent, fc.constantFrom('title', 'k', 'summary'), blockHeader, fc.constantFrom('', ' # c', ' #\tc', '\t# c'))
    .map(([i, k, h, c]) => `${i}${k}: ${h}${c}`),
  fc.tuple(indent, word).map(([i, w]) => `${i}${w}`),
  fc.tuple(indent, fc.constantFrom('- ', '- - ', '-   - ', '- - - ', '-\t'), word).map(([i, d, w]) => `${i}${d}${w}`),
  fc.tuple(indent, fc.constantFrom('- ', '- k: '), blockHeader).map(([i, d, h]) => `${i}${d}${h}`),
  fc.tuple(indent, fc.constantFrom('k', 'body'), word, comment).map(([i, k, w, c]) => `${i}${k}: ${w} ${c}`),
  fc.tuple(indent, comment).map(([i, c]) => `${i}${c}`),
  blank,
);

/** Documents that start like frontmatter: a field, then anything. */
const document = fc
  .tuple(fc.constantFrom('id: "HM-01"', 'title: x', 'legislation:'), fc.array(line, { minLength: 1, maxLength: 8 }))
  .map(([first, rest]) => `${[first, ...rest].join('\n')}\n`);

describe('the fast reader against yaml, fuzzed', () => {
  it('agrees on block scalars, blank and white-space lines, comments with tabs and nested sequences', () => {
    fc.assert(
      fc.property(document, (source) => agrees(source)),
      { seed: 20261204, numRuns: 20_000 },
    );
  });

  it.each([
    'summary: |2\n    indented by the indicator\n  less\n',
    'summary: >-\n  folded\n\n  \n  text\n',
    'summary: |+\n  kept\n\n\nnext: 1\n',
    'summary: |1-\n  two\n',
    'legislation:\n  - - nested\n    - again\n  - flat\n',
    'legislation:\n-   - nested at the margin\n- flat\n',
    'k: v #\tcomment with a tab\n',
    'title: x\n   \n  \t\nk: v\n',
    'approvals:\n  - date: 2025-03-13\n    body: |\n      Board\n    minute: "1"\n',
  ])('agrees on %j', (source) => {
    expect(agrees(source)).toBe(true);
  });
});
