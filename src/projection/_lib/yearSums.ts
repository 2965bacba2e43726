import { BIG_ZERO, type BigDecimal, bigSum } from '../../core/bigDecimal.js';
import { bigToDecimal } from '../../core/bigDecimalConvert.js';
import type { Decimal } from '../../core/decimal.js';
import type { Horizon } from './horizon.js';
import { DECIMAL_SUMMING, type Summing, sumYears } from './rollup.js';

// A run's fiscal-year roll-ups in the form its values were computed in, reported as Decimals: a
// run on the BigDecimal kernel sums its months as BigDecimals (the additions decimal.js would
// make, so the same digits) and converts only the years — not every month it sums.

/**
 * Sums of a run's monthly buffers by fiscal year, as Decimals ({@link sumByFiscalYear} and
 * {@link sumByFiscalYearLike} for the run's form of value). A sum made once is kept as a twin
 * for `sumLike`. @internal
 */
export interface YearSums<N> {
  sum(values: ArrayLike<N>, stride: number, item: number): Decimal[];
  /** As `sum`, taking a year from `twin`'s sum where every month holds the twin's very value. */
  sumLike(values: ArrayLike<N>, stride: number, item: number, twin: ArrayLike<N>): Decimal[];
  /** A value of the run as a Decimal. */
  toDecimal(value: N): Decimal;
}

/** A Decimal run's roll-ups: {@link sumByFiscalYear} as it is. @internal */
export const decimalYearSums = (horizon: Horizon): YearSums<Decimal> =>
  yearSums(horizon, DECIMAL_SUMMING, (value) => value);

const BIG_SUMMING: Summing<BigDecimal> = {
  zero: BIG_ZERO,
  add: bigSum,
  repeated: (a, count) => {
    let total = BIG_ZERO;
    for (let k = 0; k < count; k++) total = bigSum(total, a);
    return total;
  },
};

/** A BigDecimal run's roll-ups, summed as BigDecimals and converted by year. @internal */
export const bigYearSums = (horizon: Horizon): YearSums<BigDecimal> =>
  yearSums(horizon, BIG_SUMMING, bigToDecimal);

function yearSums<N>(
  horizon: Horizon,
  summing: Summing<N>,
  toDecimal: (value: N) => Decimal,
): YearSums<N> {
  // Each buffer's column summed once: a later `sumLike` takes it as its twin's totals.
  const made = new Map<ArrayLike<N>, Map<string, N[]>>();
  const sumOf = (values: ArrayLike<N>, stride: number, item: number) => {
    let columns = made.get(values);
    if (columns === undefined) {
      columns = new Map();
      made.set(values, columns);
    }
    const column = `${stride}:${item}`;
    let totals = columns.get(column);
    if (totals === undefined) {
      totals = sumYears(summing, horizon, values, stride, item, undefined);
      columns.set(column, totals);
    }
    return totals;
  };
  return {
    sum: (values, stride, item) => sumOf(values, stride, item).map(toDecimal),
    sumLike: (values, stride, item, twin) =>
      sumYears(summing, horizon, values, stride, item, {
        values: twin,
        totals: sumOf(twin, stride, item),
      }).map(toDecimal),
    toDecimal,
  };
}
