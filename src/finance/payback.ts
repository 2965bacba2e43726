import type { Decimal } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { discountedPaybackWith, paybackOf } from './_lib/paybackOf.js';
import { readAmounts, requireFlows } from './_lib/readFlows.js';
import type { AmountOf, CashFlow } from './cashFlow.js';

/**
 * The outcome of {@link payback} or {@link discountedPayback}, with the cumulative position per
 * period so the figure can be checked. `paysBack` says whether the flows recover the investment;
 * `period` is then the (fractional) number of periods it takes, and `null` when they never do —
 * never NaN or Infinity.
 */
export type PaybackResult<V> =
  | {
      readonly paysBack: true;
      /** Periods from the first flow (period 0) until recovery, fractional. */
      readonly period: Decimal;
      /** The flows counted (discounted, for discounted payback), per period. */
      readonly flows: readonly V[];
      /** Running total of `flows`, per period. */
      readonly cumulative: readonly V[];
    }
  | {
      readonly paysBack: false;
      readonly period: null;
      readonly flows: readonly V[];
      readonly cumulative: readonly V[];
      /** How much is still unrecovered after the last flow (a positive amount). */
      readonly shortfall: V;
    };

/**
 * Payback period: how many periods until the cumulative cash flow turns non-negative for good.
 * Flow 0 is at period 0 (the investment); flow k is received evenly over period k, so recovery
 * inside period k is interpolated: (k − 1) + unrecovered / flowₖ.
 *
 * "For good" matters for non-conventional flows (a second investment later): the payback is the
 * last time the cumulative total crosses from negative to non-negative and stays there through
 * the last flow. For conventional flows (outflows, then inflows) that is the first crossing.
 * Flows whose cumulative total is never negative pay back at period 0.
 *
 * @param flows - amounts per period (first at period 0); Money of one currency or numbers
 * @returns a {@link PaybackResult}: `{ paysBack: true, period }` or `{ paysBack: false, shortfall }`
 * @throws {ArgumentError} `EMPTY_FLOWS`, `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when Money flows differ in currency
 *
 * @example
 * ```ts
 * payback([-1_000, 300, 400, 500]).period?.toString() //=> '2.6'
 * payback([-1_000, 300, 400]).paysBack //=> false (shortfall 300)
 * ```
 */
export function payback<A extends CashFlow>(flows: readonly A[]): PaybackResult<AmountOf<A>> {
  requireFlows(flows, 'payback: flows');
  const { amounts, currency } = readAmounts(flows, 'flows');
  return paybackOf(amounts, currency) as PaybackResult<AmountOf<A>>;
}

/**
 * Discounted payback period: {@link payback} on present values, flow k discounted by
 * (1 + rate)^k (flow 0 undiscounted). Interpolation inside a period uses the discounted flow.
 *
 * @param flows - amounts per period (first at period 0); Money of one currency or numbers
 * @param rate - the discount rate per period (> −1)
 * @returns a {@link PaybackResult} whose `flows` are the present values
 * @throws {ArgumentError} `EMPTY_FLOWS`, `RATE_OUT_OF_RANGE`, `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when Money flows differ in currency
 *
 * @example
 * ```ts
 * discountedPayback([-1_000, 500, 500, 500], 0.1).period?.toFixed(4) //=> '2.3520'
 * ```
 */
export function discountedPayback<A extends CashFlow>(
  flows: readonly A[],
  rate: DecimalLike,
): PaybackResult<AmountOf<A>> {
  return discountedPaybackWith(flows, rate) as PaybackResult<AmountOf<A>>;
}
