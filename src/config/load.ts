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
import { DEFAULTS, type CategoryConfig, type CommitteeConfig, type ResolvedConfig, type SiteConfig, type ResolvedRule, type RuleSetting } from './config.js';
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
  site?: { title?: string; base_url?: string; logo?: string; logo_alt?: string; colour?: string; show_owner?: boolean; contact?: SiteConfig['contact']; manifest?: string };
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
    return { ok: false, problems: yaml.problems.map((p) => ({ file, line: p.line, column: p.column, message: explainYamlProblem(p.kind, p.message, source, p.line, p.column) })) };
  }
  validateConfig ??= createAjv().compile(configSchema);
  const problems: ConfigProblem[] = [];
  const data = yaml.data as Record<string, unknown>;
  // The rules map is checked below against the registry, with messages about rule ids and severities.
  const rulesIsMap = data.rules !== null && typeof data.rules === 'object' && !Array.isArray(data.rules);
  if (!validateConfig(yaml.data)) {
    const findings = explainSchemaErrors(validateConfig.errors ?? [], configSchema, yaml.data, yaml.positions, CONFIG_FILE);
    for (const finding of findings.filter((f) => !f.hidden)) {
      if (rulesIsMap && finding.path[0] === 'rules') continue;
      const at = finding.at === 'key' ? yaml.positions.key(finding.path) : yaml.positions.value(finding.path);
      problems.push({ file, ...at, message: finding.message });
    }
    const hidden = findings.filter((f) => f.hidden).length;
    if (hidden > 0) problems.push({ file, ...yaml.positions.key([]), message: hiddenSummary(hidden).replace('frontmatter', 'config file') });
  }
  const raw = yaml.data as RawConfig;

  // Rule ids and options are checked against the registry, which the schema cannot know.
  const byId = new Map(RULES.map((rule) => [qualifiedId(rule), rule]));
  for (const [id, setting] of Object.entries(rulesIsMap ? raw.rules! : {})) {
    const rule = byId.get(id);
    if (!rule) {
      // The same rule in another pack, or without its pack (review-overdue), or misspelt without its pack.
      const local = id.includes('/') ? id.split('/')[1]! : id;
      const byLocal = (name: string | undefined) => (name === undefined ? undefined : [...byId.keys()].find((known) => known.endsWith(`/${name}`)));
      const suggestion = closest(id, byId.keys()) ?? byLocal(local) ?? byLocal(closest(local, [...byId.keys()].map((known) => known.split('/')[1]!)));
      const qualify = id.includes('/') ? '' : ' Rule ids are written with their pack, e.g. core/review-due-soon.';
      problems.push({ file, ...yaml.positions.key(['rules', id]), message: `Unknown rule ${id}.${qualify}${suggestion ? ` Did you mean ${suggestion}?` : ' Run `policies rules` to list the rules.'}` });
      continue;
    }
    const settingProblem = explainRuleSetting(id, setting);
    if (settingProblem) {
      problems.push({ file, ...yaml.positions.value(['rules', id, ...settingProblem.path]), message: settingProblem.message });
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
          const optionPath = ['rules', id, 1, ...finding.path];
          const at = finding.at === 'key' ? yaml.positions.key(optionPath) : yaml.positions.value(optionPath);
          problems.push({ file, ...at, message: `In the options of ${id}: ${finding.message.replace(/^the frontmatter/, displayPath(finding.path))}` });
        }
      }
    }
  }
  problems.sort((x, y) => x.line - y.line || x.column - y.column);
  if (problems.length > 0) return { ok: false, problems };
  // A default cycle longer than the maximum would make every policy that follows it too long.
  const review = raw.review ?? {};
  const defaultCycle = review.default_cycle_months ?? DEFAULTS.review.defaultCycleMonths;
  const maxCycle = review.max_cycle_months ?? DEFAULTS.review.maxCycleMonths;
  if (defaultCycle > maxCycle) {
    const at = review.max_cycle_months !== undefined ? ['review', 'max_cycle_months'] : ['review', 'default_cycle_months'];
    problems.push({ file, ...yaml.positions.value(at), message: `review.default_cycle_months (${defaultCycle}) is longer than review.max_cycle_months (${maxCycle}), so a policy on the default cycle would always be too long. Make max_cycle_months at least ${defaultCycle}, or shorten default_cycle_months.` });
  }
  for (const [id, c] of Object.entries(raw.categories ?? {})) {
    const max = c.max_cycle_months ?? maxCycle;
    if (c.default_cycle_months !== undefined && c.default_cycle_months > max) {
      problems.push({ file, ...yaml.positions.value(['categories', id, 'default_cycle_months']), message: `categories.${id}.default_cycle_months (${c.default_cycle_months}) is longer than the maximum for the category (${max} months). Shorten it, or raise max_cycle_months.` });
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
  // The logo and the manifest are read from the repository: like the policy folders, never from outside it.
  for (const key of ['logo', 'manifest'] as const) {
    const value = raw.site?.[key];
    if (value === undefined) continue;
    const inside = path.relative(root, path.resolve(root, value));
    if (path.isAbsolute(value) || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      problems.push({ file, ...yaml.positions.value(['site', key]), message: `site.${key} (${value}) is outside the folder that holds the config file. Name a file inside the repository, relative to the config file.` });
    }
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

const SEVERITIES = ['off', 'warning', 'error'];

/** A rule's setting in words: `warn` for `warning`, an object where a list is meant. Undefined when it is right. */
function explainRuleSetting(id: string, setting: unknown): { path: (string | number)[]; message: string } | undefined {
  const badSeverity = (value: unknown, path: (string | number)[]) => {
    const near = typeof value === 'string' ? closest(value, SEVERITIES) ?? SEVERITIES.find((s) => value.length >= 3 && s.startsWith(value.toLowerCase())) : undefined;
    const shown = typeof value === 'string' ? `"${value}"` : value === null ? 'empty' : JSON.stringify(value);
    return { path, message: `The severity of ${id} is ${shown}; it must be off, warning or error.${near ? ` Did you mean ${near}? Write ${id}: ${near}` : ` For example: ${id}: warning`}` };
  };
  if (typeof setting === 'string' || setting === null || typeof setting === 'number' || typeof setting === 'boolean') {
    return SEVERITIES.includes(setting as string) ? undefined : badSeverity(setting, []);
  }
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2) return { path: [], message: `The setting of ${id} is a list of ${setting.length} items; write its severity, or [severity, { options }], for example ${id}: [warning, { ... }].` };
    if (!SEVERITIES.includes(setting[0] as string)) return badSeverity(setting[0], [0]);
    if (setting.length === 2 && (setting[1] === null || typeof setting[1] !== 'object' || Array.isArray(setting[1]))) {
      return { path: [1], message: `The options of ${id} must be a record of option: value, for example ${id}: [${String(setting[0])}, { option: value }].` };
    }
    return undefined;
  }
  // { severity: warning, options: {...} }: the ESLint-like object form people reach for.
  const record = setting as Record<string, unknown>;
  const severity = typeof record.severity === 'string' && SEVERITIES.includes(record.severity) ? record.severity : 'warning';
  const options = record.options !== undefined ? ` ${stringifyInline(record.options)}` : ' { ... }';
  return { path: [], message: `The setting of ${id} is a record; write its severity (off, warning or error), or a list of the severity and the options: ${id}: [${severity},${options}].` };
}

function stringifyInline(value: unknown): string {
  return JSON.stringify(value).replace(/"([^"]+)":/g, '$1: ').replace(/,/g, ', ');
}

