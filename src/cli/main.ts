#!/usr/bin/env node
// The `policies` executable: wires the process to runCli and exits with its code.
import { runCli } from './run.js';
import { localToday } from '../util/dates.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  today: localToday(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
process.exitCode = code;
