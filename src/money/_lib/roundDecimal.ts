import type { Decimal } from '../../core/decimal.js';
import { ArgumentError, describe } from '../../core/errors.js';
import { decimalJsRounding, ROUNDING_MODES, type RoundingMode } from '../../core/rounding.js';
import { shiftPoint } from './shift.js';

/** Validates a rounding mode from untyped callers (an unknown name must not mean "default"). */
export function checkMode(mode: unknown): RoundingMode {
  if (!(ROUNDING_MODES as readonly unknown[]).includes(mode)) {
    throw new ArgumentError(
      'INVALID_ROUNDING_MODE',
      `rounding mode ${describe(mode)} is not one of ${ROUNDING_MODES.join(', ')}`,
    );
  }
  return mode as RoundingMode;
}

/** Validates a number of decimal places (negative rounds to tens, hundreds, … like Excel). */
export function checkScale(scale: unknown, what = 'scale'): number {
  if (typeof scale !== 'number' || !Number.isSafeInteger(scale) || Math.abs(scale) > 1000) {
    throw new ArgumentError('INVALID_SCALE', `${what} ${describe(scale)} must be a whole number`);
  }
  return scale;
}

/**
 * Rounds `value` to `scale` decimal places with a named mode. `toDecimalPlaces` is exact at any
 * magnitude (it does not apply the 40-digit precision); a negative scale shifts the decimal
 * point, which is also exact.
 */
export function roundDecimal(value: Decimal, scale: number, mode: RoundingMode): Decimal {
  const rm = decimalJsRounding(mode);
  // Already on the scale (an amount in whole paise): nothing to round, the same digits back.
  if (scale >= 0) return value.decimalPlaces() <= scale ? value : value.toDecimalPlaces(scale, rm);
  return shiftPoint(shiftPoint(value, scale).toDecimalPlaces(0, rm), -scale);
}
