// `policies import`: bring an existing register in from Word, PDF, web pages, text and the review spreadsheet.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../../check.js';
import { CHECK_FORMATS } from '../../format/index.js';
import { REPORT_MARKER, reportJson, reportMarkdown } from '../../import/report.js';
import { runImport, type ImportResult } from '../../import/run.js';
import { Refusal } from '../../import/safety.js';
import { writeFileAtomic } from '../../util/write-file.js';
import { configFor } from '../command-steps.js';
import { checkFormatContext } from '../../format/context.js';
import { parseCommandArgs, requireDate, UsageError, type Command, type CliIo } from '../io.js';

const usage = `Usage: policies import <files or folders...> [options]

Read policies from .docx, .pdf, .html, .md and .txt documents (and a review spreadsheet) and write one policy file
per document, filled only from what the documents say. Existing files are never overwritten. Writes an import
report (.import-report.md and .import-report.json in the output folder), then checks the result.

Options:
  --to <folder>          where to write the policy files (default: policies)
  --register <file>      the review spreadsheet (.xlsx or .csv), one row per policy; it wins where it disagrees
  --map <pairs>          how to read its columns: "Heading=field,Heading=field" (fields: title, id, category,
                         status, owner, approving_body, adopted, approved, last_reviewed, next_review,
                         review_cycle_months, ignore)
  --dry-run              write nothing: say what would be written and print the report
  --as-of <date>         judge review dates in the check as of YYYY-MM-DD (default: today)
  --config <file>        config file for the check (default: policies.config.yaml)`;

function summary(result: ImportResult): string {
  const lines: string[] = [];
  for (const p of result.policies) {
    const from = [p.document, p.registerRow ? `register row ${p.registerRow}` : undefined].filter(Boolean).join(' + ');
    const needs = p.built.needs.length > 0 ? `; needs a person: ${p.built.needs.map((n) => n.field).join(', ')}` : '';
    const conflicts = p.merged.conflicts.length > 0 ? `; ${p.merged.conflicts.length} conflict(s) with the register` : '';
    lines.push(`${p.outcome.padEnd(11)} ${p.file}  <- ${from}${needs}${conflicts}`);
  }
  for (const r of result.refused) lines.push(`refused     ${r.file}: ${r.reason}`);
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** Write the report beside the policies, replacing only an earlier import report. */
async function writeReport(file: string, content: string, marker: string): Promise<boolean> {
  try {
    const existing = await readFile(file, 'utf8');
    if (!existing.includes(marker)) return false;
  } catch {
    // not there yet
  }
  await writeFileAtomic(file, content);
  return true;
}

async function checkOutput(
  io: CliIo,
  result: ImportResult,
  configFile: string | undefined,
  today: string,
): Promise<{ text: string; errors: number }> {
  const config = await configFor(io, configFile);
  const checked = await check({ cwd: io.cwd, config, paths: [result.to], today });
  const text = CHECK_FORMATS.stylish!(checked, checkFormatContext({ color: false }));
  return { text, errors: checked.errorCount };
}

export const importCommand: Command = {
  name: 'import',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        to: { type: 'string' as const },
        register: { type: 'string' as const },
        map: { type: 'string' as const },
        'dry-run': { type: 'boolean' as const },
        'as-of': { type: 'string' as const },
        config: { type: 'string' as const },
      },
      usage,
    );
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    if (positionals.length === 0 && !values.register)
      throw new UsageError(`Name the documents or folders to import (or a --register spreadsheet).\n\n${usage}`);
    if (values.map !== undefined && !values.register)
      throw new UsageError("--map goes with --register: it says how to read the spreadsheet's columns.");
    const to = values.to ?? 'policies';
    if (!to.trim() || /[\u0000-\u001f]/.test(to)) throw new UsageError('--to must name a folder.');
    let result: ImportResult;
    try {
      result = await runImport({
        cwd: io.cwd,
        inputs: positionals,
        to,
        dryRun: values['dry-run'] ?? false,
        ...(values.register ? { register: values.register } : {}),
        ...(values.map ? { map: values.map } : {}),
      });
    } catch (error) {
      if (error instanceof Refusal) throw new UsageError(error.message);
      throw error;
    }
    io.stdout(summary(result));
    if (result.policies.length === 0) {
      io.stderr('Nothing was imported: every file was refused (see the reasons above).\n');
      return 2;
    }
    let checkErrors = 0;
    let checkText: string | undefined;
    if (!result.dryRun) {
      const checked = await checkOutput(io, result, values.config, today);
      checkErrors = checked.errors;
      checkText = checked.text;
      const base = path.resolve(io.cwd, result.to);
      const md = reportMarkdown(result, checkText);
      const json = JSON.stringify(reportJson(result), null, 2) + '\n';
      const wroteMd = await writeReport(path.join(base, '.import-report.md'), md, REPORT_MARKER);
      const wroteJson = await writeReport(path.join(base, '.import-report.json'), json, '"policies"');
      io.stdout(
        `\nReport: ${wroteMd ? `${result.to}/.import-report.md` : '(not written: .import-report.md exists and is not an import report)'}` +
          `${wroteJson ? `, ${result.to}/.import-report.json` : ''}\n`,
      );
      io.stdout(`\nCheck of ${result.to}:\n${checkText.trim() ? checkText : 'no findings\n'}`);
    } else {
      io.stdout('\n' + reportMarkdown(result));
    }
    // Writing nothing new over a different file is not an error, but the user must know: it is in the summary.
    return result.refused.length > 0 || checkErrors > 0 ? 1 : 0;
  },
};
