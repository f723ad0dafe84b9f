// The resolved configuration every stage reads: defaults filled in, rules resolved to severity and options.
import type { Severity } from '../types.js';

export type RuleSetting = 'off' | Severity;

export interface CategoryConfig {
  title?: string;
  affectsTenants: boolean;
  rentSetting: boolean;
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
  /** Path of the config file (display form), or undefined when running on defaults. */
  file?: string;
  /** Folder the config lives in (absolute); paths in the config are relative to it. */
  root: string;
  organisation: string;
  jurisdiction: 'scotland' | 'none';
  packs: string[];
  policies: string[];
  exclude: string[];
  review: { defaultCycleMonths: number; maxCycleMonths: number; dueSoonDays: number; staleMonths: number };
  /** Empty means any category is accepted, with the defaults below. */
  categories: Map<string, CategoryConfig>;
  committees: CommitteeConfig[];
  holidays: string[];
  leadTimes: { consultationWeeks: number; eiaWeeks: number; reminderDays: number };
  extraRegulatoryStandards: string[];
  site: SiteConfig;
  /** Enabled rules only, by qualified id. */
  rules: Map<string, ResolvedRule>;
}

/**
 * Categories that significantly affect tenants when no `categories` are configured: the policy areas
 * s54(2) of the Housing (Scotland) Act 2001 names (housing management, repairs, maintenance, standards
 * of service, tenant participation) and rents (s25).
 */
export const DEFAULT_TENANT_CATEGORIES = new Set([
  'housing-management', 'repairs', 'maintenance', 'asset-management', 'tenant-participation', 'customer-service',
  'rent', 'rents', 'allocations', 'estate-management', 'tenancy-management', 'factoring', 'health-and-safety',
]);
export const DEFAULT_RENT_CATEGORIES = new Set(['rent', 'rents', 'rent-setting', 'service-charges']);

export const DEFAULTS = {
  review: { defaultCycleMonths: 36, maxCycleMonths: 60, dueSoonDays: 90, staleMonths: 6 },
  leadTimes: { consultationWeeks: 8, eiaWeeks: 4, reminderDays: 7 },
  paperDeadlineWorkingDays: 10,
  policies: ['policies'],
  manifest: 'publication-manifest.json',
} as const;

export function categoryOf(config: ResolvedConfig, category: string | undefined): CategoryConfig {
  const configured = category === undefined ? undefined : config.categories.get(category);
  if (configured) return configured;
  return {
    affectsTenants: category !== undefined && config.categories.size === 0 && DEFAULT_TENANT_CATEGORIES.has(category),
    rentSetting: category !== undefined && config.categories.size === 0 && DEFAULT_RENT_CATEGORIES.has(category),
  };
}

/** The committee a policy's `approving_body` names, by name or alias (case-insensitive). */
export function committeeNamed(config: ResolvedConfig, name: string | undefined): CommitteeConfig | undefined {
  if (!name) return undefined;
  const wanted = name.trim().toLowerCase();
  return config.committees.find((c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted));
}
