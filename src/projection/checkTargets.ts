import * as z from 'zod';
import { bigToDecimal } from '../core/bigDecimalConvert.js';
import { decimalCalculator } from '../core/calculator.js';
import type { Decimal } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';
import { formatMoney, money, moneySchema } from '../money/index.js';
import { kernelWorkspace } from './_lib/bigWorkspace.js';
import type { CompiledProjection } from './compiledProjection.js';
import { type OutputMetric, outputSelectorSchema } from './outputSelector.js';
import { compileParsedSelector } from './outputs.js';
import type { Workspace } from './workspace.js';

/**
 * A stated target: an output (`revenue@FY2025-26`, `headcount@FY2025-26`) and the value it should
 * reach — `at-least` (default) or `at-most` (a cost ceiling). Money targets must be in the
 * metric's currency (INR; USD for `revenueUsd`).
 *
 * @example
 * ```ts
 * targetSchema.parse({ output: 'headcount@FY2025-26', value: '11000' }).comparison //=> 'at-least'
 * ```
 */
export const targetSchema = lazySchema(() =>
  z
    .object({
      name: z.string().optional(),
      output: outputSelectorSchema,
      value: z.union([decimalSchema, moneySchema]),
      comparison: z.enum(['at-least', 'at-most']).default('at-least'),
    })
    .strict()
    .superRefine((t, ctx) => {
      if (typeof t.value === 'object' && 'currency' in t.value) {
        const want = t.output.metric === 'revenueUsd' ? 'USD' : 'INR';
        if (!MONEY_METRICS.has(t.output.metric)) {
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `${t.output.metric} is not money: give a number`,
          });
        } else if (t.value.currency !== want) {
          ctx.addIssue({
            code: 'custom',
            path: ['value', 'currency'],
            message: `${t.output.metric} is in ${want}, not ${t.value.currency}`,
          });
        }
      }
    }),
);

/** A target in its JSON form. */
export type TargetInput = z.input<typeof targetSchema>;

/** A target as `targetSchema` gives it: the selector parsed, the value a Decimal or Money. */
export type Target = z.output<typeof targetSchema>;

const MONEY_METRICS: ReadonlySet<OutputMetric> = new Set([
  'revenue',
  'revenueUsd',
  'cogs',
  'grossProfit',
  'payroll',
  'revenuePerEmployee',
]);
const HEADCOUNT_METRICS: ReadonlySet<OutputMetric> = new Set([
  'headcount',
  'averageHeadcount',
  'hires',
  'requiredHeadcount',
  'openingHeadcount',
]);

/** What held a target back. */
export type BindingConstraint = 'none' | 'capacity' | 'hiring-limit' | 'demand';

/** The verdict on one target. */
export interface TargetCheck {
  readonly name: string;
  readonly output: string;
  readonly target: Decimal;
  readonly actual: Decimal;
  readonly reached: boolean;
  /** How far from the target (≥ 0; zero when reached). */
  readonly shortfall: Decimal;
  /**
   * `none` when reached; `hiring-limit` (headcount targets) when the monthly hiring limit kept
   * heads below the requirement in the period; `capacity` when plants left demand unserved in
   * the period (for revenue and units: enough that serving it would reach the target);
   * `demand` otherwise — the plan's volumes or prices fall short.
   */
  readonly binding: BindingConstraint;
  /** One sentence a reader can act on. */
  readonly reason: string;
}

/** A Decimal run's plan and filled workspace (a `ProjectionResult` is one). */
export interface ProjectionRun {
  readonly plan: CompiledProjection;
  readonly workspace: Workspace<Decimal>;
}

/**
 * Checks stated targets against a projection: reached or not, the shortfall, and the binding
 * constraint, with the evidence (unserved units and the revenue they would have earned, months
 * the hiring limit bound).
 *
 * @param result - a `ProjectionResult` (or any Decimal run with its plan and workspace)
 * @param targets - the targets, JSON form
 * @returns one check per target, in order
 * @throws {ValidationError} for malformed targets; {ProjectionError} `UNKNOWN_OUTPUT`
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const [check] = checkTargets(runProjection(plan), [{ output: 'revenue@FY2023-24', value: '₹20,000 crore' }]);
 * [check?.reached, check?.binding] //=> [false, 'demand'] (demand, not capacity, falls short)
 * ```
 */
export function checkTargets(
  result: ProjectionRun,
  targets: readonly TargetInput[],
): readonly TargetCheck[] {
  return checkParsedTargets(result, parseInput(z.array(targetSchema), targets, 'targets'));
}

/**
 * {@link checkTargets} for targets already validated — by `targetSchema`, or built by a layer
 * above from its own parsed data (the model's scenario targets): no second parse.
 *
 * @param result - a `ProjectionResult` (or any Decimal run with its plan and workspace)
 * @param targets - the parsed targets
 * @returns one check per target, in order
 * @throws {ProjectionError} `UNKNOWN_OUTPUT` when a target's period or segment is not in the plan
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const [check] = checkParsedTargets(runProjection(plan), [{ output: { metric: 'units', period: 'FY2022-23' },
 *   value: toDecimal(7_000_000), comparison: 'at-least' }]);
 * check?.reached //=> true
 * ```
 */
