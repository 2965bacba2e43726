import { deepFreeze } from '../core/freeze.js';
/** The three granularities of a {@link Period}, finest first. */
export type PeriodKind = 'month' | 'quarter' | 'fiscalYear';

/** The kinds in order from finest to coarsest. */
export const PERIOD_KINDS = deepFreeze([
  'month',
  'quarter',
  'fiscalYear',
] as const satisfies readonly PeriodKind[]);

/**
 * A calendar month, e.g. August 2021 with key `2021-08`. Months belong to no fiscal calendar; the
 * quarter or fiscal year of a month depends on a `startMonth` (see `containingPeriod`).
 */
export interface MonthPeriod {
  readonly kind: 'month';
  /** `yyyy-MM`, e.g. `2021-08`. */
  readonly key: string;
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
}

/**
 * A fiscal year: twelve months from `startMonth` of `startYear`.
 *
 * Label scheme (the `key`), designed so that every key names exactly one period and round-trips
 * through `parsePeriod` without options:
 * - April start (the default): `FY2021-22` (April 2021 – March 2022).
 * - January start: the fiscal year is the calendar year, `FY2021 (Jan)`.
 * - Any other start: the two calendar years it spans plus the start month, `FY2021-22 (Jul)`
 *   (July 2021 – June 2022).
 */
export interface FiscalYear {
  readonly kind: 'fiscalYear';
  /** `FY2021-22`, `FY2021 (Jan)` or `FY2021-22 (Jul)`; see the label scheme above. */
  readonly key: string;
  /** Calendar year of the first month. */
  readonly startYear: number;
  /** Calendar year of the last month (equals `startYear` when `startMonth` is 1). */
  readonly endYear: number;
  /** Month the year starts in, 1–12. */
  readonly startMonth: number;
}

/**
 * A quarter of a fiscal year: Q1 is the first three months (April–June for an April year). Its
 * key is the fiscal year's key plus ` Q1`…` Q4`, e.g. `FY2021-22 Q2`.
 */
export interface FiscalQuarter {
  readonly kind: 'quarter';
  /** e.g. `FY2021-22 Q2` or `FY2021-22 (Jul) Q2`. */
  readonly key: string;
  readonly fiscalYear: FiscalYear;
  readonly quarter: 1 | 2 | 3 | 4;
}

/**
 * A month, fiscal quarter or fiscal year: a small frozen value whose `key` is stable and unique,
 * so two periods are the same period exactly when their keys are equal. It converts to its key
 * (`String(period)`, template literals); `toString` is not an enumerable field, so periods still
 * compare and serialise as their plain fields.
 *
 * @example
 * ```ts
 * `${fiscalYear('2021-08-24')}` //=> 'FY2021-22'
 * ```
 */
export type Period = MonthPeriod | FiscalQuarter | FiscalYear;

/** The period type for a kind: `PeriodOfKind<'month'>` is `MonthPeriod`. */
export type PeriodOfKind<K extends PeriodKind> = Extract<Period, { kind: K }>;
