// Run one England rule and collect what it reports (message id, data, basis), as the engine would call it.
import { configFrom } from '../../helpers/rule-tester.js';
import { parsePolicy } from '../../../src/load/policy.js';
import { buildRegister } from '../../../src/register/register.js';
import type { Report, Rule } from '../../../src/engine/rule.js';

export interface Reported extends Report {
  /** The file of the policy the report is about, when it is about one. */
  file?: string;
}

export function reportsOf(
  rule: Rule,
  { config, today, files = {} }: { config: string; today: string; files?: Record<string, string> },
): Reported[] {
  const resolved = configFrom(config);
  const register = buildRegister(Object.entries(files).map(([file, text]) => parsePolicy(file, text)));
  const out: Reported[] = [];
  const options = resolved.rules.get(`${rule.pack}/${rule.id}`)?.options ?? rule.meta.defaultOptions;
  const base = { register, today, config: resolved, options };
  if (rule.scope === 'register') rule.check({ ...base, report: (r) => out.push(r) });
  else for (const policy of register.policies) rule.check({ ...base, policy, report: (r) => out.push({ ...r, file: policy.file }) });
  return out;
}

/** Message ids and data, for assertions. */
export const ids = (reports: readonly Reported[]) => reports.map((r) => r.messageId);
