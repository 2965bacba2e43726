import { exactSum } from '../core/exactSum.js';
import { assertSameCurrency } from './assertSameCurrency.js';
import type { CurrencyCode } from './currency.js';
import { computedMoney, type Money } from './money.js';

/**
 * Subtracts one amount from another of the same currency, exactly.
 *
 * @param minuend - the amount subtracted from
 * @param subtrahend - the amount subtracted; same currency (a compile error otherwise)
 * @returns `minuend − subtrahend`, unrounded
 * @throws {CurrencyMismatchError} when the currencies differ at run time
 *
 * @example
 * ```ts
 * subtract(crore(38000), crore(1350)).amount.toFixed() //=> '366500000000'
 * ```
 */
export function subtract<C extends CurrencyCode>(
  minuend: Money<C>,
  subtrahend: Money<NoInfer<C>>,
): Money<C> {
  assertSameCurrency(minuend, subtrahend, 'subtract');
  return computedMoney(exactSum(minuend.amount, subtrahend.amount, -1), minuend.currency);
}
