// A policy's kind: as written, or, when it has none, suggested by its title from the kinds vocabulary.
import type { ResolvedConfig } from '../config/config.js';
import type { KindDefinition } from '../engine/pack-data.js';
import type { Policy } from '../load/policy.js';
import { atWordStart } from '../util/words.js';

interface HintTest {
  kind: KindDefinition;
  length: number;
  test: RegExp;
}

/** Each vocabulary's hints as tests, longest first, built once per vocabulary (every policy is matched against it). */
const hintTests = new WeakMap<ReadonlyMap<string, KindDefinition>, HintTest[]>();

function testsOf(kinds: ReadonlyMap<string, KindDefinition>): HintTest[] {
  let tests = hintTests.get(kinds);
  if (!tests) {
    tests = [...kinds.values()]
      .flatMap((kind) =>
        kind.hints.map((hint) => ({
          kind,
          length: hint.length,
          test: atWordStart(hint.toLowerCase()),
        })),
      )
      // Stable: among hints of one length, the first kind in the vocabulary wins, as it always has.
      .sort((a, b) => b.length - a.length);
    hintTests.set(kinds, tests);
  }
  return tests;
}

/** The kind a title suggests: the kind with the longest hint found at the start of a word of the title. */
export function suggestKind(title: string | undefined, kinds: ReadonlyMap<string, KindDefinition>): KindDefinition | undefined {
  if (!title) return undefined;
  const lower = title.toLowerCase();
  return testsOf(kinds).find((t) => t.test.test(lower))?.kind;
}

type PolicyKind = { id: string; suggested: boolean } | undefined;

/** Kinds worked out in this run: several rules ask for each policy's. */
const kinds = new WeakMap<Policy, { config: ResolvedConfig; kind: PolicyKind }>();

/** The policy's kind: its `kind`, else the one its title suggests (`suggested: true`). */
export function kindOf(policy: Policy, config: ResolvedConfig): PolicyKind {
  if (policy.data.kind !== undefined) return { id: policy.data.kind, suggested: false };
  if (Object.hasOwn(policy.raw, 'kind')) return undefined;
  const known = kinds.get(policy);
  if (known?.config === config) return known.kind;
  const suggested = suggestKind(policy.data.title, config.kinds);
  const kind = suggested ? { id: suggested.id, suggested: true } : undefined;
  kinds.set(policy, { config, kind });
  return kind;
}

const relied = new WeakMap<ResolvedConfig, Set<string>>();

/**
 * The kinds the rules look a policy up by (required policies, timescales): a policy of one of them should say so.
 * Duties are not counted: a policy's category says as much about them.
 */
export function kindsRelied(config: ResolvedConfig): ReadonlySet<string> {
  let kinds = relied.get(config);
  if (kinds) return kinds;
  kinds = new Set<string>();
  relied.set(config, kinds);
  for (const item of config.requiredPolicies) if (!item.notApplicable) for (const kind of item.kinds) kinds.add(kind);
  for (const kind of config.timescales.keys()) kinds.add(kind);
  return kinds;
}