/** A YAML problem in the config, in words, with the key named where two are the same. */
function explainYamlProblem(kind: string, detail: string, source: string, line: number, column: number): string {
  switch (kind) {
    case 'duplicate-key': {
      const text = source.split(/\r?\n/)[line - 1]?.slice(column - 1) ?? '';
      const key = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(text)?.[1];
      return `${key ? `The setting ${key} appears` : 'A setting appears'} twice at the same level of the config file. Keep one of them (YAML does not merge them).`;
    }
    case 'tab': return 'A tab is used for indentation here; YAML only allows spaces. Replace the tab with spaces.';
    case 'alias': return 'YAML aliases and anchors (`*name`, `&name`) are not allowed in the config file. Write the value out in full.';
    case 'tag': return `${detail} Remove the tag (the \`!\` word before the value).`;
    case 'not-a-mapping': return 'The config file must be a set of `setting: value` lines, such as `organisation: Craigmhor Housing Association`.';
    default: return `The config file is not valid YAML here: ${detail.replace(/\.$/, '')}. Check the indentation, colons, brackets and quotes on this line.`;
  }
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
    site: resolveSite(raw.site ?? {}),
    rules,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

function resolveSite(raw: NonNullable<RawConfig['site']>): SiteConfig {
  const site: SiteConfig = { showOwner: raw.show_owner ?? false, contact: { ...(raw.contact ?? {}) }, manifest: raw.manifest ?? DEFAULTS.manifest };
  if (raw.title !== undefined) site.title = raw.title;
  if (raw.base_url !== undefined) site.baseUrl = raw.base_url;
  if (raw.logo !== undefined) site.logo = raw.logo;
  if (raw.logo_alt !== undefined) site.logoAlt = raw.logo_alt;
  if (raw.colour !== undefined) site.colour = raw.colour;
  return site;
}
