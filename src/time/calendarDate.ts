import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { InvalidDateError } from './errors.js';

/** A calendar date as crorecast accepts it: a `yyyy-MM-dd` string (canonical) or a `Date`. */
export type CalendarDateInput = string | Date;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a calendar date as a `Date` at local midnight.
 *
 * A `yyyy-MM-dd` string is the canonical, zone-free form: `'2022-04-01'` is 1 April 2022 in every
 * time zone. A `Date` is read by its *local* calendar date (its `getFullYear`/`getMonth`/`getDate`),
 * as date-fns does. Beware the classic pitfall: `new Date('2022-04-01')` is midnight *UTC*, which
 * west of UTC (e.g. `TZ=America/Los_Angeles`) is the evening of 31 March 2022 — so it falls in
 * FY2021-22 there. Pass the string, or `new Date(2022, 3, 1)`, instead.
 *
 * @param input - a strict `yyyy-MM-dd` string or a valid `Date`
 * @returns a fresh `Date` at local midnight of that calendar date (or the day's first existing
 *   instant where a daylight-saving change skips midnight, e.g. 01:00 on 2018-11-04 in São Paulo;
 *   the calendar date is always right). The input is never mutated.
 * @throws {InvalidDateError} when the string is not a real `yyyy-MM-dd` date or the Date is invalid
 *
 * @example
 * ```ts
 * formatCalendarDate(toCalendarDate('2022-03-31')) //=> '2022-03-31'
 * toCalendarDate('2022-02-30') // throws InvalidDateError: date "2022-02-30" is not a calendar date…
 * ```
 */
export function toCalendarDate(input: CalendarDateInput): Date {
  if (typeof input === 'string') {
    if (!ISO_DATE.test(input)) throw new InvalidDateError(input);
    // parseISO reads a date-only string as local midnight and rejects 2022-02-30; the round trip
    // also rejects anything it normalised. (parseISO and formatISO, not parse and format: they
    // load a handful of modules instead of every token parser and formatter.)
    const date = parseISO(input);
    if (!isValid(date) || formatISO(date, { representation: 'date' }) !== input)
      throw new InvalidDateError(input);
    return date;
  }
  if (!(input instanceof Date) || !isValid(input)) {
    throw new InvalidDateError(input, 'is not a valid Date or yyyy-MM-dd string');
  }
  return new Date(input.getFullYear(), input.getMonth(), input.getDate());
}

/**
 * Formats a calendar date as its canonical `yyyy-MM-dd` string (by its local calendar date).
 *
 * @param date - a `yyyy-MM-dd` string (validated and returned as is) or a valid `Date`
 * @returns the `yyyy-MM-dd` form
 * @throws {InvalidDateError} when the input is not a valid calendar date
 *
 * @example
 * ```ts
 * formatCalendarDate(new Date(2021, 7, 24)) //=> '2021-08-24'
 * ```
 */
export function formatCalendarDate(date: CalendarDateInput): string {
  return formatISO(toCalendarDate(date), { representation: 'date' });
}
