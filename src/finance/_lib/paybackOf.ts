import { Decimal, ONE, ZERO } from '../../core/decimal.js';
import type { DecimalLike } from '../../core/decimalLike.js';
import type { CashFlow } from '../cashFlow.js';
import type { PaybackResult } from '../payback.js';
import { readRate } from './rates.js';
import { readAmounts, requireFlows, wrap } from './readFlows.js';

/**
 * The discount factors of discounted payback, (1 + rate)^−k for k = 0, 1, …: 1, then each the
 * one before times 1/(1 + rate) — the very products `discountedPayback` has always formed —
 * grown on demand. Valuations of one run at one rate share them instead of each forming them.
 */
export function discountFactors(rate: Decimal): (count: number) => readonly Decimal[] {
  let factor: Decimal | undefined;
  const factors: Decimal[] = [ONE];
  return (count) => {
    while (factors.length < count) {
      factor ??= ONE.dividedBy(ONE.plus(rate));
      factors.push((factors[factors.length - 1] as Decimal).times(factor));
    }
    return factors;
  };
}

/**
 * `discountedPayback(flows, rate)`, its factors taken from `factorsAt` (made by
 * {@link discountFactors} for this very rate) when given: the same checks, in the same order.
 */
export function discountedPaybackWith(
  flows: readonly CashFlow[],
  rate: DecimalLike,
  factorsAt?: (count: number) => readonly Decimal[],
): PaybackResult<ReturnType<typeof wrap>> {
  requireFlows(flows, 'discountedPayback: flows');
  const r = readRate(rate);
  const { amounts, currency } = readAmounts(flows, 'flows');
  return discountedPaybackOf(amounts, (factorsAt ?? discountFactors(r))(amounts.length), currency);
}

/** Discounted payback on amounts already read, with the rate's factors (at least as many). */
export function discountedPaybackOf(
  amounts: readonly Decimal[],
  factors: readonly Decimal[],
  currency: Parameters<typeof wrap>[1],
): PaybackResult<ReturnType<typeof wrap>> {
  return paybackOf(
    amounts.map((amount, k) => amount.times(factors[k] as Decimal)),
    currency,
  );
}

/** Payback on amounts already read (and discounted): the cumulative totals and the period. */
export function paybackOf(
  amounts: readonly Decimal[],
  currency: Parameters<typeof wrap>[1],
): PaybackResult<ReturnType<typeof wrap>> {
  let running = ZERO;
  const cumulative = amounts.map((amount) => {
    running = running.plus(amount);
    return running;
  });
  // The amounts as read (crorecast's own Decimals, values never written to), wrapped as they
  // are: a copy of each had the very same digits.
  const out = {
    flows: Object.freeze(amounts.map((a) => wrap(a, currency))),
    cumulative: Object.freeze(cumulative.map((c) => wrap(c, currency))),
  };
  const last = cumulative.length - 1;
  const final = cumulative[last] ?? ZERO;
  if (final.isNegative()) {
    return Object.freeze({
      paysBack: false,
      period: null,
      ...out,
      shortfall: wrap(final.negated(), currency),
    });
  }
  // Walk back from the end to the last period whose cumulative total is negative.
  let k = last;
  while (k >= 0 && !(cumulative[k] ?? ZERO).isNegative()) k--;
  if (k < 0) return Object.freeze({ paysBack: true, period: new Decimal(0), ...out });
  const unrecovered = (cumulative[k] ?? ZERO).negated();
  const next = amounts[k + 1] ?? ONE;
  return Object.freeze({
    paysBack: true,
    period: unrecovered.dividedBy(next).plus(k),
    ...out,
  });
}
