// The published schemas are generated from the packs: schemas/*.json must be what `npm run schemas` writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/rules/index.js';
import { configSchemaFor, policySchemaFor } from '../../src/schema/generate.js';
import { standaloneModule } from '../../src/schema/standalone.js';
import { publishedSchema } from '../../src/schema/schemas.js';
import { validatorFor } from '../../src/schema/validators.js';
import { createAjv } from '../../src/schema/ajv.js';

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

  it.each(['policy.schema.json', 'config.schema.json'] as const)(
    'the validator compiled at build time from %s is the one ajv compiles from it now (npm run schemas)',
    (name) => {
      const written = readFileSync(join(import.meta.dirname, '../../src/schema/compiled', name.replace(/\.json$/, '.ts')), 'utf8');
      expect(written).toBe(standaloneModule(read(name), `schemas/${name}`));
    },
  );

  it('knows only the formats formats.ts defines, so build-time code never lacks one', () => {
    expect(() => createAjv().compile({ type: 'string', format: 'email' })).toThrow(/unknown format "email"/);
    expect(createAjv().compile({ type: 'string', format: 'date' })('2023-02-30')).toBe(false);
  });

  it.each([
    [
      'a valid policy',
      {
        id: 'HM-01',
        title: 'Rents',
        category: 'rent',
        status: 'approved',
        owner: 'Director',
        approving_body: 'Board',
        eia: { required: false, reason: 'None' },
        consultation: { required: false, reason: 'Internal' },
      },
    ],
    ['fields missing, an impossible date and a bad id', { id: '-x', title: '', adopted: '2023-02-30', next_review: '1850-01', eia: {} }],
    ['a field of the wrong type', { id: 5, status: 'live', approvals: [{ date: 'soon' }], linked_policies: 'HM-02' }],
  ])('validates %s exactly as the schema compiled at run time does, errors and all', (_, data) => {
    const runTime = createAjv().compile(publishedSchema('policy.schema.json'));
    const buildTime = validatorFor(publishedSchema('policy.schema.json'));
    expect(buildTime).not.toBe(runTime);
    expect(buildTime(data)).toBe(runTime(data));
    expect(buildTime.errors ?? []).toEqual(runTime.errors ?? []);
  });
});
