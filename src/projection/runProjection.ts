import { decimalCalculator } from '../core/calculator.js';
import { type Decimal, ZERO } from '../core/decimal.js';
import { decimalSum, decimalTimes } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import { lazyRows } from './_lib/lazyRows.js';
import { copyPrices, preparePrices, samePricePath } from './_lib/pricePath.js';
import { ratioOrZero, sumByFiscalYear } from './_lib/rollup.js';
import type { ProjectionRun } from './checkTargets.js';
import type { CompileProjectionOptions } from './compile.js';
import { runVolumes } from './equations.js';
import { type ProjectionSource, parameterVector, toPlan } from './evaluate.js';
import { type HeadcountResult, headcountResult } from './headcountRows.js';
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

/** Units, money and margin of a segment or the whole business in one period. */
export interface FlowRow {
  /** A month (`2022-04`) or fiscal year (`FY2022-23`). */
  readonly period: string;
  /** Units demanded (before the capacity cap). */
  readonly demand: Decimal;
  /** Units made and sold. */
  readonly units: Decimal;
  /** Demand capacity could not serve. */
  readonly unmetUnits: Decimal;
  readonly revenue: Money<'INR'>;
  /** Revenue the unmet demand would have earned at the period's prices (the capacity cap's cost). */
  readonly lostRevenue: Money<'INR'>;
  readonly cogs: Money<'INR'>;
  readonly grossProfit: Money<'INR'>;
  /** Gross profit ÷ revenue (0 without revenue). */
  readonly grossMargin: Decimal;
  /** Revenue in USD at the month's rate, when the input has `fx.USD`. */
  readonly revenueUsd: Money<'USD'> | undefined;
  /** Units sold abroad (a segment's `exports.share` of its units; zero without exports). */
  readonly exportUnits: Decimal;
  /** Revenue of the exported units in rupees, at each month's rate (part of `revenue`). */
  readonly exportRevenue: Money<'INR'>;
}

/** A segment's period: its flows, realised price and unit cost, and COGS by cost component. */
export interface SegmentRow extends FlowRow {
  /** Revenue ÷ units: the list price in a month, the volume-weighted average over a year. */
  readonly averagePrice: Money<'INR'>;
  /** COGS ÷ units. */
  readonly averageUnitCost: Money<'INR'>;
  /** COGS by cost component (`materials`, `importedComponents`…), in INR. */
  readonly costs: Readonly<Record<string, Money<'INR'>>>;
}

/**
 * Why a segment's revenue changed from the previous fiscal year: volume at last year's average
 * price, plus the change in average price on this year's units (volume + price = change, exactly).
 */
export interface RevenueBridgeRow {
  readonly period: string;
  readonly previous: Money<'INR'>;
  readonly volumeEffect: Money<'INR'>;
  readonly priceEffect: Money<'INR'>;
  readonly revenue: Money<'INR'>;
}

/** One segment's rows by month and fiscal year, with its id, name and plant. */
export interface SegmentResult {
  readonly id: string;
  readonly name: string;
  readonly plant: string;
  readonly monthly: readonly SegmentRow[];
  readonly yearly: readonly SegmentRow[];
  readonly bridge: readonly RevenueBridgeRow[];
}

/** A plant's period: capacity, output and utilisation. */
export interface PlantRow {
  readonly period: string;
  /** Installed units (base and expansions on line), summed over the period's months. */
  readonly nameplate: Decimal;
  /** Usable units after utilisation ramps. */
  readonly capacity: Decimal;
  readonly demand: Decimal;
  readonly units: Decimal;
  readonly unmetUnits: Decimal;
  /** Units ÷ nameplate (0 before the plant is on line). */
  readonly utilisation: Decimal;
}

