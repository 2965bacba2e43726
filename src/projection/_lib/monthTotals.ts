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

/** Totals over segments for a month, and revenue in USD when a USD rate is given. */
export function monthTotals<N>(plan: CompiledProjection, ws: Workspace<N>, m: number): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const K = plan.currencies.length;
  let demand = c.zero;
  let units = c.zero;
  let unmet = c.zero;
  let revenue = c.zero;
  let cogs = c.zero;
  let usd = c.zero;
  let exportUnits = c.zero;
  let exportRevenue = c.zero;
  const hasUsd = plan.usd >= 0;
  const usdRate = hasUsd ? (ws.fx[m * K + plan.usd] as N) : c.one;
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
    if (hasUsd) {
      const inUsd = c.divide(ws.revenue[i] as N, usdRate);
      ws.revenueUsd[i] = inUsd;
      usd = c.add(usd, inUsd);
    }
  }
  ws.totalDemand[m] = demand;
  ws.totalUnits[m] = unitsAsDemand ? demand : units;
  ws.totalUnmet[m] = unmet;
  ws.totalRevenue[m] = revenue;
  ws.totalCogs[m] = cogs;
  ws.totalRevenueUsd[m] = usd;
  ws.totalExportUnits[m] = exportUnits;
  ws.totalExportRevenue[m] = exportRevenue;
}
