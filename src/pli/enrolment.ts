import * as z from 'zod';
import { describe } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { checkInput, forwardIssues } from '../core/validate.js';
import { fiscalYearKeySchema } from './_lib/fiscalYear.js';
import { isParsedScheme } from './_lib/parsedScheme.js';
import { inrSchema, nonNegativeInrSchema, unitsSchema } from './_lib/schemas.js';
import { getPliScheme } from './getPliScheme.js';
import { PLI_PRESET_IDS, PLI_PRESETS } from './presets/index.js';
import { PliScheme, type PliSchemeInput } from './scheme.js';

/**
 * One line of sales: units sold at an invoice value per unit (net of taxes and discounts), so
 * the engine can apply the category's invoice floor. `product` selects a product-specific floor
 * (`laptop`, `tablet`).
 *
 * @example
 * ```ts
 * PliSalesLine.parse({ invoiceValue: inr(9000), units: 1_000_000 }).units.toFixed() //=> '1000000'
 * ```
 */
export const PliSalesLine = lazySchema(() =>
  z
    .object({
      invoiceValue: inrSchema,
      units: unitsSchema,
      product: z.string().min(1).optional(),
      label: z.string().optional(),
      /**
       * The range of invoice values of the line's units when they are a band of a distribution
       * (`invoiceValue` is then their average): the floor is applied to the band — from `from`
       * (inclusive) up to `to` (exclusive; omitted for an open top band) — not to the average. A
       * band the floor falls inside is an error (`PLI_BAND_STRADDLES_FLOOR`).
       */
      band: z.object({ from: inrSchema, to: inrSchema.optional() }).strict().optional(),
    })
    .strict(),
);
/** See `PliSalesLine`. */
export type PliSalesLine = z.output<typeof PliSalesLine>;

/**
 * A scheme given by preset id or as data; parsed to a `PliScheme` (an unknown id is a
 * validation issue listing the presets).
 *
 * @example
 * ```ts
 * PliSchemeRef.parse('telecom-2021').name //=> 'PLI Scheme for Telecom and Networking Products'
 * ```
 */
export const PliSchemeRef = lazySchema(() =>
  z
    .custom<string | PliSchemeInput | PliScheme>(() => true)
    .transform((value, ctx): PliScheme => {
      if (typeof value === 'string') {
        if (Object.hasOwn(PLI_PRESETS, value)) {
          return getPliScheme(value);
        }
        ctx.addIssue({
          code: 'custom',
          message: `unknown PLI scheme ${describe(value)}; presets: ${PLI_PRESET_IDS.join(', ')}`,
          input: value,
        });
        return z.NEVER;
      }
      // A scheme this layer parsed and froze is taken as it is (no second validation).
      if (isParsedScheme(value)) return value;
      const parsed = checkInput(PliScheme, value);
      if (parsed.success) return parsed.data;
      forwardIssues(ctx, parsed.error.issues, value);
      return z.NEVER;
    }),
);

const enrolmentShape = lazySchema(() => ({
  /** A preset id (`lsem-2020`) or a scheme as data. */
  scheme: PliSchemeRef,
  /** The category (segment) the firm is approved in: `domestic-mobile`. */
  category: z.string().min(1),
  /** The firm's first scheme year, when the scheme allows a choice. */
  firstYear: fiscalYearKeySchema.optional(),
  /**
   * The scheme's rules as in force on a date: versions `announced` (or `notified`) by `date`
   * apply. Without it (and without `version`) every version applies: the latest rules.
   */
  rulesAsOf: z
    .object({ date: z.iso.date(), basis: z.enum(['announced', 'notified']) })
    .strict()
    .optional(),
  /** A version of the scheme named outright (its id, or the scheme's id for the original rules). */
  version: z.string().min(1).optional(),
  /** Ids of the category's opt-in bonuses the firm qualifies for (`design-led`). */
  attributes: z.array(z.string().min(1)).readonly().optional(),
  /** The investment committed in the approval (for caps that are a multiple of it). */
  committedInvestment: nonNegativeInrSchema.optional(),
  /** The applicant company's own figures, for the company-level eligibility check. */
  company: z.object({ baseYearRevenue: nonNegativeInrSchema }).strict().optional(),
  /** Base-year net sales of the eligible goods, as one figure … */
  baseYearSales: nonNegativeInrSchema.optional(),
  /** … or as lines, so the invoice floor applies to the base year too. */
  baseYearLines: z.array(PliSalesLine).readonly().optional(),
  /**
   * The scheme-wide yearly ceiling: the assumed claims of all beneficiaries in each fiscal year
   * (this firm's included) — an assumption, stated in words — and the ceiling when the scheme's
   * `yearlyOutlay` has none for the year (or to override it). Claims above the ceiling are paid
   * pro rata (`applySchemeCeiling`).
   */
  schemeClaims: z
    .object({
      assumption: z.string().min(1),
      years: z
        .array(
          z
            .object({
              year: fiscalYearKeySchema,
              totalClaims: nonNegativeInrSchema,
              ceiling: nonNegativeInrSchema.optional(),
            })
            .strict(),
        )
        .min(1)
        .readonly(),
    })
    .strict()
    .optional(),
}));

