import { ArgumentError, describe } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import type { DatedCashFlow } from '../finance/cashFlow.js';
import type { CurrencyCode } from '../money/currency.js';
import { type Money, money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { scheduleEntries, timingDate } from './_lib/periods.js';
import type { PutToUseTiming } from './depreciationPolicy.js';

/** Options of `toCashFlows`. */
export interface ToCashFlowsOptions {
  /**
   * When in its period each amount is paid: the first day (`'start'`), the middle day (`'mid'`:
   * the first day plus half the period's days, rounded down — 30 Sep for an April–March year) or
   * the last day (`'end'`). Default `'mid'`, the mid-period convention for spending spread over a period.
   */
  readonly timing?: PutToUseTiming;
  /** Keep periods with nothing to pay as zero flows; default false. */
  readonly includeZero?: boolean;
}

/**
 * Turns a capex schedule into dated outflows (negative amounts) for `xnpv` and `xirr`.
 *
 * @param schedule - capex by period (positive amounts)
 * @param options - `timing` (`'start' | 'mid' | 'end'`, default `'mid'`), `includeZero`
 * @returns `[{ date: 'yyyy-MM-dd', amount: Money }]`, in period order, amounts negated
 * @throws {ArgumentError} for an unknown timing
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(1350), start: 'FY2021-22', periods: 5, granularity: 'fy' });
 * toCashFlows(capex, { timing: 'start' }).map((f) => [f.date, f.amount.amount.dividedBy(1e7).toFixed(0)])
 * //=> [['2021-04-01', '-270'], ['2022-04-01', '-270'], ['2023-04-01', '-270'],
 * //    ['2024-04-01', '-270'], ['2025-04-01', '-270']]
 * ```
 */
export function toCashFlows<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  options: ToCashFlowsOptions = {},
): readonly DatedCashFlow<Money<C>>[] {
  readOptions(options, 'toCashFlows', ['timing', 'includeZero']);
  const timing = options.timing ?? 'mid';
  if (timing !== 'start' && timing !== 'mid' && timing !== 'end') {
    throw new ArgumentError(
      'INVALID_TIMING',
      `timing ${describe(timing)} is not one of start, mid, end`,
    );
  }
  return Object.freeze(
    scheduleEntries<C>(schedule, 'schedule')
      .filter(({ value }) => options.includeZero === true || !value.amount.isZero())
      .map(({ slot, value }) =>
        Object.freeze({
          date: timingDate(slot, timing),
          amount: money(value.amount.negated(), value.currency),
        }),
      ),
  );
}
