// What a rule is: an id, documentation metadata, messages, and a check function that reports facts.
import type { BodyNeed, Policy } from '../load/policy.js';
import type { YamlPath } from '../load/yaml.js';
import type { Register } from '../register/register.js';
import type { ResolvedConfig } from '../config/config.js';
import type { Location } from '../types.js';
import type { JsonSchema } from '../schema/schemas.js';
import type { DutyId } from './pack-data.js';
import type { Basis } from '../types.js';
import type { PublicationEntry } from '../site/manifest.js';

export type MessageData = Record<string, string | number>;

/** Where a finding is: a field of a policy (preferred), or an explicit line. */
export interface ReportTarget {
  /** The policy the finding is about; a policy rule may leave it out (it means the policy being checked). */
  policy?: Policy;
  /** The field the finding is about, e.g. ['next_review'] or ['approvals', 2, 'minute']. */
  field?: YamlPath;
  /** Point at the field's key rather than its value (for missing or misplaced things). */
  at?: 'key' | 'value';
  /** An explicit location, for findings in the body. */
  location?: Location;
}

export interface Report extends ReportTarget {
  messageId: string;
  data?: MessageData;
  /** Other places that explain the finding (the linked policy, the duplicate). */
  related?: (ReportTarget & { message: string })[];
  /** This finding's own basis, where it differs from the rule's (a required policy's, a timescale's). */
  basis?: Basis;
}

/** What git knows, for the rules that need history. */
export interface GitFacts {
  /** The base a branch is compared with (`check --changed`), with the base text of each changed policy. */
  base?: {
    ref: string;
    commit: string;
    /** Display path at head -> the file's text at the base (undefined: the file is new). */
    texts: ReadonlyMap<string, string | undefined>;
    /** Display path -> whether every commit on the branch that touched it is marked editorial. */
    editorial: ReadonlyMap<string, boolean>;
    /** Display path -> ids of the commits on the branch that touched it. */
    commits: ReadonlyMap<string, readonly string[]>;
  };
  /** When each policy file last changed in git (YYYY-MM-DD), by display path. */
  lastChanged?: ReadonlyMap<string, string>;
}

/** What the publication manifest says was published, loaded by the pipeline (rules never read it themselves). */
export interface PublicationFacts {
  /** The manifest's display path, for messages. */
  file: string;
  entries: readonly PublicationEntry[];
  /** The digest of each public, in-force policy's text as it is now in the register, by display path. */
  digests: ReadonlyMap<string, string>;
}

export interface RuleContextBase<Options> {
  register: Register;
  /** Present when git history is available; rules with `needsGit` run only then. */
  git?: GitFacts;
  /** Present when the publication manifest was found; rules with `needsPublication` run only then. */
  publication?: PublicationFacts;
  /**
   * Set by `check --changed`: only findings on these files, or about these policy ids, are wanted; the register
   * holds just the policies the change can affect. A register rule may skip other work (it is optional).
   */
  focus?: { files: ReadonlySet<string>; ids: ReadonlySet<string> };
  /** The `--as-of` date, YYYY-MM-DD. Rules never read the clock. */
  today: string;
  options: Options;
  config: ResolvedConfig;
  report(report: Report): void;
}

export interface PolicyRuleContext<Options> extends RuleContextBase<Options> {
  policy: Policy;
}

export interface RuleMeta<Options> {
  /** One line for `policies rules` and the docs index. */
  description: string;
  /**
   * The rule's own basis, graded. A pack in force may lend a core rule a basis of its own (`lendsBasis`); a rule
   * with none (a plain format check) cites nothing.
   */
  basis?: Basis;
  /** Findings of the rule cannot be waived (without them nothing else can be trusted). */
  unwaivable?: boolean;
  /**
   * The rule judges whether a file can be read at all: it alone runs on a file that could not be parsed, and its
   * findings are fatal (no other rule ran on the file). Implies unwaivable.
   */
  stopsFile?: boolean;
  /** Duties this rule enforces: a general rule leaves findings about them to it (see register/duties.ts). */
  enforces?: readonly DutyId[];
  /** The report section that lists its findings. */
  reportTopic?: 'eia' | 'consultation';
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  messages: Record<string, string>;
  /**
   * What the rule reads from the Markdown body: `headings` (ctx.policy.headings(), found by a fast scanner) or
   * `tree` (ctx.policy.body(), a full remark parse). Bodies are read only as far as an enabled rule needs.
   */
  body?: BodyNeed;
  /** Older spelling of `body: 'tree'`. */
  needsBody?: boolean;
  /** Which git facts the rule needs: it runs only when they are available. */
  needsGit?: 'base' | 'lastChanged';
  /** Whether the rule reads the publication manifest: it runs only when one was found. */
  needsPublication?: boolean;
  defaultOptions: Options;
  /** JSON Schema of the options object, checked when the config is loaded. */
  optionsSchema?: JsonSchema;
}

interface RuleBase<Options> {
  /** Local id, kebab-case; the engine qualifies it with the pack: `core/review-overdue`. */
  id: string;
  pack: string;
  meta: RuleMeta<Options>;
}

export interface PolicyRule<Options = Record<string, never>> extends RuleBase<Options> {
  scope: 'policy';
  check(context: PolicyRuleContext<Options>): void;
}

export interface RegisterRule<Options = Record<string, never>> extends RuleBase<Options> {
  scope: 'register';
  check(context: RuleContextBase<Options>): void;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of rules holds rules of every options type.
export type Rule<Options = any> = PolicyRule<Options> | RegisterRule<Options>;

export function defineRule<Options>(rule: PolicyRule<Options>): PolicyRule<Options>;
export function defineRule<Options>(rule: RegisterRule<Options>): RegisterRule<Options>;
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Findings about whether a file can be trusted at all cannot be waived: rule metadata says which. */
export function isUnwaivable(rule: Rule): boolean {
  return rule.meta.unwaivable === true || rule.meta.stopsFile === true;
}

/** What a rule reads from the body, if anything. */
export function bodyNeedOf(rule: { meta: { body?: BodyNeed; needsBody?: boolean } }): BodyNeed | undefined {
  return rule.meta.body ?? (rule.meta.needsBody ? 'tree' : undefined);
}

/** The most any of these rules reads from the body. */
export function widestBodyNeed(rules: readonly { meta: { body?: BodyNeed; needsBody?: boolean } }[]): BodyNeed | undefined {
  const needs = rules.map(bodyNeedOf);
  return needs.includes('tree') ? 'tree' : needs.includes('headings') ? 'headings' : undefined;
}

export function qualifiedId(rule: { pack: string; id: string }): string {
  return `${rule.pack}/${rule.id}`;
}

export const DOCS_BASE = 'https://github.com/policy-tracker/policy-tracker/blob/main/docs/rules';

export function docsUrl(rule: { pack: string; id: string }): string {
  return `${DOCS_BASE}/${rule.pack}/${rule.id}.md`;
}

export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in data ? String(data[name]) : `{{${name}}}`));
}
