import { createRequire } from 'node:module';
import {
  geoArea,
  geoCentroid,
  geoEqualEarth,
  geoGraticule10,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readReportData } from '../data.js';
import { iso3OfNumeric, type ReportGazetteer } from '../gazetteer.js';
import { dataEvents } from './svg.js';
import { esc, n1 } from './escape.js';

const require = createRequire(import.meta.url);

type CountryFeature = Feature<Geometry, { name: string }>;

let countries: CountryFeature[] | undefined;

/** Natural Earth 1:110m borders from world-atlas (ids are ISO 3166-1 numeric), loaded once. */
function loadCountries(): CountryFeature[] {
  if (!countries) {
    const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  }
  return countries;
}

export interface MapShape {
  iso3: string;
  feature: CountryFeature;
}

const shapeCache = new WeakMap<object, MapShape[]>();

export function countryShapes(gaz: ReportGazetteer): MapShape[] {
  let shapes = shapeCache.get(gaz);
  if (!shapes) {
    shapes = [];
    for (const f of loadCountries()) {
      const iso3 = iso3OfNumeric(gaz, f.id as string | undefined);
      if (iso3) shapes.push({ iso3, feature: f });
    }
    shapes.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
    shapeCache.set(gaz, shapes);
  }
  return shapes;
}

/** Pacific-centred Equal Earth, as Japanese world maps are drawn. */
export function worldProjection(x: number, y: number, w: number, h: number): GeoProjection {
  return geoEqualEarth().rotate([-150, 0]).fitExtent([[x, y], [x + w, y + h]], { type: 'Sphere' });
}

/** A projection zoomed on some countries (and Japan), for regional maps. */
export function regionProjection(shapes: MapShape[], x: number, y: number, w: number, h: number): GeoProjection {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({ ...s.feature, geometry: largestPolygon(s.feature.geometry) })),
  };
  return geoEqualEarth().rotate([-150, 0]).fitExtent([[x, y], [x + w, y + h]], fc);
}

/** The main landmass: label points of countries with overseas territories stay at home. */
function largestPolygon(g: Geometry): Geometry {
  if (g.type !== 'MultiPolygon') return g;
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coords of (g as MultiPolygon).coordinates) {
    const p: Polygon = { type: 'Polygon', coordinates: coords };
    const a = geoArea(p);
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best ?? g;
}

type Points = Record<string, [number, number] | string>;

/** Where to put a marker for a country: its known point, else the centroid of its main landmass. */
export function anchorOf(iso3: string, shapes: MapShape[]): [number, number] | undefined {
  const known = readReportData<Points>('map-points.json')[iso3];
  if (Array.isArray(known)) return known;
  const s = shapes.find((x) => x.iso3 === iso3);
  return s ? (geoCentroid(largestPolygon(s.feature.geometry) as GeoPermissibleObjects) as [number, number]) : undefined;
}

export interface Highlight {
  fill: string;
  /** Tooltip text. */
  tip: string;
  events: string[];
  /** Extra attributes, e.g. data-bin. */
  attrs?: Record<string, string | number>;
}

export interface MapLayerOptions {
  projection: GeoProjection;
  gaz: ReportGazetteer;
  highlights: ReadonlyMap<string, Highlight>;
  japanFill: string;
  japanLabel: string;
  /** Clip to this rectangle (regional maps). */
  clip?: { x: number; y: number; w: number; h: number; id: string };
  /** Countries smaller than this (px²) are also drawn as a circle so they stay visible. */
  minArea?: number;
}

const BASE_FILL = '#e3e3e3';
const OCEAN = '#eef5fb';

/**
 * Projected outlines and areas per projection object: a caller that draws the same map many times
 * with other colours (the server's /api/map.svg) keeps one projection and pays for the geometry once.
 */
const drawn = new WeakMap<GeoProjection, Map<string, { d: string | null; area: number }>>();

