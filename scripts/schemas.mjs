// Regenerate schemas/config.schema.json and schemas/policy.schema.json from the packs: `npm run schemas`
// (a test fails when they are out of date).
import { writeFileSync } from 'node:fs';
import { configSchemaFor, policySchemaFor } from '../dist/src/schema/generate.js';
import { REGISTRY } from '../dist/src/rules/index.js';

writeFileSync('schemas/config.schema.json', `${JSON.stringify(configSchemaFor(REGISTRY), null, 2)}\n`);
writeFileSync('schemas/policy.schema.json', `${JSON.stringify(policySchemaFor(REGISTRY), null, 2)}\n`);
