import * as z from 'zod';
import type { Decimal } from '../../core/decimal.js';
import { type DecimalLike, isDecimal, isDecimalLike, toDecimal } from '../../core/decimalLike.js';
import { lazySchema } from '../../core/lazySchema.js';
import { checkInput, forwardIssues } from '../../core/validate.js';
import { moneySchema } from '../../money/index.js';
import { isMoney, type Money } from '../../money/money.js';

// The schedule schemas are idempotent: what they output (Decimal, Money) they accept again as
// input, so a value parsed inside a larger schema (a scenario) can be handed straight to
// `investmentSchedule` or `depreciate`, which parse their input once more.

type Check = (d: Decimal) => string | undefined;

/** A decimal-like input (`"0.25"`, `0.25`, or a Decimal) parsed to a Decimal, with an extra check. */
export function decimalInput(check?: Check) {
  return z
    .custom<DecimalLike>(() => true)
    .transform((value, ctx): Decimal => {
      if (!isDecimalLike(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a decimal number (e.g. "1350.5"), got ${JSON.stringify(String(value))}`,
          input: value,
        });
        return z.NEVER;
      }
      const d = isDecimal(value) ? value : toDecimal(value);
      const problem = check?.(d);
      if (problem !== undefined) {
        ctx.addIssue({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return d;
    });
}

/** Checks for `decimalInput`. */
export const mustBePositive: Check = (d) =>
  d.isPositive() && !d.isZero() ? undefined : `must be greater than zero, got ${d.toFixed()}`;
export const mustNotBeNegative: Check = (d) =>
  d.isNegative() && !d.isZero() ? `must not be negative, got ${d.toFixed()}` : undefined;

/** A share of a whole: a decimal in [0, 1] (`"0.25"`, `0.25`) or a percentage text (`"25%"`). */
export const shareInput = lazySchema(() =>
  z
    .custom<DecimalLike>(() => true)
    .transform((value, ctx): Decimal => {
      let d: Decimal | undefined;
      if (typeof value === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(value)) {
        d = toDecimal(value.replace('%', '').trim()).dividedBy(100);
      } else if (isDecimalLike(value)) {
        d = isDecimal(value) ? value : toDecimal(value);
      }
      if (d === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a share such as "0.25" or "25%", got ${JSON.stringify(String(value))}`,
          input: value,
        });
        return z.NEVER;
      }
      if (d.isNegative() || d.greaterThan(1)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be between 0 and 1 (0% to 100%), got ${d.toFixed()}`,
          input: value,
        });
        return z.NEVER;
      }
      return d;
    }),
);

/**
 * Money as its JSON form (`{ "amount": "13500000000", "currency": "INR" }`), as text the money
 * schema reads (`"Rs 1,350 crore"`), or a `Money` value.
 */
export function moneyInput(check?: Check) {
  return z
    .custom<z.input<typeof moneySchema> | Money>(() => true)
    .transform((value, ctx): Money => {
      let m: Money;
      if (isMoney(value)) {
        m = value;
      } else {
        const parsed = checkInput(moneySchema, value);
        if (!parsed.success) {
          forwardIssues(ctx, parsed.error.issues, value);
          return z.NEVER;
        }
        m = parsed.data;
      }
      const problem = check?.(m.amount);
      if (problem !== undefined) {
        ctx.addIssue({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return m;
    });
}
