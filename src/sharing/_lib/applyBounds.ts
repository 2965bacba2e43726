import { type Decimal, ONE } from '../../core/decimal.js';
import type { CurrencyCode } from '../../money/currency.js';
import type { Money } from '../../money/money.js';
import { round } from '../../money/round.js';
import { subtract } from '../../money/subtract.js';
import { sum } from '../../money/sum.js';
import type { SharingAgreement } from '../agreement.js';
import { SharingError } from '../errors.js';
import type { SharingStep } from '../shareIncentive.js';
import { fmt, inCurrencyOf, own, split } from './shares.js';

// Caps and floors: hold violators at their bound and redistribute the difference among the
// others in proportion to their shares under the rule, until nobody is out of bounds.
export function applyBounds<C extends CurrencyCode>(
  ruleShares: Map<string, Money<C>>,
  agreement: SharingAgreement,
  total: Money<C>,
  ids: readonly string[],
  /** The steps, appended to; null: none recorded (nor their words written). */
  steps: SharingStep[] | null,
  zero: Money<C>,
): Map<string, Money<C>> {
  const bound = (which: 'caps' | 'floors', id: string): Money<C> | undefined => {
    const m = own(agreement[which], id);
    if (m === undefined) return undefined;
    return round(inCurrencyOf(total, m, `${which}.${id}`), {
      mode: which === 'caps' ? 'floor' : 'ceil',
    });
  };
  const caps = new Map(
    ids.flatMap((id) => (bound('caps', id) ? [[id, bound('caps', id) as Money<C>]] : [])),
  );
  const floors = new Map(
    ids.flatMap((id) => (bound('floors', id) ? [[id, bound('floors', id) as Money<C>]] : [])),
  );
  if (caps.size === 0 && floors.size === 0) return ruleShares;

  const floorSum = sum([...floors.values()], total.currency);
  if (floorSum.amount.greaterThan(total.amount)) {
    throw new SharingError(
      'SHARING_FLOORS_EXCEED_AMOUNT',
      `the floors add up to ${fmt(floorSum)}, more than the ${fmt(total)} to share`,
    );
  }
  if (ids.every((id) => caps.has(id))) {
    const capSum = sum([...caps.values()], total.currency);
    if (capSum.amount.lessThan(total.amount)) {
      throw new SharingError(
        'SHARING_CAPS_TOO_LOW',
        `the caps add up to ${fmt(capSum)}, less than the ${fmt(total)} to share`,
      );
    }
  }

  const held = new Map<string, Money<C>>();
  let shares = ruleShares;
  for (let round = 0; round <= 2 * ids.length; round += 1) {
    const over = ids.filter((id) => {
      const cap = caps.get(id);
      return (
        !held.has(id) &&
        cap !== undefined &&
        (shares.get(id) ?? zero).amount.greaterThan(cap.amount)
      );
    });
    const under =
      over.length > 0
        ? []
        : ids.filter((id) => {
            const floor = floors.get(id);
            return (
              !held.has(id) &&
              floor !== undefined &&
              (shares.get(id) ?? zero).amount.lessThan(floor.amount)
            );
          });
    if (over.length === 0 && under.length === 0) return shares;
    for (const id of over) {
      const cap = caps.get(id) ?? zero;
      held.set(id, cap);
      steps?.push({
        kind: 'cap',
        description: `${id}'s ${fmt(shares.get(id) ?? zero)} is held at its cap of ${fmt(cap)}`,
        amount: subtract(shares.get(id) ?? zero, cap),
        shares: { [id]: cap },
      });
    }
    for (const id of under) {
      const floor = floors.get(id) ?? zero;
      held.set(id, floor);
      steps?.push({
        kind: 'floor',
        description: `${id}'s ${fmt(shares.get(id) ?? zero)} is raised to its floor of ${fmt(floor)}`,
        amount: subtract(floor, shares.get(id) ?? zero),
        shares: { [id]: floor },
      });
    }
    let remaining = subtract(total, sum([...held.values()], total.currency));
    if (remaining.amount.isNegative()) {
      // A floor took more than the unheld parties had: a cap is only an upper bound, so the
      // parties held at their caps go back into the pool and give up what the floor needs.
      for (const id of [...held.keys()]) if (caps.has(id) && !floors.has(id)) held.delete(id);
      remaining = subtract(total, sum([...held.values()], total.currency));
    }
    const free = ids.filter((id) => !held.has(id));
    if (free.length === 0) {
      if (!remaining.amount.isZero()) {
        throw new SharingError(
          'SHARING_CAPS_TOO_LOW',
          `every party is held at its cap or floor and ${fmt(remaining)} is left over`,
        );
      }
      return new Map(held);
    }
    const base = free.map((id) => ruleShares.get(id)?.amount ?? zero.amount);
    const allZero = base.every((b) => b.isZero());
    const weights = Object.fromEntries(
      free.map((id, i) => [id, allZero ? ONE : (base[i] as Decimal)]),
    ) as Record<string, Decimal>;
    const part = split(remaining, weights, free, zero);
    steps?.push({
      kind: 'redistribute',
      description: `${fmt(remaining)} left after the held parties is shared among ${free.join(', ')} ${allZero ? 'equally' : 'in proportion to their shares under the rule'}`,
      amount: remaining,
      shares: Object.fromEntries(part),
    });
    shares = new Map([...held, ...part]);
  }
  throw new SharingError('SHARING_CAPS_TOO_LOW', 'caps and floors did not settle');
}
