import * as z from 'zod';
import type { Decimal } from './decimal.js';
import { decimalProblem, isDecimal, isDecimalLike, toDecimal } from './decimalLike.js';
import { describe } from './errors.js';
import { lazySchema } from './lazySchema.js';

/**
 * A decimal-like input from a file or a user — a plain decimal string (`"1350.5"`) or a finite
 * number — parsed to an exact Decimal. Strings are preferred in files: they carry every digit.
 * The accepted range (`NUMBER_LIMITS`) is `toDecimal`'s; a value outside it is an issue at its
 * field path, never an exception escaping zod.
 *
 * @example
 * ```ts
 * decimalSchema.parse('0.06').toString() //=> '0.06'
 * decimalSchema.parse('6%') // throws ZodError: expected a decimal number (e.g. "1350.5"), got "6%"
 * decimalSchema.parse('1e100000') // throws ZodError: "1e100000" is outside crorecast's accepted range: …
 * ```
 */
export const decimalSchema = lazySchema(() =>
  z.union([z.string(), z.number()]).transform((value, ctx): Decimal => {
    const problem = decimalProblem(value);
    if (problem !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: problem.startsWith('is outside')
          ? `${describe(value)} ${problem} (README "Limits")`
          : `expected a decimal number (e.g. "1350.5"), got ${describe(value)}`,
        input: value,
      });
      return z.NEVER;
    }
    return toDecimal(value);
  }),
);

/** A decimal that must be ≥ 0. */
export const nonNegativeDecimalSchema = lazySchema(() =>
  decimalSchema.refine((d) => !d.isNegative(), {
    message: 'must not be negative',
  }),
);

/** A decimal that must be > 0. */
export const positiveDecimalSchema = lazySchema(() =>
  decimalSchema.refine((d) => d.isPositive() && !d.isZero(), {
    message: 'must be greater than zero',
  }),
);

/**
 * A decimal field that also accepts an already-parsed Decimal, so that a schema built on it is
 * idempotent: a parsed value (a PLI preset, a scheme after `withOverrides`, a parsed sharing
 * agreement) passes the same schema again unchanged. A hand-written transform rather than a
 * union, so a bad value gets one precise message; `example` is the decimal that message shows.
 * A missing value says it is required. PLI and sharing refine it (not negative, a fraction…).
 *
 * @param example - a typical value of the area's fields, shown in the error message
 * @returns a zod schema (built on first use) giving an exact Decimal
 *
 * @example
 * ```ts
 * const weight = exactDecimalSchema('60');
 * weight.parse('0.6').toString() //=> '0.6'
 * weight.parse(weight.parse('60')).toString() //=> '60'
 * weight.parse('sixty') // throws ZodError: expected a decimal number (e.g. "60"), got "sixty"
 * ```
 */
export function exactDecimalSchema(example: string) {
  return lazySchema(() =>
    z
      .custom<Decimal | string | number>(() => true)
      .transform((value, ctx): Decimal => {
        const finite = isDecimal(value)
          ? value.isFinite()
          : typeof value !== 'bigint' && isDecimalLike(value);
        if (finite) return toDecimal(value);
        ctx.addIssue({
          code: 'custom',
          message:
            value === undefined
              ? `is required (a decimal number such as "${example}")`
              : `expected a decimal number (e.g. "${example}"), got ${describe(value)}`,
          input: value,
        });
        return z.NEVER;
      }),
  );
}
