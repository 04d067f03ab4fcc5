/**
 * Which events fall in a period of months. The rule (also stated in `koryu events --help`):
 *
 * - Months are inclusive at both ends: --from 2020-04 --to 2021-03 is FY2020.
 * - A day date counts as its month.
 * - A single date must lie wholly inside the period. A year-only date ('2020') covers
 *   2020-01..2020-12 and is inside only when that whole year is: we do not know its month,
 *   so claiming it for a part of the year would be a guess.
 * - An event with a dateEnd ran for its whole span, so it counts as soon as the span
 *   overlaps the period (a 2021-01..2021-02 exercise is in a period ending 2021-01).
 *
 * Single dates follow monthInRange of the time stage (one definition of "in a period" for the
 * whole project); spans are the store's addition. The store keeps each event's bounds
 * (eventMonths) as columns so the rule runs in SQL.
 */
import type { PartialDate } from '../model/time.js';
import { monthInRange } from '../pipeline/5-time/fiscal.js';

const FIRST_MONTH = '0000-01';
const LAST_MONTH = '9999-12';

/** First and last month a partial date may denote. */
export function monthBounds(date: PartialDate): { lo: string; hi: string } {
  const year = date.slice(0, 4);
  if (date.length === 4) return { lo: `${year}-01`, hi: `${year}-12` };
  const month = date.slice(0, 7);
  return { lo: month, hi: month };
}

/** The months an event covers, and whether it is a span (overlap rule) or a point (containment). */
export function eventMonths(date: PartialDate, dateEnd?: PartialDate): { lo: string; hi: string; span: boolean } {
  const start = monthBounds(date);
  if (!dateEnd) return { ...start, span: false };
  return { lo: start.lo, hi: monthBounds(dateEnd).hi, span: true };
}

/** The reference implementation of the rule above (backends implement it in their query language). */
export function eventInPeriod(date: PartialDate, dateEnd: PartialDate | undefined, from?: string, to?: string): boolean {
  if (!dateEnd) return monthInRange(date, from ?? FIRST_MONTH, to ?? LAST_MONTH);
  const { lo, hi } = eventMonths(date, dateEnd);
  return lo <= (to ?? LAST_MONTH) && hi >= (from ?? FIRST_MONTH);
}
