// Dispatch a command line to its command; map every outcome to an exit code (0 ok, 1 findings, 2 could not run).
import { MissingPathError } from '../load/discover.js';
import { PolicyChangedError } from '../load/policy.js';
import { GitError } from '../git/errors.js';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { UsageError, type CliIo } from './io.js';
import { ConfigError, formatConfigProblems } from './command-steps.js';
import { visibleControls } from '../format/types.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `policy-tracker ${VERSION}: a social landlord's policy register as code.

Usage: policy-tracker <command> [options]   (also installed as \`policies\`)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`policy-tracker <command> --help\` for a command's options.
Exit codes: 0 no errors, 1 errors found, 2 the tool could not do its job.
`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`Unknown command "${visibleControls(name)}".\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  // Every command answers --help the same way, before it looks at anything else.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // Each line made safe on its own: a value with a line break cannot start a line of its own that acts.
      io.stderr(`policies ${command.name}: ${error.message.split('\n').map(visibleControls).join('\n')}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`policies ${command.name}: the configuration cannot be used:\n${formatConfigProblems(error.problems)}`);
      return 2;
    }
    if (error instanceof GitError || error instanceof PolicyChangedError) {
      io.stderr(`policies ${command.name}: ${visibleControls(error.message)}\n`);
      return 2;
    }
    if (error instanceof MissingPathError) {
      io.stderr(`policies ${command.name}: ${visibleControls(error.message)}. Check the path, or run from the repository root.\n`);
      return 2;
    }
    io.stderr(
      `policies ${command.name}: this is a bug in policy-tracker; please report it with the output below.\n${String(
        (error as Error)?.stack ?? error,
      )
        .split('\n')
        .map(visibleControls)
        .join('\n')}\n`,
    );
    return 2;
  }
}
