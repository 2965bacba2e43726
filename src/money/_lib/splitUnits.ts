import type { Decimal } from '../../core/decimal.js';
import { WORD_DIGITS } from '../../core/decimalParts.js';

/** Who receives leftover units (`allocate`'s `AllocationRemainder`). */
type Rule = 'largest-remainder' | 'largest-ratio' | 'first';

/**
 * Part indices in the order they receive leftover units; parts with weight 0 never do. Ties go
 * to the earlier part. Works on whole numbers as `number` or `bigint` alike.
 */
export function recipients<T extends number | bigint>(
  rule: Rule,
  weights: readonly T[],
  leftovers: readonly T[],
): number[] {
  const eligible = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  if (rule === 'first') return eligible;
  const key = rule === 'largest-ratio' ? weights : leftovers;
  return eligible.sort((a, b) => {
    const ka = key[a] as T;
    const kb = key[b] as T;
    return ka === kb ? a - b : ka > kb ? -1 : 1;
  });
}

/** 10^0 … 10^22, every one exact in a float64. */
const POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A rounded amount as a whole number of minor units in a float64, when that is exact: every
 * word times its power of ten is a whole number and the total stays a safe integer (a division
 * of two exact integers whose quotient is whole is exact). Otherwise `undefined`, and the caller
 * takes the bigint path.
 */
export function safeMinorUnits(rounded: Decimal, minorUnit: number): number | undefined {
  const words = rounded.d;
  if (words[0] === 0) return 0;
  const k = Math.floor(rounded.e / WORD_DIGITS);
  let units = 0;
  for (let i = 0; i < words.length; i++) {
    const p = WORD_DIGITS * (k - i) + minorUnit;
    if (p > 15 || p < -22) return undefined;
    const w = words[i] as number;
    const part = p >= 0 ? w * (POWERS[p] as number) : w / (POWERS[-p] as number);
    if (!Number.isInteger(part)) return undefined;
    units += part;
  }
  if (!Number.isSafeInteger(units)) return undefined;
  return rounded.s < 0 ? -units : units;
}

/**
 * Splits `units` (≥ 0) in proportion to whole-number weights, the leftover units by the rule:
 * the float64 twin of allocate's bigint arithmetic, for `units × Σweights` within the safe
 * integers (every product, remainder and quotient below is then exact).
 */
export function splitSafeUnits(units: number, weights: readonly number[], rule: Rule): number[] {
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const parts: number[] = [];
  const leftovers: number[] = [];
  let remaining = units;
  for (const w of weights) {
    const share = units * w;
    const leftover = share % weightSum;
    const part = (share - leftover) / weightSum;
    parts.push(part);
    leftovers.push(leftover);
    remaining -= part;
  }
  if (remaining > 0) {
    for (const i of recipients(rule, weights, leftovers)) {
      if (remaining === 0) break;
      parts[i] = (parts[i] as number) + 1;
      remaining -= 1;
    }
  }
  return parts;
}
