/**
 * Coverage, partner × year: the events of each cell and the sources that cover it (src/coverage).
 * A cell is 'events' (something is recorded), 'no-event' (a source covers it and reports nothing)
 * or 'not-covered' (no source looks there: absence of events there says nothing).
 */
import { covers, type CoverageSource } from '../../coverage/index.js';
import type { KoryuEvent } from '../../model/event.js';
import type { ReportOptions } from '../types.js';

export type CellState = 'events' | 'no-event' | 'not-covered';

export interface CoverageCell {
  year: number;
  state: CellState;
  events: string[];
  /** Ids of the sources that cover the cell. */
  sources: string[];
}

export interface CoverageRow {
  partner: string;
  cells: CoverageCell[];
  total: number;
}

export interface CoverageReport {
  from: string;
  to: string;
  years: number[];
  rows: CoverageRow[];
  sources: { id: string; path: string; kind: string | null; published: string | null; from: string | null; to: string | null; partners: number }[];
}

/** The years an event touches (a span, every year it overlaps). */
function yearsOf(e: KoryuEvent): number[] {
  const a = Number(e.date.slice(0, 4));
  const b = Number((e.dateEnd ?? e.date).slice(0, 4));
  return Array.from({ length: Math.max(1, b - a + 1) }, (_, i) => a + i);
}

function yearRange(events: readonly KoryuEvent[], sources: readonly CoverageSource[], opts: ReportOptions): [number, number] | undefined {
  const covered = sources.filter((s) => s.coverage?.from && s.coverage?.to);
  let lo = opts.from ? Number(opts.from.slice(0, 4)) : undefined;
  let hi = opts.to ? Number(opts.to.slice(0, 4)) : undefined;
  const base = covered.length
    ? covered.flatMap((s) => [Number(s.coverage!.from!.slice(0, 4)), Number(s.coverage!.to!.slice(0, 4))])
    : events.flatMap(yearsOf);
  if (base.length === 0 && (lo === undefined || hi === undefined)) return undefined;
  lo ??= Math.min(...base);
  hi ??= Math.max(...base);
  return lo <= hi ? [lo, hi] : undefined;
}

export function buildCoverage(events: readonly KoryuEvent[], opts: ReportOptions = {}): CoverageReport {
  const sources = opts.sources ?? [];
  const range = yearRange(events, sources, opts);
  const years = range ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => range[0] + i) : [];
  const inYears = new Set(years);
  const byCell = new Map<string, string[]>();
  for (const e of events) {
    for (const y of yearsOf(e)) {
      if (!inYears.has(y)) continue;
      for (const p of e.partners) {
        if (p === 'JPN') continue;
        const key = `${p}|${y}`;
        byCell.set(key, [...(byCell.get(key) ?? []), e.id]);
      }
    }
  }
  const partners = new Set<string>();
  for (const key of byCell.keys()) partners.add(key.split('|')[0]);
  for (const s of sources) for (const p of s.coverage?.partners ?? []) if (years.some((y) => covers(s.coverage, p, y))) partners.add(p);
  const wanted = opts.partner ? [opts.partner] : [...partners];
  const rows = wanted.map((partner): CoverageRow => {
    const cells = years.map((year): CoverageCell => {
      const ids = byCell.get(`${partner}|${year}`) ?? [];
      const by = sources.filter((s) => covers(s.coverage, partner, year)).map((s) => s.id);
      return { year, state: ids.length ? 'events' : by.length ? 'no-event' : 'not-covered', events: ids, sources: by };
    });
    return { partner, cells, total: cells.reduce((n, c) => n + c.events.length, 0) };
  });
  rows.sort((a, b) => b.total - a.total || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0));
  return {
    from: years.length ? `${years[0]}-01` : '',
    to: years.length ? `${years[years.length - 1]}-12` : '',
    years,
    rows,
    sources: sources.map((s) => ({
      id: s.id,
      path: s.path,
      kind: s.kind ?? null,
      published: s.published ?? null,
      from: s.coverage?.from ?? null,
      to: s.coverage?.to ?? null,
      partners: s.coverage?.partners.length ?? 0,
    })),
  };
}
