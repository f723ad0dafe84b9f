// Run the enabled rules over the register and stamp each report with identity, severity, position and docs.
import type { ResolvedConfig, ResolvedRule } from '../config/config.js';
import type { BodyNeed, Policy } from '../load/policy.js';
import type { Register } from '../register/register.js';
import type { Location, Message, RelatedLocation } from '../types.js';
import {
  bodyNeedOf,
  docsUrl,
  fillTemplate,
  isUnwaivable,
  qualifiedId,
  widestBodyNeed,
  type GitFacts,
  type PolicyRule,
  type PublicationFacts,
  type RegisterRule,
  type Report,
  type ReportTarget,
  type Rule,
} from './rule.js';
import { isWaived } from './waivers.js';

export interface RunOptions {
  register: Register;
  config: ResolvedConfig;
  rules: readonly Rule[];
  today: string;
  /** The file register-level findings that concern no one policy are reported on (the config, or the register folder). */
  registerFile: string;
  git?: GitFacts;
  publication?: PublicationFacts;
  /** Run policy rules on these files only (check --changed); register rules always see the whole register. */
  policyFiles?: ReadonlySet<string>;
  /** What findings are wanted, for register rules that can skip work (check --changed). */
  focus?: { files: ReadonlySet<string>; ids: ReadonlySet<string> };
}

export interface StampedMessage extends Message {
  file: string;
}

const FILE_START: Location = { line: 1, column: 1 };

function locate(target: ReportTarget, fallback: Policy | undefined): { file: string | undefined; location: Location } {
  const policy = target.policy ?? fallback;
  if (target.location) return { file: policy?.file, location: target.location };
  if (policy && target.field) {
    const at = target.at === 'key' ? policy.positions.key(target.field) : policy.positions.value(target.field);
    return { file: policy.file, location: at };
  }
  return { file: policy?.file, location: FILE_START };
}

type Stamp = (report: Report, current: Policy | undefined) => void;

interface StampOptions {
  config: ResolvedConfig;
  today: string;
  registerFile: string;
  git?: GitFacts | undefined;
  publication?: PublicationFacts | undefined;
}

/** The enabled rules among `rules` that can run (those needing git facts only when the facts exist), with settings. */
function enabled(rules: readonly Rule[], { config, git, publication }: StampOptions): { rule: Rule; setting: ResolvedRule }[] {
  const out: { rule: Rule; setting: ResolvedRule }[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(qualifiedId(rule));
    if (!setting) continue;
    if (rule.meta.needsGit && !git?.[rule.meta.needsGit]) continue;
    if (rule.meta.needsPublication && !publication) continue;
    out.push({ rule, setting });
  }
  return out;
}

/** Turn a rule's reports into stamped messages: identity, severity, message, position, docs; waived ones dropped. */
function stamper(rule: Rule, setting: ResolvedRule, { today, registerFile }: StampOptions, emit: (message: StampedMessage) => void): Stamp {
  const id = qualifiedId(rule);
  return (report, current) => {
    const template = rule.meta.messages[report.messageId];
    if (template === undefined) throw new Error(`Rule ${id} reported unknown messageId ${report.messageId}`);
    const policy = report.policy ?? current;
    // Waived findings are dropped before anything is located: positions are looked up for kept findings only.
    if (policy && isWaived(policy.data.waivers, id, today, isUnwaivable(rule))) return;
    const { file, location } = locate(report, current);
    const message: StampedMessage = {
      file: file ?? registerFile,
      ...location,
      ruleId: id,
      messageId: report.messageId,
      severity: setting.severity,
      message: fillTemplate(template, report.data),
      url: docsUrl(rule),
    };
    const basis = report.basis ?? setting.basis;
    if (basis) message.basis = basis;
    if (rule.meta.stopsFile) message.fatal = true;
    if (report.related?.length) {
      message.related = report.related.map((r): RelatedLocation => {
        const where = locate(r, undefined);
        return { file: where.file ?? registerFile, ...where.location, message: r.message };
      });
    }
    emit(message);
  };
}

