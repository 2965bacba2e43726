import type { Decimal } from '../core/decimal.js';
import { decimalSum } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import { figureGetters, figuresWhenRead } from './_lib/lazyRows.js';
import { ratioOrZero } from './_lib/rollup.js';
import type { YearSums } from './_lib/yearSums.js';
import type { Workspace } from './workspace.js';

// The flow rows a projection reports (a segment's and the totals', by month and fiscal year),
// read from the workspace's buffers by index.

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

// Computed from validated inputs: only the computed range is checked, by the exponent.
export const inr = (amount: Decimal): Money<'INR'> => computedMoney(amount, 'INR');

/**
 * The flow figures of a segment or the totals, by period: each read at `[k × stride + item]`
 * of its buffer (a workspace column by month, or the rolled-up years with stride 1). Decimals as
 * reported; a run's own form of value (`N`) before its roll-up.
 */
export interface Flows<N = Decimal> {
  readonly stride: number;
  readonly item: number;
  readonly demand: ArrayLike<N>;
  readonly units: ArrayLike<N>;
  readonly unmet: ArrayLike<N>;
  readonly revenue: ArrayLike<N>;
  readonly lost: ArrayLike<N>;
  readonly cogs: ArrayLike<N>;
  readonly usd: ArrayLike<N>;
  readonly exportUnits: ArrayLike<N>;
  readonly exportRevenue: ArrayLike<N>;
}

/** A segment's monthly flows: its columns of the workspace, read in place. */
export function segmentFlows<N>(
  ws: Workspace<N>,
  lost: ArrayLike<N>,
  S: number,
  s: number,
): Flows<N> {
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
export function totalsOf<N>(ws: Workspace<N>) {
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

/**
 * The flows summed by fiscal year (by index, in month order) with the run's roll-ups, as
 * Decimals; without `usd` the USD revenue is left out (empty) for a caller that sums it only
 * when read.
 */
export function rolledUp<N>(f: Flows<N>, sums: YearSums<N>, usd = true): Flows {
  const { stride, item } = f;
  return {
    stride: 1,
    item: 0,
    demand: sums.sum(f.demand, stride, item),
    // Units sold are the demand itself in every month no plant was short.
    units: sums.sumLike(f.units, stride, item, f.demand),
    unmet: sums.sum(f.unmet, stride, item),
    revenue: sums.sum(f.revenue, stride, item),
    lost: sums.sum(f.lost, stride, item),
    cogs: sums.sum(f.cogs, stride, item),
    usd: usd ? sums.sum(f.usd, stride, item) : [],
    exportUnits: sums.sum(f.exportUnits, stride, item),
    exportRevenue: sums.sum(f.exportRevenue, stride, item),
  };
}

/** Period k of some flows as a row (not yet frozen: a segment's row gains its unit figures). */
export function flowRow(period: string, f: Flows, k: number, hasUsd: boolean): FlowRow {
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

const USD_GETTER = figureGetters<Pick<FlowRow, 'revenueUsd'>>(['revenueUsd']);

/**
 * A row (not yet frozen) whose `revenueUsd` is period `k` of `years`, read when first read: the
 * model's run leaves the dollars until a report asks for them. The key keeps its place.
 * @internal
 *
 * @example
 * ```ts
 * const row = withUsdWhenRead({ period: 'FY2022-23', revenueUsd: undefined } as never, () => [toDecimal(5)], 0);
 * JSON.stringify(Object.freeze(row)) //=> '{"period":"FY2022-23","revenueUsd":{"amount":"5","currency":"USD"}}'
 * ```
 */
export function withUsdWhenRead(row: FlowRow, years: () => ArrayLike<Decimal>, k: number): FlowRow {
  return figuresWhenRead(row, USD_GETTER, years, (usd) => ({
    revenueUsd: computedMoney(usd()[k] as Decimal, 'USD'),
  }));
}
