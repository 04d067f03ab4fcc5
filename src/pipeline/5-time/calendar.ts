/** Formatting and arithmetic on partial dates ('2020', '2020-05', '2020-05-17'). */
import type { PartialDate } from '../../model/time.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatDate(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a partial date, or undefined when it is not one. */
export function dateParts(date: PartialDate): DateParts | undefined {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  return parts;
}

/** Move a year-month by `delta` months. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Move a full date by `delta` days (calendar-correct through month and year ends). */
export function addDays(year: number, month: number, day: number, delta: number): DateParts {
  const d = new Date(Date.UTC(year, month - 1, day + delta));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1;
}
