import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { dayNumber } from '../../time/_lib/dayNumber.js';

// Calendar dates are `yyyy-MM-dd` strings; date-fns reads them as local midnights and counts
// calendar days, so the arithmetic is the same in every time zone (daylight saving included).

/** Days from `start` to `end`, both inclusive (a whole April is 30). */
export function daysInclusive(start: string, end: string): number {
  const from = dayNumber(start);
  const to = dayNumber(end);
  // Counted in integers for the canonical form (a plan counts thousands of spans: date-fns
  // parses each date into a Date first); anything else as date-fns counts it.
  if (from !== undefined && to !== undefined) return to - from + 1;
  return differenceInCalendarDays(parseISO(end), parseISO(start)) + 1;
}

/** The date `days` calendar days after `date`. */
export function plusDays(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

/** The later of two calendar dates (ISO strings compare as dates). */
export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The earlier of two calendar dates. */
export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}
