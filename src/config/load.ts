// Find, parse and validate policies.config.yaml; a problem names the file, line and fix, and the CLI exits 2.
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { readPolicyText } from '../load/read.js';
import { parseYaml } from '../load/yaml.js';
import { toDisplayPath } from '../load/discover.js';
import { createAjv } from '../schema/ajv.js';
import { explainSchemaErrors, displayPath, hiddenSummary } from '../schema/explain.js';
import { readSchema } from '../schema/schemas.js';
import { closest } from '../util/suggest.js';
import { RULES } from '../rules/index.js';
import { PACKS } from '../rules/packs.js';
import { qualifiedId } from '../engine/rule.js';
import { DEFAULTS, type CategoryConfig, type CommitteeConfig, type ResolvedConfig, type ResolvedRule, type RuleSetting } from './config.js';
import type { Location } from '../types.js';

export const CONFIG_FILE = 'policies.config.yaml';

export interface ConfigProblem extends Location {
  file: string;
  message: string;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; problems: ConfigProblem[] };

const configSchema = readSchema('config.schema.json');
let validateConfig: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

interface RawConfig {
  organisation?: string;
  jurisdiction?: 'scotland' | 'none';
  packs?: string[];
  policies?: string[];
  exclude?: string[];
  review?: { default_cycle_months?: number; max_cycle_months?: number; due_soon_days?: number; stale_months?: number };
  categories?: Record<string, { title?: string; affects_tenants?: boolean; rent_setting?: boolean; default_cycle_months?: number; max_cycle_months?: number }>;
  committees?: { name: string; aliases?: string[]; remit?: string[]; meetings?: string[]; paper_deadline_working_days?: number; max_reviews_per_meeting?: number }[];
  holidays?: string[];
  lead_times?: { consultation_weeks?: number; eia_weeks?: number; reminder_days?: number };
  regulatory_standards?: string[];
  rules?: Record<string, RuleSetting | [RuleSetting, Record<string, unknown>?]>;
}

