// Run the enabled rules over the register and stamp each report with identity, severity, position and docs.
import type { ResolvedConfig, ResolvedRule } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import type { Register } from '../register/register.js';
import type { Location, Message, RelatedLocation } from '../types.js';
import { docsUrl, fillTemplate, isUnwaivable, qualifiedId, type GitFacts, type PolicyRule, type Report, type ReportTarget, type Rule } from './rule.js';
import { isWaived } from './waivers.js';
import { heapGuard } from '../util/memory.js';

export interface RunOptions {
  register: Register;
  config: ResolvedConfig;
  rules: readonly Rule[];
  today: string;
  /** The file register-level findings that concern no one policy are reported on (the config, or the register folder). */
  registerFile: string;
  git?: GitFacts;
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

/** Run every enabled rule. Never throws for a document's content; a rule that throws is a bug, reported as such. */
export function runRules({ register, config, rules, today, registerFile, git, policyFiles, focus }: RunOptions): StampedMessage[] {
  const out: StampedMessage[] = [];
  const active: { rule: Rule; setting: ResolvedRule; stamp: (report: Report, current: Policy | undefined) => void; gitFacts: { git?: GitFacts } }[] = [];
  for (const rule of rules) {
    const id = qualifiedId(rule);
    const setting = config.rules.get(id);
    if (!setting) continue;
    if (rule.meta.needsGit && !git?.[rule.meta.needsGit]) continue;
    const gitFacts = git ? { git } : {};

    const stamp = (report: Report, current: Policy | undefined) => {
      const template = rule.meta.messages[report.messageId];
      if (template === undefined) throw new Error(`Rule ${id} reported unknown messageId ${report.messageId}`);
      const { file, location } = locate(report, current);
      const policy = report.policy ?? current;
      if (policy && isWaived(policy.data.waivers, id, today, isUnwaivable(rule))) return;
      const message: StampedMessage = {
        file: file ?? registerFile,
        ...location,
        ruleId: id,
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
      out.push(message);
    };

    if (rule.scope === 'register') rule.check({ register, today, options: setting.options as never, config, ...gitFacts, ...(focus ? { focus } : {}), report: (r) => stamp(r, undefined) });
    else active.push({ rule, setting, stamp, gitFacts });
  }

  // Policy rules run policy by policy, so each body tree is parsed at most once and released straight after:
  // memory stays flat however large the register.
  const tidy = active.some(({ rule }) => rule.meta.needsBody) ? heapGuard() : () => {};
  for (const policy of register.policies) {
    if (policyFiles && !policyFiles.has(policy.file)) continue;
    for (const { rule, setting, stamp, gitFacts } of active) {
      // A file that could not be parsed is seen by core/frontmatter only.
      if (policy.loadProblem && !rule.meta.stopsFile) continue;
      (rule as PolicyRule).check({ policy, register, today, options: setting.options as never, config, ...gitFacts, report: (r) => stamp(r, policy) });
    }
    policy.releaseBody?.();
    tidy();
  }
  return out;
}
