import { type DecimalLike, toDecimal } from '../core/decimalLike.js';
import { exactTimes } from '../core/exactProduct.js';
import type { CurrencyCode } from './currency.js';
import { computedMoney, type Money } from './money.js';

/**
 * Multiplies an amount by a factor (a rate, a share, a quantity), keeping full precision: the
 * result is not rounded to the minor unit (only to the private Decimal's 40 significant digits).
 * Round with `round` where the figure is reported.
 *
 * @param multiplicand - the amount
 * @param factor - decimal-like factor (`'0.06'`, `1.5`, `3n`)
 * @returns the product, unrounded
 * @throws {InvalidAmountError} when the factor is not a finite decimal
 *
 * @example
 * ```ts
 * multiply(crore(1350), '0.04').amount.toFixed() //=> '540000000'
 * multiply(inr('10.01'), '0.333').amount.toFixed() //=> '3.33333'
 * ```
 */
export function multiply<C extends CurrencyCode>(
  multiplicand: Money<C>,
  factor: DecimalLike,
): Money<C> {
  return computedMoney(
    exactTimes(multiplicand.amount, toDecimal(factor, 'factor')),
    multiplicand.currency,
  );
}
