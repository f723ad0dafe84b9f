// `policies rules`: every rule, its pack, default severity, the severity in force, and what it checks.
import { qualifiedId } from '../../engine/rule.js';
import { REGISTRY } from '../../rules/index.js';
import { GRADE_TITLES, type Basis } from '../../types.js';
import { parseCommandArgs, requireChoice, type Command } from '../io.js';
import { configFor, emit } from '../command-steps.js';
import type { ResolvedConfig } from '../../config/config.js';

const usage = `Usage: policies rules [options]

List every rule: its pack, default severity, the severity in force under the config, and what it checks.

Options:
  --format <name>   text (default) or json
  --kinds           list the kinds of policy instead (the packs in force and the config's own)
  --config <file>   config file (default: policies.config.yaml)
  --out <file>      write the list to a file`;

export interface RuleListing {
  id: string;
  pack: string;
  defaultSeverity: string;
  /** The severity under the current config: off when the rule's pack is not in force or the config turns it off. */
  severity: string;
  description: string;
  /** The basis in force: a pack in force may lend a core rule its own. */
  basis?: Basis;
  docs: string;
}

export function listRules(config: ResolvedConfig): RuleListing[] {
  return REGISTRY.rules.map((rule) => {
    const id = qualifiedId(rule);
    const listing: RuleListing = {
      id,
      pack: rule.pack,
      defaultSeverity: REGISTRY.defaultSeverity(id) ?? 'off',
      severity: config.rules.get(id)?.severity ?? 'off',
      description: rule.meta.description,
      docs: `docs/rules/${rule.pack}/${rule.id}.md`,
    };
    const basis = config.rules.get(id)?.basis ?? rule.meta.basis;
    if (basis) listing.basis = basis;
    return listing;
  });
}

/** A plain table: id, default severity, severity in force, the grade of its basis, description. */
export function formatRuleList(rules: readonly RuleListing[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const grade = (r: RuleListing) => (r.basis ? GRADE_TITLES[r.basis.grade] : '-');
  const gradeWidth = Math.max('basis'.length, ...rules.map((r) => grade(r).length));
  const lines = rules.map(
    (r) =>
      `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.severity.padEnd(8)}  ${grade(r).padEnd(gradeWidth)}  ${r.description}`,
  );
  return `${'rule'.padEnd(width)}  default  in force  ${'basis'.padEnd(gradeWidth)}  description\n${lines.join('\n')}\n`;
}

export const rulesCommand: Command = {
  name: 'rules',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      {
        format: { type: 'string' as const },
        kinds: { type: 'boolean' as const },
        config: { type: 'string' as const },
        out: { type: 'string' as const },
      },
      usage,
      false,
    );
    const format = requireChoice(values.format, '--format', ['text', 'json'] as const, 'text');
    const config = await configFor(io, values.config);
    if (values.kinds) {
      const kinds = [...config.kinds.values()].map((k) => ({ id: k.id, title: k.title, hints: [...k.hints] }));
      const width = Math.max(4, ...kinds.map((k) => k.id.length));
      const text = `${'kind'.padEnd(width)}  title\n${kinds.map((k) => `${k.id.padEnd(width)}  ${k.title}`).join('\n')}\n`;
      await emit(io, format === 'json' ? `${JSON.stringify(kinds, null, 2)}\n` : text, values.out, config);
      return 0;
    }
    const rules = listRules(config);
    await emit(io, format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : formatRuleList(rules), values.out, config);
    return 0;
  },
};
