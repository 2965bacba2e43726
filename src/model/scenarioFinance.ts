import * as z from 'zod';
import { Decimal, ONE } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema, nonNegativeDecimalSchema } from '../core/schemas.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import { TAX_BLOCK_IDS, type TaxBlock } from '../schedule/taxDepreciation.js';
import { isoDateSchema } from './scenarioMeta.js';

const inrSchema = lazySchema(() => moneySchemaFor('INR'));

/** A fraction from 0 to 1 inclusive (`"0.2517"` for 25.17%). */
export const shareSchema = lazySchema(() =>
  decimalSchema.refine((d) => !d.isNegative() && d.lessThanOrEqualTo(1), {
    message: 'must be a fraction between 0 and 1 (write 25.17% as "0.2517")',
  }),
);

/** A yearly rate above −100%. */
export const yearlyRateSchema = lazySchema(() =>
  decimalSchema.refine((d) => d.greaterThan(-1), {
    message: 'must be above -1 (−100%)',
  }),
);

/**
 * The terminal value added at the end of the horizon: `none`, `net-assets` (net block + working
 * capital at the end: a project's recovery value) or `perpetuity-growth` (Gordon growth on the
 * year after the horizon: after-tax operating profit without PLI, less the reinvestment growth at
 * `g` needs; `g` must be below the discount rate).
 *
 * @example
 * ```ts
 * terminalValueSchema.parse({ method: 'perpetuity-growth', growth: '0.04' }).method //=> 'perpetuity-growth'
 * ```
 */
export const terminalValueSchema = lazySchema(() =>
  z.discriminatedUnion('method', [
    z.object({ method: z.literal('none') }).strict(),
    z.object({ method: z.literal('net-assets') }).strict(),
    z.object({ method: z.literal('perpetuity-growth'), growth: yearlyRateSchema }).strict(),
  ]),
);

/**
 * The income-tax regimes a company can be taxed under, with the effective rate on profit
 * (base rate + 10% surcharge + 4% health and education cess):
 * - `section-115BAA`: 22% → 25.168%, any domestic company that opts in and forgoes most
 *   deductions and exemptions;
 * - `section-115BAB`: 15% → 17.16%, a domestic company set up and registered on or after
 *   1 October 2019 that began manufacturing on or before 31 March 2024 (the Finance Act 2023
 *   moved the date from 31 March 2023), not formed by splitting up or reconstructing an existing
 *   business, using no previously used plant and machinery beyond 20% of the total;
 * - `normal`: the rate stated (e.g. 25% + surcharge + cess = 29.12% below ₹400 crore of turnover,
 *   30% + 12% + 4% = 34.944% above), with the deductions the concessional regimes forgo.
 *
 * Sources: Income-tax Act, 1961, sections 115BAA and 115BAB (inserted by the Taxation Laws
 * (Amendment) Act, 2019, in force from 20 September 2019); the 31 March 2024 date by the Finance
 * Act, 2023 — as summarised by ClearTax, "Section 115BAB" (updated 8 May 2024) and
 * incometaxmanagement.in, retrieved 2026-12-01.
 *
 * @example
 * ```ts
 * TAX_REGIMES['section-115BAA'].rate //=> '0.25168'
 * ```
 */
export const TAX_REGIMES = Object.freeze({
  'section-115BAA': Object.freeze({
    rate: '0.25168',
    conditions:
      'a domestic company that opts for s. 115BAA and forgoes most deductions (22% + 10% surcharge + 4% cess)',
  }),
  'section-115BAB': Object.freeze({
    rate: '0.1716',
    conditions:
      'a new domestic manufacturing company set up and registered on or after 1 October 2019 that began manufacturing on or before 31 March 2024, not formed by splitting up or reconstructing an existing business, with no more than 20% previously used plant and machinery (15% + 10% surcharge + 4% cess)',
  }),
} as const);

/** How the plan is taxed: a regime with its reason, or a stated rate. */
export const taxSchema = lazySchema(() =>
  z.discriminatedUnion('regime', [
    z.object({ regime: z.literal('section-115BAA'), reason: z.string().min(1) }).strict(),
    z.object({ regime: z.literal('section-115BAB'), reason: z.string().min(1) }).strict(),
    z
      .object({ regime: z.literal('normal'), rate: shareSchema, reason: z.string().min(1) })
      .strict(),
  ]),
);

