import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { checkScheme } from './_lib/checkScheme.js';
import { fiscalYearKeySchema } from './_lib/fiscalYear.js';
import { amountSchema } from './_lib/schemas.js';
import { figureMeta, idSchema } from './_lib/schemeParts.js';
import { PliCategory } from './schemeCategory.js';
import { PliYearlyOutlay } from './schemeCeiling.js';
import { PliRates } from './schemeRates.js';
import { PliSource } from './schemeSource.js';
import { PliFirstYearPart, PliSchemeVersion } from './schemeVersion.js';

// The parts of a scheme, each in its own file, exported from here as before.
export {
  PliBonus,
  PliCap,
  PliCategory,
  PliEligibility,
  PliInvoiceFloor,
} from './schemeCategory.js';
export { PliRates, PliSlabRates, PliYearlyRates } from './schemeRates.js';
export { PliConfidence, PliSource } from './schemeSource.js';
export { PliFirstYearPart, PliSchemeVersion } from './schemeVersion.js';

// A scheme's fields before the rules across them (in `_lib/checkScheme.ts`, typed by this).
export const pliSchemeFields = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().min(1),
      authority: z.string().min(1),
      /** Date of notification, `yyyy-MM-dd`. */
      notified: z.iso.date(),
      /** Date of announcement (cabinet approval), `yyyy-MM-dd`; default the notification date. */
      announced: z.iso.date().optional(),
      amountUnit: z.enum(['crore', 'lakh', 'rupee']),
      sources: z.array(PliSource).min(1).readonly(),
      /** The year incremental sales and investment are measured from. */
      baseYear: fiscalYearKeySchema,
      tenure: z
        .object({
          years: z.number().int().min(1).max(20),
          /** The default first scheme year. */
          firstYear: fiscalYearKeySchema,
          /** First years a firm may choose instead (a shifted window); include `firstYear`. */
          firstYearChoices: z.array(fiscalYearKeySchema).min(1).readonly().optional(),
          ...figureMeta,
        })
        .strict(),
      /** The firm's first scheme year counts sales from a month, not from its start. */
      firstYearPart: PliFirstYearPart.optional(),
      /** Later changes, in order: evaluate under the rules in force on a date with `pliRulesInForce`. */
      versions: z.array(PliSchemeVersion).readonly().optional(),
      /**
       * A later scheme that replaced this one for new applicants — not a version of it: moving to
       * it takes a new application and approval (a new enrolment, with its own base year and
       * rules), so an enrolment under this scheme keeps this scheme's rules on any date.
       */
      successor: z
        .object({
          scheme: idSchema,
          announced: z.iso.date(),
          notified: z.iso.date(),
          /** Why it is a new scheme rather than a version. */
          reason: z.string().min(1),
          sources: z.array(z.string().min(1)).min(1).readonly(),
        })
        .strict()
        .optional(),
      /** Default rates for categories without their own. */
      rates: PliRates.optional(),
      categories: z.record(idSchema, PliCategory).refine((c) => Object.keys(c).length > 0, {
        message: 'a scheme needs at least one category',
      }),
      outlay: z
        .object({ amount: amountSchema, ...figureMeta })
        .strict()
        .optional(),
      /** The outlay by fiscal year: a scheme-wide ceiling that scales claims down pro rata. */
      yearlyOutlay: PliYearlyOutlay.optional(),
      /** Rules of the scheme that crorecast does not model, so a reader knows what is left out. */
      notModelled: z.array(z.string().min(1)).readonly().optional(),
    })
    .strict(),
);

/**
 * A Production Linked Incentive scheme as validated data. Presets and a user's own schemes pass
 * this same schema (it is idempotent: a parsed scheme parses again unchanged).
 *
 * Aggregate amounts (thresholds, caps, eligibility, slab bounds) are written in `amountUnit`
 * (`crore` in every preset), as decimal strings; per-unit invoice floors are always in rupees
 * (`minimumRupees`). Rates are decimal fractions (`"0.06"` for 6%).
 *
 * Figures are grouped (a rate schedule, a threshold schedule, a cap, a bonus …) and each group
 * carries its `confidence`. Schedules have one entry per scheme year (`tenure.years`).
 *
 * @example
 * ```ts
 * const mine = PliScheme.parse({
 *   id: 'my-approval', name: 'LSEM as approved', authority: 'MeitY', notified: '2020-04-01',
 *   amountUnit: 'crore', baseYear: 'FY2019-20',
 *   sources: [{ id: 'letter', title: 'Approval letter', kind: 'user' }],
 *   tenure: { years: 2, firstYear: 'FY2020-21', confidence: 'confirmed' },
 *   rates: { kind: 'by-year', rates: ['0.06', '0.06'], confidence: 'confirmed' },
 *   categories: {
 *     phones: {
 *       name: 'Mobile phones',
 *       thresholds: { sales: { incremental: ['500', '1000'], confidence: 'confirmed', sources: ['letter'] } },
 *     },
 *   },
 * });
 * mine.categories.phones?.thresholds.sales?.incremental[1]?.toFixed() //=> '1000'
 * PliScheme.parse({ ...mine, tenure: { ...mine.tenure, years: 3 } })
 * // throws ZodError: rates.rates: needs one figure per scheme year (3), got 2 …
 * ```
 */
export const PliScheme = lazySchema(() => pliSchemeFields.superRefine(checkScheme));

/** A parsed, validated scheme (amounts and rates as Decimals). */
export type PliScheme = z.output<typeof PliScheme>;
/** A scheme as written in data or JSON (amounts and rates as decimal strings or numbers). */
export type PliSchemeInput = z.input<typeof PliScheme>;
