import { ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import { formatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/money.js';
import { checkParsedTargets } from '../projection/checkTargets.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import { capacityWhenRead, explainedWhenRead } from './_lib/targetsWhenRead.js';
import { wholeCount } from './_lib/wholeCount.js';
import { checkOutputTarget } from './outputTargets.js';
import type { Scenario } from './scenario.js';
import type {
  InvestmentYear,
  OperationsYear,
  PliResult,
  RevenueCapacityAnswer,
  TargetCheck,
  TargetReading,
} from './types.js';

const crore = (m: Money<'INR'>) => formatMoney(m, { unit: 'crore', decimals: 0 });
const count = wholeCount;

/**
 * Checks the scenario's stated targets against the run. Revenue and headcount targets go to the
 * projection layer's `checkTargets`, which names the binding constraint (`capacity` when plants
 * left demand unserved, `hiring-limit` when the hiring limit kept heads below the requirement,
 * `demand` when neither bound); this adds the first year the target was reached and a sentence in
 * ₹ crore — for revenue, whether serving all the unmet demand would have been enough. Cumulative
 * investment is checked against the investment schedule (`phasing` binds when it falls short).
 * Units, exports, utilisation and PLI earned go to `checkOutputTarget`.
 *
 * @param scenario - the validated scenario (its `targets`)
 * @param projection - the projection's result
 * @param operations - the operations by year
 * @param investment - the investment by year
 * @returns one {@link TargetCheck} per target, in order
 */
export function checkScenarioTargets(
  scenario: Scenario,
  projection: ProjectionResult,
  operations: readonly OperationsYear[],
  investment: readonly InvestmentYear[],
  pli: PliResult | null = null,
): TargetCheck[] {
  const index = (year: string) => operations.findIndex((o) => o.year === year);
  return scenario.targets.map((t): TargetCheck => {
    if (
      t.metric === 'units' ||
      t.metric === 'exports' ||
      t.metric === 'utilisation' ||
      t.metric === 'pli-earned'
    ) {
      return checkOutputTarget(t, operations, pli);
    }
    const y = index(t.by);
    const op = operations[y];
    const years = operations.slice(0, y + 1);
    if (t.metric === 'revenue' || t.metric === 'headcount') {
      // The scenario's target is parsed already: handed over as the projection's parsed target.
      const [check] = checkParsedTargets(projection, [
        {
          name: `${t.metric} by ${t.by}`,
          output: { metric: t.metric, period: t.by },
          value: t.value,
          comparison: 'at-least',
        },
      ]);
      if (check === undefined) throw new Error('internal: no target check');
      const binding = check.binding === 'none' ? null : check.binding;
      if (t.metric === 'revenue') {
        const first = years.find((o) => o.revenue.amount.greaterThanOrEqualTo(t.value.amount));
        const reading = {
          basis: 'annual' as const,
          actual: inr(check.actual),
          reached: check.reached,
          firstYearReached: first?.year ?? null,
        };
        // A missed target's sentence reads the year's plants: written when first read.
        const short = {
          by: t.by,
          target: t.value,
          actual: check.actual,
          shortfall: check.shortfall,
          // The year's revenue lost to capacity as the projection's totals report it (summed
          // month by month over the segments), the figure the totals show — and no segment's
          // rows are built for it.
          lost: projection.total.yearly[y]?.lostRevenue.amount ?? ZERO,
          year: op,
        };
        const annual: TargetReading = check.reached
          ? {
              ...reading,
              explanation: `${t.by} revenue ${crore(inr(check.actual))} reaches the ${crore(t.value)} target (first in ${first?.year}).`,
            }
          : explainedWhenRead(reading, short);
        const cumulative = cumulativeReading(t.value, t.by, operations);
        const primary = t.basis === 'annual' ? annual : cumulative;
        const head = {
          metric: 'revenue' as const,
          by: t.by,
          basis: t.basis,
          otherReading: t.basis === 'annual' ? cumulative : annual,
          target: t.value,
          actual: primary.actual,
          reached: primary.reached,
          shortfall: inr(primary.reached ? ZERO : t.value.amount.minus(primary.actual.amount)),
          firstYearReached: primary.firstYearReached,
          bindingConstraint: primary.reached ? null : binding,
        };
        return primary === annual && !check.reached
          ? explainedWhenRead(head, short)
          : { ...head, explanation: primary.explanation };
      }
      const hc = op?.headcount;
      const first = years.find((o) => o.headcount?.closing.greaterThanOrEqualTo(t.value) === true);
      const explanation = check.reached
        ? `${count(check.actual)} employees at the end of ${t.by}, at or above the ${count(t.value)} stated (first in ${first?.year}).`
        : check.binding === 'hiring-limit'
          ? `${count(check.actual)} employees at the end of ${t.by}: the hiring limit kept heads below the ${count(hc?.required ?? ZERO)} the volume requires (${check.reason}).`
          : `${count(check.actual)} employees at the end of ${t.by}: the planned output and teams need ${count(hc?.required ?? ZERO)}, ${count(check.shortfall)} fewer than the ${count(t.value)} stated.`;
      return {
        metric: 'headcount',
        by: t.by,
        basis: null,
        otherReading: null,
        target: t.value,
        actual: check.actual,
        reached: check.reached,
        shortfall: check.shortfall,
        firstYearReached: first?.year ?? null,
        bindingConstraint: binding,
        explanation,
      };
    }
    const inv = investment[y];
    const actual = inv?.cumulative.amount ?? ZERO;
    const first = investment
      .slice(0, y + 1)
      .find((i) => i.cumulative.amount.greaterThanOrEqualTo(t.value.amount));
    const reached = actual.greaterThanOrEqualTo(t.value.amount);
    return {
      metric: 'cumulative-investment',
      by: t.by,
      basis: null,
      otherReading: null,
      target: t.value,
      actual: inr(actual),
      reached,
      shortfall: inr(reached ? ZERO : t.value.amount.minus(actual)),
      firstYearReached: first?.year ?? null,
      bindingConstraint: reached ? null : 'phasing',
      explanation: reached
        ? `${crore(inr(actual))} invested by the end of ${t.by} (the ${crore(t.value)} is reached in ${first?.year}).`
        : `${crore(inr(actual))} invested by the end of ${t.by}: the phasing leaves ${crore(inr(t.value.amount.minus(actual)))} for later.`,
    };
  });
}

/**
 * Answers "is the revenue target reachable within the plants' capacity, at what average price,
 * and in which year?" for the scenario's first revenue target: the average price per device the
 * target needs at full nameplate capacity, the plan's own average in the target year, and the
 * devices a month the target needs at the plan's average.
 *
 * @returns the answer, or null when the scenario states no revenue target
 */
export function answerRevenueTarget(
  scenario: Scenario,
  operations: readonly OperationsYear[],
): RevenueCapacityAnswer | null {
  const target = scenario.targets.find((t) => t.metric === 'revenue');
  if (target === undefined || target.metric !== 'revenue') return null;
  const op = operations.find((o) => o.year === target.by);
  if (op === undefined) return null;
  const planPrice = op.averagePrice;
  const first = operations.find((o) => o.revenue.amount.greaterThanOrEqualTo(target.value.amount));
  // The capacity figures sum the year's plants: worked out when first read.
  const head = { target: target.value, by: target.by };
  return Object.assign(capacityWhenRead(head, target.value, op), {
    planAveragePrice: planPrice,
    unitsPerMonthNeededAtPlanMix:
      planPrice === null ? null : target.value.amount.dividedBy(planPrice.amount).dividedBy(12),
    reachable: op.revenue.amount.greaterThanOrEqualTo(target.value.amount),
    firstYearReached: first?.year ?? null,
  });
}

/** Revenue summed from the horizon start through `by`, against the target. */
function cumulativeReading(
  target: Money<'INR'>,
  by: string,
  operations: readonly OperationsYear[],
): TargetReading {
  let sum = ZERO;
  let first: string | null = null;
  let through = ZERO;
  for (const o of operations) {
    sum = sum.plus(o.revenue.amount);
    if (first === null && sum.greaterThanOrEqualTo(target.amount)) first = o.year;
    if (o.year === by) through = sum;
  }
  const reached = through.greaterThanOrEqualTo(target.amount);
  const start = operations[0]?.year ?? '';
  return {
    basis: 'cumulative',
    actual: inr(through),
    reached,
    firstYearReached: first !== null && first <= by ? first : null,
    explanation: reached
      ? `Summed over ${start} to ${by}, revenue is ${crore(inr(through))}: it passes ${crore(target)} during ${first}.`
      : `Summed over ${start} to ${by}, revenue is ${crore(inr(through))}, ${crore(inr(target.amount.minus(through)))} short of ${crore(target)}.`,
  };
}
