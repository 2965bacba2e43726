import { z } from 'zod';
import { decimalSchema } from '../core/schemas.js';
import { CURRENCY_CODES } from './currency.js';
import { type Money, money } from './money.js';

/**
 * The object form of money in files: `{ "amount": "13500000000", "currency": "INR" }`. The
 * amount is a plain decimal string (preferred: it carries every digit) or a finite number.
 */
export const moneyObjectSchema = z
  .object({
    amount: decimalSchema,
    currency: z.enum(CURRENCY_CODES, {
      error: (issue) =>
        `unknown currency ${JSON.stringify(issue.input)}; known: ${CURRENCY_CODES.join(', ')}`,
    }),
  })
  .strict()
  .transform((value): Money => money(value.amount, value.currency));

/**
 * A zod schema for money at a boundary (a scenario file, a request body). Accepts the JSON form
 * written by `toJSON` and produces a frozen `Money`.
 *
 * @example
 * ```ts
 * moneySchema.parse({ amount: '13500000000', currency: 'INR' }).amount.toFixed() //=> '13500000000'
 * moneySchema.parse({ amount: '1', currency: 'XYZ' }) // ZodError: unknown currency "XYZ"; known: …
 * ```
 */
export const moneySchema = moneyObjectSchema;
