import type { GrowthCurve } from '../../series/index.js';
import { growthValues } from '../../series/index.js';
import type { CompiledProjection } from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';
import { remembering } from './lastOperands.js';

// Each segment's monthly demand, from its growth curve (see `runEquations`).

/**
 * A run's interpolation fractions, by workspace: segments launched together with anchors in the
 * same months share every month's (t − x₀) / (x₁ − x₀) — a subtraction and a division each (the
 * seed: 4 of its 10 segments). Not a workspace buffer, so no result shows it.
 */
const fractionsOf = new WeakMap<object, Map<string, unknown[]>>();

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
  let fractions = fractionsOf.get(ws) as Map<string, N[]> | undefined;
  if (fractions === undefined) {
    fractions = new Map();
    fractionsOf.set(ws, fractions);
  }
  cache.values = growthValues(curve, ws.months - seg.launch, {
    calculator: ws.calc,
    monthsPerPeriod: 1,
    into: cache.values as N[],
    times: ws.curveTimes,
    fractions,
  });
  cache.inputs = Array.from(slots, (k) => p[k]);
  return cache.values;
}

/** Demand by month: the segment's curve from its launch, zero before it and after its end. */
export function prepareDemand<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const M = ws.months;
  for (let s = 0; s < S; s++) {
    const seg = plan.segments[s];
    if (seg === undefined) continue;
    const first = Math.max(seg.launch, 0);
    const values = first < M ? demandCurve(plan, s, p, ws) : [];
    // A flat curve holds one value: compared with zero once, not every month.
    const atLeastZero = remembering(c, 'max');
    for (let m = 0; m < M; m++) {
      // A curve below zero (a falling linear one, say) means no demand, not negative units.
      // After its end month a segment sells nothing (a model transition).
      ws.demand[m * S + s] =
        m < first || m > seg.end ? c.zero : atLeastZero(c.zero, values[m - seg.launch] ?? c.zero);
    }
  }
}
