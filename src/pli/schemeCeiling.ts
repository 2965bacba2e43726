import * as z from 'zod';
import { type Decimal, ONE } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { round } from '../money/round.js';
import { fiscalYearKeySchema } from './_lib/fiscalYear.js';
import { amountSchema } from './_lib/schemas.js';

/**
 * A scheme's outlay by fiscal year (in the scheme's `amountUnit`): the most the scheme pays out
 * in a year to all its beneficiaries together. When their claims exceed it, every claim is scaled
 * down pro rata (see {@link applySchemeCeiling}).
 *
 * @example
 * ```ts
 * PliYearlyOutlay.parse({ years: [{ year: 'FY21', amount: '5334' }], confidence: 'reported' })
 *   .years[0]?.year //=> 'FY2020-21'
 * ```
 */
export const PliYearlyOutlay = lazySchema(() =>
  z
    .object({
      years: z
        .array(z.object({ year: fiscalYearKeySchema, amount: amountSchema }).strict())
        .min(1)
        .readonly(),
      confidence: z.enum(['confirmed', 'reported', 'unconfirmed']),
      note: z.string().min(1).optional(),
      sources: z.array(z.string().min(1)).readonly().optional(),
    })
    .strict(),
);
/** See `PliYearlyOutlay`. */
export type PliYearlyOutlay = z.output<typeof PliYearlyOutlay>;

/** A claim tested against the scheme-wide ceiling of its year. */
export interface PliSchemeCeilingResult {
  /** The scheme's outlay for the year. */
  readonly ceiling: Money<'INR'>;
  /** All beneficiaries' claims for the year (the stated figure, or the firm's own claim if larger). */
  readonly totalClaims: Money<'INR'>;
  /** The firm's claim before the ceiling. */
  readonly claim: Money<'INR'>;
  /** ceiling ÷ total claims when the claims exceed the ceiling, else 1. */
  readonly factor: Decimal;
  /** The claim after the pro-rata scaling, rounded half-up to the paisa. */
  readonly paid: Money<'INR'>;
  /** claim − paid. */
  readonly reduction: Money<'INR'>;
  /** True when the claims exceed the ceiling. */
  readonly binds: boolean;
}

/**
 * Applies a scheme-wide yearly ceiling to one firm's claim: when all beneficiaries' claims for the
 * year exceed the scheme's outlay, each claim is paid in proportion — claim × ceiling ÷ total
 * claims — rounded half-up to the paisa; otherwise in full. The total claims include the firm's
 * own claim, so a stated total below it is raised to it.
 *
 * @param claim - the firm's incentive for the year, after its own caps
 * @param ceiling - the scheme's outlay for the year
 * @param totalClaims - the claims of all beneficiaries for the year (an assumption of the user's)
 * @returns the claim, the factor, what is paid and the reduction
 *
 * @example
 * ```ts
 * // ₹6,000 crore claimed in all against ₹5,334 crore: every claim paid at 88.9%.
 * const r = applySchemeCeiling(crore(900), crore(5334), crore(6000));
 * r.factor.toFixed(4) //=> '0.8890'
 * formatMoney(r.paid, { unit: 'crore', decimals: 2 }) //=> '₹800.10 crore'
 * formatMoney(r.reduction, { unit: 'crore', decimals: 2 }) //=> '₹99.90 crore'
 * ```
 */
export function applySchemeCeiling(
  claim: Money<'INR'>,
  ceiling: Money<'INR'>,
  totalClaims: Money<'INR'>,
): PliSchemeCeilingResult {
  const total = totalClaims.amount.lessThan(claim.amount) ? claim : totalClaims;
  const binds = total.amount.greaterThan(ceiling.amount);
  const factor = binds ? ceiling.amount.dividedBy(total.amount) : ONE;
  const paid = binds ? round(inr(claim.amount.times(factor)), { mode: 'half-up' }) : claim;
  return {
    ceiling,
    totalClaims: total,
    claim,
    factor,
    paid,
    reduction: inr(claim.amount.minus(paid.amount)),
    binds,
  };
}
