// One configured ajv, shared by the policy and config validators. ajv is loaded on the first call, not on import:
// checking a register needs only the validators compiled at build time (see validators.ts).
import { createRequire } from 'node:module';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import { SCHEMA_FORMATS } from './formats.js';

// ajv is CommonJS, so it can be loaded when first needed without making every caller async.
const require = createRequire(import.meta.url);

export function createAjv(extra: Pick<Options, 'code'> = {}): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    verbose: true,
    ...extra,
  });
  // Only the formats formats.ts defines: any other is an unknown format (an error in strict mode), so code compiled
  // at build time, which takes each format's check from SCHEMA_FORMATS, never meets one it lacks.
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format);
  return ajv;
}
