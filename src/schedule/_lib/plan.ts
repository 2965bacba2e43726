import { Decimal, ONE, ZERO } from '../../core/decimal.js';
import { currencyInfo } from '../../money/currency.js';
import { type Money, money } from '../../money/money.js';
import type { Commitment } from '../commitments.js';
import type { ScheduleGranularity } from '../scheduleProfiles.js';
import {
  alignTo,
  type Slot,
  slotContaining,
  slotOfLabel,
  slotsBetween,
  slotsFrom,
  startMonthOf,
} from './periods.js';
import { namedProfileWeights, sCurveWeights } from './profileWeights.js';

/** Reports one problem with the field path it concerns. */
export type Report = (path: readonly PropertyKey[], message: string) => void;

/** A commitment resolved to its horizon and the weights its total is allocated by. */
export interface CommitmentPlan {
  readonly name: string;
  readonly total: Money;
  readonly horizon: readonly Slot[];
  readonly weights: readonly Decimal[];
}

/**
 * Resolves a parsed commitment to its periods and weights, reporting every cross-field problem
 * (end before start, a weight count that does not match, tranches outside the horizon or over
 * 100%) with its path. Returns undefined when anything was reported.
 */
export function planCommitment(
  c: Commitment,
  granularity: ScheduleGranularity,
  name: string,
  at: readonly PropertyKey[],
  report: Report,
): CommitmentPlan | undefined {
  let problems = 0;
  const fail = (path: readonly PropertyKey[], message: string) => {
    problems++;
    report([...at, ...path], message);
  };
  const profile = c.profile ?? 'even';
  const first = alignTo(slotOfLabel(c.start), granularity, 'first');

  // The horizon: from start through end, or over `periods`, or implied by weights / tranches.
  let count: number | undefined;
  if (c.end !== undefined) {
    const endSlot = slotOfLabel(c.end);
    if (endSlot.end < first.start) {
      fail(['end'], `end ${c.end} is before start ${c.start}`);
      return undefined;
    }
    count = slotsBetween(first, alignTo(endSlot, granularity, 'last')).length;
    if (c.periods !== undefined && c.periods !== count) {
      fail(
        ['periods'],
        `periods ${c.periods} disagrees with start ${c.start} to end ${c.end} (${count} ${granularity} periods)`,
      );
    }
  } else if (c.periods !== undefined) {
    count = c.periods;
  } else if (typeof profile === 'object' && 'weights' in profile) {
    count = profile.weights.length;
  } else if (typeof profile === 'object' && 'tranches' in profile) {
    count = trancheSpan(profile.tranches, first, granularity);
  } else {
    fail(['end'], 'give end (a period label) or periods (a count) for the horizon');
    return undefined;
  }
  if (count === undefined || count < 1) {
    fail(['profile', 'tranches'], `every tranche is before start ${c.start}`);
    return undefined;
  }
  const horizon = slotsFrom(first, count);
  const n = horizon.length;

  let total = c.total;
  let weights: Decimal[] = [];
  if (typeof profile === 'string') {
    weights = namedProfileWeights(profile, n);
  } else if ('sCurve' in profile) {
    const { midpoint, steepness } = profile.sCurve;
    let m = new Decimal(n).dividedBy(2);
    if (typeof midpoint === 'string') {
      const slot = slotOfLabel(midpoint);
      // The middle of the label's span, in horizon periods: FY2023-24 in a monthly horizon is
      // the boundary between its September and October.
      const first = horizon.findIndex((h) => h.start <= slot.start && slot.start <= h.end);
      const last = horizon.findIndex((h) => h.start <= slot.end && slot.end <= h.end);
      if (first < 0) {
        fail(
          ['profile', 'sCurve', 'midpoint'],
          `midpoint ${midpoint} is outside the horizon ${horizon[0]?.key} to ${horizon.at(-1)?.key}`,
        );
      }
      m = new Decimal(first + (last < 0 ? n - 1 : last) + 1).dividedBy(2);
    } else if (midpoint !== undefined) {
      m = midpoint;
    }
    weights = sCurveWeights(n, m, steepness ?? ONE);
    if (weights.every((w) => w.isZero())) {
      fail(
        ['profile', 'sCurve'],
        'the S-curve puts no weight inside the horizon; move the midpoint or lower the steepness',
      );
    }
  } else if ('weights' in profile) {
    weights = profile.weights;
    if (weights.length !== n) {
      fail(
        ['profile', 'weights'],
        `expected ${n} weights (one per ${granularity} from ${horizon[0]?.key} to ${horizon.at(-1)?.key}), got ${weights.length}`,
      );
    } else if (weights.every((w) => w.isZero())) {
      fail(['profile', 'weights'], 'weights sum to zero; at least one must be above zero');
    }
  } else {
    const byPeriod = horizon.map(() => ZERO);
    let amounts = ZERO;
    let shares = ZERO;
    profile.tranches.forEach((t, i) => {
      const where = t.date !== undefined ? 'date' : 'period';
      const label = t.date ?? t.period ?? '';
      const slot = t.date !== undefined ? undefined : slotOfLabel(label);
      const on = slot?.start ?? label;
      const index = horizon.findIndex((h) => h.start <= on && on <= h.end);
      if (index < 0) {
        fail(
          ['profile', 'tranches', i, where],
          `${label} is outside the horizon ${horizon[0]?.key} to ${horizon.at(-1)?.key}`,
        );
        return;
      }
      if (slot !== undefined && slot.end > (horizon[index]?.end ?? '')) {
        fail(
          ['profile', 'tranches', i, 'period'],
          `${label} spans more than one ${granularity} period; give a finer period or a date`,
        );
        return;
      }
      if (t.amount !== undefined) {
        const currency = total?.currency ?? t.amount.currency;
        if (t.amount.currency !== currency) {
          fail(
            ['profile', 'tranches', i, 'amount'],
            `currency ${t.amount.currency} differs from the total's ${currency}`,
          );
          return;
        }
        amounts = amounts.plus(t.amount.amount);
        byPeriod[index] = (byPeriod[index] ?? ZERO).plus(t.amount.amount);
      } else if (t.share !== undefined) {
        shares = shares.plus(t.share);
      }
    });
    if (shares.greaterThan(ONE)) {
      fail(['profile', 'tranches'], `shares add up to ${pct(shares)}, more than 100%`);
    }
    const currency = profile.tranches.find((t) => t.amount !== undefined)?.amount?.currency;
    if (total === undefined) {
      if (!shares.isZero() || currency === undefined) {
        fail(['total'], 'required when a tranche gives a share');
        return undefined;
      }
      total = money(amounts, currency);
    }
    const base = total.amount;
    for (const t of profile.tranches) {
      if (t.share === undefined) continue;
      const on = t.date ?? (t.period === undefined ? '' : slotOfLabel(t.period).start);
      const index = horizon.findIndex((h) => h.start <= on && on <= h.end);
      if (index >= 0) byPeriod[index] = (byPeriod[index] ?? ZERO).plus(base.times(t.share));
    }
    const covered = amounts.plus(base.times(shares));
    if (problems === 0 && !covered.equals(base)) {
      fail(
        ['profile', 'tranches'],
        `tranches add up to ${covered.toFixed()} ${total.currency} (${pct(covered.dividedBy(base))} of the total ${base.toFixed()}); they must add up to exactly 100%`,
      );
    }
    weights = byPeriod;
  }

  if (total === undefined) {
    fail(['total'], 'required: the amount committed (e.g. "Rs 1,350 crore")');
    return undefined;
  }
  const minor = currencyInfo(total.currency).minorUnit;
  if (total.amount.decimalPlaces() > minor) {
    fail(
      ['total'],
      `${total.amount.toFixed()} ${total.currency} has more than ${minor} decimal places; round it to the minor unit first`,
    );
  }
  if (problems > 0) return undefined;
  return { name, total, horizon, weights };
}

function pct(d: Decimal): string {
  return `${d.times(100).toDecimalPlaces(4).toFixed()}%`;
}

/** How many periods from `first` through the latest tranche. */
function trancheSpan(
  tranches: readonly { date?: string | undefined; period?: string | undefined }[],
  first: Slot,
  granularity: ScheduleGranularity,
): number | undefined {
  let last: string | undefined;
  for (const t of tranches) {
    const on = t.date ?? (t.period === undefined ? undefined : slotOfLabel(t.period).start);
    if (on !== undefined && (last === undefined || on > last)) last = on;
  }
  if (last === undefined || last < first.start) return undefined;
  return slotsBetween(first, slotContaining(last, granularity, startMonthOf(first))).length;
}
