// Resolve a parsed config against a registry of packs: the rules in force with their severities, options and
// basis; the packs' kinds, duties, required policies and timescales; each pack's own section with its defaults.
import type { ConfigCondition, Pack } from '../engine/pack.js';
import { isUnwaivable, qualifiedId } from '../engine/rule.js';
import type { Registry } from '../engine/registry.js';
import { validatorFor } from '../schema/validators.js';
import { explainSchemaErrors } from '../schema/explain.js';
import type { Grade } from '../types.js';
import { closest } from '../util/suggest.js';
import {
  DEFAULTS,
  type CategoryConfig,
  type CommitteeConfig,
  type ResolvedConfig,
  type SiteConfig,
  type ResolvedRequiredPolicy,
  type ResolvedRule,
  type RuleSetting,
} from './config.js';
import type { ConfigProblem, ParsedConfig, RawConfig } from './parse.js';

const SEVERITIES = ['off', 'warning', 'error'];

/** Problems with the `rules` map: ids the registry does not know, severities, options. */
export function ruleSettingProblems({ raw, positions, file, rulesIsMap }: ParsedConfig, registry: Registry): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const ids = registry.rules.map((r) => `${r.pack}/${r.id}`);
  for (const [id, setting] of Object.entries(rulesIsMap ? raw.rules! : {})) {
    const rule = registry.rule(id);
    if (!rule) {
      // The same rule in another pack, or without its pack (review-overdue), or misspelt without its pack.
      const local = id.includes('/') ? id.split('/')[1]! : id;
      const byLocal = (name: string | undefined) => (name === undefined ? undefined : ids.find((known) => known.endsWith(`/${name}`)));
      const suggestion =
        closest(id, ids) ??
        byLocal(local) ??
        byLocal(
          closest(
            local,
            ids.map((known) => known.split('/')[1]!),
          ),
        );
      const qualify = id.includes('/') ? '' : ' Rule ids are written with their pack, e.g. core/review-due-soon.';
      problems.push({
        file,
        ...positions.key(['rules', id]),
        message: `Unknown rule ${id}.${qualify}${suggestion ? ` Did you mean ${suggestion}?` : ' Run `policies rules` to list the rules.'}`,
      });
      continue;
    }
    const settingProblem = explainRuleSetting(id, setting);
    if (settingProblem) {
      problems.push({ file, ...positions.value(['rules', id, ...settingProblem.path]), message: settingProblem.message });
      continue;
    }
    const options = Array.isArray(setting) ? setting[1] : undefined;
    if (options === undefined) continue;
    if (!rule.meta.optionsSchema) {
      problems.push({
        file,
        ...positions.value(['rules', id, 1]),
        message: `The rule ${id} takes no options. Write just its severity: ${id}: ${String(setting[0])}`,
      });
      continue;
    }
    const validateOptions = validatorFor(rule.meta.optionsSchema);
    if (!validateOptions(options)) {
      const lookup = { source: (p: readonly (string | number)[]) => positions.source(['rules', id, 1, ...p]) };
      for (const finding of explainSchemaErrors(validateOptions.errors ?? [], rule.meta.optionsSchema, options, lookup, {
        noun: `the options of ${id}`,
        root: 'the options',
      }).filter((f) => !f.hidden)) {
        const optionPath = ['rules', id, 1, ...finding.path];
        const at = finding.at === 'key' ? positions.key(optionPath) : positions.value(optionPath);
        problems.push({ file, ...at, message: `In the options of ${id}: ${finding.message}` });
      }
    }
  }
  return problems;
}

