import { buildFiscalYear } from './_lib/build.js';
import { InvalidPeriodError } from './errors.js';
import {
  type FiscalYearOptions,
  MONTH_ABBREVIATIONS,
  resolveStartMonth,
} from './fiscalYearStart.js';
import type { FiscalYear } from './period.js';

/** Options for {@link parseFiscalYear}. */
export type ParseFiscalYearOptions = FiscalYearOptions;

const SPAN = /^(?:FY ?)?(\d{4})-(\d{2})$/;
const SHORT = /^FY ?(\d{2})$/;
const SINGLE = /^FY ?(\d{4})$/;
const SUFFIX = / \(([A-Z][a-z]{2})\)$/;

/**
 * Reads a fiscal-year label.
 *
 * Accepted forms (April start unless a `(Mon)` suffix or `options.startMonth` says otherwise):
 * - `FY2021-22`, `FY 2021-22`, `2021-22` — the year starting in 2021; the second part must be the
 *   next year's last two digits.
 * - `FY22`, `FY 22`, `FY2022` — the fiscal year *ending* in 2022 (two-digit years are 20xx); with
 *   `startMonth: 1` that is calendar year 2022.
 * - Keys of non-April years: `FY2021-22 (Jul)`, `FY2021 (Jan)`. The suffix fixes the start month;
 *   an `options.startMonth` that disagrees with it is an error.
 *
 * @param label - the label
 * @param options - `startMonth` for labels without a suffix (default April)
 * @returns the frozen fiscal year
 * @throws {InvalidPeriodError} for any other text, e.g. `FY2021-23`, `2021`, `FY2021-22 Q1`
 *
 * @example
 * ```ts
 * parseFiscalYear('FY22').key //=> 'FY2021-22'
 * parseFiscalYear('2021-22').startYear //=> 2021
 * parseFiscalYear('FY2021-22 (Jul)').startMonth //=> 7
 * ```
 */
export function parseFiscalYear(label: string, options?: ParseFiscalYearOptions): FiscalYear {
  if (typeof label !== 'string') throw new InvalidPeriodError(label, 'is not a fiscal-year label');
  let text = label;
  let startMonth = resolveStartMonth(options);
  const suffix = SUFFIX.exec(text);
  if (suffix) {
    const index = MONTH_ABBREVIATIONS.indexOf(suffix[1] as (typeof MONTH_ABBREVIATIONS)[number]);
    if (index < 0) throw new InvalidPeriodError(label, 'has an unknown start-month suffix');
    if (options?.startMonth !== undefined && options.startMonth !== index + 1) {
      throw new InvalidPeriodError(
        label,
        `says its year starts in month ${index + 1}, not startMonth ${options.startMonth}`,
      );
    }
    startMonth = index + 1;
    text = text.slice(0, suffix.index);
  }
  const span = SPAN.exec(text);
  if (span) {
    const start = Number(span[1]);
    if ((start + 1) % 100 !== Number(span[2])) {
      throw new InvalidPeriodError(
        label,
        `is not a fiscal year: ${span[2]} does not follow ${start}`,
      );
    }
    if (startMonth === 1) {
      throw new InvalidPeriodError(label, 'spans two years, but a January fiscal year spans one');
    }
    return buildFiscalYear(start, startMonth);
  }
  const short = SHORT.exec(text);
  const single = short ? null : SINGLE.exec(text);
  const endYear = short ? 2000 + Number(short[1]) : single ? Number(single[1]) : undefined;
  if (endYear === undefined) {
    throw new InvalidPeriodError(
      label,
      'is not a fiscal-year label (expected e.g. "FY2021-22", "FY22", "2021-22" or "FY 2021-22")',
    );
  }
  return buildFiscalYear(startMonth === 1 ? endYear : endYear - 1, startMonth);
}
