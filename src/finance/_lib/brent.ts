/**
 * Brent's method on a continuous float64 function over a bracket `[a, b]` whose ends have
 * opposite signs (or one end is a root). Inverse quadratic interpolation and secant steps
 * accelerate convergence; bisection guarantees it. Always terminates: at most `maxIterations`
 * evaluations, and the bracket shrinks to float64 resolution.
 *
 * Returns the final bracket as well as the best estimate so that a caller can polish the root in
 * Decimal without leaving the bracket; f changes sign across it (or is zero at an end) even when
 * `maxIterations` stops the search.
 */
export interface BrentResult {
  /** The best estimate of the root. */
  readonly root: number;
  /** The bracket still known to contain the root (`lo <= root <= hi`). */
  readonly lo: number;
  readonly hi: number;
}

const EPSILON = Number.EPSILON;

export function brent(
  f: (x: number) => number,
  a0: number,
  b0: number,
  fa0 = f(a0),
  fb0 = f(b0),
  maxIterations = 300,
): BrentResult {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  if (fa === 0) return { root: a, lo: a, hi: a };
  if (fb === 0) return { root: b, lo: b, hi: b };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < maxIterations; i++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      // Keep the root between b and c.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * EPSILON * Math.abs(b) + 1e-300;
    const half = (c - b) / 2;
    if (Math.abs(half) <= tolerance || fb === 0) break;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: secant when only two distinct points, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    fb = f(b);
  }
  // Stopped by maxIterations, the last step may have landed on c's side of the root: the
  // previous point a then has the other sign (after a `break` the ends already differ in sign).
  if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) c = a;
  return { root: b, lo: Math.min(b, c), hi: Math.max(b, c) };
}
