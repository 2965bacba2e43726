import * as z from 'zod';
import { describe } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema } from '../core/schemas.js';
import { checkInput } from '../core/validate.js';
import { CURRENCY_CODES, type CurrencyCode } from './currency.js';
import { MoneyParseError } from './errors.js';
import { type Money, money } from './money.js';
import { parseMoney } from './parseMoney.js';

/**
 * The object form of money in files: `{ "amount": "13500000000", "currency": "INR" }`. The
 * amount is a plain decimal string (preferred: it carries every digit) or a finite number.
 */
export const moneyObjectSchema = lazySchema(() =>
  z
    .object({
      amount: decimalSchema,
      currency: z.enum(CURRENCY_CODES, {
        error: (issue) =>
          issue.input === undefined
            ? `required (one of ${CURRENCY_CODES.join(', ')})`
            : `unknown currency ${describe(issue.input)}; known: ${CURRENCY_CODES.join(', ')}`,
      }),
    })
    .strict()
    .transform((value): Money => money(value.amount, value.currency)),
);

/**
 * Money at a boundary in any form a file may hold it: the object form written by `toJSON`, or
 * text `parseMoney` reads (`"Rs 1,350 crore"`). With a `currency`, text without a currency mark
 * (`"1,350 crore"`) is read in that currency and any other currency is rejected.
 */
function moneyInput<C extends CurrencyCode>(currency: C | undefined) {
  return z.unknown().transform((input, ctx): Money<C> => {
    let parsed: Money;
    if (typeof input === 'string') {
      try {
        parsed = parseMoney(input, currency === undefined ? {} : { defaultCurrency: currency });
      } catch (e) {
        if (!(e instanceof MoneyParseError)) throw e;
        ctx.addIssue({ code: 'custom', message: `${e.reason} in ${describe(input)}`, input });
        return z.NEVER;
      }
    } else if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected money as text ("Rs 1,350 crore") or { amount, currency }, got ${describe(input)}`,
        input,
      });
      return z.NEVER;
    } else {
      const result = checkInput(moneyObjectSchema, input);
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input });
        }
        return z.NEVER;
      }
      parsed = result.data;
    }
    if (currency !== undefined && parsed.currency !== currency) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an amount in ${currency}, got ${parsed.currency}`,
        input,
      });
      return z.NEVER;
    }
    return parsed as Money<C>;
  });
}

/**
 * A zod schema for money at a boundary (a scenario file, a request body): accepts the JSON form
 * (`{ "amount": "13500000000", "currency": "INR" }`) and every text form `parseMoney` reads, and
 * produces a frozen `Money`. Problems are zod issues with the field path.
 *
 * @example
 * ```ts
 * moneySchema.parse({ amount: '13500000000', currency: 'INR' }).amount.toFixed() //=> '13500000000'
 * moneySchema.parse('USD$30Bn').amount.toFixed() //=> '30000000000'
 * moneySchema.parse({ amount: '1', currency: 'XYZ' }) // throws ZodError: currency: unknown currency "XYZ"; known: …
 * ```
 */
export const moneySchema = lazySchema(() => moneyInput<CurrencyCode>(undefined));

/**
 * A money schema fixed to one currency: text without a currency mark is read in it, and any other
 * currency is an issue. The output type is `Money<C>`.
 *
 * @example
 * ```ts
 * moneySchemaFor('INR').parse('1,350 crore').amount.toFixed() //=> '13500000000'
 * moneySchemaFor('INR').parse('$5') // throws ZodError: expected an amount in INR, got USD
 * ```
 */
export function moneySchemaFor<C extends CurrencyCode>(currency: C) {
  return moneyInput(currency);
}
