// Constructors and the month-ordinal arithmetic every period function is built on. An ordinal is
// year * 12 + (month - 1): consecutive months have consecutive ordinals.

import { InvalidPeriodError } from '../errors.js';
import { MONTH_ABBREVIATIONS } from '../fiscalYearStart.js';
import type { FiscalQuarter, FiscalYear, MonthPeriod, Period } from '../period.js';

const MIN_YEAR = 1000;
const MAX_YEAR = 9998; // so that a fiscal year's end year still has four digits

function checkYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InvalidPeriodError(year, `is not a supported ${what} (${MIN_YEAR}–${MAX_YEAR})`);
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

// A period converts to its key: `String(fy)` and `${fy}` give 'FY2021-22', not '[object Object]'.
// Non-enumerable, so periods still compare, spread and serialise as their plain fields.
function keyToString(this: { readonly key: string }): string {
  return this.key;
}

function freezePeriod<P extends Period>(fields: P): P {
  Object.defineProperty(fields, 'toString', { value: keyToString, enumerable: false });
  return Object.freeze(fields);
}

export function buildMonth(year: number, month: number): MonthPeriod {
  checkYear(year, 'year');
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidPeriodError(month, 'is not a month number (1–12)');
  }
  return freezePeriod<MonthPeriod>({ kind: 'month', key: `${year}-${pad2(month)}`, year, month });
}

export function fiscalYearKey(startYear: number, startMonth: number): string {
  if (startMonth === 1) return `FY${startYear} (Jan)`;
  const span = `FY${startYear}-${pad2((startYear + 1) % 100)}`;
  return startMonth === 4 ? span : `${span} (${MONTH_ABBREVIATIONS[startMonth - 1]})`;
}

export function buildFiscalYear(startYear: number, startMonth: number): FiscalYear {
  checkYear(startYear, 'fiscal-year start year');
  return freezePeriod<FiscalYear>({
    kind: 'fiscalYear',
    key: fiscalYearKey(startYear, startMonth),
    startYear,
    endYear: startMonth === 1 ? startYear : startYear + 1,
    startMonth,
  });
}

export function buildQuarter(fiscalYear: FiscalYear, quarter: number): FiscalQuarter {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new InvalidPeriodError(quarter, 'is not a quarter number (1–4)');
  }
  return freezePeriod<FiscalQuarter>({
    kind: 'quarter',
    key: `${fiscalYear.key} Q${quarter}`,
    fiscalYear,
    quarter,
  });
}

/** Ordinal of the period's first month. */
export function firstOrdinal(period: Period): number {
  switch (period.kind) {
    case 'month':
      return period.year * 12 + period.month - 1;
    case 'fiscalYear':
      return period.startYear * 12 + period.startMonth - 1;
    case 'quarter':
      return firstOrdinal(period.fiscalYear) + 3 * (period.quarter - 1);
  }
}

/** Number of months the period spans. */
export function lengthInMonths(period: Period): 1 | 3 | 12 {
  return period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
}

export function monthAt(ordinal: number): MonthPeriod {
  return buildMonth(Math.floor(ordinal / 12), (ordinal % 12) + 1);
}

/** The fiscal year (of the given start month) containing the month with this ordinal. */
export function fiscalYearAt(ordinal: number, startMonth: number): FiscalYear {
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  return buildFiscalYear(month >= startMonth ? year : year - 1, startMonth);
}

export function quarterAt(ordinal: number, startMonth: number): FiscalQuarter {
  const fy = fiscalYearAt(ordinal, startMonth);
  return buildQuarter(fy, Math.floor((ordinal - firstOrdinal(fy)) / 3) + 1);
}

/** The period of the same kind (and start month) as `like` whose first month is `ordinal`. */
export function samePeriodKindAt(like: Period, ordinal: number): Period {
  switch (like.kind) {
    case 'month':
      return monthAt(ordinal);
    case 'quarter':
      return quarterAt(ordinal, like.fiscalYear.startMonth);
    case 'fiscalYear':
      return fiscalYearAt(ordinal, like.startMonth);
  }
}

/** Start month of a fiscal period, or undefined for a month. */
export function startMonthOf(period: Period): number | undefined {
  return period.kind === 'month'
    ? undefined
    : period.kind === 'quarter'
      ? period.fiscalYear.startMonth
      : period.startMonth;
}

/** Throws unless the two periods are of one kind and one fiscal calendar. */
export function assertComparable(a: Period, b: Period, what: string): void {
  if (a.kind !== b.kind) {
    throw new InvalidPeriodError(
      b.key,
      `is a ${b.kind} but ${what} needs a ${a.kind} like ${a.key}`,
    );
  }
  if (startMonthOf(a) !== startMonthOf(b)) {
    throw new InvalidPeriodError(
      b.key,
      `uses a different fiscal-year start month from ${a.key} (${what})`,
    );
  }
}
