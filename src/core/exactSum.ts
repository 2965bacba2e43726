import { type Decimal, ZERO } from './decimal.js';
import { roundedDecimal, WORD_BASE, WORD_DIGITS } from './decimalParts.js';

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
  // A zero operand (a running total's start): the other one, rounded as decimal.js rounds it.
  if (ad[0] === 0 || bd[0] === 0) return withZero(a, b, sign);
  const ka = Math.floor(a.e / WORD_DIGITS);
  const kb = Math.floor(b.e / WORD_DIGITS);
  const top = Math.max(ka, kb);
  const la = ka - ad.length + 1;
  const lb = kb - bd.length + 1;
  const low = Math.min(la, lb);
  const span = top - low + 1;
  if (Math.abs(ka - kb) > MAX_GAP) return fallback(a, b, sign);
  // r[0] is a spare word for a carry; r[j] holds word exponent top + 1 − j. Operand words sit
  // from oa and ob on.
  const oa = top + 1 - ka;
  const ob = top + 1 - kb;
  const al = ad.length;
  const bl = bd.length;
  const sb = b.s * sign;
  const r: number[] = [];
  let s = a.s;
  if (a.s === sb) {
    for (let j = 0; j <= span; j++) r.push(0);
    let carry = 0;
    for (let j = span; j >= 0; j--) {
      const ia = j - oa;
      const ib = j - ob;
      const t =
        (ia >= 0 && ia < al ? (ad[ia] as number) : 0) +
        (ib >= 0 && ib < bl ? (bd[ib] as number) : 0) +
        carry;
      carry = t >= WORD_BASE ? 1 : 0;
      r[j] = carry ? t - WORD_BASE : t;
    }
  } else {
    const order = compareAligned(ad, oa, bd, ob, span);
    if (order === 0) return fallback(a, b, sign);
    // Subtract the smaller magnitude from the larger.
    const [xd, ox, xl, yd, oy, yl] =
      order > 0 ? [ad, oa, al, bd, ob, bl] : [bd, ob, bl, ad, oa, al];
    for (let j = 0; j <= span; j++) r.push(0);
    let borrow = 0;
    for (let j = span; j >= 0; j--) {
      const ix = j - ox;
      const iy = j - oy;
      const t =
        (ix >= 0 && ix < xl ? (xd[ix] as number) : 0) -
        (iy >= 0 && iy < yl ? (yd[iy] as number) : 0) -
        borrow;
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
  // The other operand, rounded to 40 digits as decimal.js rounds its copy of it.
  if (ad[0] === 0 && bd[0] !== 0) {
    return roundedDecimal(b.s * sign, Math.floor(b.e / WORD_DIGITS), bd.slice());
  }
  if (bd[0] === 0 && ad[0] !== 0)
    return roundedDecimal(a.s, Math.floor(a.e / WORD_DIGITS), ad.slice());
  // Both zero: decimal.js keeps the sign they share (−0 + −0 is −0) and gives +0 otherwise.
  return a.s === b.s * sign ? a : ZERO;
}

function fallback(a: Decimal, b: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 ? a.plus(b) : a.minus(b);
}

/** The sign of |a| − |b|, their words from positions oa and ob of a common span. */
function compareAligned(
  ad: readonly number[],
  oa: number,
  bd: readonly number[],
  ob: number,
  span: number,
): number {
  for (let j = 0; j <= span; j++) {
    const ia = j - oa;
    const ib = j - ob;
    const x = ia >= 0 && ia < ad.length ? (ad[ia] as number) : 0;
    const y = ib >= 0 && ib < bd.length ? (bd[ib] as number) : 0;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}
