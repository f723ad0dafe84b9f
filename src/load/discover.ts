// Find the policy files under the paths a user named, safely: no following links out of the tree, no loops.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compileGlobs } from '../util/glob.js';
import { resolveInside } from '../util/paths.js';

export interface DiscoveredFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the working directory, with forward slashes. */
  file: string;
}

export interface DiscoveryProblem {
  file: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface Discovery {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
}

export interface DiscoverOptions {
  cwd: string;
  /** Glob patterns (relative to cwd) of files to leave out. */
  exclude?: readonly string[];
  /**
   * The repository: the folder that holds the config (or cwd without one). A named file or folder whose real path
   * (through any symbolic link) lies outside it is reported and never read.
   */
  root?: string;
}

export const DEFAULT_EXCLUDE = ['**/README.md', '**/node_modules/**'];

/** Thrown for a path the user named that does not exist: the CLI turns it into exit 2. */
export class MissingPathError extends Error {
  constructor(readonly userPath: string) {
    super(`No such file or folder: ${userPath}`);
  }
}

export function toDisplayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

const isMarkdown = (name: string) => /\.(md|markdown)$/i.test(name);

export async function discover(paths: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const { cwd } = options;
  // Not picomatch: its expressions backtrack, and a crafted pattern with a crafted file name could stall the check.
  const excluded = compileGlobs(options.exclude ?? DEFAULT_EXCLUDE);
  const files = new Map<string, DiscoveredFile>();
  const problems: DiscoveryProblem[] = [];

  for (const userPath of paths) {
    const absolute = path.resolve(cwd, userPath);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new MissingPathError(userPath);
    }
    const inside = resolveInside(options.root ?? cwd, absolute);
    if (!inside.ok) {
      // The real path is not named: it may be somewhere a pull request should not learn about.
      problems.push({
        file: toDisplayPath(cwd, absolute),
        severity: 'error',
        message: `${info.isDirectory() ? 'This folder' : 'This file'} lies outside the repository (the folder that holds policies.config.yaml, or the current folder without one), or is reached through a symbolic link that leads outside it, so it was not read. Name a path inside the repository, or run policy-tracker from the repository that holds it.`,
      });
      continue;
    }
    // Links may point anywhere inside the folder the user named (or the working directory), never outside it.
    const root = info.isDirectory() ? inside.real : await realpath(cwd);
    if (info.isDirectory()) await walk(absolute, root, true);
    else addFile(absolute);
  }

  function addFile(absolute: string, file = toDisplayPath(cwd, absolute)) {
    if (!files.has(absolute)) files.set(absolute, { absolute, file });
  }

  async function walk(dir: string, root: string, top: boolean): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({
        file: toDisplayPath(cwd, dir),
        severity: 'error',
        message: `This folder could not be read (${codeOf(error)}). Check its permissions.`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // The folder's display path once, not each file's (a register folder holds thousands).
    const folder = toDisplayPath(cwd, dir);
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const display = folder === '.' ? entry.name : `${folder}/${entry.name}`;
      if (entry.name.startsWith('.') || excluded(display)) continue;
      if (entry.isSymbolicLink()) {
        await followLink(absolute, display, root);
      } else if (entry.isDirectory()) {
        await walk(absolute, root, false);
      } else if (entry.isFile() && isMarkdown(entry.name)) {
        addFile(absolute, display);
      }
    }
    void top;
  }

  async function followLink(absolute: string, display: string, root: string) {
    if (!isMarkdown(absolute)) {
      let target;
      try {
        target = await stat(absolute);
      } catch {
        return;
      }
      if (target.isDirectory()) {
        problems.push({
          file: display,
          severity: 'warning',
          message:
            'This is a symbolic link to a folder; policy-tracker does not follow linked folders. Name the folder itself if its policies belong in the register.',
        });
      }
      return;
    }
    let real;
    try {
      real = await realpath(absolute);
    } catch (error) {
      const code = codeOf(error);
      problems.push({
        file: display,
        severity: 'error',
        message:
          code === 'ELOOP'
            ? 'This symbolic link loops back on itself, so it cannot be read. Replace it with the policy file.'
            : 'This symbolic link points to a file that does not exist. Remove the link or restore the file.',
      });
      return;
    }
    if (real !== root && !real.startsWith(root + path.sep)) {
      problems.push({
        file: display,
        severity: 'error',
        message:
          'This symbolic link points outside the register, so it was not read. Copy the policy into the register instead of linking to it.',
      });
      return;
    }
    const target = await lstat(real);
    if (target.isFile()) addFile(absolute);
  }

  return { files: [...files.values()].sort(byFile), problems };
}

/**
 * Of `candidates` (absolute paths), those `discover(paths)` would find, without walking every folder: a candidate is
 * found when it lies in one of the folders, no folder on the way or the file itself is hidden (a name starting with
 * `.`) or excluded, no folder on the way is a symbolic link, and it is a regular Markdown file. `undefined` when a
 * candidate is itself a symbolic link, or a path is not a folder: then only the walk decides, and the caller walks.
 * `check --changed` asks about a few files of a large register.
 */
export async function discoverAmong(
  paths: readonly string[],
  candidates: Iterable<string>,
  options: DiscoverOptions,
): Promise<DiscoveredFile[] | undefined> {
  const { cwd } = options;
  const excluded = compileGlobs(options.exclude ?? DEFAULT_EXCLUDE);
  const folders: string[] = [];
  for (const userPath of paths) {
    const absolute = path.resolve(cwd, userPath);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new MissingPathError(userPath);
    if (!info.isDirectory()) return undefined;
    if (!resolveInside(options.root ?? cwd, absolute).ok) return undefined;
    folders.push(absolute);
  }
  /** Whether the walk would reach `candidate` from `folder`; undefined when the candidate is a link (the walk decides). */
  const reached = async (folder: string, candidate: string): Promise<boolean | undefined> => {
    let at = folder;
    for (const name of path.relative(folder, candidate).split(path.sep)) {
      at = path.join(at, name);
      const info = await lstat(at).catch(() => undefined);
      if (!info || name.startsWith('.') || excluded(toDisplayPath(cwd, at))) return false;
      if (info.isSymbolicLink()) return at === candidate ? undefined : false;
      if (at === candidate ? !info.isFile() : !info.isDirectory()) return false;
    }
    return true;
  };
  const found: DiscoveredFile[] = [];
  for (const candidate of new Set(candidates)) {
    const folder = folders.find((f) => candidate.startsWith(f + path.sep));
    if (!folder || !isMarkdown(candidate)) continue;
    const walkReaches = await reached(folder, candidate);
    if (walkReaches === undefined) return undefined;
    if (walkReaches) found.push({ absolute: candidate, file: toDisplayPath(cwd, candidate) });
  }
  return found.sort(byFile);
}

const byFile = (a: DiscoveredFile, b: DiscoveredFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'unknown error';
}
