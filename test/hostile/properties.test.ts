// Property tests (fast-check, seeded): for random bytes and mutated valid policies, loading and checking never
// throws, and every message has a file and a position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { decodePolicyBytes } from '../../src/load/read.js';
import { failedPolicy, parsePolicy } from '../../src/load/policy.js';
import { buildRegister } from '../../src/register/register.js';
import { RULES } from '../../src/rules/index.js';
import { configFrom, policyText } from '../helpers/rule-tester.js';

const config = configFrom(
  'jurisdiction: scotland\ncategories:\n  housing-management: { affects_tenants: true }\n  rent: { rent_setting: true }',
);
const SETTINGS = { seed: 20261124, numRuns: 150 };

function checkAll(texts: { file: string; bytes: Uint8Array }[]) {
  const policies = texts.map(({ file, bytes }) => {
    const read = decodePolicyBytes(bytes);
    return read.ok
      ? parsePolicy(file, read.text)
      : failedPolicy(file, '', { kind: 'unreadable', line: read.line ?? 1, column: 1, message: read.message });
  });
  return runRules({ register: buildRegister(policies), config, rules: RULES, today: '2026-11-24', registerFile: 'policies.config.yaml' });
}

function wellFormed(messages: ReturnType<typeof checkAll>): boolean {
  return messages.every(
    (m) =>
      typeof m.file === 'string' &&
      m.file.length > 0 &&
      Number.isInteger(m.line) &&
      m.line >= 1 &&
      Number.isInteger(m.column) &&
      m.column >= 1 &&
      m.message.length > 0 &&
      !m.message.includes('{{'),
  );
}

const valid = policyText({ linked_policies: '["HM-02"]', charter_outcomes: '[1, 11]', regulatory_standards: '["SHR 4"]' });
const encoder = new TextEncoder();

/** Mutations a hurried edit or a hostile author might make to a valid file. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom(
        '\t',
        ':',
        '---',
        '&a',
        '*a',
        '!!js/function',
        '[',
        '{',
        '"',
        '\r',
        '\u0000',
        '\uFEFF',
        '010',
        '2023-02-30',
        '__proto__: 1\n',
        '\n  - ',
        '\n',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: { kind: string; at: number; text?: string; length?: number }[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else {
      const lines = out.split('\n');
      const i = lines.length ? m.at % lines.length : 0;
      lines.splice(i, 0, lines[i] ?? '');
      out = lines.join('\n');
    }
  }
  return out;
}

describe('properties of the loader and the rules', () => {
  it('random bytes never make check throw, and every message has a file and position', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 400 }), { minLength: 1, maxLength: 4 }), (files) => {
        const messages = checkAll(files.map((bytes, i) => ({ file: `policies/r${i}.md`, bytes })));
        expect(wellFormed(messages)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('random text after a fence never makes check throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (yaml) => {
        const messages = checkAll([{ file: 'policies/a.md', bytes: encoder.encode(`---\n${yaml}\n---\n# Body\n`) }]);
        expect(wellFormed(messages)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('mutated valid policies never make check throw, and every message has a file and position', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.array(mutation, { maxLength: 3 }), (first, second) => {
        const messages = checkAll([
          { file: 'policies/a.md', bytes: encoder.encode(mutate(valid, first)) },
          { file: 'policies/b.md', bytes: encoder.encode(mutate(valid.replace('HM-01', 'HM-02'), second)) },
        ]);
        expect(wellFormed(messages)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('loading is deterministic: the same text gives the same findings', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = encoder.encode(mutate(valid, mutations));
        const a = checkAll([{ file: 'policies/a.md', bytes: text }]);
        const b = checkAll([{ file: 'policies/a.md', bytes: text }]);
        expect(b).toEqual(a);
      }),
      { ...SETTINGS, numRuns: 50 },
    );
  });
});
