import { type Decimal, ZERO } from '../core/decimal.js';
import {
  type DecimalLike,
  isComputedInRange,
  isDecimal,
  isDecimalLike,
  toDecimal,
} from '../core/decimalLike.js';
import { assertCurrency, type CurrencyCode, isCurrencyCode } from './currency.js';

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
 * Internal (not exported from the package): a frozen `Money` from an amount crorecast has just
 * computed from valid `Money` (a sum, a product, an allocated part), in the currency of those
 * operands. The currency is already known good and the amount is a finite Decimal, so only the
 * computed range (`NUMBER_LIMITS`) remains to check — by the exponent, with the full check of
 * `money` when the exponent does not settle it. The public constructors still validate
 * everything.
 *
 * @param amount - the computed amount
 * @param currency - the operands' currency
 * @throws {NumberOutOfRangeError} when the amount left the computed range
 *
 * @example
 * ```ts
 * computedMoney(new Decimal('2.5'), 'INR').amount.toString() //=> '2.5'
 * ```
 */
export function computedMoney<C extends CurrencyCode>(amount: Decimal, currency: C): Money<C> {
  if (!isComputedInRange(amount)) return money(amount, currency);
  return Object.freeze({ amount: amount.d[0] === 0 ? ZERO : amount, currency });
}

/**
 * Internal (not exported from the package): {@link computedMoney} in rupees, for the lines the
 * model and the PLI engine compute from valid rupee amounts — the same value `inr` gives, without
 * checking again what is already known good.
 *
 * @param amount - the computed amount
 * @throws {NumberOutOfRangeError} when the amount left the computed range
 *
 * @example
 * ```ts
 * computedInr(new Decimal('-0')).amount.toString() //=> '0'
 * ```
 */
export function computedInr(amount: Decimal): Money<'INR'> {
  return computedMoney(amount, 'INR');
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
  if (!isCurrencyCode(currency)) return false;
  // Finite and inside the computed range (README "Limits"): a hand-made { amount: 1e1000000000 }
  // would otherwise hang formatMoney or toJSON. The exponent settles it for crorecast's own values.
  return isDecimal(amount) && (isComputedInRange(amount) || isDecimalLike(amount));
}
