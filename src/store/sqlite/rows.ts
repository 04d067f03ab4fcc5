/** Mapping between KoryuEvent records and the rows of the events table. */
import type { KoryuEvent } from '../../model/event.js';
import { eventMonths } from '../period.js';

/** Column values of one events row, in the order of EVENT_COLUMNS. */
export const EVENT_COLUMNS = [
  'id',
  'source_id',
  'kind',
  'date',
  'date_end',
  'month_lo',
  'month_hi',
  'is_span',
  'format',
  'level',
  'jp_role',
  'mode',
  'name',
  'instrument',
  'milestone',
  'method',
  'field',
  'high_level',
  'confidence',
  'rule',
  'json',
] as const;

export function eventRow(sourceId: string, e: KoryuEvent): unknown[] {
  const months = eventMonths(e.date, e.dateEnd);
  return [
    e.id,
    sourceId,
    e.kind,
    e.date,
    e.dateEnd ?? null,
    months.lo,
    months.hi,
    months.span ? 1 : 0,
    e.format,
    e.level ?? null,
    e.jpRole ?? null,
    e.mode ?? null,
    e.name ?? null,
    e.instrument ?? null,
    e.milestone ?? null,
    e.method ?? null,
    e.field ?? null,
    e.highLevel ? 1 : 0,
    e.confidence,
    e.rule ?? null,
    JSON.stringify(e),
  ];
}
