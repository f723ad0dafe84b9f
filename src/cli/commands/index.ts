// The CLI's commands, in the order `policies --help` lists them. Each command's module is loaded only when it runs:
// a command's libraries (HTML, Word and PDF readers, git) cost start-up time for every other command.
import type { Command } from '../io.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'check',
    summary: 'check policies against the schema and the rules',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'calendar',
    summary: 'the review programme by committee and meeting (ics, csv, md, html)',
    load: async () => (await import('./calendar.js')).calendarCommand,
  },
  {
    name: 'report',
    summary: "the register's state for the board (md, html, json)",
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'papers',
    summary: "a meeting's policy papers: cover sheet, changes since approval, records and findings (html, md)",
    load: async () => (await import('./papers.js')).papersCommand,
  },
  {
    name: 'approve',
    summary: "record a committee's decision: approval, review dates and status, checked before writing",
    load: async () => (await import('./approve.js')).approveCommand,
  },
  {
    name: 'new',
    summary: 'write a new draft policy with the next id, the required fields and sections',
    load: async () => (await import('./new.js')).newCommand,
  },
  {
    name: 'history',
    summary: "a policy's versions from git merged with its approval trail",
    load: async () => (await import('./history.js')).historyCommand,
  },
  {
    name: 'diff',
    summary: 'what changed in a policy since its last approval, for a board paper',
    load: async () => (await import('./history.js')).diffCommand,
  },
  {
    name: 'site',
    summary: 'the public website of the public, in-force policies, with search, feed and publication manifest',
    load: async () => (await import('./site.js')).siteCommand,
  },
  {
    name: 'rules',
    summary: 'list the rules, their packs and severities',
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  {
    name: 'init',
    summary: 'set up a policy repository: config, an example policy, workflows',
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'import',
    summary: 'bring existing policies in from Word, PDF, HTML, text and a review spreadsheet',
    load: async () => (await import('./import.js')).importCommand,
  },
];
