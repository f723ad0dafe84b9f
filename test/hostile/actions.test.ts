// Output neutralised for each consumer, across every command and format that can be printed in GitHub Actions:
// no line GitHub would act on, no injected calendar component, no live link from user text in Markdown, and no
// raw control or bidirectional character, whatever a policy, a file name or the config contains.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/git-repo.js';
import { policyText } from '../helpers/rule-tester.js';
import { cli } from './harness.js';

/** Held-out style hostile text: workflow commands in both syntaxes, controls, overrides, links, calendar lines. */
const HOSTILE = [
  '::error file=x,line=1::pwned',
  '  ::stop-commands::f00',
  'Policy ##[error]pwned ##[group]g',
  'Two\n::warning::injected\n##[endgroup]',
  'Over\u202Eride\u2066 text\u202C and \u001b[31mred\u001b[0m\u0007 and \u0085next\u2028line',
  'See https://evil.example/x, www.evil.example, ceo@evil.example, @octocat and #123',
  'Rent\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nEND:VCALENDAR',
];
const pick = (i: number) => HOSTILE[i % HOSTILE.length]!;
const yaml = (text: string) => JSON.stringify(text);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function hostileRepo(hostile: boolean): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  const text = (i: number, plain: string) => (hostile ? pick(i) : plain);
  const committee = text(3, 'Housing Services Committee');
  const files: Record<string, string> = {
    'policies.config.yaml': [
      `organisation: ${yaml(text(6, 'Test HA'))}`,
      'categories:\n  housing-management: { affects_tenants: true }',
      `committees:\n  - name: ${yaml(committee)}\n    remit: [housing-management]\n    meetings: [2027-01-21, 2027-03-18, 2027-05-20]`,
      'review: { due_soon_days: 400 }',
    ].join('\n'),
  };
  HOSTILE.forEach((_, i) => {
    const name = hostile ? ['::error::p.md', '##[error]p.md', 'p\u202Efdp.md', 'p@evil.md', 'www.p.md', '#1.md', 'p.md'][i]! : `p${i}.md`;
    files[`policies/${name}`] = policyText(
      {
        id: `"HM-${String(i).padStart(2, '0')}"`,
        title: yaml(text(i, 'Rent Arrears Policy')),
        owner: yaml(text(i + 1, 'Director of Housing')),
        approving_body: yaml(committee),
        next_review: i % 2 ? '2026-10' : '2027-02',
        approvals: `\n  - { date: 2015-06-11, body: ${yaml(committee)}, minute: ${yaml(text(i + 2, 'HSC 1'))} }\n  - { date: 2025-03-13, body: ${yaml(committee)}, minute: ${yaml(text(i + 4, 'HSC 2'))} }`,
        eia: `{ required: true, completed: 2025-02-20, outcome: ${yaml(text(i + 5, 'No impact'))} }`,
        consultation:
          i % 3
            ? undefined
            : `{ required: true, groups: [tenants], opened: 2024-11-04, closed: 2025-01-10, summary: ${yaml(text(i + 6, 'Survey'))} }`,
        status: i === 4 ? 'draft' : 'approved',
      },
      `# P\n\n## Purpose\n${hostile ? HOSTILE.join('\n') : 'Why.'}\n\n## Equality impact assessment\nNone.\n\n## Monitoring and review\nYearly.\n`,
    );
  });
  r.write(files).commit('Register', '2025-03-14');
  // A change to every policy for diff and history, with a hostile commit subject.
  const changed = Object.fromEntries(
    Object.entries(files)
      .filter(([f]) => f.endsWith('.md'))
      .map(([f, t]) => [f, t.replace('Yearly.', hostile ? `Yearly.\n${HOSTILE.join('\n')}` : 'Every year.')]),
  );
  r.write(changed).commit(hostile ? `Edit ${HOSTILE[0]} ##[error]x` : 'Edit', '2026-11-02');
  return r;
}

