import { type Decimal, ZERO } from '../../core/decimal.js';
import type { Money } from '../../money/money.js';
import type { PliRates, PliScheme } from '../scheme.js';
import { schemeAmount } from './amounts.js';
import { crores, percent } from './format.js';

/** A rate and how it was found. */
export interface FoundRate {
  /** The rate, or `null` when the scheme leaves it unknown. */
  readonly rate: Decimal | null;
  readonly reason: string;
}

/**
 * The base rate for a scheme year and base amount: by year, or by slab of `base` (whole or
 * marginal; a marginal schedule's effective rate is its incentive divided by the base).
 */
export function findRate(
  scheme: PliScheme,
  rates: PliRates,
  schemeYear: number,
  base: Money<'INR'>,
): FoundRate {
  if (rates.kind === 'by-year') {
    const rate = rates.rates[schemeYear - 1] ?? null;
    return {
      rate,
      reason: rate === null ? '' : `rate ${percent(rate)} for scheme year ${schemeYear}`,
    };
  }
  const amount = base.amount.isNegative() ? ZERO : base.amount;
  if (rates.method === 'whole') {
    let lower: Money<'INR'> | null = null;
    for (const slab of rates.slabs) {
      const upTo = slab.upTo === null ? null : schemeAmount(scheme, slab.upTo);
      if (upTo === null || amount.lessThanOrEqualTo(upTo.amount)) {
        const band =
          upTo === null
            ? `above ${lower === null ? '₹0' : crores(lower)}`
            : `up to ${crores(upTo)}`;
        return {
          rate: slab.rate,
          reason: `rate ${percent(slab.rate)}: eligible incremental sales ${crores(base)} fall in the slab ${band}`,
        };
      }
      lower = upTo;
    }
  }
  // Marginal: each slab's part of the amount earns that slab's rate.
  let incentive = ZERO;
  let from = ZERO;
  for (const slab of rates.slabs) {
    const to = slab.upTo === null ? null : schemeAmount(scheme, slab.upTo).amount;
    const top = to === null || amount.lessThan(to) ? amount : to;
    if (top.greaterThan(from)) incentive = incentive.plus(top.minus(from).times(slab.rate));
    if (to === null || amount.lessThanOrEqualTo(to)) break;
    from = to;
  }
  const first = rates.slabs[0]?.rate ?? ZERO;
  const rate = amount.isZero() ? first : incentive.dividedBy(amount);
  return {
    rate,
    reason: `effective rate ${percent(rate)} on ${crores(base)} under marginal slabs`,
  };
}
