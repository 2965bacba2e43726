import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { isUnsafeKey } from '../core/structure.js';
import { fiscalYearKeySchema, fiscalYearStart } from './_lib/fiscalYear.js';
import { amountSchema, multipleSchema, rateSchema } from './_lib/schemas.js';
import { PliYearlyOutlay } from './schemeCeiling.js';

/**
 * How firmly a figure is known: `confirmed` by a primary source (ministry page, gazette, a
 * ministry answer), `reported` by the press or secondary summaries, `unconfirmed` when no source
 * confirmed it (an assumption a user should check against their approval letter and override).
 */
/**
 * @example
 * ```ts
 * PliConfidence.parse('unconfirmed') //=> 'unconfirmed'
 * ```
 */
export const PliConfidence = lazySchema(() => z.enum(['confirmed', 'reported', 'unconfirmed']));
/** See `PliConfidence`. */
export type PliConfidence = z.infer<typeof PliConfidence>;

// Every figure group carries its confidence, an optional note and the ids of its sources.
const figureMeta = lazySchema(() => ({
  confidence: PliConfidence,
  note: z.string().min(1).optional(),
  sources: z.array(z.string().min(1)).readonly().optional(),
}));

/** A source a scheme's figures come from, as data. */
export const PliSource = lazySchema(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
      title: z.string().min(1),
      url: z.url().optional(),
      kind: z.enum(['official', 'press', 'secondary', 'user']),
    })
    .strict(),
);
/** See `PliSource`. */
export type PliSource = z.infer<typeof PliSource>;

/** A rate that varies by scheme year; `null` marks a rate the scheme leaves to the applicant. */
export const PliYearlyRates = lazySchema(() =>
  z
    .object({
      kind: z.literal('by-year'),
      rates: z.array(rateSchema.nullable()).min(1).readonly(),
      ...figureMeta,
    })
    .strict(),
);

/**
 * Rates by slab of the year's eligible incremental sales (the auto scheme's Determined Sales
 * Value). `upTo` is inclusive and in the scheme's `amountUnit`; the last slab has `upTo: null`.
 * `whole`: the whole amount earns the rate of the slab it falls in; `marginal`: each slab's part
 * earns that slab's rate (like income-tax slabs).
 */
export const PliSlabRates = lazySchema(() =>
  z
    .object({
      kind: z.literal('slabs'),
      slabs: z
        .array(z.object({ upTo: amountSchema.nullable(), rate: rateSchema }).strict())
        .min(1)
        .readonly(),
      method: z.enum(['whole', 'marginal']),
      ...figureMeta,
    })
    .strict(),
);

/** A category's rate schedule: by scheme year, or by slab of incremental sales. */
export const PliRates = lazySchema(() =>
  z.discriminatedUnion('kind', [PliYearlyRates, PliSlabRates]),
);
/** See `PliRates`. */
export type PliRates = z.infer<typeof PliRates>;

/**
 * A per-year threshold schedule, one figure per scheme year in the scheme's `amountUnit`
 * (`"0"` = no threshold that year; `null` = not known: evaluation stops and asks for it).
 */
const figures = lazySchema(() => z.array(amountSchema.nullable()).min(1).readonly());
const investmentThresholds = lazySchema(() =>
  z.object({ cumulative: figures, ...figureMeta }).strict(),
);
const salesThresholds = lazySchema(() =>
  z.object({ incremental: figures, ...figureMeta }).strict(),
);

