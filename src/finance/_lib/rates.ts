import { Decimal, ONE } from '../../core/decimal.js';
import { type DecimalLike, toDecimal } from '../../core/decimalLike.js';
import { ArgumentError, describe } from '../../core/errors.js';

/**
 * Reads a periodic rate and checks it is above −100%: at −100% or below, `(1 + rate)^t` is zero or
 * negative and discounting has no meaning (Excel returns `#NUM!` or nonsense).
 */
export function readRate(value: DecimalLike, what = 'rate'): Decimal {
  const rate = toDecimal(value, what);
  if (rate.lessThanOrEqualTo(-1)) {
    throw new ArgumentError(
      'RATE_OUT_OF_RANGE',
      `${what} ${describe(value)} must be greater than -1 (−100%)`,
    );
  }
  return rate;
}

/** `e^t − 1` in Decimal: the rate whose continuously compounded equivalent is `t`. */
export function rateFromLog(t: Decimal): Decimal {
  return t.isZero() ? new Decimal(0) : Decimal.exp(t).minus(ONE);
}

/** Checks `firstFlowAt` (a JavaScript caller can pass anything). */
export function readFirstFlowAt(value: unknown): 0 | 1 {
  if (value === undefined || value === 1) return 1;
  if (value === 0) return 0;
  throw new ArgumentError('INVALID_OPTION', `firstFlowAt ${describe(value)} must be 0 or 1`);
}

/** Checks an annuity `type`: 0 = payments at the end of each period, 1 = at the start. */
export function readPaymentTiming(value: unknown): 0 | 1 {
  if (value === undefined || value === 0) return 0;
  if (value === 1) return 1;
  throw new ArgumentError(
    'INVALID_OPTION',
    `type ${describe(value)} must be 0 (end of period) or 1 (start)`,
  );
}

/**
 * The precision of a solved rate: 1 + rate rounded to 30 significant digits. The Decimal polish
 * reaches ~38 digits; the last few are rounding noise, and dropping them makes exact rates exact
 * (`irrAll([-100, 230, -132])` gives exactly 0.1 and 0.2).
 */
export const RATE_SIGNIFICANT_DIGITS = 30;

export function finishRate(rate: Decimal): Decimal {
  return ONE.plus(rate).toSignificantDigits(RATE_SIGNIFICANT_DIGITS).minus(ONE);
}

/** The rate e^t − 1 with 1 + rate rounded to {@link RATE_SIGNIFICANT_DIGITS}. */
export function finishLogRate(t: Decimal): Decimal {
  return Decimal.exp(t).toSignificantDigits(RATE_SIGNIFICANT_DIGITS).minus(ONE);
}
