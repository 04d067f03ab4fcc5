import type { KoryuEvent } from '../../model/event.js';
import { partnerTypeOf } from '../gazetteer.js';
import { eventInPeriod, resolvePeriod } from '../period.js';
import type { PartnerType, ReportOptions } from '../types.js';
import { cmp, idsOf } from './common.js';

export interface HighLevelRow {
  partner: string;
  type: PartnerType;
  count: number;
  events: string[];
}

/** Issue 3's JSON shape, exactly. */
export interface HighLevelReport {
  from: string;
  to: string;
  rows: HighLevelRow[];
}

/**
 * Bilateral high-level exchanges per partner (figure 図表Ⅲ-3-1-2). The period defaults to the
 * latest complete Japanese fiscal year among the data.
 */
export function buildHighLevel(events: readonly KoryuEvent[], opts: ReportOptions = {}): HighLevelReport {
  const period = resolvePeriod(events, opts, 'latest-fiscal-year');
  const byPartner = new Map<string, KoryuEvent[]>();
  for (const e of events) {
    if (!e.highLevel || !eventInPeriod(e, period)) continue;
    for (const p of e.partners) {
      if (p === 'JPN') continue;
      const list = byPartner.get(p) ?? [];
      list.push(e);
      byPartner.set(p, list);
    }
  }
  const rows: HighLevelRow[] = [...byPartner.entries()].map(([partner, list]) => ({
    partner,
    type: partnerTypeOf(partner),
    count: list.length,
    events: idsOf(list),
  }));
  rows.sort((a, b) => b.count - a.count || cmp(a.partner, b.partner));
  return { from: period.from, to: period.to, rows };
}

/** The white paper's bins: 5 or more, 3 or more, 2, 1 (0 = no exchange). */
export type HighLevelBin = 5 | 3 | 2 | 1 | 0;
export const HIGH_LEVEL_BINS: readonly Exclude<HighLevelBin, 0>[] = [5, 3, 2, 1];

export function binOf(count: number): HighLevelBin {
  return count >= 5 ? 5 : count >= 3 ? 3 : count === 2 ? 2 : count === 1 ? 1 : 0;
}
