import type { Money } from './money.js';

/**
 * True when two values are the same money: the same currency and numerically equal amounts
 * (`inr('1.5')` equals `inr('1.50')`). Unlike the arithmetic, amounts in different currencies
 * are not an error here: ₹1 is simply not $1.
 *
 * @example
 * ```ts
 * equals(crore(1), lakh(100)) //=> true
 * equals(inr(0), usd(0)) //=> false
 * ```
 */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount.equals(b.amount);
}
