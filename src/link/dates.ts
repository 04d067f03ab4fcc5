/**
 * Dates as intervals of days, for linking: 2020-12 is 2020-12-01..2020-12-31, and it contains
 * 2020-12-22. Two records can be one engagement only when one's interval contains the other's;
 * the narrower one is the more precise date and wins (docs/codebook.md, "Linking across sources").
 */
import type { PartialDate } from '../model/time.js';

export interface DayInterval {
  /** 'YYYY-MM-DD', inclusive. */
  lo: string;
  hi: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function firstDay(d: PartialDate): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

function lastDay(d: PartialDate): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-${pad(daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7))))}`;
  return d;
}

/** The days an event's date (and dateEnd, for a span) may denote. */
export function dayInterval(date: PartialDate, dateEnd?: PartialDate): DayInterval {
  return { lo: firstDay(date), hi: lastDay(dateEnd ?? date) };
}

/** Whether `outer` contains `inner` (bounds included). */
export const contains = (outer: DayInterval, inner: DayInterval): boolean => outer.lo <= inner.lo && inner.hi <= outer.hi;

/** Whether one of the two intervals contains the other: the dates can denote the same engagement. */
export const nested = (a: DayInterval, b: DayInterval): boolean => contains(a, b) || contains(b, a);

/** How many days the interval spans: a day 1, a month 28–31, a year 365–366. */
export function widthInDays(i: DayInterval): number {
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(i.hi) - t(i.lo)) / 86_400_000) + 1;
}

/** A single day, no span: the one precision at which two reports certainly speak of the same date. */
export const isOneDay = (date: PartialDate, dateEnd?: PartialDate): boolean => date.length === 10 && (!dateEnd || dateEnd === date);