function exactlyOne(
  value: { readonly [k: string]: unknown },
  a: string,
  b: string,
  ctx: z.RefinementCtx,
  path: PropertyKey[] = [],
) {
  const has = (k: string) => value[k] !== undefined;
  if (has(a) === has(b)) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, has(a) ? b : a],
      message: has(a) ? `give either ${a} or ${b}, not both` : `give ${a} (or ${b})`,
    });
  }
}

/**
 * A firm's enrolment in a PLI scheme: the scheme, its category and choices, and base-year sales.
 * The scenario layer composes it with per-year sales and investment.
 *
 * @example
 * ```ts
 * const e = PliEnrolment.parse({
 *   scheme: 'lsem-2020', category: 'domestic-mobile', firstYear: 'FY2021-22',
 *   baseYearSales: '₹500 crore',
 * });
 * e.scheme.id //=> 'lsem-2020'
 * e.baseYearSales?.amount.toFixed() //=> '5000000000'
 * ```
 */
export const PliEnrolment = lazySchema(() =>
  z
    .object(enrolmentShape)
    .strict()
    .superRefine((v, ctx) => exactlyOne(v, 'baseYearSales', 'baseYearLines', ctx)),
);
/** See `PliEnrolment`. */
export type PliEnrolment = z.output<typeof PliEnrolment>;
/** The input form of `PliEnrolment`. */
export type PliEnrolmentInput = z.input<typeof PliEnrolment>;

/**
 * One fiscal year's figures: cumulative incremental investment since the base year, and net
 * sales of eligible goods made in India, as one figure (`netSales`) or as `lines` so that the
 * engine applies the invoice floor itself.
 *
 * @example
 * ```ts
 * PliYearInput.parse({ year: 'FY22', netSales: crore(800), cumulativeInvestment: crore(60) }).year
 * //=> 'FY2021-22'
 * ```
 */
export const PliYearInput = lazySchema(() =>
  z
    .object({
      year: fiscalYearKeySchema,
      cumulativeInvestment: inrSchema,
      netSales: inrSchema.optional(),
      lines: z.array(PliSalesLine).readonly().optional(),
      /**
       * A part-year claim: the sales of the months claimed, from the month `from` (`yyyy-MM`,
       * inside the fiscal year) to the year's end — e.g. a firm that started production mid-year,
       * or a scheme year 1 counted from 1 August. They replace the time-proportionate share of the
       * year's sales; the base year is compared pro rata by months.
       */
      part: z
        .object({
          from: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as yyyy-MM (e.g. "2021-08")'),
          netSales: inrSchema.optional(),
          lines: z.array(PliSalesLine).readonly().optional(),
        })
        .strict()
        .superRefine((v, ctx) => exactlyOne(v, 'netSales', 'lines', ctx))
        .optional(),
    })
    .strict()
    .superRefine((v, ctx) => exactlyOne(v, 'netSales', 'lines', ctx)),
);
/** See `PliYearInput`. */
export type PliYearInput = z.output<typeof PliYearInput>;

/**
 * Everything `evaluatePli` takes: an enrolment plus its years.
 *
 * @example
 * ```ts
 * PliEvaluationInput.parse({ scheme: 'lsem-2020', category: 'domestic-mobile',
 *   baseYearSales: crore(200), years: [] })
 * // throws ZodError: years: Too small: expected array to have >=1 items
 * ```
 */
export const PliEvaluationInput = lazySchema(() =>
  z
    .object({
      ...enrolmentShape,
      years: z.array(PliYearInput).min(1).readonly(),
      /**
       * Years taken as missed whatever the figures say — a reported outcome ("thresholds not
       * met") or a downside case — each with the reason the result should give.
       */
      thresholdsMissed: z
        .array(z.object({ year: fiscalYearKeySchema, reason: z.string().min(1) }).strict())
        .readonly()
        .optional(),
    })
    .strict()
    .superRefine((v, ctx) => {
      exactlyOne(v, 'baseYearSales', 'baseYearLines', ctx);
      if (v.version !== undefined && v.rulesAsOf !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['version'],
          message: 'give either version or rulesAsOf, not both',
        });
      }
    }),
);
/** See `PliEvaluationInput`. */
export type PliEvaluationInput = z.output<typeof PliEvaluationInput>;
/** The input form of `PliEvaluationInput` (Money values or their JSON form). */
export type PliEvaluationInputInput = z.input<typeof PliEvaluationInput>;
