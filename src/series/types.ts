import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { FiscalYearOptions } from '../time/fiscalYearStart.js';
import type { Period } from '../time/period.js';
import type { Series } from './series.js';

/** What a series may hold: exact Decimals, or Money of one currency. */
export type SeriesValue = Decimal | Money;

/** One period and its value. */
export interface SeriesEntry<V extends SeriesValue> {
  readonly period: Period;
  readonly value: V;
}

/** A row of {@link Series.toRows}: the period's key and its value. */
export interface SeriesRow<V extends SeriesValue> {
  readonly period: string;
  readonly value: V;
}

/** A period given by value or by any label `parsePeriod` reads. */
export type PeriodInput = Period | string;

/** Options for {@link Series.rollup} and {@link Series.rollupWithCoverage}. */
export interface RollupOptions extends FiscalYearOptions {
  /**
   * When true, a target period that is only partly covered (say a fiscal year with 7 of its 12
   * months) is an error instead of a partial sum. Default false: partial sums are allowed, and
   * `rollupWithCoverage` says which periods they are.
   */
  readonly requireComplete?: boolean;
}

/** How much of one rolled-up period the source series covered. */
export interface RollupCoverage {
  readonly period: string;
  /** Source periods found inside it. */
  readonly parts: number;
  /** Source periods it has in all (3 months a quarter, 12 a year, 4 quarters a year). */
  readonly expectedParts: number;
  readonly complete: boolean;
}

/** A roll-up with its coverage, from {@link Series.rollupWithCoverage}. */
export interface RollupResult<V extends SeriesValue> {
  readonly series: Series<V>;
  readonly coverage: readonly RollupCoverage[];
  /** Keys of the periods that were only partly covered (empty when all are complete). */
  readonly partial: readonly string[];
}

/** Options for {@link Series.sum}. */
export interface SeriesSumOptions<V extends SeriesValue> {
  /** The total of an empty series (whose value kind is unknown); without it, summing one throws. */
  readonly zero?: V;
}

/** The JSON form of a series (see {@link Series.toJSON}). */
export interface SeriesJSON {
  readonly entries: readonly {
    readonly period: string;
    readonly value: string | { readonly amount: string; readonly currency: string };
  }[];
}
