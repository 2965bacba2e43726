import { Decimal, ONE } from '../../core/decimal.js';
import {
  BINARY_ONE,
  type BinaryFloat,
  expOf,
  fromDecimal,
  MANTISSA_BITS,
  multiply,
  normalize,
  power,
  powerOfSquares,
  reciprocal,
} from './binaryFloat.js';
import { roundCertainly } from './certifiedRounding.js';
import type { ExponentialSum } from './exponentialSum.js';

/**
 * A cash-flow stream as a polynomial in the discount per step h = (1 + r)^(−1/d):
 * P(h) = Σ cᵢ·h^mᵢ with mᵢ = nᵢ − n₀ ≥ 0 whole steps after the first flow. P(h) is NPV(r) times
 * the positive factor (1 + r)^(n₀/d), so it has the same roots and signs, and it needs neither
 * exp nor ln nor a division: the exact polish works on it with multiplications only.
 */
export interface DiscountPolynomial {
  /** |cᵢ|, each at most 2·UNIT below the exact amount. */
  readonly magnitudes: readonly BinaryFloat[];
  readonly negative: readonly boolean[];
  readonly offsets: readonly number[];
  readonly bigOffsets: readonly bigint[];
  readonly stepsPerPeriod: number;
  /** Each computed term is at most (mᵢ + 3)·UNIT below its exact value: max mᵢ + 3. */
  readonly unitsBelow: bigint;
}

export function discountPolynomial(sum: ExponentialSum): DiscountPolynomial {
  const first = sum.steps[0] ?? 0;
  const offsets = sum.steps.map((step) => step - first);
  return {
    magnitudes: sum.amounts.map(fromDecimal),
    negative: sum.amounts.map((amount) => amount.isNegative()),
    offsets,
    bigOffsets: offsets.map(BigInt),
    stepsPerPeriod: sum.stepsPerPeriod,
    unitsBelow: BigInt((offsets.at(-1) ?? 0) + 3),
  };
}

/**
 * P(h) and h·P′(h) as integers in one unit 2^`unit` (the exponent of the largest term), with
 * `error`, a guaranteed bound on |P̃ − P(h)| in that unit for the exact h given.
 */
export interface Evaluation {
  readonly value: bigint;
  readonly slope: bigint;
  readonly error: bigint;
  readonly unit: number;
}

const P = BigInt(MANTISSA_BITS);
const PRODUCT_HALF = 1n << (2n * P - 1n);

/**
 * BigInt(k) for the shifts `evaluate` makes (0 … 2P): formed once at load, not one BigInt per
 * term. A constant table.
 */
const SHIFTS: readonly bigint[] = Array.from({ length: 2 * MANTISSA_BITS + 1 }, (_, k) =>
  BigInt(k),
);

/** P(h) with its error bound (and h·P′(h) when asked), for an exact h > 0. */
export function evaluate(poly: DiscountPolynomial, h: BinaryFloat, withSlope: boolean): Evaluation {
  const { magnitudes, negative, offsets, bigOffsets } = poly;
  const n = offsets.length;
  // h^gap for the (mostly repeated) gaps between flows: a multiplication per flow, not a power;
  // the gaps' powers (365, 366, 181 days…) share h's squarings.
  const gapPowers = new Map<number, BinaryFloat>();
  const squares = [h];
  // Each term's exact product cᵢ·h^mᵢ and the bits `multiply` would drop from it (P or P − 1):
  // the term is that product truncated, aligned below by a second truncation — and two
  // truncations of a non-negative integer are one, ⌊⌊x/2^a⌋/2^b⌋ = ⌊x/2^(a+b)⌋, so the product
  // is shifted once, by both, and the same integers come out.
  const products: bigint[] = new Array(n);
  const drops: number[] = new Array(n);
  const exponents: number[] = new Array(n);
  let hPower = BINARY_ONE;
  let previous = 0;
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const offset = offsets[i] ?? 0;
    if (offset !== previous) {
      const gap = offset - previous;
      let gapPower = gapPowers.get(gap);
      if (gapPower === undefined) {
        gapPower = powerOfSquares(squares, gap);
        gapPowers.set(gap, gapPower);
      }
      // h^mᵢ ≥ its exact value less mᵢ·UNIT: the previous power's bound, plus (gap − 1)·UNIT
      // for h^gap and UNIT for this product.
      hPower = multiply(hPower, gapPower);
      previous = offset;
    }
    // multiply(cᵢ, h^mᵢ), its truncation left to the alignment below.
    const magnitude = magnitudes[i] as BinaryFloat;
    const product = magnitude.mantissa * hPower.mantissa;
    const drop = product >= PRODUCT_HALF ? MANTISSA_BITS : MANTISSA_BITS - 1;
    const exponent = magnitude.exponent + hPower.exponent + drop;
    products[i] = product;
    drops[i] = drop;
    exponents[i] = exponent;
    if (exponent > top) top = exponent;
  }
  // The terms of each sign summed apart: P̃ = S₊ − S₋ and the scale S̃ = S₊ + S₋, the very
  // integers a signed running sum gives, with no negation per term.
  let up = 0n;
  let down = 0n;
  let slopeUp = 0n;
  let slopeDown = 0n;
  for (let i = 0; i < n; i++) {
    const shift = top - (exponents[i] ?? 0);
    // A mantissa below 2^P shifted by P or more is below one unit: left out, within the n units
    // the bound allows for truncation.
    if (shift >= MANTISSA_BITS) continue;
    const aligned = (products[i] ?? 0n) >> (SHIFTS[(drops[i] ?? 0) + shift] ?? 0n);
    if (negative[i]) {
      down += aligned;
      if (withSlope) slopeDown += aligned * (bigOffsets[i] ?? 0n);
    } else {
      up += aligned;
      if (withSlope) slopeUp += aligned * (bigOffsets[i] ?? 0n);
    }
  }
  const scale = up + down;
  // Each term is at most unitsBelow·UNIT (relative) below its exact value and loses under one
  // unit in alignment: |error| ≤ S·unitsBelow·UNIT + n, where the exact S ≤ 2(S̃ + n).
  const count = BigInt(n);
  const error = (((scale + count) * poly.unitsBelow) >> (P - 2n)) + count + 1n;
  return { value: up - down, slope: withSlope ? slopeUp - slopeDown : 0n, error, unit: top };
}

