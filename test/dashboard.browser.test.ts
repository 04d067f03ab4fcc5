/**
 * The dashboard as a person uses it: the built front end served by the real server on a
 * loopback port, driven by headless Chromium (playwright-core), at desktop and phone widths.
 * Assertions are on what is visible: coloured countries, pages that open, the highlighted
 * evidence, labels that change language, search results, the URL and the back button.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, hex, launchChromium } from './browser.js';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { JAPAN_FILL } from '../src/reports/palette.js';
import { createApp } from '../src/server/app.js';
import { loadAssets } from '../src/server/assets.js';
import { listen, type RunningServer } from '../src/server/serve.js';
import type { Store } from '../src/store/types.js';
import { AUS_SENTENCE, SCRIPT_SENTENCE, fixtureStore } from './server.fixture.js';

describe.skipIf(!chromiumAvailable('the dashboard tests'))('the dashboard in headless Chromium', () => {
  let browser: Browser;
  let store: Store;
  let server: RunningServer;
  let base: string;
  const dir = mkdtempSync(path.join(tmpdir(), 'koryu-dashboard-'));
  const shots = path.join(dir, 'screenshots');
  const offsite: string[] = [];
  const pageErrors: string[] = [];
  let dialogs = 0;

  beforeAll(async () => {
    await buildDashboard(path.join(dir, 'assets'));
    store = await fixtureStore();
    const app = createApp({ store, gazetteer: loadGazetteer(), assets: loadAssets(path.join(dir, 'assets')) });
    server = await listen(app, '127.0.0.1', 0);
    base = server.url.replace(/\/$/, '');
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
    if (process.env.KORYU_KEEP_SCREENSHOTS) console.log(`[koryu tests] dashboard screenshots in ${shots}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (!process.env.KORYU_KEEP_SCREENSHOTS) rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string, width = 1280, height = 800): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(base + url);
    await ready(page);
    return page;
  }
  /** The view for the current URL is drawn (main.ts marks each finished render). */
  async function ready(page: Page, after = 0): Promise<void> {
    await page.waitForFunction((n) => Number(document.body.dataset.ready ?? 0) > n, after);
    await page.evaluate(() => document.fonts.ready);
  }
  const renders = (page: Page) => page.evaluate(() => Number(document.body.dataset.ready ?? 0));
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  it('the map colours the partners by count, marks Japan, and shows small states as circles', async () => {
    const page = await open('/');
    await shot(page, 'home-1280');
    const fills = await page.$$eval('.map .hit[data-iso3]', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { iso3: el.getAttribute('data-iso3'), fill: getComputedStyle(el).fill, visible: r.width > 3 && r.height > 3 };
      }),
    );
    const coloured = fills.filter((f) => f.fill !== 'rgb(227, 227, 227)' && f.visible);
    expect(new Set(coloured.map((f) => f.iso3))).toEqual(new Set(['AUS', 'IND', 'SGP', 'USA']));
    expect(await page.$eval('.map path.japan', (el) => getComputedStyle(el).fill)).toBe(hex(JAPAN_FILL));
    expect(await page.$eval('.map circle.partner-dot[data-iso3="SGP"]', (el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(8);
    // The legend, the organizations, the timeline and the lists are there to read.
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('.orgs').textContent()).toContain('NATO');
    expect(await page.locator('.timeline .bar').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toMatch(/7件の事象/);
    await page.close();
  });

  it('clicking Australia opens its page; the back button returns to the map', async () => {
    const page = await open('/');
    const n = await renders(page);
    await page.click('.map path[data-iso3="AUS"]');
    await ready(page, n);
    expect(new URL(page.url()).pathname).toBe('/partner/AUS');
    expect(await page.locator('h1').textContent()).toContain('オーストラリア');
    expect(await page.locator('.kind-year').textContent()).toContain('2020');
    expect(await page.locator('.chips').textContent()).toContain('米国');
    await shot(page, 'partner-1280');
    const m = await renders(page);
    await page.goBack();
    await ready(page, m);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.map .hit[data-iso3="AUS"]').count()).toBe(1);
    await page.close();
  });

  it('a country is reachable by keyboard: focus it, press Enter', async () => {
    const page = await open('/');
    const n = await renders(page);
    await page.focus('.map [data-iso3="IND"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/インド/);
    await page.keyboard.press('Enter');
    await ready(page, n);
    expect(new URL(page.url()).pathname).toBe('/partner/IND');
    await page.close();
  });

  it('the event page holds the evidence sentence highlighted inside its paragraph, with its source', async () => {
    const page = await open('/event/ev-aus-talks');
    await shot(page, 'event-1280');
    expect(await page.locator('mark.evidence').textContent()).toBe(AUS_SENTENCE);
    const paragraph = await page.locator('blockquote.paragraph').textContent();
    expect(paragraph).toContain('両国の防衛協力は近年大きく進展している。');
    expect(paragraph).toContain(AUS_SENTENCE);
    expect(await page.locator('figcaption').textContent()).toContain('/corpus/paper-2021.txt');
    const box = await page.locator('mark.evidence').boundingBox();
    expect(box!.width * box!.height).toBeGreaterThan(100);
    await page.close();
  });

  it('switching to English changes the labels and keeps the state in the URL', async () => {
    const page = await open('/?highLevel=true');
    expect(await page.locator('#map-h').textContent()).toContain('相手国別の件数');
    const n = await renders(page);
    await page.click('button.lang-switch');
    await ready(page, n);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('highLevel')).toBe('true');
    expect(await page.locator('#map-h').textContent()).toContain('Events by partner');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.filters legend').first().textContent()).toBe('Period');
    expect(await page.isChecked('#filter-hl')).toBe(true);
    await shot(page, 'home-en-1280');
    await page.close();
  });

  it('a filter is a URL: ticking high-level narrows the map, and back undoes it', async () => {
    const page = await open('/');
    const before = await page.locator('.map .hit[data-iso3]').count();
    const n = await renders(page);
    await page.check('#filter-hl');
    await ready(page, n);
    expect(new URL(page.url()).searchParams.get('highLevel')).toBe('true');
    expect(await page.locator('.map .hit[data-iso3]').count()).toBeLessThan(before);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-hl');
    const m = await renders(page);
    await page.goBack();
    await ready(page, m);
    expect(new URL(page.url()).searchParams.get('highLevel')).toBeNull();
    expect(await page.locator('.map .hit[data-iso3]').count()).toBe(before);
    await page.close();
  });

  it('search finds an event by a word of its sentence, marked in the result', async () => {
    const page = await open('/');
    const n = await renders(page);
    await page.fill('#top-q', '円滑化協定');
    await page.press('#top-q', 'Enter');
    await ready(page, n);
    expect(new URL(page.url()).pathname).toBe('/search');
    expect(await page.locator('.results [data-event="ev-aus-talks"]').count()).toBe(1);
    expect(await page.locator('.results mark').first().textContent()).toBe('円滑化協定');
    await shot(page, 'search-1280');
    await page.close();
  });

  it('a <script> inside a source is shown as text and never runs', async () => {
    const page = await open('/event/ev-ind-phone');
    expect(await page.locator('mark.evidence').textContent()).toBe(SCRIPT_SENTENCE);
    expect(await page.locator('main script').count()).toBe(0);
    const searched = await open(`/search?q=${encodeURIComponent('<script>')}`);
    expect(await searched.locator('.results mark').first().textContent()).toBe('<script>');
    expect(dialogs).toBe(0);
    await page.close();
    await searched.close();
  });

  it('reads on a 390-px phone: nothing wider than the screen, the map visible, filters folded', async () => {
    for (const url of ['/', '/partner/AUS', '/event/ev-aus-talks', '/search?q=%E8%A8%93%E7%B7%B4']) {
      const page = await open(url, 390, 844);
      const name = url === '/' ? 'home' : url.split('/')[1].replace(/\?.*/, '');
      await shot(page, `${name}-390`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
      if (url === '/') {
        const map = await page.locator('.map svg').boundingBox();
        expect(map!.width).toBeGreaterThan(300);
        expect(await page.locator('.filters details').getAttribute('open')).toBeNull();
      }
      await page.close();
    }
  });

  it('loads nothing from another host, and throws no script error', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
