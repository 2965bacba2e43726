import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { moneyInput, mustBePositive } from './_lib/inputs.js';
import { periodLabelInput } from './_lib/periods.js';
import { scheduleGranularitySchema, scheduleProfileSchema } from './scheduleProfiles.js';

// What is committed to be invested (a total, its periods and profile) and the input of
// `investmentSchedule`: one commitment at the top level or a list of them.

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
