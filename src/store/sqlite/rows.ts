/** Mapping between records (what one source reports) and events (across sources) and their rows. */
import { blockKey, dayInterval } from '../../link/index.js';
import type { AtlasEvent } from '../../model/atlas.js';
import { KoryuError } from '../../model/errors.js';
import { atlasEventSchema } from '../../model/event-schema.js';
import type { KoryuEvent } from '../../model/event.js';
import { eventMonths } from '../period.js';

/** Column values of one records row, in the order of RECORD_COLUMNS (event_id is the linker's). */
export const RECORD_COLUMNS = [
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
  'block',
  'day_lo',
  'day_hi',
] as const;

export function recordRow(sourceId: string, e: KoryuEvent): unknown[] {
  const months = eventMonths(e.date, e.dateEnd);
  const days = dayInterval(e.date, e.dateEnd);
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
    blockKey(e),
    days.lo,
    days.hi,
  ];
}

/** Column values of one events row after `id, seq, block`, in the order of EVENT_COLUMNS. */
export const EVENT_COLUMNS = ['kind', 'date', 'month_lo', 'month_hi', 'is_span', 'high_level', 'mode', 'json'] as const;

export function eventRow(e: AtlasEvent): unknown[] {
  const months = eventMonths(e.date, e.dateEnd);
  return [e.kind, e.date, months.lo, months.hi, months.span ? 1 : 0, e.highLevel ? 1 : 0, e.mode ?? null, JSON.stringify(e)];
}

/** An events row read back, validated against the event schema: a malformed row fails where it enters. */
export function parseStoredEvent(id: string, json: string): AtlasEvent {
  const parsed = atlasEventSchema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    throw new KoryuError('E_DB', `stored event ${id} does not match the event schema: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data as AtlasEvent;
}
