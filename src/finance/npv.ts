import { Decimal, ONE, ZERO } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { readOptions } from '../core/options.js';
import { readFirstFlowAt, readRate } from './_lib/rates.js';
import { readAmounts, requireFlows, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow } from './cashFlow.js';

/** Options for {@link npv}. */
export interface NpvOptions {
  /**
   * The period of the first flow. `1` (default) is Excel's NPV: every flow, the first included,
   * is discounted as if received at the end of its period. `0` treats the first flow as today's
   * (undiscounted), the textbook NPV — equal to Excel's `=flow0 + NPV(rate, flow1…)`.
   */
  readonly firstFlowAt?: 0 | 1;
}

/**
 * Net present value of periodic cash flows at a periodic `rate`: Σ flowₖ / (1 + rate)^(k + s),
 * where s is `firstFlowAt` (1 by default, Excel's convention).
 *
 * Computed exactly in Decimal (40 significant digits), unrounded.
 *
 * @param rate - the discount rate per period, as a fraction (`0.1` for 10%); must be > −1
 * @param flows - amounts per period, all Money of one currency or all plain numbers
 * @param options - {@link NpvOptions}
 * @returns the NPV: Money in the flows' currency, or a Decimal for plain numbers
 * @throws {ArgumentError} `EMPTY_FLOWS` for no flows, `RATE_OUT_OF_RANGE` for rate ≤ −1,
 *   `MIXED_FLOW_KINDS` when Money and numbers are mixed
 * @throws {CurrencyMismatchError} when Money flows differ in currency
 * @throws {InvalidAmountError} when an amount or the rate is not a finite decimal
 *
 * @example
 * ```ts
 * npv(0.1, [-10_000, 3_000, 4_200, 6_800]).toFixed(4) //=> '1188.4434'
 * npv(0.1, [-10_000, 3_000, 4_200, 6_800], { firstFlowAt: 0 }).toFixed(4) //=> '1307.2878'
 * npv('0.12', [crore(-100), crore(60), crore(70)]).amount.toFixed(2) //=> '83705357.14' (₹8.37 crore)
 * ```
 */
export function npv<A extends CashFlow>(
  rate: DecimalLike,
  flows: readonly A[],
  options: NpvOptions = {},
): AmountOf<A> {
  readOptions(options, 'npv', ['firstFlowAt']);
  requireFlows(flows, 'npv: flows');
  const r = readRate(rate);
  const firstFlowAt = readFirstFlowAt(options.firstFlowAt);
  const { amounts, currency } = readAmounts(flows, 'flows');
  const factor = ONE.dividedBy(ONE.plus(r));
  let discount = firstFlowAt === 0 ? ONE : factor;
  let total: Decimal = ZERO;
  for (const amount of amounts) {
    total = total.plus(amount.times(discount));
    discount = discount.times(factor);
  }
  return wrap(new Decimal(total), currency) as AmountOf<A>;
}
