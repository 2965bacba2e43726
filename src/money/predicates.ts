import type { Money } from './money.js';

/**
 * True when the amount is exactly zero (before any rounding: `inr('0.001')` is not zero).
 *
 * @example
 * ```ts
 * isZero(inr(0)) //=> true
 * ```
 */
export function isZero(m: Money): boolean {
  return m.amount.isZero();
}

/**
 * True when the amount is below zero (zero is neither negative nor positive).
 *
 * @example
 * ```ts
 * isNegative(inr(-1)) //=> true
 * isNegative(inr(0)) //=> false
 * ```
 */
export function isNegative(m: Money): boolean {
  return m.amount.isNegative() && !m.amount.isZero();
}

/**
 * True when the amount is above zero.
 *
 * @example
 * ```ts
 * isPositive(crore(1)) //=> true
 * isPositive(inr(0)) //=> false
 * ```
 */
export function isPositive(m: Money): boolean {
  return m.amount.isPositive() && !m.amount.isZero();
}
