// Read one policy file as text, refusing what no policy can be: huge files, binary data, invalid UTF-8.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { codeOf } from './discover.js';

/** No real policy comes near this; it keeps a stray data file from exhausting memory. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; line?: number };

/**
 * Read a policy file. Synchronous calls underneath: for thousands of small files, a promise-based file handle
 * costs more than the read itself, and the loader is busy parsing anyway.
 */
export async function readPolicyText(absolute: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  return readPolicyTextSync(absolute, maxBytes);
}

export function readPolicyTextSync(absolute: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number;
  try {
    // Non-blocking, so a FIFO (or a device that waits) opens at once and is refused below, instead of stalling.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return {
      ok: false,
      message: `The file could not be read (${codeOf(error)}). Check that it exists and that its permissions allow reading.`,
    };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      return { ok: false, message: 'This is not a regular file (it is a folder, a device, a pipe or a socket), so it was not read.' };
    if (info.size > maxBytes) {
      return {
        ok: false,
        message: `The file is ${formatBytes(info.size)}, larger than the ${formatBytes(maxBytes)} a policy may be. Split it, or move attachments out of the register.`,
      };
    }
    // Read at most one byte past the limit, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let bytesRead = 0;
    for (let n = -1; n !== 0 && bytesRead < buffer.length; ) {
      n = readSync(fd, buffer, bytesRead, buffer.length - bytesRead, bytesRead);
      bytesRead += n;
    }
    if (bytesRead > maxBytes) {
      return { ok: false, message: `The file is larger than the ${formatBytes(maxBytes)} a policy may be.` };
    }
    return decodePolicyBytes(buffer.subarray(0, bytesRead));
  } catch (error) {
    return { ok: false, message: `The file could not be read (${codeOf(error)}).` };
  } finally {
    closeSync(fd);
  }
}

export function decodePolicyBytes(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) {
    return {
      ok: false,
      message:
        'The file contains binary data (NUL bytes), so it is not a Markdown policy. Remove it from the register or save it as plain text.',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8Line(bytes);
    return {
      ok: false,
      line: at,
      message: `The file is not valid UTF-8 text (first bad byte on line ${at}). Save it as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8).`,
    };
  }
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
