import { InvalidAmountError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import type { CurrencyCode } from '../money/currency.js';
import { isMoney, type Money, money } from '../money/money.js';
import { round } from '../money/round.js';
import { applyBounds } from './_lib/applyBounds.js';
import { applyRule } from './_lib/applyRule.js';
import { fmt } from './_lib/shares.js';
import { SharingAgreement, type SharingAgreementInput } from './agreement.js';
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
  const steps: SharingStep[] = [];
  const { total, shares } = sharesAndTotal(amount, agreement, steps);
  return Object.freeze({
    amount: total,
    shares,
    steps: Object.freeze(
      steps.map((s) => Object.freeze({ ...s, shares: Object.freeze(s.shares) })),
    ),
  });
}

/**
 * Internal: the shares {@link shareParsed} gives, without recording its steps — what a caller
 * that reads only the shares (the model, once per year) needs: no step's words are written.
 *
 * @example
 * ```ts
 * const agreement = SharingAgreement.parse({
 *   parties: [{ id: 'oel', name: 'Optiemus' }, { id: 'wistron', name: 'Wistron' }],
 *   rule: { kind: 'fixed', weights: { oel: 70, wistron: 30 } },
 * });
 * sharesOfParsed(crore(120), agreement).oel?.amount.toFixed() //=> '840000000'
 * ```
 */
export function sharesOfParsed<C extends CurrencyCode>(
  amount: Money<C>,
  agreement: SharingAgreement,
): Readonly<Record<string, Money<C>>> {
  return sharesAndTotal(amount, agreement, null).shares;
}

function sharesAndTotal<C extends CurrencyCode>(
  amount: Money<C>,
  agreement: SharingAgreement,
  steps: SharingStep[] | null,
): { total: Money<C>; shares: Readonly<Record<string, Money<C>>> } {
  if (amount.amount.isNegative() && !amount.amount.isZero()) {
    throw new SharingError(
      'SHARING_NEGATIVE_AMOUNT',
      `cannot share a negative amount (${fmt(amount)})`,
    );
  }
  const ids = agreement.parties.map((p) => p.id);
  const total = round(amount, { mode: 'half-up' });
  const zero = money(0, amount.currency) as Money<C>;
  if (!total.amount.eq(amount.amount)) {
    steps?.push({
      kind: 'round',
      description: `rounded ${amount.amount.toFixed()} to ${fmt(total)} (half-up) before sharing`,
      amount: total,
      shares: {},
    });
  }
  const ruleShares = applyRule(agreement.rule, total, ids, steps, zero);
  const shares = applyBounds(ruleShares, agreement, total, ids, steps, zero);
  return {
    total,
    shares: Object.freeze(Object.fromEntries(ids.map((id) => [id, shares.get(id) ?? zero]))),
  };
}
