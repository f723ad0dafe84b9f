// The labelled corpus as a regression guard: the bar the issue sets (headline recall >= 90%, precision >= 97%).
import { describe, expect, it } from 'vitest';
import { CORPUS, HELD_OUT } from '../../bench/import-eval/corpus.js';
import { evaluate, HEADLINE } from '../../bench/import-eval/run.js';

describe('import evaluation', () => {
  it.each([
    ['development set', CORPUS],
    ['second set', HELD_OUT],
  ] as const)(
    'meets the bar on the %s',
    async (_name, corpus) => {
      const e = await evaluate([...corpus]);
      const head = e.scores.filter((s) => HEADLINE.includes(s.field as never));
      const recall = head.reduce((n, s) => n + s.correct, 0) / head.reduce((n, s) => n + s.labelled, 0);
      const precision = e.scores.reduce((n, s) => n + s.correct, 0) / e.scores.reduce((n, s) => n + s.filled, 0);
      expect(recall).toBeGreaterThanOrEqual(0.9);
      expect(precision).toBeGreaterThanOrEqual(0.97);
    },
    60_000,
  );
});
