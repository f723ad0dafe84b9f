import { describe, expect, it } from 'vitest';
import { extract, actsIn, readCycle } from '../../src/import/extract.js';
import { linesFromMarkdown } from '../../src/import/read/markdown.js';
import type { ReadDocument } from '../../src/import/types.js';

function doc(markdown: string): ReadDocument {
  return { file: 'policy.md', format: 'md', markdown, lines: linesFromMarkdown(markdown), dropped: [] };
}

describe('metadata extraction', () => {
  it('reads a cover table, each value with its line and the text it came from', () => {
    const x = extract(
      doc(`# Estate Management Policy

| Policy Name | Estate Management Policy |
| --- | --- |
| Policy Number | 014 |
| Date Adopted | 03/09/2015 |
| Last Review | 12/10/2021 |
| This Review | 08/11/2024 |
| Next Review | November 2027 |
| Equalities Impact Assessment Required | Yes |
`),
    );
    expect(x.id).toMatchObject({ value: '014', confidence: 'high', source: { file: 'policy.md', line: 5, text: 'Policy Number | 014' } });
    expect(x.adopted?.value).toBe('2015-09-03');
    expect(x.last_reviewed?.value).toBe('2024-11-08');
    expect(x.next_review?.value).toBe('2027-11');
    expect(x.eia_required?.value).toBe(true);
  });

  it('reads "Review Date" as the last review when a next review is also given, else as the next review', () => {
    const both = extract(
      doc('| Policy Name | Customer Care Policy |\n| --- | --- |\n| Review Date | May 2023 |\n| Next Review Date | May 2027 |\n'),
    );
    expect(both.last_reviewed?.value).toBe('2023-05');
    expect(both.next_review?.value).toBe('2027-05');
    const alone = extract(doc('Approved: 12/01/2023\n\nReview date: January 2026\n'));
    expect(alone.next_review?.value).toBe('2026-01');
    expect(alone.last_reviewed).toBeUndefined();
  });

  it('reads the approving body and date from "Approved by <body>: <date>"', () => {
    const x = extract(
      doc('# Rent Arrears Policy\n\nEffective Date: April 2023 Review Date: April 2026 Approved by Lochend Board: 22 March 2023\n'),
    );
    expect(x.approving_body?.value).toBe('Lochend Board');
    expect(x.approved?.value).toBe('2023-03-22');
    expect(x.next_review?.value).toBe('2026-04');
  });

  it('invents nothing for a document without metadata', () => {
    const x = extract(
      doc(
        'WESTMARCH HOUSING ASSOCIATION\n\nABANDONED PROPERTY POLICY\n\n1.1 The review of abandoned homes is done by staff. We approve nothing here.\n',
      ),
    );
    expect(x.title?.value).toBe('Abandoned Property Policy');
    expect(Object.keys(x).filter((k) => k !== 'title')).toEqual([]);
  });

  it('takes a "last updated" time stamp for nothing, and a draft mark for the status', () => {
    const x = extract(doc('(DRAFT) GLENMORVEN TENANT PARTICIPATION STRATEGY\n\nLast updated: 2.10pm, Wednesday 9th March 2022 by\n'));
    expect(x.status?.value).toBe('draft');
    expect(x.approved).toBeUndefined();
    expect(x.last_reviewed).toBeUndefined();
  });

  it('reads review cycles, Acts and Charter outcomes', () => {
    expect(readCycle('reviewed every three years')).toBe(36);
    expect(readCycle('5 yearly')).toBe(60);
    expect(readCycle('Annually')).toBe(12);
    expect(actsIn('under the Anti-social Behaviour, Crime and Policing Act 2014 and the Housing (Scotland) Act 2001')).toEqual([
      'Anti-social Behaviour, Crime and Policing Act 2014',
      'Housing (Scotland) Act 2001',
    ]);
    const x = extract(doc('| Charter outcomes | 1 Equalities, 2 Communication and 11 Tenancy Sustainment |\n| --- | --- |\n'));
    expect(x.charter_outcomes?.value).toEqual([1, 2, 11]);
  });
});
