import type { Calculator } from '../core/calculator.js';
import type { CompiledProjection } from './compiledProjection.js';

/** A writable buffer: a `Float64Array` for float64 runs, a plain array for Decimal runs. */
export interface WorkspaceBuffer<N> {
  [index: number]: N;
  readonly length: number;
}

/**
 * The working memory of one projection run: every monthly figure the equations produce, laid
 * out flat (`[month × count + item]`). Created once per plan and calculator and reused across
 * runs, so a float64 simulation allocates nothing per draw beyond the growth curves.
 */
export interface Workspace<N> {
  readonly calc: Calculator<N>;
  readonly months: number;
  readonly years: number;
  // Month × segment
  readonly demand: WorkspaceBuffer<N>;
  readonly units: WorkspaceBuffer<N>;
  readonly unmet: WorkspaceBuffer<N>;
  /** INR per unit. */
  readonly price: WorkspaceBuffer<N>;
  /** INR per unit, all cost components. */
  readonly unitCost: WorkspaceBuffer<N>;
  readonly revenue: WorkspaceBuffer<N>;
  readonly cogs: WorkspaceBuffer<N>;
  /** USD (zero when no USD rate is given). */
  readonly revenueUsd: WorkspaceBuffer<N>;
  /** Share of units exported (zero without exports). */
  readonly exportShare: WorkspaceBuffer<N>;
  /** INR per exported unit. */
  readonly exportPrice: WorkspaceBuffer<N>;
  readonly exportUnits: WorkspaceBuffer<N>;
  readonly exportRevenue: WorkspaceBuffer<N>;
  // Month × cost component
  readonly componentCost: WorkspaceBuffer<N>;
  readonly componentCogs: WorkspaceBuffer<N>;
  // Month × plant
  readonly nameplate: WorkspaceBuffer<N>;
  readonly capacity: WorkspaceBuffer<N>;
  readonly produced: WorkspaceBuffer<N>;
  readonly plantDemand: WorkspaceBuffer<N>;
  // Month × currency: INR per unit
  readonly fx: WorkspaceBuffer<N>;
  // Month (totals and headcount)
  readonly totalDemand: WorkspaceBuffer<N>;
  readonly totalUnits: WorkspaceBuffer<N>;
  readonly totalUnmet: WorkspaceBuffer<N>;
  readonly totalRevenue: WorkspaceBuffer<N>;
  readonly totalCogs: WorkspaceBuffer<N>;
  readonly totalRevenueUsd: WorkspaceBuffer<N>;
  readonly totalExportUnits: WorkspaceBuffer<N>;
  readonly totalExportRevenue: WorkspaceBuffer<N>;
  readonly requiredDirect: WorkspaceBuffer<N>;
  readonly requiredIndirect: WorkspaceBuffer<N>;
  readonly requiredTeams: WorkspaceBuffer<N>;
  readonly required: WorkspaceBuffer<N>;
  readonly opening: WorkspaceBuffer<N>;
  readonly exits: WorkspaceBuffer<N>;
  readonly hires: WorkspaceBuffer<N>;
  readonly closing: WorkspaceBuffer<N>;
  readonly average: WorkspaceBuffer<N>;
  readonly payrollDirect: WorkspaceBuffer<N>;
  readonly payrollIndirect: WorkspaceBuffer<N>;
  readonly payrollTeams: WorkspaceBuffer<N>;
  readonly payroll: WorkspaceBuffer<N>;
  /** 1 where the hiring limit kept closing heads below what was required. */
  readonly hiringLimitBinds: Uint8Array;
  // Year-indexed factors, rebuilt each run: (1 + change)^year
  readonly priceFactor: WorkspaceBuffer<N>;
  readonly exportFactor: WorkspaceBuffer<N>;
  readonly costFactor: WorkspaceBuffer<N>;
  readonly fxFactor: WorkspaceBuffer<N>;
  readonly wageFactor: WorkspaceBuffer<N>;
  /** The whole numbers 0…max(months, 12, shifts, ramp months) as N, for the equations. */
  readonly counts: readonly N[];
  /**
   * Per segment, the demand curve of the last run and the parameter values it was built from:
   * a simulation that does not vary a segment's growth reuses its curve instead of rebuilding it.
   */
  readonly curveCache: { inputs: unknown[] | undefined; values: N[] }[];
  /** The curves' times in years from launch (month i: i/12), computed once for all segments. */
  readonly curveTimes: N[];
}

