import { describe } from '../core/errors.js';
import { comparePeriods } from '../time/comparePeriods.js';
import { containingPeriod } from '../time/convert.js';
import type { Period, PeriodKind } from '../time/period.js';
import { fiscalStartMonth, periodMonths } from '../time/periodMonths.js';
import { toPeriod } from './_lib/toPeriod.js';
import {
  addValues,
  kindName,
  sameKind,
  sumValues,
  type ValueKind,
  valueKindOf,
} from './_lib/values.js';
import { SeriesError } from './errors.js';
import type {
  PeriodInput,
  RollupCoverage,
  RollupOptions,
  RollupResult,
  SeriesEntry,
  SeriesJSON,
  SeriesRow,
  SeriesSumOptions,
  SeriesValue,
} from './types.js';

/**
 * An immutable, ordered map from periods to values: months, fiscal quarters or fiscal years (one
 * kind and one fiscal calendar per series), each with a Decimal or a Money value (one kind, one
 * currency per series). Periods are kept in time order; gaps are allowed; each period occurs once.
 * Every operation returns a new series; sums are exact (Money through the money layer's `add` and
 * `sum`, never rounded).
 *
 * Build one with {@link series} or {@link seriesFromPeriods}; read JSON with `seriesFromJSON`.
 */
export class Series<V extends SeriesValue> {
  /** The entries in time order (frozen). */
  readonly entries: readonly SeriesEntry<V>[];
  /** The granularity of the periods, or undefined for an empty series. */
  readonly granularity: PeriodKind | undefined;
  readonly #index: ReadonlyMap<string, number>;
  readonly #valueKind: ValueKind | undefined;

  /** @internal Use {@link series} or {@link seriesFromPeriods}. */
  constructor(entries: readonly SeriesEntry<V>[]) {
    const sorted = [...entries];
    const first = sorted[0];
    let valueKind: ValueKind | undefined;
    sorted.forEach((entry, i) => {
      if (first === undefined) return;
      if (entry.period.kind !== first.period.kind) {
        throw new SeriesError(
          'MIXED_GRANULARITY',
          `a series holds one kind of period: ${entry.period.key} is a ${entry.period.kind}, ${first.period.key} a ${first.period.kind}`,
        );
      }
      if (fiscalStartMonth(entry.period) !== fiscalStartMonth(first.period)) {
        throw new SeriesError(
          'MIXED_FISCAL_CALENDAR',
          `a series holds one fiscal calendar: ${entry.period.key} and ${first.period.key} start their years in different months`,
        );
      }
      const kind = valueKindOf(entry.value, `value for ${entry.period.key}`);
      if (valueKind === undefined) valueKind = kind;
      else if (!sameKind(valueKind, kind)) {
        throw new SeriesError(
          'MIXED_VALUES',
          `a series holds one kind of value: ${entry.period.key} has ${kindName(kind)}, earlier values ${kindName(valueKind)} (entry ${i})`,
        );
      }
    });
    sorted.sort((a, b) => comparePeriods(a.period, b.period));
    const index = new Map<string, number>();
    sorted.forEach((entry, i) => {
      if (index.has(entry.period.key)) {
        throw new SeriesError('DUPLICATE_PERIOD', `period ${entry.period.key} occurs twice`);
      }
      index.set(entry.period.key, i);
    });
    this.entries = Object.freeze(
      sorted.map((e) => Object.freeze({ period: e.period, value: e.value })),
    );
    this.granularity = first?.period.kind;
    this.#index = index;
    this.#valueKind = valueKind;
    Object.freeze(this);
  }

  /** Number of periods. */
  get length(): number {
    return this.entries.length;
  }

  /** The periods in order. */
  get periods(): readonly Period[] {
    return this.entries.map((e) => e.period);
  }

  /** The values in period order. */
  get values(): readonly V[] {
    return this.entries.map((e) => e.value);
  }

