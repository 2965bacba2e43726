import { type DecimalLike, toDecimal } from '../core/decimalLike.js';
import { ArgumentError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { assertCurrency, type CurrencyCode } from './currency.js';
import { type FxRateOptions, fxRate } from './fxRate.js';
import type { FxTable } from './fxTable.js';
import { type Money, money } from './money.js';

/** Options for `convert`. */
export type ConvertOptions = FxRateOptions;

/**
 * Converts money into another currency, unrounded, with either a plain rate (one unit of `m`'s
 * currency buys `rate` units of `to`) or an FX table, from which it takes the latest quote on or
 * before `options.on` (see `fxRate`; inverse quotes are used by dividing, which keeps the result
 * correctly rounded to 40 significant digits).
 *
 * @param m - the amount to convert
 * @param to - the target currency
 * @param tableOrRate - an `FxTable`, or a positive decimal-like rate
 * @param options - `on`: the `yyyy-MM-dd` date of the conversion (table only)
 * @returns the converted amount; round it where it is reported
 * @throws {FxRateNotFoundError} when the table has no quote on or before `on`
 * @throws {InvalidAmountError} / {ArgumentError} for a rate that is not a positive decimal, or a
 *   rate other than 1 between a currency and itself
 *
 * @example
 * ```ts
 * formatMoney(convert(usd('30e9'), 'INR', '74.5'), { unit: 'crore', decimals: 0 }) //=> '₹2,23,500 crore'
 * const table = fxTable([{ date: '2021-03-31', base: 'USD', quote: 'INR', rate: '74.5' }]);
 * convert(crore(745), 'USD', table, { on: '2021-04-01' }).amount.toFixed() //=> '100000000'
 * ```
 */
export function convert<To extends CurrencyCode>(
  m: Money,
  to: To,
  tableOrRate: FxTable | DecimalLike,
  options: ConvertOptions = {},
): Money<To> {
  readOptions(options, 'convert', ['on']);
  assertCurrency(to);
  if (isFxTable(tableOrRate)) {
    const quote = fxRate(tableOrRate, m.currency, to, options);
    const amount = quote.inverted ? m.amount.dividedBy(quote.quoted) : m.amount.times(quote.rate);
    return money(amount, to);
  }
  const rate = toDecimal(tableOrRate, 'rate');
  if (!rate.isPositive() || rate.isZero()) {
    throw new ArgumentError(
      'NON_POSITIVE_RATE',
      `rate ${rate.toFixed()} must be greater than zero`,
    );
  }
  if ((m.currency as CurrencyCode) === to && !rate.equals(1)) {
    throw new ArgumentError(
      'SAME_CURRENCY_RATE',
      `rate ${rate.toFixed()} given to convert ${to} into ${to}; a currency converts into itself at 1`,
    );
  }
  return money(m.amount.times(rate), to);
}

function isFxTable(value: unknown): value is FxTable {
  return (
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'fx-table'
  );
}
