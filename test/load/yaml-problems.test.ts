// Every YAML problem reads in the tool's own words with a fix: each of the yaml package's error codes, in a policy's
// frontmatter and in the config file, and never the library's wording.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { EXPLAINED_YAML_CODES, explainYamlProblem, type YamlProblemCode } from '../../src/load/yaml-problems.js';
import { parsePolicy } from '../../src/load/policy.js';
import { parseConfig } from '../../src/config/load.js';

/** The yaml package's ErrorCode union, read from its declarations: a new code in a new version fails this file. */
function libraryErrorCodes(): string[] {
  const require = createRequire(import.meta.url);
  const declarations = path.join(path.dirname(require.resolve('yaml')), 'errors.d.ts');
  const union = /export type ErrorCode = ([^;]+);/.exec(readFileSync(declarations, 'utf8'))?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]!);
}

/** What the library itself says about a text, to make sure none of it reaches the user. */
function libraryMessages(text: string): string[] {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, resolveKnownTags: false, logLevel: 'silent', prettyErrors: false });
  return [...doc.errors, ...doc.warnings].map((e) => e.message.split('\n')[0]!.replace(/\.$/, ''));
}

// Frontmatter text that makes the parser report each code, and words the explanation must contain (the fix).
const CASES: [YamlProblemCode, string, RegExp][] = [
  ['BLOCK_AS_IMPLICIT_KEY', 'title: Policy: Rent\n', /Put the value of title in quotes: title: "Policy: Rent"/],
  ['MULTILINE_IMPLICIT_KEY', '"a\n b": c\n', /not a `field: value` line/],
  ['BAD_INDENT', 'links: [a, b\n', /not closed with `\]`/],
  ['MISSING_CHAR', 'owner: "Director of Housing\n', /no closing quote/],
  ['TAB_AS_INDENT', 'eia:\n\trequired: true\n', /tab .* spaces/i],
  ['DUPLICATE_KEY', 'title: A\ntitle: B\n', /field title appears twice/],
  ['UNEXPECTED_TOKEN', 'groups: [tenants,, staff]\n', /stray comma/],
  ['BAD_DQ_ESCAPE', 'title: "C:\\docs"\n', /backslash/],
  ['BAD_SCALAR_START', 'owner: @housing\n', /in quotes/],
  ['MULTIPLE_ANCHORS', 'a: &x &y b\n', /aliases and anchors .* not allowed/],
  ['MULTIPLE_TAGS', 'a: !!str !!str b\n', /tags .* not allowed/],
  ['BAD_ALIAS', 'a: *\n', /aliases and anchors/],
  ['ALIAS_PROPS', 'a: &x *y\n', /aliases and anchors/],
  ['KEY_OVER_1024_CHARS', `${'k'.repeat(1100)}: 1\n`, /colon after the name is probably missing/],
  ['TAG_RESOLVE_FAILED', 'review_cycle_months: !!int x\n', /`!!int`/],
  ['RESOURCE_EXHAUSTION', `x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /nested too deeply/],
];

describe('YAML problems in a policy', () => {
  it.each(CASES)('%s is explained with a fix, in plain words', (code, text, fix) => {
    const result = parseYaml(text, 1);
    const problem = result.problems[0]!;
    expect(problem.code).toBe(code);
    expect(problem.message).toMatch(fix);
    for (const words of libraryMessages(text)) expect(problem.message).not.toContain(words);
  });

  it.each([
    ['a colon in an unquoted title', 'title: Policy: Rent\n', /Put the value of title in quotes/],
    ['a second colon on a line', 'a: b: c\n', /a: "b: c"/],
    ['a value running into an over-indented line', 'eia:\n  required: true\n   outcome: x\n', /indented further than this one/],
    ["a list item on its field's line", 'groups: - tenants\n', /list item/],
    ['text after a closing quote', "title: 'Rent' Policy\n", /text after the closing quote/],
    ['a stray closing bracket', 'title: ]\n', /closing \] here has no opening/],
    ['a # touching text', 'title: Rent#1\nowner: "x"#y\n', /Put a space before the #/],
    ['a directive line', '%YAML 1.1\nid: "A"\n', /directive/],
    ['a block scalar in brackets', 'a: [ |\n  x ]\n', /\| \(which starts a block of text\)/],
    ['a custom tag', 'title: !secret x\n', /`!secret`/],
    ['fields at different columns', 'eia:\n  - b\n c: d\n', /indented like the other fields/],
    ['a list at the top', '- a\n- b\n', /list of `field: value` lines/],
    ['a mapping then a list item', 'a: 1\n- b\n', /not a `field: value` line/],
  ])('%s', (_, text, fix) => {
    const problem = parseYaml(text, 1).problems[0]!;
    expect(problem.message).toMatch(fix);
    for (const words of libraryMessages(text)) expect(problem.message).not.toContain(words);
  });

  it('hints at straight quotes when a line has curly ones', () => {
    const problem = parseYaml('title: “Rent: Arrears”\n', 1).problems[0]!;
    expect(problem.message).toMatch(/curly quotes .* straight quotes/);
  });

  it('says to retype curly quotes around an id, with the id as it should be', () => {
    const text =
      '---\nid: “TP-01”\ntitle: T\ncategory: governance\nstatus: draft\nowner: O\napproving_body: Board\n' +
      'eia: { required: false, reason: r }\nconsultation: { required: false, reason: r }\n---\n# T\n';
    const finding = parsePolicy('p.md', text).schemaFindings.find((f) => f.path[0] === 'id')!;
    expect(finding.message).toContain('curly quotes');
    expect(finding.message).toContain('Write id: "TP-01"');
  });

  it('explains deep nesting instead of a stack overflow, at the line it starts', () => {
    const problem = parseYaml(`id: "A"\nx: ${'['.repeat(20000)}\n`, 1).problems[0]!;
    expect(problem.kind).toBe('too-deep');
    expect(problem.line).toBe(3);
    expect(problem.message).not.toMatch(/call stack/i);
  });

  it('refuses nesting deeper than a policy needs even when the parser copes', () => {
    const text = `x: ${'['.repeat(40)}${']'.repeat(40)}\n`;
    expect(parseYaml(text, 1).problems[0]?.code).toBe('TOO_DEEP');
  });

  it('explains a blank line before the opening ---', () => {
    const policy = parsePolicy('p.md', '\n---\nid: "A"\n---\n# A\n');
    expect(policy.loadProblem?.message).toMatch(/starts with a blank line before its `---` line.*Delete the blank lines/);
  });
});

describe('YAML problems in the config file', () => {
  it('speaks of settings and the config file', () => {
    const result = parseConfig('organisation: Loch: Aber\nholidays: [2027-01-01\n', 'policies.config.yaml', '/tmp');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toMatch(/another setting\. Put the value of organisation in quotes: organisation: "Loch: Aber"/);
  });

  it('names the duplicated setting', () => {
    const result = parseConfig('organisation: A\norganisation: B\n', 'policies.config.yaml', '/tmp');
    expect(result.ok ? '' : result.problems[0]!.message).toMatch(
      /The setting organisation appears twice at the same level of the config file/,
    );
  });
});

describe('every error code of the yaml package', () => {
  const codes = libraryErrorCodes();

  it('is read from the library (the list is not empty)', () => {
    expect(codes).toContain('BAD_INDENT');
    expect(codes.length).toBeGreaterThan(15);
  });

  it.each(codes)("%s has an explanation in the tool's words", (code) => {
    expect(EXPLAINED_YAML_CODES).toContain(code);
    for (const source of ['frontmatter', 'config'] as const) {
      const message = explainYamlProblem({ code: code as YamlProblemCode, lineText: 'title: x', column: 8 }, source);
      expect(message.length).toBeGreaterThan(40);
      expect(message).not.toMatch(/implicit|compact mapping|scalar|token|indicator|flow (map|seq)|node/i);
    }
  });
});
