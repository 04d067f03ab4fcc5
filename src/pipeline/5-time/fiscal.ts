/**
 * The Japanese fiscal year: FY N runs from April of N to March of N+1 (codebook, Time).
 * Months are 'YYYY-MM' strings, which compare correctly as strings.
 */
import { KoryuError } from '../../model/errors.js';
import type { PartialDate } from '../../model/time.js';
import { dateParts, formatDate } from './calendar.js';

/** The fiscal year a dated month falls in (2021-03 → 2020); undefined for a bare year or a non-date. */
export function fiscalYearOf(date: PartialDate): number | undefined {
  const p = dateParts(date);
  if (!p || p.month === undefined) return undefined;
  return p.month >= 4 ? p.year : p.year - 1;
}

/** The months FY `fy` covers: 2020 → { from: '2020-04', to: '2021-03' }. */
export function fiscalYearRange(fy: number): { from: string; to: string } {
  return { from: formatDate(fy, 4), to: formatDate(fy + 1, 3) };
}

/**
 * Whether `date` lies within the months [from, to] (both inclusive, 'YYYY-MM').
 * A day counts by its month. A bare year 'YYYY' is in range only when the WHOLE year is
 * (January and December both inside): a year-only date cannot be placed in part of a year,
 * and a period filter must not claim events it cannot show belong to it.
 */
export function monthInRange(date: PartialDate, from: string, to: string): boolean {
  const lo = parseMonth(from);
  const hi = parseMonth(to);
  const p = dateParts(date);
  if (!p) return false;
  if (p.month === undefined) return formatDate(p.year, 1) >= lo && formatDate(p.year, 12) <= hi;
  const month = formatDate(p.year, p.month);
  return month >= lo && month <= hi;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Validate a 'YYYY-MM' month (e.g. an option value) and return it. */
export function parseMonth(s: string): string {
  if (!MONTH.test(s)) {
    throw new KoryuError('E_BAD_VALUE', `invalid month "${s}": expected YYYY-MM, e.g. 2020-04`);
  }
  return s;
}
