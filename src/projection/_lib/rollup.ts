import { type Decimal, ZERO } from '../../core/decimal.js';
import { decimalQuotient, decimalSum } from '../../core/decimalArithmetic.js';
import type { Horizon } from './horizon.js';

/**
 * Sums monthly values into the horizon's fiscal years, exactly, by index: the horizon already
 * knows each month's fiscal year (`yearOfMonth`), so no period is looked up or built, and the
 * months are read where they lie (`values[m × stride + item]`, a workspace buffer's column)
 * without copying them out. Each year sums its months in order from zero, as the series layer's
 * roll-up does (the same Decimal operations, so the same digits); partial first or last years
 * are partial sums.
 */
export function sumByFiscalYear(
  horizon: Horizon,
  values: ArrayLike<Decimal>,
  stride = 1,
  item = 0,
): Decimal[] {
  const totals: Decimal[] = new Array<Decimal>(horizon.fiscalYears.length).fill(ZERO);
  const yearOfMonth = horizon.yearOfMonth;
  const months = horizon.months.length;
  for (let m = 0; m < months; m++) {
    const y = yearOfMonth[m] as number;
    totals[y] = decimalSum(totals[y] as Decimal, values[m * stride + item] as Decimal, 1);
  }
  return totals;
}

/** a ÷ b, or 0 when b is zero: margins, averages and utilisation of empty periods. */
export function ratioOrZero(a: Decimal, b: Decimal): Decimal {
  const d = (b as unknown as { d: readonly number[] | null }).d;
  return d !== null && d[0] === 0 ? ZERO : decimalQuotient(a, b);
}
