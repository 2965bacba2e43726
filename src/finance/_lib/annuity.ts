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
  if (rate.isZero()) return periods;
  if (isTinyRate(rate)) {
    // At 40 digits 1 + 1e-40 is 1, so (grown − 1) / r would be 0 / r: compute it at 120 digits,
    // where it is n + n(n − 1)/2·r + …, and round the result back (issue 11: pmt('1e-40', …)).
    return narrow(annuityTerms(rate, periods, 0).factor);
  }
  return grown.minus(ONE).dividedBy(rate);
}

/** The terms of the annuity formulas, at 120 digits for a tiny rate and at 40 otherwise. */
export interface AnnuityTerms {
  /** (1 + r)^n */
  readonly grown: Decimal;
  /** ((1 + r)^n − 1) / r, or n at r = 0 */
  readonly factor: Decimal;
  /** 1 + r·type */
  readonly timing: Decimal;
  /** A Decimal at the terms' precision. */
  readonly at: (value: Decimal) => Decimal;
  /** A result back at crorecast's precision. */
  readonly finish: (value: Decimal) => Decimal;
}

/**
 * (1 + r)^n, the annuity factor and the timing factor for one rate and term. With a tiny rate
 * (|r| < 1e-12) every term and the formula using them run at 120 digits, so `pv('1e-40', 12,
 * -100)` is 1,200 to 40 digits instead of 0 or Infinity (issue 11).
 */
export function annuityTerms(rate: Decimal, periods: Decimal, type: 0 | 1): AnnuityTerms {
  if (!isTinyRate(rate)) {
    const grown = growth(rate, periods);
    return {
      grown,
      factor: annuityFactor(rate, periods, grown),
      timing: timingFactor(rate, type),
      at: (value) => value,
      finish: (value) => value,
    };
  }
  const r = new WideDecimal(rate);
  const base = r.plus(1);
  const grown = base.toPower(new WideDecimal(periods));
  return {
    grown,
    factor: grown.minus(1).dividedBy(r),
    timing: type === 1 ? base : new WideDecimal(1),
    at: (value) => new WideDecimal(value),
    finish: narrow,
  };
}

/**
 * Below this magnitude a rate loses more than 12 of its 40 digits in 1 + r, so the annuity
 * factor is computed at `WideDecimal`'s precision.
 */
const TINY_RATE = new Decimal('1e-12');

/** True when `1 + rate` at 40 digits drops too many of the rate's digits. */
export function isTinyRate(rate: Decimal): boolean {
  return !rate.isZero() && rate.abs().lessThan(TINY_RATE);
}

/**
 * 120 significant digits: 1 + r is exact for every accepted rate (down to 1e-40 with 40 digits
 * of its own), so differences of powers near 1 keep at least 40 good digits.
 */
export const WideDecimal = Decimal.clone({ precision: 120 });

/** A wide result rounded back to crorecast's Decimal (40 digits, half-up). */
export function narrow(value: Decimal): Decimal {
  return new Decimal(value.toSignificantDigits(Decimal.precision));
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
