import { describe, expect, it } from 'vitest';
import { endOfMonth, findDate, findFinancialYear, fromExcelSerial } from '../../src/import/dates.js';

describe('UK dates', () => {
  it.each([
    ['15th June 2021', '2021-06-15', 'day'],
    ['15 Jun 2021', '2021-06-15', 'day'],
    ['15/06/2021', '2021-06-15', 'day'],
    ['01/05/14', '2014-05-01', 'day'],
    ['Tuesday 7th June 2016', '2016-06-07', 'day'],
    ['18 JUNE 2015', '2015-06-18', 'day'],
    ['June 2021', '2021-06', 'month'],
    ['Jun-21', '2021-06', 'month'],
    ['Sept. 2024', '2024-09', 'month'],
    ['Not later than July 2025', '2025-07', 'month'],
    ['2026-03-31', '2026-03-31', 'day'],
  ])('reads %s', (text, value, precision) => {
    expect(findDate(text)).toMatchObject({ value, precision });
  });

  it('reads day first, and refuses impossible dates rather than moving them', () => {
    expect(findDate('03/04/2024')?.value).toBe('2024-04-03');
    expect(findDate('31/02/2024')).toBeUndefined();
    expect(findDate('Version 2.1')).toBeUndefined();
  });

  it('reads a financial year as due by its end, and a month as its last day', () => {
    expect(findFinancialYear('2024/25')?.value).toBe('2025-03');
    expect(findFinancialYear('2024/26')).toBeUndefined();
    expect(endOfMonth('2024-02')).toBe('2024-02-29');
    expect(fromExcelSerial(45366)?.value).toBe('2024-03-15');
  });
});
