import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import { parsePolicy } from '../../../src/load/policy.js';
import { buildRegister } from '../../../src/register/register.js';
import { RULES } from '../../../src/rules/index.js';
import { policyDigest, type PublicationEntry } from '../../../src/site/manifest.js';
import { configFrom, policyText } from '../../helpers/rule-tester.js';

const ID = 'core/publication-record';
const today = '2026-11-24';
// Approved 2025-03-13 (last_reviewed), public.
const text = policyText({ publication: 'public' });
const policy = () => parsePolicy('policies/a.md', text);

function entry(overrides: Partial<PublicationEntry> = {}): PublicationEntry {
  return {
    id: 'HM-01',
    title: 'Rent Arrears Policy',
    version: '2025-03-13',
    approved: '2025-03-13',
    published: '2025-03-20',
    address: 'policies/hm-01.html',
    digest: policyDigest(policy()),
    ...overrides,
  };
}

function run(options: { text?: string; entries?: PublicationEntry[] | undefined; config?: string; at?: string }) {
  const p = parsePolicy('policies/a.md', options.text ?? text);
  const publication =
    options.entries === undefined
      ? undefined
      : {
          file: 'publication-manifest.json',
          entries: options.entries,
          digests: new Map(p.data.publication === 'public' ? [[p.file, policyDigest(p)]] : []),
        };
  return runRules({
    register: buildRegister([p]),
    config: configFrom(options.config ?? ''),
    rules: RULES,
    today: options.at ?? today,
    registerFile: 'policies.config.yaml',
    ...(publication ? { publication } : {}),
  }).filter((m) => m.ruleId === ID);
}

describe('core/publication-record', () => {
  it('does not run without a manifest', () => {
    expect(run({ entries: undefined })).toEqual([]);
  });

  it('is quiet when the approved text was published within the allowed time', () => {
    expect(run({ entries: [entry()] })).toEqual([]);
    expect(run({ entries: [entry({ published: '2025-04-10' })] })).toEqual([]); // day 28
  });

  it('reports a copy published more than the allowed time after approval, with the dates', () => {
    const [m, ...rest] = run({ entries: [entry({ published: '2025-04-11' })] });
    expect(rest).toEqual([]);
    expect(m!.message).toContain(
      'approved on 2025-03-13 but published on 2025-04-11, 29 days later; the allowed time is 28 days (by 2025-04-10)',
    );
    expect(m!.severity).toBe('warning');
    expect(m!.messageId).toBe('late');
    expect(m!.line).toBe(9); // last_reviewed
  });

  it('takes the allowed time from its options', () => {
    const config = 'rules:\n  core/publication-record: [error, { within_days: 183 }]\n';
    expect(run({ entries: [entry({ published: '2025-09-01' })], config })).toEqual([]);
    const late = run({ entries: [entry({ published: '2025-09-13' })], config });
    expect(late.map((m) => [m.severity, m.message.includes('allowed time is 183 days')])).toEqual([['error', true]]);
  });

  it('reports a published copy whose digest differs from the text in the register', () => {
    const [m, ...rest] = run({ entries: [entry({ digest: `sha256:${'0'.repeat(64)}` })] });
    expect(rest).toEqual([]);
    expect(m!.messageId).toBe('digest-differs');
    expect(m!.message).toContain('is not the text in the register: its digest in publication-manifest.json differs');
  });

  it('reports a policy never published once the allowed time has passed, and not before', () => {
    const [m, ...rest] = run({ entries: [] });
    expect(rest).toEqual([]);
    expect(m!.messageId).toBe('not-published');
    expect(m!.message).toContain(
      'approved on 2025-03-13 but publication-manifest.json has no published copy of it, 621 days later (allowed: 28 days, so by 2025-04-10)',
    );
    expect(run({ entries: [], at: '2025-04-01' })).toEqual([]);
  });

  it('reports a published copy of an older version', () => {
    const [m] = run({ entries: [entry({ approved: '2015-06-11', version: '2015-06-11' })] });
    expect(m!.messageId).toBe('old-version');
    expect(m!.message).toContain('the version approved on 2015-06-11, but the text in force was approved on 2025-03-13');
  });

  it('reports a copy still published of a policy that is internal or no longer in force', () => {
    const internal = policyText({ publication: 'internal' });
    expect(run({ text: internal, entries: [entry()] }).map((m) => [m.messageId, m.message.includes('not public')])).toEqual([
      ['not-public', true],
    ]);
    const superseded = policyText({ publication: 'public', status: 'superseded' });
    expect(run({ text: superseded, entries: [entry()] }).map((m) => m.message.includes('superseded, so not in force'))).toEqual([true]);
    expect(run({ text: internal, entries: [] })).toEqual([]);
  });

  it('leaves internal policies alone', () => {
    expect(run({ text: policyText({ publication: 'internal' }), entries: [] })).toEqual([]);
    expect(run({ text: policyText({}), entries: [] })).toEqual([]);
  });
});
