/*
 * The projection equations specialised to float64: the same operations, in the same order, as
 * the calculator-generic `runEquations` with `float64Calculator` (so the figures are the same
 * to the last bit), written on numbers and Float64Arrays directly.
 *
 * Why a copy: the generic equations run with Decimal for every reported figure and with numbers
 * for analysis. Once a process has run both, the engine's feedback at every calculator call and
 * buffer access holds both kinds, and the float64 run slows about threefold (measured: 3.6–5.5×
 * for the whole plan). Code that only ever sees numbers stays fast whatever else the process
 * ran. `test/projection/floatEquations.test.ts` proves the copy agrees with the generic
 * equations on every workspace figure, so a change to one that the other lacks fails a test.
 */
import { float64Calculator } from '../../core/calculator.js';
import type { CompiledProjection } from '../compiledProjection.js';
import { createWorkspace, type Workspace } from '../workspace.js';
import { div, toInr } from './floatArithmetic.js';
import { demandCurve, type FloatCurve, yearFactors } from './floatCurves.js';
import { headcountMonth } from './floatHeadcount.js';
import { allocatePlant, plantCapacity } from './floatPlants.js';

/**
 * The workspace of the float64 equations: every buffer a `Float64Array`, and each segment's
 * float64 demand curve.
 */
export interface FloatWorkspace extends Workspace<number> {
  readonly floatCurves: readonly FloatCurve[];
  /** Whether the run skips {@link LEAN_SKIPS} (left at zero). */
  readonly lean: boolean;
}

/**
 * The figures a lean workspace does not compute: revenue in USD (a division per segment and
 * month) and each cost component's cost of goods — what the whole-plan model never reads.
 */
export const LEAN_SKIPS: readonly (keyof Workspace<number>)[] = Object.freeze([
  'revenueUsd',
  'totalRevenueUsd',
  'componentCogs',
]);

/**
 * Allocates the float64 workspace of a plan (the layout of `createWorkspace`, so that output
 * selectors read it alike).
 *
 * @param plan - the compiled plan
 * @param options - `lean`: skip the figures in {@link LEAN_SKIPS}
 * @internal
 */
export function createFloatWorkspace(
  plan: CompiledProjection,
  options: { readonly lean?: boolean } = {},
): FloatWorkspace {
  const ws = createWorkspace(plan, float64Calculator);
  const M = ws.months;
  return {
    ...ws,
    lean: options.lean === true,
    floatCurves: plan.segments.map((seg) => ({
      built: false,
      inputs: new Float64Array(seg.curveSlots.length),
      values: new Float64Array(Math.max(0, M - seg.launch)),
    })),
  };
}

/**
 * The projection equations on float64 (see `runEquations`, whose operations these repeat in
 * order): reads parameters by slot from `p`, writes every monthly figure into `ws`. Allocates
 * nothing beyond a segment's curve object when its inputs change.
 *
 * @internal
 */
export function runFloatEquations(
  plan: CompiledProjection,
  p: Float64Array,
  ws: FloatWorkspace,
): void {
  prepareFx(plan, p, ws);
  prepareSegments(plan, p, ws);
  prepareCosts(plan, p, ws);
  const hc = plan.headcount;
  if (hc) {
    yearFactors(ws.wageFactor as Float64Array, ws.years, 1, 0, p[hc.wageIncrease] as number);
  }
  const P = plan.plants.length;
  for (let m = 0; m < ws.months; m++) {
    for (let q = 0; q < P; q++) {
      plantCapacity(plan, p, ws, m, q);
      allocatePlant(plan, ws, m, q);
    }
    if (!ws.lean) componentCogs(plan, ws, m);
    monthTotals(plan, ws, m);
    if (hc) headcountMonth(plan, hc, p, ws, m);
  }
}

function prepareFx(plan: CompiledProjection, p: Float64Array, ws: FloatWorkspace): void {
  const K = plan.currencies.length;
  const yearOf = plan.horizon.yearOfMonth;
  const fxFactor = ws.fxFactor as Float64Array;
  const out = ws.fx as Float64Array;
  for (let k = 0; k < K; k++) {
    const fx = plan.fx[k];
    if (fx === undefined) continue;
    yearFactors(fxFactor, ws.years, K, k, fx.change < 0 ? 0 : (p[fx.change] as number));
    for (let m = 0; m < ws.months; m++) {
      out[m * K + k] =
        (p[fx.rateSlot[m] ?? 0] as number) * (fxFactor[(yearOf[m] ?? 0) * K + k] as number);
    }
  }
}

