// A register keeps only each policy's frontmatter in memory and reads the rest of the file again when a rule needs
// it: the results must be exactly those of policies parsed whole, and a file that changed in between is refused.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRegister } from '../../src/check.js';
import { loadConfig } from '../../src/config/load.js';
import { runRules } from '../../src/engine/run.js';
import { fromRecord, loadMarkdown, parsePolicy, PolicyChangedError, toRecord } from '../../src/load/policy.js';
import { readPolicyTextSync } from '../../src/load/read.js';
import { buildRegister } from '../../src/register/register.js';
import { RULES } from '../../src/rules/index.js';

const ASSOCIATIONS = join(import.meta.dirname, '../fixtures/associations');
const FRONT = '---\nid: "HM-01"\ntitle: "Estate management"\nstatus: approved\n---\n';
const CASES: Record<string, string> = {
  plain: `${FRONT}\n# Estate management\n\n## Equality\n\nText.\n\n## Monitoring and review\n\nMore.\n`,
  crlf: `${FRONT}\n# Title\n\n## Equality\n`.replace(/\n/g, '\r\n'),
  bom: `\ufeff${FRONT}\n## Équité and ünïcode — “quotes”\n`,
  'fence-last-line': FRONT.slice(0, -1),
  'empty-body': FRONT,
  'no-frontmatter': '# Just a heading\n',
  'bad-yaml': '---\nid: [unclosed\n---\nBody\n',
};

let dir: string | undefined;
// These tests read bodies directly (policy.body()), without the loader's prepareBody.
beforeAll(async () => {
  await loadMarkdown();
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function written(name: string, text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'pt-reread-'));
  const file = join(dir, `${name}.md`);
  writeFileSync(file, text);
  return file;
}

describe('a policy read again from its file', () => {
  it.each(Object.entries(CASES))('%s: the same text, body and positions as one parsed whole', (name, written_) => {
    const absolute = written(name, written_);
    // As the loader reads it (a byte order mark is dropped then).
    const read = readPolicyTextSync(absolute);
    if (!read.ok) throw new Error(read.message);
    const text = read.text;
    const whole = parsePolicy(`${name}.md`, text);
    const fromDisk = parsePolicy(`${name}.md`, text, { absolute });
    expect(fromDisk.text).toBe(text);
    expect(fromDisk.body()).toEqual(whole.body());
    expect(fromDisk.data).toEqual(whole.data);
    expect(fromDisk.loadProblem).toEqual(whole.loadProblem);
    expect([fromDisk.frontmatterEndLine, fromDisk.bodyStartLine]).toEqual([whole.frontmatterEndLine, whole.bodyStartLine]);
    expect(fromDisk.positions.value(['status'])).toEqual(whole.positions.value(['status']));
    // Through a thread's record and back, too.
    const again = fromRecord(toRecord(fromDisk));
    expect(again.text).toBe(text);
    expect(again.body()).toEqual(whole.body());
  });

  it('keeps only the fields in memory once its rules have run, reading positions again from the file', () => {
    const text = `${FRONT}\n${'A long paragraph of policy text. '.repeat(200)}\n`;
    const absolute = written('long', text);
    const policy = parsePolicy('long.md', text, { absolute });
    const before = policy.positions.value(['status']);
    policy.releaseBody?.();
    // What a worker thread sends: neither the text nor the frontmatter, only the fields and where to read again.
    const record = toRecord(policy);
    expect([record.text, record.yaml]).toEqual(['', '']);
    expect(policy.positions.value(['status'])).toEqual(before);
    expect(fromRecord(record).positions.key(['title'])).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 6 });
    writeFileSync(absolute, text.replace('approved', 'draft   '));
    expect(() => fromRecord(record).positions.value(['status'])).toThrow(PolicyChangedError);
  });

  it.each([
    ['the body was edited', (t: string) => t.replace('Text.', 'Texts')],
    ['the frontmatter was edited', (t: string) => t.replace('approved', 'draft   ')],
    ['the file grew', (t: string) => `${t}\nMore.\n`],
  ])('refuses a file that changed in between (%s), naming it', (_, edit) => {
    const text = CASES.plain!;
    const absolute = written('edited', text);
    const policy = parsePolicy('policies/edited.md', text, { absolute });
    // As the loader does once a policy's rules have run: from then on the text is read again when asked for.
    policy.releaseBody?.();
    writeFileSync(absolute, edit(text));
    expect(() => policy.body()).toThrow(PolicyChangedError);
    expect(() => policy.text).toThrow(/policies\/edited\.md changed while it was being checked.*Run the command again/);
  });

  it('reads the file once while its rules run: until the body is released, the text is the first read', () => {
    const text = CASES.plain!;
    const absolute = written('once', text);
    const policy = parsePolicy('once.md', text, { absolute });
    rmSync(absolute);
    expect(policy.text).toBe(text);
    expect(policy.headings().map((h) => h.text)).toEqual(['Estate management', 'Equality', 'Monitoring and review']);
    policy.releaseBody?.();
    expect(() => policy.text).toThrow(PolicyChangedError);
  });

  it('refuses a file removed in between', () => {
    const absolute = written('gone', CASES.plain!);
    const policy = parsePolicy('gone.md', CASES.plain!, { absolute });
    policy.releaseBody?.();
    rmSync(absolute);
    expect(() => policy.body()).toThrow(PolicyChangedError);
  });
});

describe('a register loaded from disk', () => {
  it.each(
    readdirSync(ASSOCIATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  )('%s: every rule finds what it finds in policies parsed whole', async (name) => {
    const cwd = join(ASSOCIATIONS, name);
    const loadedConfig = await loadConfig(cwd);
    if (!loadedConfig.ok) throw new Error('fixture config');
    const { config } = loadedConfig;
    const loaded = await loadRegister({ cwd, config });
    expect(loaded.register.policies.some((p) => p.source)).toBe(true);
    const inMemory = buildRegister(loaded.register.policies.map((p) => parsePolicy(p.file, readFileSync(join(cwd, p.file), 'utf8'))));
    const run = (register: typeof loaded.register) =>
      runRules({ register, config, rules: RULES, today: '2026-11-24', registerFile: loaded.registerFile });
    const fromDisk = run(loaded.register);
    expect(fromDisk.length).toBeGreaterThan(0);
    expect(fromDisk).toEqual(run(inMemory));
  });
});

describe('the CLI', () => {
  afterEach(() => {
    vi.doUnmock('../../src/check.js');
    vi.resetModules();
  });

  it('turns a file that changed mid-check into a clear error and exit 2', async () => {
    // The race cannot be timed from outside, so the pipeline is made to meet it.
    vi.resetModules();
    vi.doMock('../../src/check.js', async (original) => {
      const { PolicyChangedError: Fresh } = await import('../../src/load/policy.js');
      return {
        ...(await original<object>()),
        check: async () => {
          throw new Fresh('policies/a.md');
        },
      };
    });
    const { runCli: freshCli } = await import('../../src/cli/run.js');
    let stderr = '';
    const code = await freshCli(['check', '--as-of', '2026-11-24'], {
      cwd: join(ASSOCIATIONS, 'glenrowan'),
      today: '2026-11-24',
      env: {},
      isTTY: false,
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'policies check: policies/a.md changed while it was being checked (it was read twice and the two differ). Run the command again once it is saved.\n',
    );
  });
});
