import { bigFromDecimal } from '../core/bigDecimalConvert.js';
import type { DecimalLike } from '../core/decimalLike.js';
import {
  exponentialSum,
  presentValueOfPowers,
  stepGrowthOf,
  stepPowers,
} from './_lib/exponentialSum.js';
import { readRate } from './_lib/rates.js';
import { readDatedFlows, requireFlows, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow, DatedCashFlow } from './cashFlow.js';

/** The day-count basis of XNPV and XIRR: Actual/365 (fixed), as in Excel. */
export const DAYS_PER_YEAR = 365;

/**
 * Net present value of dated cash flows at an annual `rate`, discounted to the first flow's
 * date with Excel's XNPV day count, Actual/365: Σ amountᵢ / (1 + rate)^(daysᵢ / 365), where
 * daysᵢ counts calendar days from the first flow's date (leap days count; the year is still 365).
 *
 * Dates may come in any order. A date before the first flow's is compounded forward to it
 * (Excel instead returns `#NUM!`). Computed in Decimal (40 significant digits), unrounded.
 *
 * @param rate - the annual discount rate as a fraction (`0.09` for 9%); must be > −1
 * @param flows - `[{ date, amount }]`, dates as `yyyy-MM-dd` strings or `Date`s
 * @returns the NPV at the first flow's date: Money in the flows' currency or a Decimal
 * @throws {ArgumentError} `EMPTY_FLOWS`, `RATE_OUT_OF_RANGE`, `MIXED_FLOW_KINDS`
 * @throws {InvalidDateError} when a date is not a calendar date (naming `flows[i].date`)
 * @throws {CurrencyMismatchError} when Money flows differ in currency
 *
 * @example
 * ```ts
 * xnpv(0.09, [
 *   { date: '2008-01-01', amount: -10_000 },
 *   { date: '2008-03-01', amount: 2_750 },
 *   { date: '2008-10-30', amount: 4_250 },
 *   { date: '2009-02-15', amount: 3_250 },
 *   { date: '2009-04-01', amount: 2_750 },
 * ]).toFixed(6) //=> '2086.647602'
 * ```
 */
export function xnpv<A extends CashFlow>(
  rate: DecimalLike,
  flows: readonly DatedCashFlow<A>[],
): AmountOf<A> {
  requireFlows(flows, 'xnpv: flows');
  const r = readRate(rate);
  const { amounts, currency, days } = readDatedFlows(flows, 'flows');
  const sum = exponentialSum(amounts, days, DAYS_PER_YEAR);
  const powers = stepPowers(stepGrowthOf(r, DAYS_PER_YEAR), sum.steps, new Map());
  return wrap(
    presentValueOfPowers(sum.amounts, powers.map(bigFromDecimal)),
    currency,
  ) as AmountOf<A>;
}
