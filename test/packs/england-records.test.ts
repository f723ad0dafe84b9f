import { describe, expect, it } from 'vitest';
import { lastPassedDeadline, lastYearEnd, submissionDeadline, withinMonths, yearLabel } from '../../src/rules/england/records.js';

describe('England records: dates', () => {
  it('finds the last financial year end', () => {
    expect(lastYearEnd('2026-12-04')).toBe('2026-03-31');
    expect(lastYearEnd('2026-03-31')).toBe('2026-03-31');
    expect(lastYearEnd('2026-03-30')).toBe('2025-03-31');
    expect(lastYearEnd('2026-12-04', '12-31')).toBe('2025-12-31');
  });

  it('labels years as landlords do', () => {
    expect(yearLabel('2026-03-31')).toBe('2025-26');
    expect(yearLabel('2000-03-31')).toBe('1999-00');
    expect(yearLabel('2025-12-31', '12-31')).toBe('2025');
  });

  it('sets the Ombudsman deadline by size', () => {
    expect(submissionDeadline('2026-03-31', 4300)).toBe('2026-09-30');
    expect(submissionDeadline('2026-03-31', 1000)).toBe('2026-09-30');
    expect(submissionDeadline('2026-03-31', 999)).toBe('2026-09-30');
    expect(submissionDeadline('2025-12-31', 999)).toBe('2026-06-30');
    expect(submissionDeadline('2025-12-31', 4300)).toBe('2026-09-30');
    expect(submissionDeadline('2026-06-30', 200)).toBe('2026-12-31');
  });

  it('finds the last deadline that has passed', () => {
    expect(lastPassedDeadline('2026-12-04', 4300)).toEqual({ deadline: '2026-09-30', yearEnd: '2026-03-31' });
    expect(lastPassedDeadline('2026-09-30', 4300)).toEqual({ deadline: '2025-09-30', yearEnd: '2025-03-31' });
    expect(lastPassedDeadline('2026-05-01', 4300)).toEqual({ deadline: '2025-09-30', yearEnd: '2025-03-31' });
  });

  it('keeps a yearly record in date for twelve months', () => {
    expect(withinMonths('2025-12-04', '2026-12-04', 12)).toBe(true);
    expect(withinMonths('2025-12-03', '2026-12-04', 12)).toBe(false);
    expect(withinMonths('2026-12-05', '2026-12-04', 12)).toBe(false);
  });
});
