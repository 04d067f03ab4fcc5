import type { KoryuEvent } from '../../model/event.js';
import { partnerTypeOf } from '../gazetteer.js';
import { eventInPeriod, resolvePeriod } from '../period.js';
import type { PartnerType, ReportOptions } from '../types.js';
import { cmp, idsOf } from './common.js';

export interface NetworkNode {
  id: string;
  type: PartnerType | 'japan';
  /** Exercises the node took part in. */
  count: number;
  events: string[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  /** Exercise names shared along this edge (as written), sorted. */
  names: string[];
  events: string[];
}

export interface ExerciseNetworkReport {
  from: string;
  to: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * Japan and its exercise partners as nodes; an edge joins every two participants of an exercise
 * (Japan–partner for a bilateral one; all pairs for a multilateral one), weighted by exercises.
 */
export function buildExerciseNetwork(events: readonly KoryuEvent[], opts: ReportOptions = {}): ExerciseNetworkReport {
  const exercises = events.filter((e) => e.kind === 'exercise');
  const period = resolvePeriod(exercises.length ? exercises : events, opts, 'all');
  const nodeEvents = new Map<string, KoryuEvent[]>();
  const edgeEvents = new Map<string, KoryuEvent[]>();
  const add = <K>(m: Map<K, KoryuEvent[]>, k: K, e: KoryuEvent) => m.set(k, [...(m.get(k) ?? []), e]);
  for (const e of exercises) {
    if (!eventInPeriod(e, period)) continue;
    const members = ['JPN', ...[...new Set(e.partners)].filter((p) => p !== 'JPN').sort()];
    if (members.length < 2) continue;
    for (const m of members) add(nodeEvents, m, e);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]].sort();
        add(edgeEvents, `${a}|${b}`, e);
      }
  }
  const nodes = [...nodeEvents.entries()]
    .map(([id, list]): NetworkNode => ({
      id,
      type: id === 'JPN' ? 'japan' : partnerTypeOf(id),
      count: list.length,
      events: idsOf(list),
    }))
    .sort((a, b) => cmp(a.id, b.id));
  const edges = [...edgeEvents.entries()]
    .map(([k, list]): NetworkEdge => {
      const [source, target] = k.split('|');
      const names = [...new Set(list.map((e) => e.name).filter((n): n is string => !!n))].sort();
      return { source, target, weight: list.length, names, events: idsOf(list) };
    })
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  return { from: period.from, to: period.to, nodes, edges };
}