export function checkParsedTargets(
  result: ProjectionRun,
  targets: readonly Target[],
): readonly TargetCheck[] {
  const { plan, workspace: ws } = result;
  // A kernel run's figures are read from its BigDecimal workspace and only they are converted:
  // reading the Decimal workspace converts each buffer it touches whole (600 prices of the seed
  // for one year's unmet demand). bigCalculator gives decimalCalculator's digits.
  const kernel = kernelWorkspace(ws);
  return Object.freeze(
    targets.map((t) => {
      const { key, selector, extract } = compileParsedSelector(plan, t.output);
      const target =
        typeof t.value === 'object' && 'currency' in t.value
          ? t.value.amount
          : (t.value as Decimal);
      const actual = kernel === undefined ? extract(ws) : bigToDecimal(extract(kernel));
      const atLeast = t.comparison === 'at-least';
      const gap = atLeast ? target.minus(actual) : actual.minus(target);
      const reached = !gap.greaterThan(0);
      const shortfall = reached ? decimalCalculator.zero : gap;
      const name = t.name ?? key;
      if (reached) {
        return Object.freeze({
          name,
          output: key,
          target,
          actual,
          reached,
          shortfall,
          binding: 'none' as const,
          reason: `reached: ${actual.toFixed(2)} against ${target.toFixed(2)}`,
        });
      }
      const months = periodMonths(plan, selector.period);
      const limitMonths = months
        .filter((m) => ws.hiringLimitBinds[m] === 1)
        .map((m) => plan.horizon.months[m]);
      const seg =
        selector.segment === undefined
          ? -1
          : plan.segments.findIndex((s) => s.id === selector.segment);
      const S = plan.segments.length;
      const { unmet, lost } =
        kernel === undefined
          ? unserved(ws, months, S, seg, (x) => x)
          : unserved(kernel, months, S, seg, bigToDecimal);
      // What serving all unmet demand would add to this metric, where that is known.
      const coverable =
        selector.metric === 'revenue' ? lost : selector.metric === 'units' ? unmet : undefined;
      let binding: BindingConstraint;
      let reason: string;
      if (HEADCOUNT_METRICS.has(selector.metric) && limitMonths.length > 0) {
        binding = 'hiring-limit';
        reason = `the hiring limit bound in ${limitMonths.length} month(s) of ${selector.period} (${limitMonths[0]}…${limitMonths[limitMonths.length - 1]})`;
      } else if (
        unmet.greaterThan(0) &&
        (coverable === undefined || !coverable.lessThan(shortfall))
      ) {
        binding = 'capacity';
        reason = `capacity left ${unmet.toFixed(0)} units of demand unserved in ${selector.period}, worth ${crores(lost)} of revenue`;
      } else if (unmet.greaterThan(0)) {
        binding = 'demand';
        reason = `demand falls short: even serving the ${unmet.toFixed(0)} units capacity left unserved in ${selector.period} (${crores(lost)} of revenue) would not close the gap`;
      } else {
        binding = 'demand';
        reason = `capacity and hiring did not bind in ${selector.period}: the plan's volumes and prices fall short by ${shortfall.toFixed(2)}`;
      }
      return Object.freeze({
        name,
        output: key,
        target,
        actual,
        reached,
        shortfall,
        binding,
        reason,
      });
    }),
  );
}

/**
 * The demand left unserved in the months (of one segment, or all with `seg` −1) and the revenue
 * it would have earned at the month's price, summed month by month, segment by segment.
 */
function unserved<N>(
  ws: Workspace<N>,
  months: readonly number[],
  S: number,
  seg: number,
  toDecimal: (value: N) => Decimal,
): { unmet: Decimal; lost: Decimal } {
  const c = ws.calc;
  let unmet = c.zero;
  let lost = c.zero;
  for (const m of months) {
    for (let s = 0; s < S; s++) {
      if (seg >= 0 && s !== seg) continue;
      // Mostly zeros (capacity rarely binds): the calculators short-cut an exact 0 operand
      // (decimalArithmetic, bigDecimal: decimal.js's digits).
      const u = ws.unmet[m * S + s] as N;
      unmet = c.add(unmet, u);
      lost = c.add(lost, c.multiply(u, ws.price[m * S + s] as N));
    }
  }
  return { unmet: toDecimal(unmet), lost: toDecimal(lost) };
}

function crores(amount: Decimal): string {
  return formatMoney(money(amount, 'INR'), { unit: 'crore', decimals: 2 });
}

function periodMonths(plan: CompiledProjection, period: string): number[] {
  const h = plan.horizon;
  const all = h.months.map((_, m) => m);
  if (period === 'total') return all;
  const month = h.months.indexOf(period);
  if (month >= 0) return [month];
  const year = h.fiscalYears.indexOf(period);
  return all.filter((m) => h.yearOfMonth[m] === year);
}
