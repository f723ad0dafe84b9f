// The published JSON Schemas, read once from `schemas/` so the files stay the single source of truth.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root, found from this file whether it runs from `src/` (tests) or `dist/src/` (the CLI). */
export const PACKAGE_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      readFileSync(path.join(dir, 'schemas', 'policy.schema.json'));
      return dir;
    } catch {
      dir = path.dirname(dir);
    }
  }
  throw new Error('policy-tracker is installed without its schemas/ folder');
})();

export type JsonSchema = Record<string, unknown>;

export function readSchema(name: string): JsonSchema {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', name), 'utf8')) as JsonSchema;
}

/** The schemas this package publishes, with a validator compiled at build time (see validators.ts). */
export type PublishedSchemaName = 'policy.schema.json' | 'config.schema.json';

const published = new Map<PublishedSchemaName, JsonSchema>();

/** A published schema, read once: validatorFor knows it by this object (treat it as read-only). */
export function publishedSchema(name: PublishedSchemaName): JsonSchema {
  let schema = published.get(name);
  if (!schema) {
    schema = readSchema(name);
    published.set(name, schema);
  }
  return schema;
}

export const policySchema: JsonSchema = publishedSchema('policy.schema.json');
