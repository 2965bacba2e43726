import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { checkInput, forwardIssues } from '../core/validate.js';
import {
  decimalInput,
  moneyInput,
  mustBePositive,
  mustNotBeNegative,
  shareInput,
} from './_lib/inputs.js';
import { calendarDateInput, periodLabelInput } from './_lib/periods.js';

// How a schedule is cut (its granularity) and how a commitment is phased over its periods: the
// named profiles, the S-curve, explicit weights and dated tranches.

/**
 * The granularity of an investment schedule: calendar months, fiscal quarters or fiscal years.
 */
export const scheduleGranularitySchema = lazySchema(() => z.enum(['month', 'quarter', 'fy']));
/** `'month' | 'quarter' | 'fy'`. */
export type ScheduleGranularity = z.infer<typeof scheduleGranularitySchema>;

/** The named phasing profiles. */
export const namedProfileSchema = lazySchema(() => z.enum(['even', 'front-loaded', 'back-loaded']));
/** `'even' | 'front-loaded' | 'back-loaded'`. */
export type NamedProfile = z.infer<typeof namedProfileSchema>;

/**
 * An S-curve profile: `midpoint` is where the logistic turns, either in periods from the start
 * of the horizon (`2.5` = the middle of a 5-period horizon; default: the middle) or as a period
 * label (its middle); `steepness` is the logistic rate per period (default 1).
 */
export const sCurveProfileSchema = lazySchema(() =>
  z
    .object({
      sCurve: z
        .object({
          midpoint: z.union([periodLabelInput, decimalInput()]).optional(),
          steepness: decimalInput(mustBePositive).optional(),
        })
        .strict(),
    })
    .strict(),
);

/** Explicit weights, one non-negative decimal per period, normalised by their sum. */
export const weightsProfileSchema = lazySchema(() =>
  z.object({ weights: z.array(decimalInput(mustNotBeNegative)).min(1) }).strict(),
);

/**
 * One tranche of a commitment: when (a `yyyy-MM-dd` `date` or a `period` label no coarser than
 * the schedule) and how much (an `amount` of money or a `share` of the total, `"0.25"` or `"25%"`).
 */
export const trancheSchema = lazySchema(() =>
  z
    .object({
      date: calendarDateInput.optional(),
      period: periodLabelInput.optional(),
      amount: moneyInput(mustBePositive).optional(),
      share: shareInput.optional(),
    })
    .strict()
    .superRefine((t, ctx) => {
      if ((t.date === undefined) === (t.period === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of date or period' });
      }
      if ((t.amount === undefined) === (t.share === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of amount or share' });
      }
    }),
);
/** A tranche as given (JSON-friendly). */
export type TrancheInput = z.input<typeof trancheSchema>;

/** Tranches: amounts or shares paid in given periods or on given dates. */
export const tranchesProfileSchema = lazySchema(() =>
  z.object({ tranches: z.array(trancheSchema).min(1) }).strict(),
);

type ProfileInput =
  | z.input<typeof namedProfileSchema>
  | z.input<typeof sCurveProfileSchema>
  | z.input<typeof weightsProfileSchema>
  | z.input<typeof tranchesProfileSchema>;
type ProfileOutput =
  | z.output<typeof namedProfileSchema>
  | z.output<typeof sCurveProfileSchema>
  | z.output<typeof weightsProfileSchema>
  | z.output<typeof tranchesProfileSchema>;

/**
 * How a commitment is phased over its periods: `'even'`, `'front-loaded'` (weights n, n−1, …, 1),
 * `'back-loaded'` (1, 2, …, n), `{ sCurve: { midpoint, steepness } }` (increments of a logistic),
 * `{ weights: [...] }` or `{ tranches: [...] }`.
 *
 * The variant is picked by its shape (a string, or the object's key), so errors point into the
 * variant that was meant (`profile.weights[2]: …`) instead of a vague "invalid union".
 *
 * @example
 * ```ts
 * scheduleProfileSchema.parse({ weights: ['1', 2] }).weights.map(String) //=> ['1', '2']
 * scheduleProfileSchema.parse({ sCurve: { midpoint: 'FY2023-24', steepness: '0.15' } })
 * scheduleProfileSchema.parse('middle') // throws ZodError: expected "even", "front-loaded", "back-loaded", or an object …
 * ```
 */
export const scheduleProfileSchema = lazySchema(() =>
  z
    .custom<ProfileInput>(() => true)
    .transform((value, ctx): ProfileOutput => {
      const schema =
        typeof value === 'string'
          ? namedProfileSchema
          : typeof value === 'object' && value !== null && 'sCurve' in value
            ? sCurveProfileSchema
            : typeof value === 'object' && value !== null && 'weights' in value
              ? weightsProfileSchema
              : typeof value === 'object' && value !== null && 'tranches' in value
                ? tranchesProfileSchema
                : undefined;
      if (schema === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'expected "even", "front-loaded", "back-loaded", or an object with sCurve, weights or tranches',
          input: value,
        });
        return z.NEVER;
      }
      const parsed = checkInput(schema, value);
      if (!parsed.success) {
        forwardIssues(ctx, parsed.error.issues, value);
        return z.NEVER;
      }
      return parsed.data;
    }),
);
/** A phasing profile as given (JSON-friendly). */
export type ScheduleProfileInput = ProfileInput;
/** A phasing profile, parsed. */
export type ScheduleProfile = ProfileOutput;
