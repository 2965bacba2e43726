import { type Decimal, ZERO } from '../../core/decimal.js';
import { decimalSum } from '../../core/decimalArithmetic.js';
import type { Horizon } from './horizon.js';

/**
 * Sums monthly values into the horizon's fiscal years, exactly, by index: the horizon already
 * knows each month's fiscal year (`yearOfMonth`), so no period is looked up or built. Each year
 * sums its months in order from zero, as the series layer's roll-up does (the same Decimal
 * operations, so the same digits); partial first or last years are partial sums.
 */
export function sumByFiscalYear(horizon: Horizon, values: readonly Decimal[]): Decimal[] {
  const totals: Decimal[] = horizon.fiscalYears.map(() => ZERO);
  const yearOfMonth = horizon.yearOfMonth;
  for (let m = 0; m < values.length; m++) {
    const y = yearOfMonth[m] as number;
    totals[y] = decimalSum(totals[y] as Decimal, values[m] as Decimal, 1);
  }
  return totals;
}
