import { BIG_ZERO, type BigDecimal, bigQuotient, bigSum } from '../../core/bigDecimal.js';
import { bigFromDecimal, bigToDecimal } from '../../core/bigDecimalConvert.js';
import { Decimal, ONE, ZERO } from '../../core/decimal.js';
import { certainStepGrowth } from './stepGrowth.js';

/**
 * A cash-flow stream as the function NPV(r) = Σ cᵢ·(1 + r)^(−nᵢ/d): flow i comes nᵢ whole steps
 * (periods for IRR, days for XIRR) after the first, and d steps make one rate period (1, or 365
 * for Actual/365). Flows at the same step are merged, zero flows dropped, and the terms sorted by
 * time, so that sign changes can be counted: Descartes' rule of signs holds for such generalised
 * polynomials — at most as many roots r > −1 as sign changes, and exactly one for exactly one.
 */
export interface ExponentialSum {
  readonly amounts: readonly Decimal[];
  /** Whole steps from the first flow, ascending (may be negative). */
  readonly steps: readonly number[];
  /** Steps per rate period: 1 for periodic flows, 365 for Actual/365 day counts. */
  readonly stepsPerPeriod: number;
  /** Number of sign changes between consecutive non-zero merged flows. */
  readonly signChanges: number;
}

export function exponentialSum(
  amounts: readonly Decimal[],
  steps: readonly number[],
  stepsPerPeriod: number,
): ExponentialSum {
  const merged = new Map<number, Decimal>();
  amounts.forEach((amount, i) => {
    const step = steps[i] ?? 0;
    merged.set(step, (merged.get(step) ?? ZERO).plus(amount));
  });
  const terms = [...merged.entries()]
    .filter(([, amount]) => !amount.isZero())
    .sort(([x], [y]) => x - y);
  let signChanges = 0;
  for (let i = 1; i < terms.length; i++) {
    if (terms[i - 1]?.[1].isNegative() !== terms[i]?.[1].isNegative()) signChanges++;
  }
  return {
    amounts: terms.map(([, amount]) => amount),
    steps: terms.map(([step]) => step),
    stepsPerPeriod,
    signChanges,
  };
}

/** The times of the flows in rate periods, nᵢ/d, as Decimals. */
export function periodsOf(sum: ExponentialSum): Decimal[] {
  return sum.steps.map((step) => new Decimal(step).dividedBy(sum.stepsPerPeriod));
}

/**
 * A float64 function of t = ln(1 + r) with the same sign and roots as NPV(r), scaled so that it
 * never overflows: Σ sᵢ·exp(Lᵢ − max L), where Lᵢ = ln|cᵢ| − λᵢ·t. Dividing by the positive
 * factor exp(max L) keeps it bounded by the number of terms at any rate.
 */
export function scaledNpvOfLogRate(
  sum: ExponentialSum,
  terms: LogTerms = logTerms(sum),
): (t: number) => number {
  const { logs, signs, times } = terms;
  const n = logs.length;
  const exponents = new Float64Array(n);
  return (t: number) => {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const e = (logs[i] ?? 0) - (times[i] ?? 0) * t;
      exponents[i] = e;
      if (e > max) max = e;
    }
    let total = 0;
    for (let i = 0; i < n; i++) total += (signs[i] ?? 0) * Math.exp((exponents[i] ?? 0) - max);
    return total;
  };
}

/**
 * The sign of {@link scaledNpvOfLogRate}'s value at t when the largest term outweighs all the
 * terms of the other sign together by far, found with one `Math.exp` instead of one per term;
 * undefined otherwise (the caller then evaluates the sum). It is the sign the float64 sum itself
 * has, not only the true NPV's: the exponents are the very doubles the sum computes; the largest
 * term is exactly ±1 (exp(0)) and the others of its sign only add to it; each term of the other
 * sign is at most exp(their largest exponent − max) (Math.exp is monotone to within an ulp), so
 * when they come to at most 1/4 together, the float64 total — n terms of magnitude ≤ 1 added in
 * turn, each addition off by at most n·2^−53 — is at least 3/4 − n²·2^−53 in magnitude (n is at
 * most `NUMBER_LIMITS.maxFlows`): never zero, never the other sign.
 */
export function dominantSignOfLogRate(
  sum: ExponentialSum,
  terms: LogTerms = logTerms(sum),
): (t: number) => -1 | 1 | undefined {
  const { logs, signs, times } = terms;
  const n = logs.length;
  return (t: number) => {
    // The largest exponent and the number of terms of each sign.
    let maxPositive = Number.NEGATIVE_INFINITY;
    let maxNegative = Number.NEGATIVE_INFINITY;
    let positives = 0;
    for (let i = 0; i < n; i++) {
      const e = (logs[i] ?? 0) - (times[i] ?? 0) * t;
      if ((signs[i] ?? 0) < 0) {
        if (e > maxNegative) maxNegative = e;
      } else {
        positives++;
        if (e > maxPositive) maxPositive = e;
      }
    }
    const [sign, others, gap] =
      maxPositive > maxNegative
        ? ([1, n - positives, maxNegative - maxPositive] as const)
        : ([-1, positives, maxPositive - maxNegative] as const);
    return others * Math.exp(gap) <= 0.25 ? sign : undefined;
  };
}

/** ln|cᵢ|, the sign of cᵢ and the time nᵢ/d of each term, as doubles. */
export interface LogTerms {
  readonly logs: readonly number[];
  readonly signs: readonly number[];
  readonly times: readonly number[];
}

