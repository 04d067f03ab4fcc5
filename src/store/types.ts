import type { AtlasEvent, SourceCoverage, SourceKind } from '../model/atlas.js';
import type { EventKind, KoryuEvent, Mode } from '../model/event.js';
import type { ReleaseRecord } from '../release/index.js';
import type { ExplorerReads } from './explore.js';

export type { ReleaseRecord } from '../release/index.js';

/** What the store needs to know about an input document. */
export interface SourceInput {
  path: string;
  title?: string;
  /** sha256 of the raw bytes (DecodedSource.contentHash). */
  contentHash: string;
  encoding: string;
  format: string;
  /** What kind of document it is, and how that was found (doc.context). */
  kind?: SourceKind;
  kindFoundBy?: string;
  /** Publication date, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', and how it was found. */
  published?: string;
  publishedFoundBy?: string;
  /** The decoded text the evidence offsets point into (kept to show evidence in context). */
  text?: string;
  /** The partners and period the source reports on. */
  coverage?: SourceCoverage;
}

export interface SourceRecord extends Omit<SourceInput, 'text'> {
  id: string;
  /** ISO 8601 timestamp of the last write for this source. */
  ingestedAt: string;
  /** Records the source gave (each is, or is linked into, one event). */
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
  /** Only events whose confidence is at least this (0–1; see src/pipeline/9-confidence). */
  minConfidence?: number;
  /** Only events with evidence from this source (its path or id). */
  source?: string;
  /** Answer from this release (its name) instead of the current data. */
  release?: string;
}

/** Where a read answers from: the current data, or a release (by name). */
export interface ReadOptions {
  release?: string;
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
  /** Events of the source that other sources report too (linked across sources). */
  linked: number;
}

/**
 * The store. Async throughout so that a server database can implement it without changing
 * callers; each backend lives in its own folder and passes src/store/contract.ts.
 */
export interface Store extends ExplorerReads {
  readonly backend: string;
  /** Bring the schema up to date; running it again is a no-op. */
  migrate(): Promise<void>;
  /** Write one source and its events in one transaction: all or nothing. */
  ingest(source: SourceInput, events: KoryuEvent[]): Promise<IngestOutcome>;
  /** Events (one per engagement, across sources) ordered by date, then id. */
  queryEvents(q?: EventQuery): Promise<AtlasEvent[]>;
  /**
   * One event by its id, by an id it had before two events were found to be one, or by the id a
   * source's record was extracted with (what `koryu extract` prints).
   */
  getEvent(id: string, options?: ReadOptions): Promise<AtlasEvent | undefined>;
  listSources(options?: ReadOptions): Promise<SourceRecord[]>;
  /** The decoded text of a source (what evidence offsets point into), if it was stored. */
  sourceText(sourceId: string): Promise<string | undefined>;
  /**
   * Freeze the current events and sources under a new name. The content is addressed by its hash
   * (src/release): the same data under two names is stored once. A name is never reused.
   */
  createRelease(name: string): Promise<ReleaseRecord>;
  /** Releases, oldest first. */
  listReleases(): Promise<ReleaseRecord[]>;
  close(): Promise<void>;
}
