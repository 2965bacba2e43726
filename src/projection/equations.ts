import type { Calculator } from '../core/calculator.js';
import type { GrowthCurve } from '../series/index.js';
import { growthValues } from '../series/index.js';
import type {
  CompiledBlock,
  CompiledHeadcount,
  CompiledPlant,
  CompiledProjection,
  CompiledSegment,
  CompiledTeam,
} from './compiledProjection.js';

/** A writable buffer: a `Float64Array` for float64 runs, a plain array for Decimal runs. */
export interface WorkspaceBuffer<N> {
  [index: number]: N;
  readonly length: number;
}

/**
 * The working memory of one projection run: every monthly figure the equations produce, laid
 * out flat (`[month × count + item]`). Created once per plan and calculator and reused across
 * runs, so a float64 simulation allocates nothing per draw beyond the growth curves.
 */
export interface Workspace<N> {
  readonly calc: Calculator<N>;
  readonly months: number;
  readonly years: number;
  // Month × segment
  readonly demand: WorkspaceBuffer<N>;
  readonly units: WorkspaceBuffer<N>;
  readonly unmet: WorkspaceBuffer<N>;
  /** INR per unit. */
  readonly price: WorkspaceBuffer<N>;
  /** INR per unit, all cost components. */
  readonly unitCost: WorkspaceBuffer<N>;
  readonly revenue: WorkspaceBuffer<N>;
  readonly cogs: WorkspaceBuffer<N>;
  /** USD (zero when no USD rate is given). */
  readonly revenueUsd: WorkspaceBuffer<N>;
  /** Share of units exported (zero without exports). */
  readonly exportShare: WorkspaceBuffer<N>;
  /** INR per exported unit. */
  readonly exportPrice: WorkspaceBuffer<N>;
  readonly exportUnits: WorkspaceBuffer<N>;
  readonly exportRevenue: WorkspaceBuffer<N>;
  // Month × cost component
  readonly componentCost: WorkspaceBuffer<N>;
  readonly componentCogs: WorkspaceBuffer<N>;
  // Month × plant
  readonly nameplate: WorkspaceBuffer<N>;
  readonly capacity: WorkspaceBuffer<N>;
  readonly produced: WorkspaceBuffer<N>;
  readonly plantDemand: WorkspaceBuffer<N>;
  // Month × currency: INR per unit
  readonly fx: WorkspaceBuffer<N>;
  // Month (totals and headcount)
  readonly totalDemand: WorkspaceBuffer<N>;
  readonly totalUnits: WorkspaceBuffer<N>;
  readonly totalUnmet: WorkspaceBuffer<N>;
  readonly totalRevenue: WorkspaceBuffer<N>;
  readonly totalCogs: WorkspaceBuffer<N>;
  readonly totalRevenueUsd: WorkspaceBuffer<N>;
  readonly totalExportUnits: WorkspaceBuffer<N>;
  readonly totalExportRevenue: WorkspaceBuffer<N>;
  readonly requiredDirect: WorkspaceBuffer<N>;
  readonly requiredIndirect: WorkspaceBuffer<N>;
  readonly requiredTeams: WorkspaceBuffer<N>;
  readonly required: WorkspaceBuffer<N>;
  readonly opening: WorkspaceBuffer<N>;
  readonly exits: WorkspaceBuffer<N>;
  readonly hires: WorkspaceBuffer<N>;
  readonly closing: WorkspaceBuffer<N>;
  readonly average: WorkspaceBuffer<N>;
  readonly payrollDirect: WorkspaceBuffer<N>;
  readonly payrollIndirect: WorkspaceBuffer<N>;
  readonly payrollTeams: WorkspaceBuffer<N>;
  readonly payroll: WorkspaceBuffer<N>;
  /** 1 where the hiring limit kept closing heads below what was required. */
  readonly hiringLimitBinds: Uint8Array;
  // Year-indexed factors, rebuilt each run: (1 + change)^year
  readonly priceFactor: WorkspaceBuffer<N>;
  readonly exportFactor: WorkspaceBuffer<N>;
  readonly costFactor: WorkspaceBuffer<N>;
  readonly fxFactor: WorkspaceBuffer<N>;
  readonly wageFactor: WorkspaceBuffer<N>;
  /**
   * Per segment, the demand curve of the last run and the parameter values it was built from:
   * a simulation that does not vary a segment's growth reuses its curve instead of rebuilding it.
   */
  /** The whole numbers 0…max(months, 12, shifts, ramp months) as N, for the equations. */
  readonly counts: readonly N[];
  readonly curveCache: { inputs: unknown[] | undefined; values: N[] }[];
  /** The curves' times in years from launch (month i: i/12), computed once for all segments. */
  readonly curveTimes: N[];
}

