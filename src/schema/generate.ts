// The published schemas for a registry of packs: the config's jurisdictions, packs and each pack's own section;
// the policy format's fields, with those the packs add. schemas/*.json are these for the packs this package ships
// (`npm run schemas` writes them; a test fails when they differ).
import type { Registry } from '../engine/registry.js';
import { readSchema, type JsonSchema } from './schemas.js';

type Properties = Record<string, JsonSchema>;

/** How a pack's part is marked in a schema, so regenerating replaces it. */
const PACK_PART = 'Added by the rule pack ';

function packOf(schema: JsonSchema): string | undefined {
  return typeof schema.$comment === 'string' && schema.$comment.startsWith(PACK_PART) ? schema.$comment.slice(PACK_PART.length) : undefined;
}

/** `base` without the parts packs added, with `add` added (each marked with its pack). */
function withPackParts(base: JsonSchema, add: [pack: string, name: string, schema: JsonSchema][]): JsonSchema {
  const schema = structuredClone(base);
  const properties = schema.properties as Properties;
  for (const [name, property] of Object.entries(properties)) if (packOf(property) !== undefined) delete properties[name];
  for (const [pack, name, property] of add) {
    if (properties[name] !== undefined) throw new Error(`The pack ${pack} adds ${name}, which the schema already has`);
    properties[name] = { $comment: `${PACK_PART}${pack}`, ...property };
  }
  return schema;
}

export function configSchemaFor(registry: Registry, base: JsonSchema = readSchema('config.schema.json')): JsonSchema {
  const sections = registry.packs.flatMap((p): [string, string, JsonSchema][] => (p.options ? [[p.id, p.id, p.options.schema]] : []));
  const schema = withPackParts(base, sections);
  const properties = schema.properties as Properties;
  const jurisdictions = registry.packs.filter((p) => p.jurisdiction !== undefined);
  properties.jurisdiction = {
    ...properties.jurisdiction,
    description: `Where the organisation is regulated: turns on that jurisdiction's rule pack (${jurisdictions.map((p) => `${p.jurisdiction}: ${p.title}`).join('; ')}). none runs the core rules only.`,
    enum: [...registry.jurisdictions, 'none'],
  };
  properties.packs = { ...properties.packs, items: { ...(properties.packs!.items as JsonSchema), enum: registry.packs.map((p) => p.id) } };
  return schema;
}

export function policySchemaFor(registry: Registry, base: JsonSchema = readSchema('policy.schema.json')): JsonSchema {
  return withPackParts(
    base,
    registry.packs.flatMap((p) => Object.entries(p.fields ?? {}).map(([name, field]): [string, string, JsonSchema] => [p.id, name, field])),
  );
}

/** The fields a pack added to the policy format (every other field is the core format's). */
export function packFields(schema: JsonSchema): string[] {
  return Object.entries(schema.properties as Properties)
    .filter(([, p]) => packOf(p) !== undefined)
    .map(([name]) => name);
}
