import { MODES, type KoryuEvent, type Mode } from '../../model/event.js';
import { eventInPeriod, lastQuarters, quarterOf, quartersBetween, resolvePeriod } from '../period.js';
import type { ReportOptions } from '../types.js';
import { idsOf } from './common.js';

export type ModeCounts = Record<Mode, number>;
export type ModeEvents = Record<Mode, string[]>;

export interface QuarterRow {
  quarter: string;
  counts: ModeCounts;
  events: ModeEvents;
  highLevel: { counts: ModeCounts; events: ModeEvents };
}

export interface ModeShiftReport {
  from: string;
  to: string;
  quarters: QuarterRow[];
  /** Talks in the period dated only to a year: they cannot be placed in a quarter. */
  undated: string[];
}

const emptyCounts = (): ModeCounts => ({ 'in-person': 0, phone: 0, video: 0, unknown: 0 });
const emptyEvents = (): ModeEvents => ({ 'in-person': [], phone: [], video: [], unknown: [] });

/** Default: the last three years of talks, long enough to show the pandemic's shift around it. */
const DEFAULT_YEARS = 3;

/** Talks per calendar quarter by mode, with the high-level subset, every quarter of the period shown. */
export function buildModeShift(events: readonly KoryuEvent[], opts: ReportOptions = {}): ModeShiftReport {
  const talks = events.filter((e) => e.kind === 'talks');
  const base = talks.length ? talks : events;
  const recent = opts.from === undefined && opts.to === undefined ? lastQuarters(base, opts.years ?? DEFAULT_YEARS) : undefined;
  const period = resolvePeriod(base, recent ?? opts, 'all');
  const inPeriod = talks.filter((e) => eventInPeriod(e, period));
  const byQuarter = new Map<string, KoryuEvent[]>();
  const undated: KoryuEvent[] = [];
  for (const e of inPeriod) {
    const q = quarterOf(e.date);
    if (!q) {
      undated.push(e);
      continue;
    }
    byQuarter.set(q, [...(byQuarter.get(q) ?? []), e]);
  }
  const quarters = quartersBetween(quarterOf(period.from)!, quarterOf(period.to)!).map((quarter): QuarterRow => {
    const list = byQuarter.get(quarter) ?? [];
    const row: QuarterRow = {
      quarter,
      counts: emptyCounts(),
      events: emptyEvents(),
      highLevel: { counts: emptyCounts(), events: emptyEvents() },
    };
    for (const mode of MODES) {
      const all = list.filter((e) => (e.mode ?? 'unknown') === mode);
      const high = all.filter((e) => e.highLevel);
      row.counts[mode] = all.length;
      row.events[mode] = idsOf(all);
      row.highLevel.counts[mode] = high.length;
      row.highLevel.events[mode] = idsOf(high);
    }
    return row;
  });
  return { from: period.from, to: period.to, quarters, undated: idsOf(undated) };
}
