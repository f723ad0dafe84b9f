// The formats the schemas may use, in one place: the ajv that compiles schemas at run time and the validators
// compiled at build time (src/schema/compiled/) both take them from here.
import { inYearRange, isRealDate } from '../util/dates.js';

export const SCHEMA_FORMATS = {
  /** A real date (2023-02-30 is not), in the years 1900-2200 (explain.ts says which rule a date broke). */
  date: { type: 'string', validate: (value: string) => isRealDate(value) && inYearRange(value) },
} as const;
