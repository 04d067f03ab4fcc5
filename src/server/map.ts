/**
 * The dashboard's world map, drawn by the report renderer (src/reports/render/world-map.ts:
 * d3-geo over world-atlas, small states as circles, Japan marked) with the counts of the
 * current filters, and the colour bins shared by the map and its legend.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import { partnerName, partnerTypeOf } from '../reports/gazetteer.js';
import { label } from '../reports/labels.js';
import { HIGH_LEVEL_BINS, binOf as highLevelBinOf } from '../reports/models/high-level.js';
import { esc } from '../reports/render/escape.js';
import { FONT_STACK } from '../reports/render/svg.js';
import { mapLayer, worldProjection, type Highlight } from '../reports/render/world-map.js';
import type { Lang } from '../reports/types.js';
import { BIN_FILLS, JAPAN_FILL } from '../reports/palette.js';
import type { CountRow } from '../store/explore.js';

/** Light to dark: the high-level report's blues, with one more step for large counts. */
const FILLS = ['#c8ddf0', '#73b3d8', '#2879b9', '#08519c', '#08306b'];

export interface Bins {
  /** Lower bounds, ascending, with their fills; max is the next bin's min − 1 (null for the last). */
  list: { bin: number; min: number; max: number | null; fill: string }[];
  binOf(n: number): number;
  fillOf(n: number): string | undefined;
}

/** "Nice" numbers for bin edges: 1, 2, 3, 5, 10, 20, 30, 50, 100… */
function nice(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 3, 5, 10]) if (x <= m * p) return m * p;
  return 10 * p;
}

/**
 * Bins for counts up to `max`: with `highLevel`, the white paper's (1, 2, 3–4, 5+) as in the
 * high-level report; otherwise five steps on a log scale (1, and nice numbers up to about max / 2).
 */
export function mapBins(max: number, highLevel = false): Bins {
  let mins: number[];
  let fills: string[];
  if (highLevel) {
    mins = [...HIGH_LEVEL_BINS].reverse(); // 1, 2, 3, 5
    fills = mins.map((m) => BIN_FILLS[m]);
  } else {
    const set = new Set<number>([1]);
    if (max > 1) for (let k = 1; k <= 4; k++) set.add(Math.max(2, nice(Math.pow(max, k / 5))));
    mins = [...set].sort((a, b) => a - b);
    fills = mins.map((_, i) => FILLS[Math.round((i * (FILLS.length - 1)) / Math.max(1, mins.length - 1))]);
  }
  const list = mins.map((min, i) => ({ bin: i + 1, min, max: i + 1 < mins.length ? mins[i + 1] - 1 : null, fill: fills[i] }));
  const binOf = (n: number): number => {
    if (highLevel) return n <= 0 ? 0 : mins.indexOf(highLevelBinOf(n)) + 1;
    let b = 0;
    for (let i = 0; i < mins.length; i++) if (n >= mins[i]) b = i + 1;
    return b;
  };
  return { list, binOf, fillOf: (n) => list[binOf(n) - 1]?.fill };
}

export type PartnerNames = Record<string, { ja: string; en: string }>;

export function partnerNames(gaz: Gazetteer, codes: Iterable<string>): PartnerNames {
  const out: PartnerNames = {};
  for (const c of codes) if (!(c in out)) out[c] = { ja: partnerName(gaz, c, 'ja'), en: partnerName(gaz, c, 'en') };
  return out;
}

export interface MapSvgOptions {
  lang: Lang;
  highLevel: boolean;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** One projection for every answer, so the renderer's outlines are computed once. */
const projection = worldProjection(4, 4, MAP_WIDTH - 8, MAP_HEIGHT - 8);

/**
 * The map as an SVG element for the page: countries with events are `.hit` paths (or circles
 * for small states) carrying data-iso3, data-count and a <title>; Japan is marked.
 */
export function mapSvg(gaz: Gazetteer, rows: CountRow[], o: MapSvgOptions): string {
  const counts = rows.filter((r) => r.key.partner && partnerTypeOf(r.key.partner) === 'country' && r.key.partner !== 'JPN');
  const bins = mapBins(
    counts.reduce((m, r) => Math.max(m, r.n), 0),
    o.highLevel,
  );
  const highlights = new Map<string, Highlight>();
  for (const r of counts) {
    const code = r.key.partner!;
    highlights.set(code, {
      fill: bins.fillOf(r.n) ?? FILLS[0],
      tip: `${partnerName(gaz, code, o.lang)}: ${r.n}`,
      events: [],
      attrs: { 'data-count': r.n, 'data-bin': bins.binOf(r.n), 'data-name': partnerName(gaz, code, o.lang) },
    });
  }
  const title = o.lang === 'ja' ? '相手国別の件数（地図）' : 'Events by partner (map)';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
    `role="group" aria-label="${esc(title)}" font-family="${esc(FONT_STACK)}">\n` +
    mapLayer({
      projection,
      gaz,
      highlights,
      japanFill: JAPAN_FILL,
      japanLabel: label(o.lang, 'japan'),
    }) +
    `</svg>\n`
  );
}
