/**
 * Exports of the events for other tools: CSV and JSON lines (one row per event), GeoJSON (a point
 * per partner) and Parquet. Pure: the CLI (`koryu export`) reads the store and writes the file.
 */
import type { KoryuEvent } from '../model/event.js';
import { toGeoJson, type PointOf } from './geojson.js';
import { toParquet } from './parquet.js';
import { FLAT_COLUMNS, flatRow, jsonRecord, type ExportGazetteer } from './rows.js';

import type { ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export { FLAT_COLUMNS, flatRow, partnerInfo, type ExportGazetteer, type FlatRow, type PartnerInfo } from './rows.js';
export { toFeature, type PointOf } from './geojson.js';

/** RFC 4180 quoting (a field holding a comma, quote or line break is quoted, inner quotes doubled); lines end in LF as every Koryu CSV. */
const csvField = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function exportEvents(
  events: readonly KoryuEvent[],
  format: ExportFormat,
  ctx: { gaz: ExportGazetteer; pointOf: PointOf },
): string | Uint8Array {
  switch (format) {
    case 'csv': {
      const lines = [FLAT_COLUMNS.join(',')];
      for (const e of events) {
        const row = flatRow(e, ctx.gaz);
        lines.push(FLAT_COLUMNS.map((c) => csvField(row[c])).join(','));
      }
      return lines.join('\n') + '\n';
    }
    case 'jsonl':
      return events.map((e) => JSON.stringify(jsonRecord(e, ctx.gaz)) + '\n').join('');
    case 'geojson':
      return toGeoJson(events, ctx.gaz, ctx.pointOf);
    case 'parquet':
      return toParquet(events, ctx.gaz);
  }
}
