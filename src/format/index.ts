// The check formatters by name.
import { github } from './github.js';
import { json } from './json.js';
import { defineFormatters } from './registry.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { CheckFormatter, FormatContext } from './types.js';
import type { CheckResult } from '../types.js';

export const CHECK_FORMATTERS = defineFormatters<CheckResult, FormatContext>('stylish', {
  stylish: { description: 'for people at a terminal', format: stylish },
  json: { description: 'for tools (docs/formats.md)', format: json },
  github: { description: 'GitHub Actions annotations', format: github },
  sarif: { description: 'SARIF 2.1.0 for code scanning', format: sarif },
});

/** The check formatters as plain functions (each is synchronous). */
export const CHECK_FORMATS: Readonly<Record<string, CheckFormatter>> = { stylish, json, github, sarif };
export type { CheckFormatter, FormatContext, RuleInfo } from './types.js';
