import type { Decimal } from '../core/decimal.js';
import { decimalSum } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import type { Horizon } from './_lib/horizon.js';
import { ratioOrZero, sumByFiscalYear, sumByFiscalYearLike } from './_lib/rollup.js';
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
 * of its buffer (a workspace column by month, or the rolled-up years with stride 1).
 */
export interface Flows {
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
export function segmentFlows(ws: Workspace<Decimal>, lost: Decimal[], S: number, s: number): Flows {
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
export function totalsOf(ws: Workspace<Decimal>) {
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
 * The flows summed by fiscal year (by index, in month order); without `usd` the USD revenue is
 * left out (empty) for a caller that sums it only when read.
 */
export function rolledUp(
  f: Flows,
  horizon: Horizon,
  stride: number,
  item: number,
  usd = true,
): Flows {
  const demand = sumByFiscalYear(horizon, f.demand, stride, item);
  return {
    stride: 1,
    item: 0,
    demand,
    // Units sold are the demand itself in every month no plant was short.
    units: sumByFiscalYearLike(horizon, f.units, stride, item, f.demand, demand),
    unmet: sumByFiscalYear(horizon, f.unmet, stride, item),
    revenue: sumByFiscalYear(horizon, f.revenue, stride, item),
    lost: sumByFiscalYear(horizon, f.lost, stride, item),
    cogs: sumByFiscalYear(horizon, f.cogs, stride, item),
    usd: usd ? sumByFiscalYear(horizon, f.usd, stride, item) : [],
    exportUnits: sumByFiscalYear(horizon, f.exportUnits, stride, item),
    exportRevenue: sumByFiscalYear(horizon, f.exportRevenue, stride, item),
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
