// `policies rules`: every rule, its pack, default severity, the severity in force, and what it checks.
import { qualifiedId } from '../../engine/rule.js';
import { RULES } from '../../rules/index.js';
import { PACKS } from '../../rules/packs.js';
import { parseCommandArgs, requireChoice, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';
import type { ResolvedConfig } from '../../config/config.js';

const usage = `Usage: policies rules [options]

List every rule: its pack, default severity, the severity in force under the config, and what it checks.

Options:
  --format <name>   text (default) or json
  --config <file>   config file (default: policies.config.yaml)
  --out <file>      write the list to a file`;

export interface RuleListing {
  id: string;
  pack: string;
  defaultSeverity: string;
  /** The severity under the current config: off when the rule's pack is not in force or the config turns it off. */
  severity: string;
  description: string;
  basis?: string;
  docs: string;
}

export function listRules(config: ResolvedConfig): RuleListing[] {
  return RULES.map((rule) => {
    const id = qualifiedId(rule);
    const listing: RuleListing = {
      id,
      pack: rule.pack,
      defaultSeverity: PACKS[rule.pack]?.[id] ?? 'off',
      severity: config.rules.get(id)?.severity ?? 'off',
      description: rule.meta.description,
      docs: `docs/rules/${rule.pack}/${rule.id}.md`,
    };
    if (rule.meta.basis) listing.basis = rule.meta.basis;
    return listing;
  });
}

/** A plain table: id, default severity, severity in force, description. */
export function formatRuleList(rules: readonly RuleListing[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.severity.padEnd(7)}  ${r.description}`);
  return `${'rule'.padEnd(width)}  default  in force  description\n${lines.join('\n')}\n`;
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules, their packs and severities',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { format: { type: 'string' as const }, config: { type: 'string' as const }, out: { type: 'string' as const } }, usage, false);
    const format = requireChoice(values.format, '--format', ['text', 'json'] as const, 'text');
    const config = await configFor(io, values.config);
    const rules = listRules(config);
    await emit(io, format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : formatRuleList(rules), values.out, config);
    return 0;
  },
};
