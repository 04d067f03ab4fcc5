/**
 * The reports as a reader sees them: rendered by headless Chromium (Debian's `chromium`, driven
 * by playwright-core), asserting on what is visible — computed fills, bounding boxes, fonts,
 * links that lead somewhere. One browser for the whole file (the machine has two cores).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, hex, launchChromium } from './browser.js';
import { renderAllReports } from '../src/reports/index.js';
import { BIN_FILLS } from '../src/reports/views/high-level.js';
import { FIXTURE_EVENTS, standInGazetteer } from './reports.fixture.js';

describe.skipIf(!chromiumAvailable('the browser rendering tests'))('reports in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(path.join(tmpdir(), 'koryu-reports-'));
  const shots = path.join(dir, 'screenshots');

  beforeAll(async () => {
    for (const lang of ['ja', 'en'] as const) {
      const out = path.join(dir, lang);
      mkdirSync(out, { recursive: true });
      for (const f of renderAllReports(FIXTURE_EVENTS, standInGazetteer, { lang })) writeFileSync(path.join(out, f.file), f.content);
    }
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (process.env.KORYU_KEEP_SCREENSHOTS) console.log(`[koryu tests] report screenshots in ${shots}`);
  });
  afterAll(async () => {
    await browser?.close();
    // Keep the pages and screenshots for a look when asked to.
    if (!process.env.KORYU_KEEP_SCREENSHOTS) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (file: string, lang = 'ja') => {
    await page.goto(pathToFileURL(path.join(dir, lang, file)).href);
    await page.evaluate(() => document.fonts.ready);
  };
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });

  it('high-level: the map fills each partner in its bin, with legend, Japan and organizations visible', async () => {
    await open('high-level.html');
    await shot('high-level');
    const partners = await page.$$eval('svg [data-bin]', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { iso3: el.getAttribute('data-iso3'), bin: el.getAttribute('data-bin'), fill: getComputedStyle(el).fill, w: r.width, h: r.height };
      }),
    );
    const byBin: Record<string, string[]> = {};
    for (const p of partners) {
      expect(p.fill, `${p.iso3} is filled with its bin's colour`).toBe(hex(BIN_FILLS[Number(p.bin)]));
      if (p.w > 0 && p.h > 0) (byBin[p.bin!] ??= []).includes(p.iso3!) || byBin[p.bin!].push(p.iso3!);
    }
    for (const list of Object.values(byBin)) list.sort();
    expect(byBin).toEqual({ '5': ['AUS'], '3': ['IND'], '2': ['GBR'], '1': ['FRA', 'SGP', 'TON'] });
    // Small states are drawn as circles large enough to see.
    const dots = await page.$$eval('svg circle.partner-dot', (els) => els.map((el) => [el.getAttribute('data-iso3'), el.getBoundingClientRect().width]));
    expect(Object.fromEntries(dots)).toMatchObject({ SGP: expect.any(Number), TON: expect.any(Number) });
    for (const [, w] of dots) expect(w as number).toBeGreaterThanOrEqual(5);
    const legend = await page.locator('svg .legend').boundingBox();
    expect(legend!.width).toBeGreaterThan(50);
    await expect(page.locator('svg .legend').textContent()).resolves.toContain('5回以上');
    const japan = await page.locator('svg .japan-mark text').boundingBox();
    expect(japan!.width).toBeGreaterThan(10);
    const orgs = await page.locator('svg .organizations').textContent();
    expect(orgs).toContain('NATO (1)');
    expect(orgs).toContain('EU (1)');
    await expect(page.locator('svg title').first().textContent()).resolves.toBe('ハイレベルの交流実績（2020.4～2021.3）');
  });

  it('renders Japanese with a CJK font: no tofu, every text has a width', async () => {
    await open('high-level.html');
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK JP"'))).toBe(true);
    // A CJK glyph is about one em wide in a CJK font; the replacement box of a missing glyph is narrower.
    const widths = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = `16px 'Noto Sans CJK JP', 'Noto Sans JP', 'IPAexGothic', sans-serif`;
      return [c.measureText('交流実績').width, c.measureText('日本').width];
    });
    expect(widths[0]).toBeCloseTo(64, -1);
    expect(widths[1]).toBeCloseTo(32, -1);
    const empty = await page.$$eval('svg text', (els) => els.filter((t) => (t.textContent ?? '').trim() && t.getBoundingClientRect().width === 0).length);
    expect(empty).toBe(0);
  });

  it('every number links to its events, and following it highlights their evidence', async () => {
    for (const file of ['high-level.html', 'capacity-building.html', 'agreements.html', 'mode-shift.html', 'partners.html', 'exercise-network.html', 'country-AUS.html']) {
      await open(file);
      const broken = await page.$$eval('a.num, a.ev, svg [data-events]', (els) =>
        els.flatMap((el) => (el.getAttribute('data-events') ?? '').split(' ').filter((id) => id && !document.getElementById(`ev-${id}`))),
      );
      expect(broken, file).toEqual([]);
      // Every number cell in the tables is a link (zeros have no events and stay plain).
      const plain = await page.$$eval('td.n', (tds) => tds.filter((td) => !td.querySelector('a.num') && td.textContent !== '0').length);
      expect(plain, file).toBe(0);
    }
    await open('high-level.html');
    await page.locator('a.num').first().click();
    const highlighted = await page.$$eval('#evidence li.hl', (lis) => lis.map((li) => li.id));
    expect(highlighted).toEqual(['ev-t-aus-2', 'ev-t-aus-3', 'ev-t-aus-4', 'ev-t-aus-5', 'ev-t-aus-6']);
    expect(await page.locator('#ev-t-aus-2').isVisible()).toBe(true);
    expect(await page.locator('#ev-t-aus-2 blockquote').textContent()).toContain('電話会談');
    // A country on the map leads to its events as well.
    await page.locator('svg path[data-iso3="IND"]').click();
    expect(await page.$$eval('#evidence li.hl', (lis) => lis.map((li) => li.id))).toEqual(['ev-t-ind-1', 'ev-t-ind-2', 'ev-t-ind-3']);
  });

  it('mode-shift: stacked bars for each quarter with talks, phone and video after 2020-Q1', async () => {
    await open('mode-shift.svg');
    await shot('mode-shift');
    const quarters = await page.$$eval('svg .panel.all g.quarter', (gs) =>
      gs.map((g) => ({
        quarter: g.getAttribute('data-quarter'),
        bars: [...g.querySelectorAll('rect.bar')].map((r) => {
          const b = r.getBoundingClientRect();
          return { mode: r.getAttribute('data-mode'), count: Number(r.getAttribute('data-count')), top: b.top, bottom: b.bottom, h: b.height };
        }),
      })),
    );
    expect(quarters.map((q) => q.quarter)).toEqual(['2019-Q4', '2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4', '2021-Q1', '2021-Q2']);
    for (const q of quarters) {
      expect(q.bars.length, q.quarter!).toBeGreaterThan(0);
      // Stacked: each segment sits on the one below it, heights proportional to counts.
      for (let i = 1; i < q.bars.length; i++) expect(q.bars[i].bottom).toBeCloseTo(q.bars[i - 1].top, 0);
      for (const b of q.bars) expect(b.h / b.count).toBeCloseTo(q.bars[0].h / q.bars[0].count, 0);
    }
    const q2 = quarters.find((q) => q.quarter === '2020-Q2')!;
    expect(q2.bars.map((b) => [b.mode, b.count])).toEqual([['phone', 2], ['video', 1]]);
    expect(await page.$$eval('svg .panel.high-level rect.bar', (rs) => rs.length)).toBeGreaterThan(0);
  });

  it('capacity-building: partners labelled with their methods, online marked, organizations listed', async () => {
    await open('capacity-building.html');
    await shot('capacity-building');
    const labels = await page.$$eval('svg g.cb-label', (gs) =>
      gs.map((g) => ({ iso3: g.getAttribute('data-iso3'), w: g.getBoundingClientRect().width, methods: [...g.querySelectorAll('.method-mark')].map((m) => m.getAttribute('data-method')) })),
    );
    expect(labels.map((l) => l.iso3).sort()).toEqual(['IDN', 'KHM', 'MMR', 'PNG', 'TLS', 'VNM']);
    for (const l of labels) expect(l.w).toBeGreaterThan(20);
    expect(labels.filter((l) => l.methods.includes('online')).map((l) => l.iso3).sort()).toEqual(['KHM', 'PNG']);
    expect(labels.find((l) => l.iso3 === 'MMR')!.methods).toEqual(['dispatch', 'invitation']);
    await expect(page.locator('svg .organizations').textContent()).resolves.toContain('ASEAN');
  });

  it('agreements: the matrix shows each cell’s latest milestone, its history on demand', async () => {
    await open('agreements.html');
    await shot('agreements');
    const cell = page.locator('table.matrix td[data-partner="IDN"][data-instrument="ETA"]');
    expect(await cell.locator('summary').textContent()).toContain('発効 2021年3月');
    await cell.locator('summary').click({ position: { x: 5, y: 5 } });
    expect(await cell.locator('ol li').allTextContents()).toEqual([expect.stringContaining('署名 2021年3月'), expect.stringContaining('発効 2021年3月')]);
    const svgCells = await page.$$eval('svg g.cell', (gs) => gs.map((g) => `${g.getAttribute('data-partner')}|${g.getAttribute('data-instrument')}|${g.getAttribute('data-milestone')}`));
    expect(svgCells.sort()).toEqual(['DEU|ISA|signed', 'IDN|ETA|in-force', 'IND|ACSA|signed', 'KOR|ISA|suspended', 'PHL|ETA|in-force']);
  });

  it('partners: grouped by the white paper’s categories, sortable by clicking a header', async () => {
    await open('partners.html');
    const groups = await page.$$eval('section.group h2', (hs) => hs.map((h) => h.textContent));
    expect(groups).toEqual(['ビジョンを共有し協働する国々', '協力を強化していく地域', 'その他']);
    const first = page.locator('section.group').first();
    const names = () => first.locator('tbody tr td:nth-child(2)').allTextContents();
    const header = first.locator('th', { hasText: '名称' });
    await header.click();
    const desc = await names();
    await header.click();
    const asc = await names();
    expect(asc).toEqual([...desc].reverse());
    expect(asc).toEqual([...asc].sort());
  });

  it('exercise network, country chronology and the index render visibly; English labels too', async () => {
    await open('exercise-network.svg');
    await shot('exercise-network');
    const nodes = await page.$$eval('svg g.node', (gs) => gs.map((g) => [g.getAttribute('data-id'), g.getBoundingClientRect().width]));
    expect(nodes.map((n) => n[0])).toEqual(['AUS', 'GBR', 'IND', 'JPN', 'USA']);
    for (const [, w] of nodes) expect(w as number).toBeGreaterThan(10);
    // Nodes do not sit on top of each other.
    const centres = await page.$$eval('svg g.node circle', (cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => [r.x + r.width / 2, r.y + r.height / 2]));
    for (let i = 0; i < centres.length; i++)
      for (let j = i + 1; j < centres.length; j++) expect(Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1])).toBeGreaterThan(30);
    await open('country-AUS.html');
    await shot('country-AUS');
    expect(await page.locator('table.data tbody tr').count()).toBe(11);
    expect(await page.$$eval('svg circle.event', (cs) => cs.filter((c) => c.getBoundingClientRect().width > 0).length)).toBe(11);
    await open('index.html');
    const links = await page.$$eval('a.report', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['high-level.html', 'mode-shift.html', 'partners.html', 'country-AUS.html']));
    await open('high-level.html', 'en');
    await shot('high-level.en');
    await expect(page.locator('svg .legend').textContent()).resolves.toContain('5 or more');
    await expect(page.locator('h1').textContent()).resolves.toBe('High-level exchanges (Apr 2020 – Mar 2021)');
  });
});
