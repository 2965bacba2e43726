import { type Decimal, ONE } from '../core/decimal.js';
import { decimalKey } from '../core/decimalParts.js';
import type { Money } from '../money/money.js';
import { fiscalYearStart } from './_lib/fiscalYears.js';
import type { SharedRuns } from './_lib/sharedRuns.js';
import type { PliBaseYearCheck } from './types.js';

/**
 * The growth the plan implies from the base year's sales to its first year's: flagged when the
 * yearly rate exceeds the section's limit (a base year too small for the plan's opening volumes
 * inflates every year's incremental sales, and with them the incentive).
 */
export function baseYearCheck(
  baseYear: string,
  baseYearSales: Money<'INR'>,
  year: string,
  sales: Money<'INR'>,
  limit: Decimal,
): PliBaseYearCheck {
  const gap = (fiscalYearStart(year) ?? 0) - (fiscalYearStart(baseYear) ?? 0);
  const base = baseYearSales.amount;
  if (!base.greaterThan(0) || gap <= 0) {
    return {
      baseYear,
      baseYearSales,
      year,
      sales,
      multiple: null,
      yearlyGrowth: null,
      limit,
      plausible: true,
      note: base.greaterThan(0)
        ? `${year} is not after the base year ${baseYear}`
        : `no base-year sales: every sale of ${year} is incremental`,
    };
  }
  const multiple = sales.amount.dividedBy(base);
  const yearlyGrowth = multiple.greaterThan(0) ? multiple.pow(ONE.dividedBy(gap)).minus(1) : null;
  const plausible = yearlyGrowth === null || yearlyGrowth.lessThanOrEqualTo(limit);
  const pct = (d: Decimal) => `${d.times(100).toFixed(0)}%`;
  return {
    baseYear,
    baseYearSales,
    year,
    sales,
    multiple,
    yearlyGrowth,
    limit,
    plausible,
    note: `the plan's ${year} sales are ${multiple.toFixed(1)}× the ${baseYear} base year${yearlyGrowth === null ? '' : ` (${pct(yearlyGrowth)} a year over ${gap} year${gap === 1 ? '' : 's'})`}${plausible ? '' : `: above the ${pct(limit)} a year taken as plausible — check the base year against the plan's opening volumes`}`,
  };
}

/**
 * {@link baseYearCheck} once per run for the same figures, and only when its result is read:
 * the plan and its outturn (whose first year is the plan's until an actual revenue moves it)
 * check the same growth, and its yearly rate is a fractional power — a 40-digit ln and exp
 * (a third of a millisecond) that an opening-run-rate baseline's PLI, read only for its cash,
 * never needs. Keyed by the figures' exact digits.
 *
 * @param shared - the run's shared results
 * @returns a function giving what {@link baseYearCheck} returns for the other arguments,
 *   computed on its first call and the same object after
 *
 * @example
 * ```ts
 * // A run passes its SharedRuns; this one shares nothing.
 * const shared = { once: <T,>(_step: string, _key: readonly unknown[], f: () => T) => f() };
 * const check = sharedBaseYearCheck(shared, 'FY2019-20', crore(100), 'FY2021-22', crore(400), new Decimal('0.5'));
 * check().yearlyGrowth?.toFixed() //=> '1'
 * check().plausible //=> false
 * ```
 */
export function sharedBaseYearCheck(
  shared: SharedRuns,
  ...args: Parameters<typeof baseYearCheck>
): () => PliBaseYearCheck {
  const [baseYear, baseYearSales, year, sales, limit] = args;
  const key = [baseYear, decimalKey(baseYearSales.amount), year, decimalKey(sales.amount)];
  return shared.once('pli-base-year-check', [key.join(' '), limit], () => {
    // Holds only the arguments (immutable figures), not the run's shared results.
    let check: PliBaseYearCheck | undefined;
    return () => {
      check ??= baseYearCheck(...args);
      return check;
    };
  });
}
