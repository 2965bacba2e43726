import { prepareDemand } from './_lib/demand.js';
import { headcountMonth, headcountSteps } from './_lib/headcountMonth.js';
import { copyLastMonth, repeatsLastMonth } from './_lib/monthLikeLast.js';
import { componentCogs, monthTotals } from './_lib/monthTotals.js';
import { allocatePlant, plantCapacity } from './_lib/plantAllocation.js';
import { preparePrices } from './_lib/pricePath.js';
import { yearFactors } from './_lib/yearFactors.js';
import type { CompiledProjection } from './compiledProjection.js';
import type { Workspace } from './workspace.js';

/**
 * The projection equations, written once against `Calculator<N>`: demand from each segment's
 * growth curve, capacity from plants and expansions with their utilisation ramps, demand capped
 * per plant by priority or pro rata, revenue and cost of goods with prices and costs changing
 * each fiscal year and converted from their currencies month by month, and headcount (direct
 * from volume, indirect by ratio, planned teams) hired within the monthly limit against
 * attrition, with payroll.
 *
 * Reads parameters by slot from `p` (the plan's Decimal values for the exact run, a
 * `Float64Array` of them for a float64 run, possibly changed by a sweep or a draw) and writes
 * every result into `ws`. Apart from a segment's growth curve when its inputs change and a few
 * small steps per run that remember their last operands (`remembering`), it allocates nothing
 * (simulations run `runFloatEquations`, which allocates nothing at all). The phases are small functions so that the engine can inline
 * the calculator's methods in each.
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const compiled = compileProjection(plan);
 * const ws = createWorkspace(compiled, decimalCalculator);
 * runEquations(compiled, compiled.slots.values, ws);
 * ws.totalRevenue[0]?.toString() //=> '7200000000' (600,000 phones × ₹12,000 in April 2022)
 * ```
 */
export function runEquations<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  preparePrices(plan, p, ws);
  runVolumes(plan, p, ws);
}

/**
 * Everything after the price path: demand, capacity, allocation, cost of goods, monthly totals
 * and headcount. Without `byComponent` the cost of goods by component (`componentCogs`, a
 * breakdown nothing else here reads) is left for the caller to fill when it is read; without
 * `inUsd`, likewise the revenue in USD (`usdMonth`). @internal
 */
export function runVolumes<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  byComponent = true,
  inUsd = true,
): void {
  prepareDemand(plan, p, ws);
  const hc = plan.headcount;
  if (hc) yearFactors(ws.calc, ws.wageFactor, ws.years, 1, 0, p[hc.wageIncrease] as N);
  const steps = hc ? headcountSteps(plan, hc, ws) : undefined;
  for (let m = 0; m < ws.months; m++) {
    for (let q = 0; q < plan.plants.length; q++) plantCapacity(plan, p, ws, m, q);
    // A month reading the very inputs of the month before serves, costs and totals as it did.
    if (repeatsLastMonth(plan, ws, m)) copyLastMonth(plan, ws, m);
    else {
      for (let q = 0; q < plan.plants.length; q++) allocatePlant(plan, ws, m, q);
      if (byComponent) componentCogs(plan, ws, m);
      monthTotals(plan, ws, m, inUsd);
    }
    if (hc && steps) headcountMonth(plan, hc, p, ws, m, steps);
  }
}
