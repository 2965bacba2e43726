import { bigCalculator } from '../../core/bigCalculator.js';
import type { BigDecimal } from '../../core/bigDecimal.js';
import { type Calculator, decimalCalculator } from '../../core/calculator.js';
import { Decimal } from '../../core/decimal.js';
import type { CompiledProjection } from '../compiledProjection.js';
import { runVolumes } from '../equations.js';
import { parameterVector } from '../evaluate.js';
import { createWorkspace, type Workspace } from '../workspace.js';
import { kernelWorkspace, lazyDecimalWorkspace } from './bigWorkspace.js';
import { usdMonth } from './monthTotals.js';
import { copyPrices, preparePrices, samePricePath } from './pricePath.js';
import { bigYearSums, decimalYearSums, type YearSums } from './yearSums.js';

// The exact run of `runProjection`: the equations on the BigDecimal kernel (decimal.js's digits
// without a Decimal per operation) for a plan whose numbers are crorecast's own Decimals, and on
// decimal.js itself for a plan holding another clone's values (whose rounding it keeps).

/**
 * A filled exact run: its calculator, workspace and roll-ups in the run's form of value, and the
 * workspace as Decimals — the result's (`workspace`) and a private one the monthly rows read
 * (`view`: changing `result.workspace` cannot change them; read it only when needed, a kernel
 * run makes it then). @internal
 */
export interface ExactRun<N> {
  readonly calc: Calculator<N>;
  readonly ws: Workspace<N>;
  readonly sums: YearSums<N>;
  readonly workspace: Workspace<Decimal>;
  readonly view: Workspace<Decimal>;
  /**
   * Fills the USD buffers (`revenueUsd`, `totalRevenueUsd`) of `ws` where the run left them for
   * later, once; a no-op where it filled them. Call before reading them from `ws`; `workspace`
   * and `view` call it themselves.
   */
  readonly usd: () => void;
}

const FILLED = (): void => {};

/** An earlier run whose price path a plan may share (`RunProjectionOptions.pricesFrom`). */
interface Earlier {
  readonly plan: CompiledProjection;
  readonly workspace: Workspace<Decimal>;
}

/** Whether every number of the plan is crorecast's own Decimal, whose arithmetic the kernel has. @internal */
export const ownDecimals = (plan: CompiledProjection): boolean =>
  plan.slots.values.every((d) => d.constructor === Decimal);

/**
 * The equations on BigDecimal values; the workspace is converted to Decimals buffer by buffer,
 * when read. @internal
 */
export function kernelRun(
  plan: CompiledProjection,
  from: Earlier | undefined,
  lean: boolean,
): ExactRun<BigDecimal> {
  const prices = from === undefined ? undefined : kernelWorkspace(from.workspace);
  // A lean run (the model's) leaves revenue in USD until a report reads it (most runs never
  // do: a baseline's, a variant's): the same divisions and sums, month by month, when read.
  const later = lean && plan.usd >= 0;
  // The earlier run's kernel buffers are never handed out, and its price path is never written
  // again (its USD months, filled when read, are not part of it): taken by reference.
  const ws = filled(plan, bigCalculator, from, prices, lean, true, !later);
  let usd = FILLED;
  if (later) {
    usd = () => {
      usd = FILLED;
      for (let m = 0; m < ws.months; m++) usdMonth(plan, ws, m);
    };
  }
  const fillUsd = () => usd();
  let view: Workspace<Decimal> | undefined;
  return {
    calc: bigCalculator,
    ws,
    sums: bigYearSums(plan.horizon),
    workspace: lazyDecimalWorkspace(ws, fillUsd),
    // Made when first read: the kernel workspace's values never change (its USD months are
    // filled when either copy first reads them), and a run whose monthly rows no one reads (an
    // opening-run-rate baseline) needs none.
    get view() {
      view ??= lazyDecimalWorkspace(ws, fillUsd);
      return view;
    },
    usd: fillUsd,
  };
}

/** The equations on Decimals (decimal.js's own arithmetic, for another clone's values). @internal */
export function decimalRun(
  plan: CompiledProjection,
  from: Earlier | undefined,
  lean: boolean,
): ExactRun<Decimal> {
  // The earlier run's workspace is its result's, which its caller may change: copied.
  const ws = filled(plan, decimalCalculator, from, from?.workspace, lean, false);
  return {
    calc: decimalCalculator,
    ws,
    sums: decimalYearSums(plan.horizon),
    workspace: ws,
    view: privateCopy(ws),
    usd: FILLED,
  };
}

/**
 * A workspace the equations filled, its price path taken from `prices` where `from` shares it:
 * its very buffers `byReference`, else copied.
 */
function filled<N>(
  plan: CompiledProjection,
  calc: Calculator<N>,
  from: Earlier | undefined,
  prices: Workspace<N> | undefined,
  lean: boolean,
  byReference: boolean,
  inUsd = true,
): Workspace<N> {
  const same = from !== undefined && prices !== undefined && samePricePath(plan, from.plan);
  const ws = createWorkspace(plan, calc, same && byReference ? prices : undefined);
  const vector = parameterVector(plan, calc) as N[];
  if (!same) preparePrices(plan, vector, ws);
  else if (!byReference && prices !== undefined) copyPrices(prices, ws);
  runVolumes(plan, vector, ws, !lean, inUsd);
  return ws;
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
