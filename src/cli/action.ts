#!/usr/bin/env node
// The entry action.yml runs: the command and its arguments arrive as environment variables, never through a shell.
import { actionArgv } from './action-args.js';
import { runAsProcess } from './process.js';

await runAsProcess(actionArgv(process.env.POLICIES_COMMAND, process.env.POLICIES_ARGS));
