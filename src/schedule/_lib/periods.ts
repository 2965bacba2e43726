// TEMPORARY stand-in for src/time and src/series until they land; replaced by thin adapters.
import { addDays, addMonths, format, isValid, parse, parseISO } from 'date-fns';
import { z } from 'zod';
import type { ScheduleGranularity } from '../schemas.js';
import { daysInclusive, plusDays } from './days.js';

export interface Slot {
  readonly key: string;
  readonly start: string;
  readonly end: string;
  readonly granularity: ScheduleGranularity;
}

export interface Series<V> {
  readonly entries: readonly { slot: Slot; value: V }[];
  toRows(): { period: string; value: V }[];
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

function slotFromMonthStart(start: Date, g: ScheduleGranularity): Slot {
  const months = g === 'month' ? 1 : g === 'quarter' ? 3 : 12;
  const end = addDays(addMonths(start, months), -1);
  const y = start.getFullYear();
  const m = start.getMonth() + 1;
  const fyStart = m >= 4 ? y : y - 1;
  const fyLabel = `FY${fyStart}-${String((fyStart + 1) % 100).padStart(2, '0')}`;
  const q = Math.floor(((m + 8) % 12) / 3) + 1;
  const key =
    g === 'month' ? format(start, 'yyyy-MM') : g === 'quarter' ? `${fyLabel} Q${q}` : fyLabel;
  return { key, start: iso(start), end: iso(end), granularity: g };
}

export function slotOfLabel(label: string): Slot {
  let m = /^FY(\d{4})-(\d{2})$/.exec(label);
  if (m && (Number(m[1]) + 1) % 100 !== Number(m[2])) throw new Error(`bad label ${label}`);
  if (m) return slotFromMonthStart(new Date(Number(m[1]), 3, 1), 'fy');
  m = /^FY(\d{4})-(\d{2}) Q([1-4])$/.exec(label);
  if (m)
    return slotFromMonthStart(new Date(Number(m[1]), 3 + 3 * (Number(m[3]) - 1), 1), 'quarter');
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return slotFromMonthStart(new Date(Number(m[1]), Number(m[2]) - 1, 1), 'month');
  throw new Error(`unknown period label ${JSON.stringify(label)}`);
}

export function granularityOfLabel(label: string): ScheduleGranularity {
  return slotOfLabel(label).granularity;
}

export function slotContaining(date: string, g: ScheduleGranularity): Slot {
  const d = parseISO(date);
  let start = new Date(d.getFullYear(), d.getMonth(), 1);
  if (g === 'quarter')
    start = new Date(d.getFullYear(), d.getMonth() - ((d.getMonth() + 9) % 3), 1);
  if (g === 'fy') start = new Date(d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1, 3, 1);
  return slotFromMonthStart(start, g);
}

export function nextSlot(s: Slot): Slot {
  return slotContaining(plusDays(s.end, 1), s.granularity);
}

export function slotsFrom(first: Slot, n: number): Slot[] {
  const out = [first];
  while (out.length < n) out.push(nextSlot(out.at(-1) as Slot));
  return out;
}

export function slotsBetween(a: Slot, b: Slot): Slot[] {
  const out: Slot[] = [];
  for (let s = a; s.start <= b.start; s = nextSlot(s)) out.push(s);
  return out;
}

export function timingDate(slot: Slot, timing: 'start' | 'mid' | 'end'): string {
  if (timing === 'start') return slot.start;
  if (timing === 'end') return slot.end;
  return plusDays(slot.start, Math.floor(daysInclusive(slot.start, slot.end) / 2));
}

export function toIsoDate(date: string | Date, what: string): string {
  if (typeof date === 'string') {
    const d = parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1));
    if (!isValid(d)) throw new Error(`${what} ${date} invalid`);
    return date;
  }
  return iso(date);
}

export function seriesFrom<V>(slots: readonly Slot[], values: readonly V[]): Series<V> {
  const entries = slots.map((slot, i) => ({ slot, value: values[i] as V }));
  return { entries, toRows: () => entries.map((e) => ({ period: e.slot.key, value: e.value })) };
}

export function entriesOf<V>(s: Series<V>): readonly { slot: Slot; value: V }[] {
  return s.entries;
}

export function cumulative<
  V extends {
    amount: import('../../core/decimal.js').Decimal;
    currency: import('../../money/currency.js').CurrencyCode;
  },
>(s: Series<V>): Series<V> {
  let acc = s.entries[0]?.value.amount.minus(s.entries[0].value.amount);
  return seriesFrom(
    s.entries.map((e) => e.slot),
    s.entries.map((e) => {
      acc = acc?.plus(e.value.amount);
      return { ...e.value, amount: acc } as V;
    }),
  );
}

export const periodLabelInput = z.string().superRefine((label, ctx) => {
  try {
    slotOfLabel(label);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});

export const calendarDateInput = z.string().superRefine((date, ctx) => {
  try {
    toIsoDate(date, 'date');
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});
