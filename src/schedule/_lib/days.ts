import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { civilDayNumber } from '../../time/_lib/dayNumber.js';

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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number of a real `yyyy-MM-dd` date (days since 1970-01-01, proleptic Gregorian, as
 * JavaScript's Date counts them), or undefined for any other string (left to date-fns). Integer
 * arithmetic only (the civil-from-days algorithm of H. Hinnant), so it is zone-free.
 */
export function dayNumber(date: string): number | undefined {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return undefined;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number))) return undefined;
  // Days since 1970-01-01: 0000-03-01 is 719,468 days before it.
  return civilDayNumber(y, m, d) - 719_468;
}

/** The decimal digits of text[from, to) as a number, or −1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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
