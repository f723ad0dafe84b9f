// The resolved configuration every stage reads: defaults filled in, rules resolved to severity, options and basis,
// and the packs in force with what they bring (kinds, duties, required policies, timescales).
import type { Coverage, DutyScope, KindDefinition, RequiredPolicy, Timescale } from '../engine/pack-data.js';
import type { Basis, Severity } from '../types.js';

export type RuleSetting = 'off' | Severity;

export interface CategoryConfig {
  title?: string;
  /** The duties policies in this category bring: `affects_tenants: true` is `tenant-affecting`, `rent_setting: true` is `rent`. */
  duties: string[];
  defaultCycleMonths?: number;
  maxCycleMonths?: number;
}

export interface CommitteeConfig {
  name: string;
  aliases: string[];
  remit: string[];
  meetings: string[];
  paperDeadlineWorkingDays: number;
  maxReviewsPerMeeting?: number;
}

export interface ResolvedRule {
  severity: Severity;
  options: Record<string, unknown>;
  /** The rule's basis in force: lent by a pack in force, else the rule's own. */
  basis?: Basis;
}

/** A rule's metadata that other rules and the report go by (never its id). */
export interface RuleFacts {
  pack: string;
  defaultSeverity: Severity;
  unwaivable: boolean;
  enforces: readonly string[];
  reportTopic?: 'eia' | 'consultation';
}

/** Why a required policy does not apply: a board's decision in the config, or a condition on the config. */
export interface NotApplicable {
  reason: string;
  /** Who decided (for a decision recorded in the config). */
  decidedBy?: string;
}

/** A required policy as it applies to this register. */
export interface ResolvedRequiredPolicy extends RequiredPolicy {
  /** The pack that requires it, or `config` for one the config adds. */
  from: string;
  notApplicable?: NotApplicable;
  /** For a per-item requirement: the items' names (one policy each). */
  items?: string[];
}

/** The `site:` section: how `policies site` publishes the register (see docs/site.md). */
export interface SiteConfig {
  title?: string;
  /** https address ending in `/`, or undefined for relative addresses. */
  baseUrl?: string;
  /** Path of the logo, relative to the config's folder. */
  logo?: string;
  logoAlt?: string;
  /** #rrggbb */
  colour?: string;
  showOwner: boolean;
  contact: { email?: string; phone?: string; address?: string };
  /** Path of the publication manifest `check` reads, relative to the config's folder. */
  manifest: string;
}

export interface ResolvedConfig {
  /**
   * What the config was resolved from (plain data): worker threads resolve it again, because the resolved config
   * holds the packs' functions, which cannot be sent to another thread.
   */
  source?: { raw: unknown; root: string; file: string | undefined };
  /** Path of the config file (display form), or undefined when running on defaults. */
  file?: string;
  /** Folder the config lives in (absolute); paths in the config are relative to it. */
  root: string;
  organisation: string;
  /** `none`, or the jurisdiction of a pack in the registry. */
  jurisdiction: string;
  /** Ids of the packs in force. */
  packs: string[];
  /** What the config knows of every rule of the registry it was resolved against, enabled or not, by qualified id. */
  knownRules: ReadonlyMap<string, RuleFacts>;
  /** What the packs in force expect the register to serve (the Charter's outcomes), for the report. */
  coverage: readonly (Coverage & { pack: string })[];
  /** Each pack's own config section (`scotland: {...}`), with its defaults, by pack id (packs in force only). */
  packOptions: ReadonlyMap<string, Record<string, unknown>>;
  /** The kinds vocabulary: the packs' in force and the config's own. */
  kinds: ReadonlyMap<string, KindDefinition>;
  /** Which kinds and categories bring which duties, merged over the packs in force. */
  duties: ReadonlyMap<string, DutyScope>;
  requiredPolicies: readonly ResolvedRequiredPolicy[];
  /** Timescales by kind, over the packs in force. */
  timescales: ReadonlyMap<string, readonly Timescale[]>;
  policies: string[];
  exclude: string[];
  review: { defaultCycleMonths: number; maxCycleMonths: number; dueSoonDays: number; staleMonths: number };
  /** Empty means any category is accepted, with the defaults below. */
  categories: Map<string, CategoryConfig>;
  committees: CommitteeConfig[];
  holidays: string[];
  leadTimes: { consultationWeeks: number; eiaWeeks: number; reminderDays: number };
  site: SiteConfig;
  /** Enabled rules only, by qualified id. */
  rules: Map<string, ResolvedRule>;
}

export const DEFAULTS = {
  review: { defaultCycleMonths: 36, maxCycleMonths: 60, dueSoonDays: 90, staleMonths: 6 },
  leadTimes: { consultationWeeks: 8, eiaWeeks: 4, reminderDays: 7 },
  paperDeadlineWorkingDays: 10,
  policies: ['policies'],
  manifest: 'publication-manifest.json',
} as const;

/** The config's settings for a category; undefined when the config does not list it. */
export function categoryOf(config: ResolvedConfig, category: string | undefined): CategoryConfig | undefined {
  return category === undefined ? undefined : config.categories.get(category);
}

/** The committee a policy's `approving_body` names, by name or alias (case-insensitive). */
export function committeeNamed(config: ResolvedConfig, name: string | undefined): CommitteeConfig | undefined {
  if (!name) return undefined;
  const wanted = name.trim().toLowerCase();
  return config.committees.find((c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted));
}
