// One mistake, one message: in a block-style policy, each mistake gets exactly one finding from all the rules
// together (no rule reasons around an invalid field), at its line and column, with a fix written for that place.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-one-'));
  mkdirSync(join(dir, 'policies'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = `---
id: "RS-03"
title: Rent Setting Policy
category: housing-management
status: approved
owner: Director of Finance
approving_body: Housing Services Committee
adopted: 2016-02-18
last_reviewed: 2025-03-13
next_review: 2028-03
review_cycle_months: 36
approvals:
  - date: 2016-02-18
    body: Housing Services Committee
    minute: "HSC 2016/04"
  - date: 2025-03-13
    body: Housing Services Committee
    minute: "HSC 2025/08"
eia:
  required: true
  completed: 2025-02-20
  outcome: No negative impact identified
consultation:
  required: true
  groups:
    - tenants
    - registered-tenant-organisations
  opened: 2024-11-04
  closed: 2025-01-10
charter_outcomes:
  - 13
  - 14
linked_policies: []
---
# Rent Setting Policy

## Equality impact assessment
What.

## Monitoring and review
How.
`;

async function check(text: string) {
  writeFileSync(join(dir, 'policies', 'p.md'), text);
  const { code, stdout } = await runCliIn(dir, ['check', '--format', 'json', '--as-of', '2026-11-24']);
  const messages = (
    JSON.parse(stdout) as { results: { messages: { line: number; column: number; message: string; ruleId: string }[] }[] }
  ).results.flatMap((r) => r.messages);
  return { code, messages };
}

// [what, text replaced, replacement, line, column, message pattern]
const CASES: [string, string, string, number, number, RegExp][] = [
  ['last_reviewed not a real date', 'last_reviewed: 2025-03-13', 'last_reviewed: 2025-02-29', 9, 16, /not a real date/],
  ['last_reviewed in UK order', 'last_reviewed: 2025-03-13', 'last_reviewed: 13/03/2025', 9, 16, /last_reviewed: 2025-03-13/],
  ['last_reviewed empty', 'last_reviewed: 2025-03-13', 'last_reviewed:', 9, 15, /a date written YYYY-MM-DD/],
  [
    'adopted not a real date (no last_reviewed)',
    'adopted: 2016-02-18\nlast_reviewed: 2025-03-13',
    'adopted: 2016-02-30',
    8,
    10,
    /not a real date/,
  ],
  [
    'approvals written as a scalar',
    'approvals:\n  - date: 2016-02-18\n    body: Housing Services Committee\n    minute: "HSC 2016/04"\n  - date: 2025-03-13\n    body: Housing Services Committee\n    minute: "HSC 2025/08"',
    'approvals: yes',
    12,
    12,
    /must be a list/,
  ],
  ['an approval date in UK order', '  - date: 2025-03-13', '  - date: 13/03/2025', 16, 11, /date: 2025-03-13/],
  [
    'an approval written as a date',
    '  - date: 2016-02-18\n    body: Housing Services Committee\n    minute: "HSC 2016/04"\n',
    '  - 2016-02-18\n',
    13,
    5,
    /record of fields.*- \{ date: .*body: .*minute: /s,
  ],
  ['an approval with a misspelt field', '    minute: "HSC 2016/04"', '    minutes: "HSC 2016/04"', 15, 5, /did you mean minute/i],
  ['a misspelt required field', 'title: Rent Setting Policy', 'Title: Rent Setting Policy', 3, 1, /did you mean title/i],
  ['next_review misspelt', 'next_review: 2028-03', 'next-review: 2028-03', 10, 1, /did you mean next_review/i],
  ['an empty category', 'category: housing-management', 'category: ""', 4, 11, /category is empty/],
  ['a list item of the wrong type', '    - registered-tenant-organisations', '    - 5', 27, 7, /Put it in quotes: - "5"/],
  ['a quoted number in a list of numbers', '  - 14\n', '  - "14"\n', 32, 5, /Remove the quotes: - 14/],
  [
    'a list written as text with commas',
    'charter_outcomes:\n  - 13\n  - 14',
    'charter_outcomes: "13, 14"',
    30,
    19,
    /charter_outcomes: \[ 13, 14 \]/,
  ],
  ['a fraction for a whole number', 'review_cycle_months: 36', 'review_cycle_months: 36.5', 11, 22, /not a whole number/],
  ['a required field left empty', 'owner: Director of Finance', 'owner:', 6, 7, /^(?!.*remove the line).*owner: Director/s],
  ['a block list where text is expected', 'id: "RS-03"', 'id:\n  - a', 3, 3, /not a list \(\[ a \]\)/],
];

describe('one mistake, one message', () => {
  it('the base policy is valid', async () => {
    expect(await check(BASE)).toEqual({ code: 0, messages: [] });
  });

  it.each(CASES)('%s', async (_, from, to, line, column, pattern) => {
    expect(BASE.includes(from)).toBe(true);
    const { code, messages } = await check(BASE.replace(from, to));
    expect(code).toBe(1);
    expect(messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual([`core/schema ${line}:${column}`]);
    expect(messages[0]!.message).toMatch(pattern);
    expect(messages[0]!.message).not.toMatch(/\bmust be (equal|a valid|>=|<=)|instancePath|\/approvals\/\d|\n/);
  });

  it('a link to a policy whose id fails the schema is not a second problem', async () => {
    writeFileSync(
      join(dir, 'policies', 'q.md'),
      BASE.replace('id: "RS-03"', 'id: 010').replace('title: Rent Setting Policy', 'title: Other'),
    );
    const { messages } = await check(BASE.replace('linked_policies: []', 'linked_policies: ["010"]'));
    rmSync(join(dir, 'policies', 'q.md'));
    expect(messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual(['core/schema 2']);
  });

  it('an assessment dated after today is one date-order finding, not an eia-timing one too', async () => {
    const { messages } = await check(BASE.replace('  completed: 2025-02-20', '  completed: 2027-01-05'));
    expect(messages.map((m) => m.ruleId)).toEqual(['core/date-order']);
    expect(messages[0]!.message).toMatch(/a completed assessment cannot have happened yet/);
  });
});
