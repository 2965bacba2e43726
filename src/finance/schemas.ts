import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema } from '../core/schemas.js';
import { moneySchema } from '../money/index.js';
import { toCalendarDate } from '../time/calendarDate.js';

/**
 * One cash-flow amount in a file: a plain decimal (`"-1350"`, `-1350`) or money in any form
 * `moneySchema` reads (`{ "amount": "-13500000000", "currency": "INR" }`, `"-Rs 1,350 crore"`).
 */
export const cashFlowSchema = lazySchema(() => z.union([decimalSchema, moneySchema]));

/**
 * Cash flows by period from a file (for `npv`, `irr`, `payback`): a non-empty array of amounts.
 *
 * @example
 * ```ts
 * irr(parseInput(cashFlowsSchema, ['-70000', 12000, 15000, 18000, 21000], 'flows')).toFixed(4) //=> '-0.0212'
 * ```
 */
export const cashFlowsSchema = lazySchema(() =>
  z.array(cashFlowSchema).min(1, 'needs at least one cash flow'),
);

/**
 * A dated cash flow from a file: `{ "date": "2024-06-30", "amount": … }`. The date must be a
 * real `yyyy-MM-dd` calendar date (`2024-02-30` is rejected with its path).
 */
export const datedCashFlowSchema = lazySchema(() =>
  z
    .object({
      date: z.string().refine(isCalendarDate, {
        message: 'expected a calendar date as yyyy-MM-dd (e.g. "2024-06-30")',
      }),
      amount: cashFlowSchema,
    })
    .strict(),
);

/**
 * Dated cash flows from a file (for `xnpv`, `xirr`): a non-empty array of `{ date, amount }`.
 *
 * @example
 * ```ts
 * parseInput(datedCashFlowsSchema, [{ date: '2024-02-30', amount: 5 }], 'flows')
 * // throws ValidationError: invalid flows:
 * //   - [0].date: expected a calendar date as yyyy-MM-dd (e.g. "2024-06-30")
 * ```
 */
export const datedCashFlowsSchema = lazySchema(() =>
  z.array(datedCashFlowSchema).min(1, 'needs at least one cash flow'),
);

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    toCalendarDate(text);
    return true;
  } catch {
    return false;
  }
}
