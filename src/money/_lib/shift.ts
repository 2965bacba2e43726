import { Decimal } from '../../core/decimal.js';

/**
 * `value × 10^places`, exactly: the decimal point moves in the exponent, so no digit is lost to
 * the 40-digit precision that `times` would apply.
 */
export function shiftPoint(value: Decimal, places: number): Decimal {
  const [mantissa = '0', exp = '0'] = value.toExponential().split('e');
  return new Decimal(`${mantissa}e${Number(exp) + places}`);
}
