import { type DecimalLike, toDecimal } from '../core/decimalLike.js';
import { ArgumentError } from '../core/errors.js';
import type { CurrencyCode } from './currency.js';
import { DivisionByZeroError } from './errors.js';
import { isMoney, type Money, money } from './money.js';

/**
 * Divides an amount by a number (a count of months, units, partners). The quotient keeps the
 * private Decimal's 40 significant digits and is not rounded to the minor unit; to split an
 * amount into parts that add up exactly, use `allocate`. To divide money by money, use `ratio`.
 *
 * @param dividend - the amount
 * @param divisor - a non-zero decimal-like number
 * @returns the quotient, unrounded
 * @throws {DivisionByZeroError} when the divisor is zero
 * @throws {InvalidAmountError} when the divisor is not a finite decimal
 * @throws {ArgumentError} (code `MONEY_DIVISOR`) when the divisor is a Money value
 *
 * @example
 * ```ts
 * divide(crore(1350), 5).amount.toFixed() //=> '2700000000'
 * divide(inr(100), 3).amount.toFixed(4) //=> '33.3333'
 * ```
 */
export function divide<C extends CurrencyCode>(dividend: Money<C>, divisor: DecimalLike): Money<C> {
  if (isMoney(divisor)) {
    throw new ArgumentError(
      'MONEY_DIVISOR',
      'divide(money, money) is ratio(a, b); divide takes a number',
    );
  }
  const d = toDecimal(divisor, 'divisor');
  if (d.isZero())
    throw new DivisionByZeroError(`${dividend.currency} ${dividend.amount.toFixed()} / 0`);
  return money(dividend.amount.dividedBy(d), dividend.currency);
}