function buffer<N>(calc: Calculator<N>, length: number): WorkspaceBuffer<N> {
  return (calc.kind === 'float64'
    ? new Float64Array(length)
    : new Array<N>(length).fill(calc.zero)) as unknown as WorkspaceBuffer<N>;
}

/**
 * Allocates the workspace for a plan and a calculator.
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const ws = createWorkspace(compileProjection(plan), float64Calculator);
 * ws.units.length //=> 24 (months × segments)
 * ```
 */
export function createWorkspace<N>(plan: CompiledProjection, calc: Calculator<N>): Workspace<N> {
  const M = plan.horizon.months.length;
  const Y = plan.horizon.fiscalYears.length;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const b = (n: number) => buffer(calc, n);
  return {
    calc,
    months: M,
    years: Y,
    demand: b(M * S),
    units: b(M * S),
    unmet: b(M * S),
    price: b(M * S),
    unitCost: b(M * S),
    revenue: b(M * S),
    cogs: b(M * S),
    revenueUsd: b(M * S),
    exportShare: b(M * S),
    exportPrice: b(M * S),
    exportUnits: b(M * S),
    exportRevenue: b(M * S),
    componentCost: b(M * C),
    componentCogs: b(M * C),
    nameplate: b(M * P),
    capacity: b(M * P),
    produced: b(M * P),
    plantDemand: b(M * P),
    fx: b(M * K),
    totalDemand: b(M),
    totalUnits: b(M),
    totalUnmet: b(M),
    totalRevenue: b(M),
    totalCogs: b(M),
    totalRevenueUsd: b(M),
    totalExportUnits: b(M),
    totalExportRevenue: b(M),
    requiredDirect: b(M),
    requiredIndirect: b(M),
    requiredTeams: b(M),
    required: b(M),
    opening: b(M),
    exits: b(M),
    hires: b(M),
    closing: b(M),
    average: b(M),
    payrollDirect: b(M),
    payrollIndirect: b(M),
    payrollTeams: b(M),
    payroll: b(M),
    hiringLimitBinds: new Uint8Array(M),
    priceFactor: b(Y * S),
    exportFactor: b(Y * S),
    costFactor: b(Y * C),
    fxFactor: b(Y * K),
    wageFactor: b(Y),
    counts: Array.from(
      {
        length:
          Math.max(
            M,
            12,
            ...plan.plants.flatMap((q) => [q.shifts, ...q.blocks.map((b) => b.rampMonths)]),
          ) + 1,
      },
      (_, k) => calc.from(k),
    ),
    curveCache: plan.segments.map(() => ({ inputs: undefined, values: [] })),
    curveTimes: [],
  };
}

/** Fills `out[y × stride + item]` with (1 + change)^y, by repeated multiplication. */
function yearFactors<N>(
  calc: Calculator<N>,
  out: WorkspaceBuffer<N>,
  years: number,
  stride: number,
  item: number,
  change: N,
): void {
  const step = calc.add(calc.one, change);
  let f = calc.one;
  for (let y = 0; y < years; y++) {
    out[y * stride + item] = f;
    f = calc.multiply(f, step);
  }
}

/** A segment's demand curve from its launch, reused while its inputs are unchanged. */
function demandCurve<N>(
  plan: CompiledProjection,
  s: number,
  p: ArrayLike<N>,
  ws: Workspace<N>,
): readonly N[] {
  const seg = plan.segments[s];
  const cache = ws.curveCache[s];
  if (seg === undefined || cache === undefined) return [];
  const slots = seg.curveSlots;
  const last = cache.inputs;
  if (last !== undefined) {
    let same = true;
    for (let k = 0; k < slots.length && same; k++) same = last[k] === p[slots[k] ?? 0];
    if (same) return cache.values;
  }
  // The curve's numbers are N here (Decimal, or float64 in a sweep): the evaluator takes either.
  const curve = seg.growth(p) as GrowthCurve;
  cache.values = growthValues(curve, ws.months - seg.launch, {
    calculator: ws.calc,
    monthsPerPeriod: 1,
    into: cache.values as N[],
    times: ws.curveTimes,
  });
  cache.inputs = Array.from(slots, (k) => p[k]);
  return cache.values;
}

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
 * every result into `ws`. Apart from a segment's growth curve when its inputs change, the
 * float64 run allocates nothing. The phases are small functions so that the engine can inline
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
 * The price path of a run — FX by month, each segment's INR price (with its exports and FX
 * pass-through), each cost component and unit cost — which reads only the plan's prices, costs,
 * FX and horizon, never its volumes or capacity. Two runs whose plans share those inputs (see
 * {@link samePricePath}) fill the very same values: one can take the other's ({@link copyPrices}).
 * @internal
 */
