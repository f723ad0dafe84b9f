// The contexts formatters receive, built the way the CLI builds them, so a library user gets the same output.
import type { ResolvedConfig } from '../config/config.js';
import { docsUrl, qualifiedId } from '../engine/rule.js';
import { REGISTRY } from '../rules/index.js';
import { VERSION } from '../version.js';
import type { FormatContext, RuleInfo } from './types.js';

export function ruleInfos(): RuleInfo[] {
  return REGISTRY.rules.map((rule) => ({
    id: qualifiedId(rule),
    description: rule.meta.description,
    url: docsUrl(rule),
    defaultSeverity: REGISTRY.defaultSeverity(qualifiedId(rule)) ?? 'warning',
  }));
}

/** The context of the check formatters: this version, every rule, and colour when writing to a terminal. */
export function checkFormatContext(options: { color?: boolean } = {}): FormatContext {
  return { version: VERSION, rules: ruleInfos(), ...(options.color !== undefined ? { color: options.color } : {}) };
}

export interface CalendarFormatContext {
  /** How many days before each deadline the calendar file's reminders fire. */
  reminderDays: number;
}

export function calendarFormatContext(config: ResolvedConfig): CalendarFormatContext {
  return { reminderDays: config.leadTimes.reminderDays };
}
