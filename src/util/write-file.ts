// Write an output file whole or not at all: a temporary file beside it, renamed into place. Only a regular file
// (or a new one) is ever replaced: never a device, a FIFO, a socket, a folder or whatever a symbolic link names.
import { randomBytes } from 'node:crypto';
import { lstatSync, unlinkSync, type Stats } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The target exists and is not a regular file: nothing was written. */
export class NotARegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`is ${kind}, not a regular file`);
  }
}

export function kindOf(info: Stats): string {
  return info.isSymbolicLink()
    ? 'a symbolic link'
    : info.isDirectory()
      ? 'a folder'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : info.isFIFO()
          ? 'a named pipe (FIFO)'
          : info.isSocket()
            ? 'a socket'
            : 'not a regular file';
}

/** What is at `target` now, without following a link: undefined when nothing is. */
export function existingEntry(target: string): Stats | undefined {
  try {
    return lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Temporary files being written, removed if the process is interrupted (Ctrl-C, a CI job cancelled). */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removePending);
  // The default action again: the process ends as the signal meant it to.
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', removePending);
  }
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.removeListener('exit', removePending);
  }
}

export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const existing = existingEntry(target);
  if (existing && !existing.isFile()) throw new NotARegularFileError(kindOf(existing));
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  track(temp);
  try {
    // 'wx': the temporary name is new, so no link planted there is followed.
    const handle = await open(temp, 'wx', 0o666);
    try {
      await handle.writeFile(content);
      // An existing file keeps its permissions (a report kept private stays private).
      if (existing) await handle.chmod(existing.mode & 0o7777);
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    untrack(temp);
  }
}
