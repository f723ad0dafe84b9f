// One output contract: each command's --format choices, default and help come from its formatter registry; a library
// user builds the same context and gets the same output; every message in JSON carries its rule's messageId.
import { readdirSync } from 'node:fs';
import { runCliIn } from '../helpers/cli.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildProgramme,
  CALENDAR_FORMATTERS,
  calendarFormatContext,
  check,
  CHECK_FORMATTERS,
  checkFormatContext,
  defineFormatters,
  DIFF_FORMATTERS,
  formatNames,
  HISTORY_FORMATTERS,
  loadConfig,
  loadRegister,
  render,
  REPORT_FORMATTERS,
  RULES,
} from '../../src/index.js';
import { formatOptionHelp, type FormatterRegistry } from '../../src/format/registry.js';
import { qualifiedId } from '../../src/engine/rule.js';

const ROOT = join(import.meta.dirname, '../..');
const TODAY = '2026-11-24';

async function cli(argv: string[], cwd = ROOT) {
  return runCliIn(cwd, argv, { today: TODAY });
}

const COMMANDS: [string, FormatterRegistry<unknown, never>][] = [
  ['check', CHECK_FORMATTERS as FormatterRegistry<unknown, never>],
  ['calendar', CALENDAR_FORMATTERS as FormatterRegistry<unknown, never>],
  ['report', REPORT_FORMATTERS as FormatterRegistry<unknown, never>],
  ['history', HISTORY_FORMATTERS as FormatterRegistry<unknown, never>],
  ['diff', DIFF_FORMATTERS as FormatterRegistry<unknown, never>],
];

describe('formatter registries', () => {
  it.each(COMMANDS)('%s --help lists exactly its registered formats, marking the default', async (command, registry) => {
    const { stdout } = await cli([command, '--help']);
    for (const name of formatNames(registry)) expect(stdout).toContain(`${name}${name === registry.default ? ' (default)' : ''}: `);
    expect(stdout).toContain(
      formatOptionHelp(registry)
        .trim()
        .split('\n')[0]!
        .replace(/^--format <name>\s+/, ''),
    );
  });

  it.each(COMMANDS)('%s refuses a format that is not registered, naming the choices (exit 2)', async (command, registry) => {
    const { code, stderr } = await cli([command, 'HM-01', '--format', 'docx']);
    expect(code).toBe(2);
    expect(stderr).toContain(`--format must be one of ${formatNames(registry).join(', ')}, not "docx"`);
  });

  it('takes a new format in one line, and refuses a default that is not registered', async () => {
    const registry = defineFormatters<{ n: number }, Record<string, never>>('text', {
      text: { description: 'plain text', format: (d) => `${d.n}\n` },
      double: { description: 'twice', format: (d) => `${d.n * 2}\n` },
    });
    expect(formatNames(registry)).toEqual(['text', 'double']);
    expect(formatOptionHelp(registry)).toContain('double: twice');
    expect(await render(registry, 'double', { n: 21 }, {})).toBe('42\n');
    expect(() => defineFormatters('md', { text: { description: 'x', format: () => '' } })).toThrow(/md is not registered/);
  });
});

describe('the formatter context, built from the library', () => {
  it('gives the same check output as the CLI', async () => {
    const loaded = await loadConfig(ROOT);
    if (!loaded.ok) throw new Error('the example config does not load');
    const result = await check({ cwd: ROOT, config: loaded.config, today: TODAY });
    for (const format of ['json', 'sarif', 'github', 'stylish']) {
      const library = await render(CHECK_FORMATTERS, format, result, checkFormatContext({ color: false }));
      expect(library).toBe((await cli(['check', '--format', format])).stdout);
    }
  });

  it('gives the same calendar file as the CLI', async () => {
    const loaded = await loadConfig(ROOT);
    if (!loaded.ok) throw new Error('the example config does not load');
    const { register } = await loadRegister({ cwd: ROOT, config: loaded.config });
    const programme = buildProgramme(register.policies, loaded.config, { today: TODAY, from: '2026-04-01', to: '2027-03-31' });
    const library = await render(CALENDAR_FORMATTERS, 'ics', programme, calendarFormatContext(loaded.config));
    expect(library).toBe((await cli(['calendar', '--format', 'ics'])).stdout);
  });
});

describe('messageId in JSON', () => {
  const fixtures = join(ROOT, 'test/fixtures/associations');
  const associations = readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const messagesOf = new Map(RULES.map((rule) => [qualifiedId(rule), Object.keys(rule.meta.messages)]));

  it.each(associations)("%s: every message names one of its rule's messages", async (name) => {
    const { stdout } = await cli(['check', '--format', 'json', '--as-of', TODAY], join(fixtures, name));
    const messages = JSON.parse(stdout).results.flatMap((r: { messages: { ruleId: string; messageId: string }[] }) => r.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(messagesOf.get(m.ruleId)).toContain(m.messageId);
  });

  it('says which message a finding is, for tools and tests to match on', async () => {
    const { stdout } = await cli(['check', '--format', 'json', '--as-of', '2031-01-01']);
    const overdue = JSON.parse(stdout)
      .results.flatMap((r: { messages: { ruleId: string; messageId: string }[] }) => r.messages)
      .filter((m: { ruleId: string }) => m.ruleId === 'core/review-overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((m: { messageId: string }) => m.messageId === 'overdue')).toBe(true);
  });
});
