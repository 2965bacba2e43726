import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { exactDecimalSchema } from '../../core/schemas.js';
import { checkInput, forwardIssues } from '../../core/validate.js';
import type { CurrencyCode } from '../../money/currency.js';
import { isMoney, type Money } from '../../money/money.js';
import { moneySchema } from '../../money/moneySchema.js';
import type { MoneyJSON } from '../../money/toJSON.js';

// Accepting an already-parsed Decimal as well as text makes every PLI schema idempotent: a
// parsed scheme (a preset, or the result of `withOverrides`) passes the same schema unchanged.
const exactDecimal = exactDecimalSchema('1350.5');

/** An amount (in the scheme's `amountUnit`) that must not be negative. */
export const amountSchema = lazySchema(() =>
  exactDecimal.refine((d) => !d.isNegative(), {
    message: 'must not be negative',
  }),
);

/** A positive multiple (20 × committed investment). */
export const multipleSchema = lazySchema(() =>
  exactDecimal.refine((d) => d.isPositive() && !d.isZero(), {
    message: 'must be greater than zero',
  }),
);

/** A rate as a decimal fraction: 6% is `"0.06"`. */
export const rateSchema = lazySchema(() =>
  exactDecimal.refine((d) => !d.isNegative() && d.lessThan(1), {
    message: 'must be a fraction from 0 up to (not including) 1; write 6% as "0.06"',
  }),
);

/** A whole number of units (phones sold), not negative. */
export const unitsSchema = lazySchema(() =>
  exactDecimal.refine((d) => d.isInteger() && !d.isNegative(), {
    message: 'must be a whole number of units, not negative',
  }),
);

/** Indian rupees: a `Money` value or its JSON form; any other currency is rejected. */
export const inrSchema = lazySchema(() =>
  z
    .custom<Money<'INR'> | MoneyJSON<CurrencyCode> | string>(() => true)
    .transform((value, ctx): Money<'INR'> => {
      let m: Money;
      if (isMoney(value)) m = value;
      else {
        const parsed = checkInput(moneySchema, value);
        if (!parsed.success) {
          forwardIssues(
            ctx,
            parsed.error.issues,
            value,
            'is required (money such as { amount: "5000000000", currency: "INR" })',
          );
          return z.NEVER;
        }
        m = parsed.data;
      }
      if (m.currency !== 'INR') {
        ctx.addIssue({
          code: 'custom',
          message: `must be in INR (PLI is paid in rupees), got ${m.currency}`,
          input: value,
        });
        return z.NEVER;
      }
      return m as Money<'INR'>;
    }),
);

/** Indian rupees, not negative: base-year sales, committed investment, revenue. */
export const nonNegativeInrSchema = lazySchema(() =>
  inrSchema.refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);
