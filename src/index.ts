// The library's public API: the same pipeline the CLI runs, for tools that embed policy-tracker.
export { check, loadRegister, toCheckResult } from './check.js';
export type { CheckOptions, LoadRegisterOptions, LoadedRegister } from './check.js';
export { loadConfig, parseConfig, CONFIG_FILE } from './config/load.js';
export type { ConfigProblem, ConfigResult } from './config/load.js';
export type { ResolvedConfig } from './config/config.js';
export { parsePolicy } from './load/policy.js';
export type { Policy } from './load/policy.js';
export { buildRegister } from './register/register.js';
export type { Register } from './register/register.js';
export { runRules } from './engine/run.js';
export { defineRule } from './engine/rule.js';
export type { Rule, PolicyRule, RegisterRule, RuleMeta } from './engine/rule.js';
export { RULES } from './rules/index.js';
export { PACKS } from './rules/packs.js';
export { CHECK_FORMATS } from './format/index.js';
export type { CheckFormatter, FormatContext, RuleInfo } from './format/index.js';
export type * from './types.js';
