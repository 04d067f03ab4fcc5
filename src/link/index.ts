/**
 * Linking across sources: records of one block → events with stable ids. Pure; a store backend
 * loads a block's records and its previous events, calls linkBlock and writes the result.
 */
import type { AtlasEvent } from '../model/atlas.js';
import { clusterBlock, type LinkRecord } from './cluster.js';
import { assignIds, type PreviousEvent } from './ids.js';
import { reconcile } from './reconcile.js';

export { blockKey, compareRecords, nameCore } from './fields.js';
export { clusterBlock, compareRank, type Cluster, type LinkRecord } from './cluster.js';
export { assignIds, type IdAssignment, type PreviousEvent } from './ids.js';
export { reconcile } from './reconcile.js';
export { dayInterval, nested, widthInDays, type DayInterval } from './dates.js';

export interface BlockLinks {
  events: AtlasEvent[];
  /** Record key → the id of its event. */
  eventOf: Map<string, string>;
  retired: { id: string; into?: string }[];
}

export function linkBlock(records: readonly LinkRecord[], previous: readonly PreviousEvent[], isTaken: (id: string) => boolean): BlockLinks {
  const clusters = clusterBlock(records);
  const { ids, retired } = assignIds(clusters, previous, isTaken);
  const eventOf = new Map<string, string>();
  const events = clusters.map((c, i) => {
    for (const m of c.members) eventOf.set(m.key, ids[i]);
    const e = reconcile(ids[i], c.members);
    if (c.possibleDuplicates.length) e.possibleDuplicates = c.possibleDuplicates.map((j) => ids[j]).sort();
    return e;
  });
  return { events, eventOf, retired };
}
