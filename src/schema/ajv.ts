// One configured ajv, shared by the policy and config validators.
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { inYearRange, isRealDate } from '../util/dates.js';

// ajv-formats is CommonJS: under NodeNext the function arrives as the namespace's `default`.
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020, options: { mode: 'full'; formats: string[] }) => void;

export function createAjv(): Ajv2020 {
  // `full` format mode rejects impossible dates such as 2023-02-30.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    verbose: true,
  });
  addFormats(ajv, { mode: 'full', formats: ['date'] });
  // A real date, in the years 1900-2200 (explain.ts says which rule a date broke).
  ajv.addFormat('date', { type: 'string', validate: (value: string) => isRealDate(value) && inYearRange(value) });
  return ajv;
}
