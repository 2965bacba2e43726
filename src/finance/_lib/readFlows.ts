import { type Decimal, ZERO } from '../../core/decimal.js';
import { toDecimal } from '../../core/decimalLike.js';
import { ArgumentError, describe } from '../../core/errors.js';
import { NUMBER_LIMITS } from '../../core/limits.js';
import type { CurrencyCode } from '../../money/currency.js';
import { assertSameCurrency, isMoney, type Money } from '../../money/index.js';
import { computedMoney } from '../../money/money.js';
import { dayNumberOf } from '../../time/_lib/dayNumber.js';
import { toCalendarDate } from '../../time/calendarDate.js';
import { InvalidDateError } from '../../time/errors.js';
import type { CashFlow, DatedCashFlow } from '../cashFlow.js';

/** Flows read to Decimals, with the one currency they share (undefined for plain numbers). */
export interface ReadAmounts {
  readonly amounts: readonly Decimal[];
  readonly currency: CurrencyCode | undefined;
}

/**
 * Reads amounts that must all be Money of one currency or all plain decimal-likes.
 *
 * @throws {CurrencyMismatchError} when two Money amounts differ in currency
 * @throws {ArgumentError} `MIXED_FLOW_KINDS` when Money and plain numbers are mixed
 * @throws {InvalidAmountError} when a plain amount is not a finite decimal
 */
export function readAmounts(values: readonly CashFlow[], what: string): ReadAmounts {
  let first: Money | undefined;
  let plainSeen = false;
  const amounts = values.map((value, i) => {
    if (isMoney(value)) {
      if (plainSeen) mixed(what, i);
      if (first === undefined) first = value;
      else assertSameCurrency(first, value, what);
      return toDecimal(value.amount, `${what}[${i}].amount`);
    }
    if (first !== undefined) mixed(what, i);
    plainSeen = true;
    return toDecimal(value, `${what}[${i}]`);
  });
  return { amounts, currency: (first as Money | undefined)?.currency };
}

function mixed(what: string, index: number): never {
  throw new ArgumentError(
    'MIXED_FLOW_KINDS',
    `${what}[${index}] mixes Money with plain numbers; give every amount as Money of one currency or every amount as a number`,
  );
}

/** Rejects an empty list of flows (Excel: `#NUM!`/`#VALUE!`). */
export function requireFlows(values: readonly unknown[], what: string, minimum = 1): void {
  if (!Array.isArray(values)) {
    throw new ArgumentError(
      'NOT_A_LIST',
      `${what} must be a list of cash flows, got ${describe(values)}`,
    );
  }
  if (values.length > NUMBER_LIMITS.maxFlows) {
    throw new ArgumentError(
      'TOO_MANY_FLOWS',
      `${what} has ${values.length} cash flows; at most ${NUMBER_LIMITS.maxFlows} (README "Limits")`,
    );
  }
  // A sparse array ([-100, , 50]) has holes that map() skips and a for loop reads as undefined:
  // reject it the same way everywhere instead of guessing the hole is zero.
  for (let i = 0; i < values.length; i++) {
    if (!(i in values)) {
      throw new ArgumentError(
        'SPARSE_FLOWS',
        `${what}[${i}] is a hole in a sparse array; give every period a flow (0 for none)`,
      );
    }
  }
  if (values.length < minimum) {
    throw new ArgumentError(
      'EMPTY_FLOWS',
      `${what} needs at least ${minimum} cash flow${minimum === 1 ? '' : 's'}, got ${values.length}`,
    );
  }
}

/** Wraps an amount back into the flows' currency, or leaves it a Decimal for plain flows. */
export function wrap(amount: Decimal, currency: CurrencyCode | undefined): Money | Decimal {
  // Every amount leaving the finance layer is finite and in the computed range (README "Limits"):
  // `computedMoney` checks it by the exponent, and `money`'s full check where that does not
  // settle it (the currency was read from a Money of the flows, so it is one already).
  return currency === undefined ? toDecimal(amount, 'result') : computedMoney(amount, currency);
}

/** Dated flows read: amounts, and each flow's time in days from the first flow. */
export interface ReadDatedFlows extends ReadAmounts {
  /** Calendar days from the first flow's date (negative for earlier dates). */
  readonly days: readonly number[];
  /**
   * Each flow's date as read (local midnight); `formatCalendarDate` writes it as `yyyy-MM-dd`
   * for the one caller that shows dates — the solvers and XNPV need only the days.
   */
  readonly calendarDates: readonly Date[];
}

export function readDatedFlows(flows: readonly DatedCashFlow[], what: string): ReadDatedFlows {
  const { amounts, currency } = readAmounts(
    flows.map((flow) => flow.amount),
    what,
  );
  const dates = flows.map((flow, i) => readDate(flow.date, `${what}[${i}].date`));
  // Calendar days from the first date, as date-fns' differenceInCalendarDays counts them.
  const numbers = dates.map(dayNumberOf);
  const start = numbers[0] ?? 0;
  const days = numbers.map((day) => day - start);
  return { amounts, currency, days, calendarDates: dates };
}

function readDate(value: string | Date, what: string): Date {
  try {
    return toCalendarDate(value);
  } catch (error) {
    if (!(error instanceof InvalidDateError)) throw error;
    // Same error class and code, with the field path added.
    throw new InvalidDateError(
      value,
      `(${what}) is not a calendar date: give a yyyy-MM-dd string or a valid Date`,
    );
  }
}

/**
 * Reads named amounts (pmt, pv, fv) that must share one currency or all be plain; missing ones
 * are zero.
 */
export function readNamedAmounts<K extends string>(
  named: Readonly<Record<K, CashFlow | undefined>>,
): { readonly values: Readonly<Record<K, Decimal>>; readonly currency: CurrencyCode | undefined } {
  let first: Money | undefined;
  let plain: string | undefined;
  const values = {} as Record<K, Decimal>;
  for (const key of Object.keys(named) as K[]) {
    const value = named[key];
    if (value === undefined) {
      values[key] = ZERO;
    } else if (isMoney(value)) {
      if (plain !== undefined) mixedNamed(key, plain);
      if (first === undefined) first = value;
      else assertSameCurrency(first, value, `${Object.keys(named).join(', ')}`);
      values[key] = toDecimal(value.amount, `${key}.amount`);
    } else {
      if (first !== undefined) mixedNamed(key, 'another amount');
      plain ??= key;
      values[key] = toDecimal(value, key);
    }
  }
  return { values, currency: (first as Money | undefined)?.currency };
}

function mixedNamed(key: string, other: string): never {
  throw new ArgumentError(
    'MIXED_FLOW_KINDS',
    `${key} mixes Money with plain numbers (${other}); give every amount as Money of one currency or every amount as a number`,
  );
}
