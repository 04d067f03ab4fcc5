import { KoryuError } from '../model/errors.js';
import type { KoryuEvent } from '../model/event.js';
import { fiscalYearOf, fiscalYearRange, parseMonth } from '../pipeline/5-time/fiscal.js';
import { eventInPeriod as storeEventInPeriod } from '../store/period.js';
import type { Lang, Period, ReportOptions } from './types.js';

/** A user's 'YYYY-MM' (the time stage's parseMonth), the message naming the option. */
export function checkMonth(value: string, option: string): string {
  try {
    return parseMonth(value);
  } catch (e) {
    if (e instanceof KoryuError) throw new KoryuError(e.code, `${option}: ${e.message}`);
    throw e;
  }
}

/** Month index (year*12 + month-1) of a partial date's first month; undefined for year-only dates. */
export function monthIndex(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
}

export function monthOfIndex(i: number): string {
  const y = Math.floor(i / 12);
  return `${y}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * Whether an event falls in an inclusive period of months, by the project's one rule
 * (src/store/period.ts): a dated month must lie within it, a year-only date only when the whole
 * year does, and a span counts when it overlaps the period.
 */
export const eventInPeriod = (e: KoryuEvent, p: Period): boolean => storeEventInPeriod(e.date, e.dateEnd, p.from, p.to);

/** First and last months among the events (year-only dates count as January and December). */
export function dataSpan(events: readonly KoryuEvent[]): Period | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    for (const d of [e.date, e.dateEnd]) {
      if (!d) continue;
      const i = monthIndex(d);
      const y = /^(\d{4})/.exec(d);
      if (i !== undefined) {
        lo = Math.min(lo, i);
        hi = Math.max(hi, i);
      } else if (y) {
        lo = Math.min(lo, Number(y[1]) * 12);
        hi = Math.max(hi, Number(y[1]) * 12 + 11);
      }
    }
  }
  return Number.isFinite(lo) ? { from: monthOfIndex(lo), to: monthOfIndex(hi) } : undefined;
}

/**
 * The latest fiscal year that has ended by the data's last dated month: if the data reach
 * March, that fiscal year is complete; otherwise the one before.
 */
export function latestCompleteFiscalYear(events: readonly KoryuEvent[]): Period | undefined {
  let hi = -Infinity;
  for (const e of events) {
    const i = monthIndex(e.date);
    if (i !== undefined) hi = Math.max(hi, i);
  }
  if (!Number.isFinite(hi)) return undefined;
  const fy = fiscalYearOf(monthOfIndex(hi))!;
  return fiscalYearRange(hi % 12 === 2 ? fy : fy - 1);
}

/** The `years` years up to the data's last month (the white paper's 「過去3年間」), within the data. */
export function lastYears(events: readonly KoryuEvent[], years: number): Period | undefined {
  const span = dataSpan(events);
  if (!span) return undefined;
  const to = monthIndex(span.to)!;
  return { from: monthOfIndex(Math.max(monthIndex(span.from)!, to - years * 12 + 1)), to: span.to };
}

/** Whole calendar quarters: the last `years` years up to the data's last quarter. */
export function lastQuarters(events: readonly KoryuEvent[], years: number): Period | undefined {
  const span = dataSpan(events);
  if (!span) return undefined;
  const to = monthIndex(span.to)!;
  const lastQuarterEnd = to - (to % 3) + 2;
  const from = Math.max(monthIndex(span.from)! - (monthIndex(span.from)! % 3), lastQuarterEnd - years * 12 + 1);
  return { from: monthOfIndex(from), to: monthOfIndex(lastQuarterEnd) };
}

/**
 * The span a white-paper edition reports on: the latest complete fiscal year, reaching back to
 * the January it began in (FY2020 → 2020-01..2021-03, as 図表Ⅲ-3-1-5 「2020.1～2021.3」).
 */
export function latestEditionSpan(events: readonly KoryuEvent[]): Period | undefined {
  const fy = latestCompleteFiscalYear(events);
  return fy && { from: `${fy.from.slice(0, 4)}-01`, to: fy.to };
}

export type DefaultPeriod = 'latest-fiscal-year' | 'latest-edition' | 'all';

/** The period a report covers: the user's months (checked), else the default for that report. */
export function resolvePeriod(events: readonly KoryuEvent[], opts: ReportOptions, fallback: DefaultPeriod): Period {
  const from = opts.from !== undefined ? checkMonth(opts.from, '--from') : undefined;
  const to = opts.to !== undefined ? checkMonth(opts.to, '--to') : undefined;
  if (from && to && from > to) throw new KoryuError('E_BAD_VALUE', `--from ${from} is after --to ${to}`);
  if (from && to) return { from, to };
  const def =
    (fallback === 'latest-fiscal-year'
      ? latestCompleteFiscalYear(events)
      : fallback === 'latest-edition'
        ? latestEditionSpan(events)
        : dataSpan(events)) ?? dataSpan(events);
  const base = def ?? { from: '1900-01', to: '1900-01' };
  const p = { from: from ?? base.from, to: to ?? base.to };
  if (p.from > p.to) {
    // Only one end was given and it lies beyond the data: the period is that single end.
    return from ? { from, to: from } : { from: to!, to: to! };
  }
  return p;
}

/** Calendar quarter of a dated month, '2020-Q2'. */
export function quarterOf(date: string): string | undefined {
  const i = monthIndex(date);
  if (i === undefined) return undefined;
  return `${Math.floor(i / 12)}-Q${Math.floor((i % 12) / 3) + 1}`;
}

/** Every quarter from a to b inclusive. */
export function quartersBetween(a: string, b: string): string[] {
  const parse = (q: string) => {
    const [y, n] = q.split('-Q');
    return Number(y) * 4 + Number(n) - 1;
  };
  const out: string[] = [];
  for (let i = parse(a); i <= parse(b); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** 'Title（2020.4～2021.3）' / 'Title (Apr 2020 – Mar 2021)'. */
export function titleWithPeriod(title: string, p: Period, lang: Lang): string {
  return lang === 'ja' ? `${title}（${formatPeriod(p, lang)}）` : `${title} (${formatPeriod(p, lang)})`;
}

/** '2020.4～2021.3' in Japanese, 'Apr 2020 – Mar 2021' in English. */
export function formatPeriod(p: Period, lang: Lang): string {
  const f = (m: string) => {
    const [y, mm] = m.split('-');
    return lang === 'ja' ? `${y}.${Number(mm)}` : `${MONTHS_EN[Number(mm) - 1]} ${y}`;
  };
  return lang === 'ja' ? `${f(p.from)}～${f(p.to)}` : `${f(p.from)} – ${f(p.to)}`;
}

export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mm, dd] = m;
  if (lang === 'ja') return `${y}年${mm ? `${Number(mm)}月` : ''}${dd ? `${Number(dd)}日` : ''}`;
  if (!mm) return y;
  return `${dd ? `${Number(dd)} ` : ''}${MONTHS_EN[Number(mm) - 1]} ${y}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
