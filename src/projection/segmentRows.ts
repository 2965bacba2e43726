import type { Decimal } from '../core/decimal.js';
import { decimalSum, decimalTimes } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import { lazyRows, showsValues, whenRead } from './_lib/lazyRows.js';
import { ratioOrZero, sumByFiscalYear } from './_lib/rollup.js';
import type { YearSums } from './_lib/yearSums.js';
import type { CompiledProjection, CompiledSegment } from './compiledProjection.js';
import { type FlowRow, type Flows, flowRow, inr, rolledUp, segmentFlows } from './flowRows.js';
import type { Workspace } from './workspace.js';

/** A segment's period: its flows, realised price and unit cost, and COGS by cost component. */
export interface SegmentRow extends FlowRow {
  /** Revenue ÷ units: the list price in a month, the volume-weighted average over a year. */
  readonly averagePrice: Money<'INR'>;
  /** COGS ÷ units. */
  readonly averageUnitCost: Money<'INR'>;
  /**
   * COGS by cost component (`materials`, `importedComponents`…), in INR. A fiscal year's are
   * summed when first read (then kept): reading them is what costs, not having them.
   */
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

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A segment's rows: by fiscal year from the run's workspace (`run`, in the run's form of value,
 * rolled up by `sums`), by month when first read from `view` (a private Decimal copy), and the
 * revenue bridge between consecutive years. `lost` is the revenue lost to the capacity cap by
 * month and segment (in the run's form, and as Decimals when the months are read);
 * `componentCogs` gives the cost of goods by component and month (the view's, filled when first
 * asked for by a lean run).
 */
export function segmentResult<N>(
  plan: CompiledProjection,
  run: {
    readonly ws: Workspace<N>;
    readonly sums: YearSums<N>;
    readonly lost: ArrayLike<N>;
    /** Fills `ws`'s USD buffers where the run left them for later (`ExactRun.usd`). */
    readonly usd?: () => void;
  },
  view: Workspace<Decimal>,
  lost: () => ArrayLike<Decimal>,
  s: number,
  componentCogs: () => ArrayLike<Decimal> = () => view.componentCogs,
): SegmentResult {
  const seg = plan.segments[s] as CompiledSegment;
  const h = plan.horizon;
  const S = plan.segments.length;
  const C = plan.costs.length;
  const hasUsd = plan.usd >= 0;
  const components = plan.costs.flatMap((c, j) => (c.segment === s ? [j] : []));
  // Cost of goods by component and year, summed when a year's `costs` is first read (customs
  // duty reads them; most runs never do — an opening-run-rate baseline, a plan without duty).
  const componentYears = lazyRows(() =>
    components.map((j) => sumByFiscalYear(h, componentCogs(), C, j)),
  );
  const costsOf = (values: (j: number, n: number) => Decimal) => {
    const costs: Record<string, Money<'INR'>> = {};
    for (let n = 0; n < components.length; n++) {
      const j = components[n] as number;
      costs[(plan.costs[j] as { name: string }).name] = inr(values(j, n));
    }
    return Object.freeze(costs);
  };
  const monthly = lazyRows(() => {
    const flows = segmentFlows(view, lost(), S, s);
    return h.months.map((period, m) => {
      const row = flowRow(period, flows, m, hasUsd) as Writable<SegmentRow>;
      row.averagePrice = inr(view.price[m * S + s] as Decimal);
      row.averageUnitCost = inr(view.unitCost[m * S + s] as Decimal);
      const byComponent = componentCogs();
      row.costs = costsOf((j) => byComponent[m * C + j] as Decimal);
      return Object.freeze(row) as SegmentRow;
    });
  });
  // Revenue in USD by year, summed when first read (the model reads only the totals').
  const usdYears = lazyRows(() => {
    run.usd?.();
    return run.sums.sum(run.ws.revenueUsd, S, s);
  });
  // The years (summed) and their bridge are built when first read: a run whose segments no
  // one reads by year (an opening-run-rate baseline that earns no PLI) never sums them.
  const yearly = lazyRows(() => {
    const yearlyFlows = rolledUp(segmentFlows(run.ws, run.lost, S, s), run.sums, false);
    return h.fiscalYears.map((period, y) => yearRow(period, yearlyFlows, y));
  });
  const yearRow = (period: string, yearlyFlows: Flows, y: number): SegmentRow => {
    const row = flowRow(period, yearlyFlows, y, false) as Writable<SegmentRow>;
    if (hasUsd) whenRead(row, 'revenueUsd', () => computedMoney(usdYears()[y] as Decimal, 'USD'));
    row.averagePrice = inr(ratioOrZero(row.revenue.amount, row.units));
    whenRead(row, 'averageUnitCost', () => inr(ratioOrZero(row.cogs.amount, row.units)));
    whenRead(row, 'costs', () =>
      costsOf((_, n) => (componentYears()[n] as Decimal[])[y] as Decimal),
    );
    return Object.freeze(row) as SegmentRow;
  };
  const bridge = lazyRows(() => {
    const yearlyRows = yearly();
    return yearlyRows.slice(1).map((row, k) => bridgeRow(yearlyRows[k] as SegmentRow, row));
  });
  const bridgeRow = (prev: SegmentRow, row: SegmentRow): RevenueBridgeRow => {
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
  };
  return Object.freeze(
    showsValues({
      id: seg.id,
      name: seg.name,
      plant: plan.plants[seg.plant]?.id ?? '',
      get monthly() {
        return monthly();
      },
      get yearly() {
        return yearly();
      },
      get bridge() {
        return bridge();
      },
    }),
  );
}
