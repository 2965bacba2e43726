import type { Decimal } from '../../core/decimal.js';
import { seriesFromPeriods } from '../../series/index.js';
import type { Horizon } from './horizon.js';

/**
 * Sums monthly values into the horizon's fiscal years with the series layer's exact roll-up
 * (partial first or last years, when the horizon starts or ends mid-year, are partial sums).
 */
export function sumByFiscalYear(horizon: Horizon, values: readonly Decimal[]): Decimal[] {
  const years = seriesFromPeriods(horizon.periods, (_, m) => values[m] as Decimal).rollup(
    'fiscalYear',
  );
  return horizon.fiscalYears.map((fy) => years.get(fy));
}
