// One configured ajv, shared by the policy and config validators. ajv is loaded on the first call, not on import:
// checking a register needs only the validators compiled at build time (see validators.ts).
import { createRequire } from 'node:module';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import { SCHEMA_FORMATS } from './formats.js';

type AddFormats = (ajv: Ajv2020, options: { mode: 'full'; formats: string[] }) => void;

// ajv and ajv-formats are CommonJS, so they can be loaded when first needed without making every caller async.
const require = createRequire(import.meta.url);

export function createAjv(extra: Pick<Options, 'code'> = {}): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as AddFormats;
  // `full` format mode rejects impossible dates such as 2023-02-30.
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    verbose: true,
    ...extra,
  });
  addFormats(ajv, { mode: 'full', formats: ['date'] });
  ajv.addFormat('date', SCHEMA_FORMATS.date);
  return ajv;
}
