// The published schemas are generated from the packs: schemas/*.json must be what `npm run schemas` writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/rules/index.js';
import { configSchemaFor, policySchemaFor } from '../../src/schema/generate.js';

const read = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas', name), 'utf8')) as Record<string, unknown>;

describe('the published schemas', () => {
  it("config.schema.json lists the jurisdictions and packs of the registry, and each pack's section (npm run schemas)", () => {
    const file = read('config.schema.json');
    expect(file).toEqual(configSchemaFor(REGISTRY, file));
    const properties = file.properties as Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
    expect(properties.jurisdiction!.enum).toEqual([...REGISTRY.jurisdictions, 'none']);
    expect(properties.packs!.items!.enum).toEqual(REGISTRY.packs.map((p) => p.id));
    for (const pack of REGISTRY.packs) if (pack.options) expect(properties[pack.id]).toMatchObject(pack.options.schema);
  });

  it('policy.schema.json has every field the packs add (npm run schemas)', () => {
    const file = read('policy.schema.json');
    expect(file).toEqual(policySchemaFor(REGISTRY, file));
  });
});
