import { decimalCalculator } from '../core/calculator.js';
import { type Decimal, ZERO } from '../core/decimal.js';
import { decimalSum, decimalTimes } from '../core/decimalArithmetic.js';
import { lazyRows, showsValues } from './_lib/lazyRows.js';
import { componentCogs as componentCogsOf } from './_lib/monthTotals.js';
import { copyPrices, preparePrices, samePricePath } from './_lib/pricePath.js';
import type { ProjectionRun } from './checkTargets.js';
import type { CompileProjectionOptions } from './compile.js';
import { runVolumes } from './equations.js';
import { type ProjectionSource, parameterVector, toPlan } from './evaluate.js';
import { type FlowRow, type Flows, flowRow, rolledUp, totalsOf } from './flowRows.js';
import { type HeadcountResult, headcountResult } from './headcountRows.js';
import { type PlantResult, plantResult } from './plantRows.js';
import { type SegmentResult, segmentResult } from './segmentRows.js';
import { createWorkspace, type Workspace } from './workspace.js';

export type { HeadcountResult, HeadcountRow } from './headcountRows.js';

/** Options of {@link runProjection}. */
export interface RunProjectionOptions extends CompileProjectionOptions {
  /**
   * An earlier `runProjection` result (unchanged) whose plan may share this one's prices, costs,
   * FX and horizon — the very same parsed objects, as an opening-run-rate baseline shares its
   * plan's. When it does, its price path (FX by month, INR prices, cost components and unit
   * costs) is taken instead of computed again: the same values, fewer operations. Otherwise it
   * is ignored.
   */
  readonly pricesFrom?: ProjectionRun;
}

/**
 * The reported projection (exact, Decimal): totals, segments, plants and headcount by month and
 * by fiscal year, with the revenue bridge per segment. `plan` and `workspace` carry the raw
 * monthly figures for `checkTargets` and further analysis.
 */
export interface ProjectionResult extends ProjectionRun {
  readonly months: readonly string[];
  readonly fiscalYears: readonly string[];
  readonly total: { readonly monthly: readonly FlowRow[]; readonly yearly: readonly FlowRow[] };
  readonly segments: readonly SegmentResult[];
  readonly plants: readonly PlantResult[];
  readonly headcount: HeadcountResult | undefined;
}

/** A copy of a filled workspace's buffers, for rows built later from what the run computed. */
function privateCopy(ws: Workspace<Decimal>): Workspace<Decimal> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ws)) {
    copy[key] = Array.isArray(value)
      ? value.slice()
      : value instanceof Uint8Array
        ? Uint8Array.from(value)
        : value;
  }
  return copy as unknown as Workspace<Decimal>;
}

/**
 * Runs a projection exactly (Decimal) and reports it by month and fiscal year: units, revenue,
 * COGS (by cost component), gross profit and margin, unmet demand and the revenue it would have
 * earned, USD revenue given `fx.USD`; per plant nameplate, usable capacity and utilisation; and
 * headcount (opening, hires, exits, closing, average, requirement, payroll, revenue per
 * employee, months the hiring limit bound). Money is unrounded: round where you present it.
 * The monthly rows are built when first read and then kept (most callers read only the years);
 * they read like any frozen array (JSON, spread, keys, deep equality).
 *
 * For sweeps and simulations use `evaluateProjection`, `sensitivity` or `simulate`, which run
 * the same equations on float64.
 *
 * @param source - the projection input (JSON form) or a compiled plan
 * @param options - tranche completion months, for expansions tied to investment tranches; a run
 *   whose price path to share
 * @returns the reported result (frozen)
 * @throws {ValidationError} naming every invalid field path
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const r = runProjection(plan);
 * formatMoney(r.total.yearly[0].revenue, { unit: 'crore', decimals: 0 }) //=> '₹9,406 crore'
 * ```
 */
export function runProjection(
  source: ProjectionSource,
  options: RunProjectionOptions = {},
): ProjectionResult {
  return projectionRun(source, options, false);
}

/**
 * {@link runProjection} for the model, which reads the rows and never the workspace's cost of
 * goods by component (`workspace.componentCogs`): that buffer is left at zero, and the segments'
 * `costs` compute it when first read, in a private copy — the same figures, a multiplication per
 * component and month fewer. Not exported from the package: a user's result never carries a
 * buffer of zeros standing for figures.
 * @internal
 */
export function runModelProjection(
  source: ProjectionSource,
  options: RunProjectionOptions = {},
): ProjectionResult {
  return projectionRun(source, options, true);
}

function projectionRun(
  source: ProjectionSource,
  options: RunProjectionOptions,
  lean: boolean,
): ProjectionResult {
  const plan = toPlan(source, options);
  const ws = createWorkspace(plan, decimalCalculator);
  const vector = parameterVector(plan, decimalCalculator) as Decimal[];
  const from = options.pricesFrom;
  if (from !== undefined && samePricePath(plan, from.plan)) copyPrices(from.workspace, ws);
  else preparePrices(plan, vector, ws);
  runVolumes(plan, vector, ws, !lean);
  const h = plan.horizon;
  const M = h.months.length;
  const S = plan.segments.length;
  const hasUsd = plan.usd >= 0;
  // Monthly rows are built when first read (most callers read only the years) from a private
  // copy of the workspace: changing `result.workspace` cannot change them.
  const view = privateCopy(ws);
  // The cost of goods by component, as the rows read it: filled in the private copy on first read
  // when the run left it out — the same multiplications, month by month.
  const componentCogs: () => ArrayLike<Decimal> = lean
    ? lazyRows(() => {
        for (let m = 0; m < M; m++) componentCogsOf(plan, view, m);
        return view.componentCogs as Decimal[];
      })
    : () => view.componentCogs;

  // Revenue lost to the capacity cap, per month and segment, and its total per month: computed
  // once for the segments' rows and the totals.
  const lost: Decimal[] = new Array<Decimal>(M * S);
  const totalLost: Decimal[] = new Array<Decimal>(M);
  for (let m = 0; m < M; m++) {
    let acc = ZERO;
    for (let s = 0; s < S; s++) {
      const i = m * S + s;
      const value = decimalTimes(ws.unmet[i] as Decimal, ws.price[i] as Decimal);
      lost[i] = value;
      acc = decimalSum(acc, value, 1);
    }
    totalLost[m] = acc;
  }

  const segments: SegmentResult[] = plan.segments.map((_, s) =>
    segmentResult(plan, ws, view, lost, s, componentCogs),
  );

  const totalFlows: Flows = { stride: 1, item: 0, lost: totalLost, ...totalsOf(ws) };
  const totalYears = rolledUp(totalFlows, h, 1, 0);

  const plants: PlantResult[] = plan.plants.map((_, q) => plantResult(plan, ws, view, q));

  const totalMonthly = lazyRows(() => {
    const flows = { ...totalFlows, ...totalsOf(view) };
    return h.months.map((period, m) => Object.freeze(flowRow(period, flows, m, hasUsd)));
  });
  return Object.freeze({
    plan,
    workspace: ws,
    months: h.months,
    fiscalYears: h.fiscalYears,
    total: Object.freeze(
      showsValues({
        get monthly() {
          return totalMonthly();
        },
        yearly: Object.freeze(
          h.fiscalYears.map((period, y) => Object.freeze(flowRow(period, totalYears, y, hasUsd))),
        ),
      }),
    ),
    segments: Object.freeze(segments),
    plants: Object.freeze(plants),
    headcount: plan.headcount ? headcountResult(plan, ws, view, totalYears.revenue) : undefined,
  });
}
