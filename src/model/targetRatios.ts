import { type Decimal, ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { figureGetters, figuresWhenRead } from '../projection/_lib/lazyRows.js';
import type { Scenario } from './scenario.js';
import type { OperationsYear, TargetRatiosAnswer } from './types.js';

// The ratios behind a plan's revenue and headcount targets (devices and revenue per employee,
// the heads capacity needs): apart from the targets' checks, which they only sit beside.

/**
 * What the stated targets imply for each other in the year the revenue (or headcount) target is
 * assessed: devices per employee-month and revenue per employee at the stated figures and in the
 * plan (on the year's average heads), and what each stated figure would need of the others at
 * the plan's productivity.
 *
 * @returns the ratios, or null without a revenue or headcount target or without headcount drivers
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const seed = parseScenario(seedJson);
 * answerTargetRatios(seed, runScenario(seed).operations)?.statedDevicesPerEmployeeMonth?.toFixed(0) //=> '182'
 * ```
 */
export function answerTargetRatios(
  scenario: Scenario,
  operations: readonly OperationsYear[],
): TargetRatiosAnswer | null {
  const revenueTarget = scenario.targets.find((t) => t.metric === 'revenue');
  const headTarget = scenario.targets.find((t) => t.metric === 'headcount');
  const by = revenueTarget?.by ?? headTarget?.by;
  const op = operations.find((o) => o.year === by);
  if (by === undefined || op === undefined || op.headcount === null) return null;
  const revenue = revenueTarget?.metric === 'revenue' ? revenueTarget.value : null;
  const heads = headTarget?.metric === 'headcount' ? headTarget.value : null;
  // The ratios read the year's plants (built when first read): worked out when first read.
  return figuresWhenRead(
    { by },
    RATIO_GETTERS,
    { revenue, heads, op, headcount: op.headcount },
    ratiosOf,
  );
}

type Ratios = Omit<TargetRatiosAnswer, 'by'>;

const RATIO_GETTERS = figureGetters<Ratios>([
  'capacityPerMonth',
  'statedRevenue',
  'statedHeadcount',
  'statedDevicesPerEmployeeMonth',
  'statedRevenuePerEmployee',
  'planDevicesPerEmployeeMonth',
  'planRevenuePerEmployee',
  'headsForCapacity',
  'headsForRevenue',
  'revenueForHeadcount',
  'revenueAtCapacity',
]);

function ratiosOf({
  revenue,
  heads,
  op,
  headcount,
}: {
  readonly revenue: Money<'INR'> | null;
  readonly heads: Decimal | null;
  readonly op: OperationsYear;
  readonly headcount: NonNullable<OperationsYear['headcount']>;
}): Ratios {
  const capacity = op.plants.reduce((a, p) => a.plus(p.nameplate), ZERO).dividedBy(12);
  const average = headcount.average;
  const perHead = (x: Decimal, n: Decimal | null) =>
    n === null || n.isZero() ? null : x.dividedBy(n);
  const planDevices = perHead(op.units.dividedBy(12), average);
  const planRevenue = perHead(op.revenue.amount, average);
  return {
    capacityPerMonth: capacity,
    statedRevenue: revenue,
    statedHeadcount: heads,
    statedDevicesPerEmployeeMonth: perHead(capacity, heads),
    statedRevenuePerEmployee: revenue === null ? null : nullableInr(perHead(revenue.amount, heads)),
    planDevicesPerEmployeeMonth: planDevices,
    planRevenuePerEmployee: nullableInr(planRevenue),
    headsForCapacity: perHead(capacity, planDevices),
    headsForRevenue: revenue === null ? null : perHead(revenue.amount, planRevenue),
    revenueForHeadcount:
      heads === null || planRevenue === null ? null : inr(heads.times(planRevenue)),
    revenueAtCapacity:
      op.averagePrice === null ? null : inr(capacity.times(12).times(op.averagePrice.amount)),
  };
}

function nullableInr(amount: Decimal | null): Money<'INR'> | null {
  return amount === null ? null : inr(amount);
}
