// The shapes of a pack's data (everything but its rules), which the resolved config carries. Kept apart from
// pack.ts so the config, which rules read, does not depend on what a rule is.
import type { JsonSchema } from '../schema/schemas.js';
import type { Basis } from '../types.js';

/** Reference data a pack's rules rely on (a Charter, a regulator's standards), with its source and version. */
export interface ReferenceData {
  id: string;
  title: string;
  /** A public URL of the published text. */
  source: string;
  /** The date of the edition used, YYYY-MM-DD (or YYYY-MM). */
  version: string;
}

/** A kind of policy: `kind: gas-safety`. */
export interface KindDefinition {
  /** Kebab-case id, written in a policy's `kind` field. */
  id: string;
  title: string;
  /** Lower-case words or phrases: a policy whose title contains one is suggested this kind when it has none. */
  hints: readonly string[];
}

/**
 * Which policies bring a duty: those of these kinds, and (when the config lists no categories of its own)
 * those in these categories. A config category's `affects_tenants` / `rent_setting` / `duties` and a policy's
 * own `affects_tenants` say the same thing more precisely (see register/duties.ts).
 */
export interface DutyScope {
  kinds?: readonly string[];
  categories?: readonly string[];
}

/** The duties the engine knows by name; a pack may add its own. */
export type DutyId = 'tenant-affecting' | 'rent' | 'allocations' | (string & {});

/**
 * A condition on the config, for required policies that apply only to some landlords. `option` is a path into the
 * declaring pack's own config section (`scotland: { scottish_secure_tenants: true }` -> `scottish_secure_tenants`).
 * All the tests given must hold; with none, the option must be present and not false, empty or zero.
 */
export interface ConfigCondition {
  option: string;
  equals?: string | number | boolean;
  oneOf?: readonly (string | number | boolean)[];
  atLeast?: number;
}

/** A policy a landlord is expected to have, with the basis for expecting it. */
export interface RequiredPolicy {
  /** Kebab-case id, unique among the packs in force; config can mark it not applicable by this id. */
  id: string;
  /** What the register needs, as a board would say it: "A tenant participation strategy". */
  title: string;
  /** Policies of these kinds satisfy it (the first is the one suggested). */
  kinds: readonly string[];
  basis: Basis;
  /** Applies only when these conditions on the config hold (all of them). */
  when?: readonly ConfigCondition[];
  /** Applies from this date (YYYY-MM-DD), judged against --as-of. */
  commencement?: string;
  /**
   * One policy per item of a list in the pack's config section (one residents' engagement strategy per
   * higher-risk building): `list` is the option path; an item is a string, or a record whose `label` field names
   * it. A policy covers an item when its `applies_to` lists the item's name.
   */
  perItem?: { list: string; label?: string };
  /** Must the policy be approved and within its review date? Default true. */
  current?: boolean;
}

export const TIME_UNITS = ['hours', 'days', 'working-days', 'weeks', 'months'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface Duration {
  value: number;
  unit: TimeUnit;
}

/** A timescale the law or a specified model sets for policies of a kind; the policy's `timescales` records its promise. */
export interface Timescale {
  /** Kebab-case key written under `timescales:` in the policy, e.g. `stage1-response`. */
  step: string;
  title: string;
  max: Duration;
  basis: Basis;
}

/** Items a register is expected to serve (Charter outcomes), gaps in which the report lists. */
export interface Coverage {
  id: string;
  title: string;
  /** The frontmatter field that lists what a policy serves. */
  field: string;
  items: readonly { key: string; title: string }[];
  /** How a value in the field is read as an item key (default: String(value)); undefined means it serves none. */
  keyOf?: (value: unknown) => string | undefined;
}

/** A pack's own config section: `<pack id>: { ... }` at the top level of policies.config.yaml. */
export interface PackOptions {
  /** JSON Schema of the section (an object schema; written into schemas/config.schema.json). */
  schema: JsonSchema;
  defaults: Record<string, unknown>;
}
