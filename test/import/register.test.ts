// The review spreadsheet: columns named as people name them, UK dates, --map, and its merge with the documents.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldForHeading, readRegisterSheet } from '../../src/import/register-sheet.js';
import { xlsx } from './files.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-import-sheet-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('register spreadsheet', () => {
  it('maps the headings people use', () => {
    expect(['Policy', 'Ref', 'Date approved', 'Review due', 'Committee', 'Lead officer'].map(fieldForHeading)).toEqual([
      'title',
      'id',
      'approved',
      'next_review',
      'approving_body',
      'owner',
    ]);
    expect(
      ['Document', 'Our No.', 'Signed off at Board', 'Due back', 'Governance forum', 'Accountable manager'].map(fieldForHeading),
    ).toEqual(['title', 'id', 'approved', 'next_review', 'approving_body', 'owner']);
  });

  it('imports every row of a CSV with unfamiliar headings and UK dates, after a title row', async () => {
    const file = join(dir, 'schedule.csv');
    writeFileSync(
      file,
      [
        'Policy review schedule 2025/26,,,,,',
        'Document,Our No.,Signed off at Board,Due back,Governance forum,Accountable manager',
        'Rent Arrears,HM 03,13/03/2025,Mar-28,Housing Services Committee,Director of Housing Services',
        '"Complaints Handling, Customer",GOV 02,1st October 2024,October 2027,Board,Head of Customer Services',
        'Void Management,VM 01,05.03.2024,2026/27,Housing Services Committee,Voids Manager',
        ',,,,,',
        'Pets,HM 11,June 2022,June 2025,Housing Services Committee,Housing Manager',
      ].join('\r\n'),
    );
    const sheet = await readRegisterSheet(file, 'schedule.csv');
    expect(sheet.rows.map((r) => r.fields.id?.value)).toEqual(['HM 03', 'GOV 02', 'VM 01', 'HM 11']);
    expect(sheet.rows.map((r) => r.fields.approved?.value)).toEqual(['2025-03-13', '2024-10-01', '2024-03-05', '2022-06']);
    expect(sheet.rows.map((r) => r.fields.next_review?.value)).toEqual(['2028-03', '2027-10', '2027-03', '2025-06']);
    expect(sheet.rows[1]!.fields.title).toMatchObject({ value: 'Complaints Handling, Customer', source: { row: 4, column: 'Document' } });
    expect(sheet.columns.map((c) => c.how)).toEqual(['heading', 'hint', 'hint', 'hint', 'hint', 'hint']);
  });

  it('reads an .xlsx with dates stored as serial numbers, and --map overrides a heading', async () => {
    const file = join(dir, 'register.xlsx');
    writeFileSync(
      file,
      await xlsx([
        ['Policy', 'Ref', 'Date approved', 'Review due', 'Committee', 'Lead officer', 'Notes'],
        ['Rent Arrears Policy', 'HM 03', 45729, 46843, 'Housing Services Committee', 'Director of Housing Services', 'Review in 2028'],
        ['Allocations Policy', 'HM 01', 45200, 46300, 'Board', 'Housing Manager', ''],
      ]),
    );
    const sheet = await readRegisterSheet(file, 'register.xlsx');
    expect(sheet.rows[0]!.fields).toMatchObject({
      approved: { value: '2025-03-13' },
      next_review: { value: '2028-03-31' },
      approving_body: { value: 'Housing Services Committee' },
    });
    const mapped = await readRegisterSheet(file, 'register.xlsx', 'Notes=ignore,Review due=last_reviewed');
    expect(mapped.rows[0]!.fields.next_review).toBeUndefined();
    expect(mapped.rows[0]!.fields.last_reviewed?.value).toBe('2028-03-31');
    expect(mapped.columns.find((c) => c.heading === 'Review due')).toMatchObject({ field: 'last_reviewed', how: 'map' });
  });

  it('refuses a sheet with no recognisable header, a macro workbook, and a bad --map', async () => {
    const file = join(dir, 'numbers.csv');
    writeFileSync(file, '1,2,3\n4,5,6\n');
    await expect(readRegisterSheet(file, 'numbers.csv')).rejects.toThrow(/no header row/);
    writeFileSync(join(dir, 'm.xlsm'), await xlsx([['Policy', 'Ref']]));
    await expect(readRegisterSheet(join(dir, 'm.xlsm'), 'm.xlsm')).rejects.toThrow(/macro-enabled Excel/);
    await expect(readRegisterSheet(file, 'numbers.csv', 'Ref=colour')).rejects.toThrow(/"colour" is not a field/);
  });
});
