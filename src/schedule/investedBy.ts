import { Decimal, ZERO } from '../core/decimal.js';
import { ArgumentError, describe } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { decimalJsRounding } from '../core/rounding.js';
import { type CurrencyCode, currencyInfo } from '../money/currency.js';
import { type Money, money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { daysInclusive } from './_lib/days.js';
import { scheduleEntries, toIsoDate } from './_lib/periods.js';

/**
 * When a period's amount counts as invested: once the period has ended (`period-end`, the
 * default and the conservative reading of "cumulative investment by"), from its first day
 * (`period-start`), or day by day through the period (`pro-rata`, rounded half-up to the minor
 * unit).
 */
export type InvestedBasis = 'period-end' | 'period-start' | 'pro-rata';

/** Options of `investedBy`. */
export interface InvestedByOptions {
  /** Default `'period-end'`. */
  readonly basis?: InvestedBasis;
}

/**
 * The cumulative amount invested by a date (inclusive) under a schedule.
 *
 * @param schedule - capex by period, one currency
 * @param date - a `yyyy-MM-dd` calendar date (or a `Date`, read by its local calendar date)
 * @param options - `basis`: `'period-end'` (default), `'period-start'` or `'pro-rata'`
 * @returns the amount invested on or before `date`
 * @throws {ArgumentError} for an empty schedule, an invalid date or basis
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(1350), start: 'FY2021-22', periods: 5, granularity: 'fy' });
 * investedBy(capex, '2023-03-31').amount.dividedBy(1e7).toFixed(2) //=> '540.00'
 * investedBy(capex, '2023-03-30').amount.dividedBy(1e7).toFixed(2) //=> '270.00'
 * investedBy(capex, '2022-09-30', { basis: 'pro-rata' }).amount.dividedBy(1e7).toFixed(2) //=> '405.37'
 * ```
 */
export function investedBy<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  date: string | Date,
  options: InvestedByOptions = {},
): Money<C> {
  readOptions(options, 'investedBy', ['basis']);
  const basis = options.basis ?? 'period-end';
  if (basis !== 'period-end' && basis !== 'period-start' && basis !== 'pro-rata') {
    throw new ArgumentError(
      'INVALID_BASIS',
      `basis ${describe(basis)} is not one of period-end, period-start, pro-rata`,
    );
  }
  const on = toIsoDate(date);
  const entries = scheduleEntries<C>(schedule, 'schedule');
  const first = entries[0];
  if (first === undefined) throw new ArgumentError('EMPTY_SCHEDULE', 'the schedule is empty');
  const currency = first.value.currency;
  let total: Decimal = ZERO;
  for (const { slot, value } of entries) {
    if (slot.end <= on || (basis === 'period-start' && slot.start <= on)) {
      total = total.plus(value.amount);
    } else if (basis === 'pro-rata' && slot.start <= on) {
      const share = new Decimal(daysInclusive(slot.start, on)).dividedBy(
        daysInclusive(slot.start, slot.end),
      );
      total = total.plus(value.amount.times(share));
    }
  }
  const minor = currencyInfo(currency).minorUnit;
  return money(total.toDecimalPlaces(minor, decimalJsRounding('half-up')), currency);
}
