// Config problems get the same treatment as policy problems: the file, the line and column, what is wrong and
// the fix, one message per mistake, and never the validator's wording.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

const BASE = `organisation: Test Housing Association
jurisdiction: scotland
review:
  default_cycle_months: 36
  max_cycle_months: 60
categories:
  governance: { max_cycle_months: 60 }
  housing-management: { affects_tenants: true }
committees:
  - name: Board of Management
    remit: [governance, housing-management]
rules:
  core/review-due-soon: warning
`;

function problemsOf(text: string) {
  const result = parseConfig(text, 'policies.config.yaml', '/register');
  return result.ok ? [] : result.problems;
}

// [what, text replaced ('' appends), replacement, line, column, message pattern]
const CASES: [string, string, string, number, number, RegExp][] = [
  [
    'a rule id without its pack',
    '',
    '  review-overdue: error\n',
    14,
    3,
    /Unknown rule review-overdue\..*written with their pack.*Did you mean core\/review-overdue\?/s,
  ],
  ['a misspelt rule id without its pack', '', '  review-overdu: error\n', 14, 3, /Did you mean core\/review-overdue\?/],
  ['a misspelt rule id', '', '  core/review-overdu: error\n', 14, 3, /Did you mean core\/review-overdue\?/],
  [
    'a severity abbreviated',
    'core/review-due-soon: warning',
    'core/review-due-soon: warn',
    13,
    25,
    /severity of core\/review-due-soon is "warn".*off, warning or error.*Did you mean warning\?/s,
  ],
  ['a severity as a number', 'core/review-due-soon: warning', 'core/review-due-soon: 2', 13, 25, /off, warning or error/],
  ['a severity left empty', 'core/review-due-soon: warning', 'core/review-due-soon:', 13, 24, /is empty; it must be off, warning or error/],
  [
    'a bad severity in the list form',
    '',
    '  scotland/charter-outcomes: [eror, { provides_sites: true }]\n',
    14,
    31,
    /Did you mean error\?/,
  ],
  [
    'the object form of a setting',
    '',
    '  scotland/charter-outcomes: { severity: warning, options: { provides_sites: true } }\n',
    14,
    30,
    /\[warning, \{provides_sites: true\}\]/,
  ],
  ['a misspelt option', '', '  scotland/charter-outcomes: [warning, { provide_sites: true }]\n', 14, 42, /Did you mean provides_sites\?/],
  [
    'a misspelt field of a category',
    'governance: { max_cycle_months: 60 }',
    'governance: { max_cycle: 60 }',
    7,
    17,
    /fields: title, affects_tenants/,
  ],
  [
    'a default cycle longer than the maximum',
    'max_cycle_months: 60\n',
    'max_cycle_months: 24\n',
    5,
    21,
    /default_cycle_months \(36\) is longer than review.max_cycle_months \(24\)/,
  ],
  [
    'a category default longer than its maximum',
    'governance: { max_cycle_months: 60 }',
    'governance: { max_cycle_months: 36, default_cycle_months: 48 }',
    7,
    61,
    /longer than the maximum for the category \(36 months\)/,
  ],
  ['a duplicate setting', '', 'organisation: Other\n', 14, 1, /The setting organisation appears twice/],
  ['a tab', '', 'review2:\n\tx: 1\n', 15, 1, /tab.*spaces/i],
  [
    'a meeting date in UK order',
    '    remit: [governance, housing-management]',
    '    remit: [governance, housing-management]\n    meetings: [10/03/2027]',
    12,
    16,
    /Write 2027-03-10/,
  ],
];

describe('config problems', () => {
  it('the base config is valid', () => {
    expect(problemsOf(BASE)).toEqual([]);
  });

  it.each(CASES)('%s', (_, from, to, line, column, pattern) => {
    expect(from === '' || BASE.includes(from)).toBe(true);
    const problems = problemsOf(from === '' ? BASE + to : BASE.replace(from, to));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([`policies.config.yaml:${line}:${column}`]);
    expect(problems[0]!.message).toMatch(pattern);
    expect(problems[0]!.message).not.toMatch(
      /is not an allowed value|not in the expected form|must be equal|instancePath|Map keys must be unique|: \.$/,
    );
  });

  it('a file that is not a set of settings says so, not "frontmatter"', () => {
    const [problem] = problemsOf('- a\n- b\n');
    expect(problem!.message).toMatch(/config file must be a set of `setting: value` lines/);
  });

  it('several problems are all reported, in file order', () => {
    const problems = problemsOf(BASE.replace('core/review-due-soon: warning', 'core/review-due-soon: warn') + 'organisaton: x\n');
    expect(problems.map((p) => p.line)).toEqual([13, 14]);
  });
});
