import { allocate } from '../../money/allocate.js';
import type { CurrencyCode } from '../../money/currency.js';
import type { Money } from '../../money/money.js';
import { round } from '../../money/round.js';
import { subtract } from '../../money/subtract.js';
import type { SharingRule } from '../agreement.js';
import { SharingError } from '../errors.js';
import type { SharingStep } from '../shareIncentive.js';
import { addInto, fmt, inCurrencyOf, split, weightText } from './shares.js';

/**
 * The shares a rule gives (fixed weights, pro rata to a basis, tiers, or a retained part then
 * another rule), each step recorded in `steps`.
 */
export function applyRule<C extends CurrencyCode>(
  rule: SharingRule,
  amount: Money<C>,
  ids: readonly string[],
  /** The steps, appended to; null: none recorded (nor their words written). */
  steps: SharingStep[] | null,
  zero: Money<C>,
): Map<string, Money<C>> {
  switch (rule.kind) {
    case 'fixed': {
      const shares = split(amount, rule.weights, ids, zero);
      steps?.push({
        kind: 'split',
        description: `${fmt(amount)} split ${weightText(rule.weights, ids)}`,
        amount,
        shares: Object.fromEntries(shares),
      });
      return shares;
    }
    case 'pro-rata': {
      const basis = Object.fromEntries(
        Object.entries(rule.basis).map(([id, m]) => {
          inCurrencyOf(amount, m, `pro-rata basis of ${id}`);
          return [id, m.amount];
        }),
      );
      if (!Object.values(basis).some((b) => !b.isZero())) {
        throw new SharingError('SHARING_ZERO_BASIS', 'the pro-rata basis is zero for every party');
      }
      const shares = split(amount, basis, ids, zero);
      steps?.push({
        kind: 'split',
        description: `${fmt(amount)} split pro rata to ${Object.entries(rule.basis)
          .map(([id, m]) => `${id} ${fmt(m)}`)
          .join(', ')}`,
        amount,
        shares: Object.fromEntries(shares),
      });
      return shares;
    }
    case 'tiered': {
      const shares = new Map<string, Money<C>>(ids.map((id) => [id, zero]));
      let lower = zero;
      for (const [i, tier] of rule.tiers.entries()) {
        const bound =
          tier.upTo === null
            ? amount
            : round(inCurrencyOf(amount, tier.upTo, `tiers[${i}].upTo`), { mode: 'half-up' });
        const top = bound.amount.lessThan(amount.amount) ? bound : amount;
        if (!top.amount.greaterThan(lower.amount)) break;
        const slice = subtract(top, lower);
        const part = split(slice, tier.weights, ids, zero);
        steps?.push({
          kind: 'tier',
          description: `tier ${i + 1} (${tier.upTo === null ? `above ${fmt(lower)}` : `${fmt(lower)} to ${fmt(bound)}`}): ${fmt(slice)} split ${weightText(tier.weights, ids)}`,
          amount: slice,
          shares: Object.fromEntries(part),
        });
        addInto(shares, part);
        lower = top;
      }
      return shares;
    }
    case 'retain-then-share': {
      const { party, share } = rule.retain;
      const [kept = zero, rest = zero] = amount.amount.isZero()
        ? [zero, zero]
        : allocate(amount, [share, share.negated().plus(1)]);
      steps?.push({
        kind: 'retain',
        description: `${party} retains ${share.times(100).toFixed()}% of ${fmt(amount)}: ${fmt(kept)}; ${fmt(rest)} follows the next rule`,
        amount,
        shares: { [party]: kept },
      });
      const shares = applyRule(rule.then, rest, ids, steps, zero);
      addInto(shares, new Map([[party, kept]]));
      return shares;
    }
  }
}
