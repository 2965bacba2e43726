import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { decimalSchema } from '../../core/schemas.js';
import { isUnsafeKey } from '../../core/structure.js';
import { moneySchema } from '../../money/index.js';
import { readMonth } from './horizon.js';

/** An identifier for a segment, plant, expansion or team: letters, digits, `_` and `-`. */
export const idSchema = lazySchema(() =>
  z
    .string()
    .regex(/^[A-Za-z0-9][\w-]*$/, 'must be letters, digits, "_" or "-" (e.g. "mobile-phones")')
    .refine((id) => !isUnsafeKey(id), { message: 'is a reserved name (constructor, prototype)' }),
);

/** A month as `yyyy-MM` (`2022-04`) or a calendar date `yyyy-MM-dd` (read as its month). */
export const monthLabelSchema = lazySchema(() =>
  z.string().refine((s) => readMonth(s) !== undefined, {
    message: 'expected a month like "2022-04" or a date like "2022-04-01"',
  }),
);

/** A yearly rate of change, above −100% (`"-0.03"` is 3% cheaper each year). */
export const yearlyChangeSchema = lazySchema(() =>
  decimalSchema.refine((d) => d.greaterThan(-1), {
    message: 'must be above -1 (−100%)',
  }),
);

/** A share between 0 and 1 inclusive. */
export const shareSchema = lazySchema(() =>
  decimalSchema.refine((d) => !d.isNegative() && d.lessThanOrEqualTo(1), {
    message: 'must be between 0 and 1',
  }),
);

export const positiveMoneySchema = lazySchema(() =>
  moneySchema.refine((m) => m.amount.greaterThan(0), {
    message: 'must be greater than zero',
  }),
);
export const nonNegativeMoneySchema = lazySchema(() =>
  moneySchema.refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);
