// Broken and hostile files: every one becomes a message with a file and a line, or exit 2 with a sentence; never a
// crash, a hang, code running, or a change to the register.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli.js';
import { policyText } from '../helpers/rule-tester.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(join(d, 'policies', 'locked'), 0o755);
    } catch {
      /* not there */
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function register(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-hostile-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'policies'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'policies', name), content);
  return dir;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  messages: { file: string; line: number; column: number; message: string; ruleId: string }[];
}

async function check(dir: string, argv: string[] = []): Promise<Outcome> {
  const { code, stdout, stderr } = await runCliIn(dir, ['check', '--format', 'json', '--as-of', '2026-11-24', ...argv]);
  const messages =
    code === 2
      ? []
      : (JSON.parse(stdout) as { results: { file: string; messages: Omit<Outcome['messages'][number], 'file'>[] }[] }).results.flatMap(
          (r) => r.messages.map((m) => ({ ...m, file: r.file })),
        );
  return { code, stdout, stderr, messages };
}

const valid = policyText();
const deep = `---\nid: "X"\nnested: ${'['.repeat(200)}${']'.repeat(200)}\n---\n`;
const bomb = `---\nid: "X"\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n`;

const CASES: [name: string, content: string | Buffer, expectedLine: number, pattern: RegExp][] = [
  ['an empty file', '', 1, /empty/i],
  ['no frontmatter', '# A policy\n\nText only.\n', 1, /---/],
  ['an unclosed fence', '---\nid: "X"\ntitle: Y\n\n# Body\n', 1, /closing|---/i],
  ['frontmatter only, nothing else', '---\n---\n', 1, /no id|required field/],
  ['binary content', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 1, /binary|text/i],
  ['invalid UTF-8', Buffer.concat([Buffer.from('---\nid: "X"\ntitle: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n---\n')]), 3, /UTF-8/],
  ['a tab used for indentation', '---\nid: "X"\neia:\n\trequired: true\n---\n', 4, /tab/i],
  ['a very deeply nested value', deep, 3, /deep|nested/i],
  ['an alias bomb', bomb, 4, /alias/i],
  ['a ---js fence', '---js\nrequire("fs").writeFileSync("/tmp/pt-pwned", "x")\n---\n', 1, /YAML|language|js/i],
  ['a ---javascript fence', '---javascript\n{ id: (()=>{ globalThis.pwned = 1; return "X" })() }\n---\n', 1, /YAML|language/i],
  ['a ---coffee fence', '---coffee\nid: "X"\n---\n', 1, /YAML|language/i],
  ['a ---json fence', '---json\n{"id": "X"}\n---\n', 1, /YAML|language/i],
  ['a TOML +++ fence', '+++\nid = "X"\n+++\n', 1, /TOML/],
  ['a duplicate key', '---\nid: "X"\nid: "Y"\n---\n', 3, /twice|duplicate/i],
  ['a custom tag', '---\nid: !!js/function "function(){}"\n---\n', 2, /tag/i],
];

