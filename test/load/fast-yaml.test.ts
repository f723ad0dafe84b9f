// The fast frontmatter reader must never disagree with `yaml`: wherever it answers, the data is the same, and it
// answers only for text `yaml` reads without a problem. Differential tests over tables, the example register's
// frontmatter and seeded mutations of it; then whole policies and their findings through both paths.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatterFast } from '../../src/load/fast-yaml.js';
import { splitFrontmatter } from '../../src/load/frontmatter.js';
import { parsePolicy } from '../../src/load/policy.js';
import { parseYaml } from '../../src/load/yaml.js';
import { runRules } from '../../src/engine/run.js';
import { buildRegister } from '../../src/register/register.js';
import { RULES } from '../../src/rules/index.js';
import { configFrom, policyText } from '../helpers/rule-tester.js';

/** Undefined (leave it to `yaml`) is always allowed; an answer must be exactly what `yaml` gives. */
function agrees(source: string): boolean {
  const fast = readFrontmatterFast(source);
  if (fast === undefined) return true;
  const full = parseYaml(source, 1);
  return full.problems.length === 0 && isDeepStrictEqual({ ...(full.data as object) }, { ...fast });
}

const SCALARS = [
  '010',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '+12',
  '-0',
  '1e3',
  '1.',
  '.5',
  '+.5',
  '-.7',
  '.inf',
  '-.INF',
  '.nan',
  'NaN',
  '7e372',
  '~',
  'null',
  'Null',
  'NULL',
  '',
  'true',
  'True',
  'TRUE',
  'yes',
  'no',
  'on',
  'Off',
  '2023-02-30',
  '2026-12',
  '12:30',
  '1:30:00',
  "'it''s'",
  '"\\x41\\u00e9\\t"',
  '"a # b"',
  'a #b',
  'a#b',
  '=cmd',
  '"=HYPERLINK(\\"x\\")"',
  '[1, 2]',
  '[a, [b]]',
  '{a: 1}',
  '{}',
  '[]',
  '"010"',
  '|\n  line\n  two',
  '>-\n  folded\n  text',
  '"multi\n  line"',
  'plain\n  continued',
  '[a,\n  b]',
  '[a,\nb]',
  '"x\ny"',
  '[a, b]: c',
  '{a: b}: c',
];

describe('readFrontmatterFast', () => {
  it.each(SCALARS)('agrees with yaml on the value %j', (value) => {
    for (const source of [`k: ${value}\n`, `k:\n  - ${value}\n`, `${value}: k\n`, `a:\n  b: ${value}\n`])
      expect(agrees(source), source).toBe(true);
  });

  it('leaves aliases, tags, tabs, duplicate keys, deep nesting and non-mappings to yaml', () => {
    for (const source of [
      'a: &x 1\nb: *x\n',
      'a: !!js/function f\n',
      'a:\n\tb: 1\n',
      'a: 1\na: 2\n',
      '- a\n',
      'just text\n',
      `a: ${'['.repeat(40)}${']'.repeat(40)}\n`,
      '__proto__: 1\n',
      '%YAML 1.2\n',
    ]) {
      expect(readFrontmatterFast(source), source).toBeUndefined();
    }
  });

  // Lists written at the margin under their field are common in hand-written frontmatter.
  const MARGIN_LISTS = [
    'legislation:\n- Housing (Scotland) Act 2001\n- "Equality Act 2010"\ncharter_outcomes:\n- 1\n- 13\n',
    'approvals:\n- date: 2024-03-12\n  body: Board of Management\n  minute: "M 2024/3"\n- date: 2025-03-11\n  body: Board\nstatus: approved\n',
    '# a comment\nlinked:\n\n# another\n- "HM-02"\n- [a, b]\n- {a: 1}\n- |\n  literal\n- >-\n  folded\n  text\nnext: 1\n',
    'outer:\n- inner:\n  - a\n  - b\n- c\n',
  ];

  it.each(MARGIN_LISTS)('reads lists at the margin, as yaml does: %j', (source) => {
    expect(readFrontmatterFast(source)).toBeDefined();
    expect(agrees(source)).toBe(true);
  });

  it('leaves margin items it cannot vouch for to yaml', () => {
    // js-yaml nests `- 13` inside the empty inner list here; yaml does not.
    for (const source of [
      'a:\n- - \n- 13\n',
      'a:\n- \n  - \n- 13\n',
      'a:\n-\n- 1\n',
      'a: 1\n- 2\n',
      'a:\n  b: 1\n- 2\n',
      'a:\n- ? k\n  : v\n',
      'a:\n  - ? te: 1\n',
    ]) {
      expect(readFrontmatterFast(source), source).toBeUndefined();
    }
  });

  it('reads an ordinary policy', () => {
    const source = splitFrontmatter(policyText({ linked_policies: '["HM-02"]', charter_outcomes: '[1, 11]' })) as { yaml: string };
    expect(readFrontmatterFast(source.yaml)).toMatchObject({ id: 'HM-01', charter_outcomes: [1, 11], linked_policies: ['HM-02'] });
  });

  const examples = readdirSync(join(import.meta.dirname, '../../policies'))
    .map((f) => splitFrontmatter(readFileSync(join(import.meta.dirname, '../../policies', f), 'utf8')))
    .flatMap((s) => (s.ok ? [s.yaml] : []));
  const pieces = [
    '0',
    '1',
    '.',
    '-',
    '+',
    'e',
    'x',
    ':',
    ' ',
    '\n',
    '\n  ',
    '\n- ',
    '\n- - ',
    '\n  - ',
    '? ',
    '"',
    "'",
    '\\',
    '#',
    '[',
    ']',
    '{',
    '}',
    ',',
    '|',
    '>',
    '~',
    'null',
    'no',
    '_',
    'é',
    '%',
    '@',
    '=',
  ];

  // The example register again, with its lists and approvals written at the margin and in block style.
  const blockStyle = examples.map((source) =>
    source
      .replace(
        /^([a-z_]+): \[(.*)\]$/gm,
        (_, key: string, items: string) =>
          `${key}:\n${items
            .split(', ')
            .map((i) => `- ${i}`)
            .join('\n')}`,
      )
      .replace(/^ {2}- \{ (.*) \}$/gm, (_, fields: string) => `  - ${fields.split(', ').join('\n    ')}`),
  );

  it('agrees with yaml on the example register and on seeded mutations of it', () => {
    expect(blockStyle.some((s, i) => s !== examples[i] && readFrontmatterFast(s) !== undefined)).toBe(true);
    for (const source of [...examples, ...blockStyle]) expect(agrees(source)).toBe(true);
    const edit = fc.record({ at: fc.nat(), drop: fc.nat({ max: 3 }), insert: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.constantFrom(...examples, ...blockStyle), fc.array(edit, { minLength: 1, maxLength: 4 }), (source, edits) => {
        let text = source;
        for (const { at, drop, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + drop);
        }
        return agrees(text);
      }),
      { seed: 20261203, numRuns: 6000 },
    );
  });
});

