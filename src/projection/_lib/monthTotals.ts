import type { CompiledProjection } from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';

// A month's sums once its plants are allocated: cost of goods by component, totals over segments.

export function componentCogs<N>(plan: CompiledProjection, ws: Workspace<N>, m: number): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const C = plan.costs.length;
  for (let j = 0; j < C; j++) {
    const segment = plan.costs[j]?.segment ?? 0;
    ws.componentCogs[m * C + j] = c.multiply(
      ws.units[m * S + segment] as N,
      ws.componentCost[m * C + j] as N,
    );
  }
}

/**
 * Totals over segments for a month, and revenue in USD when a USD rate is given — unless `inUsd`
 * is false: then the USD buffers are left for {@link usdMonth} to fill when first read.
 */
export function monthTotals<N>(
  plan: CompiledProjection,
  ws: Workspace<N>,
  m: number,
  inUsd = true,
): void {
  const c = ws.calc;
  const S = plan.segments.length;
  let demand = c.zero;
  let units = c.zero;
  let unmet = c.zero;
  let revenue = c.zero;
  let cogs = c.zero;
  let exportUnits = c.zero;
  let exportRevenue = c.zero;
  // Where every segment's units are its demand (the very values: no plant was short), the
  // units' total is the demand's — the same additions in the same order — and is taken from it.
  let unitsAsDemand = true;
  for (let s = 0; s < S && unitsAsDemand; s++) {
    unitsAsDemand = Object.is(ws.units[m * S + s], ws.demand[m * S + s]);
  }
  for (let s = 0; s < S; s++) {
    const i = m * S + s;
    demand = c.add(demand, ws.demand[i] as N);
    if (!unitsAsDemand) units = c.add(units, ws.units[i] as N);
    unmet = c.add(unmet, ws.unmet[i] as N);
    revenue = c.add(revenue, ws.revenue[i] as N);
    cogs = c.add(cogs, ws.cogs[i] as N);
    exportUnits = c.add(exportUnits, ws.exportUnits[i] as N);
    exportRevenue = c.add(exportRevenue, ws.exportRevenue[i] as N);
  }
  ws.totalDemand[m] = demand;
  ws.totalUnits[m] = unitsAsDemand ? demand : units;
  ws.totalUnmet[m] = unmet;
  ws.totalRevenue[m] = revenue;
  ws.totalCogs[m] = cogs;
  ws.totalExportUnits[m] = exportUnits;
  ws.totalExportRevenue[m] = exportRevenue;
  if (inUsd) usdMonth(plan, ws, m);
}

/**
 * A month's revenue in USD, by segment (its rupee revenue at the month's rate) and in total
 * (their sum, in segment order); zero in total without a USD rate. It reads only the month's
 * revenue and rate, so it gives the same digits whenever it runs after them — the model's exact
 * run leaves it until a report reads the dollars (600 divisions of the seed's 60 months).
 * @internal
 */
export function usdMonth<N>(plan: CompiledProjection, ws: Workspace<N>, m: number): void {
  const c = ws.calc;
  let usd = c.zero;
  if (plan.usd >= 0) {
    const S = plan.segments.length;
    const usdRate = ws.fx[m * plan.currencies.length + plan.usd] as N;
    for (let s = 0; s < S; s++) {
      const i = m * S + s;
      const inUsd = c.divide(ws.revenue[i] as N, usdRate);
      ws.revenueUsd[i] = inUsd;
      usd = c.add(usd, inUsd);
    }
  }
  ws.totalRevenueUsd[m] = usd;
}
