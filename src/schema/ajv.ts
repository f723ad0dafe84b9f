// One configured ajv, shared by the policy and config validators.
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext the function arrives as the namespace's `default`.
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020, options: { mode: 'full'; formats: string[] }) => void;

export function createAjv(): Ajv2020 {
  // `full` format mode rejects impossible dates such as 2023-02-30.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTuples: false, allowUnionTypes: true, verbose: true });
  addFormats(ajv, { mode: 'full', formats: ['date'] });
  return ajv;
}
