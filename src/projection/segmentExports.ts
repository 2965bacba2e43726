import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema } from '../core/schemas.js';
import { moneySchema } from '../money/index.js';
import { readMonth } from './_lib/horizon.js';

/** A share between 0 and 1 inclusive. */
const shareSchema = lazySchema(() =>
  decimalSchema.refine((d) => !d.isNegative() && d.lessThanOrEqualTo(1), {
    message: 'must be between 0 and 1',
  }),
);

const monthSchema = lazySchema(() =>
  z.string().refine((s) => readMonth(s) !== undefined, {
    message: 'expected a month like "2022-04" or a date like "2022-04-01"',
  }),
);

/**
 * The share of a segment's units exported: one share for the horizon, or steps — from a month
 * on (`[{ share: '0.6' }, { from: '2023-04', share: '0.8' }]`; the first step without `from`,
 * later steps in month order).
 *
 * @example
 * ```ts
 * exportShareSchema.parse('0.8').toFixed() //=> '0.8'
 * exportShareSchema.parse([{ from: '2023-04', share: '0.8' }]) // throws ZodError: [0].from: the first step applies from the horizon start: omit "from"
 * ```
 */
export const exportShareSchema = lazySchema(() =>
  z.union([
    shareSchema,
    z
      .array(z.object({ from: monthSchema.optional(), share: shareSchema }).strict())
      .min(1)
      .superRefine((steps, ctx) => {
        steps.forEach((step, k) => {
          const previous = steps[k - 1];
          if (k === 0 && step.from !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [k, 'from'],
              message: 'the first step applies from the horizon start: omit "from"',
            });
          }
          if (k > 0 && step.from === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [k, 'from'],
              message: 'a later step needs "from"',
            });
          }
          if (
            previous?.from !== undefined &&
            step.from !== undefined &&
            step.from.slice(0, 7) <= previous.from.slice(0, 7)
          ) {
            ctx.addIssue({
              code: 'custom',
              path: [k, 'from'],
              message: 'steps must be in strictly increasing month order',
            });
          }
        });
      }),
  ]),
);

/**
 * A segment's exports: the share of its units sold abroad, and their price in the currency they
 * are invoiced in (converted at the plan's FX path each month; any currency with a rate). The
 * rest of the units sell at the segment's own `price` (domestic). Revenue, the average price and
 * everything built on them (margin, working capital, PLI sales) include both.
 *
 * @example
 * ```ts
 * segmentExportsSchema.parse({ share: '0.8', price: { perUnit: { amount: '180', currency: 'USD' } } })
 *   .price.yearlyChange.toFixed() //=> '0'
 * ```
 */
export const segmentExportsSchema = lazySchema(() =>
  z
    .object({
      share: exportShareSchema,
      price: z
        .object({
          perUnit: moneySchema.refine((m) => m.amount.greaterThan(0), {
            message: 'must be greater than zero',
          }),
          /** Applied at the start of each fiscal year after the first. */
          yearlyChange: decimalSchema
            .refine((d) => d.greaterThan(-1), { message: 'must be above -1 (−100%)' })
            .prefault('0'),
        })
        .strict(),
    })
    .strict(),
);
/** See {@link segmentExportsSchema}. */
export type SegmentExports = z.output<typeof segmentExportsSchema>;
