/**
 * Event ids across sources. An event keeps its id for as long as it exists: when a new source adds
 * evidence, when a re-ingested source changes, when two events turn out to be one (the older id
 * stays; the other becomes an alias of it). A new event takes the id its lead record was extracted
 * with (so a one-source database shows the ids `koryu extract` prints), or, if that is taken, one
 * derived from it and its source.
 */
import { createHash } from 'node:crypto';
import type { Cluster } from './cluster.js';

export interface PreviousEvent {
  id: string;
  /** Creation order: the older event keeps its id when two merge. */
  seq: number;
  /** Record keys it held before this relink. */
  keys: string[];
}

export interface IdAssignment {
  /** One id per cluster, in cluster order. */
  ids: string[];
  /** Previous events of the block that no longer exist: merged into another (alias) or gone. */
  retired: { id: string; into?: string }[];
}

const derived = (base: string, salt: string): string => 'ev-' + createHash('sha256').update(`${base}|${salt}`).digest('hex').slice(0, 12);

/** `isTaken(id)`: whether an id is in use outside this block (another event, or an alias). */
export function assignIds(clusters: readonly Cluster[], previous: readonly PreviousEvent[], isTaken: (id: string) => boolean): IdAssignment {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.members.forEach((m) => clusterOf.set(m.key, i)));
  const ids: (string | undefined)[] = clusters.map(() => undefined);
  const retired: IdAssignment['retired'] = [];
  const overlap = (p: PreviousEvent): Map<number, number> => {
    const counts = new Map<number, number>();
    for (const k of p.keys) {
      const c = clusterOf.get(k);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    return counts;
  };
  const best = (counts: Map<number, number>, free: (c: number) => boolean): number | undefined => {
    let pick: number | undefined;
    for (const [c, n] of counts) {
      if (!free(c)) continue;
      if (pick === undefined || n > counts.get(pick)! || (n === counts.get(pick)! && c < pick)) pick = c;
    }
    return pick;
  };
  const unplaced: PreviousEvent[] = [];
  for (const p of [...previous].sort((a, b) => a.seq - b.seq)) {
    const c = best(overlap(p), (i) => ids[i] === undefined);
    if (c !== undefined) ids[c] = p.id;
    else unplaced.push(p);
  }
  const used = new Set(ids.filter((x): x is string => !!x));
  const free = (id: string) => !used.has(id) && !isTaken(id) && !unplaced.some((p) => p.id === id && overlap(p).size > 0);
  clusters.forEach((c, i) => {
    if (ids[i] !== undefined) return;
    const lead = c.members[0];
    let id = lead.event.id;
    for (let n = 0; !free(id); n++) id = derived(lead.event.id, n === 0 ? lead.source.id : `${lead.source.id}|${n}`);
    ids[i] = id;
    used.add(id);
  });
  for (const p of unplaced) {
    const c = best(overlap(p), () => true);
    retired.push(c !== undefined ? { id: p.id, into: ids[c]! } : { id: p.id });
  }
  return { ids: ids as string[], retired };
}
