import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema, nonNegativeDecimalSchema, positiveDecimalSchema } from '../core/schemas.js';
import { isUnsafeKey } from '../core/structure.js';
import { CURRENCY_CODES } from '../money/currency.js';
import { moneySchema } from '../money/index.js';
import { growthCurveSchema } from '../series/index.js';
import { parsePeriod } from '../time/index.js';
import { readMonth } from './_lib/horizon.js';
import { segmentExportsSchema } from './segmentExports.js';

function isPeriodLabel(label: string): boolean {
  try {
    parsePeriod(label);
    return true;
  } catch {
    return false;
  }
}

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
const yearlyChangeSchema = lazySchema(() =>
  decimalSchema.refine((d) => d.greaterThan(-1), {
    message: 'must be above -1 (−100%)',
  }),
);

/** A share between 0 and 1 inclusive. */
const shareSchema = lazySchema(() =>
  decimalSchema.refine((d) => !d.isNegative() && d.lessThanOrEqualTo(1), {
    message: 'must be between 0 and 1',
  }),
);

const positiveMoneySchema = lazySchema(() =>
  moneySchema.refine((m) => m.amount.greaterThan(0), {
    message: 'must be greater than zero',
  }),
);
const nonNegativeMoneySchema = lazySchema(() =>
  moneySchema.refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);

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

/** One step of an FX path: from a month on, INR per unit of the currency. */
const fxStepSchema = lazySchema(() =>
  z.object({ from: monthLabelSchema.optional(), rate: positiveDecimalSchema }).strict(),
);

/**
 * INR per unit of a currency over the horizon: a flat rate (`"74.5"`), a rate with a yearly
 * change at each fiscal year start (`{ rate, yearlyChange }`, 0.03 = the rupee 3% weaker a year),
 * or steps (`[{ rate }, { from: '2023-04', rate }]`).
 *
 * @example
 * ```ts
 * fxPathSchema.parse({ rate: '76', yearlyChange: '0.02' }) // the rupee 2% weaker each fiscal year
 * ```
 */
export const fxPathSchema = lazySchema(() =>
  z.union([
    positiveDecimalSchema,
    z
      .object({ rate: positiveDecimalSchema, yearlyChange: yearlyChangeSchema.prefault('0') })
      .strict(),
    z.array(fxStepSchema).min(1),
  ]),
);

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

/** The horizon: a fiscal year (`FY2022-23`) or a month (`2022-04`) to start, and its length. */
export const horizonSchema = lazySchema(() =>
  z
    .object({
      start: z.string().refine((s) => isPeriodLabel(s), {
        message:
          'expected a fiscal year ("FY2022-23"), a quarter ("FY2022-23 Q2") or a month ("2022-04")',
      }),
      years: z.number().int().min(1).max(30).optional(),
      months: z.number().int().min(1).max(360).optional(),
    })
    .strict()
    .refine((h) => (h.years === undefined) !== (h.months === undefined), {
      message: 'give exactly one of years or months',
    }),
);

/**
 * The schema of {@link CapacityAllocation}: `'priority'` or `'pro-rata'`.
 *
 * @example
 * ```ts
 * capacityAllocationSchema.parse('pro-rata') //=> 'pro-rata'
 * ```
 */
export const capacityAllocationSchema = lazySchema(() => z.enum(['priority', 'pro-rata']));
/** How demand above a plant's capacity is cut: by segment priority, or pro rata to demand. */
export type CapacityAllocation = z.infer<typeof capacityAllocationSchema>;

/**
 * Everything a revenue, capacity and headcount projection needs, as JSON-friendly data: money
 * as `{ amount, currency }` or text (`"₹9,500"`), months as labels, growth as series curves.
 * Cross references (segment → plant, currencies → FX) are checked here; investment-tranche
 * references are checked by `compileProjection`, which is given the tranche dates.
 *
 * @example
 * ```ts
 * const plan = {
 *   horizon: { start: 'FY2022-23', years: 5 },
 *   plants: [{ id: 'noida-1', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida-1', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: { amount: '12000', currency: 'INR' } } }],
 * };
 * projectionInputSchema.parse(plan).capacityAllocation //=> 'priority'
 * projectionInputSchema.parse({ ...plan, segments: [{ ...plan.segments[0], plant: 'noida-9' }] })
 * // throws ZodError: segments[0].plant: unknown plant "noida-9" (plants: noida-1)
 * ```
 */
