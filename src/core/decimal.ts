import { Decimal as DecimalJs } from 'decimal.js';

/**
 * crorecast's private Decimal constructor.
 *
 * A `Decimal.clone` so that crorecast never changes the host application's global `Decimal`
 * (calling `Decimal.set` would). 40 significant digits keep every rupee amount up to 10^30 exact
 * to well below the paisa; the default rounding is half-up, like Excel's ROUND. Exponent
 * notation is switched off so `toString()` always gives a plain decimal string.
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString() //=> '0.3'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});

/** A decimal.js value. Values from any Decimal clone (including the host app's) interoperate. */
export type Decimal = DecimalJs;

/**
 * Decimal 0, shared: constructing a Decimal from a literal on every call is measurably slow.
 *
 * @example
 * ```ts
 * ZERO.plus('1.5').toString() //=> '1.5'
 * ```
 */
export const ZERO: Decimal = new Decimal(0);
/**
 * Decimal 1, shared (see {@link ZERO}).
 *
 * @example
 * ```ts
 * ONE.dividedBy(4).toString() //=> '0.25'
 * ```
 */
export const ONE: Decimal = new Decimal(1);
/**
 * Decimal 100, shared (see {@link ZERO}): percentages.
 *
 * @example
 * ```ts
 * new Decimal('0.125').times(HUNDRED).toString() //=> '12.5'
 * ```
 */
export const HUNDRED: Decimal = new Decimal(100);
