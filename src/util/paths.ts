// One rule for every path policy-tracker reads or writes: resolved through links, it stays inside the repository.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Whether `child` is `folder` itself or lies inside it (both absolute, already resolved). */
export function isWithin(folder: string, child: string): boolean {
  const relative = path.relative(folder, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

export type Resolved = { ok: true; real: string } | { ok: false; reason: 'missing' | 'loop' | 'outside' | 'unreadable' };

/** The real path of a folder, or the folder as given when it cannot be resolved (it is then compared as written). */
export function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/**
 * Resolve `target` through every symbolic link (in the file name and in the folders above it) and accept it only
 * when the real path lies inside the real path of `root`. Nothing outside is ever opened: the caller reads `real`.
 */
export function resolveInside(root: string, target: string): Resolved {
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ELOOP' ? 'loop' : code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  }
  return isWithin(realFolder(root), real) ? { ok: true, real } : { ok: false, reason: 'outside' };
}

/**
 * Where a file that may not exist yet would really be written: its folder resolved through links, plus its name.
 * Undefined when the folder does not exist.
 */
export function realDestination(target: string): string | undefined {
  try {
    return path.join(realpathSync(path.dirname(target)), path.basename(target));
  } catch {
    return undefined;
  }
}
