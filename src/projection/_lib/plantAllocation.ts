import { bigCalculator } from '../../core/bigCalculator.js';
import { BigDecimal } from '../../core/bigDecimal.js';
import { type Calculator, decimalCalculator } from '../../core/calculator.js';
import { Decimal } from '../../core/decimal.js';
import type { CompiledBlock, CompiledProjection } from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';

// A plant's month: its capacity, and its segments' demand served from it (see `runEquations`).

/** A plant's nameplate and available capacity in a month (blocks on line, ramped). */
export function plantCapacity<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
  q: number,
): void {
  const c = ws.calc;
  const P = plan.plants.length;
  const blocks = plan.plants[q]?.blocks ?? [];
  if (m > 0 && blocks.every((block) => steady(block, m))) {
    // No block came on line or ramped since last month: the same sums of the same values.
    ws.nameplate[m * P + q] = ws.nameplate[(m - 1) * P + q] as N;
    ws.capacity[m * P + q] = ws.capacity[(m - 1) * P + q] as N;
    return;
  }
  let nameplate = c.zero;
  let capacity = c.zero;
  // While every block counts in full (its units × an exact 1, the same value), the capacity's
  // sum is the nameplate's — the same additions in the same order — so it is not made twice.
  let asNameplate = true;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as CompiledBlock;
    const age = m - block.online;
    if (age < 0) continue;
    const units = p[block.units] as N;
    const before = nameplate;
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
    const usable = c.multiply(units, share);
    if (asNameplate) {
      if (Object.is(usable, units)) continue;
      asNameplate = false;
      capacity = before;
    }
    capacity = c.add(capacity, usable);
  }
  ws.nameplate[m * P + q] = nameplate;
  ws.capacity[m * P + q] = asNameplate ? nameplate : capacity;
}

/** A block off line in months m − 1 and m, or fully ramped in both. */
function steady(block: CompiledBlock, m: number): boolean {
  const age = m - block.online;
  return age < 0 || age - 1 >= block.rampMonths;
}

/**
 * Serves a plant's segments from its capacity: everything when demand fits; otherwise by
 * priority (each takes what it needs from what is left) or pro rata to demand, the last segment
 * with demand taking the exact remainder so that units never exceed capacity. Unmet demand is
 * kept, never dropped.
 */
export function allocatePlant<N>(
  plan: CompiledProjection,
  ws: Workspace<N>,
  m: number,
  q: number,
): void {
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
  // Exactly, demand that fits is served as it is: each segment's units are its demand (what is
  // left of the capacity is then never read), the plant's output is its demand — the same sums
  // in the same order — and a Decimal less itself is +0 (crorecast's Decimal rounds half-up; a
  // caller's calculator may not). Float64 keeps its arithmetic (NaN and infinities do not cancel).
  const served =
    fits &&
    (c === (decimalCalculator as Calculator<unknown>) ||
      c === (bigCalculator as Calculator<unknown>));
  let remaining = capacity;
  let produced = c.zero;
  for (let k = 0; k < order.length; k++) {
    const i = m * S + (order[k] ?? 0);
    const d = ws.demand[i] as N;
    let u: N;
    if (served) u = d;
    else {
      if (fits) u = d;
      else if (!proRata || k === lastWithDemand) u = c.max(c.zero, c.min(d, remaining));
      else u = c.isZero(d) ? c.zero : c.divide(c.multiply(d, capacity), demand);
      remaining = c.subtract(remaining, u);
      produced = c.add(produced, u);
    }
    ws.units[i] = u;
    ws.unmet[i] = served && isOwnDecimal(d) ? c.zero : c.subtract(d, u);
    ws.revenue[i] = c.multiply(u, ws.price[i] as N);
    ws.cogs[i] = c.multiply(u, ws.unitCost[i] as N);
    const exported = c.multiply(u, ws.exportShare[i] as N);
    ws.exportUnits[i] = exported;
    ws.exportRevenue[i] = c.multiply(exported, ws.exportPrice[i] as N);
  }
  // When demand exceeds capacity every unit of it is used: the shares add up to the capacity
  // exactly, but their sum in 40-digit decimals (or float64) can land one unit in the last
  // digit above it. What the plant reports it made is capped at the capacity, never more.
  ws.produced[m * P + q] = served ? demand : fits ? produced : c.min(produced, capacity);
  ws.plantDemand[m * P + q] = demand;
}

const EMPTY = new Int32Array(0);

/**
 * A value of crorecast's Decimal or a BigDecimal, whose x − x is +0 (another clone's rounding
 * could make it a −0).
 */
function isOwnDecimal(x: unknown): boolean {
  const made = (x as { constructor?: unknown }).constructor;
  return made === Decimal || made === BigDecimal;
}
