// What every check formatter receives besides the results.
import type { CheckResult } from '../types.js';

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

/** Make text safe for a terminal: control characters (escape sequences, carriage returns) are shown, not obeyed. */
export function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n');
}
