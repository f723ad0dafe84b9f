// What a rule pack is: plain data about a jurisdiction (or none, for core) that the engine, the config and the
// report read. A pack never runs code of its own except its rules' check functions. See docs/packs.md.
import type { JsonSchema } from '../schema/schemas.js';
import type { Basis, Severity } from '../types.js';
import type { Rule } from './rule.js';
import type { Coverage, DutyId, DutyScope, KindDefinition, PackOptions, ReferenceData, RequiredPolicy, Timescale } from './pack-data.js';

export { GRADES, GRADE_TITLES, basisText } from '../types.js';
export type { Basis, Grade } from '../types.js';
export type * from './pack-data.js';

export interface Pack {
  /** Kebab-case, the folder name under src/rules/ and the prefix of its rule ids. */
  id: string;
  /** The value of `jurisdiction:` that turns the pack on; undefined for packs that are not a jurisdiction (core). */
  jurisdiction?: string;
  title: string;
  /** The rules and their default severities. Every rule's `pack` is this pack's id. */
  rules: readonly { rule: Rule; severity: Severity }[];
  reference?: readonly ReferenceData[];
  /** The kinds vocabulary the pack contributes. */
  kinds?: readonly KindDefinition[];
  duties?: Readonly<Partial<Record<DutyId, DutyScope>>>;
  requiredPolicies?: readonly RequiredPolicy[];
  /** Timescales by kind id. */
  timescales?: Readonly<Record<string, readonly Timescale[]>>;
  /** Fields the pack adds to the policy format: name -> JSON Schema (written into schemas/policy.schema.json). */
  fields?: Readonly<Record<string, JsonSchema>>;
  /** The basis the pack lends to rules of other packs (core), by qualified rule id. */
  lendsBasis?: Readonly<Record<string, Basis>>;
  coverage?: readonly Coverage[];
  options?: PackOptions;
  /** What `policies init --jurisdiction <id>` writes as policies.config.yaml (organisation's name, today's date). */
  starterConfig?: (organisation: string, today: string) => string;
}

export function definePack(pack: Pack): Pack {
  return pack;
}
