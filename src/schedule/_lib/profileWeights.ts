import { Decimal, ONE, ZERO } from '../../core/decimal.js';

/**
 * Weights for `n` periods under a named profile, before normalisation (the allocation divides by
 * their sum). Documented exactly so that users can reproduce them in a spreadsheet:
 *
 * - `even`: 1, 1, …, 1.
 * - `front-loaded`: linearly declining n, n−1, …, 1 (the first period gets n/(n(n+1)/2)).
 * - `back-loaded`: linearly rising 1, 2, …, n.
 */
export function namedProfileWeights(
  profile: 'even' | 'front-loaded' | 'back-loaded',
  n: number,
): Decimal[] {
  const out: Decimal[] = [];
  for (let i = 0; i < n; i++) {
    if (profile === 'even') out.push(ONE);
    else if (profile === 'front-loaded') out.push(new Decimal(n - i));
    else out.push(new Decimal(i + 1));
  }
  return out;
}

/**
 * S-curve weights: the increments of the logistic F(t) = 1 / (1 + e^(−k(t − m))) over the period
 * boundaries t = 0, 1, …, n (t counted in periods from the start of the horizon), so period i
 * gets F(i + 1) − F(i). The allocation renormalises, so the tails of the logistic before the
 * first and after the last period are spread pro rata rather than lost.
 *
 * @param n - number of periods
 * @param midpoint - m, the inflection point, in periods from the start of the horizon
 * @param steepness - k > 0, the logistic growth rate per period
 */
export function sCurveWeights(n: number, midpoint: Decimal, steepness: Decimal): Decimal[] {
  const cumulative: Decimal[] = [];
  for (let t = 0; t <= n; t++) {
    const exponent = steepness.times(new Decimal(t).minus(midpoint)).negated();
    cumulative.push(ONE.dividedBy(ONE.plus(Decimal.exp(exponent))));
  }
  const out: Decimal[] = [];
  for (let i = 0; i < n; i++) {
    const hi = cumulative[i + 1] ?? ZERO;
    const lo = cumulative[i] ?? ZERO;
    out.push(hi.minus(lo));
  }
  return out;
}
