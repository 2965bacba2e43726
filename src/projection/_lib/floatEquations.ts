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
import { ArgumentError } from '../../core/errors.js';
import type { GrowthCurve } from '../../series/growthCurve.js';
import type {
  CompiledBlock,
  CompiledHeadcount,
  CompiledPlant,
  CompiledProjection,
  CompiledTeam,
} from '../compiledProjection.js';
import { createWorkspace, type Workspace } from '../equations.js';

/** A segment's demand curve on float64, kept while the parameters it reads are unchanged. */
interface FloatCurve {
  /** Whether the curve was built (then from `inputs`). */
  built: boolean;
  /** The parameter values the curve was last built from. */
  readonly inputs: Float64Array;
  /** The curve from the segment's launch month, one value a month. */
  readonly values: Float64Array;
}

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

function divisionByZero(): never {
  throw new ArgumentError('DIVISION_BY_ZERO', 'division by zero');
}

/** a ÷ b, throwing for a zero divisor as `float64Calculator.divide` does. */
function div(a: number, b: number): number {
  return b === 0 ? divisionByZero() : a / b;
}

/**
 * Numbers of curves that no slot holds (an anchor's time, a Decimal of the plan), converted
 * once: a Decimal's `toNumber` goes through its digits as text, and the curve is rebuilt each
 * time a draw changes its values.
 */
const constants = new WeakMap<object, number>();

/** A curve's number as `float64Calculator.from` reads it. */
function num(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'object' || value === null) return float64Calculator.from(value as number);
  let n = constants.get(value);
  if (n === undefined) {
    n = float64Calculator.from(value as unknown as number);
    constants.set(value, n);
  }
  return n;
}

/** Fills `out[y × stride + item]` with (1 + change)^y, by repeated multiplication. */
function yearFactors(
  out: Float64Array,
  years: number,
  stride: number,
  item: number,
  change: number,
): void {
  const step = 1 + change;
  let f = 1;
  for (let y = 0; y < years; y++) {
    out[y * stride + item] = f;
    f *= step;
  }
}

/**
 * A growth curve at months 0…count−1 from its start (t = i/12 years), as `growthValues` with
 * `float64Calculator` and monthly periods computes it.
 */
function curveValues(curve: GrowthCurve, count: number, out: Float64Array): void {
  switch (curve.kind) {
    case 'flat': {
      out.fill(num(curve.value), 0, count);
      return;
    }
    case 'linear': {
      const start = num(curve.start);
      const slope = num(curve.slope);
      for (let i = 0; i < count; i++) out[i] = start + slope * (i / 12);
      return;
    }
    case 'compound': {
      const start = num(curve.start);
      const factor = (1 + num(curve.rate)) ** (1 / 12);
      for (let i = 0; i < count; i++) out[i] = start * factor ** i;
      return;
    }
    case 'sCurve': {
      const start = num(curve.start);
      const span = num(curve.end) - start;
      const mid = num(curve.midpoint);
      const k = -num(curve.steepness);
      for (let i = 0; i < count; i++) {
        const e = Math.exp(k * (i / 12 - mid));
        out[i] = start + div(span, 1 + e);
      }
      return;
    }
    case 'steps': {
      const ats = curve.steps.map((step) => num(step.at));
      const levels = curve.steps.map((step) => num(step.value));
      let level = num(curve.initial);
      let next = 0;
      for (let i = 0; i < count; i++) {
        const t = i / 12;
        while (next < ats.length && !(t < (ats[next] as number))) {
          level = levels[next] as number;
          next++;
        }
        out[i] = level;
      }
      return;
    }
    case 'interpolate': {
      const xs = curve.anchors.map((a) => num(a.at));
      const ys = curve.anchors.map((a) => num(a.value));
      const linear = curve.method === 'linear';
      const last = xs.length - 1;
      let k = 0;
      for (let i = 0; i < count; i++) {
        const t = i / 12;
        while (k < last && !(t < (xs[k + 1] as number))) k++;
        const x0 = xs[k] as number;
        const y0 = ys[k] as number;
        if (k === last || !(t > x0)) {
          out[i] = y0;
          continue;
        }
        const y1 = ys[k + 1] as number;
        const f = div(t - x0, (xs[k + 1] as number) - x0);
        out[i] = linear ? y0 + (y1 - y0) * f : y0 * div(y1, y0) ** f;
      }
      return;
    }
  }
}

