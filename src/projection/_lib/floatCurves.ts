import type { GrowthCurve } from '../../series/growthCurve.js';
import type { CompiledProjection } from '../compiledProjection.js';
import { div, num } from './floatArithmetic.js';
import type { FloatWorkspace } from './floatEquations.js';

/** A segment's demand curve on float64, kept while the parameters it reads are unchanged. */
export interface FloatCurve {
  /** Whether the curve was built (then from `inputs`). */
  built: boolean;
  /** The parameter values the curve was last built from. */
  readonly inputs: Float64Array;
  /** The curve from the segment's launch month, one value a month. */
  readonly values: Float64Array;
}

/** Fills `out[y × stride + item]` with (1 + change)^y, by repeated multiplication. */
export function yearFactors(
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
export function demandCurve(
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
