import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { PLI_ID_MESSAGE, PLI_ID_PATTERN } from './_lib/pliId.js';
import { amountSchema, multipleSchema, rateSchema } from './_lib/schemas.js';
import { figureMeta } from './_lib/schemeParts.js';
import { PliRates } from './schemeRates.js';

/**
 * A per-year threshold schedule, one figure per scheme year in the scheme's `amountUnit`
 * (`"0"` = no threshold that year; `null` = not known: evaluation stops and asks for it).
 */
const figures = lazySchema(() => z.array(amountSchema.nullable()).min(1).readonly());
const investmentThresholds = lazySchema(() =>
  z.object({ cumulative: figures, ...figureMeta }).strict(),
);
const salesThresholds = lazySchema(() =>
  z.object({ incremental: figures, ...figureMeta }).strict(),
);

/** The invoice-value floor per unit, in rupees (not the scheme's unit: it is a unit price). */
export const PliInvoiceFloor = lazySchema(() =>
  z
    .object({
      floors: z
        .array(
          z
            .object({
              /** The product the floor applies to; omit for a floor on every product. */
              product: z.string().min(1).optional(),
              minimumRupees: amountSchema,
              /** True when a unit invoiced at exactly the minimum qualifies (≥), false for >. */
              inclusive: z.boolean(),
            })
            .strict(),
        )
        .min(1)
        .readonly(),
      /** Whether sales below the floor still count towards the incremental sales threshold. */
      countsTowardsThresholds: z.boolean(),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliInvoiceFloor`. */
export type PliInvoiceFloor = z.infer<typeof PliInvoiceFloor>;

/**
 * A ceiling, applied after rates (incentive caps) or before them (the sales cap), in the
 * scheme's `amountUnit`:
 * - `incentive-per-year`: at most `amount` in any year;
 * - `incentive-total`: at most `amount` over the tenure;
 * - `incentive-multiple-of-committed-investment`: at most `multiple` × committed investment,
 *   per year or over the tenure;
 * - `sales-multiple-of-committed-investment`: incremental sales beyond `multiple` × committed
 *   investment earn nothing, per year or over the tenure;
 * - `eligible-sales-per-year`: eligible incremental sales beyond `amounts[year]` earn nothing
 *   that year (the per-firm caps LSEM's approvals are reported to set; `null`: no cap).
 */
export const PliCap = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('incentive-per-year'), amount: amountSchema, ...figureMeta })
      .strict(),
    z.object({ kind: z.literal('incentive-total'), amount: amountSchema, ...figureMeta }).strict(),
    z
      .object({
        kind: z.literal('incentive-multiple-of-committed-investment'),
        multiple: multipleSchema,
        scope: z.enum(['per-year', 'tenure']),
        ...figureMeta,
      })
      .strict(),
    z
      .object({
        kind: z.literal('eligible-sales-per-year'),
        /** The most eligible incremental sales that earn in each scheme year (`null`: no cap that year). */
        amounts: z.array(amountSchema.nullable()).min(1).readonly(),
        ...figureMeta,
      })
      .strict(),
    z
      .object({
        kind: z.literal('sales-multiple-of-committed-investment'),
        multiple: multipleSchema,
        scope: z.enum(['per-year', 'tenure']),
        ...figureMeta,
      })
      .strict(),
  ]),
);
/** See `PliCap`. */
export type PliCap = z.infer<typeof PliCap>;

/**
 * A rate bonus added to the category's rate: `opt-in` when the applicant has the attribute
 * named by `id` (`design-led`, `bev-fcev`), or `cumulative-incremental-sales` once the
 * category's eligible incremental sales summed over the scheme years so far reach `atLeast`.
 */
export const PliBonus = lazySchema(() =>
  z
    .object({
      id: z.string().regex(PLI_ID_PATTERN, PLI_ID_MESSAGE),
      name: z.string().min(1),
      rate: rateSchema,
      condition: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('opt-in') }).strict(),
        z
          .object({ kind: z.literal('cumulative-incremental-sales'), atLeast: amountSchema })
          .strict(),
      ]),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliBonus`. */
export type PliBonus = z.infer<typeof PliBonus>;

/** Company-level eligibility: the applicant's base-year revenue (all business, not just eligible goods). */
export const PliEligibility = lazySchema(() =>
  z
    .object({
      minimumBaseYearRevenue: amountSchema,
      /** True when revenue must exceed the minimum (>), false when reaching it is enough (≥). */
      strict: z.boolean(),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliEligibility`. */
export type PliEligibility = z.infer<typeof PliEligibility>;

/** One category (segment) of a scheme. */
export const PliCategory = lazySchema(() =>
  z
    .object({
      name: z.string().min(1),
      /** Overrides the scheme's `rates` for this category. */
      rates: PliRates.optional(),
      eligibility: PliEligibility.optional(),
      thresholds: z
        .object({
          /** Cumulative incremental investment required by the end of each scheme year. */
          investment: investmentThresholds.optional(),
          /** Incremental sales over the base year required in each scheme year. */
          sales: salesThresholds.optional(),
        })
        .strict(),
      invoiceFloor: PliInvoiceFloor.optional(),
      caps: z.array(PliCap).readonly().optional(),
      bonuses: z.array(PliBonus).readonly().optional(),
    })
    .strict(),
);
/** See `PliCategory`. */
export type PliCategory = z.infer<typeof PliCategory>;
