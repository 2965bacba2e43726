import type { CurrencyCode } from './currency.js';
import type { Money } from './money.js';

/** The JSON form of `Money`: the amount as a plain decimal string, never a float. */
export interface MoneyJSON<C extends CurrencyCode = CurrencyCode> {
  readonly amount: string;
  readonly currency: C;
}

/**
 * Serialises money losslessly: every digit of the amount as a plain decimal string (never
 * exponent notation, never a float), unrounded. `moneySchema` reads it back.
 *
 * @example
 * ```ts
 * toJSON(crore(1350)) //=> { amount: '13500000000', currency: 'INR' }
 * toJSON(inr('1e-7')) //=> { amount: '0.0000001', currency: 'INR' }
 * ```
 */
export function toJSON<C extends CurrencyCode>(m: Money<C>): MoneyJSON<C> {
  return Object.freeze({ amount: m.amount.toFixed(), currency: m.currency });
}
