// The example register shows the board secretary's year on the day it was written (2026-12-04) and stays free of
// errors for a year after.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgramme } from '../../src/calendar/schedule.js';
import { checkRegister } from '../../src/check.js';
import { loadConfig } from '../../src/config/load.js';

const ROOT = join(import.meta.dirname, '../..');

async function example() {
  const loaded = await loadConfig(ROOT);
  if (!loaded.ok) throw new Error('example config invalid');
  return loaded.config;
}

describe('the example register', () => {
  it.each(['2026-12-04', '2027-06-01', '2027-12-04'])('has no errors as of %s', async (today) => {
    const config = await example();
    const { messages } = await checkRegister({ cwd: ROOT, config, today });
    expect(messages.filter((m) => m.severity === 'error').map((m) => `${m.file}: ${m.message}`)).toEqual([]);
  });

  it("has next year's reviews at several meetings of several committees, none unplaced", async () => {
    const config = await example();
    const { loaded } = await checkRegister({ cwd: ROOT, config, today: '2026-12-04' });
    const programme = buildProgramme(loaded.register.policies, config, { today: '2026-12-04', from: '2027-04-01', to: '2028-03-31' });
    const meetings = programme.meetings.filter((m) => m.reviews.length);
    expect(meetings.length).toBeGreaterThanOrEqual(5);
    expect(new Set(meetings.map((m) => m.committee)).size).toBeGreaterThanOrEqual(3);
    expect(programme.unscheduled).toEqual([]);
    const after = buildProgramme(loaded.register.policies, config, { today: '2026-12-04', from: '2028-04-01', to: '2029-03-31' });
    expect(after.meetings.filter((m) => m.reviews.length).length).toBeGreaterThanOrEqual(3);
  });
});
