import {
  buildQuarter,
  firstOrdinal,
  fiscalYearAt,
  lengthInMonths,
  monthAt,
  quarterAt,
  startMonthOf,
} from './_lib/build.js';
import { InvalidPeriodError } from './errors.js';
import { type FiscalYearOptions, resolveStartMonth } from './fiscalYearStart.js';
import {
  type FiscalQuarter,
  type FiscalYear,
  type MonthPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  type PeriodOfKind,
} from './period.js';

/** Options for {@link containingPeriod}. */
export type ContainingPeriodOptions = FiscalYearOptions;

/**
 * The period of a coarser (or the same) kind that contains this one: the quarter or fiscal year of
 * a month, the fiscal year of a quarter. A quarter keeps its own start month; a month, which has
 * none, uses `options.startMonth` (default April). Converting to a finer kind is an error — use
 * {@link subPeriods}.
 *
 * @param period - the period to convert
 * @param kind - `'month'`, `'quarter'` or `'fiscalYear'`
 * @param options - `startMonth` for months (default April); must match a quarter's own if given
 * @returns the containing period
 * @throws {InvalidPeriodError} when `kind` is finer than the period's, or start months conflict
 *
 * @example
 * ```ts
 * containingPeriod(parsePeriod('2021-08'), 'quarter').key //=> 'FY2021-22 Q2'
 * containingPeriod(parsePeriod('2022-03'), 'fiscalYear').key //=> 'FY2021-22'
 * ```
 */
export function containingPeriod<K extends PeriodKind>(
  period: Period,
  kind: K,
  options?: ContainingPeriodOptions,
): PeriodOfKind<K> {
  const own = startMonthOf(period);
  if (own !== undefined && options?.startMonth !== undefined && options.startMonth !== own) {
    throw new InvalidPeriodError(period.key, `has start month ${own}, not ${options.startMonth}`);
  }
  const startMonth = own ?? resolveStartMonth(options);
  if (PERIOD_KINDS.indexOf(kind) < PERIOD_KINDS.indexOf(period.kind)) {
    throw new InvalidPeriodError(
      period.key,
      `cannot be converted to a finer ${kind}; use subPeriods`,
    );
  }
  const ordinal = firstOrdinal(period);
  const result: Period =
    kind === 'month'
      ? monthAt(ordinal)
      : kind === 'quarter'
        ? quarterAt(ordinal, startMonth)
        : fiscalYearAt(ordinal, startMonth);
  return result as PeriodOfKind<K>;
}

/**
 * The periods of a finer (or the same) kind that make up this one, in order: the months of a
 * quarter or fiscal year, the quarters of a fiscal year.
 *
 * @param period - the period to split
 * @param kind - the finer kind
 * @returns a frozen array (1, 3, 4 or 12 periods)
 * @throws {InvalidPeriodError} when `kind` is coarser than the period's
 *
 * @example
 * ```ts
 * subPeriods(parsePeriod('FY2021-22 Q4'), 'month').map((m) => m.key) //=> ['2022-01', '2022-02', '2022-03']
 * ```
 */
export function subPeriods<K extends PeriodKind>(
  period: Period,
  kind: K,
): readonly PeriodOfKind<K>[] {
  if (PERIOD_KINDS.indexOf(kind) > PERIOD_KINDS.indexOf(period.kind)) {
    throw new InvalidPeriodError(
      period.key,
      `cannot be split into a coarser ${kind}; use containingPeriod`,
    );
  }
  const first = firstOrdinal(period);
  const months = lengthInMonths(period);
  let parts: Period[];
  if (kind === 'month') {
    parts = Array.from({ length: months }, (_, i) => monthAt(first + i));
  } else if (kind === 'quarter' && period.kind === 'fiscalYear') {
    parts = [1, 2, 3, 4].map((q) => buildQuarter(period, q));
  } else {
    parts = [period];
  }
  return Object.freeze(parts) as readonly PeriodOfKind<K>[];
}

/**
 * The months of a period.
 *
 * @example
 * ```ts
 * monthsOf(parsePeriod('FY2021-22')).length //=> 12
 * ```
 */
export function monthsOf(period: Period): readonly MonthPeriod[] {
  return subPeriods(period, 'month');
}

/**
 * The four quarters of a fiscal year.
 *
 * @example
 * ```ts
 * quartersOf(parsePeriod('FY2021-22') as FiscalYear)[1]?.key //=> 'FY2021-22 Q2'
 * ```
 */
export function quartersOf(year: FiscalYear): readonly FiscalQuarter[] {
  return subPeriods(year, 'quarter');
}

/**
 * The fiscal year of a month or quarter (a month uses `options.startMonth`, default April).
 *
 * @example
 * ```ts
 * fiscalYearOf(parsePeriod('2022-04')).key //=> 'FY2022-23'
 * ```
 */
export function fiscalYearOf(period: Period, options?: ContainingPeriodOptions): FiscalYear {
  return containingPeriod(period, 'fiscalYear', options);
}

/**
 * The fiscal quarter of a month (using `options.startMonth`, default April).
 *
 * @example
 * ```ts
 * quarterOf(parsePeriod('2021-08') as MonthPeriod).key //=> 'FY2021-22 Q2'
 * ```
 */
export function quarterOf(
  period: MonthPeriod | FiscalQuarter,
  options?: ContainingPeriodOptions,
): FiscalQuarter {
  return containingPeriod(period, 'quarter', options);
}
