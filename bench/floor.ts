// The frontmatter floor: the least work any checker of this format must do. Read every file, split the
// frontmatter, parse the YAML (the fast reader, with `yaml` where it declines, as check does) and validate it
// against the schema (with the validator check uses, compiled at build time), on one thread; no Markdown body is read. `check` is measured against it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontmatter } from '../src/load/frontmatter.js';
import { readFrontmatterFast } from '../src/load/fast-yaml.js';
import { parseYaml } from '../src/load/yaml.js';
import { policySchema } from '../src/schema/schemas.js';
import { validatorFor } from '../src/schema/validators.js';

const [folder = 'policies'] = process.argv.slice(2);
const validate = validatorFor(policySchema);
const files = (await readdir(folder)).filter((f) => f.endsWith('.md'));
let valid = 0;
for (let i = 0; i < files.length; i += 64) {
  const texts = await Promise.all(files.slice(i, i + 64).map((f) => readFile(path.join(folder, f), 'utf8')));
  for (const text of texts) {
    const split = splitFrontmatter(text);
    if (!split.ok) continue;
    const source = split.yaml.replace(/\r\n?/g, '\n');
    const data = readFrontmatterFast(source) ?? parseYaml(source, split.yamlLineOffset).data;
    if (validate(data)) valid++;
  }
}
process.stdout.write(`${files.length} files, ${valid} valid\n`);
