import { Decimal } from '../../core/decimal.js';

/**
 * The growth per day (1 + rate)^(1/d) exactly as `Decimal.exp(Decimal.ln(1 + rate) / d)` gives
 * it, without decimal.js's ln and exp at 40 digits (a fifth of a plan's valuation): both are
 * correctly rounded (decimal.js raises its working precision until the rounding is certain), so
 * any computation that finds the same correctly rounded values gives the same digits. Here each
 * is a series in BigInt fixed point to 70 decimals (error below 10^−66), rounded half-up to 40
 * significant digits only where the rounding is certain — the value at least 10^−64 away from a
 * rounding midpoint; the division by d stays decimal.js's. Undefined (the caller then takes
 * decimal.js's path) outside 1 + rate in [1/2, 2], for a rate of zero or within 10^−20 of it,
 * and where a rounding is not certain.
 */
export function certainStepGrowth(base: Decimal, stepsPerPeriod: number): Decimal | undefined {
  if (!(base.greaterThanOrEqualTo(HALF) && base.lessThanOrEqualTo(2))) return undefined;
  const x = fixedOf(base);
  if (x === undefined) return undefined;
  const log = roundedToPrecision(lnFixed(x));
  if (log === undefined) return undefined;
  const y = fixedOf(log.dividedBy(stepsPerPeriod));
  if (y === undefined) return undefined;
  return roundedToPrecision(expFixed(y));
}

/** Decimals of the fixed point, and the error allowed for a series' value (in its units). */
const SCALE_DIGITS = 70;
const SCALE = 10n ** BigInt(SCALE_DIGITS);
const ERROR = 10n ** 6n;
const HALF = new Decimal('0.5');

/** A Decimal as an integer in units of 10^−70, when it is exactly that (else undefined). */
function fixedOf(value: Decimal): bigint | undefined {
  // Its last significant digit must lie at or above 10^−70, and it must not be near zero.
  if (value.isZero() || value.e < -20 || value.e - value.sd() + 1 < -SCALE_DIGITS) return undefined;
  const [whole = '', fraction = ''] = value.abs().toFixed(SCALE_DIGITS).split('.');
  const units = BigInt(whole + fraction);
  return value.isNegative() ? -units : units;
}

/** ln x = 2·atanh((x − 1)/(x + 1)) for x in [1/2, 2] (|z| ≤ 1/3), truncated terms. */
function lnFixed(x: bigint): bigint {
  const z = ((x - SCALE) * SCALE) / (x + SCALE);
  const z2 = (z * z) / SCALE;
  let power = z;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * z2) / SCALE;
  }
  return 2n * sum;
}

/** e^y = Σ y^k/k! for |y| ≤ 1, truncated terms. */
function expFixed(y: bigint): bigint {
  let term = SCALE;
  let sum = SCALE;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * y) / SCALE / k;
    sum += term;
  }
  return sum;
}

/**
 * A fixed-point value within {@link ERROR} units of the true one, rounded half-up to the
 * Decimal's 40 significant digits — when every value within the error rounds alike.
 */
function roundedToPrecision(value: bigint): Decimal | undefined {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const digits = magnitude.toString().length;
  const dropped = digits - Decimal.precision;
  // Far from a power of ten (the digit count, and so the position of the rounding, is certain).
  if (dropped < 10 || magnitude - 10n ** BigInt(digits - 1) <= ERROR) return undefined;
  if (10n ** BigInt(digits) - magnitude <= ERROR) return undefined;
  const unit = 10n ** BigInt(dropped);
  const kept = magnitude / unit;
  const rest = magnitude % unit;
  const half = unit / 2n;
  // Half-up: up from half a unit on; a value within the error of it could round either way.
  if (rest - half <= ERROR && half - rest <= ERROR) return undefined;
  const rounded = rest >= half ? kept + 1n : kept;
  return new Decimal(`${negative ? '-' : ''}${rounded}e-${SCALE_DIGITS - dropped}`);
}
