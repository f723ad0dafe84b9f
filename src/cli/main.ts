#!/usr/bin/env node
// The `policies` executable: wires the process to runCli and exits with its code.
import { runCli } from './run.js';
import { localToday } from '../util/dates.js';
import { preferShortLivedObjects } from '../util/memory.js';

preferShortLivedObjects();

// A reader that stops early (\`policies check | head\`) closes the pipe: stop quietly, as other CLI tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  today: localToday(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
process.exitCode = code;