function prepareSegments(plan: CompiledProjection, p: Float64Array, ws: FloatWorkspace): void {
  const S = plan.segments.length;
  const K = plan.currencies.length;
  const M = ws.months;
  const yearOf = plan.horizon.yearOfMonth;
  const fx = ws.fx as Float64Array;
  const priceFactor = ws.priceFactor as Float64Array;
  const exportFactor = ws.exportFactor as Float64Array;
  const demand = ws.demand as Float64Array;
  const priceOut = ws.price as Float64Array;
  const exportShare = ws.exportShare as Float64Array;
  const exportPrice = ws.exportPrice as Float64Array;
  const unitCost = ws.unitCost as Float64Array;
  for (let s = 0; s < S; s++) {
    const seg = plan.segments[s];
    if (seg === undefined) continue;
    yearFactors(priceFactor, ws.years, S, s, p[seg.priceChange] as number);
    const first = Math.max(seg.launch, 0);
    const values = first < M ? demandCurve(plan, s, p, ws) : EMPTY_VALUES;
    const price = p[seg.price] as number;
    const ex = seg.exports;
    if (ex !== null) yearFactors(exportFactor, ws.years, S, s, p[ex.priceChange] as number);
    for (let m = 0; m < M; m++) {
      const i = m * S + s;
      demand[i] = m < first || m > seg.end ? 0 : Math.max(0, values[m - seg.launch] ?? 0);
      const domestic =
        price *
        (priceFactor[(yearOf[m] ?? 0) * S + s] as number) *
        toInr(fx, K, seg.priceCurrency, m);
      if (ex === null) {
        priceOut[i] = domestic;
        exportShare[i] = 0;
        exportPrice[i] = 0;
      } else {
        const share = p[ex.shareSlot[m] ?? 0] as number;
        const abroad =
          (p[ex.price] as number) *
          (exportFactor[(yearOf[m] ?? 0) * S + s] as number) *
          toInr(fx, K, ex.currency, m);
        exportShare[i] = share;
        exportPrice[i] = abroad;
        priceOut[i] = (1 - share) * domestic + share * abroad;
      }
      unitCost[i] = 0;
    }
  }
}

const EMPTY_VALUES = new Float64Array(0);

function prepareCosts(plan: CompiledProjection, p: Float64Array, ws: FloatWorkspace): void {
  const S = plan.segments.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const yearOf = plan.horizon.yearOfMonth;
  const fx = ws.fx as Float64Array;
  const costFactor = ws.costFactor as Float64Array;
  const componentCost = ws.componentCost as Float64Array;
  const unitCost = ws.unitCost as Float64Array;
  const price = ws.price as Float64Array;
  const exportShare = ws.exportShare as Float64Array;
  for (let j = 0; j < C; j++) {
    const cost = plan.costs[j];
    if (cost === undefined) continue;
    yearFactors(costFactor, ws.years, C, j, p[cost.change] as number);
    const amount = p[cost.amount] as number;
    const seg = plan.segments[cost.segment];
    const passes = seg !== undefined && cost.currency >= 0 && seg.priceCurrency < 0;
    const passThrough = passes ? (p[seg.passThrough] as number) : 0;
    for (let m = 0; m < ws.months; m++) {
      const inForeign = amount * (costFactor[(yearOf[m] ?? 0) * C + j] as number);
      const unit = inForeign * toInr(fx, K, cost.currency, m);
      componentCost[m * C + j] = unit;
      const i = m * S + cost.segment;
      unitCost[i] = (unitCost[i] as number) + unit;
      if (passes) {
        // FX pass-through into the domestic units' rupee price (see `prepareCosts`).
        const moved = inForeign * (toInr(fx, K, cost.currency, m) - toInr(fx, K, cost.currency, 0));
        price[i] = (price[i] as number) + passThrough * moved * (1 - (exportShare[i] as number));
      }
    }
  }
}

function componentCogs(plan: CompiledProjection, ws: FloatWorkspace, m: number): void {
  const S = plan.segments.length;
  const C = plan.costs.length;
  const units = ws.units as Float64Array;
  const cost = ws.componentCost as Float64Array;
  const out = ws.componentCogs as Float64Array;
  for (let j = 0; j < C; j++) {
    const segment = plan.costs[j]?.segment ?? 0;
    out[m * C + j] = (units[m * S + segment] as number) * (cost[m * C + j] as number);
  }
}

function monthTotals(plan: CompiledProjection, ws: FloatWorkspace, m: number): void {
  const S = plan.segments.length;
  const K = plan.currencies.length;
  const demandOf = ws.demand as Float64Array;
  const unitsOf = ws.units as Float64Array;
  const unmetOf = ws.unmet as Float64Array;
  const revenueOf = ws.revenue as Float64Array;
  const cogsOf = ws.cogs as Float64Array;
  const exportUnitsOf = ws.exportUnits as Float64Array;
  const exportRevenueOf = ws.exportRevenue as Float64Array;
  const revenueUsd = ws.revenueUsd as Float64Array;
  let demand = 0;
  let units = 0;
  let unmet = 0;
  let revenue = 0;
  let cogs = 0;
  let usd = 0;
  let exportUnits = 0;
  let exportRevenue = 0;
  const hasUsd = plan.usd >= 0 && !ws.lean;
  const usdRate = hasUsd ? ((ws.fx as Float64Array)[m * K + plan.usd] as number) : 1;
  for (let s = 0; s < S; s++) {
    const i = m * S + s;
    demand += demandOf[i] as number;
    units += unitsOf[i] as number;
    unmet += unmetOf[i] as number;
    revenue += revenueOf[i] as number;
    cogs += cogsOf[i] as number;
    exportUnits += exportUnitsOf[i] as number;
    exportRevenue += exportRevenueOf[i] as number;
    if (hasUsd) {
      const inUsd = div(revenueOf[i] as number, usdRate);
      revenueUsd[i] = inUsd;
      usd += inUsd;
    }
  }
  (ws.totalDemand as Float64Array)[m] = demand;
  (ws.totalUnits as Float64Array)[m] = units;
  (ws.totalUnmet as Float64Array)[m] = unmet;
  (ws.totalRevenue as Float64Array)[m] = revenue;
  (ws.totalCogs as Float64Array)[m] = cogs;
  (ws.totalRevenueUsd as Float64Array)[m] = usd;
  (ws.totalExportUnits as Float64Array)[m] = exportUnits;
  (ws.totalExportRevenue as Float64Array)[m] = exportRevenue;
}
