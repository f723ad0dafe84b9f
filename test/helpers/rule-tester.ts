// Run rules over in-memory policies, the way ESLint's RuleTester does: tests read as tables of cases.
import { loadMarkdown, parsePolicy } from '../../src/load/policy.js';
import { buildRegister } from '../../src/register/register.js';
import { runRules, type StampedMessage } from '../../src/engine/run.js';
import { parseConfig } from '../../src/config/load.js';
import { REGISTRY } from '../../src/rules/index.js';
import type { ResolvedConfig } from '../../src/config/config.js';
import type { GitFacts } from '../../src/engine/rule.js';

// Rules run here synchronously on policies parsed in memory, without the loader's prepareBody: remark's readers
// are loaded up front so a rule can read any body.
await loadMarkdown();

/** Resolve a config from YAML text (empty: the defaults); throws with the problems if it is invalid. */
export function configFrom(yaml = ''): ResolvedConfig {
  const result = parseConfig(yaml, 'policies.config.yaml', '/register');
  if (!result.ok) throw new Error(`invalid test config: ${JSON.stringify(result.problems)}`);
  return result.config;
}

export interface RunOptions {
  today: string;
  /** Config YAML; default: the defaults (core pack only). */
  config?: string;
  /** Only report these rule ids (qualified); default: all findings. */
  only?: string[];
  /** Facts from git, for the rules that need them (as `check --changed` and the report gather them). */
  git?: GitFacts;
}

/** Check a set of files { 'policies/a.md': text } and return the findings. */
export function runOn(files: Record<string, string>, { today, config, only, git }: RunOptions): StampedMessage[] {
  const resolved = configFrom(config);
  const policies = Object.entries(files).map(([file, text]) => parsePolicy(file, text));
  const messages = runRules({
    register: buildRegister(policies),
    config: resolved,
    rules: REGISTRY.rules,
    today,
    registerFile: 'policies.config.yaml',
    ...(git ? { git } : {}),
  });
  return only ? messages.filter((m) => only.includes(m.ruleId)) : messages;
}

/** A compact view for assertions: `file:line ruleId`. */
export function summary(messages: readonly StampedMessage[]): string[] {
  return messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`).sort();
}

/**
 * Build a valid approved policy's text, with fields overridden or removed (value `undefined`).
 * Values are YAML source text: `{ next_review: '2027-03' }`.
 */
export function policyText(overrides: Record<string, string | undefined> = {}, body = DEFAULT_BODY): string {
  const fields: Record<string, string | undefined> = {
    id: '"HM-01"',
    title: 'Rent Arrears Policy',
    category: 'housing-management',
    status: 'approved',
    owner: 'Director of Housing Services',
    approving_body: 'Housing Services Committee',
    adopted: '2015-06-11',
    last_reviewed: '2025-03-13',
    next_review: '2028-03',
    approvals:
      '\n  - { date: 2015-06-11, body: Housing Services Committee, minute: "HSC 2015/22" }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "HSC 2025/08" }',
    eia: '{ required: true, completed: 2025-02-20, outcome: No negative impact identified }',
    consultation:
      '{ required: true, groups: [tenants, registered-tenant-organisations], opened: 2024-11-04, closed: 2025-01-10, summary: Survey and two meetings }',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

export const DEFAULT_BODY = `# Policy

## Purpose
Why the policy exists.

## Equality impact assessment
What the assessment found.

## Monitoring and review
How the policy is monitored and when it is reviewed.
`;
