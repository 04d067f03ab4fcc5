/**
 * Linking records of several sources into engagements, one block at a time (records of one
 * block share kind, partners and the kind's defining fields: fields.ts). Deterministic: the same
 * records give the same clusters whatever order they were ingested in.
 *
 * Records are taken most precise first. Each joins the one cluster it fits:
 *  - never a cluster holding a record of its own source (within one source, distinct records are
 *    distinct engagements: two calls in one month from one text are two events);
 *  - its dates nested with every member's (2020-12 and 2020-12-22; not 2020-12-03 and 2020-12-22);
 *  - no distinguishing field against any member;
 *  - and no conflicting field, except one conflict between reports of the same day, which links
 *    and is flagged.
 * Among the clusters it fits, one holding the same report (same date, name, mode, principal) is
 * taken first: copies of one text, or two editions telling a meeting alike, link to each other.
 * A record that fits more than one cluster equally links to none: it becomes its own event that
 * names the others as possible duplicates, rather than a guess merging it into one of them.
 */
import type { SourceRef } from '../model/atlas.js';
import type { KoryuEvent } from '../model/event.js';
import { dayInterval, isOneDay, nested, widthInDays, type DayInterval } from './dates.js';
import { compareRecords, nameCore } from './fields.js';

export interface LinkRecord {
  /** A handle unique in the store (its row). */
  key: string;
  source: SourceRef;
  /** The record as its source reported it. */
  event: KoryuEvent;
}

export interface Cluster {
  /** Members, the one whose fields lead first (see rankRecords). */
  members: LinkRecord[];
  /** Indexes of the clusters this one's first record fitted as well as it fitted none. */
  possibleDuplicates: number[];
}

/**
 * Which source's record leads an event: the most precise date, then the source closest to the
 * engagement (a press release or transcript before the activity page, before the white paper's
 * yearly account), then the earlier publication, then path and id for a stable order.
 */
const KIND_ORDER: Record<string, number> = { 'press-release': 0, transcript: 1, activity: 2, whitepaper: 3, other: 4 };

export function compareRank(a: LinkRecord, b: LinkRecord): number {
  const wa = widthInDays(dayInterval(a.event.date, a.event.dateEnd));
  const wb = widthInDays(dayInterval(b.event.date, b.event.dateEnd));
  if (wa !== wb) return wa - wb;
  const ka = KIND_ORDER[a.source.kind ?? 'other'] ?? 4;
  const kb = KIND_ORDER[b.source.kind ?? 'other'] ?? 4;
  if (ka !== kb) return ka - kb;
  const pa = a.source.published ?? '9999';
  const pb = b.source.published ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.source.path !== b.source.path) return a.source.path < b.source.path ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

interface Working {
  members: LinkRecord[];
  intervals: DayInterval[];
  sources: Set<string>;
  possibleDuplicates: number[];
}

/** How a record fits a cluster: not at all, cleanly, or with one conflict tolerated on the same day. */
function fit(r: LinkRecord, interval: DayInterval, c: Working): 'none' | 'clean' | 'conflict' {
  if (c.sources.has(r.source.id)) return 'none';
  if (!c.intervals.every((i) => nested(i, interval))) return 'none';
  const conflicts = new Set<string>();
  for (const m of c.members) {
    const cmp = compareRecords(m.event, r.event);
    if (cmp.distinct) return 'none';
    for (const f of cmp.conflicts) conflicts.add(f);
  }
  if (conflicts.size === 0) return 'clean';
  const lead = c.members[0].event;
  const sameDay = isOneDay(r.event.date, r.event.dateEnd) && isOneDay(lead.date, lead.dateEnd) && r.event.date === lead.date;
  return sameDay && conflicts.size === 1 ? 'conflict' : 'none';
}

/** Two records that say the same thing: one date and the same name, mode and principal. */
function sameReport(a: KoryuEvent, b: KoryuEvent): boolean {
  return (
    a.date === b.date &&
    a.dateEnd === b.dateEnd &&
    (a.name === undefined) === (b.name === undefined) &&
    (a.name === undefined || nameCore(a.name) === nameCore(b.name!)) &&
    a.mode === b.mode &&
    a.jpRole === b.jpRole
  );
}

/** Cluster the records of one block. */
export function clusterBlock(records: readonly LinkRecord[]): Cluster[] {
  const sorted = [...records].sort(compareRank);
  const clusters: Working[] = [];
  for (const r of sorted) {
    const interval = dayInterval(r.event.date, r.event.dateEnd);
    const clean: number[] = [];
    const conflicting: number[] = [];
    clusters.forEach((c, i) => {
      const f = fit(r, interval, c);
      if (f === 'clean') clean.push(i);
      else if (f === 'conflict') conflicting.push(i);
    });
    // A cluster holding the same report (same date, same name, mode and principal) is this record's
    // twin before any merely compatible one: identical copies link to each other, not to nothing.
    const twins = clean.filter((i) => clusters[i].members.some((m) => sameReport(m.event, r.event)));
    const candidates = twins.length > 0 ? twins : clean.length > 0 ? clean : conflicting;
    if (candidates.length === 1) {
      const c = clusters[candidates[0]];
      c.members.push(r);
      c.intervals.push(interval);
      c.sources.add(r.source.id);
      continue;
    }
    clusters.push({ members: [r], intervals: [interval], sources: new Set([r.source.id]), possibleDuplicates: candidates });
  }
  // Possible duplicates both ways: the earlier clusters learn of the later record that fitted them.
  clusters.forEach((c, i) => {
    for (const j of c.possibleDuplicates) if (!clusters[j].possibleDuplicates.includes(i)) clusters[j].possibleDuplicates.push(i);
  });
  return clusters.map((c) => ({ members: c.members, possibleDuplicates: [...c.possibleDuplicates].sort((a, b) => a - b) }));
}
