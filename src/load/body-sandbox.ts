// Bounded Markdown parsing: remark runs on a thread of its own with a time and memory limit, so no crafted body
// (runs of emphasis markers, block quotes nested thousands deep, a megabyte of headings) can stall or exhaust a check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import type { BodyHeading } from './headings.js';

/** The longest one body may take to parse. Real policies take milliseconds; a megabyte of ordinary text, half a second. */
export const BODY_PARSE_TIME_LIMIT_MS = 10_000;
/** The heap one body's parse may use. A megabyte of ordinary Markdown needs well under half of it. */
export const BODY_PARSE_MEMORY_LIMIT_MB = 192;

const WORKER = new URL('./body-worker.js', import.meta.url);

export type SandboxResult<T> = { ok: true; value: T } | { ok: false; message: string };

interface Pending {
  resolve: (result: SandboxResult<unknown>) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
/** The thread is stopped once it has been idle this long, so it never keeps a finished process alive. */
const IDLE_MS = 200;
let idle: NodeJS.Timeout | undefined;

function stop(message: string): void {
  const current = worker;
  worker = undefined;
  for (const [id, job] of pending) {
    clearTimeout(job.timer);
    job.resolve({ ok: false, message });
    pending.delete(id);
  }
  void current?.terminate();
}

function start(): Worker {
  const created = new Worker(WORKER, {
    resourceLimits: { maxOldGenerationSizeMb: BODY_PARSE_MEMORY_LIMIT_MB, maxYoungGenerationSizeMb: 32 },
  });
  created.unref();
  created.on('message', ({ id, result }: { id: number; result: unknown }) => {
    const job = pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    pending.delete(id);
    job.resolve({ ok: true, value: result });
    if (pending.size === 0) {
      // A worker's message port keeps the event loop alive even when the worker is unref'd: stop it when idle.
      idle = setTimeout(() => {
        if (worker === created && pending.size === 0) stop('The sandbox was stopped.');
      }, IDLE_MS);
      idle.unref();
    }
  });
  created.on('error', (error: Error & { code?: string }) => {
    if (worker === created)
      stop(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? tooLarge('memory')
          : `The policy text could not be read (${error.code ?? 'parser failure'}).`,
      );
  });
  created.on('exit', () => {
    if (worker === created) stop('The policy text could not be read (the Markdown parser stopped).');
  });
  return created;
}

function tooLarge(what: 'time' | 'memory'): string {
  const limit = what === 'time' ? `${BODY_PARSE_TIME_LIMIT_MS / 1000} seconds` : `${BODY_PARSE_MEMORY_LIMIT_MB} MB of memory`;
  return (
    `The policy text is too complex to read: its Markdown needed more than ${limit} to parse (a real policy needs a few ` +
    'milliseconds). Look for very long runs of `*`, `_`, `[` or `>` characters, or thousands of headings, and simplify them.'
  );
}

/** Whether the sandbox thread is available (it is not when running from TypeScript sources: then parsing is direct). */
export function sandboxAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

/** One body at a time, so a slow body's time limit never counts another's wait. */
let queue: Promise<unknown> = Promise.resolve();

function parseBounded<T>(body: string, want: 'headings' | 'tree', direct: () => Promise<T>): Promise<SandboxResult<T>> {
  if (!sandboxAvailable()) return direct().then((value) => ({ ok: true, value }));
  const run = (): Promise<SandboxResult<T>> => {
    clearTimeout(idle);
    worker ??= start();
    const current = worker;
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (worker === current) stop(tooLarge('time'));
      }, BODY_PARSE_TIME_LIMIT_MS);
      pending.set(id, { resolve: resolve as Pending['resolve'], timer });
      current.postMessage({ id, body, want });
    });
  };
  const result = queue.then(run, run);
  queue = result;
  return result;
}

/** The top-level headings of a body as remark reads them, or a message when the body exceeds the limits. */
export function headingsBounded(body: string, firstLine: number): Promise<SandboxResult<BodyHeading[]>> {
  return parseBounded(body, 'headings', async () => (await import('./markdown.js')).fallbackHeadings(body, 1)).then((r) =>
    r.ok ? { ok: true, value: r.value.map((h) => ({ ...h, line: h.line + firstLine - 1 })) } : r,
  );
}

/** A body's whole tree (positions relative to the body), or a message when the body exceeds the limits. */
export function treeBounded(body: string): Promise<SandboxResult<Root>> {
  return parseBounded(body, 'tree', async () => (await import('./markdown.js')).parseBodyTree(body));
}

/** Stop the sandbox thread (tests; the thread is unref'd, so a process never waits for it). */
export function stopSandbox(): void {
  if (worker) stop('The sandbox was stopped.');
}
