import type { Decimal } from './decimal.js';
import { decimalOf, digitCount, roundedDecimal, WORD_BASE, WORD_DIGITS } from './decimalParts.js';

/** Longer operands (beyond 40-digit values) go to decimal.js. */
const MAX_WORDS = 16;

/**
 * Internal: `a × b`, exactly as `a.times(b)` computes it (the same digits, exponent and sign),
 * — money times a rate, units times a price: the exact schoolbook product of the words, rounded
 * to 40 digits half-up as decimal.js rounds, without its operand copy (a product of one word by
 * one word needs no rounding at all). Zeros, non-finite values and longer operands go to
 * `a.times(b)` itself.
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
  const r =
    bd.length === 1
      ? wordsTimesWord(ad, bd[0] as number)
      : ad.length === 1
        ? wordsTimesWord(bd, ad[0] as number)
        : wordProduct(ad, bd);
  if (r[0] === 0) r.shift();
  else k++;
  return roundedDecimal(a.s * b.s, k, r);
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

/** Words times one word (a rate, a price of up to seven digits): one pass with a carry. */
function wordsTimesWord(x: readonly number[], y: number): number[] {
  const r: number[] = [0];
  for (let i = 0; i < x.length; i++) r.push(0);
  let carry = 0;
  for (let i = x.length - 1; i >= 0; i--) {
    const t = (x[i] as number) * y + carry;
    carry = Math.floor(t / WORD_BASE);
    r[i + 1] = t - carry * WORD_BASE;
  }
  r[0] = carry;
  let end = r.length;
  while (end > 1 && r[end - 1] === 0) end--;
  r.length = end;
  return r;
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
