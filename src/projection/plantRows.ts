import type { Decimal } from '../core/decimal.js';
import { decimalSum } from '../core/decimalArithmetic.js';
import { lazyRows, showsValues } from './_lib/lazyRows.js';
import { ratioOrZero } from './_lib/rollup.js';
import type { YearSums } from './_lib/yearSums.js';
import type { CompiledPlant, CompiledProjection } from './compiledProjection.js';
import type { Workspace } from './workspace.js';

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

/** A plant's periods (k) read at `[k × stride + item]` of its buffers. */
function plantRows(
  periods: readonly string[],
  nameplate: ArrayLike<Decimal>,
  capacity: ArrayLike<Decimal>,
  demand: ArrayLike<Decimal>,
  produced: ArrayLike<Decimal>,
  stride: number,
  item: number,
): PlantRow[] {
  return periods.map((period, k) => {
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
}

/**
 * A plant's rows: by fiscal year from the run's workspace (buffers nothing can change), by month
 * from `view` (a private copy), each when first read.
 */
export function plantResult<N>(
  plan: CompiledProjection,
  run: { readonly ws: Workspace<N>; readonly sums: YearSums<N> },
  view: Workspace<Decimal>,
  q: number,
): PlantResult {
  const plant = plan.plants[q] as CompiledPlant;
  const h = plan.horizon;
  const P = plan.plants.length;
  const monthly = lazyRows(() =>
    plantRows(h.months, view.nameplate, view.capacity, view.plantDemand, view.produced, P, q),
  );
  // The years are summed when first read (a baseline that reads only the totals never does).
  // Usable capacity is the nameplate once ramped, output the demand while it fits: those
  // years' sums are taken from their twins' (the same values added in the same order).
  const yearly = lazyRows(() => {
    const { ws, sums } = run;
    return plantRows(
      h.fiscalYears,
      sums.sum(ws.nameplate, P, q),
      sums.sumLike(ws.capacity, P, q, ws.nameplate),
      sums.sum(ws.plantDemand, P, q),
      sums.sumLike(ws.produced, P, q, ws.plantDemand),
      1,
      0,
    );
  });
  return Object.freeze(
    showsValues({
      id: plant.id,
      get monthly() {
        return monthly();
      },
      get yearly() {
        return yearly();
      },
    }),
  );
}
