// The CLI's commands, in the order `policies --help` lists them.
import type { Command } from '../io.js';
import { approveCommand } from './approve.js';
import { calendarCommand } from './calendar.js';
import { checkCommand } from './check.js';
import { diffCommand, historyCommand } from './history.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { newCommand } from './new.js';
import { papersCommand } from './papers.js';
import { reportCommand } from './report.js';
import { rulesCommand } from './rules.js';
import { siteCommand } from './site.js';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  calendarCommand,
  reportCommand,
  papersCommand,
  approveCommand,
  newCommand,
  historyCommand,
  diffCommand,
  siteCommand,
  rulesCommand,
  initCommand,
  importCommand,
];
