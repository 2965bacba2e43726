import { Decimal as DecimalJs } from 'decimal.js';
import type { Decimal } from '../../src/core/decimal.js';

/**
 * Exact decimal arithmetic for property-test oracles. crorecast computes with 40 significant
 * digits (src/core/decimal.ts), so its sums and differences round in the 40th digit; an oracle
 * must not. decimal.js with 1,000 digits adds, subtracts and multiplies crorecast's values exactly:
 * each has at most 40 significant digits and a magnitude inside `NUMBER_LIMITS` (1e-100 … 1e36),
 * so any sum of them needs at most ~180 digits — and `exact` checks every result it builds.
 */
const PRECISION = 1_000;
export const Exact = DecimalJs.clone({
  precision: PRECISION,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Exact = InstanceType<typeof Exact>;

/** A value exactly (crorecast's Decimal, or a result of Exact arithmetic checked to be exact). */
export function exact(value: Decimal | Exact | string | number): Exact {
  const result = new Exact(typeof value === 'object' ? value.toString() : value);
  if (result.isFinite() && result.precision() >= PRECISION) {
    throw new Error(`an exact oracle value needs ${PRECISION} digits or more: not exact`);
  }
  return result;
}

/** The exact sum. */
export function exactSum(values: readonly (Decimal | Exact)[]): Exact {
  return values.reduce<Exact>((total, v) => exact(total.plus(exact(v))), new Exact(0));
}

/**
 * What crorecast's Decimal makes of an exact result: rounded once to 40 significant digits,
 * half-up (the documented precision and rounding of src/core/decimal.ts).
 */
export function atWorkingPrecision(value: Exact): Exact {
  return value.toSignificantDigits(40, DecimalJs.ROUND_HALF_UP);
}

/** Half a unit in the 40th significant digit of a value: the most one rounding can move it. */
export function halfUnitInLastPlace(value: Decimal | Exact): Exact {
  const v = exact(value);
  return v.isZero() ? new Exact(0) : new Exact(10).pow(v.e - 39).dividedBy(2);
}
