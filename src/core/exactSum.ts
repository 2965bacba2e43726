import { type Decimal, ZERO } from './decimal.js';
import {
  decimalOf,
  exponentWithin,
  roundedDecimal,
  WORD_BASE,
  WORD_DIGITS,
} from './decimalParts.js';

/**
 * Operands whose leading words lie further apart than this go to decimal.js, which then trims
 * the smaller one before adding (with the same rounded result, but not by the same steps).
 */
const MAX_GAP = 7;

/**
 * Internal: `a + b` (or `a − b` with `sign` −1), exactly as decimal.js's `plus` and `minus`
 * compute it — the running totals and roll-ups of money and units. The operands' words are
 * aligned and added (or the smaller magnitude subtracted) exactly in one pass, then rounded to
 * 40 digits half-up as decimal.js rounds, without its operand copy. Non-finite values, a zero
 * result and operands of very different magnitudes go to decimal.js itself.
 *
 * @example
 * ```ts
 * exactSum(new Decimal('13500000000'), new Decimal('24567890.55'), 1).toFixed() //=> '13524567890.55'
 * exactSum(new Decimal('0.1'), new Decimal('0.3'), -1).toFixed() //=> '-0.2'
 * ```
 */
export function exactSum(a: Decimal, b: Decimal, sign: 1 | -1): Decimal {
  const ad = a.d;
  const bd = b.d;
  if (ad === null || bd === null) return fallback(a, b, sign);
  // A zero operand (a running total's start): the other one, when decimal.js would not round it.
  if (ad[0] === 0 || bd[0] === 0) return withZero(a, b, sign);
  const ka = Math.floor(a.e / WORD_DIGITS);
  const kb = Math.floor(b.e / WORD_DIGITS);
  const top = Math.max(ka, kb);
  const la = ka - ad.length + 1;
  const lb = kb - bd.length + 1;
  const low = Math.min(la, lb);
  const span = top - low + 1;
  if (Math.abs(ka - kb) > MAX_GAP) return fallback(a, b, sign);
  // r[0] is a spare word for a carry; r[j] holds word exponent top + 1 − j.
  const r: number[] = new Array(span + 1).fill(0);
  const oa = top + 1 - ka;
  for (let i = 0; i < ad.length; i++) r[oa + i] = ad[i] as number;
  const sb = b.s * sign;
  const ob = top + 1 - kb;
  let s = a.s;
  if (a.s === sb) {
    let carry = 0;
    for (let j = span; j >= 0; j--) {
      const t =
        (r[j] as number) + (j >= ob && j - ob < bd.length ? (bd[j - ob] as number) : 0) + carry;
      carry = t >= WORD_BASE ? 1 : 0;
      r[j] = carry ? t - WORD_BASE : t;
    }
  } else {
    const order = compareAligned(r, bd, ob);
    if (order === 0) return fallback(a, b, sign);
    let borrow = 0;
    for (let j = span; j >= 0; j--) {
      const x = r[j] as number;
      const y = j >= ob && j - ob < bd.length ? (bd[j - ob] as number) : 0;
      const t = order > 0 ? x - y - borrow : y - x - borrow;
      borrow = t < 0 ? 1 : 0;
      r[j] = borrow ? t + WORD_BASE : t;
    }
    if (order < 0) s = sb;
  }
  let first = 0;
  while (r[first] === 0) first++;
  return roundedDecimal(s, top + 1 - first, first === 0 ? r : r.slice(first));
}

function withZero(a: Decimal, b: Decimal, sign: 1 | -1): Decimal {
  const ad = a.d;
  const bd = b.d;
  if (ad[0] === 0 && bd[0] !== 0 && exponentWithin(0, bd) !== undefined) {
    return sign === 1 ? b : decimalOf(-b.s, b.e, bd.slice());
  }
  if (bd[0] === 0 && ad[0] !== 0 && exponentWithin(0, ad) !== undefined) return a;
  // Both zero: decimal.js keeps the sign they share (−0 + −0 is −0) and gives +0 otherwise.
  if (ad[0] === 0 && bd[0] === 0) return a.s === b.s * sign ? a : ZERO;
  return fallback(a, b, sign);
}

function fallback(a: Decimal, b: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 ? a.plus(b) : a.minus(b);
}

/** The sign of |a| − |b|, a's words at r (from index 0), b's words from index `ob`. */
function compareAligned(r: readonly number[], bd: readonly number[], ob: number): number {
  for (let j = 0; j < r.length; j++) {
    const x = r[j] as number;
    const y = j >= ob && j - ob < bd.length ? (bd[j - ob] as number) : 0;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}