export function preparePrices<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
): void {
  prepareFx(plan, p, ws);
  prepareSegmentPrices(plan, p, ws);
  prepareCosts(plan, p, ws);
}

/** The price path's buffers (what {@link preparePrices} writes). */
const PRICE_BUFFERS = [
  'fx',
  'fxFactor',
  'priceFactor',
  'exportFactor',
  'price',
  'exportShare',
  'exportPrice',
  'unitCost',
  'componentCost',
  'costFactor',
] as const;

/**
 * Takes the price path from a workspace another run filled, for a plan with the same price path
 * ({@link samePricePath}): the values are the ones {@link preparePrices} would compute.
 * @internal
 */
export function copyPrices<N>(from: Workspace<N>, ws: Workspace<N>): void {
  for (const name of PRICE_BUFFERS) {
    const source = from[name];
    const target = ws[name];
    for (let i = 0; i < target.length; i++) target[i] = source[i] as N;
  }
}

/**
 * True when two plans have the same price path: the same horizon, FX and, segment by segment,
 * the same price, costs and exports — the very same parsed objects (an opening-run-rate baseline
 * keeps the plan's), so their values, currencies and slots' contents are the same. By identity,
 * never by value: a miss only recomputes.
 * @internal
 */
export function samePricePath(a: CompiledProjection, b: CompiledProjection): boolean {
  if (a === b) return true;
  const x = a.input;
  const y = b.input;
  if (x.horizon !== y.horizon || x.fx !== y.fx || x.segments.length !== y.segments.length) {
    return false;
  }
  return x.segments.every((s, i) => {
    const t = y.segments[i];
    return t !== undefined && s.price === t.price && s.costs === t.costs && s.exports === t.exports;
  });
}

/**
 * Everything after the price path: demand, capacity, allocation, cost of goods, monthly totals
 * and headcount. @internal
 */
export function runVolumes<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  prepareDemand(plan, p, ws);
  const hc = plan.headcount;
  if (hc) yearFactors(ws.calc, ws.wageFactor, ws.years, 1, 0, p[hc.wageIncrease] as N);
  for (let m = 0; m < ws.months; m++) {
    for (let q = 0; q < plan.plants.length; q++) {
      plantCapacity(plan, p, ws, m, q);
      allocatePlant(plan, ws, m, q);
    }
    componentCogs(plan, ws, m);
    monthTotals(plan, ws, m);
    if (hc) headcountMonth(plan, hc, p, ws, m);
  }
}

/** INR per unit of each currency, by month: the path's rate × (1 + yearly change)^year. */
function prepareFx<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  const c = ws.calc;
  const K = plan.currencies.length;
  const yearOf = plan.horizon.yearOfMonth;
  for (let k = 0; k < K; k++) {
    const fx = plan.fx[k];
    if (fx === undefined) continue;
    yearFactors(c, ws.fxFactor, ws.years, K, k, fx.change < 0 ? c.zero : (p[fx.change] as N));
    for (let m = 0; m < ws.months; m++) {
      ws.fx[m * K + k] = c.multiply(
        p[fx.rateSlot[m] ?? 0] as N,
        ws.fxFactor[(yearOf[m] ?? 0) * K + k] as N,
      );
    }
  }
}

function toInr<N>(ws: Workspace<N>, K: number, currency: number, m: number): N {
  return currency < 0 ? ws.calc.one : (ws.fx[m * K + currency] as N);
}

