import { NEGATIVE_ZERO, ONE, ZERO } from './decimal.js';
import { PRECISION } from './decimalParts.js';

// A decimal kept as a BigInt coefficient and a power of ten along a whole computation, with
// decimal.js's semantics at crorecast's precision (40 significant digits, ROUND_HALF_UP): every
// result is the exact one rounded once, as decimal.js gives it, and a zero keeps the sign
// decimal.js gives it (−0 prints as "-0" in JSON). Earlier kernels that produced a Decimal per
// operation gained nothing warm (see decimalArithmetic.ts); this one converts only at the edges
// (bigDecimalConvert.ts), so an operation allocates one small object and one or two BigInts.
//
// Bound: every operation works on its operands' coefficients (at most 40 digits for a rounded
// result, a Decimal's own digits for a converted one) shifted by at most their length plus 43
// digits — an addend too small to reach the rounding digit is replaced by a tiny one of the same
// sign (`sum`) — so time and memory never depend on how far apart the exponents are.

/**
 * An exact decimal `s × c × 10^e`: `c ≥ 0` the coefficient (trailing zeros allowed), `n` its
 * digit count (1 for zero), `s` the sign (kept for zero: −0). Immutable once built; `memo`
 * holds the Decimal it was converted from or to, so a value converts once and keeps its identity.
 * @internal
 */
export class BigDecimal {
  constructor(
    readonly s: number,
    readonly c: bigint,
    readonly e: number,
    readonly n: number,
    public memo: unknown,
  ) {}
}

// Ternaries, not Math.min/max: V8 may represent Math's result as a float64, and a float64
// stored in a BigDecimal's `e` or `n` generalises the class's field from small integers —
// deoptimising every function that read it (seen with --trace-deopt in a cold run; with the
// exponent read from a Decimal kept a small integer too, 2–4 % fewer instructions cold).
// biome-ignore lint/complexity/useMathMinMax: Math.max may give a float64 (see above)
const larger = (a: number, b: number): number => (a > b ? a : b);
// biome-ignore lint/complexity/useMathMinMax: Math.min may give a float64 (see above)
const smaller = (a: number, b: number): number => (a < b ? a : b);

/** 10^k as BigInt for k up to 128 (a shift or rounding step never needs more than ~125). */
const POW: bigint[] = [];
for (let k = 0, p = 1n; k <= 128; k++, p *= 10n) POW.push(p);
const pow10 = (k: number): bigint => POW[k] ?? 10n ** BigInt(k);

/** The digit count of c ≥ 0, given a guess that is at most one too small or too large. */
function digitsNear(c: bigint, guess: number): number {
  let n = larger(guess, 1);
  while (n > 1 && c < pow10(n - 1)) n--;
  while (c >= pow10(n)) n++;
  return n;
}

// Shared constants carry their Decimal already: frozen, they are never written to.
/** 0, −0 and 1, shared. @internal */
export const BIG_ZERO = Object.freeze(new BigDecimal(1, 0n, 0, 1, ZERO));
/** @internal */
export const BIG_NEGATIVE_ZERO = Object.freeze(new BigDecimal(-1, 0n, 0, 1, NEGATIVE_ZERO));
/** @internal */
export const BIG_ONE = Object.freeze(new BigDecimal(1, 1n, 0, 1, ONE));

const zeroOfSign = (s: number): BigDecimal => (s < 0 ? BIG_NEGATIVE_ZERO : BIG_ZERO);

/** Half of 10^k (5 × 10^(k−1)) for k from 1 to 128: what half-up adds before dropping k digits. */
const HALF: bigint[] = [0n];
for (let k = 1; k <= 128; k++) HALF.push((POW[k] as bigint) / 2n);
const half = (k: number): bigint => HALF[k] ?? pow10(k) / 2n;

/**
 * `s × c × 10^e` (c > 0 of n digits) rounded to 40 significant digits, half-up: ⌊(c + 10^k/2) /
 * 10^k⌋ for the k digits dropped — one addition and one division, where taking the remainder
 * and comparing it with half the step took four BigInt operations more (each a heap BigInt).
 * 99…9 rounding up becomes 10^40, kept as 10^39 one exponent up.
 */