  /**
   * The value for a period, or undefined when the series has none.
   *
   * @example
   * ```ts
   * series([['FY2021-22', toDecimal(5)]]).at('FY22')?.toString() //=> '5'
   * ```
   */
  at(period: PeriodInput): V | undefined {
    const i = this.#index.get(toPeriod(period).key);
    return i === undefined ? undefined : this.entries[i]?.value;
  }

  /**
   * The value for a period, which must be present.
   *
   * @throws {SeriesError} `MISSING_PERIOD` when the series has no value for it
   */
  get(period: PeriodInput): V {
    const p = toPeriod(period);
    const value = this.at(p);
    if (value === undefined) {
      throw new SeriesError('MISSING_PERIOD', `the series has no value for ${p.key}`);
    }
    return value;
  }

  /** Whether the series has a value for the period. */
  has(period: PeriodInput): boolean {
    return this.#index.has(toPeriod(period).key);
  }

  /**
   * A series of transformed values over the same periods.
   *
   * @example
   * ```ts
   * const s = series([['FY2021-22', toDecimal(10)], ['FY2022-23', toDecimal(20)]]);
   * s.map((v) => v.times(2)).toRows().map((r) => r.value.toString()) //=> ['20', '40']
   * ```
   */
  map<W extends SeriesValue>(fn: (value: V, period: Period, index: number) => W): Series<W> {
    return new Series(
      this.entries.map((e, i) => ({ period: e.period, value: fn(e.value, e.period, i) })),
    );
  }

  /**
   * Combines two series over exactly the same periods, value by value.
   *
   * @throws {SeriesError} `PERIOD_MISMATCH` when the periods differ (naming the first difference)
   */
  zipWith<W extends SeriesValue, R extends SeriesValue>(
    other: Series<W>,
    fn: (a: V, b: W, period: Period, index: number) => R,
  ): Series<R> {
    const n = Math.max(this.length, other.length);
    for (let i = 0; i < n; i++) {
      const a = this.entries[i]?.period.key;
      const b = other.entries[i]?.period.key;
      if (a !== b) {
        throw new SeriesError(
          'PERIOD_MISMATCH',
          `zipWith needs the same periods: entry ${i} is ${describe(a)} in one series and ${describe(b)} in the other`,
        );
      }
    }
    return new Series(
      this.entries.map((e, i) => ({
        period: e.period,
        value: fn(e.value, (other.entries[i] as SeriesEntry<W>).value, e.period, i),
      })),
    );
  }

  /**
   * Running totals: each period's value is the exact sum of its own and all earlier values.
   *
   * @example
   * ```ts
   * series([['2021-04', toDecimal(1)], ['2021-05', toDecimal(2)]]).cumulative().values.map(String) //=> ['1', '3']
   * ```
   */
  cumulative(): Series<V> {
    const kind = this.#valueKind;
    if (kind === undefined) return this;
    let total: V | undefined;
    return new Series(
      this.entries.map((e) => {
        total = total === undefined ? e.value : addValues(total, e.value, kind);
        return { period: e.period, value: total };
      }),
    );
  }

  /**
   * Sums the values into a coarser granularity — months into fiscal quarters or years, quarters
   * into fiscal years — exactly. Months use `options.startMonth` (default April); quarters keep
   * their own fiscal calendar. A target period only partly covered (a series starting in August
   * gives a partial FY) is summed over what is there unless `requireComplete` is set; use
   * {@link rollupWithCoverage} to see which periods are partial.
   *
   * @throws {SeriesError} `INCOMPLETE_ROLLUP` when `requireComplete` and a period is partial
   * @throws {InvalidPeriodError} when `kind` is finer than the series' granularity
   *
   * @example
   * ```ts
   * const monthly = series([['2022-03', toDecimal(5)], ['2022-04', toDecimal(10)], ['2022-05', toDecimal(20)]]);
   * monthly.rollup('fiscalYear').toRows().map((r) => `${r.period}: ${r.value}`) //=> ['FY2021-22: 5', 'FY2022-23: 30']
   * ```
   */
  rollup(kind: PeriodKind, options?: RollupOptions): Series<V> {
    return this.rollupWithCoverage(kind, options).series;
  }

