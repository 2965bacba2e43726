import type { Calculator } from '../core/calculator.js';
import { volumeCurve } from './_lib/curve.js';
import type { CompiledProjection } from './compile.js';

/** A writable buffer: a `Float64Array` for float64 runs, a plain array for Decimal runs. */
export interface Buffer<N> {
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
  readonly demand: Buffer<N>;
  readonly units: Buffer<N>;
  readonly unmet: Buffer<N>;
  /** INR per unit. */
  readonly price: Buffer<N>;
  /** INR per unit, all cost components. */
  readonly unitCost: Buffer<N>;
  readonly revenue: Buffer<N>;
  readonly cogs: Buffer<N>;
  /** USD (zero when no USD rate is given). */
  readonly revenueUsd: Buffer<N>;
  // Month × cost component
  readonly componentCost: Buffer<N>;
  readonly componentCogs: Buffer<N>;
  // Month × plant
  readonly nameplate: Buffer<N>;
  readonly capacity: Buffer<N>;
  readonly produced: Buffer<N>;
  readonly plantDemand: Buffer<N>;
  // Month × currency: INR per unit
  readonly fx: Buffer<N>;
  // Month (totals and headcount)
  readonly totalDemand: Buffer<N>;
  readonly totalUnits: Buffer<N>;
  readonly totalUnmet: Buffer<N>;
  readonly totalRevenue: Buffer<N>;
  readonly totalCogs: Buffer<N>;
  readonly totalRevenueUsd: Buffer<N>;
  readonly requiredDirect: Buffer<N>;
  readonly requiredIndirect: Buffer<N>;
  readonly requiredTeams: Buffer<N>;
  readonly required: Buffer<N>;
  readonly opening: Buffer<N>;
  readonly exits: Buffer<N>;
  readonly hires: Buffer<N>;
  readonly closing: Buffer<N>;
  readonly average: Buffer<N>;
  readonly payrollDirect: Buffer<N>;
  readonly payrollIndirect: Buffer<N>;
  readonly payrollTeams: Buffer<N>;
  readonly payroll: Buffer<N>;
  /** 1 where the hiring limit kept closing heads below what was required. */
  readonly hiringLimitBinds: Uint8Array;
  // Year-indexed factors, rebuilt each run: (1 + change)^year
  readonly priceFactor: Buffer<N>;
  readonly costFactor: Buffer<N>;
  readonly fxFactor: Buffer<N>;
  readonly wageFactor: Buffer<N>;
}

function buffer<N>(calc: Calculator<N>, length: number): Buffer<N> {
  return (calc.kind === 'float64'
    ? new Float64Array(length)
    : new Array<N>(length).fill(calc.zero)) as unknown as Buffer<N>;
}

/** Allocates the workspace for a plan and a calculator. */
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
    costFactor: b(Y * C),
    fxFactor: b(Y * K),
    wageFactor: b(Y),
  };
}

