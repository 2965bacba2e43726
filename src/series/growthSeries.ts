import { decimalCalculator } from '../core/calculator.js';
import type { Decimal } from '../core/decimal.js';
import type { Period } from '../time/period.js';
import type { GrowthCurve } from './growthCurve.js';
import { growthValues } from './growthValues.js';
import type { Series } from './series.js';
import { seriesFromPeriods } from './seriesFromEntries.js';

/**
 * A growth curve as an exact Decimal series over consecutive periods (see {@link growthValues}).
 *
 * @param curve - a parsed growth curve
 * @param periods - consecutive periods of one kind
 * @returns the series of levels
 * @throws {ArgumentError} `INVALID_PERIODS` when the periods are not consecutive
 *
 * @example
 * ```ts
 * growthSeries(growthCurve({ kind: 'linear', start: 10, slope: 2 }), fiscalYears('FY2021-22', 3)).toRows().map((r) => [r.period, r.value.toString()])
 * //=> [['FY2021-22', '10'], ['FY2022-23', '12'], ['FY2023-24', '14']]
 * ```
 */
export function growthSeries(curve: GrowthCurve, periods: readonly Period[]): Series<Decimal> {
  const values = growthValues(curve, periods, { calculator: decimalCalculator });
  return seriesFromPeriods(periods, (_, i) => values[i] as Decimal);
}