/** A segment's demand curve from its launch, rebuilt only when the parameters it reads change. */
function demandCurve(
  plan: CompiledProjection,
  s: number,
  p: Float64Array,
  ws: FloatWorkspace,
): Float64Array {
  const seg = plan.segments[s];
  const cache = ws.floatCurves[s] as FloatCurve;
  const slots = (seg as CompiledProjection['segments'][number]).curveSlots;
  const inputs = cache.inputs;
  let same = cache.built;
  for (let k = 0; k < slots.length && same; k++) same = inputs[k] === p[slots[k] as number];
  if (same) return cache.values;
  curveValues(seg?.growth(p) as GrowthCurve, cache.values.length, cache.values);
  for (let k = 0; k < slots.length; k++) inputs[k] = p[slots[k] as number] as number;
  cache.built = true;
  return cache.values;
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

function toInr(fx: Float64Array, K: number, currency: number, m: number): number {
  return currency < 0 ? 1 : (fx[m * K + currency] as number);
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

function plantCapacity(
  plan: CompiledProjection,
  p: Float64Array,
  ws: FloatWorkspace,
  m: number,
  q: number,
): void {
  const P = plan.plants.length;
  const blocks = (plan.plants[q] as CompiledPlant).blocks;
  let nameplate = 0;
  let capacity = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as CompiledBlock;
    const age = m - block.online;
    if (age < 0) continue;
    const units = p[block.units] as number;
    nameplate += units;
    const target = p[block.rampTarget] as number;
    let share = target;
    if (age < block.rampMonths) {
      const initial = p[block.rampInitial] as number;
      share = initial + div((target - initial) * age, block.rampMonths);
    }
    capacity += units * share;
  }
  (ws.nameplate as Float64Array)[m * P + q] = nameplate;
  (ws.capacity as Float64Array)[m * P + q] = capacity;
}

function allocatePlant(plan: CompiledProjection, ws: FloatWorkspace, m: number, q: number): void {
  const S = plan.segments.length;
  const P = plan.plants.length;
  const order = (plan.plants[q] as CompiledPlant).segments;
  const demandOf = ws.demand as Float64Array;
  const capacity = (ws.capacity as Float64Array)[m * P + q] as number;
  let demand = 0;
  let lastWithDemand = -1;
  for (let k = 0; k < order.length; k++) {
    const d = demandOf[m * S + (order[k] as number)] as number;
    demand += d;
    if (d !== 0) lastWithDemand = k;
  }
  // As `compare(demand, capacity) <= 0`: a NaN compares equal.
  const fits = !(demand > capacity);
  const proRata = plan.allocation === 'pro-rata';
  const unitsOut = ws.units as Float64Array;
  const unmet = ws.unmet as Float64Array;
  const revenue = ws.revenue as Float64Array;
  const cogs = ws.cogs as Float64Array;
  const price = ws.price as Float64Array;
  const unitCost = ws.unitCost as Float64Array;
  const exportShare = ws.exportShare as Float64Array;
  const exportUnits = ws.exportUnits as Float64Array;
  const exportRevenue = ws.exportRevenue as Float64Array;
  const exportPrice = ws.exportPrice as Float64Array;
  let remaining = capacity;
  let produced = 0;
  for (let k = 0; k < order.length; k++) {
    const i = m * S + (order[k] as number);
    const d = demandOf[i] as number;
    let u: number;
    if (fits) u = d;
    else if (!proRata || k === lastWithDemand) u = Math.max(0, Math.min(d, remaining));
    else u = d === 0 ? 0 : div(d * capacity, demand);
    remaining -= u;
    produced += u;
    unitsOut[i] = u;
    unmet[i] = d - u;
    revenue[i] = u * (price[i] as number);
    cogs[i] = u * (unitCost[i] as number);
    const exported = u * (exportShare[i] as number);
    exportUnits[i] = exported;
    exportRevenue[i] = exported * (exportPrice[i] as number);
  }
  // Capped at the capacity as the generic equations do (a sum of shares can land an ulp above).
  (ws.produced as Float64Array)[m * P + q] = fits ? produced : Math.min(produced, capacity);
  (ws.plantDemand as Float64Array)[m * P + q] = demand;
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

function requiredDirect(plan: CompiledProjection, p: Float64Array, ws: FloatWorkspace, m: number) {
  const S = plan.segments.length;
  const P = plan.plants.length;
  const units = ws.units as Float64Array;
  const nameplate = ws.nameplate as Float64Array;
  let total = 0;
  for (let q = 0; q < P; q++) {
    const plant = plan.plants[q] as CompiledPlant;
    const order = plant.segments;
    let labour = 0;
    for (let k = 0; k < order.length; k++) {
      const s = order[k] as number;
      const productivity = plan.segments[s]?.productivity ?? -1;
      if (productivity >= 0) labour += div(units[m * S + s] as number, p[productivity] as number);
    }
    const crew =
      nameplate[m * P + q] === 0 ? 0 : plant.shifts * (p[plant.minimumDirectPerShift] as number);
    total += Math.max(labour, crew);
  }
  return total;
}

function headcountMonth(
  plan: CompiledProjection,
  hc: CompiledHeadcount,
  p: Float64Array,
  ws: FloatWorkspace,
  m: number,
): void {
  const K = plan.currencies.length;
  const fx = ws.fx as Float64Array;
  const closingOf = ws.closing as Float64Array;
  const wage = (ws.wageFactor as Float64Array)[plan.horizon.yearOfMonth[m] ?? 0] as number;
  const direct = requiredDirect(plan, p, ws, m);
  const indirect = direct * (p[hc.indirectRatio] as number);
  let teams = 0;
  let teamsCost = 0;
  for (let t = 0; t < hc.teams.length; t++) {
    const team = hc.teams[t] as CompiledTeam;
    if (m < team.from || m > team.until) continue;
    const heads = p[team.heads] as number;
    teams += heads;
    const perHead = (p[team.cost] as number) * wage * toInr(fx, K, team.costCurrency, m);
    teamsCost += heads * perHead;
  }
  const required = direct + indirect + teams;
  const opening =
    m > 0 ? (closingOf[m - 1] as number) : hc.opening < 0 ? required : (p[hc.opening] as number);
  const exits = (opening * (p[hc.attrition] as number)) / 12;
  const retained = opening - exits;
  let hires = Math.max(0, required - retained);
  let binds = 0;
  if (hc.maxHires >= 0 && hires > (p[hc.maxHires] as number)) {
    hires = p[hc.maxHires] as number;
    binds = 1;
  }
  const closing = retained + hires;
  const average = (opening + closing) / 2;
  const payDirect = (p[hc.payDirect] as number) * wage * toInr(fx, K, hc.payDirectCurrency, m);
  const payIndirect =
    (p[hc.payIndirect] as number) * wage * toInr(fx, K, hc.payIndirectCurrency, m);
  let pd = 0;
  let pi: number;
  let pt = 0;
  if (required === 0) {
    pi = average * payIndirect;
  } else {
    const perRequired = average / required;
    pd = perRequired * (direct * payDirect);
    pi = perRequired * (indirect * payIndirect);
    pt = perRequired * teamsCost;
  }
  (ws.requiredDirect as Float64Array)[m] = direct;
  (ws.requiredIndirect as Float64Array)[m] = indirect;
  (ws.requiredTeams as Float64Array)[m] = teams;
  (ws.required as Float64Array)[m] = required;
  (ws.opening as Float64Array)[m] = opening;
  (ws.exits as Float64Array)[m] = exits;
  (ws.hires as Float64Array)[m] = hires;
  closingOf[m] = closing;
  (ws.average as Float64Array)[m] = average;
  (ws.payrollDirect as Float64Array)[m] = pd;
  (ws.payrollIndirect as Float64Array)[m] = pi;
  (ws.payrollTeams as Float64Array)[m] = pt;
  (ws.payroll as Float64Array)[m] = pd + pi + pt;
  ws.hiringLimitBinds[m] = binds;
}
