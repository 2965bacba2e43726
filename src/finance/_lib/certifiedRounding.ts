import { type BinaryFloat, MANTISSA_BITS } from './binaryFloat.js';

const LOG10_2 = Math.log10(2);

/** A decimal `digits · 10^exponent`. */
export interface ScaledDigits {
  readonly digits: bigint;
  readonly exponent: number;
}

/** Binary places kept below the last decimal digit to judge the rounding. */
const GUARD = 64n;
const HALF = 1n << (GUARD - 1n);

/**
 * The value a computed `x` stands for, rounded half-up to `significant` digits — but only when
 * that rounding is certain: `x` may lie up to `unitsBelow`·2^−(P−1) (relative) below the exact
 * value it approximates (never above it, see {@link BinaryFloat}), and every value in that range
 * must round to the same digits. Otherwise undefined (the exact value may sit on the other side
 * of a rounding midpoint).
 *
 * Works in integers throughout: Y = ⌊x · 10^(significant − 1 − q) · 2^64⌋ where 10^q ≤ x <
 * 10^(q+1), so that Y / 2^64 is x in units of the last kept digit and Y's low 64 bits its
 * fraction. At most two corrections of the float64 estimate of q (it is off by one at worst).
 */
export function roundCertainly(
  x: BinaryFloat,
  unitsBelow: number,
  significant: number,
): ScaledDigits | undefined {
  const lowest = (10n ** BigInt(significant - 1)) << GUARD;
  const highest = lowest * 10n;
  const top = Number(x.mantissa >> BigInt(MANTISSA_BITS - 53));
  let q = Math.floor(Math.log10(top) + (x.exponent + MANTISSA_BITS - 53) * LOG10_2);
  for (let attempt = 0; attempt < 3; attempt++) {
    const y = scaledFloor(x, significant - 1 - q);
    if (y < lowest) q--;
    else if (y >= highest) q++;
    else {
      const rounded = roundScaled(y, unitsBelow, q - significant + 1);
      // 9.99…95 rounds up to 10.00…0: one digit more, written as the next decade's 1.00…0 so
      // that equal values have equal digits.
      return rounded?.digits === highest >> GUARD
        ? { digits: rounded.digits / 10n, exponent: rounded.exponent + 1 }
        : rounded;
    }
  }
  return undefined;
}

/** ⌊x · 10^tens · 2^GUARD⌋, exactly. */
function scaledFloor(x: BinaryFloat, tens: number): bigint {
  let numerator = x.mantissa;
  let denominator = 1n;
  if (tens >= 0) numerator *= 10n ** BigInt(tens);
  else denominator = 10n ** BigInt(-tens);
  const shift = x.exponent + Number(GUARD);
  if (shift >= 0) numerator <<= BigInt(shift);
  else denominator <<= BigInt(-shift);
  return numerator / denominator;
}

function roundScaled(y: bigint, unitsBelow: number, exponent: number): ScaledDigits | undefined {
  const fraction = y & ((1n << GUARD) - 1n);
  // The exact value lies in [y, (y + 1)(1 + 2·unitsBelow·UNIT)): y + 1 + slack bounds it (the 2
  // covers 1/(1 − ε) ≤ 1 + 2ε), in the same 2^−64 units of the last digit.
  const slack =
    2n + ((y + 1n) * BigInt(2 * Math.ceil(unitsBelow) + 2)) / (1n << BigInt(MANTISSA_BITS - 1));
  const whole = y >> GUARD;
  // Half-up: at or past the midpoint rounds up. The exact value is at least y, so a fraction at
  // or past it is certain; one below it must stay below even with the slack added.
  if (fraction >= HALF) {
    // Rounding up is certain unless the slack could carry past the next midpoint (never, in
    // practice: the slack is a few units of 2^−64 and the fraction below 2^64).
    return fraction + slack < (1n << GUARD) + HALF ? { digits: whole + 1n, exponent } : undefined;
  }
  return fraction + slack < HALF ? { digits: whole, exponent } : undefined;
}
