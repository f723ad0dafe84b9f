// The floor: the least work a checker must do. Read every file, split the frontmatter, parse the YAML and validate it;
// with --remark, also parse every body. `check` is measured against the floor for what its enabled rules need.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontmatter } from '../src/load/frontmatter.js';
import { parseYaml } from '../src/load/yaml.js';
import { createAjv } from '../src/schema/ajv.js';
import { policySchema } from '../src/schema/schemas.js';

const [folder = 'policies', ...flags] = process.argv.slice(2);
const withRemark = flags.includes('--remark');
const validate = createAjv().compile(policySchema);
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const files = (await readdir(folder)).filter((f) => f.endsWith('.md'));
let valid = 0;
let nodes = 0;
for (let i = 0; i < files.length; i += 64) {
  const texts = await Promise.all(files.slice(i, i + 64).map((f) => readFile(path.join(folder, f), 'utf8')));
  for (const text of texts) {
    const split = splitFrontmatter(text);
    if (!split.ok) continue;
    const yaml = parseYaml(split.yaml, split.yamlLineOffset);
    if (yaml.problems.length === 0 && validate(yaml.data)) valid++;
    if (withRemark) nodes += markdown.parse(text).children.length;
  }
}
process.stdout.write(`${files.length} files, ${valid} valid${withRemark ? `, ${nodes} top-level nodes` : ''}\n`);