/** The invoice-value floor per unit, in rupees (not the scheme's unit: it is a unit price). */
export const PliInvoiceFloor = lazySchema(() =>
  z
    .object({
      floors: z
        .array(
          z
            .object({
              /** The product the floor applies to; omit for a floor on every product. */
              product: z.string().min(1).optional(),
              minimumRupees: amountSchema,
              /** True when a unit invoiced at exactly the minimum qualifies (≥), false for >. */
              inclusive: z.boolean(),
            })
            .strict(),
        )
        .min(1)
        .readonly(),
      /** Whether sales below the floor still count towards the incremental sales threshold. */
      countsTowardsThresholds: z.boolean(),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliInvoiceFloor`. */
export type PliInvoiceFloor = z.infer<typeof PliInvoiceFloor>;

/**
 * A ceiling, applied after rates (incentive caps) or before them (the sales cap), in the
 * scheme's `amountUnit`:
 * - `incentive-per-year`: at most `amount` in any year;
 * - `incentive-total`: at most `amount` over the tenure;
 * - `incentive-multiple-of-committed-investment`: at most `multiple` × committed investment,
 *   per year or over the tenure;
 * - `sales-multiple-of-committed-investment`: incremental sales beyond `multiple` × committed
 *   investment earn nothing, per year or over the tenure;
 * - `eligible-sales-per-year`: eligible incremental sales beyond `amounts[year]` earn nothing
 *   that year (the per-firm caps LSEM's approvals are reported to set; `null`: no cap).
 */
export const PliCap = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('incentive-per-year'), amount: amountSchema, ...figureMeta })
      .strict(),
    z.object({ kind: z.literal('incentive-total'), amount: amountSchema, ...figureMeta }).strict(),
    z
      .object({
        kind: z.literal('incentive-multiple-of-committed-investment'),
        multiple: multipleSchema,
        scope: z.enum(['per-year', 'tenure']),
        ...figureMeta,
      })
      .strict(),
    z
      .object({
        kind: z.literal('eligible-sales-per-year'),
        /** The most eligible incremental sales that earn in each scheme year (`null`: no cap that year). */
        amounts: z.array(amountSchema.nullable()).min(1).readonly(),
        ...figureMeta,
      })
      .strict(),
    z
      .object({
        kind: z.literal('sales-multiple-of-committed-investment'),
        multiple: multipleSchema,
        scope: z.enum(['per-year', 'tenure']),
        ...figureMeta,
      })
      .strict(),
  ]),
);
/** See `PliCap`. */
export type PliCap = z.infer<typeof PliCap>;

/**
 * A rate bonus added to the category's rate: `opt-in` when the applicant has the attribute
 * named by `id` (`design-led`, `bev-fcev`), or `cumulative-incremental-sales` once the
 * category's eligible incremental sales summed over the scheme years so far reach `atLeast`.
 */
export const PliBonus = lazySchema(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
      name: z.string().min(1),
      rate: rateSchema,
      condition: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('opt-in') }).strict(),
        z
          .object({ kind: z.literal('cumulative-incremental-sales'), atLeast: amountSchema })
          .strict(),
      ]),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliBonus`. */
export type PliBonus = z.infer<typeof PliBonus>;

/** Company-level eligibility: the applicant's base-year revenue (all business, not just eligible goods). */
export const PliEligibility = lazySchema(() =>
  z
    .object({
      minimumBaseYearRevenue: amountSchema,
      /** True when revenue must exceed the minimum (>), false when reaching it is enough (≥). */
      strict: z.boolean(),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliEligibility`. */
export type PliEligibility = z.infer<typeof PliEligibility>;

/** One category (segment) of a scheme. */
export const PliCategory = lazySchema(() =>
  z
    .object({
      name: z.string().min(1),
      /** Overrides the scheme's `rates` for this category. */
      rates: PliRates.optional(),
      eligibility: PliEligibility.optional(),
      thresholds: z
        .object({
          /** Cumulative incremental investment required by the end of each scheme year. */
          investment: investmentThresholds.optional(),
          /** Incremental sales over the base year required in each scheme year. */
          sales: salesThresholds.optional(),
        })
        .strict(),
      invoiceFloor: PliInvoiceFloor.optional(),
      caps: z.array(PliCap).readonly().optional(),
      bonuses: z.array(PliBonus).readonly().optional(),
    })
    .strict(),
);
/** See `PliCategory`. */
export type PliCategory = z.infer<typeof PliCategory>;

const idSchema = lazySchema(() =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (e.g. "lsem-2020")')
    .refine((id) => !isUnsafeKey(id), { message: 'is a reserved name (constructor, prototype)' }),
);

/**
 * A later change to a scheme (an amendment, an extension), as data: when it was announced, when
 * it was notified (`null`: not notified, or the date is not known), and what it changes — a deep
 * partial of the scheme in its input form, merged like `withOverrides` (objects key by key,
 * arrays and values whole). Versions apply in the order listed. `confidence` is that of the
 * dates and the changes; `sources` are ids of the scheme's sources.
 *
 * @example
 * ```ts
 * PliSchemeVersion.parse({ id: 'extension-2021', name: 'One-year extension',
 *   announced: '2021-06-28', notified: '2021-09-23', confidence: 'reported',
 *   changes: { tenure: { firstYearChoices: ['FY2020-21', 'FY2021-22'] } } }).notified
 * //=> '2021-09-23'
 * ```
 */
export const PliSchemeVersion = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().min(1),
      /** When the change was announced (a minister's statement, a cabinet decision), `yyyy-MM-dd`. */
      announced: z.iso.date(),
      /** When it was notified in the Gazette, `yyyy-MM-dd`; `null` when not (yet) known. */
      notified: z.iso.date().nullable(),
      changes: z.record(z.string(), z.unknown()),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliSchemeVersion`. */
export type PliSchemeVersion = z.output<typeof PliSchemeVersion>;

/**
 * The first scheme year counts only part of its fiscal year: sales from `fromMonth` (a calendar
 * month, 8 = 1 August) to the year's end. `baseYear` says how the base year is compared with the
 * part year: `pro-rata` (base-year sales × the months counted ÷ 12) or `whole`.
 *
 * @example
 * ```ts
 * PliFirstYearPart.parse({ fromMonth: 8, baseYear: 'pro-rata', confidence: 'reported' }).fromMonth //=> 8
 * ```
 */
export const PliFirstYearPart = lazySchema(() =>
  z
    .object({
      fromMonth: z.number().int().min(1).max(12),
      baseYear: z.enum(['pro-rata', 'whole']),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliFirstYearPart`. */
export type PliFirstYearPart = z.output<typeof PliFirstYearPart>;

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
export const PliScheme = lazySchema(() =>
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
    .strict()
    .superRefine((scheme, ctx) => {
      const years = scheme.tenure.years;
      const sourceIds = new Set(scheme.sources.map((s) => s.id));
      const checkSources = (refs: readonly string[] | undefined, path: PropertyKey[]) => {
        refs?.forEach((ref, i) => {
          if (!sourceIds.has(ref)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'sources', i],
              message: `unknown source id "${ref}"; known: ${[...sourceIds].join(', ')}`,
            });
          }
        });
      };
      const checkLength = (list: readonly unknown[], path: PropertyKey[]) => {
        if (list.length !== years) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `needs one figure per scheme year (${years}), got ${list.length}`,
          });
        }
      };
      const checkRates = (rates: PliRates, path: PropertyKey[]) => {
        checkSources(rates.sources, path);
        if (rates.kind === 'by-year') {
          checkLength(rates.rates, [...path, 'rates']);
          return;
        }
        rates.slabs.forEach((slab, i) => {
          const last = i === rates.slabs.length - 1;
          const prev = rates.slabs[i - 1]?.upTo;
          if (slab.upTo === null && !last) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'slabs', i, 'upTo'],
              message: 'only the last slab may be open-ended (upTo: null)',
            });
          } else if (slab.upTo !== null && last) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'slabs', i, 'upTo'],
              message: 'the last slab must be open-ended (upTo: null)',
            });
          } else if (slab.upTo !== null && prev != null && !slab.upTo.greaterThan(prev)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'slabs', i, 'upTo'],
              message: `slab bounds must increase (${slab.upTo.toFixed()} after ${prev.toFixed()})`,
            });
          }
        });
      };

      checkSources(scheme.tenure.sources, ['tenure']);
      checkSources(scheme.firstYearPart?.sources, ['firstYearPart']);
      checkSources(scheme.successor?.sources, ['successor']);
      if (scheme.announced !== undefined && scheme.announced > scheme.notified) {
        ctx.addIssue({
          code: 'custom',
          path: ['announced'],
          message: `cannot come after the notification (${scheme.notified})`,
        });
      }
      const versionIds = new Set<string>([scheme.id]);
      scheme.versions?.forEach((v, i) => {
        const at = ['versions', i];
        checkSources(v.sources, at);
        if (versionIds.has(v.id)) {
          ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `duplicate id "${v.id}"` });
        }
        versionIds.add(v.id);
        if (v.notified !== null && v.notified < v.announced) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'notified'],
            message: `cannot come before the announcement (${v.announced})`,
          });
        }
        const prev = scheme.versions?.[i - 1];
        if (v.announced < (prev?.announced ?? scheme.announced ?? scheme.notified)) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'announced'],
            message: 'versions are listed in order of announcement, after the scheme itself',
          });
        }
        for (const key of ['id', 'versions', 'notified', 'announced']) {
          if (Object.hasOwn(v.changes, key)) {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'changes', key],
              message: `a version cannot change the scheme's ${key}`,
            });
          }
        }
      });
      const first = fiscalYearStart(scheme.tenure.firstYear);
      if (first <= fiscalYearStart(scheme.baseYear)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenure', 'firstYear'],
          message: `must come after the base year ${scheme.baseYear}`,
        });
      }
      const choices = scheme.tenure.firstYearChoices;
      if (choices !== undefined && !choices.includes(scheme.tenure.firstYear)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenure', 'firstYearChoices'],
          message: `must include the default first year ${scheme.tenure.firstYear}`,
        });
      }
      choices?.forEach((choice, i) => {
        if (fiscalYearStart(choice) <= fiscalYearStart(scheme.baseYear)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tenure', 'firstYearChoices', i],
            message: `must come after the base year ${scheme.baseYear}`,
          });
        }
      });
      if (scheme.rates !== undefined) checkRates(scheme.rates, ['rates']);
      checkSources(scheme.outlay?.sources, ['outlay']);
      checkSources(scheme.yearlyOutlay?.sources, ['yearlyOutlay']);

      for (const [id, category] of Object.entries(scheme.categories)) {
        const at = ['categories', id];
        if (category.rates !== undefined) checkRates(category.rates, [...at, 'rates']);
        else if (scheme.rates === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'rates'],
            message: 'is required when the scheme has no default rates',
          });
        }
        const { investment, sales } = category.thresholds;
        if (investment !== undefined) {
          checkLength(investment.cumulative, [...at, 'thresholds', 'investment', 'cumulative']);
          checkSources(investment.sources, [...at, 'thresholds', 'investment']);
          investment.cumulative.forEach((value, i) => {
            const prev = investment.cumulative[i - 1];
            if (value !== null && prev != null && value.lessThan(prev)) {
              ctx.addIssue({
                code: 'custom',
                path: [...at, 'thresholds', 'investment', 'cumulative', i],
                message: `a cumulative threshold cannot fall (${value.toFixed()} after ${prev.toFixed()})`,
              });
            }
          });
        }
        if (sales !== undefined) {
          checkLength(sales.incremental, [...at, 'thresholds', 'sales', 'incremental']);
          checkSources(sales.sources, [...at, 'thresholds', 'sales']);
        }
        checkSources(category.eligibility?.sources, [...at, 'eligibility']);
        checkSources(category.invoiceFloor?.sources, [...at, 'invoiceFloor']);
        const products = new Set<string | undefined>();
        category.invoiceFloor?.floors.forEach((floor, i) => {
          if (products.has(floor.product)) {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'invoiceFloor', 'floors', i, 'product'],
              message: `duplicate floor for ${floor.product ?? 'every product'}`,
            });
          }
          products.add(floor.product);
        });
        category.caps?.forEach((cap, i) => {
          checkSources(cap.sources, [...at, 'caps', i]);
          if (cap.kind === 'eligible-sales-per-year')
            checkLength(cap.amounts, [...at, 'caps', i, 'amounts']);
        });
        const bonusIds = new Set<string>();
        category.bonuses?.forEach((bonus, i) => {
          checkSources(bonus.sources, [...at, 'bonuses', i]);
          if (bonusIds.has(bonus.id)) {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'bonuses', i, 'id'],
              message: `duplicate bonus id "${bonus.id}"`,
            });
          }
          bonusIds.add(bonus.id);
        });
      }
    }),
);

/** A parsed, validated scheme (amounts and rates as Decimals). */
export type PliScheme = z.output<typeof PliScheme>;
/** A scheme as written in data or JSON (amounts and rates as decimal strings or numbers). */
export type PliSchemeInput = z.input<typeof PliScheme>;
