import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema, nonNegativeDecimalSchema, positiveDecimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';

/*
 * Growth curves are data (scenario files hold them) and every numeric field is a decimal string or
 * number. Time is measured in YEARS from the start of the first period (period 0 is at t = 0; with
 * monthly periods, period i is at t = i/12; quarterly, i/4; yearly, i). So one curve means the same
 * thing at every granularity. Every curve gives LEVELS (the value itself: units, price, heads), not
 * multipliers; apply a curve to a base by using the base as its start (or by multiplying a curve
 * that starts at 1).
 */

/** A time in years from the start of period 0 (≥ 0). */
const yearsSchema = nonNegativeDecimalSchema;

/** The same value in every period: v(t) = value. */
export const flatCurveSchema = lazySchema(() =>
  z.object({ kind: z.literal('flat'), value: decimalSchema }).strict(),
);

/** A straight line: v(t) = start + slope·t, `slope` per year (so per month it is slope/12). */
export const linearCurveSchema = lazySchema(() =>
  z.object({ kind: z.literal('linear'), start: decimalSchema, slope: decimalSchema }).strict(),
);

/**
 * Compound growth at a yearly rate (a CAGR): v(t) = start·(1 + rate)^t. Per period the factor is
 * (1 + rate)^(months/12): (1 + rate)^(1/12) a month, so twelve months compound to exactly one year.
 * `rate` must be above −1 (−100%).
 */
export const compoundCurveSchema = lazySchema(() =>
  z
    .object({
      kind: z.literal('compound'),
      start: decimalSchema,
      rate: decimalSchema.refine((r) => r.greaterThan(-1), {
        message: 'must be greater than -1 (-100%)',
      }),
    })
    .strict(),
);

/**
 * A logistic S-curve between two levels:
 * v(t) = start + (end − start) / (1 + e^(−steepness·(t − midpoint))).
 * `start` and `end` are the asymptotes (v(0) is near, not equal to, `start` unless the midpoint is
 * far off); at t = `midpoint` (years) the curve is exactly halfway; `steepness` (> 0, per year) sets
 * how fast it rises: from 10% to 90% of the way takes 2·ln(9)/steepness ≈ 4.39/steepness years.
 */
export const sCurveSchema = lazySchema(() =>
  z
    .object({
      kind: z.literal('sCurve'),
      start: decimalSchema,
      end: decimalSchema,
      midpoint: decimalSchema,
      steepness: positiveDecimalSchema,
    })
    .strict(),
);

const strictlyIncreasing = (points: readonly { at: Decimal }[]) =>
  points.every((p, i) => i === 0 || p.at.greaterThan((points[i - 1] as { at: Decimal }).at));

/**
 * A step function: `initial` until the first step, then each step's `value` from its `at` (years,
 * inclusive) until the next. Steps must be in strictly increasing `at` order.
 */
export const stepsCurveSchema = lazySchema(() =>
  z
    .object({
      kind: z.literal('steps'),
      initial: decimalSchema,
      steps: z
        .array(z.object({ at: yearsSchema, value: decimalSchema }).strict())
        .refine(strictlyIncreasing, { message: 'steps must be in strictly increasing "at" order' }),
    })
    .strict(),
);

/**
 * Interpolation between anchor points (`at` in years, strictly increasing; at least one). Between
 * two anchors the value moves linearly (`method: 'linear'`) or at a constant growth rate
 * (`'compound'`: geometric, which needs every anchor value > 0). Before the first anchor the curve
 * holds the first value; after the last, the last value (flat extrapolation, never a guess).
 */
export const interpolateCurveSchema = lazySchema(() =>
  z
    .object({
      kind: z.literal('interpolate'),
      method: z.enum(['linear', 'compound']),
      anchors: z
        .array(z.object({ at: yearsSchema, value: decimalSchema }).strict())
        .min(1, { message: 'needs at least one anchor' })
        .refine(strictlyIncreasing, {
          message: 'anchors must be in strictly increasing "at" order',
        }),
    })
    .strict()
    .superRefine((curve, ctx) => {
      if (curve.method !== 'compound') return;
      curve.anchors.forEach((a, i) => {
        if (!a.value.greaterThan(0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['anchors', i, 'value'],
            message: 'must be greater than zero for compound interpolation',
            input: a.value.toString(),
          });
        }
      });
    }),
);

/**
 * Any growth curve, discriminated on `kind`: `flat`, `linear`, `compound`, `sCurve`, `steps` or
 * `interpolate`. Numbers may be decimal strings or numbers; parsed values are Decimals.
 *
 * @example
 * ```ts
 * growthCurveSchema.parse({ kind: 'compound', start: '100', rate: '0.12' }).rate.toString() //=> '0.12'
 * ```
 */
export const growthCurveSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    flatCurveSchema,
    linearCurveSchema,
    compoundCurveSchema,
    sCurveSchema,
    stepsCurveSchema,
    interpolateCurveSchema,
  ]),
);

/** A parsed growth curve (Decimals). */
export type GrowthCurve = z.output<typeof growthCurveSchema>;
/** A growth curve as written in a file or code (decimal strings or numbers). */
export type GrowthCurveInput = z.input<typeof growthCurveSchema>;
/** The curve kinds. */
export type GrowthCurveKind = GrowthCurve['kind'];

/**
 * Validates a growth curve from a file or a caller.
 *
 * @param input - the curve as data
 * @returns the parsed curve
 * @throws {ValidationError} naming each bad field (`rate`, `anchors[1].value`)
 *
 * @example
 * ```ts
 * growthCurve({ kind: 'flat', value: 5 }).kind //=> 'flat'
 * growthCurve({ kind: 'compound', start: 1, rate: -2 }) // throws ValidationError: rate: must be greater than -1 (-100%)
 * ```
 */
export function growthCurve(input: unknown): GrowthCurve {
  return parseInput(growthCurveSchema, input, 'growth curve');
}
