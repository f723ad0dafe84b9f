// `policies init`: set up an association's own policy repository in one step, never overwriting anything.
import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { configTemplate, examplePolicy, workflowTemplate } from '../../init/files.js';
import { siteWorkflow, SITE_WORKFLOW_FILE } from '../../site/workflow.js';
import { writeFileAtomic } from '../../util/write-file.js';
import { parseCommandArgs, UsageError, type Command } from '../io.js';

const usage = `Usage: policies init [options]

Set up a policy repository: policies.config.yaml to adapt, one example policy in policies/, and the GitHub
workflows that check pull requests and scan the register weekly. Existing files are never overwritten.

Options:
  --dir <folder>          where to set up (default: the current folder)
  --organisation <name>   the association's name (default: the folder's name)
  --pages                 also write .github/workflows/policies-site.yml, which publishes the public policies to
                          GitHub Pages on every merge to main (see \`policies site\`)`;

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
    const { values } = parseCommandArgs(argv, { dir: { type: 'string' as const }, organisation: { type: 'string' as const }, pages: { type: 'boolean' as const } }, usage, false);
    const dir = path.resolve(io.cwd, values.dir ?? '.');
    if (!(await exists(dir))) throw new UsageError(`The folder ${values.dir} does not exist. Create it first (or run init inside it).`);
    const organisation = (values.organisation ?? path.basename(dir)).trim();
    if (!organisation || /[\u0000-\u001f]/.test(organisation)) throw new UsageError('--organisation must be a name on one line.');
    const files: [string, string][] = [
      ['policies.config.yaml', configTemplate(organisation, io.today)],
      ['policies/example-policy.md', examplePolicy(io.today)],
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
      await writeFileAtomic(target, content);
      io.stdout(`created  ${relative}\n`);
    }
    io.stdout(`\nNext: adapt policies.config.yaml (committees, meeting dates, categories), add your policies to policies/, and run \`policies check\`: it also says what the register as a whole is missing (for example a tenant participation strategy).\n`);
    return 0;
  },
};
