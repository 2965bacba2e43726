import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { amountSchema, rateSchema } from './_lib/schemas.js';
import { figureMeta } from './_lib/schemeParts.js';

/** A rate that varies by scheme year; `null` marks a rate the scheme leaves to the applicant. */
export const PliYearlyRates = lazySchema(() =>
  z
    .object({
      kind: z.literal('by-year'),
      rates: z.array(rateSchema.nullable()).min(1).readonly(),
      ...figureMeta,
    })
    .strict(),
);

/**
 * Rates by slab of the year's eligible incremental sales (the auto scheme's Determined Sales
 * Value). `upTo` is inclusive and in the scheme's `amountUnit`; the last slab has `upTo: null`.
 * `whole`: the whole amount earns the rate of the slab it falls in; `marginal`: each slab's part
 * earns that slab's rate (like income-tax slabs).
 */
export const PliSlabRates = lazySchema(() =>
  z
    .object({
      kind: z.literal('slabs'),
      slabs: z
        .array(z.object({ upTo: amountSchema.nullable(), rate: rateSchema }).strict())
        .min(1)
        .readonly(),
      method: z.enum(['whole', 'marginal']),
      ...figureMeta,
    })
    .strict(),
);

/** A category's rate schedule: by scheme year, or by slab of incremental sales. */
export const PliRates = lazySchema(() =>
  z.discriminatedUnion('kind', [PliYearlyRates, PliSlabRates]),
);
/** See `PliRates`. */
export type PliRates = z.infer<typeof PliRates>;