/** The price path's buffers: written by `preparePrices` alone, read by the equations. */
type PriceBuffer =
  | 'fx'
  | 'fxFactor'
  | 'priceFactor'
  | 'exportFactor'
  | 'price'
  | 'exportShare'
  | 'exportPrice'
  | 'unitCost'
  | 'componentCost'
  | 'costFactor';

function buffer<N>(calc: Calculator<N>, length: number): WorkspaceBuffer<N> {
  return (calc.kind === 'float64'
    ? new Float64Array(length)
    : new Array<N>(length).fill(calc.zero)) as unknown as WorkspaceBuffer<N>;
}

/**
 * Allocates the workspace for a plan and a calculator. With `prices`, a filled workspace of a
 * plan with the same price path (`samePricePath`), its price path's buffers — FX, prices,
 * exports, costs and their yearly factors, which the equations only read — are taken as they
 * are instead of allocated and filled again: the caller guarantees no one writes them after
 * (a kernel run's own buffers, never handed out).
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const ws = createWorkspace(compileProjection(plan), float64Calculator);
 * ws.units.length //=> 24 (months × segments)
 * ```
 */
export function createWorkspace<N>(
  plan: CompiledProjection,
  calc: Calculator<N>,
  prices?: Workspace<N>,
): Workspace<N> {
  const M = plan.horizon.months.length;
  const Y = plan.horizon.fiscalYears.length;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const b = (n: number) => buffer(calc, n);
  const path = (key: PriceBuffer, n: number) => prices?.[key] ?? b(n);
  return {
    calc,
    months: M,
    years: Y,
    demand: b(M * S),
    units: b(M * S),
    unmet: b(M * S),
    price: path('price', M * S),
    unitCost: path('unitCost', M * S),
    revenue: b(M * S),
    cogs: b(M * S),
    revenueUsd: b(M * S),
    exportShare: path('exportShare', M * S),
    exportPrice: path('exportPrice', M * S),
    exportUnits: b(M * S),
    exportRevenue: b(M * S),
    componentCost: path('componentCost', M * C),
    componentCogs: b(M * C),
    nameplate: b(M * P),
    capacity: b(M * P),
    produced: b(M * P),
    plantDemand: b(M * P),
    fx: path('fx', M * K),
    totalDemand: b(M),
    totalUnits: b(M),
    totalUnmet: b(M),
    totalRevenue: b(M),
    totalCogs: b(M),
    totalRevenueUsd: b(M),
    totalExportUnits: b(M),
    totalExportRevenue: b(M),
    requiredDirect: b(M),
    requiredIndirect: b(M),
    requiredTeams: b(M),
    required: b(M),
    opening: b(M),
    exits: b(M),
    hires: b(M),
    closing: b(M),
    average: b(M),
    payrollDirect: b(M),
    payrollIndirect: b(M),
    payrollTeams: b(M),
    payroll: b(M),
    hiringLimitBinds: new Uint8Array(M),
    priceFactor: path('priceFactor', Y * S),
    exportFactor: path('exportFactor', Y * S),
    costFactor: path('costFactor', Y * C),
    fxFactor: path('fxFactor', Y * K),
    wageFactor: b(Y),
    counts: Array.from(
      {
        length:
          Math.max(
            M,
            12,
            ...plan.plants.flatMap((q) => [q.shifts, ...q.blocks.map((b) => b.rampMonths)]),
          ) + 1,
      },
      (_, k) => calc.from(k),
    ),
    curveCache: plan.segments.map(() => ({ inputs: undefined, values: [] })),
    curveTimes: [],
  };
}