describe('hostile and broken policy files', () => {
  it.each(CASES)('%s: one error with file and line, the rest of the register still checked', async (_, content, line, pattern) => {
    const dir = register({ 'bad.md': content, 'good.md': valid });
    const { code, messages, stderr } = await check(dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const bad = messages.filter((m) => m.file === 'policies/bad.md');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad[0]).toMatchObject({ line });
    expect(bad.map((m) => m.message).join(' ')).toMatch(pattern);
    expect(messages.filter((m) => m.file === 'policies/good.md')).toEqual([]);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(() => readFileSync('/tmp/pt-pwned')).toThrow();
  });

  it.each([
    ['a byte-order mark', `\uFEFF${valid}`],
    ['CRLF line endings', valid.replace(/\n/g, '\r\n')],
    [
      'mixed line endings',
      valid
        .split('\n')
        .map((l, i) => (i % 2 ? `${l}\r` : l))
        .join('\n'),
    ],
    ['a very long line in the body', `${valid}\n${'word '.repeat(40_000)}\n`],
    ['unusual but valid Unicode in the title', policyText({ title: '"Polasaidh Màl 🏠 — Ünïcödé ‮RTL‬ 𝔘"' })],
  ])('accepts %s without findings', async (_, content) => {
    const dir = register({ 'a.md': content });
    const { code, messages } = await check(dir);
    expect(messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('keeps the line numbers of CRLF files right', async () => {
    const dir = register({ 'a.md': policyText({ status: 'aproved' }).replace(/\n/g, '\r\n') });
    const { messages } = await check(dir);
    expect(messages.map((m) => [m.line, m.column])).toEqual([[5, 9]]);
  });

  it('refuses a file far larger than any policy with a clear message, not an out-of-memory crash', async () => {
    const dir = register({ 'huge.md': `${valid}\n${'x'.repeat(3 * 1024 * 1024)}` });
    const { code, messages } = await check(dir);
    expect(code).toBe(1);
    expect(messages[0]).toMatchObject({ file: 'policies/huge.md', line: 1 });
    expect(messages[0]!.message).toMatch(/MiB|too large|size/i);
  });

  it("refuses a frontmatter block far larger than any policy's fields, quickly", async () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    const dir = register({ 'many.md': `---\nid: "X"\n${fields}\n---\n`, 'good.md': valid });
    const started = Date.now();
    const { code, messages } = await check(dir);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(code).toBe(1);
    expect(messages).toEqual([expect.objectContaining({ file: 'policies/many.md', line: 1, ruleId: 'core/frontmatter' })]);
    expect(messages[0]!.message).toMatch(/KiB/);
  });

  it('lists the first hundred of thousands of unknown fields and counts the rest, in bounded time', async () => {
    const fields = Array.from({ length: 2_500 }, (_, i) => `k${i}: 1`).join('\n');
    const dir = register({ 'many.md': valid.replace('title:', `${fields}\ntitle:`) });
    const started = Date.now();
    const { messages } = await check(dir);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(messages.filter((m) => /is not a field/.test(m.message))).toHaveLength(100);
    expect(messages.find((m) => /2400 more problems than the 100 listed/.test(m.message))).toMatchObject({
      file: 'policies/many.md',
      line: 2,
    });
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])(
    'reports a %s key as an unknown field and leaves Object.prototype alone',
    async (key) => {
      const dir = register({ 'a.md': valid.replace('title:', `${key}:\n  polluted: true\ntitle:`) });
      const { messages } = await check(dir);
      expect(messages.map((m) => m.ruleId)).toEqual(['core/schema']);
      expect(messages[0]!.message).toContain(key);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    },
  );

  it.each([
    ['a slash', 'HM/01'],
    ['a parent folder', '../../etc/passwd'],
    ['a leading space', ' HM-01'],
    ['a control character', 'HM\u0007-01'],
    ['a newline', 'HM\n01'],
  ])('refuses an id containing %s, showing it safely', async (_, id) => {
    const dir = register({ 'a.md': policyText({ id: JSON.stringify(id) }) });
    const { code, messages } = await check(dir);
    expect(code).toBe(1);
    expect(messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['2 core/schema']);
    expect(messages[0]!.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('never follows links out of the tree, and reports loops', async () => {
    const dir = register({ 'a.md': valid });
    const outside = mkdtempSync(join(tmpdir(), 'pt-outside-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'secret.md'), policyText({ id: '"SECRET"' }));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'policies', 'link.md'));
    symlinkSync(join(dir, 'policies'), join(dir, 'policies', 'loop'));
    const { messages } = await check(dir);
    const text = JSON.stringify(messages);
    expect(text).not.toContain('SECRET');
    expect(messages.some((m) => m.file.includes('link.md') && m.line === 1)).toBe(true);
  });

  it('reports unreadable files and folders, and checks the rest', async () => {
    const dir = register({ 'a.md': valid, 'b.md': valid.replace('HM-01', 'HM-02') });
    mkdirSync(join(dir, 'policies', 'locked'));
    writeFileSync(join(dir, 'policies', 'locked', 'c.md'), valid);
    chmodSync(join(dir, 'policies', 'b.md'), 0o000);
    chmodSync(join(dir, 'policies', 'locked'), 0o000);
    const { code, messages, stderr } = await check(dir);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    // As root, permissions do not deny reads; otherwise both are reported, each on line 1.
    if (process.getuid?.() !== 0) {
      expect(
        messages
          .filter((m) => m.line === 1)
          .map((m) => m.file)
          .sort(),
      ).toEqual(['policies/b.md', 'policies/locked']);
    }
    chmodSync(join(dir, 'policies', 'b.md'), 0o644);
  });

  it('handles file names that begin with "-" or contain a newline', async () => {
    const dir = register({ '-rf.md': valid, 'two\nlines.md': valid.replace('HM-01', 'HM-02') });
    const { code, messages } = await check(dir);
    expect(code).toBe(0);
    expect(messages).toEqual([]);
    const named = await check(dir, ['policies/-rf.md']);
    expect(named.code).toBe(0);
  });

  it('does not change any policy file', async () => {
    const dir = register({ 'a.md': valid, 'b.md': '---\nid: 010\n---\n', 'c.md': bomb });
    const hash = () =>
      readdirSync(join(dir, 'policies'))
        .map((f) =>
          createHash('sha256')
            .update(readFileSync(join(dir, 'policies', f)))
            .digest('hex'),
        )
        .join();
    const before = hash();
    await check(dir);
    await runCliIn(dir, ['report', '--as-of', '2026-11-24']);
    expect(hash()).toBe(before);
  });
});

describe('hostile config files', () => {
  it.each([
    ['an unclosed flow collection', 'organisation: [Test\n', 1],
    ['a tab', 'review:\n\tdefault_cycle_months: 36\n', 2],
    ['an alias bomb', 'a: &a [1,1,1]\nb: [*a,*a]\n', 2],
    ['a duplicate key', 'organisation: A\norganisation: B\n', 2],
    ['a __proto__ key', '__proto__:\n  polluted: true\n', 1],
    ['binary', '\u0000\u0001\u0002', 1],
    ['an unknown rule', 'rules:\n  core/review-overdeu: error\n', 2],
    ['a bad severity', 'rules:\n  core/review-overdue: fatal\n', 2],
    ['a committee with a bad meeting date', 'committees:\n  - name: Board\n    meetings: [2027-02-30]\n', 3],
    ['a policy folder outside the repository', 'organisation: A\npolicies: [policies, /etc]\n', 2],
    ['a policy folder that climbs out', 'organisation: A\npolicies: [../..]\n', 2],
    ['far too large', `organisation: A\n# ${'x'.repeat(300 * 1024)}\n`, 1],
    ['thousands of unknown fields', Array.from({ length: 3_000 }, (_, i) => `k${i}: 1`).join('\n'), 1],
    ['a ---js fence', '---js\nrequire("fs").writeFileSync("/tmp/pt-pwned", "x")\n---\n', 1],
  ])('%s: exit 2 with the file and line, no stack trace', async (_, config, line) => {
    const dir = register({ 'a.md': valid });
    writeFileSync(join(dir, 'policies.config.yaml'), config);
    const { code, stderr } = await check(dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`policies.config.yaml:${line}:`);
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    [
      'a link to a file outside the repository',
      (dir: string) => symlinkSync('/etc/passwd', join(dir, 'policies.config.yaml')),
      /outside its folder/,
    ],
    ['a link that loops', (dir: string) => symlinkSync('policies.config.yaml', join(dir, 'policies.config.yaml')), /loops/],
    ['a folder', (dir: string) => mkdirSync(join(dir, 'policies.config.yaml')), /not a regular file/],
  ])('a config that is %s: exit 2 with a sentence, nothing read from elsewhere, no silent defaults', async (_, make, pattern) => {
    const dir = register({ 'a.md': valid });
    make(dir);
    const { code, stderr } = await check(dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/policies\.config\.yaml:1:1: /);
    expect(stderr).toMatch(pattern);
    expect(stderr).not.toContain('root');
  });
});
