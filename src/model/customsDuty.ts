import * as z from 'zod';
import { type Decimal, ZERO } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import { fiscalYearSchema, fiscalYearStart } from './_lib/fiscalYears.js';
import { shareSchema } from './scenarioFinance.js';

/**
 * Customs duty on imported parts: a rate on the cost of the named cost components (the
 * imported share of the segments' material cost, at its landed value before duty), one rate for
 * the horizon or steps from a fiscal year on. It is a cost of goods of its own line in the P&L
 * (so it lowers gross profit, EBITDA and the tax on them), and part of the cost that inventory
 * and payable days apply to.
 *
 * @example
 * ```ts
 * customsDutySchema.parse({ components: ['importedComponents'], rate: '0.1' }).segments //=> undefined
 * customsDutySchema.parse({ components: ['importedComponents'],
 *   rate: [{ rate: '0.1' }, { from: 'FY24', rate: '0.15' }] }).rate[1].from //=> 'FY2023-24'
 * ```
 */
export const customsDutySchema = lazySchema(() =>
  z
    .object({
      /** Names of the segments' cost components that are imported parts (`importedComponents`). */
      components: z.array(idSchema).min(1),
      /** The segments it applies to (default: every segment with those components). */
      segments: z.array(idSchema).min(1).optional(),
      /** The duty as a fraction of the components' cost (`"0.1"` for 10%), or fiscal-year steps. */
      rate: z.union([
        shareSchema,
        z
          .array(z.object({ from: fiscalYearSchema.optional(), rate: shareSchema }).strict())
          .min(1)
          .superRefine((steps, ctx) => {
            steps.forEach((step, k) => {
              const previous = steps[k - 1];
              const path = [k, 'from'];
              if (k === 0 && step.from !== undefined) {
                ctx.addIssue({
                  code: 'custom',
                  path,
                  message: 'the first rate applies from the horizon start: omit "from"',
                });
              } else if (k > 0 && step.from === undefined) {
                ctx.addIssue({ code: 'custom', path, message: 'a later rate needs "from"' });
              } else if (
                previous?.from !== undefined &&
                step.from !== undefined &&
                (fiscalYearStart(step.from) ?? 0) <= (fiscalYearStart(previous.from) ?? 0)
              ) {
                ctx.addIssue({ code: 'custom', path, message: 'rates must be in year order' });
              }
            });
          }),
      ]),
    })
    .strict(),
);
/** See {@link customsDutySchema}. */
export type CustomsDuty = z.output<typeof customsDutySchema>;

/**
 * Cross-checks the scenario's `customsDuty` against its segments: named segments exist, and
 * each component is a cost component of at least one segment it applies to.
 *
 * @internal
 */
export function checkCustomsDuty(
  list: readonly CustomsDuty[],
  segments: readonly { readonly id: string; readonly costs: Readonly<Record<string, unknown>> }[],
  years: readonly string[] | undefined,
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  list.forEach((duty, i) => {
    const ids = segments.map((s) => s.id);
    duty.segments?.forEach((id, j) => {
      if (!ids.includes(id)) {
        issues.push({
          path: ['customsDuty', i, 'segments', j],
          message: `unknown segment "${id}" (segments: ${ids.join(', ')})`,
        });
      }
    });
    const covered = segments.filter((s) => duty.segments?.includes(s.id) ?? true);
    duty.components.forEach((name, j) => {
      if (!covered.some((s) => Object.hasOwn(s.costs, name))) {
        issues.push({
          path: ['customsDuty', i, 'components', j],
          message: `no segment it applies to has a cost component "${name}"`,
        });
      }
    });
    if (Array.isArray(duty.rate) && years !== undefined) {
      duty.rate.forEach((step, k) => {
        if (step.from !== undefined && !years.includes(step.from)) {
          issues.push({
            path: ['customsDuty', i, 'rate', k, 'from'],
            message: `${step.from} is outside the horizon (${years[0]} to ${years.at(-1)})`,
          });
        }
      });
    }
  });
  return issues;
}

/** The duty rate of a fiscal year: the last step starting at or before it. */
function rateIn(duty: CustomsDuty, year: string): Decimal {
  if (!Array.isArray(duty.rate)) return duty.rate;
  const start = fiscalYearStart(year) ?? 0;
  let rate = ZERO;
  for (const step of duty.rate) {
    if (step.from === undefined || (fiscalYearStart(step.from) ?? 0) <= start) rate = step.rate;
  }
  return rate;
}

/**
 * Customs duty by fiscal year, in rupees: each year's rate × the year's cost of the named
 * components of the segments it applies to (the projection's cost of goods by component).
 *
 * @param list - the scenario's `customsDuty`
 * @param projection - the projection's result
 * @returns one amount per fiscal year of the projection, in order
 *
 * @example
 * doctest: skip (needs a projection result)
 * ```ts
 * // 10% on ₹400 crore of imported components in a year:
 * customsDutyByYear([{ components: ['importedComponents'], rate: d('0.1') }], projection)[0]
 * //=> ₹40 crore (as a Decimal of rupees)
 * ```
 */
export function customsDutyByYear(
  list: readonly CustomsDuty[],
  projection: ProjectionResult,
): Decimal[] {
  return projection.fiscalYears.map((year, y) =>
    list.reduce((total, duty) => {
      const rate = rateIn(duty, year);
      return projection.segments
        .filter((s) => duty.segments?.includes(s.id) ?? true)
        .reduce((acc, s) => {
          const costs = s.yearly[y]?.costs ?? {};
          const base = duty.components.reduce(
            (a, name) => a.plus(costs[name]?.amount ?? ZERO),
            ZERO,
          );
          return acc.plus(base.times(rate));
        }, total);
    }, ZERO),
  );
}
