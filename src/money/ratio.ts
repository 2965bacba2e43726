import type { Decimal } from '../core/decimal.js';
import { assertSameCurrency } from './assertSameCurrency.js';
import type { CurrencyCode } from './currency.js';
import { DivisionByZeroError } from './errors.js';
import type { Money } from './money.js';

/**
 * The ratio of two amounts of the same currency, as a Decimal (40 significant digits): money
 * divided by money is a number, not money.
 *
 * @param numerator - the amount on top
 * @param denominator - the amount below; non-zero, same currency
 * @returns `numerator / denominator`
 * @throws {DivisionByZeroError} when the denominator is zero
 * @throws {CurrencyMismatchError} when the currencies differ at run time
 *
 * @example
 * ```ts
 * ratio(crore(1350), crore(38000)).toFixed(6) //=> '0.035526'
 * ```
 */
export function ratio<C extends CurrencyCode>(
  numerator: Money<C>,
  denominator: Money<NoInfer<C>>,
): Decimal {
  assertSameCurrency(numerator, denominator, 'ratio');
  if (denominator.amount.isZero()) {
    throw new DivisionByZeroError(
      `ratio of ${numerator.currency} ${numerator.amount.toFixed()} to zero`,
    );
  }
  return numerator.amount.dividedBy(denominator.amount);
}
