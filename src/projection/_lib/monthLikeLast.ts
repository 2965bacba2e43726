import type { CompiledProjection } from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';

// A month whose inputs are the very values of the month before (a flat plan within a fiscal
// year: the opening-run-rate baseline's demand held, prices and rates that hold for the year)
// serves, costs and totals exactly as that month did: allocation, cost of goods and the month's
// totals are functions of those inputs alone, and the arithmetic is deterministic. Such a month
// takes the month before's results instead of computing them again — the same digits.

/**
 * True when month `m` (> 0) reads the very same values (`Object.is`) as month m − 1 wherever
 * allocation, cost of goods and the month's totals read: each segment's demand, price, unit
 * cost, export share and price, each plant's usable capacity, each cost component's unit cost
 * and the USD rate. Call after the month's capacity is computed.
 * @internal
 */
export function repeatsLastMonth<N>(
  plan: CompiledProjection,
  ws: Workspace<N>,
  m: number,
): boolean {
  if (m <= 0) return false;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const same = (buffer: ArrayLike<N>, stride: number, count: number): boolean => {
    const now = m * stride;
    const before = now - stride;
    for (let k = 0; k < count; k++) {
      if (!Object.is(buffer[now + k], buffer[before + k])) return false;
    }
    return true;
  };
  return (
    same(ws.demand, S, S) &&
    same(ws.capacity, P, P) &&
    same(ws.price, S, S) &&
    same(ws.unitCost, S, S) &&
    same(ws.exportShare, S, S) &&
    same(ws.exportPrice, S, S) &&
    same(ws.componentCost, C, C) &&
    (plan.usd < 0 || Object.is(ws.fx[m * K + plan.usd], ws.fx[(m - 1) * K + plan.usd]))
  );
}

/** The buffers allocation, cost of goods and the month's totals write, by segment and total. */
const BY_SEGMENT = [
  'units',
  'unmet',
  'revenue',
  'cogs',
  'revenueUsd',
  'exportUnits',
  'exportRevenue',
] as const;
const TOTALS = [
  'totalDemand',
  'totalUnits',
  'totalUnmet',
  'totalRevenue',
  'totalCogs',
  'totalRevenueUsd',
  'totalExportUnits',
  'totalExportRevenue',
] as const;

/**
 * Month `m`'s allocation, cost of goods and totals taken from month m − 1 (see
 * {@link repeatsLastMonth}): units, unmet demand, revenue (INR, USD, exports) and COGS by
 * segment, output and demand by plant, COGS by cost component, and the month's totals.
 * @internal
 */
export function copyLastMonth<N>(plan: CompiledProjection, ws: Workspace<N>, m: number): void {
  const copy = (buffer: { [i: number]: N }, stride: number): void => {
    const now = m * stride;
    for (let k = 0; k < stride; k++) buffer[now + k] = buffer[now - stride + k] as N;
  };
  const S = plan.segments.length;
  for (const name of BY_SEGMENT) copy(ws[name], S);
  copy(ws.produced, plan.plants.length);
  copy(ws.plantDemand, plan.plants.length);
  copy(ws.componentCogs, plan.costs.length);
  for (const name of TOTALS) copy(ws[name], 1);
}
