// Hostile titles, owners and minute references in every output format: inert, intact, and unable to change the
// structure of the output. (The calendar formats are covered in test/calendar/formats.test.ts.)
import he from 'he';
import { describe, expect, it } from 'vitest';
import { formatDiffMarkdown, diffPolicies } from '../../src/diff/policy-diff.js';
import { formatReportHtml } from '../../src/format/report/html.js';
import { formatReportMarkdown } from '../../src/format/report/markdown.js';
import { parsePolicy } from '../../src/load/policy.js';
import { buildReport } from '../../src/report/report.js';
import { configFrom, policyText, runOn } from '../helpers/rule-tester.js';

const HOSTILE = [
  '=HYPERLINK("http://x","click")',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Line one\nLine two | with a pipe',
  '[click](javascript:alert(1)) **bold** `code`',
  '+SUM(1)\t@cmd -1',
  'BEGIN:VEVENT;X=1,Y\\2',
];

const config = configFrom(
  'jurisdiction: scotland\nreview: { due_soon_days: 400 }\ncategories:\n  housing-management: { affects_tenants: true }',
);
const today = '2026-11-24';

function reportFor(text: string) {
  const files = {
    'policies/a.md': policyText({
      title: JSON.stringify(text),
      owner: JSON.stringify(text),
      next_review: '2026-01',
      eia: '{ required: true }',
    }),
    'policies/b.md': policyText({
      id: '"TP"',
      category: 'tenant-participation',
      title: 'Tenant Participation Strategy',
      next_review: '2027-06',
    }),
  };
  const policies = Object.entries(files).map(([f, t]) => parsePolicy(f, t));
  const messages = runOn(files, { today, config: 'jurisdiction: scotland' });
  return buildReport({ policies, messages, config, today });
}

describe.each(HOSTILE)('the hostile text %j', (text) => {
  it('stays one table row, with no live HTML, in the Markdown report', () => {
    const md = formatReportMarkdown(reportFor(text));
    const rows = md.split('\n').filter((l) => l.startsWith('| HM-01 |'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBeGreaterThanOrEqual(5);
    expect(md).not.toMatch(/<script|<img|\]\(javascript/);
  });

  it('is escaped in the HTML report and reads back as written', () => {
    const html = formatReportHtml(reportFor(text));
    expect(html).not.toMatch(/<script>alert|<img src/);
    const cell = /<th scope="row">HM-01<\/th><td>([^<]*)<\/td>/.exec(html)?.[1];
    expect(he.decode(cell ?? '')).toBe(text);
  });

  it('round-trips through the JSON report', () => {
    const report = JSON.parse(JSON.stringify(reportFor(text)));
    expect(report.overdue[0].title).toBe(text);
  });

  it('cannot break out of the diff Markdown', () => {
    const before = parsePolicy('policies/a.md', policyText({ title: '"Old"' }, '# P\n\n## Purpose\nOld.\n'));
    const after = parsePolicy(
      'policies/a.md',
      policyText(
        {
          title: JSON.stringify(text),
          approvals: `\n  - { date: 2025-03-13, body: Housing Services Committee, minute: ${JSON.stringify(text)} }`,
        },
        `# P\n\n## Purpose\n${text}\n\`\`\`\n`,
      ),
    );
    const md = formatDiffMarkdown(diffPolicies(before, after, 'the approved version'));
    const titleRow = md.split('\n').find((l) => l.startsWith('| title |'))!;
    expect(titleRow.split(/(?<!\\)\|/).length).toBe(5);
    // Outside the fenced diff (where text is shown, never rendered) no HTML is live.
    expect(md.replace(/(`{3,})diff\n[\s\S]*?\n\1\n/g, '')).not.toMatch(/<script|<img/);
    // The changed text sits inside a fence longer than any backtick run in it.
    expect(md).toMatch(/````diff/);
  });
});
