// `policies import`: find the documents, read each (refusing the ones that cannot be read safely), extract their
// metadata, merge the register spreadsheet, build the policy files, and write them (never over an existing file).
import { lstat, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPolicies, slug, type BuiltPolicy } from './build.js';
import { extract } from './extract.js';
import { merge, type MergedPolicy } from './merge.js';
import { DOCUMENT_EXTENSIONS, readDocument } from './read/index.js';
import { readRegisterSheet, type Sheet } from './register-sheet.js';
import { Refusal } from './safety.js';
import type { Extracted, ReadDocument } from './types.js';

export interface ImportOptions {
  cwd: string;
  inputs: string[];
  /** Output folder, relative to cwd. */
  to: string;
  register?: string;
  map?: string;
  dryRun: boolean;
}

export type WriteOutcome = 'written' | 'would write' | 'unchanged' | 'exists';

export interface ImportedPolicy {
  /** Output file, relative to cwd, with forward slashes. */
  file: string;
  outcome: WriteOutcome;
  document?: string;
  registerRow?: number;
  built: BuiltPolicy;
  merged: MergedPolicy;
}

export interface ImportResult {
  policies: ImportedPolicy[];
  refused: { file: string; reason: string }[];
  sheet?: Sheet;
  to: string;
  dryRun: boolean;
}

function display(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolute).split(path.sep).join('/');
}

/** The documents named: files as given, folders searched (hidden entries and links skipped), in a stable order. */
async function findInputs(
  cwd: string,
  inputs: string[],
  skip: Set<string>,
): Promise<{ files: string[]; refused: ImportResult['refused'] }> {
  const files: string[] = [];
  const refused: ImportResult['refused'] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name.startsWith('~$') || skip.has(absolute)) continue;
      if (entry.isDirectory()) await walk(absolute);
      else if (entry.isFile() && (DOCUMENT_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase()))
        files.push(absolute);
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await lstat(absolute);
    } catch {
      refused.push({ file: input, reason: 'it does not exist.' });
      continue;
    }
    if (info.isSymbolicLink()) refused.push({ file: input, reason: 'it is a symbolic link; name the file it points to.' });
    else if (info.isDirectory()) await walk(absolute);
    else files.push(absolute);
  }
  return { files: [...new Set(files)], refused };
}

/** The file name for each policy: its title (or reference) as a slug, made unique in the run in a stable way. */
function fileNames(built: BuiltPolicy[]): string[] {
  const used = new Set<string>();
  return built.map((b, i) => {
    const base = slug(b.title ?? '') || slug(b.id ?? '') || `policy-${i + 1}`;
    let name = base;
    if (used.has(name) && b.id) name = `${base}-${slug(b.id)}`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return `${name}.md`;
  });
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const toDir = path.resolve(options.cwd, options.to);
  const refused: ImportResult['refused'] = [];
  let sheet: Sheet | undefined;
  const skip = new Set<string>([toDir]);
  if (options.register) {
    const registerPath = path.resolve(options.cwd, options.register);
    skip.add(registerPath);
    try {
      sheet = await readRegisterSheet(registerPath, options.register, options.map);
    } catch (error) {
      if (error instanceof Refusal && /^--map/.test(error.message)) throw error;
      refused.push({ file: options.register, reason: reason(error) });
    }
  }
  const found = await findInputs(options.cwd, options.inputs, skip);
  refused.push(...found.refused);
  const documents: { doc: ReadDocument; fields: Extracted }[] = [];
  for (const file of found.files) {
    const name = display(options.cwd, file);
    try {
      const doc = await readDocument(file, name);
      documents.push({ doc, fields: extract(doc) });
    } catch (error) {
      refused.push({ file: name, reason: reason(error) });
    }
  }
  const merged = merge(documents, sheet);
  const built = buildPolicies(merged);
  const names = fileNames(built);
  if (!options.dryRun && built.length > 0) await mkdir(toDir, { recursive: true });
  const realTo = options.dryRun || built.length === 0 ? toDir : await realpath(toDir);
  const policies: ImportedPolicy[] = [];
  for (let i = 0; i < built.length; i++) {
    const target = path.join(realTo, names[i]!);
    // The name is a slug, so it cannot leave the folder; checked again here because this is the one place that writes.
    if (path.dirname(target) !== realTo) throw new Error(`internal: ${names[i]} would be written outside ${options.to}`);
    const outcome = options.dryRun ? await wouldWrite(target, built[i]!.content) : await writeNew(target, built[i]!.content);
    const m = merged[i]!;
    policies.push({
      file: display(options.cwd, path.join(toDir, names[i]!)),
      outcome,
      built: built[i]!,
      merged: m,
      ...(m.document ? { document: m.document.file } : {}),
      ...(m.row ? { registerRow: m.row.row } : {}),
    });
  }
  return {
    policies,
    refused: refused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    ...(sheet ? { sheet } : {}),
    to: display(options.cwd, toDir),
    dryRun: options.dryRun,
  };
}

async function wouldWrite(target: string, content: string): Promise<WriteOutcome> {
  try {
    return (await readFile(target, 'utf8')) === content ? 'unchanged' : 'exists';
  } catch {
    return 'would write';
  }
}

/** Create the file; never replace one. The same content already there is "unchanged" (a re-run), else "exists". */
async function writeNew(target: string, content: string): Promise<WriteOutcome> {
  try {
    await writeFile(target, content, { flag: 'wx' });
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      return (await readFile(target, 'utf8')) === content ? 'unchanged' : 'exists';
    } catch {
      return 'exists';
    }
  }
}

function reason(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'it cannot be read (permission denied).';
  if (code === 'ENOENT') return 'it does not exist.';
  return `it could not be read (${(error as Error).message?.split('\n')[0] ?? 'unknown error'}).`;
}
