// The four check formats against their consumers: the documented JSON shape, GitHub workflow commands, SARIF 2.1.0.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { CHECK_FORMATS } from '../../src/format/index.js';
import { createAjv } from '../../src/schema/ajv.js';
import { ruleInfos } from '../../src/format/context.js';
import { toCheckResult } from '../../src/check.js';
import { policyText, runOn } from '../helpers/rule-tester.js';
import type { CheckResult } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '../..');
const context = { version: '0.1.0', rules: ruleInfos() };

/** Findings of several kinds, on awkward file names, with related locations and a basis. */
export function sampleResult(title = 'Rent Arrears Policy'): CheckResult {
  const files = {
    'policies/a b/rent%arrears,1:2.md': policyText({
      title: JSON.stringify(title),
      next_review: '2020-01',
      linked_policies: '[GONE]',
      status: 'approved',
    }),
    // Links to the policy above, so its (possibly hostile) title appears in a message.
    'policies/dup-1.md': policyText({ id: '"D"', linked_policies: '["HM-01"]' }),
    'policies/dup-2.md': policyText({
      id: '"D"',
      approvals:
        '\n  - { date: 2015-06-11, body: Housing Services Committee }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "x" }',
    }),
    'policies/broken.md': '---\nid: "B"\n\tbad: tab\n---\n',
  };
  const messages = runOn(files, { today: '2026-11-24' });
  return toCheckResult(messages, Object.keys(files), '2026-11-24');
}

/** Parse `::command props::message` lines as the GitHub runner does, unescaping the documented sequences. */
export function parseWorkflowCommands(text: string): { command: string; props: Record<string, string>; message: string }[] {
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
      if (!m) throw new Error(`not a workflow command: ${line}`);
      const props = Object.fromEntries(
        m[2]!.split(',').map((p) => {
          const i = p.indexOf('=');
          return [p.slice(0, i), unescape(p.slice(i + 1))];
        }),
      );
      return { command: m[1]!, props, message: unescape(m[3]!) };
    });
}

describe('json', () => {
  it('matches the documented shape (schemas/check-result.schema.json)', () => {
    const validate = createAjv().compile(JSON.parse(readFileSync(join(ROOT, 'schemas/check-result.schema.json'), 'utf8')));
    const output = JSON.parse(CHECK_FORMATS.json!(sampleResult(), context));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.results.map((r: { file: string }) => r.file)).toContain('policies/a b/rent%arrears,1:2.md');
  });
});

describe('github', () => {
  it('writes one valid workflow command per finding, with file, line, column and title', () => {
    const result = sampleResult();
    const commands = parseWorkflowCommands(CHECK_FORMATS.github!(result, context));
    const messages = result.results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.file })));
    expect(commands).toHaveLength(messages.length);
    commands.forEach((c, i) => {
      const m = messages[i]!;
      expect(c.command).toBe(m.severity);
      expect(c.props).toMatchObject({ file: m.file, line: String(m.line), col: String(m.column), title: m.ruleId });
      expect(c.message.startsWith(m.message)).toBe(true);
    });
  });

  it('escapes text that would otherwise end the message or inject a command', () => {
    const text = CHECK_FORMATS.github!(sampleResult('Rent\n::error file=x::pwned %0A 100%'), context);
    const lines = text.split('\n').filter(Boolean);
    expect(lines.every((l) => /^::(error|warning) /.test(l))).toBe(true);
    expect(parseWorkflowCommands(text).some((c) => c.message.includes('Rent\n::error file=x::pwned %0A 100%'))).toBe(true);
    expect(text).not.toMatch(/\n::error file=x/);
  });
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(CHECK_FORMATS.sarif!(sampleResult('<b>Rent</b> "Policy"'), context));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results as {
      ruleId: string;
      ruleIndex: number;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.length).toBeGreaterThan(3);
    for (const r of results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('policies/a%20b/rent%25arrears%2C1%3A2.md');
  });
});

describe('stylish', () => {
  it('names file, line, column, severity, message and rule, and keeps terminal control characters inert', () => {
    const text = CHECK_FORMATS.stylish!(sampleResult('Rent \u001b[2J\u001b]0;pwned\u0007 Policy'), { ...context, color: false });
    expect(text).toMatch(/policies\/dup-1\.md\n\s+2:5\s+error\s+.*core\/duplicate-id/);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
  });
});
