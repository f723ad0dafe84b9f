// Every field of the policy format, with each kind of mistake: exactly one clear message at the right line and
// column, through the whole CLI (exit 1); a valid policy gets none (exit 0).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli.js';
import { POLICY_FIELDS } from '../../src/types.js';
import { packFields } from '../../src/schema/generate.js';
import { policyText } from '../helpers/rule-tester.js';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-fields-'));
  mkdirSync(join(dir, 'policies'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkText(text: string) {
  writeFileSync(join(dir, 'policies', 'p.md'), text);
  const { code, stdout } = await runCliIn(dir, ['check', '--format', 'json', '--as-of', '2026-11-24']);
  const messages = (
    JSON.parse(stdout) as { results: { messages: { line: number; column: number; message: string; ruleId: string }[] }[] }
  ).results.flatMap((r) => r.messages);
  return { code, messages };
}

// [field, YAML source for the field's value (replacing or adding it), expected line, column, message pattern]
// Field lines in policyText: id 2, title 3, category 4, status 5, owner 6, approving_body 7, adopted 8,
// last_reviewed 9, next_review 10, approvals 11-13, eia 14, consultation 15; added fields go on line 16.
const MISTAKES: [string, string, string, number, number, RegExp][] = [
  ['id', 'unquoted number with a leading zero', '010', 2, 5, /number 10.*leading zero.*id: "010"/s],
  ['id', 'a list', '[a, b]', 2, 5, /text/],
  ['id', 'a slash', '"HM/01"', 2, 5, /cannot be used as a policy id/],
  ['title', 'empty', '""', 3, 8, /empty/],
  ['title', 'a number', '42', 3, 8, /text/],
  [
    'category',
    'capitals and spaces',
    'Housing Management',
    4,
    11,
    /categories are written in lower case with hyphens\. Write category: housing-management/,
  ],
  ['status', 'a typo', 'aproved', 5, 9, /did you mean approved/i],
  ['status', 'not a status', 'live', 5, 9, /draft.*consultation.*approved/s],
  ['owner', 'a list', '[a]', 6, 8, /text/],
  ['approving_body', 'empty', '""', 7, 17, /empty/],
  ['adopted', 'a UK date', '01/05/2014', 8, 10, /YYYY-MM-DD.*2014-05-01/s],
  ['adopted', 'a date that does not exist', '2023-02-30', 8, 10, /not a real date/],
  ['last_reviewed', 'a month only', '2025-03', 9, 16, /YYYY-MM-DD/],
  ['last_reviewed', 'a leap day in a common year', '2025-02-29', 9, 16, /not a real date/],
  ['next_review', 'words', '"March 2028"', 10, 14, /2028-03/],
  ['next_review', 'month 13', '2028-13', 10, 14, /month|YYYY-MM/],
  ['review_cycle_months', 'a fraction', '36.5', 16, 22, /whole number/],
  ['review_cycle_months', 'text', '"three years"', 16, 22, /whole number/],
  ['approvals', 'a single record, not a list', '{ date: 2025-03-13, body: Board }', 11, 12, /list/],
  ['eia', 'a scalar', 'no', 14, 6, /record.*eia: \{ required/s],
  ['eia', 'required missing', '{ completed: 2025-01-01 }', 14, 1, /required field required/],
  ['consultation', 'a scalar', 'no', 15, 15, /record.*consultation: \{ required: false, reason/s],
  [
    'consultation',
    'an unknown group',
    '{ required: true, groups: [tennants], opened: 2024-11-04, closed: 2025-01-10 }',
    15,
    42,
    /did you mean tenants/i,
  ],
  ['charter_outcomes', 'a scalar', '3', 16, 19, /list/],
  ['charter_outcomes', 'text in the list', '[one]', 16, 20, /whole number|number/],
  ['regulatory_standards', 'a scalar', 'SHR 4', 16, 23, /list/],
  ['legislation', 'a record', '{ act: x }', 16, 14, /list/],
  ['linked_policies', 'a scalar', 'HM-02', 16, 18, /list/],
  ['supersedes', 'a number in the list', '[7]', 16, 14, /text/],
  ['publication', 'a typo', 'publc', 16, 14, /did you mean public/i],
  ['affects_tenants', 'yes (YAML 1.1 style)', 'yes', 16, 18, /true or false/],
  ['waivers', 'a record', '{ rule: core/review-overdue }', 16, 10, /list/],
  ['kind', 'capitals and spaces', 'Gas Safety', 16, 7, /lower case with hyphens/],
  ['timescales', 'a number for a step', '{ stage1-response: 5 }', 16, 32, /record/],
  ['timescales', 'an unknown unit', '{ stage1-response: { value: 5, unit: weekdays } }', 16, 50, /hours.*working-days/s],
  ['applies_to', 'a scalar', 'Riverside Court', 16, 13, /list/],
];

describe('each field, each kind of mistake', () => {
  it('a valid policy gets no message and exit 0', async () => {
    expect(await checkText(policyText())).toEqual({ code: 0, messages: [] });
  });

  it.each(MISTAKES)('%s: %s', async (field, _, value, line, column, pattern) => {
    const text =
      field === 'eia' && value.startsWith('{ completed')
        ? policyText({ eia: '\n  completed: 2025-01-01' })
        : policyText({ [field]: value });
    const { code, messages } = await checkText(text);
    expect(code).toBe(1);
    expect(messages.filter((m) => m.ruleId === 'core/schema')).toHaveLength(1);
    const m = messages.find((x) => x.ruleId === 'core/schema')!;
    expect([m.line, m.column]).toEqual([line, column]);
    expect(m.message).toMatch(pattern);
  });

  it('an unknown field with a near name gets a suggestion', async () => {
    const { messages } = await checkText(policyText({ consultatoin: '{ required: false }' }));
    expect(messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([[16, 1, 'core/schema']]);
    expect(messages[0]!.message).toMatch(/did you mean consultation/i);
  });

  it('covers every field of the format', () => {
    const covered = new Set(MISTAKES.map(([f]) => f));
    expect(POLICY_FIELDS.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('the TypeScript field list and the JSON Schema agree', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/policy.schema.json'), 'utf8')) as {
      properties: Record<string, { title?: string; description?: string; examples?: unknown[] }>;
    };
    // Fields a pack adds are the pack's (its own tests cover them); the rest are the core format's.
    const core = Object.keys(schema.properties).filter((f) => !packFields(schema).includes(f));
    expect([...POLICY_FIELDS].sort()).toEqual(core.sort());
    for (const [name, property] of Object.entries(schema.properties)) {
      expect(property.title, name).toBeTruthy();
      expect(property.description, name).toBeTruthy();
      expect(property.examples?.length, name).toBeGreaterThan(0);
    }
  });
});
