import { Decimal, ONE } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { toDecimal } from '../core/decimalLike.js';
import { ArgumentError, describe } from '../core/errors.js';
import { NUMBER_LIMITS } from '../core/limits.js';
import { readNamedAmounts } from './_lib/readFlows.js';
import type { CashFlow } from './cashFlow.js';

/**
 * Compound annual growth rate: the constant yearly rate that grows `start` into `end` over
 * `years` — `(end / start)^(1/years) − 1`. `years` may be fractional (e.g. days/365).
 *
 * @param start - the starting value (> 0; Money or a number)
 * @param end - the ending value (≥ 0; same currency as `start`); 0 gives −100%
 * @param years - the span in years (> 0)
 * @returns the CAGR as a Decimal fraction (0.1 for 10%)
 * @throws {ArgumentError} `CAGR_OUT_OF_DOMAIN` when start ≤ 0, end < 0 or years ≤ 0
 *   (growth from or to a negative value has no compound rate), `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when `start` and `end` differ in currency
 *
 * @example
 * ```ts
 * cagr(100, 121, 2).toString() //=> '0.1'
 * cagr(crore(1_000), crore(38_000), 5).toFixed(4) //=> '1.0699'
 * ```
 */
export function cagr(start: CashFlow, end: CashFlow, years: DecimalLike): Decimal {
  const { values } = readNamedAmounts({ start, end });
  const span = toDecimal(years, 'years');
  if (!values.start.isPositive() || values.start.isZero())
    outOfDomain('start', start, 'greater than zero');
  if (values.end.isNegative()) outOfDomain('end', end, 'zero or more');
  if (span.lessThan(NUMBER_LIMITS.minYears) || span.greaterThan(NUMBER_LIMITS.maxPeriods)) {
    outOfDomain(
      'years',
      years,
      `between one day (${NUMBER_LIMITS.minYears}) and ${NUMBER_LIMITS.maxPeriods} (README "Limits")`,
    );
  }
  const ratio = values.end.dividedBy(values.start);
  const grown = span.equals(ONE) ? ratio : Decimal.pow(ratio, ONE.dividedBy(span));
  // The growth over a day of a ratio of 10^70 is past any range: a typed error, never Infinity.
  return toDecimal(new Decimal(grown.minus(ONE)), 'cagr');
}

function outOfDomain(what: string, value: unknown, must: string): never {
  const shown =
    typeof value === 'object' && value !== null && 'amount' in value ? value.amount : value;
  throw new ArgumentError('CAGR_OUT_OF_DOMAIN', `cagr: ${what} ${describe(shown)} must be ${must}`);
}
