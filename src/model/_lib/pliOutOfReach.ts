import { type Decimal, ZERO } from '../../core/decimal.js';
import type { InvestmentFigures } from '../investments.js';
import type { PliSection } from '../scenarioPli.js';
import type { PliResult } from '../types.js';

// An opening-run-rate baseline keeps the plan's PLI enrolments but spends nothing: what it has
// invested is what was invested before the horizon, the same every year. Where that stays below
// every scheme year's investment threshold, no year of any enrolment is eligible (the engine
// pays a year only when cumulative investment ≥ its threshold) and the baseline's PLI is zero
// in every year — known without evaluating it. The thresholds are the plan's: the same
// enrolments under the same rules, year for year.

/** A plan's PLI: the section it was evaluated from and its result. */
export interface PlanPli {
  readonly section: PliSection | undefined;
  readonly result: PliResult | null;
}

/**
 * Whether a run with `investment` and the PLI `section` can earn no PLI in any year: it spends
 * nothing in the horizon, and for every enrolment every scheme year the plan evaluated (the very
 * same section over the same horizon) has an investment threshold that what the enrolment's
 * investments held before the horizon stays below.
 *
 * @param section - the run's PLI section
 * @param investment - the run's investment figures
 * @param plan - the plan's PLI, or undefined
 * @returns the plan's result when every enrolment year is sure to miss its investment
 *   threshold, else null
 */
export function pliOutOfReach(
  section: PliSection | undefined,
  investment: InvestmentFigures,
  plan: PlanPli | undefined,
): PliResult | null {
  const result = plan?.result ?? null;
  if (section === undefined || result === null || plan?.section !== section) return null;
  if (investment.commitments.length > 0) return null;
  if (result.enrolments.length !== section.enrolments.length) return null;
  const missed = section.enrolments.every((e, i) => {
    const evaluated = result.enrolments[i];
    if (evaluated === undefined || evaluated.id !== e.id) return false;
    // Cumulative investment without capex: what the enrolment's investments held at the start.
    const held = e.investments.reduce(
      (acc: Decimal, id) =>
        acc.plus(investment.opening.find((x) => x.id === id)?.amount.amount ?? ZERO),
      ZERO,
    );
    return evaluated.years.every(
      (y) =>
        y.schemeYear === null ||
        (y.investmentThreshold !== null && held.lessThan(y.investmentThreshold.amount)),
    );
  });
  return missed ? result : null;
}

/**
 * The chain's PLI figures of a run that earns none ({@link pliOutOfReach}): nothing earned or
 * paid to partners in a horizon year, nothing received in any of the plan's PLI years (the
 * horizon and the disbursement lag's later years), and the plan's tax treatment of the payment.
 *
 * @param plan - the plan's PLI result
 * @returns the figures the finance chain reads
 */
export function noPliFigures(plan: PliResult) {
  return {
    earned: (_year: number): Decimal => ZERO,
    paidToPartners: (_year: number): Decimal => ZERO,
    received: plan.years.map((p) => ({ year: p.year, amount: ZERO })),
    taxDeductible: plan.sharing?.taxDeductible ?? true,
  };
}