describe('policies through the fast and the full path', () => {
  const config = configFrom('jurisdiction: scotland\ncategories:\n  housing-management: { affects_tenants: true }');
  const dir = join(import.meta.dirname, '../../policies');
  const files = readdirSync(dir).map((f) => ({ file: `policies/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  // A few broken and unusual ones as well, so both paths meet schema findings and YAML problems.
  files.push(
    { file: 'policies/x1.md', text: policyText({ id: '010', status: 'aproved' }) },
    { file: 'policies/x2.md', text: policyText({ consultation: 'no' }) },
    { file: 'policies/x3.md', text: policyText({ title: '"Rent: \'quoted\' # not a comment"' }) },
  );
  // Ordinary YAML that breaks the schema is explained from the fast reader's data: every kind of finding, the same.
  const invalid: Record<string, string | undefined>[] = [
    { reviewer_note: 'checked' },
    { Title: 'Rent' },
    { adopted: '01/05/2014' },
    { adopted: '2014-02-30' },
    { id: '010' },
    { owner: undefined },
    { next_review: 'soon' },
    { charter_outcomes: '[one, 2]' },
    { charter_outcomes: '"13, 14"' },
    { eia: '{ required: yes }' },
    { consultation: '{ required: maybe }' },
    { approvals: '\n  - { date: 2015-06-11 }' },
    { linked_policies: '[HM-02, 7]' },
    { status: 'Approved', category: 'Housing Management' },
    { publication: '[public]' },
    { title: "''" },
    { approvals: '\n- date: 2015-06-11\n  body: Board\n  minute: 12' },
  ];
  invalid.forEach((fields, i) => files.push({ file: `policies/invalid-${i}.md`, text: policyText(fields) }));

  it('give the same policies and the same findings', () => {
    const fast = files.map(({ file, text }) => parsePolicy(file, text));
    const full = files.map(({ file, text }) => parsePolicy(file, text, { fastYaml: false }));
    // The invalid ones really are read the fast way (and really are invalid).
    for (let i = 0; i < invalid.length; i++) {
      const yaml = (splitFrontmatter(files[files.length - invalid.length + i]!.text) as { yaml: string }).yaml;
      expect(readFrontmatterFast(yaml), JSON.stringify(invalid[i])).toBeDefined();
      expect(full[files.length - invalid.length + i]!.schemaFindings.length, JSON.stringify(invalid[i])).toBeGreaterThan(0);
    }
    for (let i = 0; i < files.length; i++) {
      expect({ ...fast[i]!.data }).toEqual({ ...full[i]!.data });
      expect(fast[i]!.schemaFindings).toEqual(full[i]!.schemaFindings);
      expect(fast[i]!.loadProblem).toEqual(full[i]!.loadProblem);
    }
    const check = (policies: typeof fast) =>
      runRules({ register: buildRegister(policies), config, rules: RULES, today: '2027-06-01', registerFile: 'policies.config.yaml' });
    expect(check(fast)).toEqual(check(full));
  });
});
