import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import { checkInput } from '../core/validate.js';
import { PliEnrolment as PliEnrolmentSchema } from '../pli/enrolment.js';
import { idSchema } from '../projection/inputSchema.js';
import { SharingAgreement } from '../sharing/agreement.js';
import { fiscalYearSchema } from './_lib/fiscalYears.js';

const OWN_KEYS = ['id', 'segments', 'investments', 'overrides', 'assumeMissed'] as const;

/** The scenario's own fields of an enrolment: what ties the PLI layer's enrolment to the plan. */
const enrolmentLinkSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      /**
       * The segments whose sales are the eligible goods: ids, or `{ segment, product }` where the
       * scheme's invoice floors differ by product (`laptop`, `tablet`).
       */
      segments: z
        .array(
          z.union([idSchema, z.object({ segment: idSchema, product: z.string().min(1) }).strict()]),
        )
        .min(1),
      /** The investments whose cumulative spend counts towards the investment thresholds. */
      investments: z.array(idSchema).default([]),
      /** Changes to the scheme's figures (e.g. from the approval letter), as for `withOverrides`. */
      overrides: z.record(z.string(), z.unknown()).optional(),
      /**
       * A downside: scheme years taken as missed whatever the plan's figures (`all`, or fiscal
       * years), with the reason the report gives.
       */
      assumeMissed: z
        .object({
          years: z.union([z.literal('all'), z.array(fiscalYearSchema).min(1)]),
          reason: z.string().min(1),
        })
        .strict()
        .optional(),
    })
    .strict(),
);

/** One enrolment of a scenario, parsed: the PLI layer's enrolment plus its links to the plan. */
export interface PliEnrolment extends z.output<typeof enrolmentLinkSchema> {
  /** The PLI layer's enrolment (scheme, category, first year, base-year sales …). */
  readonly enrolment: z.output<typeof PliEnrolmentSchema>;
}

/**
 * One enrolment of the company in a PLI scheme. Its scheme fields — `scheme` (a preset id such as
 * `lsem-2020`, or a scheme as data), `category`, `firstYear`, `baseYearSales` (or
 * `baseYearLines`), `committedInvestment`, `attributes`, `company` — are the PLI layer's own
 * `PliEnrolment`, validated by it; the scenario adds `id`, the `segments` whose sales are the
 * eligible goods, the `investments` whose spend counts, and optional scheme `overrides`.
 */
export const pliEnrolmentSchema = lazySchema(() =>
  z
    .custom<Record<string, unknown>>(() => true)
    .transform((value, ctx): PliEnrolment => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', message: 'an enrolment must be an object', input: value });
        return z.NEVER;
      }
      const raw = value as Record<string, unknown>;
      const own = Object.fromEntries(
        Object.entries(raw).filter(([k]) => OWN_KEYS.includes(k as never)),
      );
      const rest = Object.fromEntries(
        Object.entries(raw).filter(([k]) => !OWN_KEYS.includes(k as never)),
      );
      const link = checkInput(enrolmentLinkSchema, own);
      const enrolment = checkInput(PliEnrolmentSchema, rest);
      for (const result of [link, enrolment]) {
        if (result.success) continue;
        for (const issue of result.error.issues) {
          ctx.addIssue({
            code: 'custom',
            message: issue.message,
            path: [...issue.path],
            input: value,
          });
        }
      }
      if (!link.success || !enrolment.success) return z.NEVER;
      return { ...link.data, enrolment: enrolment.data };
    }),
);

/**
 * How the incentive is shared with partners: the agreement, its scope (which enrolments and, of
 * them, which segments' incentive it covers) and how the payment is treated. The company claims
 * the incentive of its enrolments, so a partner's share is a payment by the company: PLI income
 * in the P&L is the whole incentive earned, and the partners' shares are a separate expense line.
 */
export const pliSharingSchema = lazySchema(() =>
  z
    .object({
      /** The party that is the scenario's company (the claimant; it keeps what is not shared). */
      company: idSchema,
      /** The agreement, validated by the sharing layer's `SharingAgreement` schema. */
      agreement: SharingAgreement,
      /**
       * Enrolment ids whose incentive is shared: the first spelling of `scope.enrolments`, same
       * meaning, kept so older files run; `scenarioWarnings` (and `crorecast validate`) flag it.
       *
       * @deprecated Write `scope.enrolments`; removed at the next major version.
       */
      appliesTo: z.array(idSchema).optional(),
      scope: z
        .object({
          /** Enrolment ids whose incentive is shared (default: all). */
          enrolments: z.array(idSchema).min(1).optional(),
          /**
           * Segment ids whose part of the incentive is shared (default: all of the enrolments').
           * An enrolment's yearly incentive is attributed to its segments in proportion to their
           * eligible net sales that year (an approximation: the scheme pays on the increment).
           */
          segments: z.array(idSchema).min(1).optional(),
        })
        .strict()
        .optional(),
      /** How the payment to partners is treated. */
      treatment: z
        .object({
          /** Whether the company deducts the partners' shares for tax (default true: an expense). */
          taxDeductible: z.boolean().default(true),
          /** The GST treatment assumed for the payment, in words (no ruling was found: say so). */
          gst: z.string().min(1),
        })
        .strict()
        .optional(),
    })
    .strict(),
);

/** The PLI section of a scenario. */
export const pliSectionSchema = lazySchema(() =>
  z
    .object({
      enrolments: z.array(pliEnrolmentSchema).min(1),
      sharing: pliSharingSchema.optional(),
      /**
       * The date whose scheme rules apply to enrolments that name neither `rulesAsOf` nor
       * `version`: versions `announced` (or `notified`) by then. Without it: the latest rules.
       */
      rulesAsOf: z
        .object({ date: z.iso.date(), basis: z.enum(['announced', 'notified']) })
        .strict()
        .optional(),
      /**
       * The yearly growth from base-year sales to the plan's first year above which the report
       * flags the base year as implausible against the plan (default 0.5: 50% a year).
       */
      baseYearGrowthLimit: nonNegativeDecimalSchema.prefault('0.5'),
      /** Whole fiscal years between earning an incentive and receiving it (default 1). */
      disbursementLagYears: z.number().int().min(0).max(5).default(1),
    })
    .strict(),
);

/** The PLI section, parsed. */
export type PliSection = z.output<typeof pliSectionSchema>;

/** What the PLI section's references are checked against. */
export interface PliReferences {
  readonly segmentIds: ReadonlySet<string>;
  readonly investmentIds: ReadonlySet<string>;
  /** The horizon's fiscal-year keys, when the horizon parsed. */
  readonly years?: readonly string[];
}