/** Sphere, graticule, every country (highlighted ones with tooltips), small states as circles, Japan marked. */
export function mapLayer(o: MapLayerOptions): string {
  const path = geoPath(o.projection).digits(1);
  const shapes = countryShapes(o.gaz);
  let outlines = drawn.get(o.projection);
  if (!outlines) drawn.set(o.projection, (outlines = new Map()));
  const outline = (s: MapShape) => {
    let x = outlines.get(s.iso3);
    if (!x) outlines.set(s.iso3, (x = { d: path(s.feature), area: path.area(s.feature) }));
    return x;
  };
  const minArea = o.minArea ?? 25;
  const out: string[] = [];
  const clipAttr = o.clip ? ` clip-path="url(#${o.clip.id})"` : '';
  if (o.clip) {
    out.push(
      `<defs><clipPath id="${o.clip.id}"><rect x="${o.clip.x}" y="${o.clip.y}" width="${o.clip.w}" height="${o.clip.h}"/></clipPath></defs>`,
      `<rect x="${o.clip.x}" y="${o.clip.y}" width="${o.clip.w}" height="${o.clip.h}" fill="${OCEAN}" stroke="#9ab"/>`,
    );
  }
  out.push(`<g class="map"${clipAttr}>`);
  const once = (key: string, geometry: () => GeoPermissibleObjects) => {
    let x = outlines.get(key);
    if (!x) outlines.set(key, (x = { d: path(geometry()), area: 0 }));
    return x.d;
  };
  if (!o.clip) out.push(`<path class="sphere" d="${once('#sphere', () => ({ type: 'Sphere' }))}" fill="${OCEAN}" stroke="#9ab" stroke-width="0.8"/>`);
  out.push(`<path class="graticule" d="${once('#graticule', geoGraticule10)}" fill="none" stroke="#d5e2ee" stroke-width="0.5"/>`);
  const filled = new Set<string>();
  for (const s of shapes) {
    const d = outline(s).d;
    if (!d) continue;
    const h = o.highlights.get(s.iso3);
    if (s.iso3 === 'JPN') {
      out.push(`<path class="country japan" data-iso3="JPN" d="${d}" fill="${o.japanFill}" stroke="#fff" stroke-width="0.5"><title>${esc(o.japanLabel)}</title></path>`);
    } else if (h) {
      filled.add(s.iso3);
      out.push(
        `<path class="country partner hit" data-iso3="${s.iso3}"${attrs(h)} d="${d}" fill="${h.fill}" stroke="#fff" stroke-width="0.5"${dataEvents(h.events)}><title>${esc(h.tip)}</title></path>`,
      );
    } else {
      out.push(`<path class="country" d="${d}" fill="${BASE_FILL}" stroke="#fff" stroke-width="0.4"/>`);
    }
  }
  out.push('</g>');
  // Small or missing states as circles on top, so Singapore or Tonga do not vanish at world scale.
  const dots: string[] = [];
  for (const [iso3, h] of [...o.highlights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const s = shapes.find((x) => x.iso3 === iso3);
    const area = s ? outline(s).area : 0;
    if (filled.has(iso3) && area >= minArea) continue;
    const at = anchorOf(iso3, shapes);
    const p = at && o.projection(at);
    if (!p) continue;
    dots.push(
      `<circle class="partner-dot hit" data-iso3="${iso3}"${attrs(h)} cx="${n1(p[0])}" cy="${n1(p[1])}" r="4.5" fill="${h.fill}" stroke="#333" stroke-width="0.8"${dataEvents(h.events)}><title>${esc(h.tip)}</title></circle>`,
    );
  }
  out.push(`<g class="small-states"${clipAttr}>${dots.join('\n')}</g>`);
  const jp = anchorOf('JPN', shapes);
  const jpp = jp && o.projection(jp);
  if (jpp) {
    out.push(
      `<g class="japan-mark"><circle cx="${n1(jpp[0])}" cy="${n1(jpp[1])}" r="3" fill="#fff" stroke="${o.japanFill}" stroke-width="1.5"/>` +
        `<text x="${n1(jpp[0] + 10)}" y="${n1(jpp[1] - 6)}" font-size="13" font-weight="bold" stroke="#fff" stroke-width="3" paint-order="stroke" style="fill:${o.japanFill}">${esc(o.japanLabel)}</text></g>`,
    );
  }
  return out.join('\n') + '\n';
}

function attrs(h: Highlight): string {
  return Object.entries(h.attrs ?? {})
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
}
