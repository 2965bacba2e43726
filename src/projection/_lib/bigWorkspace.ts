import type { BigDecimal } from '../../core/bigDecimal.js';
import { bigToDecimal } from '../../core/bigDecimalConvert.js';
import { decimalCalculator } from '../../core/calculator.js';
import type { Decimal } from '../../core/decimal.js';
import type { Workspace } from '../workspace.js';
import { showsValues } from './lazyRows.js';

// The exact run computes on BigDecimal values (bigCalculator) and reports Decimals: its workspace
// is converted once it is filled. A value converts once (its memo), so values that were the very
// same object in the run — units that are the demand, a month that repeats the last — are the
// very same Decimal after it, and the roll-ups' shortcuts by identity still apply.

/** The kernel workspace a converted one came from: a later run sharing its prices copies them. */
const kernels = new WeakMap<Workspace<Decimal>, Workspace<BigDecimal>>();

/** The buffers a lean run fills when first read (see `ExactRun.usd`). */
const USD_BUFFERS = new Set(['revenueUsd', 'totalRevenueUsd']);

/**
 * A filled BigDecimal workspace as a Decimal one: each buffer is converted when first read (then
 * kept as a plain property), so a caller pays only for the buffers it reads. The kernel
 * workspace must not change afterwards (the run's own, never handed out) — but for its USD
 * buffers, which `fillUsd` fills (once) before they are first converted.
 * @internal
 */
export function lazyDecimalWorkspace(
  ws: Workspace<BigDecimal>,
  fillUsd: () => void = () => {},
): Workspace<Decimal> {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(ws)) {
    if (key === 'calc') out[key] = decimalCalculator;
    else if (!Array.isArray(value)) {
      out[key] = value instanceof Uint8Array ? Uint8Array.from(value) : value;
    } else {
      Object.defineProperty(out, key, {
        enumerable: true,
        configurable: true,
        get() {
          if (USD_BUFFERS.has(key)) fillUsd();
          const converted = key === 'curveCache' ? curvesOf(ws) : value.map(bigToDecimal);
          Object.defineProperty(out, key, {
            value: converted,
            enumerable: true,
            configurable: true,
            writable: true,
          });
          return converted;
        },
      });
    }
  }
  // console.log shows the buffers' values, not [Getter] (as for a result's rows).
  const converted = showsValues(out) as unknown as Workspace<Decimal>;
  kernels.set(converted, ws);
  return converted;
}

/** What a Decimal run leaves in `curveCache` (a result shows it): each curve and its inputs. */
function curvesOf(ws: Workspace<BigDecimal>): Workspace<Decimal>['curveCache'] {
  return ws.curveCache.map(({ inputs, values }) => ({
    inputs: inputs?.map((x) => bigToDecimal(x as BigDecimal)),
    values: values.map(bigToDecimal),
  }));
}

/**
 * The BigDecimal workspace a Decimal one was converted from ({@link decimalWorkspace}), if any.
 * @internal
 */
export function kernelWorkspace(ws: Workspace<Decimal>): Workspace<BigDecimal> | undefined {
  return kernels.get(ws);
}

/**
 * One value of a run's workspace buffer, as the buffer would give it: converted alone from the
 * kernel run when the workspace came from one (the buffer converts whole on its first read — 600
 * values of the seed for a reader that needs a handful), the buffer's own value otherwise. The
 * same Decimal either way: a kernel value converts once (its memo).
 * @internal
 */
export function workspaceValue(
  ws: Workspace<Decimal>,
  key: 'revenue' | 'units' | 'demand' | 'totalRevenue' | 'totalCogs',
  i: number,
): Decimal | undefined {
  const kernel = kernels.get(ws);
  if (kernel === undefined) return ws[key][i];
  const value = kernel[key][i];
  return value === undefined ? undefined : bigToDecimal(value);
}
