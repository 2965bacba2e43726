import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import { fiscalYearSchema } from './_lib/fiscalYears.js';
import { shareSchema } from './scenarioFinance.js';

const positiveInrSchema = lazySchema(() =>
  moneySchemaFor('INR').refine((m) => m.amount.isPositive() && !m.amount.isZero(), {
    message: 'must be greater than zero',
  }),
);

const provenance = () => ({
  id: idSchema,
  name: z.string().min(1),
  /** Ids of `meta.sources` that state the terms. */
  sources: z.array(idSchema).min(1),
  /** `confirmed` (sanctioned or in a filing), `reported` (the press), `unconfirmed` (expected). */
  confidence: z.enum(['confirmed', 'reported', 'unconfirmed']),
  note: z.string().min(1).optional(),
});

/**
 * A state's incentives to the plant, each its own line with its own rules (not PLI):
 *
 * - `capital-subsidy`: `rate` × `eligibleCapex` (capped at `cap`), paid in `instalments` equal
 *   yearly instalments from `firstYear` (Tamil Nadu's Electronics Hardware Manufacturing Policy
 *   2020: a share of eligible plant and machinery over 12 or 15 years). `taxBlockRate` is the
 *   written-down-value rate of the Income-tax block whose actual cost it reduces (s.43(1)
 *   Explanation 10), e.g. `"0.15"` for plant and machinery.
 * - `sgst-reimbursement`: `share` of the SGST (`sgstRate` of domestic sales) paid, for `years`
 *   years from `firstYear` (default the horizon start), up to `cap` in all.
 *
 * @example
 * ```ts
 * stateIncentiveSchema.parse({ id: 'tn-capital', name: 'TN capital subsidy', kind: 'capital-subsidy',
 *   rate: '0.24', eligibleCapex: '700 crore', instalments: 15, firstYear: 'FY23', taxBlockRate: '0.15',
 *   sources: ['tn-ehmp-2020'], confidence: 'reported' }).firstYear //=> 'FY2022-23'
 * ```
 */
export const stateIncentiveSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        ...provenance(),
        kind: z.literal('capital-subsidy'),
        /** The subsidy's share of eligible capex (`"0.24"`). */
        rate: shareSchema,
        /** The capex the rate applies to (eligible plant and machinery). */
        eligibleCapex: positiveInrSchema,
        /** The most it can be (omit for none). */
        cap: positiveInrSchema.optional(),
        /** Equal yearly instalments it is paid in. */
        instalments: z.number().int().min(1).max(30),
        /** The fiscal year of the first instalment: inside the horizon. */
        firstYear: fiscalYearSchema,
        /** The WDV rate of the Income-tax block whose actual cost the subsidy reduces. */
        taxBlockRate: shareSchema,
      })
      .strict(),
    z
      .object({
        ...provenance(),
        kind: z.literal('sgst-reimbursement'),
        /** The SGST rate on the goods (`"0.09"`: half of 18% GST). */
        sgstRate: shareSchema,
        /** The share of the SGST paid that is reimbursed (`"1"` for 100%). */
        share: shareSchema,
        /** How many years it runs from `firstYear`. */
        years: z.number().int().min(1).max(30),
        /** The first year it runs (default the horizon start): inside the horizon. */
        firstYear: fiscalYearSchema.optional(),
        /** The most it pays over those years (omit for none). */
        cap: positiveInrSchema.optional(),
      })
      .strict(),
  ]),
);
/** See {@link stateIncentiveSchema}. */
export type StateIncentive = z.output<typeof stateIncentiveSchema>;

/**
 * Cross-checks the scenario's `stateIncentives`: ids are unique, sources are in `meta.sources`,
 * first years fall inside the horizon. Paths are the file's.
 *
 * @internal
 */
export function checkStateIncentives(
  list: readonly StateIncentive[],
  context: { readonly sourceIds: ReadonlySet<string>; readonly years?: readonly string[] },
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const seen = new Set<string>();
  list.forEach((s, i) => {
    const at = ['stateIncentives', i];
    if (seen.has(s.id)) issues.push({ path: [...at, 'id'], message: `duplicate id "${s.id}"` });
    seen.add(s.id);
    s.sources.forEach((src, j) => {
      if (!context.sourceIds.has(src)) {
        issues.push({
          path: [...at, 'sources', j],
          message: `unknown source "${src}" (sources: ${[...context.sourceIds].join(', ') || 'none'})`,
        });
      }
    });
    const years = context.years;
    if (years !== undefined && s.firstYear !== undefined && !years.includes(s.firstYear)) {
      issues.push({
        path: [...at, 'firstYear'],
        message: `${s.firstYear} is outside the horizon (${years[0]} to ${years[years.length - 1]})`,
      });
    }
  });
  return issues;
}
