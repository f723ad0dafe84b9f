// The registry, the packs and the documentation stay in step: every rule is in one pack and has a complete page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualifiedId } from '../../src/engine/rule.js';
import { PACKS, REGISTRY, RULES } from '../../src/rules/index.js';

const DOCS = join(import.meta.dirname, '../../docs/rules');
const TESTS = import.meta.dirname;
const ids = RULES.map(qualifiedId);

describe('the rule registry', () => {
  it('is sorted by qualified id and has no duplicates', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it.each(RULES.map((r) => [qualifiedId(r), r] as const))('%s is in exactly its own pack with a valid severity', (id, rule) => {
    const packs = PACKS.filter((pack) => pack.rules.some((r) => qualifiedId(r.rule) === id)).map((pack) => pack.id);
    expect(packs).toEqual([rule.pack]);
    expect(['error', 'warning']).toContain(REGISTRY.defaultSeverity(id));
  });

  it.each(RULES.map((r) => [qualifiedId(r), r] as const))('%s has a documentation page with the four sections', (_, rule) => {
    const page = readFileSync(join(DOCS, rule.pack, `${rule.id}.md`), 'utf8');
    expect(page.startsWith(`# ${rule.pack}/${rule.id}\n`)).toBe(true);
    for (const section of ['## Why', '## What it checks', '## How to fix', '## Options']) expect(page).toContain(`\n${section}\n`);
  });

  it('has a rule for every documentation page', () => {
    const pages = readdirSync(DOCS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(DOCS, d.name)).map((f) => `${d.name}/${f.replace(/\.md$/, '')}`));
    expect(pages.sort()).toEqual([...ids].sort());
  });

  // As ESLint's build does: a rule without its own test file fails the suite.
  it.each(RULES.map((r) => [qualifiedId(r), r] as const))(
    '%s has its own test file, test/rules/<pack>/<id>.test.ts, that names it',
    (id, rule) => {
      const file = join(TESTS, rule.pack, `${rule.id}.test.ts`);
      expect(existsSync(file), `${id} has no test file: write test/rules/${rule.pack}/${rule.id}.test.ts`).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(id);
    },
  );

  it('has no test file in test/rules/<pack>/ that is not named after a rule', () => {
    const files = readdirSync(TESTS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(TESTS, d.name))
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => `${d.name}/${f.replace(/\.test\.ts$/, '')}`),
      );
    // Helpers a pack's tests share (helpers.ts, config.ts) are not test files; tests of a pack's other modules live in test/packs/.
    expect(files.filter((f) => !ids.includes(f))).toEqual([]);
  });

  it('the index lists every rule with its default severity and description', () => {
    const index = readFileSync(join(DOCS, 'README.md'), 'utf8');
    for (const rule of RULES) {
      const id = qualifiedId(rule);
      expect(index).toContain(`| [${id}](${rule.pack}/${rule.id}.md) | ${REGISTRY.defaultSeverity(id)} | ${rule.meta.description} |`);
    }
  });

  it.each(RULES.map((r) => [qualifiedId(r), r] as const))('%s has one-line description, and messages with fixes', (_, rule) => {
    expect(rule.meta.description).not.toContain('\n');
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    // core/frontmatter and core/schema pass through messages their explainers write (tested in their own suites).
    for (const template of Object.values(rule.meta.messages))
      if (!/^\{\{\w+\}\}$/.test(template)) expect(template.length).toBeGreaterThan(30);
  });
});
