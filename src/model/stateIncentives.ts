import type { Decimal } from '../core/decimal.js';
import { ZERO } from '../core/decimal.js';
import { allocate } from '../money/allocate.js';
import { inr } from '../money/constructors.js';
import { formatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/money.js';
import { round } from '../money/round.js';

/** One year of a state incentive: what it pays and why. */
export interface StateIncentiveYear {
  readonly year: string;
  readonly amount: Money<'INR'>;
  readonly reason: string;
}

/** Terms of a capital subsidy: a share of eligible capex, capped, paid in equal yearly instalments. */
export interface CapitalSubsidyTerms {
  /** The share of eligible capex (0.30 for Tamil Nadu's mega projects in a type-C district). */
  readonly rate: Decimal;
  /** The most the subsidy can be, or null for none. */
  readonly cap: Money<'INR'> | null;
  /** How many yearly instalments it is paid in (Tamil Nadu 2020: 12 or 15). */
  readonly instalments: number;
}

/**
 * A capital subsidy's yearly payments: min(rate × eligible capex, cap), paid in equal yearly
 * instalments over the fiscal years given (the first instalment in the first). The subsidy is
 * rounded half-up to the paisa and split with `allocate` (largest remainder), so the instalments
 * add up to it exactly.
 *
 * @param eligibleCapex - the capex the subsidy is a share of
 * @param terms - rate, cap and number of instalments
 * @param years - the fiscal years of the instalments, at least `terms.instalments` of them
 * @returns one row per instalment
 * @throws {RangeError} when fewer years than instalments are given, or no instalments
 *
 * @example
 * ```ts
 * // 30% of ₹1,000 crore = ₹300 crore, capped at ₹250 crore, in 3 instalments of ₹83.33… crore.
 * capitalSubsidy(crore(1000), { rate: toDecimal('0.3'), cap: crore(250), instalments: 3 },
 *   ['FY2022-23', 'FY2023-24', 'FY2024-25']).map((y) => y.amount.amount.toFixed())
 * //=> ['833333333.34', '833333333.33', '833333333.33']
 * ```
 */
export function capitalSubsidy(
  eligibleCapex: Money<'INR'>,
  terms: CapitalSubsidyTerms,
  years: readonly string[],
): StateIncentiveYear[] {
  if (!Number.isSafeInteger(terms.instalments) || terms.instalments < 1) {
    throw new RangeError(`instalments must be a whole number from 1, got ${terms.instalments}`);
  }
  if (years.length < terms.instalments) {
    throw new RangeError(
      `${terms.instalments} instalments need as many years, got ${years.length}`,
    );
  }
  const uncapped = eligibleCapex.amount.times(terms.rate);
  const capped = terms.cap !== null && uncapped.greaterThan(terms.cap.amount);
  const subsidy = round(inr(capped ? (terms.cap?.amount ?? ZERO) : uncapped), { mode: 'half-up' });
  const parts = allocate(subsidy, Array<number>(terms.instalments).fill(1));
  const basis = `${terms.rate.times(100).toFixed()}% of eligible capex ${formatCrore(eligibleCapex)}${capped ? `, capped at ${formatCrore(terms.cap ?? inr(0))}` : ''} = ${formatCrore(subsidy)}`;
  return parts.map((amount, i) => ({
    year: years[i] ?? '',
    amount,
    reason: `capital subsidy instalment ${i + 1} of ${terms.instalments}: ${basis}`,
  }));
}

/** Terms of an SGST reimbursement: a share of the SGST paid on domestic sales, for N years, capped. */
export interface SgstReimbursementTerms {
  /** The SGST rate on the goods (0.09: half of 18% GST). */
  readonly sgstRate: Decimal;
  /** The share of the SGST paid that is reimbursed (1 for 100%). */
  readonly share: Decimal;
  /** The number of years it runs, from the first year given. */
  readonly years: number;
  /** The most it can pay over those years, or null for none. */
  readonly cap: Money<'INR'> | null;
}

/**
 * An SGST reimbursement by year: share × SGST rate × the year's domestic sales subject to the
 * state's GST, for the first `terms.years` years, until the cap is reached (the year that
 * reaches it pays what is left). Each year's amount is rounded half-up to the paisa.
 *
 * @param domesticSales - the sales on which the state's GST is paid, by fiscal year, in order
 * @param terms - SGST rate, reimbursed share, years and cap
 * @returns one row per year given (0 after the years run out or the cap is reached)
 *
 * @example
 * ```ts
 * // 100% of 9% SGST on ₹500 crore a year, for 2 years, capped at ₹60 crore: ₹45 + ₹15 crore, then 0.
 * sgstReimbursement([{ year: 'FY2022-23', amount: crore(500) }, { year: 'FY2023-24', amount: crore(500) },
 *   { year: 'FY2024-25', amount: crore(500) }],
 *   { sgstRate: toDecimal('0.09'), share: toDecimal(1), years: 2, cap: crore(60) })
 *   .map((y) => y.amount.amount.dividedBy(1e7).toFixed())
 * //=> ['45', '15', '0']
 * ```
 */
export function sgstReimbursement(
  domesticSales: readonly { readonly year: string; readonly amount: Money<'INR'> }[],
  terms: SgstReimbursementTerms,
): StateIncentiveYear[] {
  let paid = ZERO;
  return domesticSales.map((s, i) => {
    if (i >= terms.years) {
      return {
        year: s.year,
        amount: inr(0),
        reason: `SGST reimbursement ran ${terms.years} years`,
      };
    }
    const due = round(inr(s.amount.amount.times(terms.sgstRate).times(terms.share)), {
      mode: 'half-up',
    }).amount;
    const room = terms.cap === null ? due : terms.cap.amount.minus(paid);
    const amount = due.greaterThan(room) ? (room.isNegative() ? ZERO : room) : due;
    paid = paid.plus(amount);
    const capped = amount.lessThan(due);
    return {
      year: s.year,
      amount: inr(amount),
      reason: `SGST reimbursement: ${terms.share.times(100).toFixed()}% of ${terms.sgstRate.times(100).toFixed()}% SGST on ${formatCrore(s.amount)} = ${formatCrore(inr(due))}${capped ? `, cut to ${formatCrore(inr(amount))} by the ${formatCrore(terms.cap ?? inr(0))} cap` : ''}`,
    };
  });
}

const formatCrore = (m: Money<'INR'>) => formatMoney(m, { unit: 'crore', decimals: 2 });
