import type { DecimalLike } from '../core/decimalLike.js';
import { assertInputRange, toDecimal } from '../core/decimalLike.js';
import { type Money, money } from './money.js';
import { unitScale } from './units.js';

/**
 * Indian rupees.
 *
 * @param amount - rupees, decimal-like (`'1350.50'`, `1350.5`, `1350n`)
 * @throws {InvalidAmountError} when the amount is not a finite decimal
 *
 * @example
 * ```ts
 * inr('2500000.755').amount.toFixed() //=> '2500000.755'
 * ```
 */
export function inr(amount: DecimalLike): Money<'INR'> {
  return money(amount, 'INR');
}

/**
 * US dollars.
 *
 * @param amount - dollars, decimal-like
 * @throws {InvalidAmountError} when the amount is not a finite decimal
 *
 * @example
 * ```ts
 * usd('30000000000').amount.toFixed() //=> '30000000000'
 * ```
 */
export function usd(amount: DecimalLike): Money<'USD'> {
  return money(amount, 'USD');
}

/**
 * Rupees given in crore (1 crore = 10^7 = 100 lakh), exactly: `crore(1350)` is ₹13,50,00,00,000.
 *
 * @param n - the number of crore, decimal-like (`1.35`, `'0.5'`)
 * @throws {InvalidAmountError} when `n` is not a finite decimal
 *
 * @example
 * ```ts
 * crore(1350).amount.toFixed() //=> '13500000000'
 * ```
 */
export function crore(n: DecimalLike): Money<'INR'> {
  return money(assertInputRange(toDecimal(n, 'crore').times(unitScale('crore')), 'crore'), 'INR');
}

/**
 * Rupees given in lakh (1 lakh = 10^5), exactly: `lakh(5.5)` is ₹5,50,000.
 *
 * @param n - the number of lakh, decimal-like
 * @throws {InvalidAmountError} when `n` is not a finite decimal
 *
 * @example
 * ```ts
 * lakh(5.5).amount.toFixed() //=> '550000'
 * ```
 */
export function lakh(n: DecimalLike): Money<'INR'> {
  return money(assertInputRange(toDecimal(n, 'lakh').times(unitScale('lakh')), 'lakh'), 'INR');
}
