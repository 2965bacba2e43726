import { decimalCalculator } from '../core/calculator.js';
import { type Decimal, ZERO } from '../core/decimal.js';
import { decimalQuotient, decimalSum, decimalTimes } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import { sumByFiscalYear } from './_lib/rollup.js';
import type { ProjectionRun } from './checkTargets.js';
import type { CompileProjectionOptions } from './compile.js';
import { createWorkspace, runEquations, type WorkspaceBuffer } from './equations.js';
import { type ProjectionSource, parameterVector, toPlan } from './evaluate.js';
import { type HeadcountResult, headcountResult } from './headcountRows.js';

export type { HeadcountResult, HeadcountRow } from './headcountRows.js';

/** Options of {@link runProjection}. */
export type RunProjectionOptions = CompileProjectionOptions;

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
const ratio = (a: Decimal, b: Decimal): Decimal => (b.isZero() ? ZERO : decimalQuotient(a, b));

/**
 * Runs a projection exactly (Decimal) and reports it by month and fiscal year: units, revenue,
 * COGS (by cost component), gross profit and margin, unmet demand and the revenue it would have
 * earned, USD revenue given `fx.USD`; per plant nameplate, usable capacity and utilisation; and
 * headcount (opening, hires, exits, closing, average, requirement, payroll, revenue per
 * employee, months the hiring limit bound). Money is unrounded: round where you present it.
 *
 * For sweeps and simulations use `evaluateProjection`, `sensitivity` or `simulate`, which run
 * the same equations on float64.
 *
 * @param source - the projection input (JSON form) or a compiled plan
 * @param options - tranche completion months, for expansions tied to investment tranches
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
  runEquations(plan, parameterVector(plan, decimalCalculator) as Decimal[], ws);
  const h = plan.horizon;
  const M = h.months.length;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const C = plan.costs.length;
  const hasUsd = plan.usd >= 0;
  const column = (buf: WorkspaceBuffer<Decimal>, stride: number, item: number): Decimal[] =>
    Array.from({ length: M }, (_, m) => buf[m * stride + item] as Decimal);
  const yearly = (values: readonly Decimal[]) => sumByFiscalYear(h, values);

  // Revenue lost to the capacity cap, per segment and month, computed once for the segments'
  // rows and the totals.
  const lostBySegment = plan.segments.map((_, s) =>
    Array.from({ length: M }, (_, m) =>
      decimalTimes(ws.unmet[m * S + s] as Decimal, ws.price[m * S + s] as Decimal),
    ),
  );
  const lost = (s: number) => lostBySegment[s] as Decimal[];
  const flowRows = (cols: {
    demand: Decimal[];
    units: Decimal[];
    unmet: Decimal[];
    revenue: Decimal[];
    lost: Decimal[];
    cogs: Decimal[];
    usd: Decimal[];
    exportUnits: Decimal[];
    exportRevenue: Decimal[];
  }) => {
    const build = (periods: readonly string[], c: typeof cols): FlowRow[] =>
      periods.map((period, k) => {
        const revenue = c.revenue[k] as Decimal;
        const cogs = c.cogs[k] as Decimal;
        const grossProfit = decimalSum(revenue, cogs, -1);
        return Object.freeze({
          period,
          demand: c.demand[k] as Decimal,
          units: c.units[k] as Decimal,
          unmetUnits: c.unmet[k] as Decimal,
          revenue: inr(revenue),
          lostRevenue: inr(c.lost[k] as Decimal),
          cogs: inr(cogs),
          grossProfit: inr(grossProfit),
          grossMargin: ratio(grossProfit, revenue),
          revenueUsd: hasUsd ? computedMoney(c.usd[k] as Decimal, 'USD') : undefined,
          exportUnits: c.exportUnits[k] as Decimal,
          exportRevenue: inr(c.exportRevenue[k] as Decimal),
        });
      });
    const years = {
      demand: yearly(cols.demand),
      units: yearly(cols.units),
      unmet: yearly(cols.unmet),
      revenue: yearly(cols.revenue),
      lost: yearly(cols.lost),
      cogs: yearly(cols.cogs),
      usd: yearly(cols.usd),
      exportUnits: yearly(cols.exportUnits),
      exportRevenue: yearly(cols.exportRevenue),
    };
    return { monthly: build(h.months, cols), yearly: build(h.fiscalYears, years), years };
  };

  const segments: SegmentResult[] = plan.segments.map((seg, s) => {
    const cols = {
      demand: column(ws.demand, S, s),
      units: column(ws.units, S, s),
      unmet: column(ws.unmet, S, s),
      revenue: column(ws.revenue, S, s),
      lost: lost(s),
      cogs: column(ws.cogs, S, s),
      usd: column(ws.revenueUsd, S, s),
      exportUnits: column(ws.exportUnits, S, s),
      exportRevenue: column(ws.exportRevenue, S, s),
    };
    const flows = flowRows(cols);
    const components = plan.costs.flatMap((c, j) =>
      c.segment === s ? [{ name: c.name, values: column(ws.componentCogs, C, j) }] : [],
    );
    const componentYears = components.map((c) => ({ name: c.name, values: yearly(c.values) }));
    const decorate = (
      rows: FlowRow[],
      comps: { name: string; values: readonly Decimal[] }[],
      listPrice?: Decimal[],
      listCost?: Decimal[],
    ): SegmentRow[] =>
      rows.map((row, k) =>
        Object.freeze({
          ...row,
          averagePrice: inr(
            listPrice ? (listPrice[k] as Decimal) : ratio(row.revenue.amount, row.units),
          ),
          averageUnitCost: inr(
            listCost ? (listCost[k] as Decimal) : ratio(row.cogs.amount, row.units),
          ),
          costs: Object.freeze(
            Object.fromEntries(comps.map((c) => [c.name, inr(c.values[k] as Decimal)])),
          ),
        }),
      );
    const yearlyRows = decorate(flows.yearly, componentYears);
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
      monthly: Object.freeze(
        decorate(flows.monthly, components, column(ws.price, S, s), column(ws.unitCost, S, s)),
      ),
      yearly: Object.freeze(yearlyRows),
      bridge: Object.freeze(bridge),
    });
  });

  const totalLost = Array.from({ length: M }, (_, m) => {
    let acc = ZERO;
    for (let s = 0; s < S; s++)
      acc = decimalSum(acc, (lostBySegment[s] as Decimal[])[m] as Decimal, 1);
    return acc;
  });
  const total = flowRows({
    demand: column(ws.totalDemand, 1, 0),
    units: column(ws.totalUnits, 1, 0),
    unmet: column(ws.totalUnmet, 1, 0),
    revenue: column(ws.totalRevenue, 1, 0),
    lost: totalLost,
    cogs: column(ws.totalCogs, 1, 0),
    usd: column(ws.totalRevenueUsd, 1, 0),
    exportUnits: column(ws.totalExportUnits, 1, 0),
    exportRevenue: column(ws.totalExportRevenue, 1, 0),
  });

  const plants: PlantResult[] = plan.plants.map((plant, q) => {
    const cols = {
      nameplate: column(ws.nameplate, P, q),
      capacity: column(ws.capacity, P, q),
      demand: column(ws.plantDemand, P, q),
      units: column(ws.produced, P, q),
    };
    const rows = (periods: readonly string[], c: typeof cols): PlantRow[] =>
      periods.map((period, k) => {
        const units = c.units[k] as Decimal;
        const nameplate = c.nameplate[k] as Decimal;
        const demand = c.demand[k] as Decimal;
        return Object.freeze({
          period,
          nameplate,
          capacity: c.capacity[k] as Decimal,
          demand,
          units,
          unmetUnits: decimalSum(demand, units, -1),
          utilisation: ratio(units, nameplate),
        });
      });
    const years = {
      nameplate: yearly(cols.nameplate),
      capacity: yearly(cols.capacity),
      demand: yearly(cols.demand),
      units: yearly(cols.units),
    };
    return Object.freeze({
      id: plant.id,
      monthly: Object.freeze(rows(h.months, cols)),
      yearly: Object.freeze(rows(h.fiscalYears, years)),
    });
  });

  return Object.freeze({
    plan,
    workspace: ws,
    months: h.months,
    fiscalYears: h.fiscalYears,
    total: Object.freeze({
      monthly: Object.freeze(total.monthly),
      yearly: Object.freeze(total.yearly),
    }),
    segments: Object.freeze(segments),
    plants: Object.freeze(plants),
    headcount: plan.headcount ? headcountResult(plan, ws) : undefined,
  });
}
