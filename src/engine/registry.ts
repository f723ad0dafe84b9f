// A set of packs, indexed: every rule by qualified id, its default severity, the jurisdictions. The config is
// resolved against a registry; src/rules/index.ts builds the default one.
import type { Severity } from '../types.js';
import type { Pack } from './pack.js';
import { qualifiedId, type Rule } from './rule.js';

export interface Registry {
  packs: readonly Pack[];
  /** Every rule of every pack, sorted by qualified id. */
  rules: readonly Rule[];
  rule(id: string): Rule | undefined;
  pack(id: string): Pack | undefined;
  defaultSeverity(id: string): Severity | undefined;
  /** The values `jurisdiction:` may take besides `none`. */
  jurisdictions: readonly string[];
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Index packs. A pack that contradicts itself or another is a programming error, so this throws. */
export function createRegistry(packs: readonly Pack[]): Registry {
  const rules = new Map<string, Rule>();
  const severities = new Map<string, Severity>();
  const packIds = new Set<string>();
  const jurisdictions: string[] = [];
  for (const pack of packs) {
    if (!KEBAB.test(pack.id) || packIds.has(pack.id)) throw new Error(`Pack id ${pack.id} is not kebab-case or is used twice`);
    packIds.add(pack.id);
    if (pack.jurisdiction !== undefined) {
      if (pack.jurisdiction === 'none' || jurisdictions.includes(pack.jurisdiction))
        throw new Error(`Jurisdiction ${pack.jurisdiction} is taken`);
      jurisdictions.push(pack.jurisdiction);
    }
    for (const { rule, severity } of pack.rules) {
      const id = qualifiedId(rule);
      if (rule.pack !== pack.id) throw new Error(`Rule ${id} is listed in pack ${pack.id}`);
      if (rules.has(id)) throw new Error(`Rule ${id} is listed twice`);
      rules.set(id, rule);
      severities.set(id, severity);
    }
  }
  const sorted = [...rules.keys()].sort().map((id) => rules.get(id)!);
  return {
    packs,
    rules: sorted,
    rule: (id) => rules.get(id),
    pack: (id) => packs.find((p) => p.id === id),
    defaultSeverity: (id) => severities.get(id),
    jurisdictions,
  };
}
