// `policies init`: set up an association's own policy repository in one step, never overwriting anything.
import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { configTemplate, examplePolicy, participationStrategy, workflowTemplate } from '../../init/files.js';
import { existingEntry, kindOf, writeFileAtomic } from '../../util/write-file.js';
import { isWithin, realDestination, realFolder } from '../../util/paths.js';
import { visibleControls } from '../../format/types.js';
import { siteWorkflow, SITE_WORKFLOW_FILE } from '../../site/workflow.js';
import { REGISTRY } from '../../rules/index.js';
import { parseCommandArgs, UsageError, type Command } from '../io.js';

const usage = `Usage: policy-tracker init [options]

Set up a policy repository: policies.config.yaml to adapt, an example policy and a tenant participation strategy
record in policies/, and the GitHub workflows that check pull requests and scan the register weekly (they run the
policy-tracker that package.json pins). Existing files are never overwritten.

Options:
  --dir <folder>          where to set up (default: the current folder)
  --organisation <name>   the association's name (default: the folder's name)
  --jurisdiction <name>   ${[...REGISTRY.jurisdictions, 'none'].join(', ')}: the rule pack the config turns on (default: scotland)
  --pages                 also write .github/workflows/policies-site.yml, which publishes the public policies to
                          GitHub Pages on every merge to main (see \`policies site\`)`;

/** The starting config: the jurisdiction's pack writes its own; otherwise the general one, with the jurisdiction set. */
function starterConfig(jurisdiction: string, organisation: string, today: string): string {
  const pack = REGISTRY.packs.find((p) => p.jurisdiction === jurisdiction);
  if (pack?.starterConfig) return pack.starterConfig(organisation, today);
  const general = configTemplate(organisation, today);
  if (jurisdiction === 'scotland') return general;
  return general.replace(
    /^jurisdiction: .*$/m,
    `jurisdiction: ${jurisdiction}          # ${jurisdiction === 'none' ? 'core rules only' : `runs the ${pack?.title ?? jurisdiction} pack`}`,
  );
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
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      {
        dir: { type: 'string' as const },
        organisation: { type: 'string' as const },
        jurisdiction: { type: 'string' as const },
        pages: { type: 'boolean' as const },
      },
      usage,
      false,
    );
    const jurisdiction = values.jurisdiction ?? 'scotland';
    const known = [...REGISTRY.jurisdictions, 'none'];
    if (!known.includes(jurisdiction))
      throw new UsageError(`--jurisdiction must be one of ${known.join(', ')}; got ${JSON.stringify(jurisdiction)}.`);
    const dir = path.resolve(io.cwd, values.dir ?? '.');
    if (!(await exists(dir))) throw new UsageError(`The folder ${values.dir} does not exist. Create it first (or run init inside it).`);
    const organisation = (values.organisation ?? path.basename(dir)).trim();
    if (!organisation || /[\u0000-\u001f]/.test(organisation)) throw new UsageError('--organisation must be a name on one line.');
    const files: [string, string][] = [
      ['policies.config.yaml', starterConfig(jurisdiction, organisation, io.today)],
      ['policies/example-policy.md', examplePolicy(io.today)],
      // Scotland's s53 strategy is the one policy every RSL must have from the first day: a record to replace.
      ...(jurisdiction === 'scotland'
        ? [['policies/tenant-participation-strategy.md', participationStrategy(io.today)] as [string, string]]
        : []),
      ['.github/workflows/policies-pr.yml', workflowTemplate('policies-pr.yml')],
      ['.github/workflows/policies-scheduled.yml', workflowTemplate('policies-scheduled.yml')],
      ...(values.pages ? [[`.github/workflows/${SITE_WORKFLOW_FILE}`, siteWorkflow()] as [string, string]] : []),
    ];
    for (const [relative, content] of files) {
      const target = path.join(dir, relative);
      if (await exists(target)) {
        io.stdout(`skipped  ${relative} (already exists)\n`);
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      // A folder in the way that is a link out of the given folder, or a link or special file at the name: skipped.
      const real = realDestination(target);
      let entry;
      try {
        entry = existingEntry(target);
      } catch (error) {
        throw new UsageError(
          `Could not examine ${relative} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Check the folder's permissions.`,
        );
      }
      if (real === undefined || !isWithin(realFolder(dir), real) || (entry && !entry.isFile())) {
        io.stdout(`skipped  ${visibleControls(relative)} (${entry ? kindOf(entry) : 'a link to outside the folder'}; nothing written)\n`);
        continue;
      }
      await writeFileAtomic(target, content);
      io.stdout(`created  ${relative}\n`);
    }
    const strategy = jurisdiction === 'scotland' ? "replace the tenant participation\nstrategy's record with your own strategy's, " : '';
    io.stdout(`\nNext: adapt policies.config.yaml (committees, meeting dates, categories), ${strategy}add your policies to policies/,
and run \`npx --no-install policy-tracker check\`: it lists, as warnings until you say otherwise in the config, the
policies the register must still have. The workflows install policy-tracker with npm ci: commit package.json and
package-lock.json with policy-tracker in them (the README says how to add it).\n`);
    return 0;
  },
};
