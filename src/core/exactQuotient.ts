import type { Decimal } from './decimal.js';
import { roundedDecimal, WORD_BASE, WORD_DIGITS } from './decimalParts.js';

/** Quotient words past the first non-zero one: 1 + 6 × 7 = 43 digits, beyond the 41 needed. */
const QUOTIENT_WORDS = 7;

/**
 * Internal: `a ÷ b`, exactly as `a.dividedBy(b)` computes it, for a divisor of one word (up to
 * seven significant digits on a word boundary: 12, 2, 900, 0.5, a month count) — the short
 * division of the projection's averages, interpolations and per-worker rates. The quotient's
 * words are produced by short division with a remainder, then rounded to 40 digits half-up
 * (which looks only at the first digit dropped, so 43 digits are enough), as decimal.js rounds.
 * Longer divisors, zeros and non-finite values go to decimal.js itself; a zero divisor too (the
 * calculator checks it before).
 *
 * @example
 * ```ts
 * exactQuotient(new Decimal('100'), new Decimal('12')).toFixed() //=> '8.333333333333333333333333333333333333333'
 * exactQuotient(new Decimal('1'), new Decimal('0.5')).toFixed() //=> '2'
 * ```
 */
export function exactQuotient(a: Decimal, b: Decimal): Decimal {
  const ad = a.d;
  const bd = b.d;
  if (ad === null || bd === null || ad[0] === 0 || bd[0] === 0 || bd.length !== 1) {
    return a.dividedBy(b);
  }
  const divisor = bd[0] as number;
  const words: number[] = [];
  let remainder = 0;
  let significant = 0;
  let leadingZeros = 0;
  for (let i = 0; significant < QUOTIENT_WORDS && (i < ad.length || remainder !== 0); i++) {
    // Below 10^14: remainder < divisor < 10^7, so every step is exact in a float64.
    const t = remainder * WORD_BASE + (ad[i] ?? 0);
    const q = Math.floor(t / divisor);
    remainder = t - q * divisor;
    if (significant > 0 || q !== 0) {
      words.push(q);
      significant++;
    } else {
      // A leading zero word: the quotient starts one word lower.
      leadingZeros++;
    }
  }
  const k = Math.floor(a.e / WORD_DIGITS) - Math.floor(b.e / WORD_DIGITS) - leadingZeros;
  return roundedDecimal(a.s * b.s, k, words);
}
