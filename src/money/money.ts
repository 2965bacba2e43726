import { type Decimal, ZERO } from '../core/decimal.js';
import { type DecimalLike, isDecimal, isDecimalLike, toDecimal } from '../core/decimalLike.js';
import { assertCurrency, type CurrencyCode } from './currency.js';

/**
 * An immutable amount of one currency. The amount is exact (crorecast's private Decimal) and
 * unrounded until a function rounds it at a documented boundary; the currency is a literal type,
 * so mixing currencies is a compile error where the types are known and a
 * `CurrencyMismatchError` at run time always.
 *
 * Create values only through the constructors (`money`, `inr`, `usd`, `crore`, `lakh`,
 * `parseMoney`, `moneySchema`): they validate the amount and the currency and freeze the result.
 *
 * JSON form (see `toJSON`): `{ "amount": "13500000000", "currency": "INR" }`.
 */
export interface Money<C extends CurrencyCode = CurrencyCode> {
  readonly amount: Decimal;
  readonly currency: C;
}

/**
 * Creates a frozen `Money` value, validating both parts at run time.
 *
 * Negative zero is normalised to zero so that `toJSON` never prints `"-0"`.
 *
 * @param amount - a Decimal, a plain decimal string (`'1350.5'`, `'-2e3'`), a finite number or a bigint
 * @param currency - a known currency code
 * @returns the amount, exact and unrounded
 * @throws {InvalidAmountError} for NaN, ±Infinity, empty or non-numeric strings
 * @throws {UnknownCurrencyError} for a currency code crorecast does not know
 *
 * @example
 * ```ts
 * money('1350.50', 'INR').amount.toString() //=> '1350.5'
 * money(10n ** 30n, 'USD').amount.toFixed() //=> '1000000000000000000000000000000'
 * money('abc', 'INR') // throws InvalidAmountError: amount "abc" is not a finite decimal number
 * ```
 */
export function money<C extends CurrencyCode>(amount: DecimalLike, currency: C): Money<C> {
  const code = assertCurrency(currency);
  const value = toDecimal(amount);
  return Object.freeze({ amount: value.isZero() ? ZERO : value, currency: code });
}

/**
 * True when `value` is a well-formed `Money` (a finite Decimal amount and a known currency).
 *
 * @example
 * ```ts
 * isMoney(inr(5)) //=> true
 * isMoney({ amount: 5, currency: 'INR' }) //=> false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  try {
    assertCurrency(currency);
  } catch {
    return false;
  }
  // Finite and inside the computed range (README "Limits"): a hand-made { amount: 1e1000000000 }
  // would otherwise hang formatMoney or toJSON.
  return isDecimal(amount) && isDecimalLike(amount);
}
