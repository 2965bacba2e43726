import type { Decimal } from '../core/decimal.js';
import { ONE, ZERO } from '../core/decimal.js';
import { ArgumentError, describe } from '../core/errors.js';
import { isIsoDate } from './_lib/isoDate.js';
import { assertCurrency, type CurrencyCode } from './currency.js';
import { FxRateNotFoundError } from './errors.js';
import type { FxTable } from './fxTable.js';

/**
 * The average rate of a pair over a period: the arithmetic mean of the quotes dated from `from`
 * to `to` inclusive, one observation per date (an inverse quote counts as `1 / rate`; when
 * both directions are quoted on one date the direct quote is used). Use it to translate a
 * period's flows (revenue, costs) as accountants do with the period-average rate.
 *
 * @param table - the FX table
 * @param base - the currency converted from
 * @param quote - the currency converted into
 * @param from - the first date, `yyyy-MM-dd`, inclusive
 * @param to - the last date, `yyyy-MM-dd`, inclusive
 * @returns the mean rate (one `base` buys this many `quote`)
 * @throws {FxRateNotFoundError} when no quote of the pair falls in the period
 * @throws {ArgumentError} for a malformed date or `from` after `to`
 *
 * @example
 * ```ts
 * const table = fxTable([
 *   { date: '2021-04-30', base: 'USD', quote: 'INR', rate: '74' },
 *   { date: '2021-05-31', base: 'USD', quote: 'INR', rate: '73' },
 *   { date: '2021-06-30', base: 'USD', quote: 'INR', rate: '75' },
 * ]);
 * averageRate(table, 'USD', 'INR', '2021-04-01', '2021-06-30').toFixed() //=> '74'
 * ```
 */
export function averageRate(
  table: FxTable,
  base: CurrencyCode,
  quote: CurrencyCode,
  from: string,
  to: string,
): Decimal {
  assertCurrency(base);
  assertCurrency(quote);
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDate(value)) {
      throw new ArgumentError(
        'INVALID_DATE',
        `${name} ${describe(value)} must be a date as yyyy-MM-dd`,
      );
    }
  }
  if (from > to) throw new ArgumentError('INVALID_PERIOD', `from ${from} is after to ${to}`);
  if (base === quote) return ONE;
  const byDate = new Map<string, Decimal>();
  for (const r of table.rates) {
    if (r.date < from || r.date > to) continue;
    if (r.base === base && r.quote === quote) byDate.set(r.date, r.rate);
    else if (r.base === quote && r.quote === base && !byDate.has(r.date)) {
      byDate.set(r.date, ONE.dividedBy(r.rate));
    }
  }
  if (byDate.size === 0) {
    throw new FxRateNotFoundError(base, quote, undefined, `no quote between ${from} and ${to}`);
  }
  let total = ZERO;
  for (const rate of byDate.values()) total = total.plus(rate);
  return total.dividedBy(byDate.size);
}
