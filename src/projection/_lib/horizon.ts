import { ArgumentError } from '../../core/errors.js';
import {
  fiscalYearOf,
  type MonthPeriod,
  monthOf,
  monthsOf,
  parsePeriod,
  periodRange,
  shift,
} from '../../time/index.js';

/** The months of a projection and the fiscal years they fall in. */
export interface Horizon {
  /** Month keys (`2022-04`), in order. */
  readonly months: readonly string[];
  /** Fiscal-year keys (`FY2022-23`) the months fall in, in order. */
  readonly fiscalYears: readonly string[];
  /** For each month, the index of its fiscal year in `fiscalYears` (0 = the first). */
  readonly yearOfMonth: Int32Array;
  /** The first month. */
  readonly first: MonthPeriod;
  /** The months as periods (for series, without re-parsing labels). */
  readonly periods: readonly MonthPeriod[];
}

const ordinal = (m: MonthPeriod) => m.year * 12 + m.month - 1;

/**
 * Reads a month key (`2022-04`) or a calendar date (`2022-04-15`, read as its month) with the
 * time layer; undefined when it is neither.
 */
export function readMonth(label: string): MonthPeriod | undefined {
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return monthOf(label);
    const p = parsePeriod(label);
    return p.kind === 'month' ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The horizon's months from its start — a fiscal year (its first month), a quarter (its first
 * month) or a month — for `years × 12` or `months` months, with their fiscal years (April start,
 * as `src/time` defines it).
 *
 * @throws {ArgumentError} `INVALID_PERIOD` when the start is not a period label
 */
export function resolveHorizon(h: {
  start: string;
  years?: number | undefined;
  months?: number | undefined;
}): Horizon {
  let first: MonthPeriod | undefined;
  try {
    const p = parsePeriod(h.start);
    first = p.kind === 'month' ? p : monthsOf(p)[0];
  } catch (cause) {
    throw new ArgumentError(
      'INVALID_PERIOD',
      `horizon.start ${JSON.stringify(h.start)} is not a fiscal year, quarter or month`,
      { cause },
    );
  }
  if (first === undefined) throw new ArgumentError('INVALID_PERIOD', `horizon.start ${h.start}`);
  const count = h.months ?? (h.years ?? 1) * 12;
  const months = periodRange(first, count);
  const fiscalYears: string[] = [];
  const yearOfMonth = new Int32Array(count);
  months.forEach((m, i) => {
    const key = fiscalYearOf(m).key;
    if (fiscalYears[fiscalYears.length - 1] !== key) fiscalYears.push(key);
    yearOfMonth[i] = fiscalYears.length - 1;
  });
  return {
    months: Object.freeze(months.map((m) => m.key)),
    fiscalYears: Object.freeze(fiscalYears),
    yearOfMonth,
    first,
    periods: months,
  };
}

/** Index of a month key (or date) within the horizon; negative before it, ≥ length after. */
export function monthIndexOf(horizon: Horizon, label: string): number {
  const m = readMonth(label);
  if (m === undefined) throw new ArgumentError('INVALID_PERIOD', `not a month: ${label}`);
  return ordinal(m) - ordinal(horizon.first);
}

/** The month key at an index relative to the horizon start (any integer). */
export function monthLabelAt(horizon: Horizon, index: number): string {
  return shift(horizon.first, index).key;
}
