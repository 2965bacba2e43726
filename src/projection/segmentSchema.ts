import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema, positiveDecimalSchema } from '../core/schemas.js';
import { growthCurveSchema } from '../series/index.js';
import {
  idSchema,
  monthLabelSchema,
  nonNegativeMoneySchema,
  positiveMoneySchema,
  shareSchema,
  yearlyChangeSchema,
} from './_lib/fieldSchemas.js';
import { segmentExportsSchema } from './segmentExports.js';

/** One component of a segment's unit cost, in any currency with an FX rate. */
export const costComponentSchema = lazySchema(() =>
  z
    .object({ perUnit: nonNegativeMoneySchema, yearlyChange: yearlyChangeSchema.prefault('0') })
    .strict(),
);

/**
 * Demand anchored at months — `{ kind: 'anchors', anchors: [{ period: '2023-03', value: '650000' }] }`
 * — moving linearly (default) or at a constant growth rate (`method: 'compound'`) between anchors
 * and flat outside them. Compiled to the series layer's `interpolate` curve.
 */
export const periodAnchorsSchema = lazySchema(() =>
  z
    .object({
      kind: z.literal('anchors'),
      method: z.enum(['linear', 'compound']).default('linear'),
      anchors: z
        .array(z.object({ period: monthLabelSchema, value: nonNegativeDecimalSchema }).strict())
        .min(1, { message: 'needs at least one anchor' }),
    })
    .strict()
    .superRefine((curve, ctx) => {
      curve.anchors.forEach((a, i) => {
        const previous = curve.anchors[i - 1];
        if (previous !== undefined && a.period.slice(0, 7) <= previous.period.slice(0, 7)) {
          ctx.addIssue({
            code: 'custom',
            path: ['anchors', i, 'period'],
            message: 'anchors must be in strictly increasing month order',
          });
        }
        if (curve.method === 'compound' && !a.value.greaterThan(0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['anchors', i, 'value'],
            message: 'must be greater than zero for compound interpolation',
          });
        }
      });
    }),
);

/**
 * Units per month: a series growth curve or month anchors, whose levels (`value`, `start`,
 * `end`, `initial`, each step's and anchor's `value`) must not be negative.
 *
 * @example
 * ```ts
 * volumeSchema.parse({ kind: 'anchors', anchors: [{ period: '2023-03', value: '650000' }] }).method //=> 'linear'
 * volumeSchema.parse({ kind: 'flat', value: '-1' }) // throws ZodError: value: must not be negative (units a month)
 * ```
 */
export const volumeSchema = lazySchema(() =>
  z.union([growthCurveSchema, periodAnchorsSchema]).superRefine((curve, ctx) => {
    const check = (value: Decimal | undefined, path: PropertyKey[]) => {
      if (value?.isNegative())
        ctx.addIssue({ code: 'custom', path, message: 'must not be negative (units a month)' });
    };
    for (const key of ['value', 'start', 'end', 'initial'] as const) {
      check(key in curve ? (curve as unknown as Record<string, Decimal>)[key] : undefined, [key]);
    }
    const points =
      curve.kind === 'steps' ? curve.steps : curve.kind === 'interpolate' ? curve.anchors : [];
    for (const [i, point] of points.entries())
      check(point.value, [curve.kind === 'steps' ? 'steps' : 'anchors', i, 'value']);
  }),
);

/**
 * A product segment: volume, price, unit cost and where it is made.
 *
 * @example
 * ```ts
 * segmentSchema.parse({ id: 'phones', plant: 'noida-1', volume: { kind: 'flat', value: 1000 },
 *   price: { perUnit: { amount: '9000', currency: 'INR' } } }).price.yearlyChange.toString() //=> '0'
 * ```
 */
export const segmentSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().optional(),
      /** The plant id that makes it. */
      plant: idSchema,
      /** Lower first when capacity is allocated by priority (ties: listing order). */
      priority: z.number().int().nonnegative().optional(),
      /** First month with demand (default: the horizon start). */
      launch: monthLabelSchema.optional(),
      /**
       * Last month with demand: the segment stops selling after it (a model transition). Default:
       * it sells to the end of the horizon.
       */
      end: monthLabelSchema.optional(),
      /**
       * Units demanded per month: a series growth curve (levels; t in years from launch, or from
       * the horizon start) or anchors at months. A curve falling below zero means no demand.
       */
      volume: volumeSchema,
      price: z
        .object({
          perUnit: positiveMoneySchema,
          /** Applied at the start of each fiscal year after the first. */
          yearlyChange: yearlyChangeSchema.prefault('0'),
          /**
           * The share of a change in the rupee cost of the segment's foreign-currency components,
           * since the horizon's first month, passed into its rupee price (0 = prices fixed in
           * rupees, 1 = full pass-through, as a cost-plus contract). Default 0.
           */
          fxPassThrough: shareSchema.prefault('0'),
        })
        .strict(),
      /** Units sold abroad, at their own price and currency; the rest sell at `price`. */
      exports: segmentExportsSchema.optional(),
      /** Cost components per unit by name (`materials`, `conversion`, `importedComponents`…). */
      costs: z.record(idSchema, costComponentSchema).default({}),
      /** Direct labour productivity (required when `headcount` is given). */
      unitsPerWorkerPerMonth: positiveDecimalSchema.optional(),
    })
    .strict(),
);
