// The CLI's commands, in the order `policies --help` lists them.
import type { Command } from '../io.js';
import { calendarCommand } from './calendar.js';
import { checkCommand } from './check.js';
import { diffCommand, historyCommand } from './history.js';
import { initCommand } from './init.js';
import { reportCommand } from './report.js';
import { rulesCommand } from './rules.js';
import { siteCommand } from './site.js';

export const COMMANDS: readonly Command[] = [checkCommand, calendarCommand, reportCommand, historyCommand, diffCommand, siteCommand, rulesCommand, initCommand];
