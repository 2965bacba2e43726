import { exactSum } from '../core/exactSum.js';
import { assertSameCurrency } from './assertSameCurrency.js';
import type { CurrencyCode } from './currency.js';
import { computedMoney, type Money } from './money.js';

/**
 * Adds two amounts of the same currency, exactly (no rounding).
 *
 * @param augend - the first amount
 * @param addend - the amount added; its currency must be the augend's (a compile error otherwise)
 * @returns the sum, unrounded
 * @throws {CurrencyMismatchError} when the currencies differ at run time
 *
 * @example
 * ```ts
 * add(crore(1350), lakh(50)).amount.toFixed() //=> '13505000000'
 * ```
 */
export function add<C extends CurrencyCode>(augend: Money<C>, addend: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(augend, addend, 'add');
  return computedMoney(exactSum(augend.amount, addend.amount, 1), augend.currency);
}
