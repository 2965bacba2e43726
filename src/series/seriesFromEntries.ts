import type { Period } from '../time/period.js';
import { toPeriod } from './_lib/toPeriod.js';
import { Series } from './series.js';
import type { PeriodInput, SeriesEntry, SeriesValue } from './types.js';

/**
 * Builds a series from entries, given as `[period, value]` pairs or `{ period, value }` objects;
 * periods may be labels. Entries are put in time order.
 *
 * @param entries - the periods (one kind, one fiscal calendar, no repeats) and their values
 * @returns the series
 * @throws {SeriesError} for mixed kinds, calendars, value kinds or currencies, or repeated periods
 * @throws {InvalidPeriodError} for a bad label
 *
 * @example
 * ```ts
 * series([['FY2022-23', inr(20)], ['FY2021-22', inr(10)]]).toRows().map((r) => r.period)
 * //=> ['FY2021-22', 'FY2022-23']
 * ```
 */
export function series<V extends SeriesValue>(
  entries: Iterable<
    readonly [PeriodInput, V] | { readonly period: PeriodInput; readonly value: V }
  >,
): Series<V> {
  const list: SeriesEntry<V>[] = [];
  for (const entry of entries) {
    if (Array.isArray(entry)) {
      const [p, value] = entry as readonly [PeriodInput, V];
      list.push({ period: toPeriod(p), value });
    } else {
      const e = entry as { readonly period: PeriodInput; readonly value: V };
      list.push({ period: toPeriod(e.period), value: e.value });
    }
  }
  return new Series(list);
}

/**
 * Builds a series over given periods by calling `fn` for each (with its index from 0).
 *
 * @param periods - the periods, e.g. from `fiscalYears('FY2021-22', 5)` or `periodsBetween`
 * @param fn - the value for a period
 * @returns the series
 *
 * @example
 * ```ts
 * seriesFromPeriods(fiscalYears('FY2021-22', 3), (_, i) => inr(100 * (i + 1))).sum().amount.toFixed() //=> '600'
 * ```
 */
export function seriesFromPeriods<V extends SeriesValue>(
  periods: readonly PeriodInput[],
  fn: (period: Period, index: number) => V,
): Series<V> {
  return new Series(
    periods.map((p, i) => {
      const period = toPeriod(p);
      return { period, value: fn(period, i) };
    }),
  );
}
