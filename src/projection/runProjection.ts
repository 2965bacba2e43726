import type { Decimal } from '../core/decimal.js';
import { decimalRun, type ExactRun, kernelRun, ownDecimals } from './_lib/exactRun.js';
import { lazyRows, showsValues } from './_lib/lazyRows.js';
import { componentCogs as componentCogsOf } from './_lib/monthTotals.js';
import type { ProjectionRun } from './checkTargets.js';
import type { CompileProjectionOptions } from './compile.js';
import type { CompiledProjection } from './compiledProjection.js';
import { type ProjectionSource, toPlan } from './evaluate.js';
import {
  type FlowRow,
  type Flows,
  flowRow,
  rolledUp,
  totalsOf,
  withUsdWhenRead,
} from './flowRows.js';
import { type HeadcountResult, headcountResult } from './headcountRows.js';
import { type PlantResult, plantResult } from './plantRows.js';
import { type SegmentResult, segmentResult } from './segmentRows.js';
import type { Workspace } from './workspace.js';

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

/** The monthly totals whose fiscal-year sums {@link yearTotals} gives. */
export type YearTotal = 'totalRevenue' | 'totalCogs' | 'totalExportRevenue' | 'payroll';

/** Where a result keeps its {@link yearTotals}: a key JSON, spread and `Object.keys` do not see. */
const YEAR_TOTALS = Symbol('yearTotals');

/**
 * A monthly total of a run summed by fiscal year, as its rows sum it (the totals' `revenue`,
 * `cogs` and `exportRevenue`, the headcount's `payroll`: the same additions in the same order,
 * so the same digits) — without building the rows, for a caller that reads a few totals (the
 * model's opening-run-rate baseline). Summed again on each call.
 * @internal
 */
export function yearTotals(projection: ProjectionResult, key: YearTotal): readonly Decimal[] {
  const sum = (projection as { [YEAR_TOTALS]?: (key: YearTotal) => readonly Decimal[] })[
    YEAR_TOTALS
  ];
  if (sum === undefined) throw new Error('internal: not a run of runProjection');
  return sum(key);
}

/** A value computed on first call, then kept (undefined too). */
function lazyValue<T>(compute: () => T): () => T {
  let kept: { readonly value: T } | undefined;
  return () => {
    kept ??= { value: compute() };
    return kept.value;
  };
}

function projectionRun(
  source: ProjectionSource,
  options: RunProjectionOptions,
  lean: boolean,
): ProjectionResult {
  const plan = toPlan(source, options);
  const from = options.pricesFrom;
  return ownDecimals(plan)
    ? reported(plan, lean, kernelRun(plan, from, lean))
    : reported(plan, lean, decimalRun(plan, from, lean));
}

function reported<N>(plan: CompiledProjection, lean: boolean, run: ExactRun<N>): ProjectionResult {
  const { calc, ws: filled, sums, workspace: ws } = run;
  // The private Decimal copy, made when a row first reads it (a kernel run's, never before).
  let viewOf: Workspace<Decimal> | undefined;
  const view = () => {
    viewOf ??= run.view;
    return viewOf;
  };
  const h = plan.horizon;
  const M = h.months.length;
  const S = plan.segments.length;
  const hasUsd = plan.usd >= 0;
  // Everything below but the totals' years is built when first read, from buffers nothing can
  // change: the run's own (a kernel run's, never handed out), or the private copy where the
  // run's buffers are the result's workspace (a run on another clone's Decimals) — the very same
  // values. A model run that reads only some years' totals (an opening-run-rate baseline, whose
  // cash flow is all a valuation reads) never builds the segments, plants or headcount.
  const own = (filled as unknown) === ws ? (view() as unknown as typeof filled) : filled;
  // The cost of goods by component, as the rows read it: filled in the private copy on first read
  // when the run left it out — the same multiplications, month by month.
  const componentCogs: () => ArrayLike<Decimal> = lean
    ? lazyRows(() => {
        for (let m = 0; m < M; m++) componentCogsOf(plan, view(), m);
        return view().componentCogs as Decimal[];
      })
    : () => view().componentCogs;

  // Revenue lost to the capacity cap, per month and segment, and its total per month: computed
  // once for the segments' rows and the totals, in the run's form (as Decimals when read).
  const lostOf = lazyValue(() => {
    const lost: N[] = new Array<N>(M * S);
    const total: N[] = new Array<N>(M);
    for (let m = 0; m < M; m++) {
      let acc = calc.zero;
      for (let s = 0; s < S; s++) {
        const i = m * S + s;
        const value = calc.multiply(own.unmet[i] as N, own.price[i] as N);
        lost[i] = value;
        acc = calc.add(acc, value);
      }
      total[m] = acc;
    }
    return { lost, total };
  });
  const lostRows = lazyRows(() => lostOf().lost.map(sums.toDecimal));

  const segments = lazyRows(() =>
    plan.segments.map((_, s) =>
      segmentResult(
        plan,
        { ws: own, sums, lost: lostOf().lost, usd: run.usd },
        view(),
        lostRows,
        s,
        componentCogs,
      ),
    ),
  );
  // The years' revenue in USD is summed when first read (a lean run fills its months then).
  const totalYears = lazyValue(() =>
    rolledUp<N>({ stride: 1, item: 0, lost: lostOf().total, ...totalsOf(own) }, sums, false),
  );
  const usdYears = lazyRows(() => {
    run.usd();
    return sums.sum(own.totalRevenueUsd, 1, 0);
  });
  const totalYearly = lazyRows(() =>
    h.fiscalYears.map((period, y) => {
      const row = flowRow(period, totalYears(), y, false);
      return Object.freeze(hasUsd ? withUsdWhenRead(row, usdYears, y) : row);
    }),
  );
  const plants = lazyRows(() =>
    plan.plants.map((_, q) => plantResult(plan, { ws: own, sums }, view(), q)),
  );
  const headcount = lazyValue(() =>
    plan.headcount
      ? headcountResult(plan, ws, view(), totalYears().revenue, { ws: own, sums })
      : undefined,
  );

  const totalMonthly = lazyRows(() => {
    const flows: Flows = {
      stride: 1,
      item: 0,
      lost: lostOf().total.map(sums.toDecimal),
      ...totalsOf(view()),
    };
    return h.months.map((period, m) => Object.freeze(flowRow(period, flows, m, hasUsd)));
  });
  const result = showsValues({
    plan,
    workspace: ws,
    months: h.months,
    fiscalYears: h.fiscalYears,
    total: Object.freeze(
      showsValues({
        get monthly() {
          return totalMonthly();
        },
        get yearly() {
          return totalYearly();
        },
      }),
    ),
    get segments() {
      return segments();
    },
    get plants() {
      return plants();
    },
    get headcount() {
      return headcount();
    },
  });
  // A total's fiscal-year sums straight from the run, for the model's baseline (see `yearTotals`).
  Object.defineProperty(result, YEAR_TOTALS, {
    value: (key: YearTotal): readonly Decimal[] => sums.sum(own[key], 1, 0),
  });
  return Object.freeze(result);
}
