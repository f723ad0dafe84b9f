// docs/configuration.md is the reference for every setting the config schema has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

const ROOT = join(import.meta.dirname, '../..');
const reference = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
}

function settingPaths(node: Node, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const name = `${prefix}${key}`;
    paths.push(name);
    if (child.properties) paths.push(...settingPaths(child, `${name}.`));
    if (child.items?.properties) paths.push(...settingPaths(child.items, `${name}[].`));
    if (typeof child.additionalProperties === 'object' && child.additionalProperties.properties) {
      paths.push(...settingPaths(child.additionalProperties, `${name}.<id>.`));
    }
  }
  return paths;
}

describe('docs/configuration.md', () => {
  it.each(settingPaths(schema))('describes %s', (setting) => {
    expect(reference).toContain(`| \`${setting}\``);
  });

  it('has a rules example that the config accepts', () => {
    const example = /```yaml\n(rules:[\s\S]*?)```/.exec(reference)?.[1];
    expect(example).toBeDefined();
    const result = parseConfig(`jurisdiction: scotland\n${example}`, 'policies.config.yaml', ROOT);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
