import { z } from 'zod';
import { CrorecastError } from '../core/errors.js';
import { checkInput } from '../core/validate.js';
import { PliEnrolment as PliEnrolmentSchema } from '../pli/enrolment.js';
import { pliSchemeYears } from '../pli/pliSchemeYears.js';
import type { PliScheme } from '../pli/scheme.js';
import { type PliSchemeOverrides, withOverrides } from '../pli/withOverrides.js';
import { idSchema } from '../projection/inputSchema.js';
import { SharingAgreement } from '../sharing/agreement.js';

const OWN_KEYS = ['id', 'segments', 'investments', 'overrides'] as const;

/** The scenario's own fields of an enrolment: what ties the PLI layer's enrolment to the plan. */
const enrolmentLinkSchema = z
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
  })
  .strict();

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
export const pliEnrolmentSchema = z
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
  });

/** How the incentive is shared with partners, and which enrolments' incentive is shared. */
export const pliSharingSchema = z
  .object({
    /** The party that is the scenario's company (its share is the company's PLI income). */
    company: idSchema,
    /** The agreement, validated by the sharing layer's `SharingAgreement` schema. */
    agreement: SharingAgreement,
    /** Enrolment ids whose incentive is shared (default: all). */
    appliesTo: z.array(idSchema).optional(),
  })
  .strict();

/** The PLI section of a scenario. */
export const pliSectionSchema = z
  .object({
    enrolments: z.array(pliEnrolmentSchema).min(1),
    sharing: pliSharingSchema.optional(),
    /** Whole fiscal years between earning an incentive and receiving it (default 1). */
    disbursementLagYears: z.number().int().min(0).max(5).default(1),
  })
  .strict();

/** The PLI section, parsed. */
export type PliSection = z.output<typeof pliSectionSchema>;

/** What the PLI section's references are checked against. */
export interface PliReferences {
  readonly segmentIds: ReadonlySet<string>;
  readonly investmentIds: ReadonlySet<string>;
  /** The horizon's fiscal-year keys, when the horizon parsed. */
  readonly years?: readonly string[];
}

/**
 * The scheme an enrolment evaluates under: the PLI layer's parsed scheme with the enrolment's
 * overrides applied.
 *
 * @param e - a parsed enrolment
 * @returns the scheme to evaluate it under
 * @throws {ValidationError} for invalid overrides (from `withOverrides`)
 *
 * @example
 * ```ts
 * enrolmentScheme(parseScenario(seed).pli.enrolments[0]).id //=> 'lsem-2020'
 * ```
 */
export function enrolmentScheme(e: PliEnrolment): PliScheme {
  return e.overrides === undefined
    ? e.enrolment.scheme
    : withOverrides(e.enrolment.scheme, e.overrides as PliSchemeOverrides);
}

/** Cross-checks the PLI section against the rest of the scenario; returns path-named issues. */
export function checkPliSection(
  pli: PliSection,
  refs: PliReferences,
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const enrolmentIds = new Set<string>();
  pli.enrolments.forEach((e, i) => {
    const at = ['pli', 'enrolments', i];
    if (enrolmentIds.has(e.id)) issue([...at, 'id'], `duplicate enrolment id "${e.id}"`);
    enrolmentIds.add(e.id);
    let scheme: PliScheme | undefined;
    try {
      scheme = enrolmentScheme(e);
    } catch (error) {
      if (!(error instanceof CrorecastError)) throw error;
      issue([...at, 'overrides'], error.message.replace(/^\[crorecast\] /, ''));
    }
    if (scheme !== undefined) {
      // What the run would refuse: a first year the scheme does not allow, or a window of
      // scheme years that misses the plan's horizon entirely.
      try {
        const window = pliSchemeYears(scheme, {
          ...(e.enrolment.firstYear === undefined ? {} : { firstYear: e.enrolment.firstYear }),
        });
        const years = refs.years;
        if (years !== undefined && !window.some((y) => years.includes(y))) {
          issue(
            [...at, e.enrolment.firstYear === undefined ? 'scheme' : 'firstYear'],
            `the scheme years ${window[0]}..${window.at(-1)} do not overlap the horizon ${years[0]}..${years.at(-1)}`,
          );
        }
      } catch (error) {
        if (!(error instanceof CrorecastError)) throw error;
        issue([...at, 'firstYear'], error.message.replace(/^\[crorecast\] /, ''));
      }
    }
    const categories = scheme === undefined ? [] : Object.keys(scheme.categories);
    if (scheme !== undefined && !categories.includes(e.enrolment.category)) {
      issue(
        [...at, 'category'],
        `unknown category "${e.enrolment.category}" of ${scheme.id} (categories: ${categories.join(', ')})`,
      );
    }
    e.segments.forEach((entry, j) => {
      const s = typeof entry === 'string' ? entry : entry.segment;
      if (!refs.segmentIds.has(s)) {
        issue(
          [...at, 'segments', j],
          `unknown segment "${s}" (segments: ${[...refs.segmentIds].join(', ')})`,
        );
      }
    });
    e.investments.forEach((s, j) => {
      if (!refs.investmentIds.has(s)) {
        issue(
          [...at, 'investments', j],
          `unknown investment "${s}" (investments: ${[...refs.investmentIds].join(', ')})`,
        );
      }
    });
  });
  const sharing = pli.sharing;
  if (sharing !== undefined && !sharing.agreement.parties.some((p) => p.id === sharing.company)) {
    issue(
      ['pli', 'sharing', 'company'],
      `"${sharing.company}" is not a party of the agreement (parties: ${sharing.agreement.parties.map((p) => p.id).join(', ')})`,
    );
  }
  pli.sharing?.appliesTo?.forEach((id, j) => {
    if (!enrolmentIds.has(id)) {
      issue(
        ['pli', 'sharing', 'appliesTo', j],
        `unknown enrolment "${id}" (enrolments: ${[...enrolmentIds].join(', ')})`,
      );
    }
  });
  return issues;
}
