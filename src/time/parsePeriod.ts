import { buildMonth, buildQuarter } from './_lib/build.js';
import { InvalidPeriodError } from './errors.js';
import type { FiscalYearOptions } from './fiscalYearStart.js';
import { parseFiscalYear } from './parseFiscalYear.js';
import type { Period } from './period.js';

/** Options for {@link parsePeriod}. */
export type ParsePeriodOptions = FiscalYearOptions;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(.+) Q(\d)$/;

/**
 * Reads a period key or label of any kind: a month `2021-08`, a fiscal quarter `FY2021-22 Q2`, or
 * a fiscal year in any form {@link parseFiscalYear} accepts. Every `Period.key` round-trips:
 * `parsePeriod(p.key).key === p.key`, with no options, for every start month.
 *
 * `yyyy-MM` is a month whenever it can be one (`2011-12` is December 2011, `2021-22` is FY2021-22);
 * to read `2011-12` as the fiscal year FY2011-12 call `parseFiscalYear`.
 *
 * @param label - the key or label
 * @param options - `startMonth` for fiscal labels without a `(Mon)` suffix (default April)
 * @returns the frozen period
 * @throws {InvalidPeriodError} when the label names no period
 *
 * @example
 * ```ts
 * parsePeriod('2021-08').kind //=> 'month'
 * parsePeriod('FY2021-22 Q2').kind //=> 'quarter'
 * parsePeriod('FY22').key //=> 'FY2021-22'
 * ```
 */
export function parsePeriod(label: string, options?: ParsePeriodOptions): Period {
  if (typeof label !== 'string') throw new InvalidPeriodError(label, 'is not a period label');
  const month = MONTH.exec(label);
  if (month) {
    const m = Number(month[2]);
    // `2021-22` cannot be a month, so it is the fiscal year `2021-22` (a form parseFiscalYear takes).
    if ((m < 1 || m > 12) && (Number(month[1]) + 1) % 100 === m)
      return parseFiscalYear(label, options);
    if (m < 1 || m > 12) {
      throw new InvalidPeriodError(label, 'is not a month: the month must be 01–12');
    }
    return buildMonth(Number(month[1]), m);
  }
  const quarter = QUARTER.exec(label);
  if (quarter) {
    const q = Number(quarter[2]);
    if (q < 1 || q > 4) throw new InvalidPeriodError(label, 'is not a quarter: Q1–Q4');
    return buildQuarter(parseFiscalYear(quarter[1] ?? '', options), q);
  }
  try {
    return parseFiscalYear(label, options);
  } catch (error) {
    // A label that looks fiscal keeps parseFiscalYear's specific reason (e.g. "23 does not follow 2021").
    if (/^(FY|\d{4}-\d{2})/.test(label)) throw error;
    throw new InvalidPeriodError(
      label,
      'is not a period label (expected a month "2021-08", a quarter "FY2021-22 Q2" or a fiscal year "FY2021-22")',
    );
  }
}
