// The line index answers only where the full YAML parser agrees: every path of every frontmatter below is looked
// up in both, and wherever the index answers, its line, column, end and source text must be the parser's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyFile } from '../../bench/generate.js';
import { readFrontmatterFast } from '../../src/load/fast-yaml.js';
import { lineIndex } from '../../src/load/line-index.js';
import { parseYaml, type YamlPath } from '../../src/load/yaml.js';

/** Every path into the data: each key and item, at every depth. */
function pathsOf(value: unknown, prefix: YamlPath = []): YamlPath[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** Compare the index with the parser on every path (and a few that are not there); returns how many it answered. */
function agrees(yaml: string, lineOffset = 1): { answered: number; scalars: number } {
  const data = readFrontmatterFast(yaml);
  if (!data) return { answered: 0, scalars: 0 };
  const index = lineIndex(yaml, lineOffset);
  const full = parseYaml(yaml, lineOffset).positions;
  let answered = 0;
  let scalars = 0;
  const paths = [...pathsOf(data), ['missing'], ['approvals', 99], ['title', 'deeper']];
  for (const path of paths) {
    const label = `${JSON.stringify(path)} in\n${yaml}`;
    const value = index.value(path);
    const key = index.key(path);
    const source = index.source(path);
    if (value !== undefined) expect(value, label).toEqual(full.value(path));
    if (key !== undefined) expect(key, label).toEqual(full.key(path));
    if (source !== undefined) expect(source, label).toBe(full.source(path));
    if (value !== undefined) answered++;
    let leaf: unknown = data;
    for (const segment of path) leaf = (leaf as Record<string, unknown> | undefined)?.[segment];
    if (leaf !== null && typeof leaf !== 'object' && leaf !== undefined) scalars++;
  }
  return { answered, scalars };
}

const HAND_WRITTEN: [string, string][] = [
  [
    'scalars of every quoting',
    "id: \"HM-01\"\ntitle: 'Tenants''s rights'\nstatus: approved\ncount: 12\nflag: true\nnote: a plain value   # with a comment\n",
  ],
  ['escapes in double quotes', 'title: "A \\"quoted\\" title"\nother: "back\\\\slash"\n'],
  [
    'flow sequences and maps',
    'linked: ["HM-02", HM-03 , "HM 04" ]\nempty: []\ncharter: [1, 13]\nrecord: { date: 2024-01-02, body: Board of Management, minute: "M 2024/1" }\n',
  ],
  [
    'block sequences at the margin and indented',
    'legislation:\n- "Housing (Scotland) Act 2001"\n- Equality Act 2010\nlinks:\n  - HM-02\n  - "HM-03"\n',
  ],
  [
    'sequences of mappings',
    'approvals:\n  - date: 2015-06-10\n    body: Board\n    minute: "M 2015/5"\n  - { date: 2020-01-01, body: Board }\n  - date: 2024-02-02 # comment\n    body: Housing Services Committee\n',
  ],
  [
    'nested mappings',
    'eia:\n  required: true\n  completed: 2025-06-01\n  outcome: >-\n    Folded text\n    over lines.\nconsultation:\n  required: true\n  groups: [tenants, registered-tenant-organisations]\n  opened: 2024-10-01\n',
  ],
  ['values over several lines are left to the parser', 'title: A title that\n  runs on\nsummary: "quoted and\n  continued"\nafter: x\n'],
  [
    'comments and blank lines between entries',
    '# heading comment\nid: "A"\n\n# about the title\ntitle: T\n\napprovals:\n\n  # the first\n  - date: 2020-01-01\n\n    body: Board\n',
  ],
  ['null and empty values', 'empty:\nnothing: ~\nblank: ""\nlist:\n  -\n  - a\n'],
  ['unicode', 'title: "Équité — “quotes” 🏠"\nowner: Ms Ó Briain\n'],
  [
    'a mapping nested in a sequence item, deeper',
    'rent_increases:\n  - effective: 2026-04-01\n    consultation: { opened: 2025-11-03, closed: 2025-12-12 }\n    notice: 2026-02-27\n  - effective: 2027-04-01\n    consultation:\n      opened: 2026-11-01\n      closed: 2026-12-01\n',
  ],
  ['keys that are not plain words', '"quoted": 1\nnull: x\n'],
];

describe('lineIndex', () => {
  it.each(HAND_WRITTEN)('%s', (_, yaml) => {
    agrees(yaml);
  });

  it('answers every scalar of the benchmark registers in both styles (flow and block)', () => {
    let answered = 0;
    let scalars = 0;
    let random = 1;
    const rand = () => (random = (random * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 120; i++) {
      for (const corpus of ['findings', 'realistic'] as const) {
        const text = policyFile(i, 500, rand, corpus);
        const yaml = text.slice(4, text.indexOf('\n---\n', 4) + 1);
        const result = agrees(yaml);
        answered += result.answered;
        scalars += result.scalars;
      }
    }
    // The folded paragraph (eia.outcome in the block style) is the one kind of scalar left to the parser.
    expect(answered).toBeGreaterThan(scalars * 0.95);
  });

  it('agrees with the parser on generated frontmatter', () => {
    const word = fc.constantFrom('HM-01', 'Board', 'a b', '2024-01-02', '12', 'true', 'x: y', "it's", 'a #b', 'é');
    const scalar = fc.oneof(
      word,
      word.map((w) => JSON.stringify(w)),
      word.map((w) => `'${w.replace(/'/g, "''")}'`),
    );
    const item = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
      fc.tuple(scalar, scalar).map(([a, b]) => `{ date: ${a}, body: ${b} }`),
    );
    const entry = fc.tuple(
      fc.constantFrom('id', 'title', 'status', 'linked', 'approvals', 'eia', 'note'),
      fc.oneof(
        item.map((v) => ` ${v}`),
        fc.array(item, { minLength: 1, maxLength: 3 }).map((xs) => `\n${xs.map((x) => `  - ${x}`).join('\n')}`),
        fc.array(item, { minLength: 1, maxLength: 3 }).map((xs) => `\n${xs.map((x) => `- ${x}`).join('\n')}`),
        fc.tuple(item, item).map(([a, b]) => `\n  - date: ${a}\n    body: ${b}`),
        fc.tuple(item, item).map(([a, b]) => `\n  required: ${a}\n  completed: ${b}  # note`),
      ),
    );
    let read = 0;
    let answered = 0;
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: ([k]) => k, minLength: 1, maxLength: 6 }), (entries) => {
        const yaml = `${entries.map(([k, v]) => `${k}:${v}`).join('\n')}\n`;
        if (readFrontmatterFast(yaml)) read++;
        if (agrees(yaml, 3).answered > 0) answered++;
      }),
      { numRuns: 400 },
    );
    // The comparison is not vacuous: most generated texts are read by the fast reader and answered by the index.
    expect(read).toBeGreaterThan(100);
    expect(answered).toBeGreaterThan(read * 0.8);
  });
});
