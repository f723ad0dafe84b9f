// `policies new`: a new draft policy from the register's conventions, written to a new file only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadRegister } from '../../check.js';
import { fileNameFor, newPolicyText, NewPolicyRefused } from '../../decisions/new-policy.js';
import { writeFileAtomic } from '../../util/write-file.js';
import { parseCommandArgs, UsageError, type Command } from '../io.js';
import { configFor } from '../command-steps.js';

const usage = `Usage: policies new --title TITLE --category CATEGORY [options]

Write a new draft policy: the next free id in the category's series, the required fields (status: draft, owner,
approving body, impact assessment and consultation records to fill in), and the sections the register requires,
each with a prompt. Writes one new file in the policy folder and never replaces one.

Options:
  --title <title>          the policy's name
  --category <category>    its category, as listed in the config
  --owner <role>           the lead officer (default: the usual owner in the category)
  --approving-body <name>  (default: the committee whose remit covers the category)
  --id <id>                instead of the next id in the series
  --file <name>            the file name (default: from the title)
  --config <file>          config file (default: policies.config.yaml)`;

export const newCommand: Command = {
  name: 'new',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      {
        title: { type: 'string' as const },
        category: { type: 'string' as const },
        owner: { type: 'string' as const },
        'approving-body': { type: 'string' as const },
        id: { type: 'string' as const },
        file: { type: 'string' as const },
        config: { type: 'string' as const },
      },
      usage,
      false,
    );
    if (!values.title || !values.category) throw new UsageError(`Give --title and --category.\n\n${usage}`);
    const config = await configFor(io, values.config);
    const { register } = await loadRegister({ cwd: io.cwd, config });
    let made;
    try {
      made = newPolicyText(
        register.policies,
        {
          title: values.title,
          category: values.category,
          ...(values.owner ? { owner: values.owner } : {}),
          ...(values['approving-body'] ? { approvingBody: values['approving-body'] } : {}),
          ...(values.id ? { id: values.id } : {}),
        },
        config,
      );
    } catch (error) {
      if (error instanceof NewPolicyRefused) throw new UsageError(`Nothing written. ${error.message}`);
      throw error;
    }
    const name = values.file ?? fileNameFor(values.title);
    if (name.includes('/') || name.includes('\\') || !name.endsWith('.md'))
      throw new UsageError(`--file ${name} must be a file name ending .md, without a folder.`);
    const folder = path.resolve(config.root, config.policies[0] ?? 'policies');
    const target = path.join(folder, name);
    if (existsSync(target)) throw new UsageError(`Nothing written: ${path.relative(io.cwd, target)} already exists. Give another --file.`);
    await writeFileAtomic(target, made.text);
    io.stdout(
      `Wrote ${path.relative(io.cwd, target).split(path.sep).join('/')}: ${made.id} ${values.title} (draft). Fill in the sections and records, then run policies check.\n`,
    );
    return 0;
  },
};
