// Parse policies.config.yaml: YAML, the JSON Schema, and the checks that need only the file itself. Resolving rule
// ids and packs against a registry is config/resolve.ts's job.
import path from 'node:path';
import { parseYaml, type PositionIndex } from '../load/yaml.js';
import { validatorFor } from '../schema/validators.js';
import { explainSchemaErrors, hiddenSummary } from '../schema/explain.js';
import type { JsonSchema } from '../schema/schemas.js';
import { closest } from '../util/suggest.js';
import { DEFAULTS, type RuleSetting } from './config.js';
import type { Location } from '../types.js';
import { committeeNameClashes } from './committees.js';

export const CONFIG_FILE = 'policies.config.yaml';

export interface ConfigProblem extends Location {
  file: string;
  message: string;
}

/** The config as written (after schema validation). */
export interface RawConfig {
  organisation?: string;
  jurisdiction?: string;
  packs?: string[];
  policies?: string[];
  exclude?: string[];
  review?: { default_cycle_months?: number; max_cycle_months?: number; due_soon_days?: number; stale_months?: number };
  categories?: Record<
    string,
    {
      title?: string;
      affects_tenants?: boolean;
      rent_setting?: boolean;
      duties?: string[];
      default_cycle_months?: number;
      max_cycle_months?: number;
    }
  >;
  committees?: {
    name: string;
    aliases?: string[];
    remit?: string[];
    meetings?: string[];
    paper_deadline_working_days?: number;
    max_reviews_per_meeting?: number;
  }[];
  holidays?: string[];
  lead_times?: { consultation_weeks?: number; eia_weeks?: number; reminder_days?: number };
  kinds?: Record<string, { title: string; hints?: string[] }>;
  required_policies?: {
    add?: { id: string; title: string; kinds: string[]; grade?: string; citation?: string; source?: string }[];
    not_applicable?: Record<string, { reason: string; decided_by: string }>;
  };
  rules?: Record<string, RuleSetting | [RuleSetting, Record<string, unknown>?]>;
  site?: {
    title?: string;
    base_url?: string;
    logo?: string;
    logo_alt?: string;
    colour?: string;
    show_owner?: boolean;
    contact?: { email?: string; phone?: string; address?: string };
    manifest?: string;
  };
  /** Packs' own sections, by pack id. */
  [section: string]: unknown;
}

export interface ParsedConfig {
  file: string;
  root: string;
  raw: RawConfig;
  positions: PositionIndex;
  /** Problems the schema found (the rules map is left to the resolver when it is a map). */
  problems: ConfigProblem[];
  /** Whether `rules` is a map, so rule ids and settings can be checked one by one. */
  rulesIsMap: boolean;
}

/** Parse config text and validate it against `schema`. `root` is the folder paths in the config are relative to. */
export function parseConfigText(
  text: string,
  file: string,
  root: string,
  schema: JsonSchema,
): ParsedConfig | { problems: ConfigProblem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const yaml = parseYaml(source, 0, 'config');
  if (yaml.problems.length > 0) {
    return { problems: yaml.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })) };
  }
  const validate = validatorFor(schema);
  const problems: ConfigProblem[] = [];
  const data = yaml.data as Record<string, unknown>;
  // The rules map is checked by the resolver against the registry, with messages about rule ids and severities.
  const rulesIsMap = data.rules !== null && typeof data.rules === 'object' && !Array.isArray(data.rules);
  if (!validate(yaml.data)) {
    const findings = explainSchemaErrors(validate.errors ?? [], schema, yaml.data, yaml.positions, {
      noun: CONFIG_FILE,
      root: 'the config file',
    });
    for (const finding of findings.filter((f) => !f.hidden)) {
      if (rulesIsMap && finding.path[0] === 'rules') continue;
      const at = finding.at === 'key' ? yaml.positions.key(finding.path) : yaml.positions.value(finding.path);
      problems.push({ file, ...at, message: finding.message });
    }
    const hidden = findings.filter((f) => f.hidden).length;
    if (hidden > 0) problems.push({ file, ...yaml.positions.key([]), message: hiddenSummary(hidden, 'The config file') });
  }
  return { file, root, raw: yaml.data as RawConfig, positions: yaml.positions, problems, rulesIsMap };
}

/** Checks across settings the schema cannot express: cycles, remits against categories, policy folders. */
export function crossCheck({ raw, positions, file, root }: ParsedConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  // A default cycle longer than the maximum would make every policy that follows it too long.
  const review = raw.review ?? {};
  const defaultCycle = review.default_cycle_months ?? DEFAULTS.review.defaultCycleMonths;
  const maxCycle = review.max_cycle_months ?? DEFAULTS.review.maxCycleMonths;
  if (defaultCycle > maxCycle) {
    const at = review.max_cycle_months !== undefined ? ['review', 'max_cycle_months'] : ['review', 'default_cycle_months'];
    problems.push({
      file,
      ...positions.value(at),
      message: `review.default_cycle_months (${defaultCycle}) is longer than review.max_cycle_months (${maxCycle}), so a policy on the default cycle would always be too long. Make max_cycle_months at least ${defaultCycle}, or shorten default_cycle_months.`,
    });
  }
  for (const [id, c] of Object.entries(raw.categories ?? {})) {
    const max = c.max_cycle_months ?? maxCycle;
    if (c.default_cycle_months !== undefined && c.default_cycle_months > max) {
      problems.push({
        file,
        ...positions.value(['categories', id, 'default_cycle_months']),
        message: `categories.${id}.default_cycle_months (${c.default_cycle_months}) is longer than the maximum for the category (${max} months). Shorten it, or raise max_cycle_months.`,
      });
    }
  }
  // A committee's remit and every category must agree with the categories, when categories are listed.
  const categories = Object.keys(raw.categories ?? {});
  if (categories.length > 0) {
    (raw.committees ?? []).forEach((committee, i) => {
      (committee.remit ?? []).forEach((category, j) => {
        if (!categories.includes(category)) {
          const suggestion = closest(category, categories);
          problems.push({
            file,
            ...positions.value(['committees', i, 'remit', j]),
            message: `The remit of ${committee.name} names the category ${category}, which is not in categories.${suggestion ? ` Did you mean ${suggestion}?` : ' Add it to categories or correct the name.'}`,
          });
        }
      });
    });
  }
  for (const clash of committeeNameClashes(raw.committees ?? []))
    problems.push({ file, ...positions.value(clash.path), message: clash.message });
  // The site's logo and the publication manifest are read from the repository: like the policy folders, never from outside it.
  for (const key of ['logo', 'manifest'] as const) {
    const value = raw.site?.[key];
    if (value === undefined) continue;
    const inside = path.relative(root, path.resolve(root, value));
    if (path.isAbsolute(value) || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      problems.push({
        file,
        ...positions.value(['site', key]),
        message: `site.${key} (${value}) is outside the folder that holds the config file. Name a file inside the repository, relative to the config file.`,
      });
    }
  }
  // Policy folders stay inside the config's folder: a pull request must not point the check at /etc or at the whole disk.
  (raw.policies ?? []).forEach((folder, i) => {
    const inside = path.relative(root, path.resolve(root, folder));
    if (path.isAbsolute(folder) || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      problems.push({
        file,
        ...positions.value(['policies', i]),
        message: `The policy folder ${folder} is outside the folder that holds the config file. Name a folder inside the repository, relative to the config file, such as policies.`,
      });
    }
  });
  return problems;
}
