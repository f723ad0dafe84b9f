// `policies init`: set up an association's own policy repository in one step, never overwriting anything.
import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { configTemplate, examplePolicy, workflowTemplate } from '../../init/files.js';
import { REGISTRY } from '../../rules/index.js';
import { writeFileAtomic } from '../../util/write-file.js';
import { parseCommandArgs, UsageError, type Command } from '../io.js';

const usage = `Usage: policies init [options]

Set up a policy repository: policies.config.yaml to adapt, one example policy in policies/, and the GitHub
workflows that check pull requests and scan the register weekly. Existing files are never overwritten.

Options:
  --dir <folder>          where to set up (default: the current folder)
  --organisation <name>   the association's name (default: the folder's name)
  --jurisdiction <name>   ${[...REGISTRY.jurisdictions, 'none'].join(', ')}: the rule pack the config turns on (default: scotland)`;

/** The starting config: the jurisdiction's pack writes its own; otherwise the general one, with the jurisdiction set. */
function starterConfig(jurisdiction: string, organisation: string, today: string): string {
  const pack = REGISTRY.packs.find((p) => p.jurisdiction === jurisdiction);
  if (pack?.starterConfig) return pack.starterConfig(organisation, today);
  const general = configTemplate(organisation, today);
  if (jurisdiction === 'scotland') return general;
  return general.replace(/^jurisdiction: .*$/m, `jurisdiction: ${jurisdiction}          # ${jurisdiction === 'none' ? 'core rules only' : `runs the ${pack?.title ?? jurisdiction} pack`}`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

export const initCommand: Command = {
  name: 'init',
  summary: 'set up a policy repository: config, an example policy, workflows',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv, { dir: { type: 'string' as const }, organisation: { type: 'string' as const }, jurisdiction: { type: 'string' as const } }, usage, false,
    );
    const jurisdiction = values.jurisdiction ?? 'scotland';
    const known = [...REGISTRY.jurisdictions, 'none'];
    if (!known.includes(jurisdiction)) throw new UsageError(`--jurisdiction must be one of ${known.join(', ')}; got ${JSON.stringify(jurisdiction)}.`);
    const dir = path.resolve(io.cwd, values.dir ?? '.');
    if (!(await exists(dir))) throw new UsageError(`The folder ${values.dir} does not exist. Create it first (or run init inside it).`);
    const organisation = (values.organisation ?? path.basename(dir)).trim();
    if (!organisation || /[\u0000-\u001f]/.test(organisation)) throw new UsageError('--organisation must be a name on one line.');
    const files: [string, string][] = [
      ['policies.config.yaml', starterConfig(jurisdiction, organisation, io.today)],
      ['policies/example-policy.md', examplePolicy(io.today)],
      ['.github/workflows/policies-pr.yml', workflowTemplate('policies-pr.yml')],
      ['.github/workflows/policies-scheduled.yml', workflowTemplate('policies-scheduled.yml')],
    ];
    for (const [relative, content] of files) {
      const target = path.join(dir, relative);
      if (await exists(target)) {
        io.stdout(`skipped  ${relative} (already exists)\n`);
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, content);
      io.stdout(`created  ${relative}\n`);
    }
    io.stdout(`\nNext: adapt policies.config.yaml (committees, meeting dates, categories), add your policies to policies/, and run \`policies check\`: it also says what the register as a whole is missing (for example ${jurisdiction === 'england' ? 'an anti-social behaviour policy or a complaints self-assessment' : 'a tenant participation strategy'}).\n`);
    return 0;
  },
};
