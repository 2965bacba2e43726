import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { InvalidPeriodError } from '../../time/errors.js';
import { parseFiscalYear } from '../../time/parseFiscalYear.js';
import { fiscalYears } from '../../time/periodsBetween.js';
import { endOf, startOf } from '../../time/startOf.js';

/**
 * The canonical key of a fiscal-year label (`FY22` → `FY2021-22`), or undefined when the text is
 * not a fiscal year. The model's years are April–March, as the projection's.
 */
export function fiscalYearKey(label: string): string | undefined {
  try {
    return parseFiscalYear(label).key;
  } catch (error) {
    if (error instanceof InvalidPeriodError) return undefined;
    throw error;
  }
}

/** The first calendar year of a fiscal-year label, or undefined when it is not one. */
export function fiscalYearStart(label: string): number | undefined {
  try {
    return parseFiscalYear(label).startYear;
  } catch (error) {
    if (error instanceof InvalidPeriodError) return undefined;
    throw error;
  }
}

/** `count` consecutive fiscal-year keys from `first`. */
export function fiscalYearRange(first: string, count: number): string[] {
  return fiscalYears(first, count).map((fy) => fy.key);
}

/** The key of the fiscal year starting in April of `start`. */
export function fiscalYearLabel(start: number): string {
  return fiscalYears(start, 1).map((fy) => fy.key)[0] ?? '';
}

/** The last day of a fiscal year, `yyyy-MM-dd`. */
export function fiscalYearEnd(label: string): string {
  return endOf(parseFiscalYear(label));
}

/**
 * The first day of a fiscal year, `yyyy-MM-dd`.
 *
 * @example
 * ```ts
 * fiscalYearFirstDay('FY2021-22') //=> '2021-04-01'
 * ```
 */
export function fiscalYearFirstDay(label: string): string {
  return startOf(parseFiscalYear(label));
}

/** A fiscal-year label in any form the time layer reads (`FY2025-26`, `FY26`), as its key. */
export const fiscalYearSchema = lazySchema(() =>
  z.string().transform((label, ctx) => {
    const key = fiscalYearKey(label);
    if (key === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an Indian fiscal year such as "FY2025-26", got ${JSON.stringify(label)}`,
        input: label,
      });
      return z.NEVER;
    }
    return key;
  }),
);

/** The fewest and most whole fiscal years a scenario's horizon may run. */
export const HORIZON_YEARS = Object.freeze({ min: 3, max: 10 });

/**
 * The whole fiscal years of a scenario horizon given as `years`, or as `months` that make whole
 * years (`120` → 10); undefined when neither does.
 */
export function horizonYears(horizon: {
  readonly years?: number | undefined;
  readonly months?: number | undefined;
}): number | undefined {
  if (horizon.years !== undefined) return horizon.years;
  return horizon.months !== undefined && horizon.months % 12 === 0
    ? horizon.months / 12
    : undefined;
}

/**
 * Orders fiscal-year labels (`FY2021-22`). They share one shape, so code-unit order is year
 * order — the order `localeCompare` gave them — without ICU: a process's first `localeCompare`
 * loads ICU's collation data, ~70 million instructions of a cold `crorecast run`.
 *
 * @example
 * ```ts
 * ['FY2027-28', 'FY2026-27'].sort(compareFiscalYearLabels) //=> ['FY2026-27', 'FY2027-28']
 * ```
 */
export function compareFiscalYearLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
