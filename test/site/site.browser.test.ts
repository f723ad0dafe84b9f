// The published site in a real browser (Debian's chromium via playwright-core): every page passes axe at desktop and
// phone widths, search finds a policy by a word from its body with every outside request blocked, hostile text is inert.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, registerFiles } from './fixture.js';
import { runCliIn } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.xml': 'application/atom+xml',
  '.json': 'application/json',
};

describe.skipIf(!existsSync(CHROMIUM))('the published site in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  let dir = '';
  let pages: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pt-site-browser-'));
    for (const [name, text] of Object.entries(registerFiles())) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const { code } = await runCliIn(dir, ['site', '--out', '_site', '--as-of', '2026-11-24', '--no-history']);
    expect(code).toBe(0);
    const site = join(dir, '_site');
    pages = [...filesUnder(site).keys()].filter((f) => f.endsWith('.html'));
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
      const file = join(site, path);
      if (!file.startsWith(site) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page whose every request outside the loopback site is blocked and recorded. */
  async function open(width: number): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, offline: false });
    const page = await context.newPage();
    const blocked: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(`${origin}/`)) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return { page, blocked, errors };
  }

  async function axe(page: Page): Promise<string[]> {
    // The site's CSP refuses inline scripts, so axe's source is evaluated through the debugging protocol.
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const a = (
        globalThis as unknown as {
          axe: {
            run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      return a.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }

  it('every page passes axe with no violation at desktop and 390-pixel widths, with no outside request', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const width of [1280, 390]) {
      for (const name of pages) {
        const { page, blocked, errors } = await open(width);
        await page.goto(`${origin}/${name}`, { waitUntil: 'load' });
        expect(await axe(page), `${name} at ${width}px`).toEqual([]);
        expect(blocked, name).toEqual([]);
        expect(errors, name).toEqual([]);
        // Nothing scrolls sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    }
  }, 300_000);

  it('reads at 200% zoom without sideways scrolling (a 640-pixel window zoomed 2x is 320 CSS pixels)', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const name of ['index.html', 'policies/hm-01.html']) {
      await page.goto(`${origin}/${name}`);
      await page.evaluate(() => {
        (document.body.style as unknown as { zoom: string }).zoom = '2';
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
    await context.close();
  }, 60_000);

  it('search finds a policy by a word from its body with every outside request blocked', async () => {
    const { page, blocked, errors } = await open(390);
    await page.goto(`${origin}/index.html`);
    await page.getByLabel('Search the policies').fill('kelpiewhistle');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(1);
    expect(await page.locator('#search-results a').getAttribute('href')).toBe('policies/hm-01.html');
    expect(await page.locator('#search-status').textContent()).toContain('1 policy matches');
    await page.getByLabel('Search the policies').fill('INTERNAL-BODY-WORD');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('No policy matches');
    await page
      .locator('#search-results')
      .evaluate((n) => n.childElementCount)
      .then((n) => expect(n).toBe(0));
    await page.getByLabel('Search the policies').fill('kelpie');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-results a').click();
    await expect.poll(() => page.url()).toBe(`${origin}/policies/hm-01.html`);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('search works from the files opened directly (file://), with the network off', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) outside.push(r.url());
    });
    await page.goto(`file://${join(dir, '_site/index.html')}`);
    await page.getByLabel('Search the policies').fill('kelpiewhistle');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(1);
    expect(outside).toEqual([]);
    await context.close();
  }, 60_000);

  it('hostile text stays inert when the page loads and its links are clicked', async () => {
    const { page, blocked } = await open(1280);
    await page.goto(`${origin}/policies/hm-03.html`);
    for (const name of ['click me', 'raw link', 'data', 'vb']) {
      const link = page.getByText(name, { exact: true });
      if (await link.count())
        await link
          .first()
          .click({ timeout: 2000 })
          .catch(() => undefined);
    }
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main script, main iframe, main img, main svg, main style').count()).toBe(0);
    expect(blocked).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the Atom feed is well-formed XML and the policy pages print', async () => {
    const { page } = await open(1280);
    await page.goto(`${origin}/index.html`);
    const feed = readFileSync(join(dir, '_site/feed.xml'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      };
    }, feed);
    expect(parsed).toEqual({ error: 0, entries: 6 });
    await page.goto(`${origin}/policies/hm-01.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav.site')!).display)).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  }, 60_000);
});
