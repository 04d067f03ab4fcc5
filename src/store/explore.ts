/**
 * What the explorer (the HTTP API and the dashboard) asks of a store beyond `queryEvents`:
 * filtered, paged lists with full-text search, counts along a few dimensions, a partner's
 * summary. Types only; each backend implements them.
 */
import type { AtlasEvent } from '../model/atlas.js';
import type { EventKind, Instrument, Level, Milestone, Mode } from '../model/event.js';

/** Every field is optional; fields combine with AND, the values inside one field with OR. */
export interface EventFilter {
  /** Any of these partners (ISO 3166-1 alpha-3 or organization codes). */
  partners?: string[];
  kinds?: EventKind[];
  /** Inclusive months 'YYYY-MM'; the period rule of src/store/period.ts. */
  from?: string;
  to?: string;
  levels?: Level[];
  modes?: Mode[];
  highLevel?: boolean;
  /** Events with evidence from any of these sources (a path or an id). */
  sources?: string[];
  /**
   * Full text over the evidence sentences, the event's name and field: every whitespace-separated
   * term must occur as a substring (case-insensitive for Latin letters).
   */
  q?: string;
  /** Answer from this release (its name) instead of the current data. */
  release?: string;
}

export const EVENT_SORTS = ['date', '-date'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventListQuery extends EventFilter {
  /** 'date' (oldest first, the default) or '-date'; ties broken by the store's row order. */
  sort?: EventSort;
  /** An opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
  limit: number;
}

export interface EventPage {
  events: AtlasEvent[];
  /** How many events match the filter in all. */
  total: number;
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** A page whose events are their stored JSON as UTF-8 bytes, each what JSON.stringify gives of the event. */
export interface EventJsonPage {
  events: Uint8Array[];
  total: number;
  nextCursor?: string;
}

export const COUNT_DIMENSIONS = ['partner', 'kind', 'month', 'quarter', 'year', 'mode', 'level'] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

/**
 * One cell of a count: the dimension values (null where the event has none, e.g. the mode of an
 * exercise) and the number of events. With `partner` an event counts once for each partner;
 * `month`, `quarter` and `year` are those of the event's first month ('2020-05', '2020-Q2',
 * '2020'), and events dated to a year only count under `month` and `quarter` as null.
 */
export interface CountRow {
  key: Partial<Record<CountDimension, string | null>>;
  n: number;
}

export interface AgreementMilestone {
  eventId: string;
  date: string;
  instrument?: Instrument;
  milestone?: Milestone;
  name?: string;
  partners: string[];
}

export interface PartnerSummary {
  partner: string;
  total: number;
  /** Counts by kind and year of the event's first month. */
  byKindYear: CountRow[];
  /** Talks by quarter and mode (the mode shift). */
  talksByQuarterMode: CountRow[];
  /** Every agreement milestone with this partner, by date. */
  agreements: AgreementMilestone[];
  /** The other participants of this partner's exercises, most frequent first. */
  exercisePartners: { partner: string; n: number }[];
  first?: string;
  last?: string;
}

/** The explorer's read methods; part of `Store`. */
export interface ExplorerReads {
  listEvents(q: EventListQuery): Promise<EventPage>;
  /**
   * Optional: the same page with each event as its JSON (UTF-8 bytes), for a server that sends it on as
   * it is (parsing a page only to serialize it again costs more than reading it).
   */
  listEventsJson?(q: EventListQuery): Promise<EventJsonPage>;
  countEvents(filter: EventFilter, by: readonly CountDimension[]): Promise<CountRow[]>;
  partnerSummary(partner: string, filter?: EventFilter): Promise<PartnerSummary>;
  /** Optional: prepare whatever makes the first query fast (a server calls it at start). */
  warm?(): void;
}
