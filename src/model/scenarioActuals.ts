import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import { fiscalYearSchema } from './_lib/fiscalYears.js';

const inrSchema = lazySchema(() => moneySchemaFor('INR'));

/**
 * What is known of one fiscal year after the event: any of revenue, units, headcount (closing),
 * capex, and per PLI enrolment whether its thresholds were met or what it earned; with the
 * sources (ids of `meta.sources`) and how firmly it is known.
 *
 * @example
 * ```json
 * { "year": "FY2022-23", "pli": [{ "enrolment": "lsem-domestic-mobile", "thresholdsMet": false }],
 *   "confidence": "reported", "sources": ["bt-2024-03-04"] }
 * ```
 */
export const scenarioActualSchema = lazySchema(() =>
  z
    .object({
      year: fiscalYearSchema,
      revenue: inrSchema.optional(),
      units: nonNegativeDecimalSchema.optional(),
      headcount: nonNegativeDecimalSchema.optional(),
      capex: inrSchema.optional(),
      /**
       * The PLI the company received in the year, all enrolments together (`"₹0 crore"`: none was
       * received); it replaces the disbursement schedule's amount for that year in the outturn.
       */
      pliReceived: inrSchema.optional(),
      pli: z
        .array(
          z
            .object({
              enrolment: idSchema,
              /** false: the year's thresholds were not met, so it earned nothing. */
              thresholdsMet: z.boolean().optional(),
              /** The incentive the year earned (approved), when known. */
              earned: inrSchema.optional(),
            })
            .strict(),
        )
        .default([]),
      /** `reported` (the press or filings say so) or `unconfirmed` (expected, not yet known). */
      confidence: z.enum(['confirmed', 'reported', 'unconfirmed']),
      sources: z.array(idSchema).min(1),
      note: z.string().min(1).optional(),
    })
    .strict(),
);

/** One year of actuals, parsed. */
export type ScenarioActual = z.output<typeof scenarioActualSchema>;
