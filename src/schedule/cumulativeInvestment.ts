import type { CurrencyCode } from '../money/currency.js';
import type { Money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { scheduleEntries } from './_lib/periods.js';

/**
 * Cumulative investment at the end of each period: the running total of a schedule, exact (the
 * last value equals the schedule's total). This is what investment thresholds are tested against.
 *
 * @param schedule - capex by period
 * @returns the running total by period, non-decreasing for a schedule of non-negative amounts
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(1350), start: 'FY2021-22', periods: 5, granularity: 'fy', profile: 'front-loaded' });
 * cumulativeInvestment(capex).toRows().map((r) => r.value.amount.dividedBy(1e7).toFixed(0))
 * //=> ['450', '810', '1080', '1260', '1350']
 * ```
 */
export function cumulativeInvestment<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
): Series<Money<C>> {
  scheduleEntries(schedule, 'schedule');
  return schedule.cumulative();
}
