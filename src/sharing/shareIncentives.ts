import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import type { CurrencyCode } from '../money/currency.js';
import { isMoney, type Money } from '../money/money.js';
import { sum } from '../money/sum.js';
import { SharingAgreement, type SharingAgreementInput } from './agreement.js';
import { type SharedIncentive, shareParsed } from './shareIncentive.js';

/** A year's incentive to share: any object with a `year` label and an `incentive` (a PLI year result fits). */
export interface IncentiveYear<C extends CurrencyCode = CurrencyCode> {
  readonly year: string;
  readonly incentive: Money<C>;
}

// The years to share, checked like any input (issue 11): a PLI evaluation or its `years` carry
// more fields than these two, so the objects are loose.
const incentiveYear = lazySchema(() =>
  z
    .object({
      year: z.string().min(1),
      incentive: z.custom<Money>(isMoney, { message: 'expected a Money value (inr(…), crore(…))' }),
    })
    .loose(),
);
const yearList = lazySchema(() => z.array(incentiveYear).readonly());
const withYears = lazySchema(() => z.object({ years: yearList }).loose());

/** One year of `shareIncentives`. */
export interface SharedIncentiveYear<C extends CurrencyCode = CurrencyCode>
  extends SharedIncentive<C> {
  readonly year: string;
}

/** The result of `shareIncentives`. */
export interface SharedIncentives<C extends CurrencyCode = CurrencyCode> {
  readonly years: readonly SharedIncentiveYear<C>[];
  /** Each party's total over the years. */
  readonly totals: Readonly<Record<string, Money<C>>>;
  /** The sum of the yearly amounts shared (each rounded to the minor unit). */
  readonly total: Money<C>;
}

/**
 * Shares each year's incentive under one agreement, year by year (caps and floors apply to each
 * year on its own), and totals each party's shares. Accepts a PLI evaluation's `years` (or the
 * evaluation itself) directly.
 *
 * @param yearResults - `[{ year, incentive }]`, or an object with such `years`
 * @param agreement - the sharing agreement (validated once)
 * @returns per-year shares and steps, per-party totals and the total
 * @throws {ValidationError} for a malformed agreement or list of years, naming the field path
 * @throws as `shareIncentive`, naming the year in the error's context
 *
 * @example
 * ```ts
 * const shared = shareIncentives(
 *   [{ year: 'FY2020-21', incentive: crore(36) }, { year: 'FY2021-22', incentive: crore(0) }],
 *   {
 *     parties: [{ id: 'oel', name: 'Optiemus' }, { id: 'wistron', name: 'Wistron' }],
 *     rule: { kind: 'fixed', weights: { oel: 70, wistron: 30 } },
 *   },
 * );
 * formatMoney(shared.totals.wistron, { unit: 'crore', decimals: 2 }) //=> '₹10.80 crore'
 * ```
 */
export function shareIncentives<C extends CurrencyCode>(
  yearResults: readonly IncentiveYear<C>[] | { readonly years: readonly IncentiveYear<C>[] },
  agreement: SharingAgreementInput,
): SharedIncentives<C> {
  const list = (Array.isArray(yearResults)
    ? parseInput(yearList, yearResults, 'years to share')
    : parseInput(withYears, yearResults, 'years to share')
        .years) as unknown as readonly IncentiveYear<C>[];
  const parsed = parseInput(SharingAgreement, agreement, 'sharing agreement');
  const currency = list[0]?.incentive.currency ?? ('INR' as C);
  const years = list.map((y) =>
    Object.freeze({ year: y.year, ...shareParsed(y.incentive, parsed) }),
  );
  const ids = parsed.parties.map((p) => p.id);
  const totals = Object.fromEntries(
    ids.map((id) => [
      id,
      sum(
        years.map((y) => y.shares[id]).filter((m): m is Money<C> => m !== undefined),
        currency,
      ),
    ]),
  );
  return Object.freeze({
    years: Object.freeze(years),
    totals: Object.freeze(totals),
    total: sum(
      years.map((y) => y.amount),
      currency,
    ),
  });
}