/** Demand by month: the segment's curve from its launch, zero before it and after its end. */
function prepareDemand<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const M = ws.months;
  for (let s = 0; s < S; s++) {
    const seg = plan.segments[s];
    if (seg === undefined) continue;
    const first = Math.max(seg.launch, 0);
    const values = first < M ? demandCurve(plan, s, p, ws) : [];
    for (let m = 0; m < M; m++) {
      // A curve below zero (a falling linear one, say) means no demand, not negative units.
      // After its end month a segment sells nothing (a model transition).
      ws.demand[m * S + s] =
        m < first || m > seg.end ? c.zero : c.max(c.zero, values[m - seg.launch] ?? c.zero);
    }
  }
}

/** The INR price of each segment by month (its exports' price and share too). */
function prepareSegmentPrices<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const K = plan.currencies.length;
  const M = ws.months;
  const yearOf = plan.horizon.yearOfMonth;
  for (let s = 0; s < S; s++) {
    const seg = plan.segments[s];
    if (seg === undefined) continue;
    yearFactors(c, ws.priceFactor, ws.years, S, s, p[seg.priceChange] as N);
    const price = p[seg.price] as N;
    const ex = seg.exports;
    if (ex !== null) yearFactors(c, ws.exportFactor, ws.years, S, s, p[ex.priceChange] as N);
    // The year's list price (price × its yearly change) is computed once a year.
    let year = -1;
    let listPrice = price;
    let listAbroad = price;
    for (let m = 0; m < M; m++) {
      const i = m * S + s;
      if (yearOf[m] !== year) {
        year = yearOf[m] ?? 0;
        listPrice = c.multiply(price, ws.priceFactor[year * S + s] as N);
        if (ex !== null)
          listAbroad = c.multiply(p[ex.price] as N, ws.exportFactor[year * S + s] as N);
      }
      const domestic = c.multiply(listPrice, toInr(ws, K, seg.priceCurrency, m));
      if (ex === null) {
        ws.price[i] = domestic;
        ws.exportShare[i] = c.zero;
        ws.exportPrice[i] = c.zero;
      } else {
        // Exported units sell at their own price, converted at the month's rate; the average
        // price weighs the two by the share of units.
        const share = p[ex.shareSlot[m] ?? 0] as N;
        const abroad = c.multiply(listAbroad, toInr(ws, K, ex.currency, m));
        ws.exportShare[i] = share;
        ws.exportPrice[i] = abroad;
        ws.price[i] = c.add(
          c.multiply(c.subtract(c.one, share), domestic),
          c.multiply(share, abroad),
        );
      }
      ws.unitCost[i] = c.zero;
    }
  }
}

/** Each cost component in INR per unit, by month, and each segment's unit cost. */
function prepareCosts<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const yearOf = plan.horizon.yearOfMonth;
  // Each currency's rupee move since the first month, by month, computed once for all the
  // components that pass it through (below).
  let rateMoves: N[] | undefined;
  const rateMove = (k: number, m: number): N => {
    rateMoves ??= new Array<N>(ws.months * K);
    let move = rateMoves[m * K + k];
    if (move === undefined) {
      move = c.subtract(toInr(ws, K, k, m), toInr(ws, K, k, 0));
      rateMoves[m * K + k] = move;
    }
    return move;
  };
  for (let j = 0; j < C; j++) {
    const cost = plan.costs[j];
    if (cost === undefined) continue;
    yearFactors(c, ws.costFactor, ws.years, C, j, p[cost.change] as N);
    const amount = p[cost.amount] as N;
    const seg = plan.segments[cost.segment];
    const passes = seg !== undefined && cost.currency >= 0 && seg.priceCurrency < 0;
    // The component's cost in its currency (amount × its yearly change), once a year.
    let year = -1;
    let inForeign = amount;
    for (let m = 0; m < ws.months; m++) {
      if (yearOf[m] !== year) {
        year = yearOf[m] ?? 0;
        inForeign = c.multiply(amount, ws.costFactor[year * C + j] as N);
      }
      const unit = c.multiply(inForeign, toInr(ws, K, cost.currency, m));
      ws.componentCost[m * C + j] = unit;
      const i = m * S + cost.segment;
      ws.unitCost[i] = c.add(ws.unitCost[i] as N, unit);
      if (passes) {
        // FX pass-through: the rupee price moves by a share of what the rupee move since the
        // first month did to this component's cost (a weaker rupee raises a cost-plus price).
        const moved = c.multiply(inForeign, rateMove(cost.currency, m));
        // Only the domestic units' rupee price passes the cost change through.
        const domesticShare = c.subtract(c.one, ws.exportShare[i] as N);
        ws.price[i] = c.add(
          ws.price[i] as N,
          c.multiply(
            c.multiply(p[(seg as CompiledSegment).passThrough] as N, moved),
            domesticShare,
          ),
        );
      }
    }
  }
}

