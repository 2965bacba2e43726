import { type Decimal, ZERO } from '../../core/decimal.js';
import { type Money, money } from '../../money/money.js';
import type { PhasedInvestment } from '../phaseInvestment.js';
import type { ScheduleGranularity } from '../scheduleProfiles.js';
import { type Slot, seriesFrom, slotsBetween } from './periods.js';

/** A commitment already phased: its parts over its own horizon. */
export interface PhasedPart {
  readonly name: string;
  readonly total: Money;
  readonly horizon: readonly Slot[];
  readonly parts: readonly Money[];
}

/**
 * Sums phased commitments (one granularity, one currency) period by period over the span from
 * the earliest start to the latest end, keeping each commitment's own schedule.
 */
export function combinePlans(
  phased: readonly PhasedPart[],
  granularity: ScheduleGranularity,
): PhasedInvestment {
  const firsts = phased.flatMap((p) => (p.horizon[0] === undefined ? [] : [p.horizon[0]]));
  const lasts = phased.flatMap((p) =>
    p.horizon.at(-1) === undefined ? [] : [p.horizon.at(-1) as Slot],
  );
  const start = firsts.reduce((a, b) => (b.start < a.start ? b : a));
  const end = lasts.reduce((a, b) => (b.start > a.start ? b : a));
  const span = slotsBetween(start, end);
  const index = new Map(span.map((s, i) => [s.key, i]));
  const totals: Decimal[] = span.map(() => ZERO);
  let grand = ZERO;
  const currency = phased[0]?.total.currency ?? 'INR';
  for (const p of phased) {
    grand = grand.plus(p.total.amount);
    p.horizon.forEach((slot, k) => {
      const i = index.get(slot.key);
      if (i !== undefined) totals[i] = (totals[i] ?? ZERO).plus(p.parts[k]?.amount ?? ZERO);
    });
  }
  return Object.freeze({
    granularity,
    schedule: seriesFrom(
      span,
      totals.map((d) => money(d, currency)),
    ),
    total: money(grand, currency),
    commitments: Object.freeze(
      phased.map((p) =>
        Object.freeze({ name: p.name, total: p.total, schedule: seriesFrom(p.horizon, p.parts) }),
      ),
    ),
  });
}
