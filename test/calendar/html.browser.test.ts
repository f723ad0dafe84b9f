// The board-pack pages in a real browser: Debian's chromium driven by playwright-core, checked by axe-core, printed to
// A4 and read back page by page with pdf.js, and shown on a 390-pixel phone screen.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgramme } from '../../src/calendar/schedule.js';
import { loadRegister, checkRegister } from '../../src/check.js';
import { loadConfig } from '../../src/config/load.js';
import { formatCalendarHtml } from '../../src/format/calendar/html.js';
import { formatReportHtml } from '../../src/format/report/html.js';
import { parsePolicy } from '../../src/load/policy.js';
import { buildReport } from '../../src/report/report.js';
import { policyText } from '../helpers/rule-tester.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '../..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['calendar', 'busy-calendar', 'report', 'quiet-report'] as const;
type PageName = (typeof PAGES)[number];

/** The report data behind the late report page, for what its first page must show. */
let lateReport: ReturnType<typeof buildReport>;

async function examplePages(): Promise<Record<PageName, string>> {
  const loaded = await loadConfig(ROOT);
  if (!loaded.ok) throw new Error('example config invalid');
  const config = loaded.config;
  const { register } = await loadRegister({ cwd: ROOT, config });
  const programme = buildProgramme(register.policies, config, { today: '2026-12-04', from: '2027-04-01', to: '2028-03-31' });
  // A busy year: sixty reviews across the example's committees, so meetings fill, move and run over pages.
  const bodies = ['Board of Management', 'Housing Services Committee', 'Audit and Risk Committee', 'Finance Committee'];
  const many = Array.from({ length: 60 }, (_, i) =>
    parsePolicy(
      `policies/gen-${i}.md`,
      policyText({
        id: `"GEN-${String(i).padStart(3, '0')}"`,
        title: `Generated Policy Number ${i} on Estate Services and Neighbourhood Standards`,
        approving_body: bodies[i % 4],
        next_review: `2028-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      }),
    ),
  );
  const busy = buildProgramme([...register.policies, ...many], config, { today: '2027-05-01', from: '2027-04-01', to: '2029-03-31' });
  // The report when things have gone wrong: reviews overdue and the tenant participation strategy out of date.
  const late = await checkRegister({ cwd: ROOT, config, today: '2029-01-15' });
  const report = buildReport({ policies: late.loaded.register.policies, messages: late.messages, config, today: '2029-01-15' });
  lateReport = report;
  const now = await checkRegister({ cwd: ROOT, config, today: '2026-12-04' });
  const quiet = buildReport({ policies: now.loaded.register.policies, messages: now.messages, config, today: '2026-12-04' });
  return {
    calendar: formatCalendarHtml(programme),
    'busy-calendar': formatCalendarHtml(busy),
    report: formatReportHtml(report),
    'quiet-report': formatReportHtml(quiet),
  };
}

/** The lines of text on each printed A4 page, top to bottom. */
async function printedPages(page: Page): Promise<string[][]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const lines = new Map<number, string[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), item.str]);
    }
    pages.push([...lines.entries()].sort(([a], [b]) => b - a).map(([, parts]) => parts.join(' ').replace(/\s+/g, ' ').trim()));
  }
  await doc.destroy();
  return pages;
}

describe.skipIf(!existsSync(CHROMIUM))('HTML pages in Chromium', () => {
  let browser: Browser;
  let pages: Record<PageName, string>;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    pages = await examplePages();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)(
    'the %s page has no accessibility violation and no external asset',
    async (name) => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
      });
      await page.setContent(pages[name], { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        return axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
      });
      expect(result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`)).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('table caption').count()).toBe(await page.locator('table').count());
      await page.close();
    },
    60_000,
  );

  it.each(PAGES)(
    'the %s page fits a 390-pixel phone screen, with no date broken across lines',
    async (name) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.setContent(pages[name], { waitUntil: 'load' });
      const layout = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        brokenDates: [...document.querySelectorAll('time')]
          .filter((t) => t.getClientRects().length > 1 || t.getBoundingClientRect().height > 30)
          .map((t) => t.textContent),
      }));
      expect(layout.width).toBeLessThanOrEqual(390);
      expect(layout.body).toBeLessThanOrEqual(390);
      expect(layout.brokenDates).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it.each(PAGES)(
    'the %s page prints to A4 with no heading at the foot of a page and no date broken',
    async (name) => {
      const page = await browser.newPage();
      await page.setContent(pages[name], { waitUntil: 'load' });
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, caption')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      const printed = await printedPages(page);
      if (name === 'busy-calendar') expect(printed.length).toBeGreaterThan(3); // the test means something only across pages
      for (const [n, lines] of printed.entries()) {
        if (n === printed.length - 1) continue;
        // The last line of a page is never a heading or a table's caption: each travels with what it introduces.
        expect(headings, `page ${n + 1} ends with "${lines.at(-1)}"`).not.toContain(lines.at(-1));
      }
      // No ISO date is split across two printed lines ("2028-12-" at a line's end).
      for (const lines of printed) for (const line of lines) expect(line).not.toMatch(/\b\d{4}-\d{2}-(?!\d)/);
      await page.emulateMedia({ media: 'print' });
      const broken = await page.evaluate(() => [...document.querySelectorAll('time')].filter((t) => t.getClientRects().length > 1).length);
      expect(broken).toBe(0);
      await page.close();
    },
    60_000,
  );

  // This register is in a bad way (six statutory gaps, eleven overdue reviews): the first page holds the status, the
  // counts, the decisions and the graded gaps, and the overdue table, with owners, follows at the top of the second.
  it("the report's first printed page shows the status, the counts and the statutory gaps; overdue reviews with owners follow", async () => {
    const page = await browser.newPage();
    await page.setContent(pages.report, { waitUntil: 'load' });
    const [first, second] = await printedPages(page);
    const text = first!.join('\n');
    // biome-ignore lint/suspicious/noConsole: SHOW_PAGE=1 prints the page, for whoever is adjusting the layout.
    if (process.env.SHOW_PAGE) console.log(text);
    expect(text).toMatch(/Overall status: Red/);
    expect(lateReport.overdue.length).toBeGreaterThan(1);
    expect(text).toContain(`${lateReport.overdue.length} reviews overdue`);
    expect(text).toMatch(/Gaps in statute and regulatory requirements/);
    expect(text).toMatch(/no current tenant participation/);
    expect(text).toMatch(/Statute/);
    const both = `${text}\n${second!.join('\n')}`;
    expect(both).toMatch(/Overdue reviews/);
    // The first overdue review, with its owner and the meeting it is programmed for (a table row wraps over lines).
    const overdue = both.slice(both.indexOf('Overdue reviews'));
    const soonest = lateReport.overdue[0]!;
    expect(overdue).toMatch(new RegExp(`^${soonest.id} `, 'm'));
    for (const word of [...soonest.owner.split(' '), soonest.due, String(soonest.days), soonest.meeting ?? 'Not programmed'])
      expect(overdue).toContain(word);
    await page.close();
  }, 60_000);

  // Regenerates the README's screenshot: UPDATE_SCREENSHOT=1 npx vitest run test/calendar/html.browser.test.ts
  it.runIf(process.env.UPDATE_SCREENSHOT === '1')(
    'writes docs/images/calendar.png',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.setContent(pages.calendar, { waitUntil: 'load' });
      mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs/images/calendar.png'), fullPage: false });
      await page.close();
    },
    60_000,
  );
});
