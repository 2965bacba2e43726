import type { Decimal } from '../core/decimal.js';
import type { CurrencyCode } from './currency.js';

/**
 * An immutable amount of one currency. The amount is exact (crorecast's private Decimal) and
 * unrounded until a function rounds it at a documented boundary; the currency is a literal type,
 * so mixing currencies is a compile error where the types are known and a
 * `CurrencyMismatchError` at run time always.
 *
 * JSON form (see `toJSON`): `{ "amount": "13500000000", "currency": "INR" }`.
 */
export interface Money<C extends CurrencyCode = CurrencyCode> {
  readonly amount: Decimal;
  readonly currency: C;
}
