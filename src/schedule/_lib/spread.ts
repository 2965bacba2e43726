import { type Decimal, ZERO } from '../../core/decimal.js';
import { allocate } from '../../money/allocate.js';
import { type CurrencyCode, currencyInfo } from '../../money/currency.js';
import { money } from '../../money/money.js';
import { daysInclusive, earlierOf, laterOf } from './days.js';
import type { Slot } from './periods.js';
import type { YearCharge, YearWindow } from './yearCharges.js';

/**
 * Spreads each fiscal year's charge over the output periods inside it (months or quarters, or the
 * year itself) in proportion to the days the asset was in use in each — from the put-to-use date
 * to the end of its useful life — exactly to the minor unit, so the periods of a year always add
 * up to the year's charge. Returns one charge per slot.
 */
export function spreadCharges(
  years: readonly YearCharge[],
  windows: ReadonlyMap<string, YearWindow>,
  slots: readonly Slot[],
  putToUse: string,
  endOfLife: string | undefined,
  currency: CurrencyCode,
): Decimal[] {
  const out = slots.map(() => ZERO);
  const { minorUnit } = currencyInfo(currency);
  for (const year of years) {
    if (year.charge.isZero()) continue;
    const window = windows.get(year.key);
    if (window === undefined) continue;
    const inside: number[] = [];
    slots.forEach((s, i) => {
      if (s.start >= window.start && s.end <= window.end) inside.push(i);
    });
    if (inside.length === 0) continue;
    const [only] = inside;
    if (inside.length === 1 && only !== undefined && year.charge.decimalPlaces() <= minorUnit) {
      // One period is the whole year (fiscal-year rows): allocate would hand it the charge,
      // already whole in minor units, whatever its days.
      out[only] = (out[only] ?? ZERO).plus(year.charge);
      continue;
    }
    const days = inside.map((i) => {
      const s = slots[i];
      if (s === undefined) return 0;
      const from = laterOf(s.start, putToUse);
      const to = endOfLife === undefined ? s.end : earlierOf(s.end, endOfLife);
      return from > to ? 0 : daysInclusive(from, to);
    });
    // A year with a charge always has days in use; guard anyway so allocate never sees all zeros.
    const weights = days.some((d) => d > 0) ? days : days.map(() => 1);
    const parts = allocate(money(year.charge, currency), weights);
    inside.forEach((slotIndex, k) => {
      out[slotIndex] = (out[slotIndex] ?? ZERO).plus(parts[k]?.amount ?? ZERO);
    });
  }
  return out;
}
