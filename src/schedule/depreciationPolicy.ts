import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import {
  decimalInput,
  moneyInput,
  mustBePositive,
  mustNotBeNegative,
  shareInput,
} from './_lib/inputs.js';
import { calendarDateInput, periodLabelInput } from './_lib/periods.js';
import { scheduleGranularitySchema } from './scheduleProfiles.js';

// How assets are depreciated: the method and first-year rule, one asset's policy, and a whole
// capex schedule's blocks put to use within their periods.

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
