// A policy's kind: as written, or, when it has none, suggested by its title from the kinds vocabulary.
import type { ResolvedConfig } from '../config/config.js';
import type { KindDefinition } from '../engine/pack-data.js';
import type { Policy } from '../load/policy.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The kind a title suggests: the kind with the longest hint found at the start of a word of the title. */
export function suggestKind(title: string | undefined, kinds: ReadonlyMap<string, KindDefinition>): KindDefinition | undefined {
  if (!title) return undefined;
  const lower = title.toLowerCase();
  let best: { kind: KindDefinition; length: number } | undefined;
  for (const kind of kinds.values()) {
    for (const hint of kind.hints) {
      if (best && hint.length <= best.length) continue;
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escape(hint.toLowerCase())}`, 'u').test(lower)) best = { kind, length: hint.length };
    }
  }
  return best?.kind;
}

/** The policy's kind: its `kind`, else the one its title suggests (`suggested: true`). */
export function kindOf(policy: Policy, config: ResolvedConfig): { id: string; suggested: boolean } | undefined {
  if (policy.data.kind !== undefined) return { id: policy.data.kind, suggested: false };
  if (Object.hasOwn(policy.raw, 'kind')) return undefined;
  const suggested = suggestKind(policy.data.title, config.kinds);
  return suggested ? { id: suggested.id, suggested: true } : undefined;
}

/**
 * The kinds the rules look a policy up by (required policies, timescales): a policy of one of them should say so.
 * Duties are not counted: a policy's category says as much about them.
 */
export function kindsRelied(config: ResolvedConfig): Set<string> {
  const kinds = new Set<string>();
  for (const item of config.requiredPolicies) if (!item.notApplicable) for (const kind of item.kinds) kinds.add(kind);
  for (const kind of config.timescales.keys()) kinds.add(kind);
  return kinds;
}
