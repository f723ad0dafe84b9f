// Wire the process to runCli: the real clock, environment and streams, and the exit code.
import { runCli } from './run.js';
import { localToday } from '../util/dates.js';
import { preferShortLivedObjects } from '../util/memory.js';

export async function runAsProcess(argv: string[]): Promise<void> {
  preferShortLivedObjects();
  // A reader that stops early (`policy-tracker check | head`) closes the pipe: stop quietly, as other CLI tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.exitCode = await runCli(argv, {
    cwd: process.cwd(),
    today: localToday(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
}
