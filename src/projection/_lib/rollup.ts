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

/**
 * {@link sumByFiscalYear} of `values` where some months may hold the very values of `twin` (read
 * at the same indexes) whose years are summed already (`twinTotals`): a year in which every month
 * holds the twin's value (`Object.is`: the same Decimal) takes the twin's total — the same
 * additions in the same order give the same digits — and only the other years are added up.
 * Units sold are demand wherever no plant was short, output is demand, capacity is nameplate.
 */
export function sumByFiscalYearLike(
  horizon: Horizon,
  values: ArrayLike<Decimal>,
  stride: number,
  item: number,
  twin: ArrayLike<Decimal>,
  twinTotals: readonly Decimal[],
): Decimal[] {
  const years = horizon.fiscalYears.length;
  const yearOfMonth = horizon.yearOfMonth;
  const months = horizon.months.length;
  const differs = new Uint8Array(years);
  for (let m = 0; m < months; m++) {
    const i = m * stride + item;
    if (!Object.is(values[i], twin[i])) differs[yearOfMonth[m] as number] = 1;
  }
  const totals: Decimal[] = new Array<Decimal>(years);
  for (let y = 0; y < years; y++) totals[y] = differs[y] === 1 ? ZERO : (twinTotals[y] as Decimal);
  for (let m = 0; m < months; m++) {
    const y = yearOfMonth[m] as number;
    if (differs[y] === 1) {
      totals[y] = decimalSum(totals[y] as Decimal, values[m * stride + item] as Decimal, 1);
    }
  }
  return totals;
}

/** a ÷ b, or 0 when b is zero: margins, averages and utilisation of empty periods. */
export function ratioOrZero(a: Decimal, b: Decimal): Decimal {
  const d = (b as unknown as { d: readonly number[] | null }).d;
  return d !== null && d[0] === 0 ? ZERO : decimalQuotient(a, b);
}
