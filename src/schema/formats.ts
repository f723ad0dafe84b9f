// The formats the schemas use beyond ajv-formats' own, in one place: the ajv that compiles schemas at run time and
// the validators compiled at build time (src/schema/compiled/) both take them from here.
import { inYearRange, isRealDate } from '../util/dates.js';

export const SCHEMA_FORMATS = {
  /** A real date, in the years 1900-2200 (explain.ts says which rule a date broke). */
  date: { type: 'string', validate: (value: string) => isRealDate(value) && inYearRange(value) },
} as const;
