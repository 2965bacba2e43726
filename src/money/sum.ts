import { ZERO } from '../core/decimal.js';
import { ArgumentError } from '../core/errors.js';
import { exactSum } from '../core/exactSum.js';
import type { CurrencyCode } from './currency.js';
import { CurrencyMismatchError } from './errors.js';
import { type Money, money } from './money.js';

/**
 * Adds a list of amounts, exactly. The currency is a parameter because an empty list has none:
 * the sum of nothing is zero of that currency, not an error and not a guess.
 *
 * @param amounts - amounts, all in `currency`
 * @param currency - the currency of the result
 * @returns the exact total
 * @throws {CurrencyMismatchError} when an amount is in another currency (naming both)
 *
 * @example
 * ```ts
 * sum([crore(1350), crore(650)], 'INR').amount.toFixed() //=> '20000000000'
 * sum([], 'USD').amount.toFixed() //=> '0'
 * ```
 */
export function sum<C extends CurrencyCode>(
  amounts: readonly Money<NoInfer<C>>[],
  currency: C,
): Money<C> {
  if (!Array.isArray(amounts)) {
    throw new ArgumentError('NOT_A_LIST', 'sum expects a list of Money values');
  }
  let total = ZERO;
  amounts.forEach((m, i) => {
    if (m.currency !== currency)
      throw new CurrencyMismatchError(currency, m.currency, `sum (item ${i})`);
    total = exactSum(total, m.amount, 1);
  });
  return money(total, currency);
}
