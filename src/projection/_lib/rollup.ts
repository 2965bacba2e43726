import { type Decimal, ZERO } from '../../core/decimal.js';
import { decimalQuotient, decimalRepeatedSum, decimalSum } from '../../core/decimalArithmetic.js';
import type { Horizon } from './horizon.js';

/**
 * Sums monthly values into the horizon's fiscal years, exactly, by index: the horizon already
 * knows each month's fiscal year (`yearOfMonth`), so no period is looked up or built, and the
 * months are read where they lie (`values[m × stride + item]`, a workspace buffer's column)
 * without copying them out. Each year sums its months in order from zero, as the series layer's
 * roll-up does (the same Decimal operations, so the same digits); partial first or last years
 * are partial sums. A year whose months all hold the very same value (a flat plan, a price held
 * for the year) takes it times the months where `decimalRepeatedSum` shows that is the same.
 */
export function sumByFiscalYear(
  horizon: Horizon,
  values: ArrayLike<Decimal>,
  stride = 1,
  item = 0,
): Decimal[] {
  return sumYears(DECIMAL_SUMMING, horizon, values, stride, item, undefined);
}

/**
 * The additions a roll-up makes, for its values' form: Decimal here, BigDecimal for a run on
 * the kernel (yearSums.ts). `repeated(a, n)` must be 0 + a + a + … (n times) in turn.
 */
export interface Summing<N> {
  readonly zero: N;
  add(a: N, b: N): N;
  repeated(a: N, count: number): N;
}

/** A roll-up's additions on Decimals. @internal */
export const DECIMAL_SUMMING: Summing<Decimal> = {
  zero: ZERO,
  add: (a, b) => decimalSum(a, b, 1),
  repeated: decimalRepeatedSum,
};

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
  return sumYears(DECIMAL_SUMMING, horizon, values, stride, item, {
    values: twin,
    totals: twinTotals,
  });
}

/**
 * {@link sumByFiscalYear} (with a `twin`, {@link sumByFiscalYearLike}) in any form of value, with
 * that form's additions. @internal
 */
export function sumYears<N>(
  summing: Summing<N>,
  horizon: Horizon,
  values: ArrayLike<N>,
  stride: number,
  item: number,
  twin: { values: ArrayLike<N>; totals: readonly N[] } | undefined,
): N[] {
  const years = horizon.fiscalYears.length;
  const yearOfMonth = horizon.yearOfMonth;
  const months = horizon.months.length;
  // Per year: its months' count, its first month's value, whether every month holds that very
  // value, and whether any month differs from the twin's.
  const count = new Uint8Array(years);
  const first: (N | undefined)[] = new Array<N | undefined>(years);
  const mixed = new Uint8Array(years);
  const differs = new Uint8Array(years);
  for (let m = 0; m < months; m++) {
    const y = yearOfMonth[m] as number;
    const i = m * stride + item;
    const value = values[i] as N;
    if (count[y] === 0) first[y] = value;
    else if (!Object.is(value, first[y])) mixed[y] = 1;
    count[y] = (count[y] as number) + 1;
    if (twin !== undefined && !Object.is(value, twin.values[i])) differs[y] = 1;
  }
  const totals: N[] = new Array<N>(years);
  for (let y = 0; y < years; y++) {
    if (twin !== undefined && differs[y] === 0) totals[y] = twin.totals[y] as N;
    else if (mixed[y] === 0 && count[y] !== 0) {
      totals[y] = summing.repeated(first[y] as N, count[y] as number);
    } else totals[y] = summing.zero;
  }
  for (let m = 0; m < months; m++) {
    const y = yearOfMonth[m] as number;
    if (mixed[y] === 1 && (twin === undefined || differs[y] === 1)) {
      totals[y] = summing.add(totals[y] as N, values[m * stride + item] as N);
    }
  }
  return totals;
}

/** a ÷ b, or 0 when b is zero: margins, averages and utilisation of empty periods. */
export function ratioOrZero(a: Decimal, b: Decimal): Decimal {
  const d = (b as unknown as { d: readonly number[] | null }).d;
  return d !== null && d[0] === 0 ? ZERO : decimalQuotient(a, b);
}
