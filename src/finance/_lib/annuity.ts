import { Decimal, ONE } from '../../core/decimal.js';
import type { DecimalLike } from '../../core/decimalLike.js';
import { toDecimal } from '../../core/decimalLike.js';
import { ArgumentError, describe } from '../../core/errors.js';
import { NUMBER_LIMITS } from '../../core/limits.js';

/** (1 + r)^n, with whole n by repeated multiplication (fast and exact to 40 digits). */
export function growth(rate: Decimal, periods: Decimal): Decimal {
  const base = ONE.plus(rate);
  return periods.isInteger() ? base.toPower(periods) : Decimal.pow(base, periods);
}

/** ((1 + r)^n − 1) / r, the future value of 1 per period; n when r = 0. */
export function annuityFactor(rate: Decimal, periods: Decimal, grown: Decimal): Decimal {
  return rate.isZero() ? periods : grown.minus(ONE).dividedBy(rate);
}

/** 1 + r·type: payments at the start of a period earn one more period of interest. */
export function timingFactor(rate: Decimal, type: 0 | 1): Decimal {
  return type === 1 ? ONE.plus(rate) : ONE;
}

/** Reads a number of periods that must be ≥ 0 (or > 0 when `positive`). */
export function readPeriods(value: DecimalLike, what: string, positive: boolean): Decimal {
  const periods = toDecimal(value, what);
  if (
    periods.isNegative() ||
    (positive && periods.isZero()) ||
    periods.greaterThan(NUMBER_LIMITS.maxPeriods)
  ) {
    throw new ArgumentError(
      'PERIODS_OUT_OF_RANGE',
      `${what} ${describe(value)} must be ${positive ? 'greater than zero' : 'zero or more'} and at most ${NUMBER_LIMITS.maxPeriods} (README "Limits")`,
    );
  }
  return periods;
}
