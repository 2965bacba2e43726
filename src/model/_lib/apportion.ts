import { Decimal, ZERO } from '../../core/decimal.js';

/**
 * Rounds exact parts of any sign to the paisa so that they sum exactly to `total` rounded
 * half-up to the paisa: every part is first rounded down (towards −∞), then the paise still
 * missing go one each to the parts that lost the most in that rounding (ties to the earlier
 * part) — Hamilton's largest-remainder method, which `allocate` uses for non-negative ratios,
 * extended to signed parts (present values of a plan's years can be of either sign). When the
 * parts' sum is off the total by more than twice their count of paise (not the case for parts that
 * add up to it) the caller has a bug and an Error is thrown, which keeps the loop bounded.
 *
 * @param total - the exact total the rounded parts must sum to (after rounding it)
 * @param parts - exact parts that add up to `total` (up to Decimal precision)
 * @returns the parts in paise, in order, summing to `total` rounded half-up to two places
 *
 * @example
 * ```ts
 * const d = toDecimal;
 * apportionToPaisa(d('2'), [d('-1.005'), d('2.337'), d('0.668')]).map((p) => p.toFixed())
 * //=> ['-1.01', '2.34', '0.67']
 * ```
 */
export function apportionToPaisa(total: Decimal, parts: readonly Decimal[]): Decimal[] {
  const target = total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const floors = parts.map((p) => p.toDecimalPlaces(2, Decimal.ROUND_FLOOR));
  const sum = floors.reduce((a, f) => a.plus(f), ZERO);
  let paise = target.minus(sum).times(100).toNumber();
  if (parts.length === 0 || paise === 0) return floors;
  if (Math.abs(paise) > 2 * parts.length + 2) {
    // A caller's bug, not an input: the loop below is bounded by this check.
    throw new Error(`apportionToPaisa: parts miss the total ${target.toFixed()} by ${paise} paise`);
  }
  const loss = parts.map((p, i) => p.minus(floors[i] ?? p));
  const order = parts.map((_, i) => i);
  // Give to the largest losses first; take back from the smallest.
  const sign = paise > 0 ? 1 : -1;
  order.sort((a, b) => sign * (loss[b] ?? ZERO).comparedTo(loss[a] ?? ZERO) || a - b);
  const step = new Decimal(paise > 0 ? '0.01' : '-0.01');
  const result = [...floors];
  for (let k = 0; paise !== 0; k++) {
    const i = order[k % order.length] ?? 0;
    result[i] = (result[i] ?? step).plus(step);
    paise += paise > 0 ? -1 : 1;
  }
  return result;
}
