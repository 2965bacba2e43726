import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { exactDecimalSchema } from '../../core/schemas.js';
import { checkInput, forwardIssues } from '../../core/validate.js';
import type { CurrencyCode } from '../../money/currency.js';
import { isMoney, type Money } from '../../money/money.js';
import { moneySchema } from '../../money/moneySchema.js';
import type { MoneyJSON } from '../../money/toJSON.js';

// A Decimal is accepted as well as text so that a parsed agreement parses again unchanged.
const exactDecimal = exactDecimalSchema('60');

/** A weight: a non-negative decimal (`60`, `"0.6"`). */
export const weightSchema = lazySchema(() =>
  exactDecimal.refine((d) => !d.isNegative(), {
    message: 'must not be negative',
  }),
);

/** A share as a fraction from 0 to 1 (`"0.4"` for 40%). */
export const fractionSchema = lazySchema(() =>
  exactDecimal.refine((d) => !d.isNegative() && d.lessThanOrEqualTo(1), {
    message: 'must be a fraction from 0 to 1; write 40% as "0.4"',
  }),
);

/** Money: a `Money` value or its JSON form `{ amount, currency }`, not negative. */
export const moneyInputSchema = lazySchema(() =>
  z
    .custom<Money | MoneyJSON<CurrencyCode> | string>(() => true)
    .transform((value, ctx): Money => {
      if (isMoney(value)) return value;
      const parsed = checkInput(moneySchema, value);
      if (parsed.success) return parsed.data;
      forwardIssues(
        ctx,
        parsed.error.issues,
        value,
        'is required (money such as { amount: "500000000", currency: "INR" })',
      );
      return z.NEVER;
    })
    .refine((m) => !m.amount.isNegative(), { message: 'must not be negative' }),
);
