import type { CompiledBlock, CompiledPlant, CompiledProjection } from '../compiledProjection.js';
import { div } from './floatArithmetic.js';
import type { FloatWorkspace } from './floatEquations.js';

// A plant's month on float64: its capacity, and demand allocated to it (see `runFloatEquations`).

export function plantCapacity(
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

export function allocatePlant(
  plan: CompiledProjection,
  ws: FloatWorkspace,
  m: number,
  q: number,
): void {
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
