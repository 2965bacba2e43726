import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal.js';

/** Decimal strings below 10^30 (the accepted range) with 0–6 fraction digits, either sign. */
export const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 999999 }),
  )
  .map(([negative, whole, places, fraction]) => {
    const frac = places === 0 ? '' : `.${String(fraction).padStart(6, '0').slice(0, places)}`;
    return `${negative ? '-' : ''}${whole}${frac}`;
  });

/** Amounts up to 10^15 with paise, the everyday range. */
export const paiseText = fc.tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n })).map(([p]) => {
  const neg = p < 0n;
  const s = (neg ? -p : p).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
});

/**
 * Decimals of up to 40 significant digits at magnitudes from 10^−14 to 10^25, either sign, for
 * rounding: ties (a 5 in the place rounded away) and runs of 9s come up often with these digits.
 */
export const roundingDecimals = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.constantFrom('0', '1', '4', '5', '9'), { minLength: 1, maxLength: 40 }),
    fc.integer({ min: -14, max: 25 }),
  )
  .map(([neg, digits, exp]) => new Decimal(`${neg ? '-' : ''}0.${digits.join('')}e${exp}`));
