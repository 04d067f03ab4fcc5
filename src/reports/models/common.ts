import type { KoryuEvent } from '../../model/event.js';

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Events in reading order: by date, then id (ids are content-derived, so the order is stable). */
export function chronological(a: KoryuEvent, b: KoryuEvent): number {
  return cmp(a.date, b.date) || cmp(a.id, b.id);
}

export function idsOf(events: readonly KoryuEvent[]): string[] {
  return [...events].sort(chronological).map((e) => e.id);
}

/** Group values under string keys, keys iterated in sorted order. */
export function groupSorted<T>(items: readonly T[], keyOf: (t: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = keyOf(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return [...m.entries()].sort((a, b) => cmp(a[0], b[0]));
}
