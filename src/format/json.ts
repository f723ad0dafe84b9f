// Machine-readable output: the CheckResult exactly as the checker returns it (docs/formats.md, schemas/check-result.schema.json).
import type { CheckFormatter } from './types.js';
import { jsonText } from './neutralise.js';

export const json: CheckFormatter = (result) => `${jsonText(JSON.stringify(result, null, 2))}\n`;
