import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema, positiveDecimalSchema } from '../core/schemas.js';
import { idSchema, monthLabelSchema, shareSchema } from './_lib/fieldSchemas.js';

/**
 * A utilisation ramp: the share of nameplate capacity a plant or expansion can use, rising
 * linearly from `initial` when it comes on line to `target` after `months` months.
 */
export const utilisationRampSchema = lazySchema(() =>
  z
    .object({
      initial: shareSchema,
      target: shareSchema,
      months: z.number().int().nonnegative(),
    })
    .strict(),
);

/** An expansion comes on line at a month, or `leadMonths` after an investment tranche. */
export const expansionOnlineSchema = lazySchema(() =>
  z.union([
    monthLabelSchema,
    z
      .object({ tranche: z.string().min(1), leadMonths: z.number().int().nonnegative().default(0) })
      .strict(),
  ]),
);

/** Added capacity for a plant. */
export const expansionSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      unitsPerMonth: positiveDecimalSchema,
      online: expansionOnlineSchema,
      /** Defaults to the plant's ramp. */
      utilisation: utilisationRampSchema.optional(),
    })
    .strict(),
);

/**
 * A plant or capacity group: what the segments assigned to it share.
 *
 * @example
 * ```ts
 * plantSchema.parse({ id: 'noida-1', unitsPerMonth: '1200000' }).utilisation.target.toString() //=> '1'
 * ```
 */
export const plantSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().optional(),
      /** Nameplate capacity, units per month. */
      unitsPerMonth: positiveDecimalSchema,
      /** When it came or comes on line; before the horizon for an existing plant (default). */
      start: monthLabelSchema.optional(),
      utilisation: utilisationRampSchema.prefault({ initial: '1', target: '1', months: 0 }),
      /** Shifts a day, for the minimum direct crew. */
      shifts: z.number().int().positive().default(1),
      /** Direct staff each shift needs while the plant runs, whatever the volume. */
      minimumDirectPerShift: nonNegativeDecimalSchema.prefault('0'),
      expansions: z.array(expansionSchema).default([]),
    })
    .strict(),
);
