import { covers } from '../../coverage/index.js';
import type { EventKind, JpRole, KoryuEvent, Mode } from '../../model/event.js';
import { readReportData } from '../data.js';
import { eventInPeriod, lastYears, resolvePeriod } from '../period.js';
import { readableText } from '../text.js';
import type { ReportOptions } from '../types.js';
import { chronological } from './common.js';

export interface CounterpartTitle {
  ja: string;
  en: string;
}

export interface ChronologyRow {
  date: string;
  dateEnd: string | null;
  kind: EventKind;
  principal: JpRole | null;
  /** The partners of the event (this country first), and the foreign title the evidence names. */
  counterpart: { partners: string[]; title: CounterpartTitle | null };
  mode: Mode | null;
  name: string | null;
  /** The evidence sentence, whitespace collapsed and shortened to one line. */
  excerpt: string;
  events: string[];
}

/** A year of the chronology: how many events, and which sources cover the partner that year. */
export interface YearCoverage {
  year: number;
  events: number;
  /** Paths of the sources that cover the partner that year (empty: not covered). */
  sources: string[];
}

export interface CountryReport {
  partner: string;
  from: string;
  to: string;
  rows: ChronologyRow[];
  /** Present when the sources' coverage is known: every year of the period. */
  years?: YearCoverage[];
}

const EXCERPT_MAX = 90;

/**
 * The chronology of one partner, like the white paper's 「最近の…主要な実績（過去3年間）」 tables:
 * by default the `years` (3) years up to the latest month in the data.
 */
export function buildCountry(events: readonly KoryuEvent[], partner: string, opts: ReportOptions = {}): CountryReport {
  const years = opts.years ?? 3;
  const recent = opts.from === undefined && opts.to === undefined ? lastYears(events, years) : undefined;
  const period = resolvePeriod(events, recent ? { ...opts, ...recent } : opts, 'all');
  const rows = events
    .filter((e) => e.partners.includes(partner) && eventInPeriod(e, period))
    .sort(chronological)
    .map(
      (e): ChronologyRow => ({
        date: e.date,
        dateEnd: e.dateEnd ?? null,
        kind: e.kind,
        principal: e.jpRole ?? null,
        counterpart: {
          partners: [partner, ...e.partners.filter((p) => p !== partner && p !== 'JPN')],
          title: counterpartTitle(e),
        },
        mode: e.mode ?? null,
        name: e.name ?? null,
        excerpt: excerptOf(e),
        events: [e.id],
      }),
    );
  const report: CountryReport = { partner, from: period.from, to: period.to, rows };
  if (opts.sources) {
    const first = Number(period.from.slice(0, 4));
    const last = Number(period.to.slice(0, 4));
    report.years = [];
    for (let year = first; year <= last; year++) {
      report.years.push({
        year,
        events: rows.filter((r) => Number(r.date.slice(0, 4)) <= year && year <= Number((r.dateEnd ?? r.date).slice(0, 4))).length,
        sources: opts.sources.filter((s) => covers(s.coverage, partner, year)).map((s) => s.path),
      });
    }
  }
  return report;
}

interface TitleTable {
  titles: CounterpartTitle[];
}

/**
 * The longest foreign title (data/reports/counterpart-titles.json) that the evidence mentions;
 * only for meetings, where a counterpart is a person.
 */
export function counterpartTitle(e: KoryuEvent): CounterpartTitle | null {
  if (e.kind !== 'talks' && e.kind !== 'conference') return null;
  const text = e.evidence.map((ev) => ev.text).join(' ');
  let best: CounterpartTitle | null = null;
  for (const t of readReportData<TitleTable>('counterpart-titles.json').titles) {
    if (text.includes(t.ja) && (!best || t.ja.length > best.ja.length)) best = t;
  }
  return best;
}

export function excerptOf(e: KoryuEvent): string {
  const text = readableText(e.evidence[0]?.text ?? '');
  if (text.length <= EXCERPT_MAX) return text;
  // A sentence may report several events: start at the clause that names this event's month.
  const month = /^\d{4}-(\d{2})/.exec(e.date);
  const at = month ? text.indexOf(`${Number(month[1])}月`) : -1;
  let start = 0;
  if (at > EXCERPT_MAX / 3) {
    const clause = Math.max(text.lastIndexOf('、', at), text.lastIndexOf('。', at));
    start = clause >= 0 && at - clause < 40 ? clause + 1 : at - 10;
  }
  const body = text.slice(start, start + EXCERPT_MAX - 1);
  return `${start > 0 ? '…' : ''}${body}${start + body.length < text.length ? '…' : ''}`;
}
