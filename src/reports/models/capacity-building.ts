import type { KoryuEvent, Method } from '../../model/event.js';
import { partnerTypeOf } from '../gazetteer.js';
import { eventInPeriod, resolvePeriod } from '../period.js';
import type { PartnerType, ReportOptions } from '../types.js';
import { cmp, groupSorted, idsOf } from './common.js';

export interface CapacityBuildingRow {
  partner: string;
  type: PartnerType;
  method: Method | null;
  field: string | null;
  date: string;
  events: string[];
}

export interface CapacityBuildingReport {
  from: string;
  to: string;
  rows: CapacityBuildingRow[];
}

/**
 * One row per partner and activity (figure 図表Ⅲ-3-1-5). Events that describe the same
 * activity (same partner, method, field and date) share a row.
 */
export function buildCapacityBuilding(
  events: readonly KoryuEvent[],
  opts: ReportOptions = {},
): CapacityBuildingReport {
  const activities = events.filter((e) => e.kind === 'capacity-building');
  // Like the white paper's figure: the span of its latest edition, judged on all the data.
  const period = resolvePeriod(events, opts, 'latest-edition');
  const pairs: { partner: string; e: KoryuEvent }[] = [];
  for (const e of activities) {
    if (!eventInPeriod(e, period)) continue;
    for (const partner of e.partners) if (partner !== 'JPN') pairs.push({ partner, e });
  }
  const key = (x: { partner: string; e: KoryuEvent }) =>
    [x.partner, x.e.date, x.e.method ?? '', x.e.field ?? ''].join('\u0000');
  const rows = groupSorted(pairs, key).map(([, group]): CapacityBuildingRow => {
    const { partner, e } = group[0];
    return {
      partner,
      type: partnerTypeOf(partner),
      method: e.method ?? null,
      field: e.field ?? null,
      date: e.date,
      events: idsOf(group.map((g) => g.e)),
    };
  });
  rows.sort(
    (a, b) =>
      cmp(a.partner, b.partner) ||
      cmp(a.date, b.date) ||
      cmp(a.method ?? '', b.method ?? '') ||
      cmp(a.field ?? '', b.field ?? ''),
  );
  return { from: period.from, to: period.to, rows };
}
