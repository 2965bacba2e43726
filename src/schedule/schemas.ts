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

const commitmentShape = lazySchema(() => ({
  /** A name for the audit breakdown (`'Plant A'`); defaults to `commitment 1`, `commitment 2`, … */
  name: z.string().min(1).optional(),
  /** The amount committed; optional only when every tranche gives an amount. */
  total: moneyInput(mustBePositive).optional(),
  /** The first period (a label: `FY2021-22`, `FY2021-22 Q1`, `2021-08`). */
  start: periodLabelInput,
  /** The last period, inclusive (a label); or give `periods`. */
  end: periodLabelInput.optional(),
  /** The number of periods; or give `end`. */
  periods: z.number().int().min(1).max(1200).optional(),
  /** The phasing profile; default `'even'`. */
  profile: scheduleProfileSchema.optional(),
}));

/**
 * One investment commitment: a total phased from `start` to `end` (or over `periods`) by a
 * profile. Cross-field rules (end not before start, tranches inside the horizon and within 100%,
 * one weight per period) are checked when the schedule is built, with the field path in the error.
 *
 * @example
 * ```json
 * { "name": "Expansion", "total": { "amount": "3500000000", "currency": "INR" },
 *   "start": "FY2023-24", "end": "FY2025-26",
 *   "profile": { "tranches": [{ "date": "2023-07-15", "share": "40%" },
 *                             { "period": "FY2025-26", "share": "60%" }] } }
 * ```
 */
export const commitmentSchema = lazySchema(() => z.object(commitmentShape).strict());
/** A commitment as given (JSON-friendly). */
export type CommitmentInput = z.input<typeof commitmentSchema>;
/** A commitment, parsed. */
export type Commitment = z.output<typeof commitmentSchema>;

/**
 * The input of `investmentSchedule`: either one commitment (its fields at the top level) or
 * `commitments: [...]`, with the schedule's `granularity` (default: the granularity of the first
 * start label).
 *
 * @example
 * ```json
 * { "total": "Rs 1,350 crore", "start": "FY2021-22", "end": "FY2025-26", "granularity": "fy",
 *   "profile": "front-loaded" }
 * ```
 */
export const investmentScheduleInputSchema = lazySchema(() =>
  z
    .object({
      ...commitmentShape,
      start: periodLabelInput.optional(),
      granularity: scheduleGranularitySchema.optional(),
      commitments: z.array(commitmentSchema).min(1).optional(),
    })
    .strict()
    .superRefine((input, ctx) => {
      const own = (['name', 'total', 'start', 'end', 'periods', 'profile'] as const).filter(
        (k) => input[k] !== undefined,
      );
      if (input.commitments !== undefined && own.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [own[0] ?? 'commitments'],
          message: 'give either commitments or one commitment at the top level, not both',
        });
      }
      if (input.commitments === undefined && input.start === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: 'required: the first period (e.g. "FY2021-22"), or give commitments',
        });
      }
    }),
);
/** The input of `investmentSchedule` as given (JSON-friendly). */
export type InvestmentScheduleInput = z.input<typeof investmentScheduleInputSchema>;
/** The input of `investmentSchedule`, parsed. */
export type InvestmentSchedulePlan = z.output<typeof investmentScheduleInputSchema>;

/** Depreciation methods: straight-line (SLM) and written-down value (WDV, reducing balance). */
export const depreciationMethodSchema = lazySchema(() =>
  z.enum(['straight-line', 'written-down-value']),
);
/** `'straight-line' | 'written-down-value'`. */
export type DepreciationMethod = z.infer<typeof depreciationMethodSchema>;

/**
 * The first-year rule: `time-proportionate` (days in use over days in the year, as under the
 * Companies Act and Ind AS), `half-rate` (half the year's charge when the asset was used for
 * fewer than 180 days of the year, as under s. 32 of the Income-tax Act), or `full`.
 */