/**
 * Load the config named by `--config`, or `policies.config.yaml` in `cwd`; with neither, the defaults.
 * Never throws for a user mistake.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<ConfigResult> {
  const absolute = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE);
  let link = false;
  try {
    link = lstatSync(absolute).isSymbolicLink();
  } catch {
    if (explicit) return { ok: false, problems: [{ file: explicit, line: 1, column: 1, message: `The config file ${explicit} does not exist. Check the path given to --config.` }] };
    return resolveConfig({}, cwd, undefined, []);
  }
  const file = toDisplayPath(cwd, absolute);
  if (link) {
    // Like a linked policy, a linked config is read only when it stays beside the link: a pull request must not be
    // able to point the config at a file elsewhere on the machine and have its contents echoed in messages.
    let target: string | undefined;
    try {
      target = realpathSync(absolute);
    } catch (error) {
      const loops = (error as NodeJS.ErrnoException).code === 'ELOOP';
      return { ok: false, problems: [{ file, line: 1, column: 1, message: loops ? 'The config file is a symbolic link that loops back on itself. Replace it with the file itself.' : 'The config file is a symbolic link to a file that does not exist. Replace it with the file itself.' }] };
    }
    const folder = realpathSync(path.dirname(absolute));
    const inside = path.relative(folder, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return { ok: false, problems: [{ file, line: 1, column: 1, message: 'The config file is a symbolic link to a file outside its folder, so it was not read. Put the config itself in the repository.' }] };
    }
  }
  const read = await readPolicyText(absolute, 256 * 1024);
  if (!read.ok) {
    // The reader speaks of policies; a config file this large is not one anyone wrote by hand.
    const message = read.message.replace(/ a policy may be\. Split it, or move attachments out of the register\./, ' a config file may be. Check that --config names policies.config.yaml, not another file.').replace(/ a policy may be\.$/, ' a config file may be.');
    return { ok: false, problems: [{ file, line: read.line ?? 1, column: 1, message }] };
  }
  return parseConfig(read.text, file, path.dirname(absolute));
}

/** Parse and validate config text. `root` is the folder paths in the config are relative to. */
export function parseConfig(text: string, file: string, root: string): ConfigResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const yaml = parseYaml(source, 0);
  if (yaml.problems.length > 0) {
    return { ok: false, problems: yaml.problems.map((p) => ({ file, line: p.line, column: p.column, message: `${p.message.replace(/policy frontmatter/g, 'the config file').replace(/The frontmatter/g, 'The config file')}. Fix the YAML on this line of the config file.`.replace('..', '.') })) };
  }
  validateConfig ??= createAjv().compile(configSchema);
  const problems: ConfigProblem[] = [];
  if (!validateConfig(yaml.data)) {
    const findings = explainSchemaErrors(validateConfig.errors ?? [], configSchema, yaml.data, yaml.positions, CONFIG_FILE);
    for (const finding of findings.filter((f) => !f.hidden)) {
      const at = finding.at === 'key' ? yaml.positions.key(finding.path) : yaml.positions.value(finding.path);
      problems.push({ file, ...at, message: finding.message });
    }
    const hidden = findings.filter((f) => f.hidden).length;
    if (hidden > 0) problems.push({ file, ...yaml.positions.key([]), message: hiddenSummary(hidden).replace('frontmatter', 'config file') });
    return { ok: false, problems };
  }
  const raw = yaml.data as RawConfig;

  // Rule ids and options are checked against the registry, which the schema cannot know.
  const byId = new Map(RULES.map((rule) => [qualifiedId(rule), rule]));
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) {
      const suggestion = closest(id, byId.keys()) ?? [...byId.keys()].find((known) => known.endsWith(`/${id.split('/')[1]}`));
      problems.push({ file, ...yaml.positions.key(['rules', id]), message: `Unknown rule ${id}.${suggestion ? ` Did you mean ${suggestion}?` : ' Run `policies rules` to list the rules.'}` });
      continue;
    }
    const options = Array.isArray(setting) ? setting[1] : undefined;
    if (options !== undefined) {
      if (!rule.meta.optionsSchema) {
        problems.push({ file, ...yaml.positions.value(['rules', id, 1]), message: `The rule ${id} takes no options. Write just its severity: ${id}: ${setting[0]}` });
        continue;
      }
      const validateOptions = createAjv().compile(rule.meta.optionsSchema);
      if (!validateOptions(options)) {
        for (const finding of explainSchemaErrors(validateOptions.errors ?? [], rule.meta.optionsSchema, options, { source: (p) => yaml.positions.source(['rules', id, 1, ...p]) }, `the options of ${id}`).filter((f) => !f.hidden)) {
          const at = yaml.positions.value(['rules', id, 1, ...finding.path]);
          problems.push({ file, ...at, message: `In the options of ${id}: ${finding.message.replace(/^the frontmatter/, displayPath(finding.path))}` });
        }
      }
    }
  }
  // A committee's remit and every category must agree with the categories, when categories are listed.
  const categories = Object.keys(raw.categories ?? {});
  if (categories.length > 0) {
    (raw.committees ?? []).forEach((committee, i) => {
      (committee.remit ?? []).forEach((category, j) => {
        if (!categories.includes(category)) {
          const suggestion = closest(category, categories);
          problems.push({ file, ...yaml.positions.value(['committees', i, 'remit', j]), message: `The remit of ${committee.name} names the category ${category}, which is not in categories.${suggestion ? ` Did you mean ${suggestion}?` : ' Add it to categories or correct the name.'}` });
        }
      });
    });
  }
  // Policy folders stay inside the config's folder: a pull request must not point the check at /etc or at the whole disk.
  (raw.policies ?? []).forEach((folder, i) => {
    const inside = path.relative(root, path.resolve(root, folder));
    if (path.isAbsolute(folder) || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      problems.push({ file, ...yaml.positions.value(['policies', i]), message: `The policy folder ${folder} is outside the folder that holds the config file. Name a folder inside the repository, relative to the config file, such as policies.` });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return resolveConfig(raw, root, file, problems);
}

function resolveConfig(raw: RawConfig, root: string, file: string | undefined, problems: ConfigProblem[]): ConfigResult {
  const jurisdiction = raw.jurisdiction ?? 'none';
  const packs = raw.packs ?? ['core', ...(jurisdiction === 'scotland' ? ['scotland'] : [])];
  const rules = new Map<string, ResolvedRule>();
  const ruleById = new Map(RULES.map((rule) => [qualifiedId(rule), rule]));
  const apply = (id: string, severity: RuleSetting, options?: Record<string, unknown>) => {
    const rule = ruleById.get(id);
    if (!rule) return;
    if (severity === 'off') rules.delete(id);
    else rules.set(id, { severity, options: { ...(rule.meta.defaultOptions as Record<string, unknown>), ...(options ?? rules.get(id)?.options ?? {}) } });
  };
  for (const pack of packs) for (const [id, severity] of Object.entries(PACKS[pack] ?? {})) apply(id, severity);
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (Array.isArray(setting)) apply(id, setting[0], setting[1]);
    else apply(id, setting);
  }

  const categories = new Map<string, CategoryConfig>();
  for (const [id, c] of Object.entries(raw.categories ?? {})) {
    categories.set(id, { title: c.title, affectsTenants: c.affects_tenants ?? false, rentSetting: c.rent_setting ?? false, defaultCycleMonths: c.default_cycle_months, maxCycleMonths: c.max_cycle_months });
  }
  const committees: CommitteeConfig[] = (raw.committees ?? []).map((c) => ({
    name: c.name,
    aliases: c.aliases ?? [],
    remit: c.remit ?? [],
    meetings: [...(c.meetings ?? [])].sort(),
    paperDeadlineWorkingDays: c.paper_deadline_working_days ?? DEFAULTS.paperDeadlineWorkingDays,
    maxReviewsPerMeeting: c.max_reviews_per_meeting,
  }));

  const config: ResolvedConfig = {
    file,
    root,
    organisation: raw.organisation ?? '',
    jurisdiction,
    packs,
    policies: raw.policies ?? [...DEFAULTS.policies],
    exclude: raw.exclude ?? ['**/README.md'],
    review: {
      defaultCycleMonths: raw.review?.default_cycle_months ?? DEFAULTS.review.defaultCycleMonths,
      maxCycleMonths: raw.review?.max_cycle_months ?? DEFAULTS.review.maxCycleMonths,
      dueSoonDays: raw.review?.due_soon_days ?? DEFAULTS.review.dueSoonDays,
      staleMonths: raw.review?.stale_months ?? DEFAULTS.review.staleMonths,
    },
    categories,
    committees,
    holidays: [...(raw.holidays ?? [])].sort(),
    leadTimes: {
      consultationWeeks: raw.lead_times?.consultation_weeks ?? DEFAULTS.leadTimes.consultationWeeks,
      eiaWeeks: raw.lead_times?.eia_weeks ?? DEFAULTS.leadTimes.eiaWeeks,
      reminderDays: raw.lead_times?.reminder_days ?? DEFAULTS.leadTimes.reminderDays,
    },
    extraRegulatoryStandards: raw.regulatory_standards ?? [],
    rules,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}
