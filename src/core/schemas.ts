import { z } from 'zod';
import type { Decimal } from './decimal.js';
import { isDecimalLike, toDecimal } from './decimalLike.js';

/**
 * A decimal-like input from a file or a user — a plain decimal string (`"1350.5"`) or a finite
 * number — parsed to an exact Decimal. Strings are preferred in files: they carry every digit.
 *
 * @example
 * ```ts
 * decimalSchema.parse('0.06').toString() //=> '0.06'
 * decimalSchema.parse('6%') // ZodError: expected a decimal number (e.g. "1350.5"), got "6%"
 * ```
 */
export const decimalSchema = z.union([z.string(), z.number()]).transform((value, ctx): Decimal => {
  if (!isDecimalLike(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a decimal number (e.g. "1350.5"), got ${JSON.stringify(value)}`,
      input: value,
    });
    return z.NEVER;
  }
  return toDecimal(value);
});

/** A decimal that must be ≥ 0. */
export const nonNegativeDecimalSchema = decimalSchema.refine((d) => !d.isNegative(), {
  message: 'must not be negative',
});

/** A decimal that must be > 0. */
export const positiveDecimalSchema = decimalSchema.refine((d) => d.isPositive() && !d.isZero(), {
  message: 'must be greater than zero',
});