/** Fills `out[y × stride + item]` with (1 + change)^y, by repeated multiplication. */
function yearFactors<N>(
  calc: Calculator<N>,
  out: Buffer<N>,
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
 * every result into `ws`. Apart from each segment's growth curve, the float64 run allocates
 * nothing.
 */
export function runEquations<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  const c = ws.calc;
  const zero = c.zero;
  const M = ws.months;
  const Y = ws.years;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const at = (slot: number): N => p[slot] as N;
  const yearOf = plan.horizon.yearOfMonth;

  // Yearly factors and FX by month.
  for (let k = 0; k < K; k++) {
    const fx = plan.fx[k];
    if (fx === undefined) continue;
    yearFactors(c, ws.fxFactor, Y, K, k, fx.change < 0 ? zero : at(fx.change));
    for (let m = 0; m < M; m++) {
      ws.fx[m * K + k] = c.multiply(
        at(fx.rateSlot[m] ?? 0),
        ws.fxFactor[(yearOf[m] ?? 0) * K + k] as N,
      );
    }
  }
  const toInr = (currency: number, m: number): N =>
    currency < 0 ? c.one : (ws.fx[m * K + currency] as N);
  for (let s = 0; s < S; s++) {
    const seg = plan.segments[s];
    if (seg === undefined) continue;
    yearFactors(c, ws.priceFactor, Y, S, s, at(seg.priceChange));
    // Demand: zero before launch, then the growth curve from the start volume.
    const first = Math.max(seg.launch, 0);
    const values =
      first < M ? volumeCurve(seg.growth(p), at(seg.volumeStart), M - seg.launch, c) : [];
    for (let m = 0; m < M; m++) {
      ws.demand[m * S + s] = m < first ? zero : (values[m - seg.launch] ?? zero);
      ws.price[m * S + s] = c.multiply(
        c.multiply(at(seg.price), ws.priceFactor[(yearOf[m] ?? 0) * S + s] as N),
        toInr(seg.priceCurrency, m),
      );
      ws.unitCost[m * S + s] = zero;
    }
  }
  for (let j = 0; j < C; j++) {
    const cost = plan.costs[j];
    if (cost === undefined) continue;
    yearFactors(c, ws.costFactor, Y, C, j, at(cost.change));
    for (let m = 0; m < M; m++) {
      const unit = c.multiply(
        c.multiply(at(cost.amount), ws.costFactor[(yearOf[m] ?? 0) * C + j] as N),
        toInr(cost.currency, m),
      );
      ws.componentCost[m * C + j] = unit;
      const i = m * S + cost.segment;
      ws.unitCost[i] = c.add(ws.unitCost[i] as N, unit);
    }
  }

  const hc = plan.headcount;
  if (hc) yearFactors(c, ws.wageFactor, Y, 1, 0, at(hc.wageIncrease));
  const twelve = c.from(12);
  const two = c.from(2);

  for (let m = 0; m < M; m++) {
    const y = yearOf[m] ?? 0;
    let requiredDirect = zero;
    // Capacity and its allocation, plant by plant.
    for (let q = 0; q < P; q++) {
      const plant = plan.plants[q];
      if (plant === undefined) continue;
      let nameplate = zero;
      let capacity = zero;
      for (const block of plant.blocks) {
        const age = m - block.online;
        if (age < 0) continue;
        const units = at(block.units);
        nameplate = c.add(nameplate, units);
        const target = at(block.rampTarget);
        const share =
          age >= block.rampMonths
            ? target
            : c.add(
                at(block.rampInitial),
                c.divide(
                  c.multiply(c.subtract(target, at(block.rampInitial)), c.from(age)),
                  c.from(block.rampMonths),
                ),
              );
        capacity = c.add(capacity, c.multiply(units, share));
      }
      const order = plant.segments;
      let demand = zero;
      let lastWithDemand = -1;
      for (let k = 0; k < order.length; k++) {
        const d = ws.demand[m * S + (order[k] ?? 0)] as N;
        demand = c.add(demand, d);
        if (!c.isZero(d)) lastWithDemand = k;
      }
      const fits = c.compare(demand, capacity) <= 0;
      let remaining = capacity;
      let produced = zero;
      let labour = zero;
      for (let k = 0; k < order.length; k++) {
        const s = order[k] ?? 0;
        const i = m * S + s;
        const d = ws.demand[i] as N;
        let u: N;
        if (fits) u = d;
        else if (plan.allocation === 'priority') u = c.min(d, remaining);
        else if (k === lastWithDemand)
          u = c.max(zero, c.min(d, remaining)); // the remainder: Σ units = capacity exactly
        else u = c.isZero(d) ? zero : c.divide(c.multiply(d, capacity), demand);
        remaining = c.subtract(remaining, u);
        produced = c.add(produced, u);
        ws.units[i] = u;
        ws.unmet[i] = c.subtract(d, u);
        ws.revenue[i] = c.multiply(u, ws.price[i] as N);
        ws.cogs[i] = c.multiply(u, ws.unitCost[i] as N);
        const seg = plan.segments[s];
        if (hc && seg && seg.productivity >= 0)
          labour = c.add(labour, c.divide(u, at(seg.productivity)));
      }
      ws.nameplate[m * P + q] = nameplate;
      ws.capacity[m * P + q] = capacity;
      ws.produced[m * P + q] = produced;
      ws.plantDemand[m * P + q] = demand;
      if (hc) {
        const crew = c.isZero(nameplate)
          ? zero
          : c.multiply(c.from(plant.shifts), at(plant.minimumDirectPerShift));
        requiredDirect = c.add(requiredDirect, c.max(labour, crew));
      }
    }
    for (let j = 0; j < C; j++) {
      const cost = plan.costs[j];
      if (cost === undefined) continue;
      ws.componentCogs[m * C + j] = c.multiply(
        ws.units[m * S + cost.segment] as N,
        ws.componentCost[m * C + j] as N,
      );
    }
    // Totals (and USD) for the month.
    let tDemand = zero;
    let tUnits = zero;
    let tUnmet = zero;
    let tRevenue = zero;
    let tCogs = zero;
    let tUsd = zero;
    const usdRate = plan.usd >= 0 ? (ws.fx[m * K + plan.usd] as N) : zero;
    for (let s = 0; s < S; s++) {
      const i = m * S + s;
      tDemand = c.add(tDemand, ws.demand[i] as N);
      tUnits = c.add(tUnits, ws.units[i] as N);
      tUnmet = c.add(tUnmet, ws.unmet[i] as N);
      tRevenue = c.add(tRevenue, ws.revenue[i] as N);
      tCogs = c.add(tCogs, ws.cogs[i] as N);
      if (plan.usd >= 0) {
        const usd = c.divide(ws.revenue[i] as N, usdRate);
        ws.revenueUsd[i] = usd;
        tUsd = c.add(tUsd, usd);
      }
    }
    ws.totalDemand[m] = tDemand;
    ws.totalUnits[m] = tUnits;
    ws.totalUnmet[m] = tUnmet;
    ws.totalRevenue[m] = tRevenue;
    ws.totalCogs[m] = tCogs;
    ws.totalRevenueUsd[m] = tUsd;

    if (!hc) continue;
    // Headcount: hire towards the requirement within the limit, after attrition.
    const indirect = c.multiply(requiredDirect, at(hc.indirectRatio));
    let teams = zero;
    let teamsCost = zero;
    const wage = ws.wageFactor[y] as N;
    for (const team of hc.teams) {
      if (m < team.from || m > team.until) continue;
      const heads = at(team.heads);
      teams = c.add(teams, heads);
      teamsCost = c.add(
        teamsCost,
        c.multiply(heads, c.multiply(c.multiply(at(team.cost), wage), toInr(team.costCurrency, m))),
      );
    }
    const required = c.add(c.add(requiredDirect, indirect), teams);
    const opening =
      m === 0 ? (hc.opening < 0 ? required : at(hc.opening)) : (ws.closing[m - 1] as N);
    const exits = c.divide(c.multiply(opening, at(hc.attrition)), twelve);
    const retained = c.subtract(opening, exits);
    const need = c.max(zero, c.subtract(required, retained));
    let hires = need;
    let binds = 0;
    if (hc.maxHires >= 0 && c.compare(need, at(hc.maxHires)) > 0) {
      hires = at(hc.maxHires);
      binds = 1;
    }
    const closing = c.add(retained, hires);
    const average = c.divide(c.add(opening, closing), two);
    const payDirect = c.multiply(
      c.multiply(at(hc.payDirect), wage),
      toInr(hc.payDirectCurrency, m),
    );
    const payIndirect = c.multiply(
      c.multiply(at(hc.payIndirect), wage),
      toInr(hc.payIndirectCurrency, m),
    );
    let pd: N;
    let pi: N;
    let pt: N;
    if (c.isZero(required)) {
      // Nobody is required (before production starts): those on the books count as overhead.
      pd = zero;
      pt = zero;
      pi = c.multiply(average, payIndirect);
    } else {
      // Heads on the books are split across direct, indirect and teams as the requirement is.
      const perRequired = c.divide(average, required);
      pd = c.multiply(perRequired, c.multiply(requiredDirect, payDirect));
      pi = c.multiply(perRequired, c.multiply(indirect, payIndirect));
      pt = c.multiply(perRequired, teamsCost);
    }
    ws.requiredDirect[m] = requiredDirect;
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
}
