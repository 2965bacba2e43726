import { BIG_NEGATIVE_ZERO, BIG_ONE, BIG_ZERO, BigDecimal } from './bigDecimal.js';
import { Decimal } from './decimal.js';
import { digitCount, WORD_BASE, WORD_DIGITS } from './decimalParts.js';

// The edges of a BigDecimal computation: Decimal in (a plan's parameters), Decimal out (the
// figures a result reports). Both go through decimal.js's documented words (base 10^7, `e` the
// exponent of the leading digit) rather than text. A value remembers the Decimal it came from or
// went to (`memo`), so it converts once and a Decimal handed in comes back the very same object.

interface Words {
  readonly s: number;
  readonly e: number;
  readonly d: readonly number[] | null;
}

/**
 * A finite Decimal as a BigDecimal with the same digits, sign of zero included.
 * @internal
 *
 * @example
 * ```ts
 * const x = bigFromDecimal(new Decimal('-12.50'));
 * [x.s, x.c, x.e] //=> [-1, 125n, -1]
 * ```
 */
export function bigFromDecimal(value: Decimal): BigDecimal {
  const x = value as unknown as Words;
  const d = x.d;
  if (d === null) throw new RangeError(`not a finite decimal: ${value}`);
  const words = d.length;
  if (d[0] === 0) return x.s < 0 ? BIG_NEGATIVE_ZERO : BIG_ZERO;
  if (words === 1 && d[0] === 1 && x.e === 0 && x.s === 1) return BIG_ONE;
  // The last word's trailing zeros move into the exponent (an exact 1 must read as c = 1, e = 0).
  let last = d[words - 1] as number;
  let zeros = 0;
  while (last % 10 === 0) {
    last /= 10;
    zeros++;
  }
  let c: bigint;
  if (words === 1) c = BigInt(last);
  else if (words === 2) c = BigInt((d[0] as number) * 10 ** (WORD_DIGITS - zeros) + last);
  else {
    // Two words at a time stay below 2^53; the last (shortened) word joins at the end.
    let acc = 0n;
    let k = 0;
    for (; k + 1 < words - 1; k += 2) {
      acc = acc * 100000000000000n + BigInt((d[k] as number) * WORD_BASE + (d[k + 1] as number));
    }
    if (k < words - 1) acc = acc * 10000000n + BigInt(d[k] as number);
    c = acc * BigInt(10 ** (WORD_DIGITS - zeros)) + BigInt(last);
  }
  const n = digitCount(d[0] as number) + WORD_DIGITS * (words - 1) - zeros;
  // decimal.js may hold `e` as a float64; `| 0` (exact for any exponent an accepted value
  // reaches) keeps the BigDecimal's exponent a small integer, as the kernel's own results are:
  // one float64 there would generalise the field and deoptimise every function reading it.
  const exponent = x.e - n + 1;
  const e = (exponent | 0) === exponent ? exponent | 0 : exponent;
  // Only the private Decimal is handed back as it came (another clone's values are its own).
  return new BigDecimal(
    x.s < 0 ? -1 : 1,
    c,
    e,
    n,
    value.constructor === Decimal ? value : undefined,
  );
}

/**
 * The Decimal of a BigDecimal: the private Decimal with the same digits, sign of zero included
 * (the one it was converted from, when it was).
 * @internal
 *
 * @example
 * ```ts
 * bigToDecimal(bigFromDecimal(new Decimal('1.5e-3'))).toString() //=> '0.0015'
 * ```
 */
export function bigToDecimal(value: BigDecimal): Decimal {
  const memo = value.memo;
  if (memo !== undefined) return memo as Decimal;
  // A zero is one of the shared constants, whose memo is set.
  const made = wordsOf(value.s, value.c, value.e);
  value.memo = made;
  return made;
}

/** 10^14, two words' worth of digits; 10^pad for the padding below a word boundary (pad < 7). */
const TWO_WORDS = 100000000000000n;
const PAD = [1n, 10n, 100n, 1000n, 10000n, 100000n, 1000000n];

/** s × c × 10^e (c > 0) as a private Decimal: c's digits cut into words aligned on 10^7k. */
function wordsOf(s: number, c: bigint, e: number): Decimal {
  // Pad c so that its last digit sits on a word boundary: e = 7k − pad.
  const pad = ((e % WORD_DIGITS) + WORD_DIGITS) % WORD_DIGITS;
  const low = (e - pad) / WORD_DIGITS;
  const words: number[] = [];
  if (c < 9007199254740992n) {
    // Below 2^53 in float arithmetic: the lowest word takes the coefficient's last 7 − pad
    // digits (shifted up by pad), every word above it seven.
    let x = Number(c);
    const split = 10 ** (WORD_DIGITS - pad);
    let high = Math.floor(x / split);
    words.push(((x - high * split) * 10 ** pad) | 0);
    x = high;
    while (x > 0) {
      high = Math.floor(x / WORD_BASE);
      words.push((x - high * WORD_BASE) | 0);
      x = high;
    }
  } else {
    // Two words at a time: each BigInt division leaves 14 digits below 2^53, cut in float
    // arithmetic (about half the time of cutting c's text into seven-digit slices).
    let x = pad === 0 ? c : c * (PAD[pad] as bigint);
    while (x > 0n) {
      const above = x / TWO_WORDS;
      const pair = Number(x - above * TWO_WORDS);
      const high = Math.floor(pair / WORD_BASE);
      words.push((pair - high * WORD_BASE) | 0);
      // A zero high word is kept below other words, not at the top (decimal.js has none there).
      if (above > 0n || high > 0) words.push(high | 0);
      x = above;
    }
  }
  // Words were collected lowest first; trailing zero words go (decimal.js keeps none).
  let lowest = 0;
  while (words[lowest] === 0) lowest++;
  const kept = lowest === 0 ? words : words.slice(lowest);
  kept.reverse();
  const topWord = low + words.length - 1;
  // Words and exponent as small integers (each word < 10^7; `| 0` only where exact): a float64
  // here would give the Decimal's array double elements or its `e` a double field, another map
  // for every decimal.js method the model runs on it (seed with variants, cold: 3,913 → 3,329 M
  // instructions, most of it TurboFan recompiling after wrong-map deopts).
  const exponent = topWord * WORD_DIGITS + digitCount(kept[0] as number) - 1;
  return ownDecimal(s, (exponent | 0) === exponent ? exponent | 0 : exponent, kept);
}

/**
 * A Decimal made by decimal.js's own constructor, its fields then set: an object built any
 * other way (decimalParts's `decimalOf`) has another hidden class in V8, and every decimal.js
 * method that meets both kinds turns polymorphic (a cold run of the seed with its variants:
 * −0.5 % instructions). `new Decimal(1)` is the constructor's cheapest path. (Small-integer
 * words and exponent, once measured +8 % cold, measured −15 % with the projection on the kernel.)
 */
function ownDecimal(s: number, e: number, d: number[]): Decimal {
  const x = new Decimal(1) as unknown as { s: number; e: number; d: number[] };
  x.s = s;
  x.e = e;
  x.d = d;
  return x as unknown as Decimal;
}