const RUNS: string[][] = [
  ['check', '--format', 'stylish'],
  ['check', '--format', 'json'],
  ['check', '--format', 'github'],
  ['check', '--format', 'sarif'],
  ['report', '--format', 'md'],
  ['report', '--format', 'html'],
  ['report', '--format', 'json'],
  ['calendar', '--format', 'md'],
  ['calendar', '--format', 'html'],
  ['calendar', '--format', 'ics'],
  ['calendar', '--format', 'csv'],
  ['history', 'HM-00'],
  ['history', 'HM-03', '--format', 'json'],
  ['diff', 'HM-01', '--base', 'HEAD~1'],
  ['diff', 'HM-05', '--since-approval'],
  ['check', '--format', 'stylish', 'policies/nothing-here.md'],
  ['calendar', '--committee', HOSTILE[1]!],
  ['history', HOSTILE[3]!],
];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** Lines GitHub's runner would act on: `::` at the start after white space, `##[` anywhere. */
function actingLines(text: string, format: string | undefined): string[] {
  return text.split('\n').filter((line) => {
    if (line.includes('##[')) return true;
    if (!/^\s*::/.test(line)) return false;
    // The github format's own annotations: exactly one command per finding, with a known rule as its title.
    return !(
      format === 'github' &&
      /^::(error|warning) file=[^:\s]*,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=(core|scotland)\/[a-z-]+::[^\n]*$/.test(line)
    );
  });
}

/** Markdown text that GitHub would turn into a link or a mention: outside code spans and fences. */
function liveLinks(md: string): string[] {
  const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/`[^`\n]*`/g, '');
  return prose.match(/https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.\w+|(?<![\w\\`])@[A-Za-z0-9]\S*|(?<![\w&])#\d+/g) ?? [];
}

describe('every output of a hostile register is inert', () => {
  // Labelled without the hostile text itself: a test name printed in CI must not act either.
  const label = (argv: string[]) => argv.map((a) => (HOSTILE.includes(a) ? `<hostile text ${HOSTILE.indexOf(a)}>` : a)).join(' ');
  it.each(RUNS.map((argv) => [label(argv), argv] as const))(
    '%s',
    async (_, argv) => {
      const r = hostileRepo(true);
      const format = argv[argv.indexOf('--format') + 1];
      const { stdout, stderr } = await cli(r.dir, [...argv, '--as-of', '2026-11-24']);
      for (const [name, text] of [
        ['stdout', stdout],
        ['stderr', stderr],
      ] as const) {
        expect(actingLines(text, name === 'stdout' ? format : undefined), `${name} acts in Actions`).toEqual([]);
        expect(CONTROL.test(text), `${name} has a raw control character`).toBe(false);
      }
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      const markdown = argv[0] === 'diff' || (argv[0] === 'history' && format !== 'json') || format === 'md';
      if (markdown) expect(liveLinks(stdout)).toEqual([]);
      if (format === 'html') expect(stdout).not.toMatch(/<(script|a|img)\b/i);
    },
    30_000,
  );

  it('the iCalendar file has exactly the events of the same register written plainly, and the name is one value', async () => {
    const count = async (hostile: boolean) => {
      const { stdout } = await cli(hostileRepo(hostile).dir, ['calendar', '--format', 'ics', '--as-of', '2026-11-24']);
      const calendar = new ICAL.Component(ICAL.parse(stdout));
      return {
        events: calendar.getAllSubcomponents('vevent').length,
        components: stdout.match(/^BEGIN:/gm)!.length,
        name: calendar.getFirstPropertyValue('x-wr-calname') as string,
        ics: stdout,
      };
    };
    const [hostile, plain] = [await count(true), await count(false)];
    expect(hostile.events).toBe(plain.events);
    expect(hostile.components).toBe(plain.components);
    for (const l of hostile.ics.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(hostile.name).toMatch(/^Rent.+END:VEVENT.+BEGIN:VEVENT.+: policy reviews$/s);
    expect(hostile.ics.split('\r\n').filter((l) => /^(BEGIN|END):/.test(l))).toEqual(
      plain.ics.split('\r\n').filter((l) => /^(BEGIN|END):/.test(l)),
    );
  }, 30_000);
});
