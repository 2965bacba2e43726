import type { Decimal } from '../../core/decimal.js';

/**
 * A positive binary floating-point number `mantissa · 2^exponent` whose BigInt mantissa has
 * exactly {@link MANTISSA_BITS} bits (2^(P−1) ≤ mantissa < 2^P) and whose exponent is an
 * ordinary number — so that, unlike a fixed point, it holds the astronomically large and small
 * discount factors of a rate solver (e^±100,000) without growing its mantissa.
 *
 * Every operation truncates its exact result to P bits, so it errs by less than one unit in the
 * last place, UNIT = 2^−(P−1) relative, and always **downwards** (never above the exact value).
 * One-sided errors keep the bounds simple: a product of values each at most εᵢ below its exact
 * value is at most Σεᵢ + UNIT below (because Π(1 − εᵢ) ≥ 1 − Σεᵢ); the rate solver builds its
 * guaranteed error bounds on that.
 */
export interface BinaryFloat {
  readonly mantissa: bigint;
  readonly exponent: number;
}

/**
 * P: 256 bits, about 77 decimal digits — twice the 30 digits a rate is returned with and more,
 * so that the error bounds of a whole NPV (UNIT times the largest power, up to ~2^22) stay far
 * below the gap a certified rounding needs. BigInts of 4 words multiply in a few tens of ns.
 */
export const MANTISSA_BITS = 256;
const P = BigInt(MANTISSA_BITS);
const LOWEST = 1n << (P - 1n);
const HIGHEST = 1n << P;
const PRODUCT_HALF = 1n << (2n * P - 1n);

/** 1, exactly. */
export const BINARY_ONE: BinaryFloat = Object.freeze({
  mantissa: LOWEST,
  exponent: 1 - MANTISSA_BITS,
});

/** The number of bits of a positive BigInt (through its hex text: rare calls only). */
export function bitLength(value: bigint): number {
  const hex = value.toString(16);
  return 4 * (hex.length - 1) + (32 - Math.clz32(Number.parseInt(hex[0] ?? '0', 16)));
}

/** `value · 2^exponent` (value > 0) truncated to P bits. */
export function normalize(value: bigint, exponent: number): BinaryFloat {
  const shift = bitLength(value) - MANTISSA_BITS;
  if (shift === 0) return { mantissa: value, exponent };
  return shift > 0
    ? { mantissa: value >> BigInt(shift), exponent: exponent + shift }
    : { mantissa: value << BigInt(-shift), exponent: exponent + shift };
}

/**
 * The product, truncated to P bits. Two mantissas in [2^(P−1), 2^P) multiply to [2^(2P−2),
 * 2^2P), so one comparison tells whether to drop P or P − 1 bits: no bit counting.
 */
export function multiply(a: BinaryFloat, b: BinaryFloat): BinaryFloat {
  const product = a.mantissa * b.mantissa;
  return product >= PRODUCT_HALF
    ? { mantissa: product >> P, exponent: a.exponent + b.exponent + MANTISSA_BITS }
    : { mantissa: product >> (P - 1n), exponent: a.exponent + b.exponent + MANTISSA_BITS - 1 };
}

/** 1/a, truncated: 2^(2P−1) / mantissa lies in (2^(P−1), 2^P], and 2^P only for a power of 2. */
export function reciprocal(a: BinaryFloat): BinaryFloat {
  const quotient = (1n << (2n * P - 1n)) / a.mantissa;
  const exponent = 1 - 2 * MANTISSA_BITS - a.exponent;
  return quotient === HIGHEST
    ? { mantissa: LOWEST, exponent: exponent + 1 }
    : { mantissa: quotient, exponent };
}

/**
 * a^n for a whole n ≥ 1 by squaring and multiplying. For an exact `a` the result is at most
 * (n − 1)·UNIT below a^n: squaring doubles the error of a^k and adds UNIT, (2k − 1)·UNIT for
 * a^2k; a multiplication by a adds UNIT, k·UNIT for a^(k+1). Error bounds scale with n, not
 * with the number of operations (about 2·log₂ n).
 */
