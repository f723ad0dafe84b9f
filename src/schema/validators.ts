// Validators for schemas. The schemas this package publishes are compiled at build time (ajv standalone code in
// compiled/, written by `npm run schemas`): no thread compiles them, and ajv is not even loaded to check a register.
// Any other schema (a registry with another pack, a rule's options) is compiled here on first use.
import type { ErrorObject } from 'ajv';
import { validate as validateConfig } from './compiled/config.schema.js';
import { validate as validatePolicy } from './compiled/policy.schema.js';
import { createAjv } from './ajv.js';
import { publishedSchema, type JsonSchema } from './schemas.js';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const compiled = new WeakMap<JsonSchema, Validator>([
  [publishedSchema('policy.schema.json'), validatePolicy as Validator],
  [publishedSchema('config.schema.json'), validateConfig as Validator],
]);

/** The validator for `schema` (the same object each time it is asked for). */
export function validatorFor(schema: JsonSchema): Validator {
  let validate = compiled.get(schema);
  if (!validate) {
    // An ajv of its own: two schemas with one $id (a registry's config schema and the published one) cannot share.
    validate = createAjv().compile(schema) as Validator;
    compiled.set(schema, validate);
  }
  return validate;
}
