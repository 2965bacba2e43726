import type { Decimal } from './decimal.js';
import { decimalOf, digitCount, exponentWithin, WORD_BASE, WORD_DIGITS } from './decimalParts.js';

/** Above this many words in all the product may pass 40 digits: decimal.js rounds it. */
const MAX_WORDS = 7;

/**
 * Internal: `a × b`, exactly as `a.times(b)` computes it (the same digits, exponent and sign),
 * for the products that need no rounding — money times a rate, units times a price. decimal.js
 * copies its operand and runs its rounding step on every product; a product of at most 40
 * significant digits is exact, so neither is needed, and this builds the result directly.
 * Zeros, non-finite values and products that could pass 40 digits go to `a.times(b)` itself, so
 * the result is always decimal.js's.
 *
 * @example
 * ```ts
 * exactTimes(new Decimal('13500000000'), new Decimal('0.0625')).toFixed() //=> '843750000'
 * ```
 */
export function exactTimes(a: Decimal, b: Decimal): Decimal {
  const ad = a.d;
  const bd = b.d;
  if (
    ad === null ||
    bd === null ||
    ad[0] === 0 ||
    bd[0] === 0 ||
    ad.length + bd.length > MAX_WORDS
  ) {
    return a.times(b);
  }
  // The word exponent of the product's first word: a carry out of the top adds a word in front.
  let k = Math.floor(a.e / WORD_DIGITS) + Math.floor(b.e / WORD_DIGITS);
  if (ad.length === 1 && bd.length === 1)
    return wordTimesWord(ad[0] as number, bd[0] as number, k, a.s * b.s);
  const r = wordProduct(ad, bd);
  if (r[0] === 0) r.shift();
  else k++;
  const e = exponentWithin(k, r);
  return e === undefined ? a.times(b) : decimalOf(a.s * b.s, e, r);
}

/** One word times one word: below 10^14, exact in a float64; at most 14 digits. */
function wordTimesWord(x: number, y: number, k: number, sign: number): Decimal {
  const p = x * y;
  const high = Math.floor(p / WORD_BASE);
  const low = p - high * WORD_BASE;
  if (high === 0) return decimalOf(sign, k * WORD_DIGITS + digitCount(low) - 1, [low]);
  const words = low === 0 ? [high] : [high, low];
  return decimalOf(sign, (k + 1) * WORD_DIGITS + digitCount(high) - 1, words);
}

/** The schoolbook product of two word arrays, most significant first, trailing zero words cut. */
function wordProduct(x: readonly number[], y: readonly number[]): number[] {
  const [xd, yd] = x.length < y.length ? [y, x] : [x, y];
  const xl = xd.length;
  const yl = yd.length;
  const r: number[] = new Array(xl + yl).fill(0);
  for (let i = yl - 1; i >= 0; i--) {
    let carry = 0;
    const yi = yd[i] as number;
    let k = xl + i;
    for (; k > i; k--) {
      const t = (r[k] as number) + yi * (xd[k - i - 1] as number) + carry;
      r[k] = t % WORD_BASE;
      carry = Math.floor(t / WORD_BASE);
    }
    r[k] = (r[k] as number) + carry;
  }
  let end = r.length;
  while (end > 1 && r[end - 1] === 0) end--;
  r.length = end;
  return r;
}
