// The examples in the rule pages run: each fenced ```markdown block marked `valid` or `invalid` in docs/rules/ is a
// policy checked against the page's rule, as of the date the block names, so the documentation cannot drift.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOn } from '../helpers/rule-tester.js';

const DOCS = join(import.meta.dirname, '../../docs/rules');

interface Example {
  rule: string;
  valid: boolean;
  asOf: string;
  messageId?: string;
  line?: number;
  text: string;
}

/** ```markdown invalid as-of=2026-11-24 messageId=overdue line=10 */
const FENCE = /^```markdown (valid|invalid)((?: [\w-]+=[^\s`]+)*)\n([\s\S]*?)^```$/gm;

function examples(): Example[] {
  const found: Example[] = [];
  for (const pack of readdirSync(DOCS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const page of readdirSync(join(DOCS, pack.name)).filter((f) => f.endsWith('.md'))) {
      const rule = `${pack.name}/${page.replace(/\.md$/, '')}`;
      for (const match of readFileSync(join(DOCS, pack.name, page), 'utf8').matchAll(FENCE)) {
        const attrs = Object.fromEntries(
          (match[2] ?? '')
            .trim()
            .split(/\s+/)
            .filter(Boolean)
            .map((a) => a.split('=') as [string, string]),
        );
        if (!attrs['as-of']) throw new Error(`${rule}: an example without as-of=YYYY-MM-DD`);
        found.push({
          rule,
          valid: match[1] === 'valid',
          asOf: attrs['as-of'],
          text: match[3]!,
          ...(attrs.messageId ? { messageId: attrs.messageId } : {}),
          ...(attrs.line ? { line: Number(attrs.line) } : {}),
        });
      }
    }
  }
  return found;
}

const all = examples();
const cases = all.map((e, i) => [`${e.rule} example ${i + 1} (${e.valid ? 'valid' : 'invalid'})`, e] as const);

describe('the examples in docs/rules', () => {
  it('are there, valid and invalid', () => {
    expect(all.filter((e) => e.valid).length).toBeGreaterThan(5);
    expect(all.filter((e) => !e.valid).length).toBeGreaterThan(5);
  });

  it.each(cases)('%s', (_, example) => {
    const config = example.rule.startsWith('scotland/') ? 'jurisdiction: scotland' : '';
    const messages = runOn({ 'policies/example.md': example.text }, { today: example.asOf, config });
    const ofRule = messages.filter((m) => m.ruleId === example.rule);
    if (example.valid) {
      // A valid example is clean under every rule, so readers can copy it.
      expect(messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
      return;
    }
    expect(ofRule.length).toBeGreaterThan(0);
    if (example.messageId) expect(ofRule.map((m) => m.messageId)).toContain(example.messageId);
    if (example.line !== undefined) expect(ofRule.map((m) => m.line)).toContain(example.line);
    // An invalid example shows one mistake: no other rule fires.
    expect(messages.filter((m) => m.ruleId !== example.rule).map((m) => m.ruleId)).toEqual([]);
  });
});
