/**
 * The atlas: events across sources. A source (one ingested document) reports records; records of
 * several sources that describe one engagement are linked into one AtlasEvent that keeps every
 * evidence, each naming its source (src/link/, rules in docs/codebook.md "Linking across sources").
 */
import type { SourceKind } from './document.js';
import type { Evidence, KoryuEvent } from './event.js';

export { SOURCE_KINDS, type SourceKind } from './document.js';

/** A source as an event names it. */
export interface SourceRef {
  id: string;
  path: string;
  kind?: SourceKind;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  published?: string;
}

/** Evidence of a stored event: the offsets point into the text of `source` (a source id). */
export interface SourcedEvidence extends Evidence {
  source: string;
}

/** Linked records that disagree on a field: every value is kept, with the sources that gave it. */
export interface FieldConflict {
  field: 'mode' | 'jpRole';
  values: { value: string; sources: string[] }[];
}

/** One engagement, with the evidence of every source that reports it. */
export interface AtlasEvent extends KoryuEvent {
  evidence: SourcedEvidence[];
  /** One entry per source, the source whose record sets the event's fields first. */
  sources: SourceRef[];
  /** Fields the sources disagree on (the event shows the first source's value). */
  conflicts?: FieldConflict[];
  /**
   * Events this one may also be: its record fitted more than one of them equally, so it was
   * linked to none (a month-precise mention beside two calls on different days of that month).
   */
  possibleDuplicates?: string[];
}

/** The partners and the period a source reports on: "not covered" differs from "no event". */
export interface SourceCoverage {
  /** ISO3 and organization codes, sorted. */
  partners: string[];
  /** First and last month, 'YYYY-MM'. */
  from?: string;
  to?: string;
}
