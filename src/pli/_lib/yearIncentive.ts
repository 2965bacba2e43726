import { type Decimal, ZERO } from '../../core/decimal.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import { round } from '../../money/round.js';
import type { PliEvaluationInput } from '../enrolment.js';
import type { PliCategory, PliScheme } from '../scheme.js';
import { applySchemeCeiling, type PliSchemeCeilingResult } from '../schemeCeiling.js';
import { schemeAmount } from './amounts.js';
import { incentiveCap, multipleOfCommitted } from './caps.js';
import { crores, percent } from './format.js';

/** What runs across an evaluation's years: sales used against a tenure cap, incentive paid. */
export interface IncentiveTally {
  readonly salesCapUsed: Decimal;
  readonly paid: Decimal;
}

/** An eligible year's incentive, step by step, and the tally after it. */
export interface YearIncentive {
  readonly incentiveBase: Money<'INR'>;
  readonly beforeCaps: Money<'INR'>;
  readonly incentive: Money<'INR'>;
  readonly ceiling: PliSchemeCeilingResult | null;
  readonly tally: IncentiveTally;
}

/** What one eligible year's incentive is computed from. */
export interface YearIncentiveInput {
  readonly scheme: PliScheme;
  readonly category: PliCategory;
  /** `scheme.id category …`, for messages. */
  readonly where: string;
  readonly year: string;
  readonly schemeYear: number;
  readonly eligibleIncrementalSales: Money<'INR'>;
  readonly rate: Decimal;
  /** The rate's reasons (the base rate's, then each bonus's). */
  readonly rateReasons: readonly string[];
  readonly committed: Money<'INR'> | undefined;
  readonly claims: PliEvaluationInput['schemeClaims'];
}

/**
 * The incentive of a year that met its conditions with positive eligible incremental sales:
 * sales caps before the rate (per-firm yearly caps, then multiples of committed investment),
 * the rate, incentive caps after it, rounding to the paisa half-up, then the scheme-wide
 * ceiling on all claims. Each step that changes the figure adds its reason to `reasons`.
 *
 * @param input - the year's figures and the rules that apply
 * @param tally - sales used against tenure caps and incentive paid, before this year
 * @param reasons - the year's reasons, appended to
 * @returns each step's figure and the tally after this year
 */
export function yearIncentive(
  input: YearIncentiveInput,
  tally: IncentiveTally,
  reasons: string[],
): YearIncentive {
  const { scheme, category, where, year, schemeYear, rate, committed, claims } = input;
  let incentiveBase = input.eligibleIncrementalSales;
  for (const cap of category.caps ?? []) {
    if (cap.kind !== 'eligible-sales-per-year') continue;
    const limit = cap.amounts[schemeYear - 1];
    if (limit == null) continue;
    const capped = schemeAmount(scheme, limit);
    if (incentiveBase.amount.greaterThan(capped.amount)) {
      reasons.push(
        `eligible incremental sales capped at ${crores(capped)} for scheme year ${schemeYear} (per-firm cap, ${cap.confidence})`,
      );
      incentiveBase = capped;
    }
  }
  for (const cap of category.caps ?? []) {
    if (cap.kind !== 'sales-multiple-of-committed-investment') continue;
    const limit = multipleOfCommitted(cap.multiple, committed, where, cap.kind);
    const room = cap.scope === 'per-year' ? limit : limit.minus(tally.salesCapUsed);
    const capped = room.isNegative() ? ZERO : room;
    if (incentiveBase.amount.greaterThan(capped)) {
      reasons.push(
        `incremental sales earning incentive capped at ${crores(inr(capped))} (${cap.multiple.toFixed()} × committed investment ${crores(committed ?? inr(ZERO))}${cap.scope === 'tenure' ? ' over the tenure' : ' a year'})`,
      );
      incentiveBase = inr(capped);
    }
  }
  const beforeCaps = inr(incentiveBase.amount.times(rate));
  reasons.push(
    `${input.rateReasons.join(', ')}: ${percent(rate)} × ${crores(incentiveBase)} = ${crores(beforeCaps)}`,
  );
  let amount = beforeCaps.amount;
  for (const cap of category.caps ?? []) {
    if (cap.kind === 'sales-multiple-of-committed-investment') continue;
    if (cap.kind === 'eligible-sales-per-year') continue;
    const { limit, label } = incentiveCap(scheme, cap, committed, where, tally.paid);
    if (amount.greaterThan(limit)) {
      amount = limit.isNegative() ? ZERO : limit;
      reasons.push(`capped at ${crores(inr(amount))} by the ${label}`);
    }
  }
  let incentive = round(inr(amount), { mode: 'half-up' });
  let ceiling: PliSchemeCeilingResult | null = null;
  const claim = claims?.years.find((c) => c.year === year);
  if (claim !== undefined) {
    const outlay = scheme.yearlyOutlay?.years.find((o) => o.year === year);
    const limit =
      claim.ceiling ?? (outlay === undefined ? inr(ZERO) : schemeAmount(scheme, outlay.amount));
    ceiling = applySchemeCeiling(incentive, limit, claim.totalClaims);
    const source =
      claim.ceiling !== undefined
        ? 'as stated'
        : `the scheme's yearly outlay, ${scheme.yearlyOutlay?.confidence ?? 'unconfirmed'}`;
    reasons.push(
      ceiling.binds
        ? `scheme-wide ceiling ${crores(limit)} for ${year} (${source}): all claims ${crores(ceiling.totalClaims)} (assumed: ${claims?.assumption}) exceed it, so every claim is paid ${percent(ceiling.factor)} — ${crores(incentive)} → ${crores(ceiling.paid)} (−${crores(ceiling.reduction)})`
        : `scheme-wide ceiling ${crores(limit)} for ${year} (${source}) is not reached by all claims ${crores(ceiling.totalClaims)} (assumed: ${claims?.assumption}): paid in full`,
    );
    incentive = ceiling.paid;
  }
  return {
    incentiveBase,
    beforeCaps,
    incentive,
    ceiling,
    tally: {
      salesCapUsed: tally.salesCapUsed.plus(incentiveBase.amount),
      paid: tally.paid.plus(incentive.amount),
    },
  };
}
