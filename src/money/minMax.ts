import { ArgumentError } from '../core/errors.js';
import { assertSameCurrency } from './assertSameCurrency.js';
import type { CurrencyCode } from './currency.js';
import { isMoney, type Money } from './money.js';

/**
 * The smallest of one or more amounts of the same currency (the first one on a tie).
 *
 * @throws {CurrencyMismatchError} when the currencies differ at run time
 * @throws {ArgumentError} (code `EMPTY_LIST`) when called without a value (e.g. `min(...[])`)
 *
 * @example
 * ```ts
 * min(crore(2), lakh(150), crore(3)).amount.toFixed() //=> '15000000'
 * ```
 */
export function min<C extends CurrencyCode>(
  first: Money<C>,
  ...rest: Money<NoInfer<C>>[]
): Money<C> {
  if (!isMoney(first)) throw new ArgumentError('EMPTY_LIST', 'min needs at least one Money value');
  let best = first;
  for (const m of rest) {
    assertSameCurrency(first, m, 'min');
    if (m.amount.lessThan(best.amount)) best = m;
  }
  return best;
}

/**
 * The largest of one or more amounts of the same currency (the first one on a tie).
 *
 * @throws {CurrencyMismatchError} when the currencies differ at run time
 * @throws {ArgumentError} (code `EMPTY_LIST`) when called without a value (e.g. `min(...[])`)
 *
 * @example
 * ```ts
 * max(crore(2), lakh(150), crore(3)).amount.toFixed() //=> '30000000'
 * ```
 */
export function max<C extends CurrencyCode>(
  first: Money<C>,
  ...rest: Money<NoInfer<C>>[]
): Money<C> {
  if (!isMoney(first)) throw new ArgumentError('EMPTY_LIST', 'max needs at least one Money value');
  let best = first;
  for (const m of rest) {
    assertSameCurrency(first, m, 'max');
    if (m.amount.greaterThan(best.amount)) best = m;
  }
  return best;
}
