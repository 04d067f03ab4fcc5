import type { EventKind, KoryuEvent, Mode } from '../model/event.js';

/** What the store needs to know about an input document. */
export interface SourceInput {
  path: string;
  title?: string;
  /** sha256 of the raw bytes (DecodedSource.contentHash). */
  contentHash: string;
  encoding: string;
  format: string;
}

export interface SourceRecord extends SourceInput {
  id: string;
  /** ISO 8601 timestamp of the last write for this source. */
  ingestedAt: string;
  eventCount: number;
}

/** Filters combine with AND; an absent filter does not restrict. Months are 'YYYY-MM', inclusive. */
export interface EventQuery {
  partner?: string;
  kind?: EventKind;
  from?: string;
  to?: string;
  highLevel?: boolean;
  mode?: Mode;
  /** A source's path or id. */
  source?: string;
}

export interface IngestOutcome {
  status: 'added' | 'unchanged' | 'replaced';
  sourceId: string;
  /** Events of the source after the ingest. */
  events: number;
  /** Events whose id was already stored for this source (rows kept, contents refreshed). */
  kept: number;
  added: number;
  removed: number;
}

/**
 * The store. Async throughout so that a server database can implement it without changing
 * callers; each backend lives in its own folder and passes src/store/contract.ts.
 */
export interface Store {
  readonly backend: string;
  /** Bring the schema up to date; running it again is a no-op. */
  migrate(): Promise<void>;
  /** Write one source and its events in one transaction: all or nothing. */
  ingest(source: SourceInput, events: KoryuEvent[]): Promise<IngestOutcome>;
  /** Events ordered by date, then id. */
  queryEvents(q?: EventQuery): Promise<KoryuEvent[]>;
  listSources(): Promise<SourceRecord[]>;
  close(): Promise<void>;
}
