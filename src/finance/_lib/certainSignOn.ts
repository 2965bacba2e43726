import { type ExponentialSum, type LogTerms, logTerms } from './exponentialSum.js';

/**
 * The sign `scaledNpvOfLogRate`'s value certainly has at every t in [tLo, tHi], or
 * undefined — one test for a whole run of scan points. Divided by a reference term (the largest
 * at one end: the division keeps every sign), each term cᵢ·e^(−τᵢ·t) is still monotone in t, so
 * over the interval the positive terms add up to at least the sum of each one's smaller end value
 * and the negative ones' magnitudes to at most the sum of their larger: when one side's least
 * exceeds the other side's most by 1/1024 of both sides' most, the true sum has that sign
 * throughout, by at least 1/1024 of the sum of its terms' magnitudes. The float64 sum is then of
 * the same sign: with every exponent below 2^30 in magnitude (checked; else undefined) each term
 * it adds is off by under 2^−19 relative, and adding at most `NUMBER_LIMITS.maxFlows` of them in
 * turn by under 2^−39 of their total — far inside the margin, which also covers this test's own
 * roundings. So is `dominantSignOfLogRate`'s answer where it gives one (the float64 sum's sign).
 */
export function certainSignOfLogRates(
  sum: ExponentialSum,
  terms: LogTerms = logTerms(sum),
): (tLo: number, tHi: number) => -1 | 1 | undefined {
  const { logs, signs, times } = terms;
  const n = logs.length;
  const relativeTo = (k: number, tLo: number, tHi: number): -1 | 1 | undefined => {
    const logK = logs[k] ?? 0;
    const timeK = times[k] ?? 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const log = (logs[i] ?? 0) - logK;
      const time = (times[i] ?? 0) - timeK;
      max = Math.max(max, log - time * tLo, log - time * tHi);
    }
    let positiveLeast = 0;
    let positiveMost = 0;
    let negativeLeast = 0;
    let negativeMost = 0;
    for (let i = 0; i < n; i++) {
      const log = (logs[i] ?? 0) - logK - max;
      const time = (times[i] ?? 0) - timeK;
      const a = log - time * tLo;
      const b = log - time * tHi;
      const least = Math.exp(Math.min(a, b));
      const most = Math.exp(Math.max(a, b));
      if ((signs[i] ?? 0) < 0) {
        negativeLeast += least;
        negativeMost += most;
      } else {
        positiveLeast += least;
        positiveMost += most;
      }
    }
    const margin = (positiveMost + negativeMost) / 1024;
    if (positiveLeast - negativeMost > margin) return 1;
    if (negativeLeast - positiveMost > margin) return -1;
    return undefined;
  };
  return (tLo: number, tHi: number) => {
    // The largest term at each end, and every exponent small enough for the error bound.
    let atLo = 0;
    let atHi = 0;
    for (let i = 0; i < n; i++) {
      const log = logs[i] ?? 0;
      const time = times[i] ?? 0;
      const lo = log - time * tLo;
      const hi = log - time * tHi;
      if (!(Math.abs(lo) < CERTAIN_EXPONENT && Math.abs(hi) < CERTAIN_EXPONENT)) return undefined;
      if (lo > (logs[atLo] ?? 0) - (times[atLo] ?? 0) * tLo) atLo = i;
      if (hi > (logs[atHi] ?? 0) - (times[atHi] ?? 0) * tHi) atHi = i;
    }
    if (n === 0) return undefined;
    return relativeTo(atHi, tLo, tHi) ?? (atLo === atHi ? undefined : relativeTo(atLo, tLo, tHi));
  };
}

/** Exponents up to this size keep float64's error in each term far below the margin above. */
const CERTAIN_EXPONENT = 2 ** 30;