/** A plant's nameplate and available capacity in a month (blocks on line, ramped). */
function plantCapacity<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
  q: number,
): void {
  const c = ws.calc;
  const P = plan.plants.length;
  const blocks = plan.plants[q]?.blocks ?? [];
  let nameplate = c.zero;
  let capacity = c.zero;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as CompiledBlock;
    const age = m - block.online;
    if (age < 0) continue;
    const units = p[block.units] as N;
    nameplate = c.add(nameplate, units);
    const target = p[block.rampTarget] as N;
    let share = target;
    if (age < block.rampMonths) {
      // Linear from `initial` on the month it comes on line to `target` after rampMonths.
      const initial = p[block.rampInitial] as N;
      share = c.add(
        initial,
        c.divide(
          c.multiply(c.subtract(target, initial), ws.counts[age] as N),
          ws.counts[block.rampMonths] as N,
        ),
      );
    }
    capacity = c.add(capacity, c.multiply(units, share));
  }
  ws.nameplate[m * P + q] = nameplate;
  ws.capacity[m * P + q] = capacity;
}

/**
 * Serves a plant's segments from its capacity: everything when demand fits; otherwise by
 * priority (each takes what it needs from what is left) or pro rata to demand, the last segment
 * with demand taking the exact remainder so that units never exceed capacity. Unmet demand is
 * kept, never dropped.
 */
function allocatePlant<N>(plan: CompiledProjection, ws: Workspace<N>, m: number, q: number): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const order = plan.plants[q]?.segments ?? EMPTY;
  const capacity = ws.capacity[m * P + q] as N;
  let demand = c.zero;
  let lastWithDemand = -1;
  for (let k = 0; k < order.length; k++) {
    const d = ws.demand[m * S + (order[k] ?? 0)] as N;
    demand = c.add(demand, d);
    if (!c.isZero(d)) lastWithDemand = k;
  }
  const fits = c.compare(demand, capacity) <= 0;
  const proRata = plan.allocation === 'pro-rata';
  let remaining = capacity;
  let produced = c.zero;
  for (let k = 0; k < order.length; k++) {
    const i = m * S + (order[k] ?? 0);
    const d = ws.demand[i] as N;
    let u: N;
    if (fits) u = d;
    else if (!proRata || k === lastWithDemand) u = c.max(c.zero, c.min(d, remaining));
    else u = c.isZero(d) ? c.zero : c.divide(c.multiply(d, capacity), demand);
    remaining = c.subtract(remaining, u);
    produced = c.add(produced, u);
    ws.units[i] = u;
    ws.unmet[i] = c.subtract(d, u);
    ws.revenue[i] = c.multiply(u, ws.price[i] as N);
    ws.cogs[i] = c.multiply(u, ws.unitCost[i] as N);
    const exported = c.multiply(u, ws.exportShare[i] as N);
    ws.exportUnits[i] = exported;
    ws.exportRevenue[i] = c.multiply(exported, ws.exportPrice[i] as N);
  }
  // When demand exceeds capacity every unit of it is used: the shares add up to the capacity
  // exactly, but their sum in 40-digit decimals (or float64) can land one unit in the last
  // digit above it. What the plant reports it made is capped at the capacity, never more.
  ws.produced[m * P + q] = fits ? produced : c.min(produced, capacity);
  ws.plantDemand[m * P + q] = demand;
}

const EMPTY = new Int32Array(0);

