import { EVENT_KINDS, type EventKind, type KoryuEvent } from '../../model/event.js';
import { partnerTypeOf } from '../gazetteer.js';
import { eventInPeriod, resolvePeriod } from '../period.js';
import type { PartnerType, ReportOptions } from '../types.js';
import { cmp, idsOf } from './common.js';

export interface PartnerRow {
  partner: string;
  type: PartnerType;
  /** The white paper's category of partner (partnerGroupOf), null when it has none. */
  group: string | null;
  counts: Record<EventKind, number>;
  total: number;
  events: Record<EventKind, string[]>;
}

export interface PartnersReport {
  from: string;
  to: string;
  kinds: EventKind[];
  rows: PartnerRow[];
}

/** Every partner with its number of events by kind; rows by total (desc), then code. */
export function buildPartners(
  events: readonly KoryuEvent[],
  groupOf: (code: string) => string | null,
  opts: ReportOptions = {},
): PartnersReport {
  const period = resolvePeriod(events, opts, 'all');
  const byPartner = new Map<string, KoryuEvent[]>();
  for (const e of events) {
    if (!eventInPeriod(e, period)) continue;
    for (const p of e.partners) if (p !== 'JPN') byPartner.set(p, [...(byPartner.get(p) ?? []), e]);
  }
  const rows = [...byPartner.entries()].map(([partner, list]): PartnerRow => {
    const counts = {} as Record<EventKind, number>;
    const ids = {} as Record<EventKind, string[]>;
    for (const k of EVENT_KINDS) {
      const of = list.filter((e) => e.kind === k);
      counts[k] = of.length;
      ids[k] = idsOf(of);
    }
    return { partner, type: partnerTypeOf(partner), group: groupOf(partner), counts, total: list.length, events: ids };
  });
  rows.sort((a, b) => b.total - a.total || cmp(a.partner, b.partner));
  return { from: period.from, to: period.to, kinds: [...EVENT_KINDS], rows };
}
