// The board-pack pages in a real browser: Debian's chromium driven by playwright-core, checked by axe-core.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgramme } from '../../src/calendar/schedule.js';
import { loadRegister, checkRegister } from '../../src/check.js';
import { loadConfig } from '../../src/config/load.js';
import { formatCalendarHtml } from '../../src/format/calendar/html.js';
import { formatReportHtml } from '../../src/format/report/html.js';
import { buildReport } from '../../src/report/report.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '../..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const today = '2026-11-24';

async function examplePages(): Promise<Record<string, string>> {
  const loaded = await loadConfig(ROOT);
  if (!loaded.ok) throw new Error('example config invalid');
  const config = loaded.config;
  const { register } = await loadRegister({ cwd: ROOT, config });
  const programme = buildProgramme(register.policies, config, { today, from: '2028-04-01', to: '2029-03-31' });
  const checked = await checkRegister({ cwd: ROOT, config, today: '2028-11-30' });
  const report = buildReport({ policies: checked.loaded.register.policies, messages: checked.messages, config, today: '2028-11-30' });
  return { calendar: formatCalendarHtml(programme), report: formatReportHtml(report) };
}

describe.skipIf(!existsSync(CHROMIUM))('HTML pages in Chromium', () => {
  let browser: Browser;
  let pages: Record<string, string>;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    pages = await examplePages();
  }, 60_000);
  afterAll(async () => { await browser?.close(); });

  it.each(['calendar', 'report'])('the %s page has no serious or critical accessibility violations', async (name) => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
    await page.setContent(pages[name]!, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    expect(serious).toEqual([]);
    expect(requests).toEqual([]); // no external assets
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('table caption').count()).toBe(await page.locator('table').count());
    await page.close();
  }, 60_000);

  it('prints: the page renders to PDF with the tables in print media', async () => {
    const page = await browser.newPage();
    await page.setContent(pages.calendar!, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('tbody tr:nth-child(2)')!).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);

  // Regenerates the README's screenshot: UPDATE_SCREENSHOT=1 npx vitest run test/calendar/html.browser.test.ts
  it.runIf(process.env.UPDATE_SCREENSHOT === '1')('writes docs/images/calendar.png', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent(pages.calendar!, { waitUntil: 'load' });
    mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/images/calendar.png'), fullPage: false });
    await page.close();
  }, 60_000);
});
