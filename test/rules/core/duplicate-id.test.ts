// core/duplicate-id: each policy has its own id.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const only = ['core/duplicate-id'];

describe('core/duplicate-id', () => {
  it('is silent when every id is different', () => {
    const files = { 'policies/a.md': policyText({ id: '"HM-01"' }), 'policies/b.md': policyText({ id: '"HM-02"' }) };
    expect(runOn(files, { today, only })).toEqual([]);
  });

  it('reports each policy sharing an id, on its id, pointing at the others', () => {
    const files = {
      'policies/a.md': policyText({ id: '"HM-01"' }),
      'policies/b.md': policyText({ id: '"HM-01"' }),
      'policies/c.md': policyText({ id: '"HM-02"' }),
    };
    const messages = runOn(files, { today, only });
    expect(summary(messages)).toEqual(['policies/a.md:2 core/duplicate-id', 'policies/b.md:2 core/duplicate-id']);
    expect(messages.map((m) => m.messageId)).toEqual(['duplicate', 'duplicate']);
    const onA = messages.find((m) => m.file === 'policies/a.md')!;
    expect(onA.message).toContain('The id HM-01 is also used by policies/b.md');
    expect(onA.related?.[0]).toMatchObject({ file: 'policies/b.md', line: 2 });
  });

  it('treats ids that differ only in case or spacing as different ids (they are written as the association writes them)', () => {
    const files = { 'policies/a.md': policyText({ id: '"HM 01"' }), 'policies/b.md': policyText({ id: '"HM-01"' }) };
    expect(runOn(files, { today, only })).toEqual([]);
  });
});
