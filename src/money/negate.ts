import type { CurrencyCode } from './currency.js';
import { type Money, money } from './money.js';

/**
 * The amount with its sign flipped (zero stays zero, never `-0`).
 *
 * @example
 * ```ts
 * negate(lakh(25)).amount.toFixed() //=> '-2500000'
 * ```
 */
export function negate<C extends CurrencyCode>(m: Money<C>): Money<C> {
  return money(m.amount.negated(), m.currency);
}
