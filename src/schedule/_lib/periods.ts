import * as z from 'zod';
import { ArgumentError, describe } from '../../core/errors.js';
import { lazySchema } from '../../core/lazySchema.js';
import type { CurrencyCode } from '../../money/currency.js';
import { isMoney, type Money } from '../../money/money.js';
import { Series } from '../../series/series.js';
import type { SeriesValue } from '../../series/types.js';
import { formatCalendarDate } from '../../time/calendarDate.js';
import { containingPeriod, subPeriods } from '../../time/convert.js';
import { monthOf } from '../../time/month.js';
import { next } from '../../time/next.js';
import { parsePeriod } from '../../time/parsePeriod.js';
import type { Period, PeriodKind } from '../../time/period.js';
import { periodRange, periodsBetween } from '../../time/periodsBetween.js';
import { endOf, startOf } from '../../time/startOf.js';
import type { ScheduleGranularity } from '../scheduleProfiles.js';
import { daysInclusive, plusDays } from './days.js';

// The schedule layer works on periods through this one file: a `Slot` is a time Period with its
// first and last calendar dates resolved once, so the phasing and depreciation code can compare
// `yyyy-MM-dd` strings instead of re-deriving dates.

/** A period with its calendar window. */
export interface Slot {
  readonly period: Period;
  readonly key: string;
  readonly start: string;
  readonly end: string;
  readonly granularity: ScheduleGranularity;
}

const KIND: Record<ScheduleGranularity, PeriodKind> = {
  month: 'month',
  quarter: 'quarter',
  fy: 'fiscalYear',
};
const GRANULARITY: Record<PeriodKind, ScheduleGranularity> = {
  month: 'month',
  quarter: 'quarter',
  fiscalYear: 'fy',
};

/** The slot of a time Period. */
export function slotOf(period: Period): Slot {
  return {
    period,
    key: period.key,
    start: startOf(period),
    end: endOf(period),
    granularity: GRANULARITY[period.kind],
  };
}

/** The slot of a period label (`FY2021-22`, `FY2021-22 Q1`, `2021-08`); throws on a bad label. */
export function slotOfLabel(label: string): Slot {
  return slotOf(parsePeriod(label));
}

/** The schedule granularity of a period label. */
export function granularityOfLabel(label: string): ScheduleGranularity {
  return GRANULARITY[parsePeriod(label).kind];
}

/** The first (`'first'`) or last period of granularity `g` within or containing `slot`. */
export function alignTo(slot: Slot, g: ScheduleGranularity, which: 'first' | 'last'): Slot {
  const kind = KIND[g];
  if (kind === slot.period.kind) return slot;
  const finer =
    ['month', 'quarter', 'fiscalYear'].indexOf(kind) <
    ['month', 'quarter', 'fiscalYear'].indexOf(slot.period.kind);
  if (finer) {
    const parts = subPeriods(slot.period, kind);
    const part = which === 'first' ? parts[0] : parts.at(-1);
    return part === undefined ? slot : slotOf(part);
  }
  return slotOf(containingPeriod(slot.period, kind));
}

/** The month a slot's fiscal years start in (undefined for a month: it has no fiscal calendar). */
export function startMonthOf(slot: Slot): number | undefined {
  const p = slot.period;
  return p.kind === 'fiscalYear'
    ? p.startMonth
    : p.kind === 'quarter'
      ? p.fiscalYear.startMonth
      : undefined;
}

/**
 * The period of granularity `g` containing a calendar date, on the fiscal calendar whose years
 * start in `startMonth` (default: the time layer's, April).
 */
export function slotContaining(date: string, g: ScheduleGranularity, startMonth?: number): Slot {
  const month = monthOf(date);
  if (g === 'month') return slotOf(month);
  return slotOf(
    containingPeriod(month, KIND[g], startMonth === undefined ? undefined : { startMonth }),
  );
}

/** The next period of the same kind. */
export function nextSlot(slot: Slot): Slot {
  return slotOf(next(slot.period));
}

/** `n` consecutive periods from `first`. */
export function slotsFrom(first: Slot, n: number): Slot[] {
  return periodRange(first.period, n).map(slotOf);
}

/** The periods from `a` through `b`, inclusive (same kind; `b` not before `a`). */
export function slotsBetween(a: Slot, b: Slot): Slot[] {
  return periodsBetween(a.period, b.period).map(slotOf);
}

/** A period's first day, middle day (first day + ⌊days / 2⌋) or last day. */
export function timingDate(slot: Slot, timing: 'start' | 'mid' | 'end'): string {
  if (timing === 'start') return slot.start;
  if (timing === 'end') return slot.end;
  return plusDays(slot.start, Math.floor(daysInclusive(slot.start, slot.end) / 2));
}

/** A calendar date as `yyyy-MM-dd` (a `Date` by its local calendar date); throws on a bad date. */
export function toIsoDate(date: string | Date): string {
  return formatCalendarDate(date);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^\[crorecast\] /, '') : String(error);
}

/** A period label, validated by the time layer and kept as the label (so parsing is idempotent). */
export const periodLabelInput = lazySchema(() =>
  z.string().superRefine((label, ctx) => {
    try {
      parsePeriod(label);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: messageOf(error), input: label });
    }
  }),
);

/** A calendar date: a `yyyy-MM-dd` string or a `Date` (read by its local date), kept as the string. */
export const calendarDateInput = lazySchema(() =>
  z
    .custom<string | Date>(() => true)
    .transform((value, ctx): string => {
      try {
        return formatCalendarDate(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: messageOf(error), input: value });
        return z.NEVER;
      }
    }),
);

/** A series over slots (values in slot order). */
export function seriesFrom<V extends SeriesValue>(
  slots: readonly Slot[],
  values: readonly V[],
): Series<V> {
  return new Series(slots.map((slot, i) => ({ period: slot.period, value: values[i] as V })));
}

/** A series' entries with their calendar windows, in period order. */
export function entriesOf<V extends SeriesValue>(
  s: Series<V>,
): readonly { slot: Slot; value: V }[] {
  return s.entries.map((e) => ({ slot: slotOf(e.period), value: e.value }));
}

/**
 * The entries of a money schedule a caller passed in, checked first (issue 11): a public
 * function given anything but a `Series` of `Money` throws a typed error naming the argument,
 * never a TypeError from inside.
 *
 * @throws {ArgumentError} `INVALID_SCHEDULE`
 */
export function scheduleEntries<C extends CurrencyCode>(
  s: unknown,
  what: string,
): readonly { slot: Slot; value: Money<C> }[] {
  if (!(s instanceof Series)) {
    throw new ArgumentError(
      'INVALID_SCHEDULE',
      `${what} ${describe(s)} is not a schedule (a Series of Money, as investmentSchedule returns)`,
    );
  }
  const entries = entriesOf(s as Series<Money<C>>);
  if (!entries.every((e) => isMoney(e.value))) {
    throw new ArgumentError('INVALID_SCHEDULE', `${what} is a Series, but not of Money`);
  }
  return entries;
}