export interface PolicyPassOptions extends StampOptions {
  rules: readonly Rule[];
  /** The register policy rules see. Where policies are checked as they load (worker threads), there is none yet. */
  register?: Register;
}

/** Policy rules, ready to run on one policy at a time (on any thread: findings are plain data). */
export interface PolicyPass {
  /** What the rules read from the body: prepare it (bounded) before `check`. */
  need: BodyNeed | undefined;
  /** Run the rules on one policy, adding its findings to `out`, and release its body. */
  check(policy: Policy): void;
  /** The findings so far; they are handed over (the pass starts a new list). */
  take(): StampedMessage[];
}

/** A register for policy rules that run before the register exists: policy rules see their own policy only. */
const NO_REGISTER: Register = {
  get policies(): never {
    throw new Error('A policy rule read the register: make it a register rule (scope: register).');
  },
  get byId(): never {
    throw new Error('A policy rule read the register: make it a register rule (scope: register).');
  },
  get: () => {
    throw new Error('A policy rule read the register: make it a register rule (scope: register).');
  },
};

export function createPolicyPass(options: PolicyPassOptions): PolicyPass {
  const { config, today, git, publication, register = NO_REGISTER } = options;
  const rules = enabled(
    options.rules.filter((r) => r.scope === 'policy'),
    options,
  );
  const gitFacts = { ...(git ? { git } : {}), ...(publication ? { publication } : {}) };
  let out: StampedMessage[] = [];
  const stamps = rules.map(({ rule, setting }) => ({
    rule,
    setting,
    stamp: stamper(rule, setting, options, (message) => out.push(message)),
  }));
  return {
    need: widestBodyNeed(rules.map(({ rule }) => rule)),
    take() {
      const taken = out;
      out = [];
      return taken;
    },
    check(policy) {
      for (const { rule, setting, stamp } of stamps) {
        // A file that could not be parsed is seen by core/frontmatter only; one whose body could not be read is
        // not seen by the rules that read the body.
        if (policy.loadProblem && !rule.meta.stopsFile) continue;
        if (policy.bodyProblem && bodyNeedOf(rule)) continue;
        (rule as PolicyRule).check({
          policy,
          register,
          today,
          options: setting.options as never,
          config,
          ...gitFacts,
          report: (r) => stamp(r, policy),
        });
      }
      policy.releaseBody?.();
    },
  };
}

/**
 * Run every enabled rule (or, with `policyRules`, only the policy rules it accepts: the others have run as the
 * policies loaded). Never throws for a document's content; a rule that throws is a bug, reported as such.
 */
export function runRules(options: RunOptions & { policyRules?: (rule: Rule) => boolean }): StampedMessage[] {
  const { register, config, rules, today, registerFile, git, publication, policyFiles, focus } = options;
  const out: StampedMessage[] = [];
  const gitFacts = { ...(git ? { git } : {}), ...(publication ? { publication } : {}) };
  for (const { rule, setting } of enabled(
    rules.filter((r) => r.scope === 'register'),
    options,
  )) {
    const stamp = stamper(rule, setting, options, (message) => out.push(message));
    (rule as RegisterRule).check({
      register,
      today,
      options: setting.options as never,
      config,
      ...gitFacts,
      ...(focus ? { focus } : {}),
      report: (r: Report) => stamp(r, undefined),
    });
  }
  const pass = createPolicyPass({
    config,
    today,
    registerFile,
    git,
    publication,
    register,
    rules: rules.filter((r) => r.scope === 'policy' && (options.policyRules?.(r) ?? true)),
  });
  for (const policy of register.policies) {
    if (policyFiles && !policyFiles.has(policy.file)) continue;
    pass.check(policy);
  }
  return [...out, ...pass.take()];
}

/** Read what the rules need from these policies' bodies, within the bounds (see Policy.prepareBody). */
export async function prepareBodies(policies: readonly Policy[], need: BodyNeed | undefined): Promise<void> {
  if (!need) return;
  for (const policy of policies) await policy.prepareBody?.(need);
}
