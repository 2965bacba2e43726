import { ArgumentError, describe } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { InvalidPeriodError } from './errors.js';

/**
 * The month (1 = January … 12 = December) in which a fiscal year starts by default: April, as in
 * India's April–March fiscal year. Defined here once; every function taking `startMonth` defaults
 * to it.
 */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 4;

/** Options shared by every function that places dates or months in fiscal years. */
export interface FiscalYearOptions {
  /** Month the fiscal year starts in, 1–12. Default {@link DEFAULT_FISCAL_YEAR_START_MONTH} (April). */
  readonly startMonth?: number;
}

/** Short month names used in fiscal-year labels of non-April years (`FY2021-22 (Jul)`). */
export const MONTH_ABBREVIATIONS = deepFreeze([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const);

/**
 * Reads and checks a fiscal-year start month.
 *
 * @param options - the caller's options; `startMonth` must be an integer 1–12
 * @returns the start month (default 4)
 * @throws {InvalidPeriodError} when `startMonth` is not an integer from 1 to 12
 *
 * @example
 * ```ts
 * resolveStartMonth({}) //=> 4
 * resolveStartMonth({ startMonth: 7 }) //=> 7
 * ```
 */
export function resolveStartMonth(options?: FiscalYearOptions): number {
  // Every time function's options pass through here: null or a number is a typed error.
  if (
    options !== undefined &&
    (typeof options !== 'object' || options === null || Array.isArray(options))
  ) {
    throw new ArgumentError(
      'INVALID_OPTIONS',
      `options ${describe(options)} must be an object (or left out)`,
    );
  }
  const startMonth = options?.startMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new InvalidPeriodError(startMonth, 'is not a valid fiscal-year startMonth (1–12)');
  }
  return startMonth;
}
