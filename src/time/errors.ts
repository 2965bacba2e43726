import { CrorecastError, describe } from '../core/errors.js';

/** A date that is not a real calendar date (`'2022-02-30'`, `'01/04/2022'`, an Invalid Date). */
export class InvalidDateError extends CrorecastError {
  readonly value: unknown;

  constructor(value: unknown, problem = 'is not a calendar date in yyyy-MM-dd form') {
    super('INVALID_DATE', `date ${describe(value)} ${problem}`);
    this.value = value;
  }
}

/**
 * A period label that names no period (`'FY2021-23'`, `'2021-13'`, `'Q5'`), or a period operation
 * that makes no sense (mixing kinds or fiscal-year start months, converting to a finer kind).
 */
export class InvalidPeriodError extends CrorecastError {
  readonly value: unknown;

  constructor(value: unknown, problem: string) {
    super('INVALID_PERIOD', `period ${describe(value)} ${problem}`);
    this.value = value;
  }
}
