import type { Decimal } from '../core/decimal.js';
import { ONE } from '../core/decimal.js';
import { ArgumentError, describe } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { isIsoDate } from './_lib/isoDate.js';
import { assertCurrency, type CurrencyCode } from './currency.js';
import { FxRateNotFoundError } from './errors.js';
import type { FxTable } from './fxTable.js';

/** Options for `fxRate` and `convert`. */
export interface FxRateOptions {
  /** Use the latest quote dated on or before this `yyyy-MM-dd` date; default: the latest quote. */
  readonly on?: string;
}

/** The rate found for a pair, and where it came from (for explainable conversions). */
export interface FxQuote {
  /** One `base` buys `rate` `quote`; for a derived inverse, `1 / quoted rate`. */
  readonly rate: Decimal;
  /** The quoted rate as stored (`USD/INR 74.5` for an INR→USD lookup). */
  readonly quoted: Decimal;
  /** True when the table quotes the pair the other way round and the rate is its inverse. */
  readonly inverted: boolean;
  /** The date of the quote used; `undefined` when base and quote are the same currency. */
  readonly date: string | undefined;
}

/**
 * Finds the rate to convert `base` into `quote`: the latest quote dated on or before `on`, in
 * either direction (an inverse quote is inverted). When both directions are quoted on that date
 * the direct quote wins. A currency converts into itself at 1.
 *
 * @throws {FxRateNotFoundError} when the table has no quote of the pair on or before `on`
 * @throws {ArgumentError} when `on` is not a `yyyy-MM-dd` date
 *
 * @example
 * ```ts
 * const table = fxTable([{ date: '2021-03-31', base: 'USD', quote: 'INR', rate: '74.5' }]);
 * fxRate(table, 'USD', 'INR', { on: '2021-06-30' }).rate.toFixed() //=> '74.5'
 * fxRate(table, 'INR', 'USD').inverted //=> true
 * ```
 */
export function fxRate(
  table: FxTable,
  base: CurrencyCode,
  quote: CurrencyCode,
  options: FxRateOptions = {},
): FxQuote {
  readOptions(options, 'fxRate', ['on']);
  assertCurrency(base);
  assertCurrency(quote);
  const on = options.on;
  if (on !== undefined && !isIsoDate(on)) {
    throw new ArgumentError('INVALID_DATE', `on ${describe(on)} must be a date as yyyy-MM-dd`);
  }
  if (base === quote)
    return Object.freeze({ rate: ONE, quoted: ONE, inverted: false, date: undefined });
  let found: FxQuote | undefined;
  for (const r of table.rates) {
    if (on !== undefined && r.date > on) break;
    const direct = r.base === base && r.quote === quote;
    const inverse = r.base === quote && r.quote === base;
    if (!direct && !inverse) continue;
    // Rates are sorted by date: a later quote replaces an earlier one; on a tie, direct wins.
    if (found !== undefined && found.date === r.date && !found.inverted) continue;
    found = {
      rate: direct ? r.rate : ONE.dividedBy(r.rate),
      quoted: r.rate,
      inverted: !direct,
      date: r.date,
    };
  }
  if (found === undefined) {
    const first = table.rates.find(
      (r) => (r.base === base && r.quote === quote) || (r.base === quote && r.quote === base),
    );
    const detail =
      first === undefined
        ? 'the table has no quote of this pair'
        : `the first quote is on ${first.date}`;
    throw new FxRateNotFoundError(base, quote, on, detail);
  }
  return Object.freeze(found);
}