function rounded(s: number, c: bigint, e: number, n: number): BigDecimal {
  if (n <= PRECISION) return new BigDecimal(s, c, e, n, undefined);
  const k = n - PRECISION;
  const q = (c + half(k)) / pow10(k);
  if (q === POW[PRECISION])
    return new BigDecimal(s, POW[PRECISION - 1] as bigint, e + k + 1, PRECISION, undefined);
  return new BigDecimal(s, q, e + k, PRECISION, undefined);
}

/** a itself when decimal.js would hand back its digits unchanged (at most 40), else a rounded. */
const settled = (a: BigDecimal): BigDecimal => (a.n <= PRECISION ? a : rounded(a.s, a.c, a.e, a.n));

/** The exponent of a non-zero value's leading digit. */
const top = (a: BigDecimal): number => a.e + a.n - 1;

/**
 * a + b (decimal.js's `plus`): exact, then rounded to 40 digits half-up.
 * @internal
 *
 * @example
 * ```ts
 * const tenth = new BigDecimal(1, 1n, -1, 1, undefined);
 * const r = bigSum(tenth, new BigDecimal(1, 2n, -1, 1, undefined));
 * [r.c, r.e] //=> [3n, -1]
 * ```
 */
export function bigSum(a: BigDecimal, b: BigDecimal): BigDecimal {
  if (b.c === 0n) {
    // ±0 + ±0 is −0 only when both are −0 (half-up never makes x − x a −0).
    if (a.c === 0n) return a.s < 0 && b.s < 0 ? BIG_NEGATIVE_ZERO : BIG_ZERO;
    return settled(a);
  }
  if (a.c === 0n) return settled(b);
  let x = a;
  let y = b;
  if (top(y) > top(x)) {
    x = b;
    y = a;
  }
  // Digits of y below 10^t cannot reach the rounding digit of x + y, nor any digit above it
  // (t is at or below x's last digit and 42 places below its first): a tiny addend of y's sign
  // rounds alike, and keeps the alignment below short.
  const xe = x.e;
  const t = smaller(top(x) - 42, xe);
  let yc = y.c;
  let ye = y.e;
  let yn = y.n;
  if (top(y) < t) {
    yc = 1n;
    ye = t - 1;
    yn = 1;
  }
  if (xe > ye && x.n === PRECISION && x.s === y.s) {
    // The common sum of two rounded values, y's last digit d places below x's: the exact sum
    // xc·10^d + yc rounds at x's last digit unless it carries past 40 digits, so its rounded
    // coefficient is xc + ⌊(yc + 10^d/2) / 10^d⌋ — without shifting xc up and back down. Below
    // 10^40 that is the answer (a carry past 40 digits would have made it 10^40 or more); at
    // 10^40, the general path below decides.
    const d = xe - ye;
    const q = x.c + (yc + half(d)) / pow10(d);
    if (q < (POW[PRECISION] as bigint)) return new BigDecimal(x.s, q, xe, PRECISION, undefined);
  }
  let xc = x.c;
  let e = xe;
  let xn = x.n;
  if (xe > ye) {
    xc *= pow10(xe - ye);
    xn += xe - ye;
    e = ye;
  } else if (ye > xe) {
    yc *= pow10(ye - xe);
    yn += ye - xe;
  }
  if (x.s === y.s) {
    // At least the longer addend's digits, at most one more (a carry): one comparison.
    const c = xc + yc;
    const n = larger(xn, yn);
    return rounded(x.s, c, e, c < pow10(n) ? n : n + 1);
  }
  // Opposite signs: x has the leading digit at or above y's, but y may still be larger.
  let c = xc - yc;
  let s = x.s;
  if (c < 0n) {
    c = -c;
    s = -s;
  } else if (c === 0n) return BIG_ZERO;
  return rounded(s, c, e, digitsNear(c, larger(xn, yn)));
}

/** −a (decimal.js's `negated`, which keeps every digit: it does not round). @internal */
export function bigNegation(a: BigDecimal): BigDecimal {
  if (a.c === 0n) return a.s < 0 ? BIG_ZERO : BIG_NEGATIVE_ZERO;
  return new BigDecimal(-a.s, a.c, a.e, a.n, undefined);
}