function componentCogs<N>(plan: CompiledProjection, ws: Workspace<N>, m: number): void {
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
function monthTotals<N>(plan: CompiledProjection, ws: Workspace<N>, m: number): void {
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
  for (let s = 0; s < S; s++) {
    const i = m * S + s;
    demand = c.add(demand, ws.demand[i] as N);
    units = c.add(units, ws.units[i] as N);
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
  ws.totalUnits[m] = units;
  ws.totalUnmet[m] = unmet;
  ws.totalRevenue[m] = revenue;
  ws.totalCogs[m] = cogs;
  ws.totalRevenueUsd[m] = usd;
  ws.totalExportUnits[m] = exportUnits;
  ws.totalExportRevenue[m] = exportRevenue;
}

/** Direct staff a month's production needs: per plant, by productivity, at least the crew. */
function requiredDirect<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
): N {
  const c = ws.calc;
  const S = plan.segments.length;
  const P = plan.plants.length;
  let total = c.zero;
  for (let q = 0; q < P; q++) {
    const plant = plan.plants[q] as CompiledPlant;
    const order = plant.segments;
    let labour = c.zero;
    for (let k = 0; k < order.length; k++) {
      const s = order[k] ?? 0;
      const productivity = plan.segments[s]?.productivity ?? -1;
      if (productivity >= 0)
        labour = c.add(labour, c.divide(ws.units[m * S + s] as N, p[productivity] as N));
    }
    // A plant on line staffs every shift with at least its minimum crew.
    const crew = c.isZero(ws.nameplate[m * P + q] as N)
      ? c.zero
      : c.multiply(ws.counts[plant.shifts] as N, p[plant.minimumDirectPerShift] as N);
    total = c.add(total, c.max(labour, crew));
  }
  return total;
}

/**
 * One month of headcount: the requirement (direct, indirect = direct × ratio, planned teams);
 * exits = opening × yearly attrition ÷ 12; hires replace exits and close the gap to the
 * requirement, up to the monthly limit (which then binds); no lay-offs. Payroll is on the
 * month's average heads, split across direct, indirect and teams as the requirement is.
 */
function headcountMonth<N>(
  plan: CompiledProjection,
  hc: CompiledHeadcount,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
): void {
  const c = ws.calc;
  const zero = c.zero;
  const K = plan.currencies.length;
  const wage = ws.wageFactor[plan.horizon.yearOfMonth[m] ?? 0] as N;
  const direct = requiredDirect(plan, p, ws, m);
  const indirect = c.multiply(direct, p[hc.indirectRatio] as N);
  let teams = zero;
  let teamsCost = zero;
  for (let t = 0; t < hc.teams.length; t++) {
    const team = hc.teams[t] as CompiledTeam;
    if (m < team.from || m > team.until) continue;
    const heads = p[team.heads] as N;
    teams = c.add(teams, heads);
    const perHead = c.multiply(
      c.multiply(p[team.cost] as N, wage),
      toInr(ws, K, team.costCurrency, m),
    );
    teamsCost = c.add(teamsCost, c.multiply(heads, perHead));
  }
  const required = c.add(c.add(direct, indirect), teams);
  const opening =
    m > 0 ? (ws.closing[m - 1] as N) : hc.opening < 0 ? required : (p[hc.opening] as N);
  const exits = c.divide(c.multiply(opening, p[hc.attrition] as N), ws.counts[12] as N);
  const retained = c.subtract(opening, exits);
  let hires = c.max(zero, c.subtract(required, retained));
  let binds = 0;
  if (hc.maxHires >= 0 && c.compare(hires, p[hc.maxHires] as N) > 0) {
    hires = p[hc.maxHires] as N;
    binds = 1;
  }
  const closing = c.add(retained, hires);
  const average = c.divide(c.add(opening, closing), ws.counts[2] as N);
  const payDirect = c.multiply(
    c.multiply(p[hc.payDirect] as N, wage),
    toInr(ws, K, hc.payDirectCurrency, m),
  );
  const payIndirect = c.multiply(
    c.multiply(p[hc.payIndirect] as N, wage),
    toInr(ws, K, hc.payIndirectCurrency, m),
  );
  let pd = zero;
  let pi: N;
  let pt = zero;
  if (c.isZero(required)) {
    // Nobody is required (before production starts): those on the books count as overhead.
    pi = c.multiply(average, payIndirect);
  } else {
    const perRequired = c.divide(average, required);
    pd = c.multiply(perRequired, c.multiply(direct, payDirect));
    pi = c.multiply(perRequired, c.multiply(indirect, payIndirect));
    pt = c.multiply(perRequired, teamsCost);
  }
  ws.requiredDirect[m] = direct;
  ws.requiredIndirect[m] = indirect;
  ws.requiredTeams[m] = teams;
  ws.required[m] = required;
  ws.opening[m] = opening;
  ws.exits[m] = exits;
  ws.hires[m] = hires;
  ws.closing[m] = closing;
  ws.average[m] = average;
  ws.payrollDirect[m] = pd;
  ws.payrollIndirect[m] = pi;
  ws.payrollTeams[m] = pt;
  ws.payroll[m] = c.add(c.add(pd, pi), pt);
  ws.hiringLimitBinds[m] = binds;
}
