import { describe, expect, it } from 'vitest';
import { renderAllReports, renderReport, REPORT_FORMATS } from '../src/reports/index.js';
import { FIXTURE_EVENTS as EVENTS, standInGazetteer as GAZ } from './reports.fixture.js';

const FY2020 = { from: '2020-04', to: '2021-03' };

describe('report renderers', () => {
  it('prints issue 3’s JSON shape for high-level, exactly', () => {
    const json = JSON.parse(renderReport('high-level', EVENTS, GAZ, { ...FY2020, format: 'json' }));
    expect(Object.keys(json)).toEqual(['from', 'to', 'rows']);
    expect(Object.keys(json.rows[0])).toEqual(['partner', 'type', 'count', 'events']);
  });

  it('prints the capacity-building and agreement rows in issue 3’s shape', () => {
    const cb = JSON.parse(renderReport('capacity-building', EVENTS, GAZ, { from: '2020-01', to: '2021-03', format: 'json' }));
    expect(Object.keys(cb.rows[0])).toEqual(['partner', 'type', 'method', 'field', 'date', 'events']);
    const ag = JSON.parse(renderReport('agreements', EVENTS, GAZ, { format: 'json' }));
    expect(Object.keys(ag.rows[0])).toEqual(['partners', 'instrument', 'milestone', 'date', 'name', 'events']);
  });

  it('writes CSV with a header and one line per row', () => {
    const csv = renderReport('high-level', EVENTS, GAZ, { ...FY2020, format: 'csv', lang: 'en' });
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('Partner,Name,Type,Count,Events');
    expect(lines[1]).toBe('AUS,Australia,country,5,t-aus-2 t-aus-3 t-aus-4 t-aus-5 t-aus-6');
    expect(lines).toHaveLength(9);
  });

  it('renders every report in every format, the same bytes twice', () => {
    for (const name of ['high-level', 'capacity-building', 'agreements', 'mode-shift', 'exercise-network', 'partners', 'country-AUS']) {
      for (const format of REPORT_FORMATS) {
        const a = renderReport(name, EVENTS, GAZ, { format });
        const b = renderReport(name, [...EVENTS].reverse(), GAZ, { format });
        expect(a.length, `${name}.${format}`).toBeGreaterThan(50);
        expect(b, `${name}.${format} is deterministic and order-independent`).toBe(a);
      }
    }
  });

  it('makes accessible SVG with a CJK font stack', () => {
    const svg = renderReport('high-level', EVENTS, GAZ, { ...FY2020, format: 'svg' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="high-level-title high-level-desc"/);
    expect(svg).toContain('<title id="high-level-title">ハイレベルの交流実績（2020.4～2021.3）</title>');
    expect(svg).toContain('<desc id="high-level-desc">');
    expect(svg).toContain("'Noto Sans CJK JP', 'Noto Sans JP', 'IPAexGothic', sans-serif");
    // Every highlighted country carries a tooltip and its events.
    const partners = svg.match(/<(path|circle) class="(country partner|partner-dot) hit"[^>]*>/g) ?? [];
    expect(partners.length).toBeGreaterThanOrEqual(6);
    for (const p of partners) expect(p).toMatch(/data-events="[^"]+"/);
    // Singapore and Tonga vanish at world scale: drawn as circles.
    expect(svg).toMatch(/<circle class="partner-dot hit" data-iso3="SGP"/);
    expect(svg).toMatch(/<circle class="partner-dot hit" data-iso3="TON"/);
  });

  it('links every number in the HTML to events listed with their evidence', () => {
    for (const name of ['high-level', 'mode-shift', 'partners', 'agreements']) {
      const html = renderReport(name, EVENTS, GAZ, { format: 'html' });
      const anchors = new Set([...html.matchAll(/<li id="ev-([^"]+)">/g)].map((m) => m[1]));
      const links = [...html.matchAll(/<a class="num" href="#ev-([^"]+)" data-events="([^"]+)">/g)];
      expect(links.length, name).toBeGreaterThan(0);
      for (const [, first, all] of links) {
        expect(anchors.has(first)).toBe(true);
        for (const id of all.split(' ')) expect(anchors.has(id), `${name}: ${id}`).toBe(true);
      }
      expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
    }
    const html = renderReport('high-level', EVENTS, GAZ, { ...FY2020, format: 'html' });
    expect(html).toContain('<li id="ev-t-aus-2">');
    expect(html).toContain('2020年5月、防衛大臣は豪国防大臣と電話会談を行った。');
  });

  it('labels in English with --lang en', () => {
    const md = renderReport('mode-shift', EVENTS, GAZ, { format: 'md', lang: 'en' });
    expect(md).toMatch(/^# Talks by mode, per quarter \(Oct 2019 – Jun 2021\)/);
    expect(md).toContain('| Quarter | in person | phone | video | unknown | Total |');
  });

  it('renders an empty database without failing', () => {
    for (const f of renderAllReports([], GAZ)) expect(f.content.length, f.file).toBeGreaterThan(20);
    expect(JSON.parse(renderReport('high-level', [], GAZ, { ...FY2020, format: 'json' }))).toEqual({ ...FY2020, rows: [] });
  });

  it('names what is wrong for an unknown report or ISO code', () => {
    expect(() => renderReport('highlevel', EVENTS, GAZ)).toThrow(/unknown report 'highlevel' \(valid: high-level, capacity-building/);
    expect(() => renderReport('country-XYZ', EVENTS, GAZ)).toThrow(/unknown ISO 3166-1 alpha-3 country code 'XYZ'/);
  });

  it('renders all reports with an index linking them', () => {
    const files = renderAllReports(EVENTS, GAZ);
    const names = files.map((f) => f.file);
    expect(names).toContain('index.html');
    for (const r of ['high-level', 'capacity-building', 'agreements', 'mode-shift', 'exercise-network', 'partners', 'country-AUS']) {
      for (const ext of ['html', 'svg', 'json']) expect(names).toContain(`${r}.${ext}`);
    }
    const index = files.find((f) => f.file === 'index.html')!.content;
    for (const f of files.filter((x) => x.format === 'html' && x.file !== 'index.html')) expect(index).toContain(`href="${f.file}"`);
  });
});