/** Newton steps before giving up (from float64's 53 bits, two usually suffice). */
const MAX_NEWTON_STEPS = 6;
/**
 * Certify once a Newton step moved h by less than 2^−80 of itself: the next h is then within
 * about C·2^−160 of the root (C ~ the largest mᵢ), well inside the ±2^−140 certified interval.
 */
const CERTIFY_BELOW_STEP = 80n;
/**
 * The half-width of the certified interval, 2^−140 of h: wide enough that P is certainly
 * non-zero at its ends (P′ must only exceed ~2^−90 of Σ|terms|), narrow enough (d·2^−140 in
 * 1 + rate) that both ends round to the same 30 digits except within ~1e-40 of a midpoint.
 */
const HALF_WIDTH_BITS = 140n;

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/**
 * The rate whose 1 + rate is the root of the stream's NPV rounded half-up to `significant`
 * digits, certified: Newton's method on P(h) from the float64 bracket [tLo, tHi] of
 * t = ln(1 + rate), then P evaluated with guaranteed error bounds at h·(1 ∓ 2^−140) must have
 * certain and opposite signs (a root lies between), and 1 + rate at both ends must round to the
 * same digits. Undefined when any of that fails — a step too long or leaving the bracket, a
 * flat or ill-conditioned P, a root within ~1e-40 of a rounding midpoint — and the caller polishes
 * in Decimal instead. At most 6 Newton steps and as many certifications (12 more evaluations).
 */
export function certifiedRate(
  poly: DiscountPolynomial,
  tLo: number,
  tHi: number,
  significant: number,
): Decimal | undefined {
  const d = poly.stepsPerPeriod;
  // The same slightly widened bracket the Decimal polish keeps to (t = −d·ln h).
  const width = tHi - tLo + (Math.abs(tHi) + 1) * 1e-12;
  let t = (tLo + tHi) / 2;
  let h = expOf(-t / d);
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const at = evaluate(poly, h, true);
    const value = abs(at.value);
    const slope = abs(at.slope);
    // A step of a quarter of h or more is no polish: not near a simple root.
    if (value * 4n >= slope) return undefined;
    // h − P/P′ = h·(1 − P/(h·P′)), in h's own unit (within 1/4 of it: one shift normalises).
    h = normalize(h.mantissa - (h.mantissa * at.value) / at.slope, h.exponent);
    // t = −d·ln h follows the steps in float64 (ln of h itself would cancel ~1e-14 away).
    t -= d * Math.log1p(-Number(at.value) / Number(at.slope));
    if (!(t >= tLo - width && t <= tHi + width)) return undefined;
    // The Decimal polish's residual test, |P| ≤ ROOT_TOLERANCE·Σ|terms| (1e-10), needs no check
    // here: certifying starts only when |P| < 2^−80·|h·P′|, and |h·P′| = |Σ cᵢ·mᵢ·h^mᵢ| ≤
    // max mᵢ·Σ|terms| with max mᵢ < 2^28 (a JavaScript Date spans ±10^8 days; periods ≤ 10,000),
    // so |P| < 2^−52·Σ|terms| — and the certified root itself lies within half an ulp.
    if (value << CERTIFY_BELOW_STEP < slope) {
      const rate = certify(poly, h, significant);
      // No certain sign change yet: another Newton step may bring h closer. A certain one whose
      // ends round differently: the root sits at a rounding midpoint, and no step helps.
      if (rate !== 'uncertain') return rate;
    }
  }
  return undefined;
}

function certify(
  poly: DiscountPolynomial,
  h: BinaryFloat,
  significant: number,
): Decimal | undefined | 'uncertain' {
  const offset = h.mantissa >> HALF_WIDTH_BITS;
  const below = normalize(h.mantissa - offset, h.exponent);
  const above = normalize(h.mantissa + offset, h.exponent);
  const sign = (point: BinaryFloat): number => {
    const at = evaluate(poly, point, false);
    return abs(at.value) > at.error ? (at.value > 0n ? 1 : -1) : 0;
  };
  const signBelow = sign(below);
  if (signBelow === 0 || sign(above) !== -signBelow) return 'uncertain';
  // 1 + rate = h^−d falls as h rises; computed as (1/h)^d, at most (1 + d + d − 1) = 2d units
  // below its exact value.
  const d = poly.stepsPerPeriod;
  const high = roundCertainly(power(reciprocal(below), d), 2 * d, significant);
  const low = roundCertainly(power(reciprocal(above), d), 2 * d, significant);
  if (high === undefined || low === undefined) return undefined;
  if (high.digits !== low.digits || high.exponent !== low.exponent) return undefined;
  return new Decimal(`${high.digits}e${high.exponent}`).minus(ONE);
}
