import { BIG_ONE, BigDecimal, bigProduct } from '../../core/bigDecimal.js';
import { bigFromDecimal, bigToDecimal } from '../../core/bigDecimalConvert.js';
import { PRECISION } from '../../core/decimalParts.js';

/** decimal.js's word: 7 decimal digits. */
const WORD_DIGITS = 7;
/** The words decimal.js's `intPow` keeps of each product: ⌈precision / 7 + 4⌉ (10 at 40 digits). */
const KEPT_WORDS = Math.ceil(PRECISION / WORD_DIGITS + 4);

/**
 * `x.toPower(n)` as decimal.js gives it for a positive x and a whole n ≥ 1, on BigInts: its
 * `intPow` — squaring and multiplying exactly, each product cut (toward zero) to the 10 words of
 * 7 digits from its leading word, the words aligned on the decimal point as decimal.js aligns
 * them — then rounded once to 40 digits, half-up (`finalise`). The word a cut product's last is
 * raised from 0 to 1 (`intPow`'s sticky digit) lies 20-odd digits below the rounding digit and
 * can never carry into it, so half-up reads the same digits without it. The same digits as
 * decimal.js, without its arrays of words and its Decimals: a run's powers of the daily growth.
 * @internal
 */
export function bigWholePower(x: BigDecimal, n: number): BigDecimal {
  // r = 1 and p = x, each c × 10^e of d digits; locals, not tuples: nothing but the BigInts.
  let rc = 1n;
  let re = 0;
  let rd = 1;
  let pc = x.c;
  let pe = x.e;
  let pd = x.n;
  for (let k = n; ; ) {
    if (k % 2 === 1) {
      rc *= pc;
      re += pe;
      rd = rd + pd - (rc < pow10(rd + pd - 1) ? 1 : 0);
      const drop = dropped(re, rd);
      if (drop > 0) {
        rc /= pow10(drop);
        re += drop;
        rd -= drop;
      }
    }
    k = Math.floor(k / 2);
    if (k === 0) break;
    pc *= pc;
    pe += pe;
    pd = 2 * pd - (pc < pow10(2 * pd - 1) ? 1 : 0);
    const drop = dropped(pe, pd);
    if (drop > 0) {
      pc /= pow10(drop);
      pe += drop;
      pd -= drop;
    }
  }
  // Rounded to 40 digits half-up, as a product by one rounds (decimal.js's `finalise`).
  return bigProduct(new BigDecimal(1, rc, re, rd, undefined), BIG_ONE);
}

/** 10^k for k up to 200 (a cut product has at most 77 digits, a product of two 154). */
const POW: bigint[] = [];
for (let k = 0, q = 1n; k <= 200; k++, q *= 10n) POW.push(q);
const pow10 = (k: number): bigint => POW[k] ?? 10n ** BigInt(k);

/**
 * The digits `intPow` cuts from c × 10^e of d digits: those below the 10th 7-digit word from its
 * leading word, the words aligned on the decimal point (0: none).
 */
function dropped(e: number, d: number): number {
  const lowest = WORD_DIGITS * (Math.floor((e + d - 1) / WORD_DIGITS) - KEPT_WORDS + 1);
  return lowest > e ? lowest - e : 0;
}

/**
 * `stepPowers(growth, steps, gaps)` (exponentialSum.ts) read with `bigFromDecimal`, on BigInts:
 * the first power `growth.toPower(step)` ({@link bigWholePower} for a step ≥ 1), each next the
 * one before times the gap's power (`times`: the exact product rounded to 40 digits half-up, as
 * `bigProduct` rounds it), the gaps' powers kept in `gaps` — the very digits, for a prepared
 * rate's present values.
 * @internal
 */
export function bigStepPowers(
  growth: BigDecimal,
  steps: readonly number[],
  gaps: Map<number, BigDecimal>,
): BigDecimal[] {
  const powers: BigDecimal[] = [];
  let power: BigDecimal | undefined;
  let previous = 0;
  for (const step of steps) {
    if (power === undefined) power = wholePowerOf(growth, step);
    else {
      const gap = step - previous;
      let factor = gaps.get(gap);
      if (factor === undefined) {
        factor = wholePowerOf(growth, gap);
        gaps.set(gap, factor);
      }
      power = bigProduct(power, factor);
    }
    previous = step;
    powers.push(power);
  }
  return powers;
}

/** growth^step: {@link bigWholePower} for step ≥ 1, else decimal.js's own `toPower`. */
function wholePowerOf(growth: BigDecimal, step: number): BigDecimal {
  return step >= 1
    ? bigWholePower(growth, step)
    : bigFromDecimal(bigToDecimal(growth).toPower(step));
}