/** Problems with settings that name things packs define: not-applicable ids, kinds of added requirements. */
export function packSettingProblems({ raw, positions, file }: ParsedConfig, registry: Registry): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const inForce = packsInForce(raw, registry);
  const known = new Set([
    ...inForce.flatMap((p) => (p.requiredPolicies ?? []).map((r) => r.id)),
    ...(raw.required_policies?.add ?? []).map((r) => r.id),
  ]);
  for (const id of Object.keys(raw.required_policies?.not_applicable ?? {})) {
    if (known.has(id)) continue;
    const near = closest(id, [...known]);
    problems.push({
      file,
      ...positions.key(['required_policies', 'not_applicable', id]),
      message: `required_policies.not_applicable names ${id}, which is not a required policy of the packs in force.${near ? ` Did you mean ${near}?` : ' Run `policies report` to see the list.'}`,
    });
  }
  const kinds = new Set([...inForce.flatMap((p) => (p.kinds ?? []).map((k) => k.id)), ...Object.keys(raw.kinds ?? {})]);
  (raw.required_policies?.add ?? []).forEach((item, i) => {
    item.kinds.forEach((kind, j) => {
      if (kinds.has(kind)) return;
      const near = closest(kind, [...kinds]);
      problems.push({
        file,
        ...positions.value(['required_policies', 'add', i, 'kinds', j]),
        message: `required_policies.add lists the kind ${kind}, which no pack in force defines.${near ? ` Did you mean ${near}?` : ' Add it under kinds: in the config.'}`,
      });
    });
  });
  return problems;
}

/** A rule's setting in words: `warn` for `warning`, an object where a list is meant. Undefined when it is right. */
function explainRuleSetting(id: string, setting: unknown): { path: (string | number)[]; message: string } | undefined {
  const badSeverity = (value: unknown, path: (string | number)[]) => {
    const near =
      typeof value === 'string'
        ? (closest(value, SEVERITIES) ?? SEVERITIES.find((s) => value.length >= 3 && s.startsWith(value.toLowerCase())))
        : undefined;
    const shown = typeof value === 'string' ? `"${value}"` : value === null ? 'empty' : JSON.stringify(value);
    return {
      path,
      message: `The severity of ${id} is ${shown}; it must be off, warning or error.${near ? ` Did you mean ${near}? Write ${id}: ${near}` : ` For example: ${id}: warning`}`,
    };
  };
  if (typeof setting === 'string' || setting === null || typeof setting === 'number' || typeof setting === 'boolean') {
    return SEVERITIES.includes(setting as string) ? undefined : badSeverity(setting, []);
  }
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2)
      return {
        path: [],
        message: `The setting of ${id} is a list of ${setting.length} items; write its severity, or [severity, { options }], for example ${id}: [warning, { ... }].`,
      };
    if (!SEVERITIES.includes(setting[0] as string)) return badSeverity(setting[0], [0]);
    if (setting.length === 2 && (setting[1] === null || typeof setting[1] !== 'object' || Array.isArray(setting[1]))) {
      return {
        path: [1],
        message: `The options of ${id} must be a record of option: value, for example ${id}: [${String(setting[0])}, { option: value }].`,
      };
    }
    return undefined;
  }
  // { severity: warning, options: {...} }: the ESLint-like object form people reach for.
  const record = setting as Record<string, unknown>;
  const severity = typeof record.severity === 'string' && SEVERITIES.includes(record.severity) ? record.severity : 'warning';
  const options = record.options !== undefined ? ` ${stringifyInline(record.options)}` : ' { ... }';
  return {
    path: [],
    message: `The setting of ${id} is a record; write its severity (off, warning or error), or a list of the severity and the options: ${id}: [${severity},${options}].`,
  };
}

function stringifyInline(value: unknown): string {
  return JSON.stringify(value)
    .replace(/"([^"]+)":/g, '$1: ')
    .replace(/,/g, ', ');
}

/** The packs in force: those listed, else every pack that is not a jurisdiction's (core) plus the jurisdiction's. */
function packsInForce(raw: RawConfig, registry: Registry): Pack[] {
  const jurisdiction = raw.jurisdiction ?? 'none';
  const ids = raw.packs ?? registry.packs.filter((p) => p.jurisdiction === undefined || p.jurisdiction === jurisdiction).map((p) => p.id);
  return registry.packs.filter((p) => ids.includes(p.id));
}