export const firstYearRuleSchema = lazySchema(() =>
  z.enum(['time-proportionate', 'half-rate', 'full']),
);
/** `'time-proportionate' | 'half-rate' | 'full'`. */
export type FirstYearRule = z.infer<typeof firstYearRuleSchema>;

const depreciationPolicyShape = lazySchema(() => ({
  method: depreciationMethodSchema,
  /** Useful life in years (decimal; whole months are used). */
  usefulLife: decimalInput(mustBePositive).optional(),
  /** Annual rate: WDV's rate on the opening net block, or SLM's 1 / life (`"15%"`, `"0.15"`). */
  rate: shareInput.optional(),
  /** Residual value as a share of cost (`"5%"`); or give `residualValue` for one asset. */
  residualShare: shareInput.optional(),
  /** The first-year rule; default `'time-proportionate'`. */
  firstYear: firstYearRuleSchema.optional(),
}));

/**
 * One asset to depreciate: its cost, the date it was put to use, and the policy.
 *
 * @example
 * ```json
 * { "cost": "Rs 100 crore", "putToUse": "2022-10-04", "method": "written-down-value",
 *   "rate": "15%", "firstYear": "half-rate" }
 * ```
 */
export const assetSchema = lazySchema(() =>
  z
    .object({
      name: z.string().min(1).optional(),
      cost: moneyInput(mustBePositive),
      putToUse: calendarDateInput,
      /** Residual value in money; or give `residualShare`. Default zero. */
      residualValue: moneyInput(mustNotBeNegative).optional(),
      ...depreciationPolicyShape,
    })
    .strict(),
);
/** An asset as given (JSON-friendly). */
export type AssetInput = z.input<typeof assetSchema>;
/** An asset, parsed. */
export type Asset = z.output<typeof assetSchema>;

/** Where in its period a capex amount is put to use: its first day, its middle day, its last day. */
export const putToUseTimingSchema = lazySchema(() => z.enum(['start', 'mid', 'end']));
/** `'start' | 'mid' | 'end'`. */
export type PutToUseTiming = z.infer<typeof putToUseTimingSchema>;

/**
 * How a whole capex schedule is depreciated: every period's capex is an asset block put to use
 * at `putToUse` in its period (default `'mid'`) plus `lagMonths` (default 0), under one policy.
 *
 * @example
 * ```json
 * { "method": "straight-line", "usefulLife": 15, "residualShare": "5%", "putToUse": "end",
 *   "lagMonths": 3, "through": "FY2030-31" }
 * ```
 */
export const scheduleDepreciationSchema = lazySchema(() =>
  z
    .object({
      ...depreciationPolicyShape,
      putToUse: putToUseTimingSchema.optional(),
      lagMonths: z.number().int().min(0).max(600).optional(),
      /** The last period to report (a label); default: until the last block is fully depreciated. */
      through: periodLabelInput.optional(),
      /** The granularity of the result; default `'fy'`. */
      granularity: scheduleGranularitySchema.optional(),
    })
    .strict(),
);
/** Options of `depreciateSchedule` as given (JSON-friendly). */
export type ScheduleDepreciationInput = z.input<typeof scheduleDepreciationSchema>;
/** Options of `depreciateSchedule`, parsed. */
export type ScheduleDepreciation = z.output<typeof scheduleDepreciationSchema>;

/**
 * Cumulative investment thresholds: the amount that must have been invested by the end of each
 * listed period (a label of any granularity).
 *
 * @example
 * ```json
 * [{ "period": "FY2021-22", "required": "Rs 250 crore" },
 *  { "period": "FY2022-23", "required": { "amount": "7500000000", "currency": "INR" } }]
 * ```
 */
export const thresholdsSchema = lazySchema(() =>
  z
    .array(z.object({ period: periodLabelInput, required: moneyInput(mustNotBeNegative) }).strict())
    .min(1),
);
/** Thresholds as given (JSON-friendly). */
export type ThresholdsInput = z.input<typeof thresholdsSchema>;
/** Thresholds, parsed. */
export type Thresholds = z.output<typeof thresholdsSchema>;