  /** {@link rollup}, with how many parts of each target period were present. */
  rollupWithCoverage(kind: PeriodKind, options?: RollupOptions): RollupResult<V> {
    const groups = new Map<string, { period: Period; values: V[] }>();
    for (const e of this.entries) {
      const target = containingPeriod(e.period, kind, options);
      const group = groups.get(target.key);
      if (group) group.values.push(e.value);
      else groups.set(target.key, { period: target, values: [e.value] });
    }
    const valueKind = this.#valueKind;
    const coverage: RollupCoverage[] = [];
    const entries: SeriesEntry<V>[] = [];
    for (const { period, values } of groups.values()) {
      const first = this.entries[0];
      const expectedParts = first ? periodMonths(period) / periodMonths(first.period) : 0;
      const complete = values.length === expectedParts;
      if (!complete && options?.requireComplete) {
        throw new SeriesError(
          'INCOMPLETE_ROLLUP',
          `${period.key} has ${values.length} of its ${expectedParts} parts in the series`,
        );
      }
      coverage.push(
        Object.freeze({ period: period.key, parts: values.length, expectedParts, complete }),
      );
      entries.push({ period, value: sumValues(values, valueKind as ValueKind) });
    }
    return Object.freeze({
      series: new Series(entries),
      coverage: Object.freeze(coverage),
      partial: Object.freeze(coverage.filter((c) => !c.complete).map((c) => c.period)),
    });
  }

  /**
   * The entries from `from` to `to`, both included; either bound may be omitted. Bounds need not be
   * present in the series but must be of its kind and calendar.
   *
   * @throws {InvalidPeriodError} when a bound is of another kind or fiscal calendar
   */
  slice(from?: PeriodInput, to?: PeriodInput): Series<V> {
    const lo = from === undefined ? undefined : toPeriod(from);
    const hi = to === undefined ? undefined : toPeriod(to);
    return new Series(
      this.entries.filter(
        (e) =>
          (lo === undefined || comparePeriods(e.period, lo) >= 0) &&
          (hi === undefined || comparePeriods(e.period, hi) <= 0),
      ),
    );
  }

  /**
   * The exact total of all values.
   *
   * @throws {SeriesError} `EMPTY_SERIES` for an empty series without `options.zero`
   */
  sum(options?: SeriesSumOptions<V>): V {
    const kind = this.#valueKind;
    if (kind === undefined) {
      if (options?.zero !== undefined) return options.zero;
      throw new SeriesError('EMPTY_SERIES', 'the sum of an empty series needs options.zero');
    }
    return sumValues(this.values, kind);
  }

  /** Rows for tables: `{ period: key, value }` in order. */
  toRows(): SeriesRow<V>[] {
    return this.entries.map((e) => ({ period: e.period.key, value: e.value }));
  }

  /**
   * The JSON form: `{ "entries": [{ "period": "FY2021-22", "value": "12.5" }] }`, with Decimals as
   * strings and Money as `{ "amount": "…", "currency": "INR" }` — never floats. Read it back with
   * `seriesFromJSON`.
   */
  toJSON(): SeriesJSON {
    return {
      entries: this.entries.map((e) => ({
        period: e.period.key,
        value:
          'currency' in e.value
            ? { amount: e.value.amount.toFixed(), currency: e.value.currency }
            : e.value.toFixed(),
      })),
    };
  }
}

// Instances are frozen, and so are the class and its prototype: crorecast calls these methods on
// the series it builds, so an importer that could write `Series.prototype.sum = …` would change
// crorecast's own results.
Object.freeze(Series.prototype);
Object.freeze(Series);
