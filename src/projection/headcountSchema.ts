import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import {
  idSchema,
  monthLabelSchema,
  nonNegativeMoneySchema,
  shareSchema,
  yearlyChangeSchema,
} from './_lib/fieldSchemas.js';

/** A fixed team added by plan (a design hub, a quality lab). */
export const teamSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().optional(),
      heads: nonNegativeDecimalSchema,
      from: monthLabelSchema,
      until: monthLabelSchema.optional(),
      /** Monthly cost per head (default: `payroll.indirect`). */
      costPerHead: nonNegativeMoneySchema.optional(),
    })
    .strict(),
);

/**
 * Headcount drivers.
 *
 * @example
 * ```ts
 * headcountSchema.parse({ maxHiresPerMonth: 300, payroll: { direct: { amount: '18000', currency: 'INR' },
 *   indirect: { amount: '45000', currency: 'INR' } } }).yearlyAttrition.toString() //=> '0'
 * ```
 */
export const headcountSchema = lazySchema(() =>
  z
    .object({
      /** Heads at the start of the horizon (default: exactly what the first month requires). */
      opening: nonNegativeDecimalSchema.optional(),
      /** Indirect staff per direct worker. */
      indirectRatio: nonNegativeDecimalSchema.prefault('0'),
      teams: z.array(teamSchema).default([]),
      /** At most this many hires a month (default: unlimited). */
      maxHiresPerMonth: nonNegativeDecimalSchema.optional(),
      /** Share of heads leaving in a year; replaced by hiring. */
      yearlyAttrition: shareSchema.prefault('0'),
      payroll: z
        .object({
          /** Monthly cost per direct worker. */
          direct: nonNegativeMoneySchema,
          /** Monthly cost per indirect head. */
          indirect: nonNegativeMoneySchema,
          /** Wage inflation, at the start of each fiscal year after the first. */
          yearlyIncrease: yearlyChangeSchema.prefault('0'),
        })
        .strict(),
    })
    .strict(),
);