/** The value at a dotted path in a record. */
function valueAt(record: Record<string, unknown>, option: string): unknown {
  let value: unknown = record;
  for (const part of option.split('.'))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Whether a condition holds; when it does not, the reason in words. */
function conditionFails(condition: ConfigCondition, options: Record<string, unknown>, packId: string): string | undefined {
  const value = valueAt(options, condition.option);
  const shown = `${packId}.${condition.option} is ${value === undefined ? 'not set' : JSON.stringify(value)}`;
  if (condition.equals !== undefined)
    return value === condition.equals ? undefined : `${shown} (it applies when ${JSON.stringify(condition.equals)})`;
  if (condition.oneOf !== undefined)
    return condition.oneOf.includes(value as string)
      ? undefined
      : `${shown} (it applies to ${condition.oneOf.map((v) => JSON.stringify(v)).join(', ')})`;
  if (condition.atLeast !== undefined)
    return typeof value === 'number' && value >= condition.atLeast ? undefined : `${shown} (it applies from ${condition.atLeast})`;
  const present = value !== undefined && value !== false && value !== 0 && value !== '' && !(Array.isArray(value) && value.length === 0);
  return present ? undefined : shown;
}

/** Resolve a config that parsed and passed every check. */
export function resolveConfig(
  { raw, root, file }: Pick<ParsedConfig, 'raw' | 'root'> & { file: string | undefined },
  registry: Registry,
): ResolvedConfig {
  const jurisdiction = raw.jurisdiction ?? 'none';
  const inForce = packsInForce(raw, registry);
  const rules = new Map<string, ResolvedRule>();
  const apply = (id: string, severity: RuleSetting, options?: Record<string, unknown>) => {
    const rule = registry.rule(id);
    if (!rule) return;
    if (severity === 'off') rules.delete(id);
    else
      rules.set(id, {
        severity,
        options: { ...(rule.meta.defaultOptions as Record<string, unknown>), ...(options ?? rules.get(id)?.options ?? {}) },
      });
  };
  for (const pack of inForce) for (const { rule, severity } of pack.rules) apply(`${rule.pack}/${rule.id}`, severity);
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (Array.isArray(setting)) apply(id, setting[0], setting[1]);
    else apply(id, setting);
  }
  // A rule's basis: lent by the first pack in force that lends one, else its own.
  for (const [id, setting] of rules) {
    const lent = inForce.map((p) => p.lendsBasis?.[id]).find((b) => b !== undefined);
    const basis = lent ?? registry.rule(id)!.meta.basis;
    if (basis) setting.basis = basis;
  }

  const packOptions = new Map<string, Record<string, unknown>>();
  for (const pack of inForce) {
    if (pack.options)
      packOptions.set(pack.id, { ...pack.options.defaults, ...((raw[pack.id] as Record<string, unknown> | undefined) ?? {}) });
  }

  const kinds = new Map<string, { id: string; title: string; hints: readonly string[] }>();
  for (const pack of inForce) for (const kind of pack.kinds ?? []) if (!kinds.has(kind.id)) kinds.set(kind.id, kind);
  for (const [id, kind] of Object.entries(raw.kinds ?? {}))
    kinds.set(id, { id, title: kind.title, hints: (kind.hints ?? []).map((h) => h.toLowerCase()) });

  const duties = new Map<string, { kinds: string[]; categories: string[] }>();
  for (const pack of inForce) {
    for (const [duty, scope] of Object.entries(pack.duties ?? {})) {
      const merged = duties.get(duty) ?? { kinds: [], categories: [] };
      merged.kinds.push(...(scope?.kinds ?? []));
      merged.categories.push(...(scope?.categories ?? []));
      duties.set(duty, merged);
    }
  }

  const notApplicable = raw.required_policies?.not_applicable ?? {};
  const requiredPolicies: ResolvedRequiredPolicy[] = [];
  for (const pack of inForce) {
    const options = packOptions.get(pack.id) ?? {};
    for (const item of pack.requiredPolicies ?? []) {
      const resolved: ResolvedRequiredPolicy = { ...item, from: pack.id };
      const decided = notApplicable[item.id];
      const failed = (item.when ?? []).map((c) => conditionFails(c, options, pack.id)).find((why) => why !== undefined);
      if (decided) resolved.notApplicable = { reason: decided.reason, decidedBy: decided.decided_by };
      else if (failed) resolved.notApplicable = { reason: `Does not apply: ${failed}` };
      if (item.perItem) {
        const list = valueAt(options, item.perItem.list);
        const label = item.perItem.label;
        resolved.items = (Array.isArray(list) ? list : []).map((entry) =>
          typeof entry === 'string' ? entry : label ? String((entry as Record<string, unknown>)[label]) : JSON.stringify(entry),
        );
      }
      requiredPolicies.push(resolved);
    }
  }
  for (const item of raw.required_policies?.add ?? []) {
    const basis = {
      grade: (item.grade ?? 'board-rule') as Grade,
      citation: item.citation ?? "The board's own requirement, in policies.config.yaml",
      ...(item.source ? { source: item.source } : {}),
    };
    const decided = notApplicable[item.id];
    requiredPolicies.push({
      id: item.id,
      title: item.title,
      kinds: item.kinds,
      basis,
      from: 'config',
      ...(decided ? { notApplicable: { reason: decided.reason, decidedBy: decided.decided_by } } : {}),
    });
  }

  const timescales = new Map<string, ResolvedConfig['timescales'] extends ReadonlyMap<string, infer T> ? T : never>();
  for (const pack of inForce)
    for (const [kind, list] of Object.entries(pack.timescales ?? {})) timescales.set(kind, [...(timescales.get(kind) ?? []), ...list]);

  const categories = new Map<string, CategoryConfig>();
  for (const [id, c] of Object.entries(raw.categories ?? {})) {
    const categoryDuties = [...(c.affects_tenants ? ['tenant-affecting'] : []), ...(c.rent_setting ? ['rent'] : []), ...(c.duties ?? [])];
    categories.set(id, {
      title: c.title,
      duties: categoryDuties,
      defaultCycleMonths: c.default_cycle_months,
      maxCycleMonths: c.max_cycle_months,
    });
  }
  const committees: CommitteeConfig[] = (raw.committees ?? []).map((c) => ({
    name: c.name,
    aliases: c.aliases ?? [],
    remit: c.remit ?? [],
    meetings: [...(c.meetings ?? [])].sort(),
    paperDeadlineWorkingDays: c.paper_deadline_working_days ?? DEFAULTS.paperDeadlineWorkingDays,
    maxReviewsPerMeeting: c.max_reviews_per_meeting,
  }));

  return {
    source: { raw, root, file },
    file,
    root,
    organisation: raw.organisation ?? '',
    jurisdiction,
    packs: inForce.map((p) => p.id),
    knownRules: new Map(
      registry.rules.map((rule) => [
        qualifiedId(rule),
        {
          pack: rule.pack,
          defaultSeverity: registry.defaultSeverity(qualifiedId(rule))!,
          unwaivable: isUnwaivable(rule),
          enforces: rule.meta.enforces ?? [],
          ...(rule.meta.reportTopic ? { reportTopic: rule.meta.reportTopic } : {}),
        },
      ]),
    ),
    coverage: inForce.flatMap((pack) => (pack.coverage ?? []).map((c) => ({ ...c, pack: pack.id }))),
    packOptions,
    kinds,
    duties,
    requiredPolicies,
    timescales,
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
    site: resolveSite(raw.site ?? {}),
    rules,
  };
}

function resolveSite(raw: NonNullable<RawConfig['site']>): SiteConfig {
  const site: SiteConfig = {
    showOwner: raw.show_owner ?? false,
    contact: { ...(raw.contact ?? {}) },
    manifest: raw.manifest ?? DEFAULTS.manifest,
  };
  if (raw.title !== undefined) site.title = raw.title;
  if (raw.base_url !== undefined) site.baseUrl = raw.base_url;
  if (raw.logo !== undefined) site.logo = raw.logo;
  if (raw.logo_alt !== undefined) site.logoAlt = raw.logo_alt;
  if (raw.colour !== undefined) site.colour = raw.colour;
  return site;
}
