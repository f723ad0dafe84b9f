// What every check formatter receives besides the results.
import type { CheckResult } from '../types.js';
import { terminalText } from './neutralise.js';

export interface RuleInfo {
  id: string;
  description: string;
  url: string;
  defaultSeverity: 'error' | 'warning';
}

export interface FormatContext {
  /** Tool version, for SARIF's driver. */
  version: string;
  /** Every rule that may appear in the results. */
  rules: readonly RuleInfo[];
  /** Colour output for a terminal. */
  color?: boolean;
}

export type CheckFormatter = (result: CheckResult, context: FormatContext) => string;

/** Make text safe for a terminal or an annotation: control, bidirectional and invisible characters are shown as
 * `\uXXXX`, never obeyed, and nothing in it can start a GitHub workflow command. */
export function visibleControls(text: string): string {
  return terminalText(text);
}
