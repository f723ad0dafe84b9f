// npm run eval:import: render the labelled corpus into real files, import them, and score each field against the
// labels: precision (of the values filled, how many are right) and recall (of the labelled values, how many were found).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract } from '../../src/import/extract.js';
import { readDocument } from '../../src/import/read/index.js';
import type { Extracted } from '../../src/import/types.js';
import { CORPUS, HELD_OUT, type Fixture, type Labels } from './corpus.js';
import { render } from './render.js';

const FIELDS: (keyof Labels)[] = [
  'title',
  'id',
  'approved',
  'next_review',
  'approving_body',
  'owner',
  'last_reviewed',
  'review_cycle_months',
  'eia_required',
  'consultation_required',
  'charter_outcomes',
  'status',
];
/** The fields the bar is set on. */
export const HEADLINE: (keyof Labels)[] = ['title', 'id', 'approved', 'next_review', 'approving_body'];

/** What the importer read, in the labels' terms. */
export function predicted(x: Extracted): Labels {
  const out: Labels = {};
  if (x.title) out.title = x.title.value;
  if (x.id) out.id = x.id.value;
  const approved = x.approved ?? x.adopted;
  if (approved) out.approved = approved.value;
  if (x.next_review) out.next_review = x.next_review.value;
  if (x.approving_body) out.approving_body = x.approving_body.value;
  if (x.owner) out.owner = x.owner.value;
  if (x.last_reviewed) out.last_reviewed = x.last_reviewed.value;
  if (x.review_cycle_months) out.review_cycle_months = x.review_cycle_months.value;
  if (x.eia_required) out.eia_required = x.eia_required.value;
  if (x.consultation_required) out.consultation_required = x.consultation_required.value;
  if (x.charter_outcomes) out.charter_outcomes = x.charter_outcomes.value;
  if (x.status) out.status = x.status.value;
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string')
    return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return a === b;
}

export interface Score {
  field: string;
  labelled: number;
  filled: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  scores: Score[];
  mistakes: { fixture: string; field: string; expected: unknown; got: unknown }[];
  documents: number;
}

export async function evaluate(corpus: Fixture[] = CORPUS): Promise<Evaluation> {
  const dir = await mkdtemp(path.join(tmpdir(), 'policies-import-eval-'));
  const counts = new Map(FIELDS.map((f) => [f, { labelled: 0, filled: 0, correct: 0 }]));
  const mistakes: Evaluation['mistakes'] = [];
  try {
    for (const fixture of corpus) {
      const file = path.join(dir, `${fixture.name}.${fixture.format}`);
      await writeFile(file, await render(fixture.doc, fixture.format));
      const got = predicted(extract(await readDocument(file, path.basename(file))));
      for (const field of FIELDS) {
        const c = counts.get(field)!;
        const want = fixture.expected[field];
        const have = got[field];
        if (want !== undefined) c.labelled++;
        if (have !== undefined) c.filled++;
        if (want !== undefined && have !== undefined && same(want, have)) c.correct++;
        else if (want !== undefined || have !== undefined)
          mistakes.push({ fixture: fixture.name, field, expected: want ?? null, got: have ?? null });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const scores = FIELDS.map((field) => {
    const c = counts.get(field)!;
    return { field, ...c, precision: c.filled ? c.correct / c.filled : 1, recall: c.labelled ? c.correct / c.labelled : 1 };
  });
  return { scores, mistakes, documents: corpus.length };
}

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

export function formatEvaluation(e: Evaluation, name: string): string {
  const lines = [
    `${name}: ${e.documents} labelled documents`,
    '',
    '| field | labelled | filled | correct | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const s of e.scores)
    lines.push(
      `| ${HEADLINE.includes(s.field as keyof Labels) ? `**${s.field}**` : s.field} | ${s.labelled} | ${s.filled} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`,
    );
  const head = e.scores.filter((s) => HEADLINE.includes(s.field as keyof Labels));
  const sum = (k: 'labelled' | 'filled' | 'correct', list: Score[]) => list.reduce((n, s) => n + s[k], 0);
  const headRecall = sum('correct', head) / sum('labelled', head);
  const allPrecision = sum('correct', e.scores) / sum('filled', e.scores);
  lines.push('', `Headline fields (bold): recall ${pct(headRecall)}. All fields: precision ${pct(allPrecision)}.`);
  if (e.mistakes.length > 0) {
    lines.push('', 'Differences:', '');
    for (const m of e.mistakes)
      lines.push(`- ${m.fixture} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
  }
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(formatEvaluation(await evaluate(CORPUS), 'Development set (the importer was tuned on it)'));
  process.stdout.write('\n' + formatEvaluation(await evaluate(HELD_OUT), 'Second set (labelled before its first run)'));
}