export const projectionInputSchema = lazySchema(() =>
  z
    .object({
      horizon: horizonSchema,
      capacityAllocation: capacityAllocationSchema.default('priority'),
      fx: z.partialRecord(z.enum(CURRENCY_CODES), fxPathSchema).default({}),
      plants: z.array(plantSchema).min(1),
      segments: z.array(segmentSchema).min(1),
      headcount: headcountSchema.optional(),
    })
    .strict()
    .superRefine((input, ctx) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const duplicates = (
        ids: readonly string[],
        at: (i: number) => PropertyKey[],
        what: string,
      ) => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          if (seen.has(id)) issue(at(i), `duplicate ${what} id "${id}"`);
          seen.add(id);
        });
      };
      duplicates(
        input.plants.map((p) => p.id),
        (i) => ['plants', i, 'id'],
        'plant',
      );
      duplicates(
        input.segments.map((s) => s.id),
        (i) => ['segments', i, 'id'],
        'segment',
      );
      input.plants.forEach((p, i) => {
        duplicates(
          p.expansions.map((e) => e.id),
          (j) => ['plants', i, 'expansions', j, 'id'],
          'expansion',
        );
      });
      if (input.headcount) {
        duplicates(
          input.headcount.teams.map((t) => t.id),
          (i) => ['headcount', 'teams', i, 'id'],
          'team',
        );
      }
      const plantIds = input.plants.map((p) => p.id);
      const hasRate = (currency: string) => currency === 'INR' || currency in input.fx;
      const needRate = (path: PropertyKey[], currency: string) => {
        if (!hasRate(currency))
          issue(path, `no FX rate for ${currency}: add fx.${currency} (INR per ${currency})`);
      };
      input.segments.forEach((s, i) => {
        if (!plantIds.includes(s.plant)) {
          issue(
            ['segments', i, 'plant'],
            `unknown plant "${s.plant}" (plants: ${plantIds.join(', ')})`,
          );
        }
        if (
          s.end !== undefined &&
          s.launch !== undefined &&
          s.end.slice(0, 7) < s.launch.slice(0, 7)
        ) {
          issue(['segments', i, 'end'], `ends before it launches (${s.launch})`);
        }
        needRate(['segments', i, 'price', 'perUnit', 'currency'], s.price.perUnit.currency);
        if (s.exports !== undefined) {
          needRate(
            ['segments', i, 'exports', 'price', 'perUnit', 'currency'],
            s.exports.price.perUnit.currency,
          );
        }
        for (const [name, c] of Object.entries(s.costs)) {
          needRate(['segments', i, 'costs', name, 'perUnit', 'currency'], c.perUnit.currency);
        }
        if (input.headcount && s.unitsPerWorkerPerMonth === undefined) {
          issue(['segments', i, 'unitsPerWorkerPerMonth'], 'required when headcount is projected');
        }
      });
      if (input.headcount) {
        const hc = input.headcount;
        needRate(['headcount', 'payroll', 'direct', 'currency'], hc.payroll.direct.currency);
        needRate(['headcount', 'payroll', 'indirect', 'currency'], hc.payroll.indirect.currency);
        hc.teams.forEach((t, i) => {
          if (t.costPerHead)
            needRate(['headcount', 'teams', i, 'costPerHead', 'currency'], t.costPerHead.currency);
          if (t.until !== undefined && t.until.slice(0, 7) < t.from.slice(0, 7)) {
            issue(['headcount', 'teams', i, 'until'], `ends before it starts (${t.from})`);
          }
        });
      }
    }),
);

/** The projection input in its JSON form (what a file holds). */
export type ProjectionInputJson = z.input<typeof projectionInputSchema>;
/** A validated projection input. */
export type ProjectionInput = z.output<typeof projectionInputSchema>;
