// The check formatters by name.
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { CheckFormatter } from './types.js';

export const CHECK_FORMATS: Readonly<Record<string, CheckFormatter>> = { stylish, json, github, sarif };
export type { CheckFormatter, FormatContext, RuleInfo } from './types.js';