/** The {@link LogTerms} of a stream, for the float64 functions of t to share. */
export function logTerms(sum: ExponentialSum): LogTerms {
  const logs = sum.amounts.map((a) => {
    const magnitude = Math.abs(a.toNumber());
    // Amounts beyond float64's range (or below its smallest normal) take the slow exact path.
    return magnitude > 1e-300 && magnitude < 1e300 ? Math.log(magnitude) : a.abs().ln().toNumber();
  });
  const signs = sum.amounts.map((a) => (a.isNegative() ? -1 : 1));
  const times = sum.steps.map((step) => step / sum.stepsPerPeriod);
  return { logs, signs, times };
}

/** The exact NPV at `rate` (> −1) and the sum of the absolute present values (its scale). */
export function npvOfSum(sum: ExponentialSum, rate: Decimal): { value: Decimal; scale: Decimal } {
  return npvAt(sum, stepGrowthOf(rate, sum.stepsPerPeriod));
}

/** The growth per step g = (1 + rate)^(1/d) of a rate (> −1), d steps a rate period. */
export function stepGrowthOf(rate: Decimal, stepsPerPeriod: number): Decimal {
  const base = ONE.plus(rate);
  if (stepsPerPeriod === 1) return base;
  // decimal.js's own digits, found without its ln and exp where that is certain.
  return (
    certainStepGrowth(base, stepsPerPeriod) ??
    Decimal.exp(Decimal.ln(base).dividedBy(stepsPerPeriod))
  );
}

/**
 * The exact NPV at the rate e^t − 1 as a function of t = ln(1 + rate), for a solver's successive
 * t. Working from t keeps full precision for rates within a hair of −100%, where 1 + rate itself
 * would lose its digits.
 *
 * It remembers the last growth per step g = exp(t/d) and its NPV. The NPV is a function of g
 * alone (the powers, quotients and sums are computed from g and the fixed flows,
 * deterministically), so when a new t rounds to the same 40-digit g — as a converged secant step
 * does, its change (~1e-38) being below g's last digit — the remembered result is the very value
 * a fresh evaluation would give, digit for digit: the solver takes exactly the steps and
 * decisions it took before, only without recomputing one set of powers (a fifth of the exact
 * work of a typical XIRR polish). State lives in the returned function only.
 */
export function npvOfLogRate(
  sum: ExponentialSum,
): (t: Decimal) => { value: Decimal; scale: Decimal } {
  let last: { growth: Decimal; npv: { value: Decimal; scale: Decimal } } | undefined;
  return (t) => {
    const growth = Decimal.exp(t.dividedBy(sum.stepsPerPeriod));
    if (last === undefined || !last.growth.equals(growth)) {
      last = { growth, npv: npvAt(sum, growth) };
    }
    return last.npv;
  };
}

/** Σ cᵢ·g^(−nᵢ) for the growth per step g = (1 + r)^(1/d). */
function npvAt(sum: ExponentialSum, stepGrowth: Decimal): { value: Decimal; scale: Decimal } {
  return npvOfPowers(sum.amounts, stepPowers(stepGrowth, sum.steps, new Map()));
}

/**
 * g^nᵢ for ascending steps nᵢ. Each power is the previous one times g^(nᵢ − nᵢ₋₁), with those
 * (mostly repeated) gaps' powers kept in `gaps`: a few multiplications per flow instead of one
 * fractional power (exp∘ln) per flow, which decimal.js makes ~100 times slower. Rounding stays
 * near 1e-40 relative per flow. The powers depend only on g and the steps, so `gaps` may be
 * shared by every call with the same g.
 */
export function stepPowers(
  stepGrowth: Decimal,
  steps: readonly number[],
  gaps: Map<number, Decimal>,
): Decimal[] {
  const powers: Decimal[] = [];
  let power: Decimal | undefined;
  let previous = 0;
  for (const step of steps) {
    if (power === undefined) power = stepGrowth.toPower(step);
    else {
      const gap = step - previous;
      let growth = gaps.get(gap);
      if (growth === undefined) {
        growth = stepGrowth.toPower(gap);
        gaps.set(gap, growth);
      }
      power = power.times(growth);
    }
    previous = step;
    powers.push(power);
  }
  return powers;
}

/**
 * Σ cᵢ / powerᵢ, in order: the value {@link npvOfPowers} gives, without the scale XNPV does not
 * read (an absolute value and a sum fewer per flow). Each quotient and partial sum is rounded as
 * decimal.js's `dividedBy` and `plus` round them (from ZERO, in turn), on the BigInt kernel
 * (core/bigDecimal.ts): a 40-digit quotient there is one BigInt division, where decimal.js runs
 * a long division in base 10^7 — the same digits for a third of the instructions (a run's twelve
 * XNPVs). `powers` are {@link stepPowers}' Decimals read with `bigFromDecimal` (a prepared rate
 * keeps them read).
 */
export function presentValueOfPowers(
  amounts: readonly Decimal[],
  powers: readonly BigDecimal[],
): Decimal {
  let value = BIG_ZERO;
  for (let i = 0; i < amounts.length; i++) {
    value = bigSum(
      value,
      bigQuotient(bigFromDecimal(amounts[i] as Decimal), powers[i] as BigDecimal),
    );
  }
  return bigToDecimal(value);
}

/** Σ cᵢ / powerᵢ and Σ |cᵢ / powerᵢ|, in order. */
export function npvOfPowers(
  amounts: readonly Decimal[],
  powers: readonly Decimal[],
): { value: Decimal; scale: Decimal } {
  let value = ZERO;
  let scale = ZERO;
  amounts.forEach((amount, i) => {
    const presentValue = amount.dividedBy(powers[i] as Decimal);
    value = value.plus(presentValue);
    scale = scale.plus(presentValue.abs());
  });
  return { value, scale };
}
