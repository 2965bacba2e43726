import { assertSameCurrency } from './assertSameCurrency.js';
import type { CurrencyCode } from './currency.js';
import type { Money } from './money.js';

/**
 * Orders two amounts of the same currency: −1, 0 or 1 (usable as an `Array.sort` comparator).
 * `1.5` and `1.50` compare equal.
 *
 * @throws {CurrencyMismatchError} when the currencies differ at run time
 *
 * @example
 * ```ts
 * compare(crore(1), lakh(100)) //=> 0
 * [inr(3), inr(1)].sort(compare).map((m) => m.amount.toNumber()) //=> [1, 3]
 * ```
 */
export function compare<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  assertSameCurrency(a, b, 'compare');
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}
