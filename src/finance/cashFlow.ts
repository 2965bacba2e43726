import type { Decimal } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Money } from '../money/money.js';

/**
 * One cash flow: an amount of money (all flows of a stream in one currency) or a plain
 * decimal-like number. Negative amounts are outflows (investment), positive are inflows.
 */
export type CashFlow = Money | DecimalLike;

/**
 * A cash flow on a calendar date, for XNPV and XIRR. `date` is a `yyyy-MM-dd` string (canonical,
 * zone-free) or a `Date` read by its local calendar date.
 */
export interface DatedCashFlow<A extends CashFlow = CashFlow> {
  readonly date: string | Date;
  readonly amount: A;
}

/**
 * What a function computing an amount from flows returns: `Money<C>` for money flows, `Decimal`
 * for plain numbers.
 */
export type AmountOf<A extends CashFlow> =
  A extends Money<infer C extends CurrencyCode> ? Money<C> : Decimal;

/**
 * The kind of amount that may accompany `A` in the same calculation: Money of the same currency
 * for Money, any decimal-like for plain numbers (`pmt(rate, n, inr(100), { fv: inr(5) })`).
 */
export type SameKind<A extends CashFlow> =
  A extends Money<infer C extends CurrencyCode> ? Money<C> : DecimalLike;