/** One plant's rows (nameplate and usable capacity, utilisation) by month and fiscal year. */
export interface PlantResult {
  readonly id: string;
  readonly monthly: readonly PlantRow[];
  readonly yearly: readonly PlantRow[];
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

// Computed from validated inputs: only the computed range is checked, by the exponent.
const inr = (amount: Decimal): Money<'INR'> => computedMoney(amount, 'INR');

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The flow figures of a segment or the totals, by period: each read at `[k × stride + item]`
 * of its buffer (a workspace column by month, or the rolled-up years with stride 1).
 */
interface Flows {
  readonly stride: number;
  readonly item: number;
  readonly demand: ArrayLike<Decimal>;
  readonly units: ArrayLike<Decimal>;
  readonly unmet: ArrayLike<Decimal>;
  readonly revenue: ArrayLike<Decimal>;
  readonly lost: ArrayLike<Decimal>;
  readonly cogs: ArrayLike<Decimal>;
  readonly usd: ArrayLike<Decimal>;
  readonly exportUnits: ArrayLike<Decimal>;
  readonly exportRevenue: ArrayLike<Decimal>;
}

/** A segment's monthly flows: its columns of the workspace, read in place. */
function segmentFlows(ws: Workspace<Decimal>, lost: Decimal[], S: number, s: number): Flows {
  return {
    stride: S,
    item: s,
    demand: ws.demand,
    units: ws.units,
    unmet: ws.unmet,
    revenue: ws.revenue,
    lost,
    cogs: ws.cogs,
    usd: ws.revenueUsd,
    exportUnits: ws.exportUnits,
    exportRevenue: ws.exportRevenue,
  };
}

/** The totals' monthly flows in a workspace (the lost revenue is summed apart). */
function totalsOf(ws: Workspace<Decimal>) {
  return {
    demand: ws.totalDemand,
    units: ws.totalUnits,
    unmet: ws.totalUnmet,
    revenue: ws.totalRevenue,
    cogs: ws.totalCogs,
    usd: ws.totalRevenueUsd,
    exportUnits: ws.totalExportUnits,
    exportRevenue: ws.totalExportRevenue,
  };
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

/** The flows summed by fiscal year (by index, in month order). */
function rolledUp(
  f: Flows,
  yearly: (values: ArrayLike<Decimal>, stride: number, item: number) => Decimal[],
  stride: number,
  item: number,
): Flows {
  return {
    stride: 1,
    item: 0,
    demand: yearly(f.demand, stride, item),
    units: yearly(f.units, stride, item),
    unmet: yearly(f.unmet, stride, item),
    revenue: yearly(f.revenue, stride, item),
    lost: yearly(f.lost, stride, item),
    cogs: yearly(f.cogs, stride, item),
    usd: yearly(f.usd, stride, item),
    exportUnits: yearly(f.exportUnits, stride, item),
    exportRevenue: yearly(f.exportRevenue, stride, item),
  };
}

/** Period k of some flows as a row (not yet frozen: a segment's row gains its unit figures). */
function flowRow(period: string, f: Flows, k: number, hasUsd: boolean): FlowRow {
  const i = k * f.stride + f.item;
  const revenue = f.revenue[i] as Decimal;
  const cogs = f.cogs[i] as Decimal;
  const grossProfit = decimalSum(revenue, cogs, -1);
  return {
    period,
    demand: f.demand[i] as Decimal,
    units: f.units[i] as Decimal,
    unmetUnits: f.unmet[i] as Decimal,
    revenue: inr(revenue),
    lostRevenue: inr(f.lost[i] as Decimal),
    cogs: inr(cogs),
    grossProfit: inr(grossProfit),
    grossMargin: ratioOrZero(grossProfit, revenue),
    revenueUsd: hasUsd ? computedMoney(f.usd[i] as Decimal, 'USD') : undefined,
    exportUnits: f.exportUnits[i] as Decimal,
    exportRevenue: inr(f.exportRevenue[i] as Decimal),
  };
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
  const plan = toPlan(source, options);
  const ws = createWorkspace(plan, decimalCalculator);
  const vector = parameterVector(plan, decimalCalculator) as Decimal[];
  const from = options.pricesFrom;
  if (from !== undefined && samePricePath(plan, from.plan)) copyPrices(from.workspace, ws);
  else preparePrices(plan, vector, ws);
  runVolumes(plan, vector, ws);
  const h = plan.horizon;
  const M = h.months.length;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const C = plan.costs.length;
  const hasUsd = plan.usd >= 0;
  const yearly = (values: ArrayLike<Decimal>, stride = 1, item = 0) =>
    sumByFiscalYear(h, values, stride, item);
  // Monthly rows are built when first read (most callers read only the years) from a private
  // copy of the workspace: changing `result.workspace` cannot change them.
  const view = privateCopy(ws);

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

  const segments: SegmentResult[] = plan.segments.map((seg, s) => {
    const yearlyFlows = rolledUp(segmentFlows(ws, lost, S, s), yearly, S, s);
    const components = plan.costs.flatMap((c, j) => (c.segment === s ? [j] : []));
    const componentYears = components.map((j) => yearly(ws.componentCogs, C, j));
    const costsOf = (values: (j: number, n: number) => Decimal) => {
      const costs: Record<string, Money<'INR'>> = {};
      for (let n = 0; n < components.length; n++) {
        const j = components[n] as number;
        costs[(plan.costs[j] as { name: string }).name] = inr(values(j, n));
      }
      return Object.freeze(costs);
    };
    const monthly = lazyRows(() => {
      const flows = segmentFlows(view, lost, S, s);
      return h.months.map((period, m) => {
        const row = flowRow(period, flows, m, hasUsd) as Writable<SegmentRow>;
        row.averagePrice = inr(view.price[m * S + s] as Decimal);
        row.averageUnitCost = inr(view.unitCost[m * S + s] as Decimal);
        row.costs = costsOf((j) => view.componentCogs[m * C + j] as Decimal);
        return Object.freeze(row) as SegmentRow;
      });
    });
    const yearlyRows = h.fiscalYears.map((period, y) => {
      const row = flowRow(period, yearlyFlows, y, hasUsd) as Writable<SegmentRow>;
      row.averagePrice = inr(ratioOrZero(row.revenue.amount, row.units));
      row.averageUnitCost = inr(ratioOrZero(row.cogs.amount, row.units));
      row.costs = costsOf((_, n) => (componentYears[n] as Decimal[])[y] as Decimal);
      return Object.freeze(row) as SegmentRow;
    });
    const bridge = yearlyRows.slice(1).map((row, k) => {
      const prev = yearlyRows[k] as SegmentRow;
      const volumeEffect = decimalTimes(
        decimalSum(row.units, prev.units, -1),
        prev.averagePrice.amount,
      );
      const priceEffect = decimalSum(
        decimalSum(row.revenue.amount, prev.revenue.amount, -1),
        volumeEffect,
        -1,
      );
      return Object.freeze({
        period: row.period,
        previous: prev.revenue,
        volumeEffect: inr(volumeEffect),
        priceEffect: inr(priceEffect),
        revenue: row.revenue,
      });
    });
    return Object.freeze({
      id: seg.id,
      name: seg.name,
      plant: plan.plants[seg.plant]?.id ?? '',
      get monthly() {
        return monthly();
      },
      yearly: Object.freeze(yearlyRows),
      bridge: Object.freeze(bridge),
    });
  });

  const totalFlows: Flows = { stride: 1, item: 0, lost: totalLost, ...totalsOf(ws) };
  const totalYears = rolledUp(totalFlows, yearly, 1, 0);

  const plants: PlantResult[] = plan.plants.map((plant, q) => {
    const rows = (
      periods: readonly string[],
      nameplate: ArrayLike<Decimal>,
      capacity: ArrayLike<Decimal>,
      demand: ArrayLike<Decimal>,
      produced: ArrayLike<Decimal>,
      stride: number,
      item: number,
    ): PlantRow[] =>
      periods.map((period, k) => {
        const i = k * stride + item;
        const units = produced[i] as Decimal;
        const installed = nameplate[i] as Decimal;
        const wanted = demand[i] as Decimal;
        return Object.freeze({
          period,
          nameplate: installed,
          capacity: capacity[i] as Decimal,
          demand: wanted,
          units,
          unmetUnits: decimalSum(wanted, units, -1),
          utilisation: ratioOrZero(units, installed),
        });
      });
    const monthly = lazyRows(() =>
      rows(h.months, view.nameplate, view.capacity, view.plantDemand, view.produced, P, q),
    );
    return Object.freeze({
      id: plant.id,
      get monthly() {
        return monthly();
      },
      yearly: Object.freeze(
        rows(
          h.fiscalYears,
          yearly(ws.nameplate, P, q),
          yearly(ws.capacity, P, q),
          yearly(ws.plantDemand, P, q),
          yearly(ws.produced, P, q),
          1,
          0,
        ),
      ),
    });
  });

  const totalMonthly = lazyRows(() => {
    const flows = { ...totalFlows, ...totalsOf(view) };
    return h.months.map((period, m) => Object.freeze(flowRow(period, flows, m, hasUsd)));
  });
  return Object.freeze({
    plan,
    workspace: ws,
    months: h.months,
    fiscalYears: h.fiscalYears,
    total: Object.freeze({
      get monthly() {
        return totalMonthly();
      },
      yearly: Object.freeze(
        h.fiscalYears.map((period, y) => Object.freeze(flowRow(period, totalYears, y, hasUsd))),
      ),
    }),
    segments: Object.freeze(segments),
    plants: Object.freeze(plants),
    headcount: plan.headcount ? headcountResult(plan, ws, view) : undefined,
  });
}