export function power(a: BinaryFloat, n: number): BinaryFloat {
  // The leading bit of n (exact for any n < 2^53, unlike Math.log2), then the bits below it.
  let leading = 1;
  while (leading * 2 <= n) leading *= 2;
  let result = a;
  for (let bit = leading / 2; bit >= 1; bit /= 2) {
    result = multiply(result, result);
    if (Math.floor(n / bit) % 2 === 1) result = multiply(result, a);
  }
  return result;
}

/**
 * a^n for a whole n ≥ 1 as the product of a's repeated squares a^(2^k) over the bits of n, the
 * squares kept in `squares` (`[a]` to start) for the next power of the same a — several powers
 * of one number share their squarings. At most (n − 1)·UNIT below a^n, as {@link power}: a^(2^k)
 * is at most (2^k − 1)·UNIT below (a squaring doubles the error and adds UNIT), and each of the
 * products adds UNIT — Σ(2^k − 1) over the bits, plus their number less one, is n − 1.
 */
export function powerOfSquares(squares: BinaryFloat[], n: number): BinaryFloat {
  let result: BinaryFloat | undefined;
  for (let rest = n, k = 0; rest >= 1; rest = Math.floor(rest / 2), k++) {
    if (k >= squares.length) {
      const half = squares[k - 1] as BinaryFloat;
      squares.push(multiply(half, half));
    }
    const square = squares[k] as BinaryFloat;
    if (rest % 2 === 1) result = result === undefined ? square : multiply(result, square);
  }
  return result as BinaryFloat;
}

/**
 * Eight bytes to read a double's bits through: written and read within one synchronous call, so
 * no call sees another's bytes (a DataView per call was most of what reading a double allocated).
 */
const DOUBLE_BITS = new DataView(new ArrayBuffer(8));
const FRACTION_MASK = (1n << 52n) - 1n;

/** A positive finite double, exactly (read from its IEEE 754 bits). */
export function fromNumber(value: number): BinaryFloat {
  DOUBLE_BITS.setFloat64(0, value);
  const bits = DOUBLE_BITS.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & FRACTION_MASK;
  // Subnormals have no hidden bit and the smallest exponent.
  return biased === 0
    ? normalize(fraction, -1074)
    : normalize(fraction | (1n << 52n), biased - 1075);
}

/**
 * 10^(7k) for k < 12 (the words of a 40-digit Decimal, and some): the divisors `fromDecimal`
 * needs, formed once at load rather than by an exponentiation per amount. A constant table.
 */
const TEN_TO_WORDS: readonly bigint[] = Array.from({ length: 12 }, (_, k) => 10n ** BigInt(7 * k));

const TEN_TO_14 = 10n ** 14n;

/** 10^(7k), from the table where it has it. */
const tenToWords = (k: number): bigint => TEN_TO_WORDS[k] ?? 10n ** BigInt(7 * k);

/** |amount| of a non-zero Decimal, at most 2·UNIT below it (a division and a truncation). */
export function fromDecimal(amount: Decimal): BinaryFloat {
  // decimal.js's documented representation: base-10^7 words, e the exponent of the leading digit.
  const words = amount.d;
  const n = words.length;
  // Two words at a time: w·10^7 + w′ < 10^14 is an exact double, so one BigInt step per pair.
  let coefficient = n % 2 === 1 ? BigInt(words[0] ?? 0) : 0n;
  for (let i = n % 2; i < n; i += 2) {
    coefficient = coefficient * TEN_TO_14 + BigInt((words[i] ?? 0) * 1e7 + (words[i + 1] ?? 0));
  }
  const wordExponent = Math.floor(amount.e / 7) - n + 1;
  if (wordExponent >= 0) return normalize(coefficient * tenToWords(wordExponent), 0);
  // N / 10^k with enough bits shifted in that the quotient has at least P + 1 bits.
  const shift =
    MANTISSA_BITS + 1 - bitLength(coefficient) + Math.ceil(7 * -wordExponent * Math.log2(10));
  return normalize((coefficient << BigInt(shift)) / tenToWords(-wordExponent), -shift);
}

/** e^x as a BinaryFloat from float64 work, valid for any finite x (a starting guess only). */
export function expOf(x: number): BinaryFloat {
  const k = Math.round(x / Math.LN2);
  const start = fromNumber(Math.exp(x - k * Math.LN2));
  return { mantissa: start.mantissa, exponent: start.exponent + k };
}
