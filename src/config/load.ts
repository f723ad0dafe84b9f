// Find, parse and validate policies.config.yaml; a problem names the file, line and fix, and the CLI exits 2.
// Where the default registry meets the config: parse (config/parse.ts) knows no rules, resolve (config/resolve.ts)
// is given a registry; this module wires them to the packs the package ships.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { readPolicyText } from '../load/read.js';
import { toDisplayPath } from '../load/discover.js';
import type { Registry } from '../engine/registry.js';
import { REGISTRY as DEFAULT_REGISTRY } from '../rules/index.js';
import type { ResolvedConfig } from './config.js';
import { CONFIG_FILE, crossCheck, parseConfigText, type ConfigProblem } from './parse.js';
import { packSettingProblems, resolveConfig, ruleSettingProblems } from './resolve.js';
import { configSchemaFor } from '../schema/generate.js';
import { publishedSchema, type JsonSchema } from '../schema/schemas.js';

export { CONFIG_FILE };
export type { ConfigProblem };

const MAX_CONFIG_BYTES = 256 * 1024;
const schemas = new WeakMap<Registry, JsonSchema>();

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * Load the config named by `--config`, or `policies.config.yaml` in `cwd`; with neither, the defaults.
 * Never throws for a user mistake.
 */
export async function loadConfig(cwd: string, explicit?: string, registry: Registry = DEFAULT_REGISTRY): Promise<ConfigResult> {
  const absolute = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE);
  let link = false;
  try {
    link = lstatSync(absolute).isSymbolicLink();
  } catch {
    if (explicit)
      return {
        ok: false,
        problems: [
          { file: explicit, line: 1, column: 1, message: `The config file ${explicit} does not exist. Check the path given to --config.` },
        ],
      };
    return { ok: true, config: resolveConfig({ raw: {}, root: cwd, file: undefined }, registry) };
  }
  const file = toDisplayPath(cwd, absolute);
  if (link) {
    // Like a linked policy, a linked config is read only when it stays beside the link: a pull request must not be
    // able to point the config at a file elsewhere on the machine and have its contents echoed in messages.
    let target: string | undefined;
    try {
      target = realpathSync(absolute);
    } catch (error) {
      const loops = (error as NodeJS.ErrnoException).code === 'ELOOP';
      return {
        ok: false,
        problems: [
          {
            file,
            line: 1,
            column: 1,
            message: loops
              ? 'The config file is a symbolic link that loops back on itself. Replace it with the file itself.'
              : 'The config file is a symbolic link to a file that does not exist. Replace it with the file itself.',
          },
        ],
      };
    }
    const folder = realpathSync(path.dirname(absolute));
    const inside = path.relative(folder, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return {
        ok: false,
        problems: [
          {
            file,
            line: 1,
            column: 1,
            message:
              'The config file is a symbolic link to a file outside its folder, so it was not read. Put the config itself in the repository.',
          },
        ],
      };
    }
  }
  // A config file this large is not one anyone wrote by hand: said here, in the config's words, before reading.
  const size = statSync(absolute, { throwIfNoEntry: false })?.size ?? 0;
  if (size > MAX_CONFIG_BYTES) {
    const message = `The config file is ${Math.ceil(size / 1024)} KiB, larger than the ${MAX_CONFIG_BYTES / 1024} KiB a config file may be. Check that --config names policies.config.yaml, not another file.`;
    return { ok: false, problems: [{ file, line: 1, column: 1, message }] };
  }
  const read = await readPolicyText(absolute, MAX_CONFIG_BYTES);
  if (!read.ok) return { ok: false, problems: [{ file, line: read.line ?? 1, column: 1, message: read.message }] };
  return parseConfig(read.text, file, path.dirname(absolute), registry);
}

/**
 * Parse and validate config text, then resolve it against the registry (the default one: every pack this package
 * ships). `root` is the folder paths in the config are relative to.
 */
export function parseConfig(text: string, file: string, root: string, registry: Registry = DEFAULT_REGISTRY): ConfigResult {
  // The published schema is this package's registry's (a test says so), and has a validator compiled at build time.
  let schema = registry === DEFAULT_REGISTRY ? publishedSchema('config.schema.json') : schemas.get(registry);
  if (!schema) {
    schema = configSchemaFor(registry);
    schemas.set(registry, schema);
  }
  const parsed = parseConfigText(text, file, root, schema);
  if (!('raw' in parsed)) return { ok: false, problems: parsed.problems };
  let problems = [...parsed.problems, ...ruleSettingProblems(parsed, registry)];
  problems.sort((x, y) => x.line - y.line || x.column - y.column);
  if (problems.length > 0) return { ok: false, problems };
  problems = [...crossCheck(parsed), ...packSettingProblems(parsed, registry)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: resolveConfig(parsed, registry) };
}
