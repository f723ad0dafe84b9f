// Five associations' registers: `check` finds exactly what a careful governance officer listed beforehand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { loadConfig } from '../src/config/load.js';

const ROOT = join(import.meta.dirname, 'fixtures/associations');
const associations = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

interface Expected {
  as_of: string;
  findings: { file: string; line: number; rule: string; why: string }[];
  /** Required policies the register lacks, by id: each is a core/required-policies finding on the config's first line. */
  required_missing?: string[];
}

/** A finding's key: where and which rule, and for a required policy, which one (every such message names it). */
const key = (file: string, line: number, rule: string, message = '') => {
  const required = rule === 'core/required-policies' ? / \(required policy ([a-z0-9-]+)\)/.exec(message)?.[1] : undefined;
  return `${file}:${line} ${rule}${required ? ` ${required}` : ''}`;
};

describe('five associations', () => {
  it('has five registers', () => {
    expect(associations).toHaveLength(5);
  });

  it.each(associations)('%s: exactly the expected findings', async (name) => {
    const cwd = join(ROOT, name);
    const expected = parse(readFileSync(join(cwd, 'expected.yaml'), 'utf8')) as Expected;
    const loaded = await loadConfig(cwd);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const result = await check({ cwd, config: loaded.config, today: expected.as_of });
    const found = result.results.flatMap((r) => r.messages.map((m) => key(r.file, m.line, m.ruleId, m.message))).sort();
    const wanted = [
      ...expected.findings.map(
        (f) => `${f.file}:${f.line} ${f.rule}${f.rule === 'core/required-policies' ? ` ${(f as { item?: string }).item}` : ''}`,
      ),
      ...(expected.required_missing ?? []).map((id) => `policies.config.yaml:1 core/required-policies ${id}`),
    ].sort();
    const missing = wanted.filter((w) => !found.includes(w));
    const unexpected = found.filter((f) => !wanted.includes(f));
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
    // Every finding says what is wrong and how to fix it, and carries a legal or regulatory basis where one exists.
    for (const m of result.results.flatMap((r) => r.messages)) expect(m.message.length).toBeGreaterThan(40);
  });
});
