// --concurrency auto: a thread for each 10,000 policies, at least one and at most one per core.
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoConcurrency, FILES_PER_THREAD } from '../../src/load/parallel.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('autoConcurrency', () => {
  it.each([
    [2, 0, 1],
    [2, 5_000, 1],
    [2, 19_999, 1],
    [2, 20_000, 2],
    [2, 100_000, 2],
    [8, 9_999, 1],
    [8, 50_000, 5],
    [8, 1_000_000, 8],
    [1, 100_000, 1],
  ])('on %i cores, %i policies: %i threads', (cores, files, threads) => {
    vi.spyOn(os, 'availableParallelism').mockReturnValue(cores);
    expect(autoConcurrency(files)).toBe(threads);
  });

  it('gives each thread at least FILES_PER_THREAD policies', () => {
    vi.spyOn(os, 'availableParallelism').mockReturnValue(64);
    for (const files of [10_000, 25_000, 123_456]) expect(files / autoConcurrency(files)).toBeGreaterThanOrEqual(FILES_PER_THREAD);
  });
});
