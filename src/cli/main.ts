#!/usr/bin/env node
// The `policy-tracker` executable (also installed as `policies`).
import { runAsProcess } from './process.js';

await runAsProcess(process.argv.slice(2));
