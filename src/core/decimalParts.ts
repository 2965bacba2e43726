import { Decimal } from './decimal.js';

/**
 * decimal.js's documented representation (its README, "Decimal instance properties"): a value is
 * `s × Σ d[i] × 10^(7(k − i))`, its digits in base-10^7 words, the first without leading zeros
 * and no trailing zero words, `e` the exponent of the leading digit and `k = ⌊e / 7⌋`.
 */
export const WORD_BASE = 1e7;
export const WORD_DIGITS = 7;
/** The private Decimal's precision: a result with no more digits than this is never rounded. */
export const PRECISION = 40;

/** The number of decimal digits of a word (1 for 0…9; 8 for a word that carried to 10^7). */
export function digitCount(word: number): number {
  if (word < 1e4) return word < 100 ? (word < 10 ? 1 : 2) : word < 1e3 ? 3 : 4;
  return word < 1e6 ? (word < 1e5 ? 5 : 6) : word < 1e7 ? 7 : 8;
}

// An instance as decimal.js's own constructor leaves it (its `constructor`, `s`, `e` and `d` own
// properties, in that order, on the shared prototype) without the constructor's argument
// dispatch and copy, which cost more than the arithmetic on short values.
interface Parts {
  constructor: typeof Decimal;
  s: number;
  e: number;
  d: number[];
}
function DecimalParts(this: Parts, s: number, e: number, d: number[]): void {
  this.constructor = Decimal;
  this.s = s;
  this.e = e;
  this.d = d;
}
DecimalParts.prototype = Decimal.prototype;

/**
 * Internal: a private Decimal from its sign, exponent and words, which must already be
 * normalised (no leading or trailing zero words, at most 40 significant digits, a finite
 * non-zero value): the results of the exact kernels `exactTimes` and `exactSum`.
 *
 * @example
 * ```ts
 * decimalOf(1, 10, [1350]).toFixed() //=> '13500000000'
 * ```
 */
export function decimalOf(sign: number, exponent: number, words: number[]): Decimal {
  return new (DecimalParts as unknown as new (s: number, e: number, d: number[]) => Decimal)(
    sign,
    exponent,
    words,
  );
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * Internal: `units × 10^−scale` as a private Decimal, for a safe integer of minor units (paise,
 * cents) and a scale of 0 or more — the value `new Decimal('8189296.85')` gives for `818929685`
 * paise, built from the words instead of through text.
 *
 * @example
 * ```ts
 * decimalFromUnits(818929685, 2).toFixed() //=> '8189296.85'
 * decimalFromUnits(-5, 0).toFixed() //=> '-5'
 * ```
 */
export function decimalFromUnits(units: number, scale: number): Decimal {
  if (units === 0) return new Decimal(0);
  const sign = units < 0 ? -1 : 1;
  const magnitude = units < 0 ? -units : units;
  // Scale the integer by 10^pad so that its last word ends on a word boundary (10^(−7·w)).
  const pad = (WORD_DIGITS - (scale % WORD_DIGITS)) % WORD_DIGITS;
  const lowWord = -(scale + pad) / WORD_DIGITS;
  const factor = POWERS_OF_TEN[pad] as number;
  // Split first so that no intermediate leaves the safe-integer range: below 2^53 · 10^6 the
  // value has at most four words, w3 (the top) to w0.
  const high = Math.floor(magnitude / WORD_BASE);
  const low = (magnitude - high * WORD_BASE) * factor;
  // Floor and subtract rather than `%`, which V8 runs as a call on values past 2^31.
  const carry0 = Math.floor(low / WORD_BASE);
  const w0 = low - carry0 * WORD_BASE;
  const rest = high * factor + carry0;
  const rest2 = Math.floor(rest / WORD_BASE);
  const w1 = rest - rest2 * WORD_BASE;
  const w3 = Math.floor(rest2 / WORD_BASE);
  const w2 = rest2 - w3 * WORD_BASE;
  const all = [w3, w2, w1, w0];
  let first = 0;
  while (all[first] === 0) first++;
  let end = 4;
  while (all[end - 1] === 0) end--;
  const words = first === 0 && end === 4 ? all : all.slice(first, end);
  const top = lowWord + 3 - first;
  return decimalOf(sign, top * WORD_DIGITS + digitCount(words[0] as number) - 1, words);
}

/**
 * Internal: a private Decimal from an exact result's sign and words (most significant first, no
 * leading zero word; `k` the word exponent of the first), rounded as decimal.js rounds every
 * result — to 40 significant digits, half-up (`ROUND_HALF_UP` looks only at the first digit
 * dropped) — with trailing zero words cut. `words` is consumed.
 *
 * @example
 * ```ts
 * roundedDecimal(1, 1, [1, 2345678]).toFixed() //=> '12345678'
 * roundedDecimal(1, 0, [9999999, 9999999, 9999999, 9999999, 9999999, 9999999, 9999999]).toFixed() //=> '10000000' (49 nines, rounded to 40 digits)
 * ```
 */
export function roundedDecimal(sign: number, k: number, words: number[]): Decimal {
  const first = digitCount(words[0] as number);
  let top = k;
  if (first + WORD_DIGITS * (words.length - 1) > PRECISION) {
    // The last kept digit is in word `last`, the `keep`-th of its seven (leading zeros counted).
    const last = Math.ceil((PRECISION - first) / WORD_DIGITS);
    const keep = PRECISION - first - WORD_DIGITS * (last - 1);
    const w = words[last] as number;
    const unit = POWERS_OF_TEN[WORD_DIGITS - keep] as number;
    const dropped =
      keep < WORD_DIGITS
        ? Math.floor(w / (unit / 10)) % 10
        : Math.floor((words[last + 1] ?? 0) / (WORD_BASE / 10));
    words.length = last + 1;
    words[last] = w - (w % unit) + (dropped >= 5 ? unit : 0);
    for (let j = last; j > 0 && (words[j] as number) >= WORD_BASE; j--) {
      words[j] = (words[j] as number) - WORD_BASE;
      words[j - 1] = (words[j - 1] as number) + 1;
    }
    if ((words[0] as number) >= WORD_BASE) {
      words[0] = (words[0] as number) - WORD_BASE;
      words.unshift(1);
      top++;
    }
  }
  let end = words.length;
  while (end > 1 && words[end - 1] === 0) end--;
  words.length = end;
  return decimalOf(sign, top * WORD_DIGITS + digitCount(words[0] as number) - 1, words);
}

/**
 * A text key for a decimal's exact value, equal for two decimals exactly when they hold the same
 * digits and sign — a negative zero stays apart from zero, since it keeps its sign through
 * parsing and prints as "-0" in JSON. For memo keys (a parsed scheme's data, a valuation's
 * figures), never for display.
 *
 * @example
 * ```ts
 * decimalKey(new Decimal('-0')) //=> '-0'
 * decimalKey(new Decimal('1.50')) //=> '1.5'
 * ```
 */
export function decimalKey(d: Decimal): string {
  return `${d.isNegative() ? '-' : ''}${d.abs().toString()}`;
}
