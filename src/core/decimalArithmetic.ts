import { bigQuotient } from './bigDecimal.js';
import { bigFromDecimal, bigToDecimal } from './bigDecimalConvert.js';
import { Decimal, NEGATIVE_ZERO, ZERO } from './decimal.js';
import { digitCount, PRECISION, WORD_DIGITS } from './decimalParts.js';

// The Decimal calculator's arithmetic (and the model's): decimal.js's own methods. The exact
// kernels (exactSum, exactTimes, exactQuotient) give the same digits and win in tight warm loops
// (money's add, multiply and sum), but measured over a whole `runScenario` they gained nothing
// warm and cost ~300 ms in a cold process (more code for V8 to warm up: the CLI's case) — they
// produce a Decimal per operation. The exact projection instead keeps its values in a kernel of
// their own along the whole run (bigDecimal.ts) and converts only what a result shows.
//
// What does pay: half of a plan's operations have an exact 0 or 1 operand (no exports, prices in
// rupees, a zero-cost month), where decimal.js copies the other operand, rounds it to 40 digits
// (a no-op for a value that has at most 40) and hands it back. Those return the operand itself —
// or the zero of the sign decimal.js would give, since `-0` prints as "-0" in JSON. The rule is
// exact only for crorecast's own constructor (a foreign clone rounds to its own precision and
// returns its own instances) and values of at most 40 significant digits; anything else goes to
// decimal.js. test/core/decimalArithmetic.test.ts checks every case against decimal.js.

export { NEGATIVE_ZERO };

interface Words {
  readonly constructor: unknown;
  readonly s: number;
  readonly e: number;
  readonly d: readonly number[] | null;
}

/** The signed zero decimal.js gives for a product or quotient of signs `s`. */
const zeroOfSign = (s: number): Decimal => (s < 0 ? NEGATIVE_ZERO : ZERO);

/** A value of the private Decimal (decimal.js gives a result the constructor of its `this`). */
function isOwn(x: Words): boolean {
  return x.constructor === Decimal;
}

/** An exact zero of the private Decimal. */
function isExactZero(x: Words): boolean {
  return x.d !== null && x.d[0] === 0 && isOwn(x);
}

/** An exact 1 (not −1) of the private Decimal. */
function isExactOne(x: Words): boolean {
  const d = x.d;
  return d !== null && x.e === 0 && x.s === 1 && d.length === 1 && d[0] === 1;
}

/**
 * A finite value of the private Decimal with at most 40 significant digits: decimal.js's
 * rounding leaves it as it is. Five words hold at most 35 digits; longer values are counted.
 */
function isSettled(x: Words): boolean {
  const d = x.d;
  if (d === null || !isOwn(x)) return false;
  return d.length <= 5 || significantDigits(d) <= PRECISION;
}

/** The significant digits of a finite value's words (trailing zeros not counted). */
function significantDigits(d: readonly number[]): number {
  const n = d.length;
  let last = d[n - 1] as number;
  let trailing = 0;
  while (last !== 0 && last % 10 === 0) {
    last /= 10;
    trailing++;
  }
  return digitCount(d[0] as number) + (n - 1) * WORD_DIGITS - trailing;
}

/** a + b (sign 1) or a − b (sign −1), as decimal.js computes it. @internal */
export function decimalSum(a: Decimal, b: Decimal, sign: 1 | -1): Decimal {
  const x = a as unknown as Words;
  const y = b as unknown as Words;
  const xd = x.d;
  const yd = y.d;
  // Only a zero operand (one word, 0) is short-cut; every other sum goes straight to decimal.js.
  if (yd !== null && yd[0] === 0 && isOwn(y)) {
    if (xd !== null && xd[0] === 0 && isOwn(x)) {
      // ±0 ± ±0: decimal.js keeps −0 only for −0 + −0 and −0 − +0.
      return x.s < 0 && y.s * sign < 0 ? NEGATIVE_ZERO : ZERO;
    }
    if (isSettled(x)) return a;
  } else if (sign === 1 && xd !== null && xd[0] === 0 && isOwn(x) && isSettled(y)) {
    return b;
  }
  return sign === 1 ? a.plus(b) : a.minus(b);
}

/** a × b, as decimal.js computes it. @internal */
export function decimalTimes(a: Decimal, b: Decimal): Decimal {
  const x = a as unknown as Words;
  const y = b as unknown as Words;
  if (x.d !== null && y.d !== null) {
    if (isExactZero(x) || isExactZero(y)) {
      if (isOwn(x)) return zeroOfSign(x.s * y.s);
    } else if (isExactOne(y)) {
      if (isSettled(x)) return a;
    } else if (isExactOne(x) && isOwn(x) && isSettled(y)) {
      return b;
    }
  }
  return a.times(b);
}

/**
 * a ÷ b (b not zero), as decimal.js computes it. For crorecast's own finite values the quotient
 * is taken on the BigInt kernel (`bigQuotient`, correctly rounded as decimal.js rounds it): one
 * BigInt division where decimal.js's long division in base 10^7 allocates a dozen arrays (~1.5
 * kB a quotient, a twelfth of what a seed run allocated).
 * @internal
 */
export function decimalQuotient(a: Decimal, b: Decimal): Decimal {
  const x = a as unknown as Words;
  const y = b as unknown as Words;
  if (y.d !== null && y.d[0] !== 0) {
    if (isExactZero(x)) return zeroOfSign(x.s * y.s);
    if (isExactOne(y) && isSettled(x)) return a;
    if (x.d !== null && isOwn(x) && isOwn(y)) {
      return bigToDecimal(bigQuotient(bigFromDecimal(a), bigFromDecimal(b)));
    }
  }
  return a.dividedBy(b);
}

/**
 * `a` added up `count` times in turn from zero (0 + a + a + … with {@link decimalSum}), as one
 * product where that gives the same digits: a fiscal year whose months all hold the very same
 * value (a flat plan, a held price). Every partial sum j·a (j < 100) has at most two significant
 * digits more than a, so for a non-zero a of at most 38 no addition rounds — each gives the exact
 * j·a — and the exact product `a × count` is that same value. Anything else is added up.
 * @internal
 */
export function decimalRepeatedSum(a: Decimal, count: number): Decimal {
  const x = a as unknown as Words;
  const d = x.d;
  if (
    count > 1 &&
    count < 100 &&
    d !== null &&
    d[0] !== 0 &&
    isOwn(x) &&
    significantDigits(d) <= PRECISION - 2
  ) {
    return a.times(count);
  }
  let total = ZERO;
  for (let k = 0; k < count; k++) total = decimalSum(total, a, 1);
  return total;
}
