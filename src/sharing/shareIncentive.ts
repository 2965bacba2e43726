import { type Decimal, ONE } from '../core/decimal.js';
import { InvalidAmountError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { add } from '../money/add.js';
import { allocate } from '../money/allocate.js';
import { assertSameCurrency } from '../money/assertSameCurrency.js';
import type { CurrencyCode } from '../money/currency.js';
import { formatMoney } from '../money/formatMoney.js';
import { isMoney, type Money, money } from '../money/money.js';
import { round } from '../money/round.js';
import { subtract } from '../money/subtract.js';
import { sum } from '../money/sum.js';
import { SharingAgreement, type SharingAgreementInput, type SharingRule } from './agreement.js';
import { SharingError } from './errors.js';

/** One step of a split, in words, with the amounts it moved. */
export interface SharingStep {
  readonly kind: 'round' | 'retain' | 'tier' | 'split' | 'cap' | 'floor' | 'redistribute';
  readonly description: string;
  /** The amount this step split or moved. */
  readonly amount: Money;
  /** What each party received (or, for caps and floors, now holds) in this step. */
  readonly shares: Readonly<Record<string, Money>>;
}

/** The result of `shareIncentive`. */
export interface SharedIncentive<C extends CurrencyCode = CurrencyCode> {
  /** The amount shared: the input rounded to the minor unit, half-up. */
  readonly amount: Money<C>;
  /** Each party's share, keyed by party id in the agreement's order; they sum to `amount` exactly. */
  readonly shares: Readonly<Record<string, Money<C>>>;
  readonly steps: readonly SharingStep[];
}

/**
 * Splits an amount (a year's incentive) between parties under an agreement. Every split goes
 * through `allocate`, so the shares are whole paise (cents) and sum **exactly** to
 * `round(amount)` (half-up): not a paisa is lost or invented.
 *
 * After the rule, caps and floors apply: a party above its cap is held at the cap and one below
 * its floor is raised to it, and the difference is redistributed among the parties not so held,
 * in proportion to their shares under the rule (equally if those are all zero), repeating until
 * nobody is out of bounds. Caps are rounded down and floors up to the minor unit.
 *
 * @param amount - the amount to share (not negative)
 * @param agreement - parties, rule, caps and floors (validated; Money as values or JSON)
 * @returns the shares and the steps that explain them
 * @throws {ValidationError} for a malformed agreement, naming the field path
 * @throws {SharingError} `SHARING_NEGATIVE_AMOUNT`, `SHARING_FLOORS_EXCEED_AMOUNT`,
 *   `SHARING_CAPS_TOO_LOW`, or `SHARING_ZERO_BASIS` (pro-rata basis all zero)
 * @throws {CurrencyMismatchError} when tiers, basis, caps or floors are in another currency
 *
 * @example
 * ```ts
 * const { shares } = shareIncentive(crore(120), {
 *   parties: [{ id: 'oel', name: 'Optiemus' }, { id: 'wistron', name: 'Wistron' }],
 *   rule: {
 *     kind: 'tiered',
 *     tiers: [
 *       { upTo: crore(50), weights: { oel: 70, wistron: 30 } },
 *       { upTo: null, weights: { oel: 50, wistron: 50 } },
 *     ],
 *   },
 * });
 * formatMoney(shares.oel, { unit: 'crore', decimals: 0 }) //=> '₹70 crore'
 * formatMoney(shares.wistron, { unit: 'crore', decimals: 0 }) //=> '₹50 crore'
 * ```
 */
export function shareIncentive<C extends CurrencyCode>(
  amount: Money<C>,
  agreement: SharingAgreementInput,
): SharedIncentive<C> {
  // The amount is an input too: a number or a hand-made object is a typed error (issue 11).
  if (!isMoney(amount)) throw new InvalidAmountError(amount, 'shareIncentive: amount (Money)');
  const parsed = parseInput(SharingAgreement, agreement, 'sharing agreement');
  return shareParsed(amount, parsed);
}

/**
 * `shareIncentive` for an agreement already parsed with the `SharingAgreement` schema, so that a
 * caller sharing many amounts validates the agreement once (as `shareIncentives` does).
 *
 * @param amount - the amount to share (not negative)
 * @param agreement - a parsed agreement (`SharingAgreement.parse(...)`)
 * @returns the shares (summing exactly to `round(amount)`) and the steps
 * @throws {SharingError} as `shareIncentive`
 *
 * @example
 * ```ts
 * const agreement = SharingAgreement.parse({
 *   parties: [{ id: 'oel', name: 'Optiemus' }, { id: 'wistron', name: 'Wistron' }],
 *   rule: { kind: 'fixed', weights: { oel: 70, wistron: 30 } },
 * });
 * shareParsed(crore(120), agreement).shares.oel?.amount.toFixed() //=> '840000000'
 * ```
 */
export function shareParsed<C extends CurrencyCode>(
  amount: Money<C>,
  agreement: SharingAgreement,
): SharedIncentive<C> {
  if (amount.amount.isNegative() && !amount.amount.isZero()) {
    throw new SharingError(
      'SHARING_NEGATIVE_AMOUNT',
      `cannot share a negative amount (${fmt(amount)})`,
    );
  }
  const ids = agreement.parties.map((p) => p.id);
  const total = round(amount, { mode: 'half-up' });
  const steps: SharingStep[] = [];
  const zero = money(0, amount.currency) as Money<C>;
  if (!total.amount.eq(amount.amount)) {
    steps.push({
      kind: 'round',
      description: `rounded ${amount.amount.toFixed()} to ${fmt(total)} (half-up) before sharing`,
      amount: total,
      shares: {},
    });
  }
  const ruleShares = applyRule(agreement.rule, total, ids, steps, zero);
  const shares = applyBounds(ruleShares, agreement, total, ids, steps, zero);
  return Object.freeze({
    amount: total,
    shares: Object.freeze(Object.fromEntries(ids.map((id) => [id, shares.get(id) ?? zero]))),
    steps: Object.freeze(
      steps.map((s) => Object.freeze({ ...s, shares: Object.freeze(s.shares) })),
    ),
  });
}

// The agreement's amounts are in the currency of the amount shared, checked at run time.
function inCurrencyOf<C extends CurrencyCode>(of: Money<C>, m: Money, where: string): Money<C> {
  assertSameCurrency(of, m as Money<C>, where);
  return m as Money<C>;
}

function fmt(m: Money): string {
  return formatMoney(m, m.currency === 'INR' ? { unit: 'auto' } : {});
}

function split<C extends CurrencyCode>(
  amount: Money<C>,
  weights: Readonly<Record<string, Decimal>>,
  ids: readonly string[],
  zero: Money<C>,
): Map<string, Money<C>> {
  const ratios = ids.map((id) => own(weights, id)?.toFixed() ?? '0');
  const parts = amount.amount.isZero() ? ids.map(() => zero) : allocate(amount, ratios);
  return new Map(ids.map((id, i) => [id, parts[i] ?? zero]));
}

function addInto<C extends CurrencyCode>(into: Map<string, Money<C>>, from: Map<string, Money<C>>) {
  for (const [id, m] of from) {
    const have = into.get(id);
    into.set(id, have === undefined ? m : add(have, m));
  }
}

function applyRule<C extends CurrencyCode>(
  rule: SharingRule,
  amount: Money<C>,
  ids: readonly string[],
  steps: SharingStep[],
  zero: Money<C>,
): Map<string, Money<C>> {
  switch (rule.kind) {
    case 'fixed': {
      const shares = split(amount, rule.weights, ids, zero);
      steps.push({
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
      steps.push({
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
        steps.push({
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
        : allocate(amount, [share.toFixed(), share.negated().plus(1).toFixed()]);
      steps.push({
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

function weightText(weights: Readonly<Record<string, Decimal>>, ids: readonly string[]): string {
  return ids
    .filter((id) => own(weights, id) !== undefined)
    .map((id) => `${id} ${own(weights, id)?.toFixed()}`)
    .join(' : ');
}

// A party's entry in a record keyed by party id. Ids such as `toString` or `valueOf` are valid,
// so a plain `record[id]` would find Object.prototype's functions for a party left out.
function own<V>(record: Readonly<Record<string, V>> | undefined, id: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

// Caps and floors: hold violators at their bound and redistribute the difference among the
// others in proportion to their shares under the rule, until nobody is out of bounds.
function applyBounds<C extends CurrencyCode>(
  ruleShares: Map<string, Money<C>>,
  agreement: SharingAgreement,
  total: Money<C>,
  ids: readonly string[],
  steps: SharingStep[],
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
      steps.push({
        kind: 'cap',
        description: `${id}'s ${fmt(shares.get(id) ?? zero)} is held at its cap of ${fmt(cap)}`,
        amount: subtract(shares.get(id) ?? zero, cap),
        shares: { [id]: cap },
      });
    }
    for (const id of under) {
      const floor = floors.get(id) ?? zero;
      held.set(id, floor);
      steps.push({
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
    steps.push({
      kind: 'redistribute',
      description: `${fmt(remaining)} left after the held parties is shared among ${free.join(', ')} ${allZero ? 'equally' : 'in proportion to their shares under the rule'}`,
      amount: remaining,
      shares: Object.fromEntries(part),
    });
    shares = new Map([...held, ...part]);
  }
  throw new SharingError('SHARING_CAPS_TOO_LOW', 'caps and floors did not settle');
}
