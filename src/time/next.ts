import { firstOrdinal, lengthInMonths, samePeriodKindAt } from './_lib/build.js';
import { InvalidPeriodError } from './errors.js';
import type { Period } from './period.js';

/**
 * The period `steps` periods after this one, of the same kind and fiscal calendar (negative steps
 * go back).
 *
 * @param period - the starting period
 * @param steps - an integer number of periods
 * @returns the shifted period
 * @throws {InvalidPeriodError} when `steps` is not an integer or the result leaves years 1000–9998
 *
 * @example
 * ```ts
 * shift(parsePeriod('FY2021-22 Q4'), 1).key //=> 'FY2022-23 Q1'
 * shift(parsePeriod('2021-01'), -1).key //=> '2020-12'
 * ```
 */
export function shift<P extends Period>(period: P, steps: number): P {
  if (!Number.isInteger(steps)) {
    throw new InvalidPeriodError(steps, 'is not a whole number of periods to shift by');
  }
  return samePeriodKindAt(period, firstOrdinal(period) + steps * lengthInMonths(period)) as P;
}

/**
 * The period right after this one.
 *
 * @example
 * ```ts
 * next(parsePeriod('FY2021-22')).key //=> 'FY2022-23'
 * ```
 */
export function next<P extends Period>(period: P): P {
  return shift(period, 1);
}

/**
 * The period right before this one.
 *
 * @example
 * ```ts
 * previous(parsePeriod('2022-01')).key //=> '2021-12'
 * ```
 */
export function previous<P extends Period>(period: P): P {
  return shift(period, -1);
}
