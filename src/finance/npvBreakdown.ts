import { Decimal, ONE, ZERO } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { readOptions } from '../core/options.js';
import { formatCalendarDate } from '../time/calendarDate.js';
import { readFirstFlowAt, readRate } from './_lib/rates.js';
import { readAmounts, readDatedFlows, requireFlows, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow, DatedCashFlow } from './cashFlow.js';
import type { NpvOptions } from './npv.js';
import { DAYS_PER_YEAR } from './xnpv.js';

/** One flow of an NPV, explained. */
export interface DiscountedFlow<V> {
  /** Index of the flow in the input. */
  readonly index: number;
  /** Its time in periods (whole for `npvBreakdown`, days/365 for `xnpvBreakdown`). */
  readonly periods: Decimal;
  /** The flow's date (`yyyy-MM-dd`), for dated flows. */
  readonly date?: string;
  readonly amount: V;
  /** 1 / (1 + rate)^periods. */
  readonly discountFactor: Decimal;
  readonly presentValue: V;
  /** Running total of present values up to this flow. */
  readonly cumulativePresentValue: V;
}

/** An NPV with the discounting of every flow, so that the figure can be checked line by line. */
export interface NpvBreakdown<V> {
  readonly rate: Decimal;
  readonly npv: V;
  readonly flows: readonly DiscountedFlow<V>[];
}

/**
 * {@link npv} with its workings: each flow's period, discount factor, present value and running
 * total. `npv` is the sum of the present values; it agrees with {@link npv} to about 1e-38
 * relative (each factor here is computed directly rather than by repeated multiplication).
 *
 * @param rate - the discount rate per period (> −1)
 * @param flows - amounts per period; Money of one currency or numbers
 * @param options - {@link NpvOptions} (`firstFlowAt`, default 1 as in Excel)
 * @returns a frozen {@link NpvBreakdown}
 * @throws the same errors as {@link npv}
 *
 * @example
 * ```ts
 * const b = npvBreakdown('0.1', [-100, 55, 60.5], { firstFlowAt: 0 });
 * b.npv.toString() //=> '0'
 * b.flows.map((f) => f.presentValue.toString()) //=> ['-100', '50', '50']
 * ```
 */
export function npvBreakdown<A extends CashFlow>(
  rate: DecimalLike,
  flows: readonly A[],
  options: NpvOptions = {},
): NpvBreakdown<AmountOf<A>> {
  readOptions(options, 'npvBreakdown', ['firstFlowAt']);
  requireFlows(flows, 'npvBreakdown: flows');
  const r = readRate(rate);
  const firstFlowAt = readFirstFlowAt(options.firstFlowAt);
  const { amounts, currency } = readAmounts(flows, 'flows');
  const base = ONE.plus(r);
  return explain(
    r,
    amounts.map((amount, k) => {
      const periods = new Decimal(k + firstFlowAt);
      return { amount, periods, factor: ONE.dividedBy(base.toPower(periods)) };
    }),
    currency,
  ) as NpvBreakdown<AmountOf<A>>;
}

/**
 * {@link xnpv} with its workings: each flow's date, Actual/365 year fraction from the first
 * flow's date, discount factor, present value and running total.
 *
 * @param rate - the annual discount rate (> −1)
 * @param flows - `[{ date, amount }]`
 * @returns a frozen {@link NpvBreakdown} whose flows carry their `date`
 * @throws the same errors as {@link xnpv}
 *
 * @example
 * ```ts
 * const b = xnpvBreakdown('0.1', [
 *   { date: '2023-04-01', amount: -100 },
 *   { date: '2024-03-31', amount: 110 },
 * ]);
 * b.flows[1]?.periods.toString() //=> '1' (365 days)
 * b.npv.toString() //=> '0'
 * ```
 */
export function xnpvBreakdown<A extends CashFlow>(
  rate: DecimalLike,
  flows: readonly DatedCashFlow<A>[],
): NpvBreakdown<AmountOf<A>> {
  requireFlows(flows, 'xnpvBreakdown: flows');
  const r = readRate(rate);
  const { amounts, currency, days, calendarDates } = readDatedFlows(flows, 'flows');
  const dates = calendarDates.map((date) => formatCalendarDate(date));
  const logBase = Decimal.ln(ONE.plus(r));
  return explain(
    r,
    amounts.map((amount, i) => {
      const periods = new Decimal(days[i] ?? 0).dividedBy(DAYS_PER_YEAR);
      const factor = periods.isZero() ? ONE : Decimal.exp(logBase.times(periods).negated());
      return { amount, periods, factor, date: dates[i] };
    }),
    currency,
  ) as NpvBreakdown<AmountOf<A>>;
}

function explain(
  rate: Decimal,
  rows: readonly { amount: Decimal; periods: Decimal; factor: Decimal; date?: string }[],
  currency: Parameters<typeof wrap>[1],
): NpvBreakdown<ReturnType<typeof wrap>> {
  let running = ZERO;
  const flows = rows.map((row, index) => {
    const presentValue = row.amount.times(row.factor);
    running = running.plus(presentValue);
    return Object.freeze({
      index,
      periods: row.periods,
      ...(row.date === undefined ? {} : { date: row.date }),
      amount: wrap(row.amount, currency),
      discountFactor: row.factor,
      presentValue: wrap(presentValue, currency),
      cumulativePresentValue: wrap(running, currency),
    });
  });
  return Object.freeze({ rate, npv: wrap(running, currency), flows: Object.freeze(flows) });
}
