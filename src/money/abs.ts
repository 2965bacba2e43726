import type { CurrencyCode } from './currency.js';
import { type Money, money } from './money.js';

/**
 * The absolute value of an amount.
 *
 * @example
 * ```ts
 * abs(inr(-25)).amount.toFixed() //=> '25'
 * ```
 */
export function abs<C extends CurrencyCode>(m: Money<C>): Money<C> {
  return money(m.amount.abs(), m.currency);
}
