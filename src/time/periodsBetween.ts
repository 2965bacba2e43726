import { assertComparable, firstOrdinal, lengthInMonths } from './_lib/build.js';
import { InvalidPeriodError } from './errors.js';
import { fiscalYearStarting } from './fiscalYear.js';
import type { FiscalYearOptions } from './fiscalYearStart.js';
import { shift } from './next.js';
import { parseFiscalYear } from './parseFiscalYear.js';
import type { FiscalYear, Period } from './period.js';

/**
 * Every period from `first` to `last`, both included, in order.
 *
 * @param first - the first period
 * @param last - the last period: same kind and fiscal calendar, not before `first`
 * @returns a frozen array of periods
 * @throws {InvalidPeriodError} when the kinds or start months differ, or `last` is before `first`
 *
 * @example
 * ```ts
 * periodsBetween(parsePeriod('2022-02'), parsePeriod('2022-04')).map((p) => p.key)
 * //=> ['2022-02', '2022-03', '2022-04']
 * ```
 */
export function periodsBetween<P extends Period>(first: P, last: P): readonly P[] {
  assertComparable(first, last, 'periodsBetween');
  const count = (firstOrdinal(last) - firstOrdinal(first)) / lengthInMonths(first) + 1;
  if (count < 1) throw new InvalidPeriodError(last.key, `is before ${first.key}`);
  return periodRange(first, count);
}

/**
 * `count` consecutive periods starting with `first`.
 *
 * @param first - the first period
 * @param count - how many periods (an integer ≥ 0)
 * @returns a frozen array of periods
 * @throws {InvalidPeriodError} when `count` is not a non-negative integer
 *
 * @example
 * ```ts
 * periodRange(parsePeriod('FY2021-22 Q3'), 3).map((p) => p.key)
 * //=> ['FY2021-22 Q3', 'FY2021-22 Q4', 'FY2022-23 Q1']
 * ```
 */
export function periodRange<P extends Period>(first: P, count: number): readonly P[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidPeriodError(count, 'is not a valid number of periods (an integer ≥ 0)');
  }
  return Object.freeze(Array.from({ length: count }, (_, i) => shift(first, i)));
}

/** Options for {@link fiscalYears}. */
export type FiscalYearsOptions = FiscalYearOptions;

/**
 * `count` consecutive fiscal years from a first one, given as a label, a start year or a value.
 *
 * @param first - `'FY2021-22'` (any {@link parseFiscalYear} form), `2021`, or a FiscalYear
 * @param count - how many years
 * @param options - `startMonth` for a label without suffix or a start year (default April)
 * @returns a frozen array of fiscal years
 * @throws {InvalidPeriodError} for a bad label or count
 *
 * @example
 * ```ts
 * fiscalYears('FY2021-22', 3).map((fy) => fy.key) //=> ['FY2021-22', 'FY2022-23', 'FY2023-24']
 * ```
 */
export function fiscalYears(
  first: string | number | FiscalYear,
  count: number,
  options?: FiscalYearsOptions,
): readonly FiscalYear[] {
  const start =
    typeof first === 'string'
      ? parseFiscalYear(first, options)
      : typeof first === 'number'
        ? fiscalYearStarting(first, options)
        : first;
  return periodRange(start, count);
}
