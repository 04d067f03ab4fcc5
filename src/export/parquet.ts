/** Parquet through hyparquet-writer: the flat row's columns, plus the whole evidence and sources as JSON columns. */
import { parquetWriteBuffer, type BasicType, type ColumnSource } from 'hyparquet-writer';
import type { KoryuEvent } from '../model/event.js';
import { FLAT_COLUMNS, flatRow, sourcesOf, type ExportGazetteer, type FlatRow } from './rows.js';

const TYPES: Partial<Record<keyof FlatRow, BasicType>> = {
  high_level: 'BOOLEAN',
  confidence: 'DOUBLE',
  source_count: 'INT32',
  evidence_count: 'INT32',
};

export function toParquet(events: readonly KoryuEvent[], gaz: ExportGazetteer): Uint8Array {
  const rows = events.map((e) => flatRow(e, gaz));
  const columnData: ColumnSource[] = FLAT_COLUMNS.map((name) => ({
    name,
    data: rows.map((r) => r[name]),
    type: TYPES[name] ?? 'STRING',
  }));
  columnData.push(
    // The writer encodes JSON columns itself.
    { name: 'evidence_json', data: events.map((e) => e.evidence), type: 'JSON' },
    { name: 'sources_json', data: events.map((e) => sourcesOf(e)), type: 'JSON' },
  );
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'koryu (hyparquet-writer)' }));
}
