import * as z from 'zod';
import { CrorecastError } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import { checkInput } from '../core/validate.js';
import { PliEnrolment as PliEnrolmentSchema } from '../pli/enrolment.js';
import { findDoubleClaims } from '../pli/findDoubleClaims.js';
import { type PliRules, rulesInForce } from '../pli/pliRulesInForce.js';
import { schemeWindow } from '../pli/pliSchemeYears.js';
import type { PliScheme } from '../pli/scheme.js';
import { type PliSchemeOverrides, withOverrides } from '../pli/withOverrides.js';
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
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * enrolmentScheme(parseScenario(seedJson).pli!.enrolments[0]!).id //=> 'lsem-2020'
 * ```
 */
export function enrolmentScheme(e: PliEnrolment): PliScheme {
  return e.overrides === undefined
    ? e.enrolment.scheme
    : withOverrides(e.enrolment.scheme, e.overrides as PliSchemeOverrides);
}

/**
 * The rules an enrolment is evaluated under: its own `version` or `rulesAsOf`, else the
 * section's `rulesAsOf`, else the latest rules — on its scheme with its overrides.
 *
 * @param e - a parsed enrolment
 * @param section - the PLI section it belongs to
 * @returns the rules in force, with the versions applied and those not yet notified
 * @throws {PliError} for an unknown version or a date before the scheme
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const pli = parseScenario(seedJson).pli!;
 * enrolmentRules(pli.enrolments[0]!, pli).description.startsWith('Evaluated under the rules announced by 2021-08-24') //=> true
 * ```
 */
export function enrolmentRules(e: PliEnrolment, section: Pick<PliSection, 'rulesAsOf'>): PliRules {
  const own = e.enrolment;
  const asOf = own.rulesAsOf ?? section.rulesAsOf;
  return rulesInForce(
    enrolmentScheme(e),
    own.version !== undefined
      ? { version: own.version }
      : asOf === undefined
        ? {}
        : { asOf: asOf.date, basis: asOf.basis },
  );
}

/** The segment ids an enrolment claims. */
export function segmentIdsOf(e: PliEnrolment): string[] {
  return e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
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
    // The rules the enrolment is evaluated by: its version, or those in force on its date.
    let rules: PliScheme | undefined;
    if (scheme !== undefined) {
      try {
        rules = enrolmentRules(e, pli).scheme;
      } catch (error) {
        if (!(error instanceof CrorecastError)) throw error;
        issue(
          e.enrolment.version === undefined && e.enrolment.rulesAsOf === undefined
            ? ['pli', 'rulesAsOf']
            : [...at, e.enrolment.version !== undefined ? 'version' : 'rulesAsOf'],
          error.message.replace(/^\[crorecast\] /, ''),
        );
      }
    }
    if (rules !== undefined) {
      // What the run would refuse: a first year these rules do not allow, or a window of
      // scheme years that misses the plan's horizon entirely; and years assumed missed that
      // are not scheme years.
      try {
        const window = schemeWindow(rules, e.enrolment.firstYear);
        const years = refs.years;
        if (years !== undefined && !window.some((y) => years.includes(y))) {
          issue(
            [...at, e.enrolment.firstYear === undefined ? 'scheme' : 'firstYear'],
            `the scheme years ${window[0]}..${window.at(-1)} do not overlap the horizon ${years[0]}..${years.at(-1)}`,
          );
        }
        const missed = e.assumeMissed?.years;
        if (Array.isArray(missed)) {
          missed.forEach((year, j) => {
            if (!window.includes(year)) {
              issue(
                [...at, 'assumeMissed', 'years', j],
                `${year} is not a scheme year of this enrolment (${window.join(', ')})`,
              );
            }
          });
        }
      } catch (error) {
        if (!(error instanceof CrorecastError)) throw error;
        issue(
          [...at, 'firstYear'],
          `${error.message.replace(/^\[crorecast\] /, '')} under these rules`,
        );
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
  // The same goods, or the same investment, in two enrolments: a typed double claim at the
  // second enrolment's field, naming both.
  for (const d of findDoubleClaims(
    pli.enrolments.map((e) => ({ id: e.id, goods: segmentIdsOf(e), investments: e.investments })),
  )) {
    issue(
      [
        'pli',
        'enrolments',
        d.second.index,
        d.kind === 'goods' ? 'segments' : 'investments',
        d.second.position,
      ],
      `${d.code}: ${d.message}`,
    );
  }
  const sharing = pli.sharing;
  if (sharing !== undefined && !sharing.agreement.parties.some((p) => p.id === sharing.company)) {
    issue(
      ['pli', 'sharing', 'company'],
      `"${sharing.company}" is not a party of the agreement (parties: ${sharing.agreement.parties.map((p) => p.id).join(', ')})`,
    );
  }
  if (sharing?.appliesTo !== undefined && sharing.scope?.enrolments !== undefined) {
    issue(['pli', 'sharing', 'appliesTo'], 'give either appliesTo or scope.enrolments, not both');
  }
  const scoped = [
    ...(sharing?.appliesTo ?? []).map((id, j) => ({ id, path: ['appliesTo', j] })),
    ...(sharing?.scope?.enrolments ?? []).map((id, j) => ({
      id,
      path: ['scope', 'enrolments', j],
    })),
  ];
  for (const { id, path } of scoped) {
    if (!enrolmentIds.has(id)) {
      issue(
        ['pli', 'sharing', ...path],
        `unknown enrolment "${id}" (enrolments: ${[...enrolmentIds].join(', ')})`,
      );
    }
  }
  const inScope = new Set(scoped.length === 0 ? enrolmentIds : scoped.map((s) => s.id));
  const scopeSegments = new Set(
    pli.enrolments.filter((e) => inScope.has(e.id)).flatMap((e) => segmentIdsOf(e)),
  );
  sharing?.scope?.segments?.forEach((id, j) => {
    if (!scopeSegments.has(id)) {
      issue(
        ['pli', 'sharing', 'scope', 'segments', j],
        `segment "${id}" is not claimed by an enrolment the agreement covers (${[...scopeSegments].join(', ')})`,
      );
    }
  });
  return issues;
}