/** a − b (decimal.js's `minus`). @internal */
export function bigDifference(a: BigDecimal, b: BigDecimal): BigDecimal {
  if (b.c === 0n) {
    if (a.c === 0n) return a.s < 0 && b.s > 0 ? BIG_NEGATIVE_ZERO : BIG_ZERO;
    return settled(a);
  }
  return bigSum(a, new BigDecimal(-b.s, b.c, b.e, b.n, undefined));
}

/**
 * a × b (decimal.js's `times`); an exact 1 hands the other operand back.
 * @internal
 *
 * @example
 * ```ts
 * const r = bigProduct(new BigDecimal(1, 15n, -1, 2, undefined), new BigDecimal(-1, 2n, 0, 1, undefined));
 * [r.s, r.c, r.e] //=> [-1, 30n, -1]
 * ```
 */
export function bigProduct(a: BigDecimal, b: BigDecimal): BigDecimal {
  const s = a.s * b.s;
  if (a.c === 0n || b.c === 0n) return zeroOfSign(s);
  if (b.c === 1n && b.e === 0 && b.s === 1) return settled(a);
  if (a.c === 1n && a.e === 0 && a.s === 1) return settled(b);
  const c = a.c * b.c;
  const guess = a.n + b.n;
  return rounded(s, c, a.e + b.e, c < pow10(guess - 1) ? guess - 1 : guess);
}

/**
 * a ÷ b for b ≠ 0 (decimal.js's `dividedBy`), correctly rounded: the quotient is taken to at
 * least 41 digits, and half-up needs only the first digit dropped (the remainder past it can
 * never lift a digit below 5 to 5).
 * @internal
 *
 * @example
 * ```ts
 * const r = bigQuotient(new BigDecimal(1, 2n, 0, 1, undefined), new BigDecimal(1, 3n, 0, 1, undefined));
 * [r.c, r.e] //=> [6666666666666666666666666666666666666667n, -40]
 * ```
 */
export function bigQuotient(a: BigDecimal, b: BigDecimal): BigDecimal {
  const s = a.s * b.s;
  if (a.c === 0n) return zeroOfSign(s);
  if (b.c === 1n && b.e === 0 && b.s === 1) return settled(a);
  // a.c × 10^k has b.n + 41 digits, so the quotient has 41 or 42.
  const k = b.n + PRECISION + 1 - a.n;
  const q = k >= 0 ? (a.c * pow10(k)) / b.c : a.c / (b.c * pow10(-k));
  return rounded(
    s,
    q,
    a.e - b.e - k,
    q < (POW[PRECISION + 1] as bigint) ? PRECISION + 1 : PRECISION + 2,
  );
}

/** −1, 0 or 1 as a is below, equal to or above b (−0 equals 0). @internal */
export function bigComparison(a: BigDecimal, b: BigDecimal): -1 | 0 | 1 {
  const sa = a.c === 0n ? 0 : a.s;
  const sb = b.c === 0n ? 0 : b.s;
  if (sa !== sb) return sa > sb ? 1 : -1;
  if (sa === 0) return 0;
  const ta = top(a);
  const tb = top(b);
  let m: number;
  if (ta !== tb) m = ta > tb ? 1 : -1;
  else {
    // Same leading exponent: align the coefficients (the shift is below either's length).
    const x = a.e > b.e ? a.c * pow10(a.e - b.e) : a.c;
    const y = b.e > a.e ? b.c * pow10(b.e - a.e) : b.c;
    if (x === y) return 0;
    m = x > y ? 1 : -1;
  }
  return (m * sa) as -1 | 0 | 1;
}

/**
 * a rounded to a whole number towards −∞ (`up` false: decimal.js's `floor`) or +∞ (`ceil`). As
 * decimal.js, the digits are not rounded to 40 first, and a zero result keeps a's sign.
 * @internal
 */
export function bigWhole(a: BigDecimal, up: boolean): BigDecimal {
  if (a.e >= 0 || a.c === 0n) return a;
  const step = pow10(-a.e);
  let q = a.c / step;
  // Towards −∞ a negative value with a fraction moves away from zero; towards +∞ a positive one.
  if (q * step !== a.c && a.s < 0 !== up) q += 1n;
  if (q === 0n) return zeroOfSign(a.s);
  return new BigDecimal(a.s, q, 0, digitsNear(q, a.n + a.e), undefined);
}
