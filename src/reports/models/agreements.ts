import type { Instrument, KoryuEvent, Milestone } from '../../model/event.js';
import { MILESTONES } from '../../model/event.js';
import { eventInPeriod, resolvePeriod } from '../period.js';
import type { ReportOptions } from '../types.js';
import { cmp, idsOf } from './common.js';

export interface AgreementRow {
  partners: string[];
  instrument: Instrument | null;
  milestone: Milestone | null;
  date: string;
  name: string | null;
  events: string[];
}

export interface AgreementsReport {
  from: string;
  to: string;
  rows: AgreementRow[];
}

/** Every agreement milestone (all time unless a period is given). */
export function buildAgreements(events: readonly KoryuEvent[], opts: ReportOptions = {}): AgreementsReport {
  const agreements = events.filter((e) => e.kind === 'agreement');
  const period = resolvePeriod(agreements.length ? agreements : events, opts, 'all');
  const rows: AgreementRow[] = agreements
    .filter((e) => eventInPeriod(e, period))
    .map((e) => ({
      partners: [...e.partners].filter((p) => p !== 'JPN').sort(),
      instrument: e.instrument ?? null,
      milestone: e.milestone ?? null,
      date: e.date,
      name: e.name ?? null,
      events: idsOf([e]),
    }));
  rows.sort(
    (a, b) =>
      cmp(a.partners.join(','), b.partners.join(',')) ||
      cmp(a.instrument ?? '', b.instrument ?? '') ||
      cmp(a.date, b.date) ||
      milestoneRank(a.milestone) - milestoneRank(b.milestone) ||
      cmp(a.events[0], b.events[0]),
  );
  return { from: period.from, to: period.to, rows };
}

export const milestoneRank = (m: Milestone | null): number => (m ? MILESTONES.indexOf(m) : -1);

/** The matrix's columns: the five instruments the white paper tabulates, then the rest if present. */
export const MATRIX_INSTRUMENTS: readonly Instrument[] = ['ACSA', 'ISA', 'ETA', 'RAA', 'MOU'];

export interface MatrixCell {
  latest: AgreementRow;
  /** All milestones of this partner and instrument, oldest first. */
  history: AgreementRow[];
}

export interface AgreementMatrix {
  instruments: Instrument[];
  partners: string[];
  cells: Map<string, MatrixCell>;
}

export const cellKey = (partner: string, instrument: string): string => `${partner}|${instrument}`;

/** Partner × instrument, each cell its latest milestone (later date; at equal dates, the later stage). */
export function agreementMatrix(report: AgreementsReport): AgreementMatrix {
  const cells = new Map<string, MatrixCell>();
  const extra = new Set<Instrument>();
  for (const row of report.rows) {
    const instrument = row.instrument ?? 'other';
    if (!MATRIX_INSTRUMENTS.includes(instrument)) extra.add(instrument);
    for (const partner of row.partners) {
      const k = cellKey(partner, instrument);
      const cell = cells.get(k);
      if (cell) cell.history.push(row);
      else cells.set(k, { latest: row, history: [row] });
    }
  }
  for (const cell of cells.values()) {
    cell.history.sort((a, b) => cmp(a.date, b.date) || milestoneRank(a.milestone) - milestoneRank(b.milestone));
    cell.latest = cell.history[cell.history.length - 1];
  }
  const partners = [...new Set([...cells.keys()].map((k) => k.split('|')[0]))].sort();
  const instruments = [...MATRIX_INSTRUMENTS, ...[...extra].sort()];
  return { instruments, partners, cells };
}