/** The validated tax section. */
export type ScenarioTax = z.output<typeof taxSchema>;

/** The effective rate of a regime. */
export function taxRateOf(tax: ScenarioTax): Decimal {
  return tax.regime === 'normal' ? tax.rate : new Decimal(TAX_REGIMES[tax.regime].rate);
}

/**
 * Working capital in days, with the opening position: when `opening` is left out it is derived
 * from the days on the business's run-rate at the start (the first month × 12), so the first
 * year's change is what growth absorbs, not a gap between two definitions.
 */
export const workingCapitalSchema = lazySchema(() =>
  z
    .object({
      receivableDays: nonNegativeDecimalSchema,
      inventoryDays: nonNegativeDecimalSchema,
      payableDays: nonNegativeDecimalSchema,
      /** Net working capital at the start of the first fiscal year (default: from the days). */
      opening: inrSchema.optional(),
      /** GST charged on invoices: receivables carry it (customers owe the gross). Default none. */
      gstOnReceivables: shareSchema.optional(),
    })
    .strict(),
);

/**
 * Which block of assets an investment falls in for tax depreciation: one block, or shares of
 * several that sum to 1.
 */
export const taxBlockSchema = lazySchema(() =>
  z.union([
    z.enum(TAX_BLOCK_IDS as [TaxBlock, ...TaxBlock[]]),
    z.record(z.enum(TAX_BLOCK_IDS as [TaxBlock, ...TaxBlock[]]), shareSchema).refine(
      (r) =>
        Object.values(r)
          .reduce((a, v) => a.plus(v), new Decimal(0))
          .equals(ONE),
      {
        message: 'block shares must sum to 1',
      },
    ),
  ]),
);

/**
 * Tax, working capital, discounting and terminal value.
 *
 * @example
 * ```ts
 * scenarioFinanceSchema.parse({ tax: { regime: 'section-115BAA', reason: 'opted in FY2020-21' },
 *   discountRate: '0.12', workingCapital: { receivableDays: 45, inventoryDays: 45, payableDays: 60 } })
 *   .convention //=> 'end-of-year'
 * ```
 */
export const scenarioFinanceSchema = lazySchema(() =>
  z
    .object({
      /** A flat tax rate on profit (kept for plans that state only a rate; prefer `tax`). */
      taxRate: shareSchema.optional(),
      tax: taxSchema.optional(),
      workingCapital: workingCapitalSchema,
      /** The yearly discount rate for NPV (`"0.12"`). */
      discountRate: yearlyRateSchema,
      terminalValue: terminalValueSchema.default({ method: 'none' }),
      /** The date the plan is valued at (default `meta.asOf`). */
      valuationDate: isoDateSchema.optional(),
      /**
       * When each year's flow is taken to arrive: at the year end (`end-of-year`, Excel's NPV) or
       * through the year, at its middle (`mid-year`).
       */
      convention: z.enum(['end-of-year', 'mid-year']).default('end-of-year'),
    })
    .strict()
    .superRefine((f, ctx) => {
      if ((f.taxRate === undefined) === (f.tax === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tax'],
          message: 'give the tax regime (`tax`) or a flat `taxRate`, not both and not neither',
        });
      }
    }),
);

/**
 * What happens without the plan, for an incremental valuation: `opening-run-rate` (the business
 * as it runs at the start — the first month's volumes held, no new capex, no capacity added, no
 * new teams) or a named variant of the scenario that describes it.
 *
 * @example
 * ```ts
 * baselineSchema.parse({ kind: 'opening-run-rate' }) //=> { kind: 'opening-run-rate' }
 * ```
 */
export const baselineSchema = lazySchema(() =>
  z.union([
    z.object({ kind: z.literal('opening-run-rate') }).strict(),
    z.object({ variant: idSchema }).strict(),
  ]),
);

/** The validated baseline. */
export type ScenarioBaseline = z.output<typeof baselineSchema>;
