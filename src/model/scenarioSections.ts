import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import { commitmentSchema } from '../schedule/commitments.js';
import { fiscalYearSchema } from './_lib/fiscalYears.js';
import { outputTargetSchemas } from './outputTargets.js';
import { shareSchema, taxBlockSchema, yearlyRateSchema } from './scenarioFinance.js';

// The model's own sections of a scenario file that have no file of their own: the investments
// (schedule commitments with ids), the operating costs and the plan's stated targets.

const inrSchema = lazySchema(() => moneySchemaFor('INR'));
/** Rupees that cannot be negative: costs, targets. (Opening working capital may be.) */
const nonNegativeInrSchema = lazySchema(() =>
  inrSchema.refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);

/**
 * An investment commitment (the schedule layer's `commitmentSchema`) with an id that PLI
 * enrolments refer to.
 *
 * @example
 * ```ts
 * scenarioInvestmentSchema.parse({ id: 'mobile-lines', total: '₹500 crore', start: 'FY2021-22',
 *   periods: 3, profile: 'front-loaded' }).total?.amount.toFixed() //=> '5000000000'
 * ```
 */
export const scenarioInvestmentSchema = lazySchema(() =>
  commitmentSchema.extend({
    id: idSchema,
    /** The Income-tax block(s) the spend falls in (default plant and machinery). */
    taxBlock: taxBlockSchema.default('plant-and-machinery'),
  }),
);

/**
 * Operating costs other than cost of goods and payroll: a share of revenue plus a fixed amount
 * that changes each year.
 *
 * @example
 * ```ts
 * operatingCostsSchema.parse({ shareOfRevenue: '0.01', fixedPerYear: '₹25 crore' }).fixedYearlyChange.toFixed()
 * //=> '0'
 * ```
 */
export const operatingCostsSchema = lazySchema(() =>
  z
    .object({
      /** Variable costs (power, freight, plant overheads, selling) as a share of revenue. */
      shareOfRevenue: shareSchema,
      /** Fixed costs in the first fiscal year. */
      fixedPerYear: nonNegativeInrSchema,
      /** Yearly change of the fixed costs (default 0). */
      fixedYearlyChange: yearlyRateSchema.prefault('0'),
    })
    .strict(),
);

/**
 * A stated target of the plan, checked against the result in the year named. A revenue target
 * is read in the year named (`basis: 'annual'`) or summed over the plan up to it
 * (`'cumulative'`); the check answers the other reading too.
 *
 * @example
 * ```ts
 * scenarioTargetSchema.parse({ metric: 'revenue', value: '₹38,000 crore', by: 'FY26' }).by //=> 'FY2025-26'
 * ```
 */
export const scenarioTargetSchema = lazySchema(() =>
  z.discriminatedUnion('metric', [
    z
      .object({
        metric: z.literal('revenue'),
        value: nonNegativeInrSchema,
        by: fiscalYearSchema,
        /** In the year `by` (`annual`, default) or summed from the horizon start (`cumulative`). */
        basis: z.enum(['annual', 'cumulative']).default('annual'),
      })
      .strict(),
    z
      .object({
        metric: z.literal('headcount'),
        value: nonNegativeDecimalSchema,
        by: fiscalYearSchema,
      })
      .strict(),
    z
      .object({
        metric: z.literal('cumulative-investment'),
        value: nonNegativeInrSchema,
        by: fiscalYearSchema,
      })
      .strict(),
    ...outputTargetSchemas,
  ]),
);
