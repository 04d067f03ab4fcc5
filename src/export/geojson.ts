/**
 * GeoJSON (RFC 7946): one Feature per event, its geometry the partners' points (a Point for one
 * partner, a MultiPoint for several; null when none has a point), its properties the flat row.
 * A country's point is its capital region or the centroid of its main landmass (the reports' map
 * anchors); an organization's is its seat (data/reports/map-points.json).
 */
import type { KoryuEvent } from '../model/event.js';
import { flatRow, type ExportGazetteer } from './rows.js';

export type PointOf = (code: string) => [number, number] | undefined;

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** One event's Feature (the server streams them a page at a time). */
export function toFeature(e: KoryuEvent, gaz: ExportGazetteer, pointOf: PointOf): object {
  const points = e.partners.map(pointOf).filter((p): p is [number, number] => !!p).map(([x, y]) => [round(x), round(y)]);
  const geometry = points.length === 0 ? null : points.length === 1 ? { type: 'Point', coordinates: points[0] } : { type: 'MultiPoint', coordinates: points };
  return { type: 'Feature', id: e.id, geometry, properties: flatRow(e, gaz) };
}

export function toGeoJson(events: readonly KoryuEvent[], gaz: ExportGazetteer, pointOf: PointOf): string {
  const features = events.map((e) => toFeature(e, gaz, pointOf));
  return JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
}
