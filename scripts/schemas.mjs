// Regenerate schemas/config.schema.json and schemas/policy.schema.json from the packs, and the validators compiled
// from them (src/schema/compiled/): `npm run schemas` (a test fails when any of them is out of date).
import { writeFileSync } from 'node:fs';
import { configSchemaFor, policySchemaFor } from '../dist/src/schema/generate.js';
import { standaloneModule } from '../dist/src/schema/standalone.js';
import { REGISTRY } from '../dist/src/rules/index.js';

for (const [name, schema] of [
  ['config.schema.json', configSchemaFor(REGISTRY)],
  ['policy.schema.json', policySchemaFor(REGISTRY)],
]) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  writeFileSync(`schemas/${name}`, text);
  writeFileSync(`src/schema/compiled/${name.replace(/\.json$/, '.ts')}`, standaloneModule(JSON.parse(text), `schemas/${name}`));
}
