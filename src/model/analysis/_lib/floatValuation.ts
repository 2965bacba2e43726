/**
 * Float64 twins of the dated valuation (`valueDatedFlows`): XNPV with Actual/365, XIRR on the
 * same dated flows, payback on the free cash flows counted from the start of the first year.
 * Written on plain numbers over preallocated arrays: nothing is allocated per call.
 */

/** Σ flows[i] × (1 + rate)^−times[i], over the first `n` flows (times in years). */
export function xnpv(rate: number, flows: Float64Array, times: Float64Array, n: number): number {
  const lg = Math.log1p(rate);
  let total = 0;
  for (let i = 0; i < n; i++) total += (flows[i] as number) * Math.exp(-lg * (times[i] as number));
  return total;
}

/** Σ flows[i] × e^(−t × times[i]) and its derivative in t. */
function valueAndSlope(
  t: number,
  flows: Float64Array,
  times: Float64Array,
  n: number,
  out: Float64Array,
): void {
  let v = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const term = (flows[i] as number) * Math.exp(-t * (times[i] as number));
    v += term;
    d -= (times[i] as number) * term;
  }
  out[0] = v;
  out[1] = d;
}

const scratch = new Float64Array(2);

/**
 * The rate at which the XNPV of the first `n` dated flows is zero, solved on t = ln(1 + rate)
 * (Newton from 10 %, falling back to bisection on a bracket), or NaN when the flows do not
 * change sign (as `xirr` refuses them) or no root is found.
 */
export function xirr(flows: Float64Array, times: Float64Array, n: number): number {
  let pos = false;
  let neg = false;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const f = flows[i] as number;
    if (f > 0) pos = true;
    else if (f < 0) neg = true;
    scale += Math.abs(f);
  }
  if (!pos || !neg) return Number.NaN;
  let t = Math.log1p(0.1);
  for (let k = 0; k < 100; k++) {
    valueAndSlope(t, flows, times, n, scratch);
    const v = scratch[0] as number;
    const d = scratch[1] as number;
    if (d === 0 || !Number.isFinite(v)) break;
    const step = v / d;
    t -= step;
    if (Math.abs(step) <= 1e-15 * (1 + Math.abs(t))) return Math.expm1(t);
  }
  // Bisection on a bracket of t where the value changes sign.
  let lo = -10;
  let hi = 10;
  valueAndSlope(lo, flows, times, n, scratch);
  const vLo = scratch[0] as number;
  valueAndSlope(hi, flows, times, n, scratch);
  if (Math.sign(vLo) === Math.sign(scratch[0] as number)) return Number.NaN;
  for (let k = 0; k < 200 && hi - lo > 1e-16 * (1 + Math.abs(lo)); k++) {
    const mid = (lo + hi) / 2;
    valueAndSlope(mid, flows, times, n, scratch);
    if (Math.sign(scratch[0] as number) === Math.sign(vLo)) lo = mid;
    else hi = mid;
  }
  return scale > 0 ? Math.expm1((lo + hi) / 2) : Number.NaN;
}

/**
 * Payback in years of flows that start with a zero at the start (`[0, f1, f2 …]`): the last
 * period whose running total is negative, plus the part of the next flow that recovers it; NaN
 * when the total stays negative.
 */
export function payback(flows: Float64Array, n: number): number {
  let running = 0;
  let lastNegative = -1;
  for (let i = 0; i < n; i++) {
    running += flows[i] as number;
    if (running < 0) lastNegative = i;
  }
  if (running < 0) return Number.NaN;
  if (lastNegative < 0) return 0;
  let cumulative = 0;
  for (let i = 0; i <= lastNegative; i++) cumulative += flows[i] as number;
  return lastNegative + -cumulative / (flows[lastNegative + 1] as number);
}
