import { quarterAt } from './_lib/build.js';
import { type CalendarDateInput, toCalendarDate } from './calendarDate.js';
import { type FiscalYearOptions, resolveStartMonth } from './fiscalYearStart.js';
import type { FiscalQuarter } from './period.js';

/** Options for {@link fiscalQuarter}. */
export type FiscalQuarterOptions = FiscalYearOptions;

/**
 * The fiscal quarter containing a date: Q1 is the fiscal year's first three months (April–June
 * with the default April start), Q4 its last three (January–March).
 *
 * @param date - a `yyyy-MM-dd` string or a `Date` (read by its local calendar date)
 * @param options - `startMonth` (1–12, default April)
 * @returns the frozen quarter, with its fiscal year
 * @throws {InvalidDateError} when the date is invalid
 * @throws {InvalidPeriodError} when `startMonth` is not 1–12
 *
 * @example
 * ```ts
 * fiscalQuarter('2021-08-24').key //=> 'FY2021-22 Q2'
 * fiscalQuarter('2022-01-15').key //=> 'FY2021-22 Q4'
 * ```
 */
export function fiscalQuarter(
  date: CalendarDateInput,
  options?: FiscalQuarterOptions,
): FiscalQuarter {
  const startMonth = resolveStartMonth(options);
  const d = toCalendarDate(date);
  return quarterAt(d.getFullYear() * 12 + d.getMonth(), startMonth);
}
